"""The in-memory form the analyses work on: one networkx `MultiDiGraph` of all documents.

Node attributes are the node's properties plus ``label`` (the node label as a string); each
edge is keyed by its relationship id and carries its properties plus ``type``. Both stores
produce this graph from the same records, so the analyses cannot tell them apart.
"""

from collections.abc import Iterable
from typing import Any

import networkx as nx

from argkg.schema import DocumentGraph, Record, merged_records

__all__ = ["records_to_networkx", "graphs_to_networkx", "rows_to_networkx", "NodeRow", "EdgeRow"]

#: A node as a store streams it: id, label, properties.
NodeRow = tuple[str, str, dict[str, Any]]
#: A relationship as a store streams it: start id, end id, relationship id, type, properties.
EdgeRow = tuple[str, str, str, str, dict[str, Any]]


def rows_to_networkx(nodes: Iterable[NodeRow], edges: Iterable[EdgeRow]) -> nx.MultiDiGraph:
    """Build the analysis graph from node rows and edge rows, in bulk.

    Raises:
        KeyError: an edge names a node that is not among ``nodes`` (a store's reads use this
            to tell a read that overlapped a write).
    """
    graph = nx.MultiDiGraph()
    graph.add_nodes_from((node_id, {"label": label, **properties}) for node_id, label, properties in nodes)
    edge_rows = list(edges)
    known = graph.nodes
    for start, end, _, _, _ in edge_rows:
        if start not in known or end not in known:
            raise KeyError(start if start not in known else end)
    graph.add_edges_from(
        (start, end, key, {"type": rel_type, **properties})
        for start, end, key, rel_type, properties in edge_rows
    )
    return graph


def records_to_networkx(records: Iterable[Record]) -> nx.MultiDiGraph:
    """Build the analysis graph from export records (nodes may come in any order)."""
    nodes: list[NodeRow] = []
    edges: list[EdgeRow] = []
    for record in records:
        if record["type"] == "node":
            nodes.append((record["id"], record["labels"][0], record["properties"]))
        else:
            start, end = record["start"]["id"], record["end"]["id"]
            edges.append((start, end, record["id"], record["label"], record["properties"]))
    return rows_to_networkx(nodes, edges)


def graphs_to_networkx(graphs: Iterable[DocumentGraph]) -> nx.MultiDiGraph:
    """Build the analysis graph from document graphs (a shared node once, see `merged_records`)."""
    return records_to_networkx(merged_records(graphs))
