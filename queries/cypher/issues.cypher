// issues: the shared issues, the sources that argue each, the claims for and against it.
// Parameters: none.
// Columns: issue_id, text, sources, supports, attacks; one row per Issue, by id; sources is a
// list of {doc_id, source, stance}, by doc_id. A claim argues an issue as the thesis claim linked to it
// (for it when the claim's stance is pro) or by SUPPORTS (for) or ATTACKS (against) on a debate
// assumption linked to it; an ON_ISSUE polarity of deny reverses the side.
MATCH (i:Issue)
CALL (i) {
  OPTIONAL MATCH (d:Document)-[o:ON_ISSUE]->(i)
  WITH d, o ORDER BY d.id
  RETURN [x IN collect({doc_id: d.id, source: d.source, stance: o.stance}) WHERE x.doc_id IS NOT NULL]
         AS sources
}
CALL (i) {
  OPTIONAL MATCH (c:Claim)-[e:ON_ISSUE]->(i)
  RETURN collect(DISTINCT {claim: c.id, side: (c.stance = 'pro') <> (e.polarity = 'deny')}) AS thesis
}
CALL (i) {
  OPTIONAL MATCH (c:Claim)-[r:SUPPORTS|ATTACKS]->(:Assumption)-[e:ON_ISSUE]->(i)
  RETURN collect(DISTINCT {claim: c.id, side: (type(r) = 'SUPPORTS') <> (e.polarity = 'deny')}) AS argued
}
WITH i, sources, [x IN thesis + argued WHERE x.claim IS NOT NULL] AS claims
RETURN i.id AS issue_id, i.text AS text, sources,
       size([x IN claims WHERE x.side]) AS supports,
       size([x IN claims WHERE NOT x.side]) AS attacks
ORDER BY issue_id
