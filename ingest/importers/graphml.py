"""Read a GraphML file argkg exported back into document graphs.

The file is the one `argkg.graph.exporters.graphml` writes: node ids are argkg ids, each node
has its node label (``labels``), a caption (``label``, not a property: left out) and typed
properties, each edge its relationship id, ``type`` and properties.
Every node and relationship is validated by the schema on the way in, as a store load is.
Not read: GraphML from other tools, whose nodes have no argkg label (refused, naming the node).
"""

from pathlib import Path
from xml.etree.ElementTree import ParseError

import networkx as nx

from argkg.errors import InputError
from argkg.ingest.importers.files import xml_error
from argkg.schema import DocumentGraph, Record, graphs_from_records, node_record, relationship_record

__all__ = ["read_graphml"]


def read_graphml(path: Path) -> list[DocumentGraph]:
    """Read the GraphML file ``path``.

    Raises:
        InputError: the file is not GraphML (names the line and column), a node has no argkg
            label, or an item is invalid.
    """
    try:
        graph = nx.read_graphml(path, force_multigraph=True)
    except ParseError as exc:
        raise xml_error(path, exc) from exc
    except (nx.NetworkXError, ValueError, KeyError, OSError) as exc:
        raise InputError(f"{path}: not GraphML argkg can read ({exc})") from exc
    records: list[Record] = []
    for node_id, data in graph.nodes(data=True):
        props = dict(data)
        props.pop("label", None)
        label = props.pop("labels", None)
        if not isinstance(label, str):
            raise InputError(f"{path}: <node id={node_id!r}> has no argkg label")
        records.append(node_record(label, {**props, "id": node_id}))
    for start, end, key, data in graph.edges(keys=True, data=True):
        props = dict(data)
        rel_type = props.pop("type", None)
        records.append(relationship_record(rel_type, start, end, {**props, "id": key}))
    try:
        return graphs_from_records(records)
    except InputError as exc:
        raise InputError(f"{path}: {exc}") from exc
