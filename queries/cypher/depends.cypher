// depends: each conclusion, the literals it rests on, and the DEPENDS_ON chain to each.
// Parameters: none.
// Columns: conclusion_id, text, credence, assumptions; one row per conclusion, by id.
//   assumptions: list of {assumption_id, text, contested, basis, polarity, path}, by assumption
//   id then polarity; path: node ids from the conclusion to the assumption whose last edge needs
//   the literal's answer; basis: the least basis of that last step's edges; polarity: the
//   literal's ('affirm'/'deny'), null when no edge of that last step states one.
// Reads what `argkg analyse` writes: the RESTS_ON edges (the literals of the conclusion's label,
// with their polarity) and Assumption.contested. The path is the least, in id order, of the
// shortest chains.
MATCH (c:Conclusion)
OPTIONAL MATCH (c)-[r:RESTS_ON]->(a:Assumption)
WITH c, a, coalesce(r.polarity, 'affirm') AS polarity
OPTIONAL CALL (c, a, polarity) {
  MATCH (c)-[d:DEPENDS_ON]->(a)
  WHERE coalesce(d.polarity, 'affirm') = polarity
  RETURN [c.id, a.id] AS path, min(d.basis) AS basis, max(d.polarity) AS stated
  UNION
  MATCH (x)-[d:DEPENDS_ON]->(a)
  WHERE x <> c AND coalesce(d.polarity, 'affirm') = polarity
  MATCH chain = allShortestPaths((c)-[:DEPENDS_ON*]->(x))
  RETURN [n IN nodes(chain) | n.id] + a.id AS path, min(d.basis) AS basis, max(d.polarity) AS stated
}
WITH c, a, polarity, path, basis, stated
ORDER BY c.id, a.id, polarity, size(path), path, basis
WITH c, a, polarity, head(collect({path: path, basis: basis, stated: stated})) AS best
ORDER BY c.id, a.id, polarity
WITH c, collect(
  CASE WHEN a IS NULL THEN null
  ELSE {assumption_id: a.id, text: a.text, contested: a.contested, basis: best.basis,
        polarity: best.stated, path: best.path}
  END) AS assumptions
RETURN c.id AS conclusion_id, c.text AS text, c.credence AS credence, assumptions
ORDER BY conclusion_id
