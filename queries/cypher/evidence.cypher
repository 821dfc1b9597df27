// evidence: every number a claim cites, with the citing claim's stance.
// Parameters: none.
// Columns: evidence_id, surface, value, unit, kind, claim_id, stance; by evidence id, then claim id.
MATCH (k:Claim)-[:CITES]->(e:Evidence)
RETURN DISTINCT e.id AS evidence_id, e.surface AS surface, e.value AS value, e.unit AS unit,
       e.kind AS kind, k.id AS claim_id, k.stance AS stance
ORDER BY evidence_id, claim_id
