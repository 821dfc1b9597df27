"""Reading the analysis graph: nodes by label, edges by type, always in id order.

Every analysis walks the graph through these helpers, so no answer depends on the order in
which nodes or edges were added (networkx keeps insertion order). Each helper reads the graph
in one pass (nodes, or edges), so an analysis costs a few passes over the graph however many
nodes it asks about, instead of one neighbourhood query per node.
"""

from collections.abc import Iterator, Mapping
from typing import Any

import networkx as nx

from argkg.schema import NodeLabel, RelType

__all__ = [
    "Edge",
    "EdgesByType",
    "nodes_with_label",
    "edges_of_type",
    "in_index",
    "out_edges",
    "targets",
    "sources",
]

#: One edge: start, end and its data.
Edge = tuple[str, str, dict[str, Any]]
#: Edges grouped by type, as `edges_of_type` returns them (analyses that share a pass take these).
EdgesByType = Mapping[RelType, list[Edge]]


def nodes_with_label(G: nx.MultiDiGraph, label: NodeLabel) -> list[str]:
    """Return the ids of the nodes with ``label``, sorted."""
    wanted = label.value
    return sorted(node for node, found in G.nodes(data="label") if found == wanted)


def edges_of_type(G: nx.MultiDiGraph, *rel_types: RelType) -> dict[RelType, list[Edge]]:
    """Return the edges of each of ``rel_types`` in one pass, each list by start, end, edge id."""
    wanted = {rel_type.value: rel_type for rel_type in rel_types}
    found: dict[RelType, list[tuple[str, str, str, dict[str, Any]]]] = {t: [] for t in rel_types}
    for start, neighbours in G.adjacency():
        for end, keyed in neighbours.items():
            for key, data in keyed.items():
                rel_type = wanted.get(data["type"])
                if rel_type is not None:
                    found[rel_type].append((start, end, key, data))
    return {
        rel_type: [(start, end, data) for start, end, _, data in sorted(edges, key=lambda e: e[:3])]
        for rel_type, edges in found.items()
    }


def in_index(edges: list[Edge]) -> dict[str, list[str]]:
    """Group ``edges`` by end: the distinct starts, sorted."""
    index: dict[str, set[str]] = {}
    for start, end, _ in edges:
        index.setdefault(end, set()).add(start)
    return {end: sorted(starts) for end, starts in index.items()}


def out_edges(G: nx.MultiDiGraph, node: str, rel_type: RelType) -> Iterator[tuple[str, dict[str, Any]]]:
    """Yield ``(target, edge data)`` of one node's outgoing ``rel_type`` edges, by target then key.

    A neighbourhood query: for the few nodes of one issue (`argkg.queries.issues`), not for a
    walk over the whole graph, which `edges_of_type` serves in one pass.
    """
    found = (
        (target, key, data)
        for _, target, key, data in G.out_edges(node, keys=True, data=True)
        if data["type"] == rel_type.value
    )
    for target, _, data in sorted(found, key=lambda edge: (edge[0], edge[1])):
        yield target, data


def targets(G: nx.MultiDiGraph, node: str, rel_type: RelType) -> list[str]:
    """Return the distinct targets of one node's outgoing ``rel_type`` edges, sorted."""
    return sorted({target for target, _ in out_edges(G, node, rel_type)})


def sources(G: nx.MultiDiGraph, node: str, rel_type: RelType) -> list[str]:
    """Return the distinct sources of one node's incoming ``rel_type`` edges, sorted."""
    return sorted({source for source, _, kind in G.in_edges(node, data="type") if kind == rel_type.value})
