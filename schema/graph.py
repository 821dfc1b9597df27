"""`DocumentGraph`: one document's nodes and relationships, checked as a whole.

The single-model validators check each item alone; this model checks what needs the whole
document: every node belongs to it, every span fits its text and quotes it, every relationship
points at nodes it holds with labels its type allows, and no id is used twice.
"""

from collections.abc import Iterator
from functools import cached_property
from typing import Self, TypeVar

from pydantic import BaseModel, ConfigDict, model_validator

from argkg.schema.nodes import Claim, Conclusion, Document, Evidence, Node
from argkg.schema.relationships import ENDPOINTS, Relationship
from argkg.schema.vocabulary import NodeLabel, RelType

__all__ = ["DocumentGraph"]

_N = TypeVar("_N", bound=Node)


class DocumentGraph(BaseModel):
    """The argument graph of one document.

    Attributes:
        document: the `Document` node; its ``text`` is what offsets point into.
        nodes: every other node of the document, and the shared nodes it links to.
        relationships: the relationships from the document's nodes (to its nodes or shared ones).
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    document: Document
    nodes: tuple[Node, ...] = ()
    relationships: tuple[Relationship, ...] = ()

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        by_id = self.node_index
        if len(by_id) != len(self.nodes) + 1:
            raise ValueError("node ids must be unique within a document")
        for node in self.nodes:
            _check_node(node, self.document)
        rel_ids = set()
        for rel in self.relationships:
            _check_endpoints(rel, by_id)
            if rel.id in rel_ids:
                raise ValueError(f"relationship {rel.type} {rel.start} -> {rel.end} appears twice")
            rel_ids.add(rel.id)
        return self

    @cached_property
    def node_index(self) -> dict[str, Node]:
        """Every node, the document included, by id."""
        index: dict[str, Node] = {self.document.id: self.document}
        index.update((node.id, node) for node in self.nodes)
        return index

    def all_nodes(self) -> Iterator[Node]:
        """Yield the document node, then the other nodes in order."""
        yield self.document
        yield from self.nodes

    def of_type(self, cls: type[_N]) -> list[_N]:
        """Return the nodes of one model class, in order."""
        return [node for node in self.nodes if isinstance(node, cls)]

    def label_counts(self) -> dict[str, int]:
        """Count nodes per label and relationships per type (for summaries)."""
        counts: dict[str, int] = {}
        for node in self.all_nodes():
            counts[node.label.value] = counts.get(node.label.value, 0) + 1
        for rel in self.relationships:
            counts[rel.type.value] = counts.get(rel.type.value, 0) + 1
        return counts


def _check_node(node: Node, document: Document) -> None:
    if node.shared:
        return
    if node.doc_id != document.id:
        raise ValueError(f"node {node.id} has doc_id {node.doc_id}, expected {document.id}")
    start = getattr(node, "start", None)
    end = getattr(node, "end", None)
    if start is None or end is None:
        return
    if end > len(document.text):
        raise ValueError(f"node {node.id}: end {end} lies past the text's {len(document.text)} characters")
    quoted = {Claim: "text", Conclusion: "text", Evidence: "surface"}.get(type(node))
    if quoted and getattr(node, quoted) != document.text[start:end]:
        raise ValueError(f"node {node.id}: {quoted} is not the text at {start}:{end}")


def _check_endpoints(rel: Relationship, by_id: dict[str, Node]) -> None:
    allowed_start, allowed_end = ENDPOINTS[RelType(rel.type)]
    for side, node_id, allowed in (("start", rel.start, allowed_start), ("end", rel.end, allowed_end)):
        node = by_id.get(node_id)
        if node is None:
            raise ValueError(f"{rel.type} {side} {node_id} is not a node of this document")
        if NodeLabel(node.label) not in allowed:
            names = ", ".join(sorted(label.value for label in allowed))
            raise ValueError(f"{rel.type} cannot {side} at a {node.label.value} (allowed: {names})")
