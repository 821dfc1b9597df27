// What falls if a question is answered one way or the other
// Critical dependencies: a conclusion that needs the answer yes falls if
// the assumption is rejected; one that needs no falls if it is accepted.
// Questions that split the conclusions (some need yes, others no) first.
MATCH (c:Conclusion)-[r:RESTS_ON {critical: true}]->(a:Assumption)
WITH a, coalesce(r.polarity, "affirm") AS needs, c
WITH a,
     collect(CASE WHEN needs = "affirm" THEN c.text END) AS falls_if_rejected,
     collect(CASE WHEN needs = "deny" THEN c.text END) AS falls_if_accepted
RETURN a.text AS assumption, a.contested AS contested,
       size(falls_if_rejected) > 0 AND size(falls_if_accepted) > 0 AS splits,
       falls_if_rejected, falls_if_accepted
ORDER BY splits DESC,
         size(falls_if_rejected) + size(falls_if_accepted) DESC, assumption
