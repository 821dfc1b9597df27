"""Typed nodes and relationships of the argument graph, validated at construction."""

from argkg.schema.graph import DocumentGraph
from argkg.schema.ids import span_key, stable_id, text_sha256
from argkg.schema.nodes import (
    NODE_TYPES,
    Assumption,
    Claim,
    Conclusion,
    Document,
    Entity,
    Evidence,
    Node,
    Section,
)
from argkg.schema.records import (
    Record,
    dumps_records,
    graph_records,
    graphs_from_records,
    node_record,
    relationship_record,
)
from argkg.schema.relationships import ENDPOINTS, Relationship
from argkg.schema.vocabulary import (
    AssumptionOrigin,
    Basis,
    EntityType,
    EvidenceKind,
    GroundedStatus,
    Lang,
    NodeLabel,
    Polarity,
    RelType,
    Role,
    SectionKind,
    Stance,
)

__all__ = [
    "DocumentGraph",
    "span_key",
    "stable_id",
    "text_sha256",
    "NODE_TYPES",
    "Assumption",
    "Claim",
    "Conclusion",
    "Document",
    "Entity",
    "Evidence",
    "Node",
    "Section",
    "Record",
    "dumps_records",
    "graph_records",
    "graphs_from_records",
    "node_record",
    "relationship_record",
    "ENDPOINTS",
    "Relationship",
    "AssumptionOrigin",
    "Basis",
    "Polarity",
    "EntityType",
    "EvidenceKind",
    "GroundedStatus",
    "Lang",
    "NodeLabel",
    "RelType",
    "Role",
    "SectionKind",
    "Stance",
]
