"""The in-memory form the analyses work on: one networkx `MultiDiGraph` of all documents.

Node attributes are the node's properties plus ``label`` (the node label as a string); each
edge is keyed by its relationship id and carries its properties plus ``type``. Both stores
produce this graph from the same records, so the analyses cannot tell them apart.
"""

from collections.abc import Iterable

import networkx as nx

from argkg.schema import DocumentGraph, Record, merged_records

__all__ = ["records_to_networkx", "graphs_to_networkx"]


def records_to_networkx(records: Iterable[Record]) -> nx.MultiDiGraph:
    """Build the analysis graph from export records (nodes may come in any order)."""
    graph = nx.MultiDiGraph()
    edges = []
    for record in records:
        if record["type"] == "node":
            graph.add_node(record["id"], label=record["labels"][0], **record["properties"])
        else:
            edges.append(record)
    for record in edges:
        graph.add_edge(
            record["start"]["id"],
            record["end"]["id"],
            key=record["id"],
            type=record["label"],
            **record["properties"],
        )
    return graph


def graphs_to_networkx(graphs: Iterable[DocumentGraph]) -> nx.MultiDiGraph:
    """Build the analysis graph from document graphs (a shared node once, see `merged_records`)."""
    return records_to_networkx(merged_records(graphs))
