"""The in-memory form the analyses work on: one networkx `MultiDiGraph` of all documents.

Node attributes are the node's properties plus ``label`` (the node label as a string); each
edge is keyed by its relationship id and carries its properties plus ``type``. Both stores
produce this graph from the same records, so the analyses cannot tell them apart.
"""

from collections.abc import Iterable
from typing import Any

import networkx as nx

from argkg.schema import DocumentGraph, Record, Relationship, merged_records

__all__ = [
    "records_to_networkx",
    "graphs_to_networkx",
    "rows_to_networkx",
    "records_to_rows",
    "structure_to_networkx",
    "NodeRow",
    "EdgeRow",
    "Rows",
]

#: A node as a store streams it: id, label, properties.
NodeRow = tuple[str, str, dict[str, Any]]
#: A relationship as a store streams it: start id, end id, relationship id, type, properties.
EdgeRow = tuple[str, str, str, str, dict[str, Any]]
#: Node rows and edge rows.
Rows = tuple[list[NodeRow], list[EdgeRow]]


def rows_to_networkx(nodes: Iterable[NodeRow], edges: Iterable[EdgeRow]) -> nx.MultiDiGraph:
    """Build the analysis graph from node rows, then edge rows.

    The rows are written straight into the graph's adjacency dicts, the layout networkx
    documents (``G._node``, ``G._succ``, ``G._pred``; one key dict per node pair, shared by
    both directions): ``add_edge`` checks and copies per call, which costs four times as much
    at a store's size. `tests/graph/test_networkx_graph.py` holds this to ``add_edge``'s graph.

    Raises:
        KeyError: an edge names a node that is not among ``nodes`` (a store's reads use this
            to tell a read that overlapped a write).
    """
    graph = nx.MultiDiGraph()
    node, succ, pred = graph._node, graph._succ, graph._pred
    for node_id, label, properties in nodes:
        node[node_id] = {"label": label, **properties}
        succ[node_id] = {}
        pred[node_id] = {}
    for start, end, key, rel_type, properties in edges:
        out, into = succ[start], pred[end]
        keyed = out.get(end)
        if keyed is None:
            keyed = out[end] = into[start] = {}
        keyed[key] = {"type": rel_type, **properties}
    return graph


def records_to_rows(records: Iterable[Record]) -> Rows:
    """Split export records into node rows and edge rows."""
    nodes: list[NodeRow] = []
    edges: list[EdgeRow] = []
    for record in records:
        if record["type"] == "node":
            nodes.append((record["id"], record["labels"][0], record["properties"]))
        else:
            start, end = record["start"]["id"], record["end"]["id"]
            edges.append((start, end, record["id"], record["label"], record["properties"]))
    return nodes, edges


def records_to_networkx(records: Iterable[Record]) -> nx.MultiDiGraph:
    """Build the analysis graph from export records (nodes may come in any order)."""
    return rows_to_networkx(*records_to_rows(records))


def graphs_to_networkx(graphs: Iterable[DocumentGraph]) -> nx.MultiDiGraph:
    """Build the analysis graph from document graphs (a shared node once, see `merged_records`).

    One document, as `argkg.queries.analyse` passes, has nothing to merge: its rows come
    straight from its models, without export records in between.
    """
    documents = list(graphs)
    if len(documents) == 1:
        return rows_to_networkx(*_document_rows(documents[0]))
    return records_to_networkx(merged_records(documents))


def structure_to_networkx(graph: DocumentGraph) -> nx.MultiDiGraph:
    """Build one document's analysis graph with only what `argkg.queries.analyse.analyse` reads.

    The nodes carry their label, the relationships their type, ``group`` and ``polarity``;
    dumping every node's and relationship's properties was 40% of ``analyse``'s time.
    """
    nodes: list[NodeRow] = [(node.id, node.label.value, {}) for node in graph.all_nodes()]
    edges: list[EdgeRow] = [
        (rel.start, rel.end, rel.id, rel.type.value, _structure(rel)) for rel in graph.relationships
    ]
    return rows_to_networkx(nodes, edges)


def _structure(rel: Relationship) -> dict[str, Any]:
    found: dict[str, Any] = {}
    if rel.group is not None:
        found["group"] = rel.group
    if rel.polarity is not None:
        found["polarity"] = rel.polarity.value
    return found


def _document_rows(graph: DocumentGraph) -> Rows:
    nodes: list[NodeRow] = [(node.id, node.label.value, node.properties()) for node in graph.all_nodes()]
    edges: list[EdgeRow] = [
        (rel.start, rel.end, rel.id, rel.type.value, rel.properties()) for rel in graph.relationships
    ]
    return nodes, edges
