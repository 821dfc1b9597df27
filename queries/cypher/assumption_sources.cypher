// assumption_sources: each assumption's breakdown by source (argkg.queries.issues.assumption_sources).
// Parameters: none.
// Columns: assumption_id, sources; one row per Assumption, by id; sources is a list of
// {doc_id, source, stance, supports, attacks}, by doc_id. An assumption linked to a shared issue
// gets every document that argues the issue, with the claims that argue it as issues.cypher
// counts them, reversed when the assumption's ON_ISSUE polarity is deny; any other assumption gets
// its own document, with the claims that directly SUPPORT and ATTACK it.
MATCH (a:Assumption)
OPTIONAL MATCH (a)-[ea:ON_ISSUE]->(i:Issue)
CALL (a, ea, i) {
  WITH a, ea, i WHERE i IS NOT NULL
  MATCH (d:Document)-[o:ON_ISSUE]->(i)
  CALL (d, i) {
    OPTIONAL MATCH (c:Claim)-[e:ON_ISSUE]->(i) WHERE c.doc_id = d.id
    RETURN collect(DISTINCT {claim: c.id, side: (c.stance = 'pro') <> (e.polarity = 'deny')}) AS thesis
  }
  CALL (d, i) {
    OPTIONAL MATCH (c:Claim)-[r:SUPPORTS|ATTACKS]->(:Assumption)-[e:ON_ISSUE]->(i) WHERE c.doc_id = d.id
    RETURN collect(DISTINCT {claim: c.id, side: (type(r) = 'SUPPORTS') <> (e.polarity = 'deny')}) AS argued
  }
  WITH d, o, ea.polarity = 'deny' AS flip, [x IN thesis + argued WHERE x.claim IS NOT NULL] AS claims
  WITH d, o, flip, size([x IN claims WHERE x.side]) AS pro, size([x IN claims WHERE NOT x.side]) AS con
  ORDER BY d.id
  RETURN collect({
    doc_id: d.id, source: d.source,
    stance: CASE WHEN flip AND o.stance = 'pro' THEN 'con' WHEN flip AND o.stance = 'con' THEN 'pro'
                 ELSE o.stance END,
    supports: CASE WHEN flip THEN con ELSE pro END,
    attacks: CASE WHEN flip THEN pro ELSE con END
  }) AS shared
}
CALL (a, i) {
  WITH a, i WHERE i IS NULL
  MATCH (d:Document {id: a.doc_id})
  CALL (a) {
    OPTIONAL MATCH (s:Claim)-[:SUPPORTS]->(a)
    RETURN count(DISTINCT s) AS pro
  }
  CALL (a) {
    OPTIONAL MATCH (t:Claim)-[:ATTACKS]->(a)
    RETURN count(DISTINCT t) AS con
  }
  RETURN collect({
    doc_id: d.id, source: d.source,
    stance: CASE WHEN pro > 0 AND con > 0 THEN 'mixed' WHEN pro > 0 THEN 'pro' WHEN con > 0 THEN 'con'
                 ELSE 'neutral' END,
    supports: pro, attacks: con
  }) AS own
}
RETURN a.id AS assumption_id, shared + own AS sources
ORDER BY assumption_id
