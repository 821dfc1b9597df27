"""Write stored documents as GraphML, for Gephi, yEd, Cytoscape, networkx and igraph.

One directed multigraph: a ``<node>`` per argkg node whose GraphML id is the argkg id, with
its node label (``labels``, as Neo4j and APOC name it), a caption (``label``: its text, title or
name, which Gephi shows on the node) and every property as typed data (``attr.type`` string,
long, double or boolean); an ``<edge>`` per relationship whose GraphML id is the relationship id,
with its type (``type``) and properties. Absent properties are left out rather than written
empty, so each key keeps one type. `argkg.ingest.importers.graphml` reads the file back into
the same graph.
"""

import io
from collections.abc import Sequence

import networkx as nx

from argkg.schema import DocumentGraph, Node

__all__ = ["graphs_to_graphml", "to_graphml_graph"]

#: The properties a caption is taken from, first present first.
_CAPTION_FIELDS = ("text", "title", "name", "surface")


def _caption(node: Node) -> str:
    """Return what a graph viewer shows on ``node``: its text, title, name or number, else its label."""
    props = node.properties()
    return next((str(props[f]) for f in _CAPTION_FIELDS if props.get(f)), node.label.value)


def to_graphml_graph(graphs: Sequence[DocumentGraph]) -> nx.MultiDiGraph:
    """Return the graph GraphML writes: ids as node and edge keys, never repeated as data."""
    out = nx.MultiDiGraph()
    for graph in graphs:
        for node in graph.all_nodes():
            props = node.properties()
            del props["id"]
            out.add_node(node.id, labels=node.label.value, label=_caption(node), **props)
        for rel in (*graph.relationships, *graph.restates):
            props = rel.properties()
            del props["id"]
            out.add_edge(rel.start, rel.end, key=rel.id, type=rel.type.value, **props)
    return out


def graphs_to_graphml(graphs: Sequence[DocumentGraph]) -> str:
    """Return the GraphML document of ``graphs`` (UTF-8 XML text)."""
    buffer = io.BytesIO()
    nx.write_graphml_xml(to_graphml_graph(graphs), buffer, encoding="utf-8")
    return buffer.getvalue().decode("utf-8")
