// Questions that split the conclusions
// A question that some conclusions need answered yes (RESTS_ON captioned
// affirm) and others need answered no (deny), with the claims that argue it.
MATCH (a:Assumption)<-[yes:RESTS_ON {critical: true}]-(c1:Conclusion)
WHERE coalesce(yes.polarity, "affirm") = "affirm"
MATCH (a)<-[no:RESTS_ON {critical: true, polarity: "deny"}]-(c2:Conclusion)
OPTIONAL MATCH argued = (:Claim)-[:SUPPORTS|ATTACKS]->(a)
RETURN a, yes, c1, no, c2, argued
