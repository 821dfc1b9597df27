"""AIF from other tools (AIFdb, OVA): I-nodes as claims, RA as support, CA as attack."""

import json
from pathlib import Path

from argkg.ingest.importers.aif import read_aif
from argkg.schema import Claim, RelType, Role

#: A small AIFdb-style map: 1 is supported by 2 (through RA 10), 3 attacks 2 (CA 11),
#: 4 undercuts the inference 10 (CA 12); 20/21 are the locution and illocution of 1.
AIFDB = {
    "nodes": [
        {
            "nodeID": "1",
            "text": "Cities should charge drivers",
            "type": "I",
            "timestamp": "2020-01-01 10:00:00",
        },
        {"nodeID": "2", "text": "A charge cuts traffic", "type": "I", "timestamp": "2020-01-01 10:00:00"},
        {"nodeID": "3", "text": "The effect fades", "type": "I", "timestamp": "2020-01-01 10:00:00"},
        {"nodeID": "4", "text": "Traffic would have fallen anyway", "type": "I", "timestamp": ""},
        {"nodeID": "10", "text": "Default Inference", "type": "RA", "timestamp": ""},
        {"nodeID": "11", "text": "Default Conflict", "type": "CA", "timestamp": ""},
        {"nodeID": "12", "text": "Default Conflict", "type": "CA", "timestamp": ""},
        {"nodeID": "20", "text": "Ann : Cities should charge drivers", "type": "L", "timestamp": ""},
        {"nodeID": "21", "text": "Asserting", "type": "YA", "timestamp": ""},
    ],
    "edges": [
        {"edgeID": 1, "fromID": "2", "toID": "10", "formEdgeID": None},
        {"edgeID": 2, "fromID": "10", "toID": "1", "formEdgeID": None},
        {"edgeID": 3, "fromID": "3", "toID": "11", "formEdgeID": None},
        {"edgeID": 4, "fromID": "11", "toID": "2", "formEdgeID": None},
        {"edgeID": 5, "fromID": "4", "toID": "12", "formEdgeID": None},
        {"edgeID": 6, "fromID": "12", "toID": "10", "formEdgeID": None},
        {"edgeID": 7, "fromID": "20", "toID": "21", "formEdgeID": None},
        {"edgeID": 8, "fromID": "21", "toID": 1, "formEdgeID": None},
    ],
    "locutions": [
        {"nodeID": "20", "personID": "1", "timestamp": "2020-01-01 10:00:00", "start": None, "end": None}
    ],
}


def test_a_foreign_aif_map_becomes_a_debate(tmp_path: Path) -> None:
    path = tmp_path / "map.json"
    path.write_text(json.dumps(AIFDB), encoding="utf-8")
    graph = read_aif(path)[0]
    claims = {c.text: c for c in graph.of_type(Claim)}
    assert set(claims) == {
        "Cities should charge drivers",
        "A charge cuts traffic",
        "The effect fades",
        "Traffic would have fallen anyway",
    }
    assert claims["Cities should charge drivers"].role is Role.MAIN
    assert claims["A charge cuts traffic"].stance.value == "pro"
    assert claims["The effect fades"].stance.value == "con"
    rels = {
        (r.type, r.start, r.end) for r in graph.relationships if r.type in (RelType.SUPPORTS, RelType.ATTACKS)
    }
    ids = {text: c.id for text, c in claims.items()}
    assert rels == {
        (RelType.SUPPORTS, ids["A charge cuts traffic"], ids["Cities should charge drivers"]),
        (RelType.ATTACKS, ids["The effect fades"], ids["A charge cuts traffic"]),
        (RelType.ATTACKS, ids["Traffic would have fallen anyway"], ids["A charge cuts traffic"]),
    }
    assert graph.document.title == "map"


def test_xaif_wraps_the_same_map(tmp_path: Path) -> None:
    plain, wrapped = tmp_path / "map.json", tmp_path / "xaif.json"
    plain.write_text(json.dumps(AIFDB), encoding="utf-8")
    wrapped.write_text(json.dumps({"AIF": AIFDB, "text": "the source text"}), encoding="utf-8")
    [first], [second] = read_aif(plain), read_aif(wrapped)
    assert [c.text for c in first.of_type(Claim)] == [c.text for c in second.of_type(Claim)]
    assert len(first.relationships) == len(second.relationships)


def test_a_conflict_added_in_an_aif_tool_becomes_an_attack(tiny_graph, tmp_path: Path) -> None:
    from argkg.graph.exporters.aif import graphs_to_aif

    aif = graphs_to_aif([tiny_graph])
    claim = tiny_graph.of_type(Claim)[0]
    conclusion = next(n for n in tiny_graph.nodes if n.label.value == "Conclusion")
    aif["nodes"].append({"nodeID": "ova-1", "text": "Default Conflict", "type": "CA"})
    aif["edges"] += [
        {"edgeID": 900, "fromID": claim.id, "toID": "ova-1"},
        {"edgeID": 901, "fromID": "ova-1", "toID": conclusion.id},
    ]
    path = tmp_path / "edited.json"
    path.write_text(json.dumps(aif), encoding="utf-8")
    [graph] = read_aif(path)
    assert (RelType.ATTACKS, claim.id, conclusion.id) in {
        (r.type, r.start, r.end) for r in graph.relationships
    }
    assert len(graph.relationships) == len(tiny_graph.relationships) + 1
