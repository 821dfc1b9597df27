// What falls if an assumption is rejected
// Critical dependencies: rejecting the assumption alone leaves the
// conclusion without support, so each row lists what falls with it.
MATCH (c:Conclusion)-[:RESTS_ON {critical: true}]->(a:Assumption)
RETURN a.text AS assumption, a.contested AS contested,
       collect(c.text) AS falls_with_it, count(c) AS conclusions
ORDER BY conclusions DESC, assumption
