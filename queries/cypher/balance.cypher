// balance: how many pro and con claims each debated section contains.
// Parameters: none.
// Columns: section_id, title, pro, con; one row per section of kind 'debate', in reading order
// (document id, ordinal, section id). Neutral claims are not counted.
MATCH (s:Section {kind: 'debate'})
OPTIONAL MATCH (s)-[:CONTAINS]->(k:Claim)
WITH s, collect(DISTINCT k) AS claims
RETURN s.id AS section_id, s.title AS title,
       size([k IN claims WHERE k.stance = 'pro']) AS pro,
       size([k IN claims WHERE k.stance = 'con']) AS con
ORDER BY s.doc_id, s.ordinal, section_id
