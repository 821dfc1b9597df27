// The numbers each side cites
// Every number a claim cites: the section, the claim's side, the value and
// its unit, what it measures.
MATCH (s:Section)-[:CONTAINS]->(c:Claim)-[:CITES]->(e:Evidence)
RETURN s.title AS section, c.stance AS side, e.surface AS as_written,
       e.value AS value, e.unit AS unit, e.kind AS kind,
       e.subject AS measures, c.text AS claim
ORDER BY s.ordinal, side, e.start
