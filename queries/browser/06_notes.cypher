// Notes and what they annotate
// Author's or translator's notes (ANNOTATES) beside the claims they
// comment on, and caveats beside the conclusions they qualify.
MATCH note = (n:Claim {role: "note"})-[:ANNOTATES]->(target)
WHERE target:Claim OR target:Conclusion
RETURN note
