// critical: the assumptions each conclusion cannot do without (in every one of its environments).
// Parameters: none.
// Columns: conclusion_id, assumption_id; by conclusion id, then assumption id.
// Reads the RESTS_ON edges that `argkg analyse` writes.
MATCH (c:Conclusion)-[:RESTS_ON {critical: true}]->(a:Assumption)
RETURN DISTINCT c.id AS conclusion_id, a.id AS assumption_id
ORDER BY conclusion_id, assumption_id
