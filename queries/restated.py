"""Restated claims: the RESTATES edges the store holds, each with the cluster it belongs to.

Which claims restate each other is decided once, when a document is stored
(`argkg.ingest.restates`: wording in one language, entities and numbers across Chinese and
English), and kept as RESTATES edges; this analysis reads them. Claims joined by RESTATES, directly
or through other claims, form a cluster (a connected component): one claim made by several
sources, "argued by N sources" where N counts the documents of its claims.
"""

import networkx as nx

from argkg.queries._graph import Edge, edges_of_type
from argkg.queries.models import Restatement
from argkg.schema import RelType

__all__ = ["restated", "restated_clusters"]


def _edges(G: nx.MultiDiGraph) -> list[Edge]:
    return edges_of_type(G, RelType.RESTATES)[RelType.RESTATES]


def restated_clusters(G: nx.MultiDiGraph) -> dict[str, tuple[str, int]]:
    """Map each claim with a RESTATES edge to its cluster: (its least claim id, its number of sources)."""
    joined = nx.Graph()
    joined.add_edges_from((start, end) for start, end, _ in _edges(G))
    found: dict[str, tuple[str, int]] = {}
    for members in nx.connected_components(joined):
        cluster = (min(members), len({G.nodes[c]["doc_id"] for c in members}))
        found.update(dict.fromkeys(members, cluster))
    return found


def restated(G: nx.MultiDiGraph) -> list[Restatement]:
    """List the stored pairs of claims in different documents that restate each other.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        The analysis graph of the whole store.

    Returns
    -------
    list of Restatement
        One per RESTATES edge (the claim with the smaller id first), sorted by claim ids, with
        its ``score``, ``basis``, ``same_side`` and its cluster (``cluster``: the cluster's least
        claim id; ``sources``: how many documents make the cluster's claim).

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> for claim, doc in (("a1", "A"), ("b1", "B"), ("c1", "C")):
    ...     G.add_node(claim, label="Claim", doc_id=doc)
    >>> for start, end in (("a1", "b1"), ("b1", "c1")):
    ...     _ = G.add_edge(start, end, type="RESTATES", score=0.8, basis="wording", same_side=True)
    >>> [(r.claim_id, r.other_id, r.cluster, r.sources) for r in restated(G)]
    [('a1', 'b1', 'a1', 3), ('b1', 'c1', 'a1', 3)]
    """
    clusters = restated_clusters(G)
    found = [
        Restatement(
            claim_id=start,
            other_id=end,
            doc_id=G.nodes[start]["doc_id"],
            other_doc_id=G.nodes[end]["doc_id"],
            score=data["score"],
            basis=data["basis"],
            same_side=data["same_side"],
            cluster=clusters[start][0],
            sources=clusters[start][1],
        )
        for start, end, data in _edges(G)
    ]
    return sorted(found, key=lambda r: (r.claim_id, r.other_id))
