"""Export records round-trip to the same graph; malformed records are refused."""

import pytest

from argkg.errors import InputError
from argkg.schema import DocumentGraph, dumps_records, graph_records, graphs_from_records


def test_records_round_trip(tiny_graph: DocumentGraph) -> None:
    records = list(graph_records(tiny_graph))
    assert graphs_from_records(records) == [tiny_graph]


def test_records_are_apoc_shaped(tiny_graph: DocumentGraph) -> None:
    records = list(graph_records(tiny_graph))
    node = next(r for r in records if r["type"] == "node" and r["labels"] == ["Claim"])
    assert set(node) == {"type", "id", "labels", "properties"}
    assert node["properties"]["id"] == node["id"]
    rel = next(r for r in records if r["type"] == "relationship" and r["label"] == "DEPENDS_ON")
    assert set(rel) == {"type", "id", "label", "start", "end", "properties"}
    assert rel["properties"] == {"id": rel["id"], "basis": "structural", "group": 0}
    assert rel["start"]["labels"] == ["Conclusion"]


def test_dumps_is_canonical(tiny_graph: DocumentGraph) -> None:
    records = list(graph_records(tiny_graph))
    assert dumps_records(records) == dumps_records(reversed(records))


def test_invalid_record_names_the_field(tiny_graph: DocumentGraph) -> None:
    records = list(graph_records(tiny_graph))
    claim = next(r for r in records if r["type"] == "node" and r["labels"] == ["Claim"])
    claim["properties"]["stance"] = "sideways"
    with pytest.raises(InputError, match="stance"):
        graphs_from_records(records)


def test_relationship_from_missing_node_is_refused(tiny_graph: DocumentGraph) -> None:
    records = [
        r for r in graph_records(tiny_graph) if not (r["type"] == "node" and r["labels"] == ["Document"])
    ]
    with pytest.raises(InputError, match="starts at unknown node document-"):
        graphs_from_records(records)


def test_node_of_missing_document_is_refused(tiny_graph: DocumentGraph) -> None:
    records = [r for r in graph_records(tiny_graph) if r["type"] == "node" and r["labels"] != ["Document"]]
    with pytest.raises(InputError, match="document that is not there"):
        graphs_from_records(records)
