"""Conversion between `DocumentGraph` and export records shaped like APOC's ``apoc.export.json``.

One record per line: ``{"type":"node","id","labels","properties"}`` or
``{"type":"relationship","id","label","start":{"id","labels"},"end":{"id","labels"},"properties"}``.
Records are what both stores exchange, so the same records from both means the same graph.
"""

import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import Any

from pydantic import ValidationError

from argkg.errors import InputError
from argkg.schema.graph import DocumentGraph
from argkg.schema.nodes import NODE_TYPES, Claim, Document, Node
from argkg.schema.relationships import Relationship
from argkg.schema.vocabulary import NodeLabel, RelType

__all__ = [
    "graph_records",
    "merged_records",
    "graphs_from_records",
    "dumps_records",
    "node_record",
    "relationship_record",
    "Record",
]

Record = dict[str, Any]


def node_record(label: object, properties: dict[str, Any]) -> Record:
    """Return the record of a node read from elsewhere (an import), for `graphs_from_records`."""
    return {"type": "node", "labels": [label], "properties": properties}


def relationship_record(rel_type: object, start: object, end: object, properties: dict[str, Any]) -> Record:
    """Return the record of a relationship read from elsewhere, for `graphs_from_records`.

    Without an ``id`` in ``properties`` the relationship gets the one its content gives.
    """
    return {
        "type": "relationship",
        "label": rel_type,
        "start": {"id": start},
        "end": {"id": end},
        "properties": properties,
    }


def graph_records(graph: DocumentGraph) -> Iterator[Record]:
    """Yield the export records of one document: nodes first, then relationships (RESTATES last)."""
    labels = {node.id: [node.label.value] for node in graph.all_nodes()}
    for node in graph.all_nodes():
        yield {"type": "node", "id": node.id, "labels": labels[node.id], "properties": node.properties()}
    claim = [NodeLabel.CLAIM.value]
    for rel in (*graph.relationships, *graph.restates):
        yield {
            "type": "relationship",
            "id": rel.id,
            "label": rel.type.value,
            "start": {"id": rel.start, "labels": labels.get(rel.start, claim)},
            "end": {"id": rel.end, "labels": labels.get(rel.end, claim)},
            "properties": rel.properties(),
        }


def merged_records(graphs: Iterable[DocumentGraph]) -> Iterator[Record]:
    """Yield the records of several documents, each shared node once (DESIGN.md §6).

    Documents that link to one shared node each hold a copy; copies agree except, for an
    entity, on the spelling of its name (one key, two cases of an unknown name): the least
    spelling is kept, as the Neo4j store keeps it, so both stores hold the same graph.
    """
    shared: dict[str, Record] = {}
    for graph in graphs:
        for record in graph_records(graph):
            if record["type"] == "node" and "doc_id" not in record["properties"]:
                kept = shared.get(record["id"])
                if kept is None or _spelling(record) < _spelling(kept):
                    shared[record["id"]] = record
                continue
            yield record
    yield from (shared[node_id] for node_id in sorted(shared))


def _spelling(record: Record) -> str:
    return str(record["properties"].get("name", ""))


def dumps_records(records: Iterable[Record]) -> str:
    """Serialise records as sorted JSON lines: one canonical text for one graph."""
    lines = sorted(json.dumps(r, ensure_ascii=False, sort_keys=True, separators=(",", ":")) for r in records)
    return "".join(line + "\n" for line in lines)


def graphs_from_records(records: Iterable[Record], *, partial: bool = False) -> list[DocumentGraph]:
    """Rebuild the document graphs that ``records`` describe, validating every item.

    With ``partial``, the records are some documents of a store (one document read alone): a
    RESTATES edge may end at a claim they do not hold. Otherwise it must end at another
    document's claim among them, so that a store never holds a dangling one.

    Raises:
        InputError: a record is malformed or describes an invalid node or relationship.
    """
    nodes: dict[str, Node] = {}
    rels: list[Relationship] = []
    for record in records:
        try:
            if record["type"] == "node":
                node = _node_from_record(record)
                nodes[node.id] = node
            elif record["type"] == "relationship":
                rels.append(_relationship_from_record(record))
            else:
                raise InputError(f"unknown record type {record['type']!r}")
        except (KeyError, IndexError, TypeError, AttributeError, ValueError, ValidationError) as exc:
            raise InputError(f"invalid record {str(record)[:80]}: {_first_line(exc)}") from exc
    return _assemble(nodes, rels, partial=partial)


def _node_from_record(record: Record) -> Node:
    label = NodeLabel(record["labels"][0])
    return NODE_TYPES[label].model_validate(record["properties"])


def _relationship_from_record(record: Record) -> Relationship:
    props = {k: v for k, v in record["properties"].items() if k != "id"}
    rel = Relationship(type=record["label"], start=record["start"]["id"], end=record["end"]["id"], **props)
    if rel.id != record["properties"].get("id", rel.id):
        raise ValueError(f"relationship id {record['properties']['id']} does not match its content")
    return rel


def _assemble(nodes: dict[str, Node], rels: list[Relationship], *, partial: bool) -> list[DocumentGraph]:
    """Group nodes and relationships per document; a shared node goes to each document linking to it,
    a RESTATES edge to the document of its start claim (its end must be another document's claim)."""
    per_doc_nodes: dict[str, list[Node]] = defaultdict(list)
    for node in nodes.values():
        if node.doc_id is not None and not isinstance(node, Document):
            per_doc_nodes[node.doc_id].append(node)
    per_doc_rels: dict[str, list[Relationship]] = defaultdict(list)
    per_doc_restates: dict[str, list[Relationship]] = defaultdict(list)
    linked: set[tuple[str, str]] = set()
    for rel in rels:
        start = nodes.get(rel.start)
        if start is None or start.doc_id is None:
            raise InputError(f"relationship {rel.id} starts at unknown node {rel.start}")
        if rel.type is RelType.RESTATES:
            end = nodes.get(rel.end)
            foreign = isinstance(end, Claim) and end.doc_id != start.doc_id
            if not foreign and (end is not None or not partial):
                raise InputError(f"RESTATES {rel.id} ends at {rel.end}, no claim of another stored document")
            per_doc_restates[start.doc_id].append(rel)
            continue
        per_doc_rels[start.doc_id].append(rel)
        end = nodes.get(rel.end)
        if end is not None and end.shared and (start.doc_id, end.id) not in linked:
            linked.add((start.doc_id, end.id))
            per_doc_nodes[start.doc_id].append(end)
    graphs = []
    for doc in sorted((n for n in nodes.values() if isinstance(n, Document)), key=lambda d: d.id):
        try:
            graphs.append(
                DocumentGraph(
                    document=doc,
                    nodes=tuple(per_doc_nodes.pop(doc.id, ())),
                    relationships=tuple(per_doc_rels.pop(doc.id, ())),
                    restates=tuple(sorted(per_doc_restates.pop(doc.id, ()), key=lambda r: r.id)),
                )
            )
        except ValidationError as exc:
            raise InputError(f"document {doc.source}: {_first_line(exc)}") from exc
    orphans = sorted(per_doc_nodes) + sorted(per_doc_rels) + sorted(per_doc_restates)
    if orphans:
        raise InputError(f"records refer to a document that is not there: {orphans[0]}")
    return graphs


def _first_line(exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"]) or exc.title
        return f"{where}: {err['msg']}"
    return str(exc).splitlines()[0] if str(exc) else type(exc).__name__
