// What each conclusion rests on
// Every conclusion with the assumptions and claims it depends on, through
// any chain of DEPENDS_ON edges.
MATCH path = (c:Conclusion)-[:DEPENDS_ON*1..]->(target)
RETURN path
