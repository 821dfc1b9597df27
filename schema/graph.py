"""`DocumentGraph`: one document's nodes and relationships, checked as a whole.

The single-model validators check each item alone; this model checks what needs the whole
document: every node belongs to it, every span fits its text and quotes it, every relationship
points at nodes it holds with labels its type allows, and no id is used twice. The RESTATES edges
between its claims and other documents' (``restates``) can only be checked against the store:
`with_restatements` keeps those whose two claims are stored.
"""

from collections.abc import Iterable, Iterator, Sequence
from functools import cached_property
from typing import Self, TypeVar

from pydantic import BaseModel, ConfigDict, model_validator

from argkg.schema.nodes import Claim, Conclusion, Document, Evidence, Node
from argkg.schema.relationships import ENDPOINTS, Relationship
from argkg.schema.vocabulary import RelType

__all__ = ["DocumentGraph", "with_restatements"]

_N = TypeVar("_N", bound=Node)


class DocumentGraph(BaseModel):
    """The argument graph of one document.

    Attributes:
        document: the `Document` node; its ``text`` is what offsets point into.
        nodes: every other node of the document, and the shared nodes it links to.
        relationships: the relationships from the document's nodes (to its nodes or shared ones).
        restates: RESTATES edges between one of the document's claims and another document's
            claim. A stored document holds those that start at its claims (each edge once in
            the store); a document about to be stored holds every one found for its claims.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    document: Document
    nodes: tuple[Node, ...] = ()
    relationships: tuple[Relationship, ...] = ()
    restates: tuple[Relationship, ...] = ()

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        _check_graph(self)
        return self

    @classmethod
    def assembled(
        cls, document: Document, nodes: Sequence[Node], relationships: Sequence[Relationship]
    ) -> "DocumentGraph":
        """The graph of ``document`` with ``nodes`` and ``relationships``, each already validated
        when it was made (as the builder makes them): only the checks on the whole graph run.

        Passing validated models to the constructor runs each one's own validators again (pydantic
        re-runs a model's after-validators on an instance it is given), which cost as much as the
        checks on the whole graph. The graph is the one the constructor gives.

        Raises:
            ValueError: the items do not form one document's graph (see the class docstring).
        """
        graph = cls.model_construct(document=document, nodes=tuple(nodes), relationships=tuple(relationships))
        _check_graph(graph)
        return graph

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


def _check_graph(graph: DocumentGraph) -> None:
    """The checks on the whole graph (see the module docstring)."""
    by_id = graph.node_index
    if len(by_id) != len(graph.nodes) + 1:
        raise ValueError("node ids must be unique within a document")
    for node in graph.nodes:
        _check_node(node, graph.document)
    rel_ids = set()
    for rel in graph.relationships:
        _check_endpoints(rel, by_id)
        if rel.id in rel_ids:
            raise ValueError(f"relationship {rel.type} {rel.start} -> {rel.end} appears twice")
        rel_ids.add(rel.id)
    for rel in graph.restates:
        _check_restates(rel, by_id)
        if rel.id in rel_ids:
            raise ValueError(f"relationship {rel.type} {rel.start} -> {rel.end} appears twice")
        rel_ids.add(rel.id)


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


def _check_restates(rel: Relationship, by_id: dict[str, Node]) -> None:
    """A RESTATES edge joins one claim of this document to a node of another document."""
    if rel.type is not RelType.RESTATES:
        raise ValueError(f"restates holds RESTATES edges only, not {rel.type}")
    own = [node_id for node_id in (rel.start, rel.end) if node_id in by_id]
    if len(own) != 1 or not isinstance(by_id[own[0]], Claim):
        raise ValueError(f"RESTATES {rel.start} -> {rel.end} must join a claim of this document to another's")


def with_restatements(graphs: Sequence[DocumentGraph], edges: Iterable[Relationship]) -> list[DocumentGraph]:
    """Return ``graphs`` holding exactly those of ``edges`` whose two claims are among them.

    Each such edge (once per id) goes to the document of its start claim; an edge with a claim
    that is not among ``graphs`` (its document removed or replaced by another text) is dropped.
    The store keeps its RESTATES edges this way after every write, so none is left dangling.
    """
    owner = {n.id: graph.document.id for graph in graphs for n in graph.nodes if isinstance(n, Claim)}
    held: dict[str, dict[str, Relationship]] = {graph.document.id: {} for graph in graphs}
    for rel in edges:
        start, end = owner.get(rel.start), owner.get(rel.end)
        if start is not None and end is not None and start != end:
            held[start][rel.id] = rel
    settled = []
    for graph in graphs:
        mine = tuple(held[graph.document.id][rel_id] for rel_id in sorted(held[graph.document.id]))
        settled.append(graph if mine == graph.restates else graph.model_copy(update={"restates": mine}))
    return settled


def _check_endpoints(rel: Relationship, by_id: dict[str, Node]) -> None:
    allowed_start, allowed_end = ENDPOINTS[rel.type]
    for side, node_id, allowed in (("start", rel.start, allowed_start), ("end", rel.end, allowed_end)):
        node = by_id.get(node_id)
        if node is None:
            raise ValueError(f"{rel.type} {side} {node_id} is not a node of this document")
        if node.label not in allowed:
            names = ", ".join(sorted(label.value for label in allowed))
            raise ValueError(f"{rel.type} cannot {side} at a {node.label.value} (allowed: {names})")
