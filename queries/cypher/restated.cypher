// restated: the stored pairs of claims in different documents that restate each other.
// Parameters: none.
// Columns: claim_id, other_id, doc_id, other_doc_id, score, basis, same_side, cluster, sources;
// one row per RESTATES edge, by claim_id then other_id. cluster is the least claim id that RESTATES
// joins the pair to (directly or through other claims), sources how many documents make those claims.
MATCH (a:Claim)-[r:RESTATES]->(b:Claim)
CALL (a) {
  MATCH (a)-[:RESTATES*0..]-(m:Claim)
  WITH DISTINCT m
  RETURN min(m.id) AS cluster, count(DISTINCT m.doc_id) AS sources
}
RETURN a.id AS claim_id, b.id AS other_id, a.doc_id AS doc_id, b.doc_id AS other_doc_id,
       r.score AS score, r.basis AS basis, r.same_side AS same_side, cluster, sources
ORDER BY claim_id, other_id
