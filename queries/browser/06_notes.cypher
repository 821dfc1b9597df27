// Notes and the claims they annotate
// Author's or translator's notes (ANNOTATES) beside the claims they
// comment on.
MATCH note = (n:Claim {role: "note"})-[:ANNOTATES]->(c:Claim)
RETURN note
