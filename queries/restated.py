"""Restated claims: claims in different documents that say the same thing.

Two claims of different documents restate each other when

- in one language, their content terms are alike (`argkg.ingest.linking.similarity`, the soft
  Dice coefficient issues are matched with) at or above `RESTATED_THRESHOLD` (0.7: near-duplicates
  and close paraphrases; "Cities should ban cars" and "Cars should be banned from cities" score
  1.0, a claim and its negation too, see Notes);
- across Chinese and English, where wording cannot be compared, they mention the same entities
  and cite the same numbers (value and unit): at least one of each in common, and the shared
  ones make at least half of the union of both claims' entities and numbers (the score).

The answer is computed from the stored documents when asked, not stored as a relationship: an
edge between two documents would belong to neither, and replacing or removing one of them
(which Neo4j does with DETACH DELETE) must not leave the other's graph pointing at nothing or
the two stores disagreeing.

Notes
-----
Negation is not content: "X should be banned" and "X should not be banned" score alike. The
``same_side`` field says whether the two claims take the same side of their issues' wording.
"""

from collections import defaultdict
from itertools import combinations

import networkx as nx

from argkg.ingest.issue_terms import content_terms, similarity
from argkg.queries._graph import nodes_with_label, out_edges, targets
from argkg.queries.models import Restatement
from argkg.schema import NodeLabel, RelType

__all__ = ["RESTATED_THRESHOLD", "restated"]

#: Least wording similarity at which two claims in one language restate each other.
RESTATED_THRESHOLD = 0.7


def _anchors(G: nx.MultiDiGraph, claim: str) -> frozenset[str]:
    """The entities a claim mentions and the numbers it cites, as comparable keys."""
    entities = {f"entity:{e}" for e in targets(G, claim, RelType.MENTIONS)}
    cited = [G.nodes[e] for e, _ in out_edges(G, claim, RelType.CITES)]
    numbers = {f"number:{n['value']:.6g}:{n['unit']}" for n in cited}
    return frozenset(entities | numbers)


def _cross_lingual(a: frozenset[str], b: frozenset[str]) -> float:
    shared = a & b
    kinds = {key.split(":", 1)[0] for key in shared}
    if kinds != {"entity", "number"}:
        return 0.0
    return len(shared) / len(a | b)


def restated(G: nx.MultiDiGraph) -> list[Restatement]:
    """List the pairs of claims in different documents that restate each other.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        The analysis graph of the whole store.

    Returns
    -------
    list of Restatement
        One per pair, the claim with the smaller id first, sorted by claim ids; ``score`` 0..1,
        ``basis`` ``wording`` (one language) or ``entities_numbers`` (across languages).

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> for doc in ("A", "B"):
    ...     G.add_node(doc, label="Document", lang="en", doc_id=doc)
    >>> G.add_node("a1", label="Claim", doc_id="A", text="Cities should ban cars", stance="pro")
    >>> G.add_node("b1", label="Claim", doc_id="B", text="Cars should be banned in cities", stance="pro")
    >>> [(r.claim_id, r.other_id, r.score, r.basis) for r in restated(G)]
    [('a1', 'b1', 1.0, 'wording')]
    """
    claims = nodes_with_label(G, NodeLabel.CLAIM)
    lang = {c: G.nodes[G.nodes[c]["doc_id"]].get("lang") for c in claims}
    by_term: dict[str, set[str]] = defaultdict(set)
    anchors = {c: _anchors(G, c) for c in claims}
    for claim in claims:
        for term in content_terms(G.nodes[claim]["text"]):
            by_term[term].add(claim)
        for anchor in anchors[claim]:
            by_term[anchor].add(claim)
    pairs = {tuple(sorted(pair)) for group in by_term.values() for pair in combinations(sorted(group), 2)}
    found = []
    for a, b in sorted(pairs):
        if G.nodes[a]["doc_id"] == G.nodes[b]["doc_id"]:
            continue
        if lang[a] == lang[b]:
            score, basis = similarity(G.nodes[a]["text"], G.nodes[b]["text"]), "wording"
            if score < RESTATED_THRESHOLD:
                continue
        else:
            score, basis = _cross_lingual(anchors[a], anchors[b]), "entities_numbers"
            if score < 0.5:
                continue
        found.append(
            Restatement(
                claim_id=a,
                other_id=b,
                doc_id=G.nodes[a]["doc_id"],
                other_doc_id=G.nodes[b]["doc_id"],
                score=round(score, 4),
                basis=basis,
                same_side=G.nodes[a]["stance"] == G.nodes[b]["stance"],
            )
        )
    return found
