// cruxes: assumptions ranked by the conclusions they are critical for, weighted by contest.
// Parameters: none.
// Columns: assumption_id, text, score, conclusions (ids, sorted); by score descending, then id.
// score = (conclusions it is critical for) * (1 + claims on its smaller side), as SEMANTICS.md
// defines; reads RESTS_ON and Assumption.supports/attacks, which `argkg analyse` writes.
MATCH (c:Conclusion)-[:RESTS_ON {critical: true}]->(a:Assumption)
WITH DISTINCT a, c
ORDER BY c.id
WITH a, collect(c.id) AS conclusions
WITH a, conclusions,
     size(conclusions) * (1.0 + CASE WHEN a.supports < a.attacks THEN a.supports ELSE a.attacks END) AS score
RETURN a.id AS assumption_id, a.text AS text, score, conclusions
ORDER BY score DESC, assumption_id
