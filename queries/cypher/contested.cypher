// contested: the assumptions that some claims support and others attack (DESIGN.md §1).
// Parameters: none.
// Columns: assumption_id, text, supports, attacks, sources (argkg adds it from
// assumption_sources.cypher); one row per contested assumption, by id.
// A claim supports an assumption through a chain of one or more SUPPORTS; it attacks it when a
// chain of zero or more SUPPORTS leads from it to a claim that ATTACKS the assumption.
MATCH (a:Assumption)
OPTIONAL MATCH (pro:Claim)-[:SUPPORTS*1..]->(a)
WITH a, count(DISTINCT pro) AS supports
OPTIONAL MATCH (con:Claim)-[:SUPPORTS*0..]->(:Claim)-[:ATTACKS]->(a)
WITH a, supports, count(DISTINCT con) AS attacks
WHERE supports > 0 AND attacks > 0
RETURN a.id AS assumption_id, a.text AS text, supports, attacks
ORDER BY assumption_id
