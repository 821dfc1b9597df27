// cruxes: assumptions whose answer splits the conclusions first, then by score.
// Parameters: none.
// Columns: assumption_id, text, score, conclusions, splits, sources (splits: ids, sorted; argkg adds
// sources from assumption_sources.cypher); see the ORDER BY.
// conclusions: those the assumption is critical for; splits: {affirm, deny}, those that need
// it answered yes and no. A crux splits when both lists are non-empty; splitting cruxes come
// first, then score descending, then id. score = (conclusions) * (1 + claims on its smaller
// side), as SEMANTICS.md defines; reads RESTS_ON and Assumption.supports/attacks, which
// `argkg analyse` writes.
MATCH (c:Conclusion)-[r:RESTS_ON {critical: true}]->(a:Assumption)
WITH DISTINCT a, c, coalesce(r.polarity, 'affirm') AS polarity
ORDER BY c.id
WITH a, collect(c.id) AS conclusions,
     collect(CASE WHEN polarity = 'affirm' THEN c.id END) AS affirm,
     collect(CASE WHEN polarity = 'deny' THEN c.id END) AS deny
WITH a, conclusions, affirm, deny,
     size(conclusions) * (1.0 + CASE WHEN a.supports < a.attacks THEN a.supports ELSE a.attacks END) AS score
RETURN a.id AS assumption_id, a.text AS text, score, conclusions, {affirm: affirm, deny: deny} AS splits
ORDER BY size(splits.affirm) > 0 AND size(splits.deny) > 0 DESC, score DESC, assumption_id
