"""Reading the analysis graph: nodes by label, edges by type, always in id order.

Every analysis walks the graph through these helpers, so no answer depends on the order in
which nodes or edges were added (networkx keeps insertion order).
"""

from collections.abc import Iterator
from typing import Any

import networkx as nx

from argkg.schema import NodeLabel, RelType

__all__ = ["nodes_with_label", "out_edges", "targets", "sources", "relation_graph"]


def nodes_with_label(G: nx.MultiDiGraph, label: NodeLabel) -> list[str]:
    """Return the ids of the nodes with ``label``, sorted."""
    return sorted(node for node, found in G.nodes(data="label") if found == label.value)


def out_edges(G: nx.MultiDiGraph, node: str, rel_type: RelType) -> Iterator[tuple[str, dict[str, Any]]]:
    """Yield ``(target, edge data)`` of ``node``'s outgoing ``rel_type`` edges, by target then edge id."""
    found = (
        (target, key, data)
        for _, target, key, data in G.out_edges(node, keys=True, data=True)
        if data["type"] == rel_type.value
    )
    for target, _, data in sorted(found, key=lambda edge: (edge[0], edge[1])):
        yield target, data


def targets(G: nx.MultiDiGraph, node: str, rel_type: RelType) -> list[str]:
    """Return the distinct targets of ``node``'s outgoing ``rel_type`` edges, sorted."""
    return sorted({target for target, _ in out_edges(G, node, rel_type)})


def sources(G: nx.MultiDiGraph, node: str, rel_type: RelType) -> list[str]:
    """Return the distinct sources of ``node``'s incoming ``rel_type`` edges, sorted."""
    return sorted({source for source, _, kind in G.in_edges(node, data="type") if kind == rel_type.value})


def relation_graph(G: nx.MultiDiGraph, rel_type: RelType) -> nx.DiGraph:
    """Return the simple digraph of ``rel_type`` edges (parallel edges merged, other nodes left out)."""
    relation = nx.DiGraph()
    relation.add_edges_from((start, end) for start, end, kind in G.edges(data="type") if kind == rel_type)
    return relation
