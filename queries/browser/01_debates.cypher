// Debated questions and the positions on each side
// Each debated section, the question (assumption) it raises, and the main
// claims that support (pro) or attack (con) it: green edges support, red
// edges attack.
MATCH (s:Section {kind: "debate"})-[raises:RAISES]->(a:Assumption)
OPTIONAL MATCH side = (c:Claim {role: "main"})-[:SUPPORTS|ATTACKS]->(a)
RETURN s, raises, a, side
