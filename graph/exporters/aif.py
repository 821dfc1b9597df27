"""Write stored documents as AIF JSON, the shape AIFdb and OVA read and write.

The mapping is the contract in `argkg.schema.aif`: I-nodes for claims, conclusions,
assumptions and evidence, RA-nodes for support (and for citing and depending), CA-nodes for
attack, an L-node and a YA-node per spanned item, and an ``argkg`` extension that keeps what
AIF has no place for, so that `argkg.ingest.importers.aif` rebuilds the very same graph.

Not checked: that AIF tools accept the extension keys (AIFdb's importer ignores unknown keys;
tools that drop them keep the argument structure and lose only argkg's extras).
"""

import json
from collections.abc import Sequence
from typing import Any

from argkg.schema import DocumentGraph, Node, Relationship, RelType
from argkg.schema.aif import ASSERTING, EXTENSION, I_TEXT, SCHEME_NODES

__all__ = ["graphs_to_aif", "dumps_aif"]

_Json = dict[str, Any]


def graphs_to_aif(graphs: Sequence[DocumentGraph]) -> _Json:
    """Return the AIF JSON object of ``graphs`` (nodes, edges, locutions, participants)."""
    out = _AifWriter()
    for index, graph in enumerate(graphs, start=1):
        out.document(graph, participant=index)
    return out.result()


def dumps_aif(graphs: Sequence[DocumentGraph]) -> str:
    """Return `graphs_to_aif` as indented JSON text (non-ASCII kept as is)."""
    return json.dumps(graphs_to_aif(graphs), ensure_ascii=False, indent=1) + "\n"


class _AifWriter:
    """Accumulates the AIF lists; edge ids are numbered in order, so the output is stable."""

    def __init__(self) -> None:
        self.nodes: list[_Json] = []
        self.edges: list[_Json] = []
        self.locutions: list[_Json] = []
        self.participants: list[_Json] = []
        self.extension: _Json = {"documents": [], "nodes": [], "relationships": []}

    def result(self) -> _Json:
        return {
            "nodes": self.nodes,
            "edges": self.edges,
            "locutions": self.locutions,
            "participants": self.participants,
            EXTENSION: self.extension,
        }

    def document(self, graph: DocumentGraph, *, participant: int) -> None:
        doc = graph.document
        self.extension["documents"].append(doc.properties())
        self.participants.append({"participantID": participant, "firstname": doc.title, "surname": ""})
        for node in graph.nodes:
            if node.label in I_TEXT:
                self._information(node, participant)
            else:
                self.extension["nodes"].append({"label": node.label.value, "properties": node.properties()})
        groups: dict[tuple[str, int | None], list[Relationship]] = {}
        for rel in (*graph.relationships, *graph.restates):
            if rel.type in SCHEME_NODES:
                key = (rel.start, rel.group) if rel.type is RelType.DEPENDS_ON else (rel.id, None)
                groups.setdefault(key, []).append(rel)
            else:
                props = {k: v for k, v in rel.properties().items() if k != "id"}
                self.extension["relationships"].append(
                    {"type": rel.type.value, "start": rel.start, "end": rel.end, "properties": props}
                )
        for rels in groups.values():
            self._scheme(rels)

    def _information(self, node: Node, participant: int) -> None:
        props = node.properties()
        text = props.pop(I_TEXT[node.label])
        start, end = props.pop("start", None), props.pop("end", None)
        del props["id"]
        self.nodes.append(
            {"nodeID": node.id, "text": text, "type": "I", EXTENSION: {"label": node.label.value, **props}}
        )
        if start is None:
            return
        locution, illocution = f"{node.id}-L", f"{node.id}-YA"
        span = {"document": node.doc_id, "start": start, "end": end}
        self.nodes.append({"nodeID": locution, "text": text, "type": "L", EXTENSION: span})
        self.nodes.append({"nodeID": illocution, "text": ASSERTING, "type": "YA"})
        self.locutions.append({"nodeID": locution, "personID": participant})
        self._edge(locution, illocution)
        self._edge(illocution, node.id)

    def _scheme(self, rels: list[Relationship]) -> None:
        """One scheme node for ``rels``: a single relationship, or a DEPENDS_ON group."""
        first = rels[0]
        scheme = SCHEME_NODES[first.type]
        is_group = first.type is RelType.DEPENDS_ON
        node_id = f"{first.start}-g{first.group}" if is_group else first.id
        extra: _Json = {"type": first.type.value}
        if is_group:
            extra["group"] = first.group
        self.nodes.append({"nodeID": node_id, "text": scheme.text, "type": scheme.type, EXTENSION: extra})
        conclusion = first.start if scheme.reverse else first.end
        for rel in rels:
            premise = rel.end if scheme.reverse else rel.start
            props = {k: v for k, v in rel.properties().items() if k not in ("id", "group")}
            self._edge(premise, node_id, props or None)
        self._edge(node_id, conclusion)

    def _edge(self, source: str, target: str, extra: _Json | None = None) -> None:
        edge: _Json = {"edgeID": len(self.edges) + 1, "fromID": source, "toID": target, "formEdgeID": None}
        if extra:
            edge[EXTENSION] = extra
        self.edges.append(edge)
