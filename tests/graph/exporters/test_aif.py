"""AIF export: the node and edge shapes AIFdb and OVA write, spans on the locutions."""

import json
from collections import Counter

from argkg.graph.exporters.aif import dumps_aif, graphs_to_aif
from argkg.schema import Claim, DocumentGraph, Relationship, RelType
from argkg.schema.aif import EXTENSION


def test_every_node_and_edge_has_the_aifdb_fields(tiny_graph: DocumentGraph) -> None:
    aif = json.loads(dumps_aif([tiny_graph]))
    assert set(aif) >= {"nodes", "edges", "locutions"}
    ids = {node["nodeID"] for node in aif["nodes"]}
    assert all({"nodeID", "text", "type"} <= set(node) for node in aif["nodes"])
    assert {node["type"] for node in aif["nodes"]} <= {"I", "RA", "CA", "L", "YA"}
    for edge in aif["edges"]:
        assert {edge["fromID"], edge["toID"]} <= ids
    assert len({edge["edgeID"] for edge in aif["edges"]}) == len(aif["edges"])


def test_claims_conclusions_assumptions_and_evidence_are_i_nodes(tiny_graph: DocumentGraph) -> None:
    aif = graphs_to_aif([tiny_graph])
    i_nodes = {node["nodeID"]: node for node in aif["nodes"] if node["type"] == "I"}
    expected = {
        n.id for n in tiny_graph.nodes if n.label.value in {"Claim", "Conclusion", "Assumption", "Evidence"}
    }
    assert set(i_nodes) == expected
    claim = tiny_graph.of_type(Claim)[0]
    assert i_nodes[claim.id]["text"] == claim.text
    assert i_nodes[claim.id][EXTENSION]["stance"] == "pro"


def test_support_is_an_ra_node_and_attack_a_ca_node(tiny_graph: DocumentGraph) -> None:
    claim = tiny_graph.of_type(Claim)[0]
    conclusion = next(n for n in tiny_graph.nodes if n.label.value == "Conclusion")
    attack = Relationship(type="ATTACKS", start=claim.id, end=conclusion.id)
    attacked = DocumentGraph(
        document=tiny_graph.document,
        nodes=tiny_graph.nodes,
        relationships=(*tiny_graph.relationships, attack),
    )
    aif = graphs_to_aif([attacked])
    by_id = {node["nodeID"]: node for node in aif["nodes"]}
    pairs = Counter()
    for into in aif["edges"]:
        scheme = by_id[into["toID"]]
        if scheme["type"] in ("RA", "CA") and into["fromID"] == claim.id:
            conclusion_edge = next(e for e in aif["edges"] if e["fromID"] == scheme["nodeID"])
            pairs[(scheme["type"], conclusion_edge["toID"])] += 1
    supported = next(r.end for r in tiny_graph.relationships if r.type is RelType.SUPPORTS)
    assert pairs == Counter({("RA", supported): 1, ("CA", conclusion.id): 1})


def test_a_dependency_group_is_one_ra_node_with_its_premises(tiny_graph: DocumentGraph) -> None:
    aif = graphs_to_aif([tiny_graph])
    conclusion = next(n for n in tiny_graph.nodes if n.label.value == "Conclusion")
    groups = [n for n in aif["nodes"] if n.get(EXTENSION, {}).get("type") == "DEPENDS_ON"]
    assert len(groups) == 1
    premises = [e for e in aif["edges"] if e["toID"] == groups[0]["nodeID"]]
    assert [e[EXTENSION]["basis"] for e in premises] == ["structural"]
    assert [e["toID"] for e in aif["edges"] if e["fromID"] == groups[0]["nodeID"]] == [conclusion.id]


def test_spanned_items_have_a_locution_quoting_the_span(tiny_graph: DocumentGraph) -> None:
    aif = graphs_to_aif([tiny_graph])
    text = tiny_graph.document.text
    locutions = {entry["nodeID"] for entry in aif["locutions"]}
    l_nodes = [node for node in aif["nodes"] if node["type"] == "L"]
    assert {node["nodeID"] for node in l_nodes} == locutions
    assert len(l_nodes) == sum(
        1 for n in tiny_graph.nodes if getattr(n, "start", None) is not None and n.label.value != "Section"
    )
    for node in l_nodes:
        span = node[EXTENSION]
        assert text[span["start"] : span["end"]] == node["text"]
        assert span["document"] == tiny_graph.document.id
