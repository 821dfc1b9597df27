// critical: the literals each conclusion cannot do without (in every one of its environments).
// Parameters: none.
// Columns: conclusion_id, assumption_id, polarity; by conclusion id, assumption id, polarity.
// polarity is the answer the conclusion needs ('affirm': yes, 'deny': no); the other answer
// alone fells it. Reads the RESTS_ON edges that `argkg analyse` writes.
MATCH (c:Conclusion)-[r:RESTS_ON {critical: true}]->(a:Assumption)
RETURN DISTINCT c.id AS conclusion_id, a.id AS assumption_id, coalesce(r.polarity, 'affirm') AS polarity
ORDER BY conclusion_id, assumption_id, polarity
