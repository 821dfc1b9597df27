// Contested assumptions and who argues over them
// Assumptions that some claims support and others attack (argkg analyse
// marks them), the claims on both sides, the conclusions resting on them.
MATCH (a:Assumption {contested: true})
OPTIONAL MATCH argued = (:Claim)-[:SUPPORTS|ATTACKS]->(a)
OPTIONAL MATCH rests = (:Conclusion)-[:RESTS_ON]->(a)
RETURN a, argued, rests
