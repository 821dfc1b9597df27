// depends: each conclusion, the assumptions it rests on, and the DEPENDS_ON chain to each.
// Parameters: none.
// Columns: conclusion_id, text, credence, assumptions; one row per conclusion, by id.
//   assumptions: list of {assumption_id, text, contested, basis, path}, by assumption id;
//   path: node ids from the conclusion to the assumption; basis: that of the path's last edge.
// Reads what `argkg analyse` writes: the RESTS_ON edges (the members of the conclusion's
// label) and Assumption.contested. The path is the least, in id order, of the shortest chains.
MATCH (c:Conclusion)
OPTIONAL MATCH (c)-[:RESTS_ON]->(a:Assumption)
OPTIONAL MATCH chain = allShortestPaths((c)-[:DEPENDS_ON*]->(a))
WITH c, a, [n IN nodes(chain) | n.id] AS path, last(relationships(chain)).basis AS basis
ORDER BY c.id, a.id, path, basis
WITH c, a, head(collect({path: path, basis: basis})) AS best
ORDER BY c.id, a.id
WITH c, collect(
  CASE WHEN a IS NULL THEN null
  ELSE {assumption_id: a.id, text: a.text, contested: a.contested, basis: best.basis, path: best.path}
  END) AS assumptions
RETURN c.id AS conclusion_id, c.text AS text, c.credence AS credence, assumptions
ORDER BY conclusion_id
