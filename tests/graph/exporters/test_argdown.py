"""Argdown export: the official Argdown CLI parses it to a map with argkg's statements and relations."""

import re
from typing import Any

import pytest
from argdown_cli import parse_argdown
from factories import EXAMPLES, REFERENCE_ARTICLE

from argkg.graph.exporters.argdown import graphs_to_argdown, statement_titles
from argkg.ingest import ingest_paths
from argkg.schema import Claim, DocumentGraph, RelType, Section
from argkg.schema.aif import I_TEXT


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[DocumentGraph], dict[str, Any]]:
    """The examples and the reference article, exported and parsed by the Argdown CLI."""
    graphs = ingest_paths([*EXAMPLES, REFERENCE_ARTICLE])
    path = tmp_path_factory.mktemp("argdown") / "debates.argdown"
    path.write_text(graphs_to_argdown(graphs), encoding="utf-8")
    return graphs, parse_argdown(path)


def _text(statement: dict[str, Any]) -> str:
    texts = [m.get("text") or "" for m in statement.get("members", [])]
    text = " ".join(next((t for t in texts if t.strip()), "").split())
    return re.sub(r" #(pro|con)$", "", text)


def test_every_statement_is_there_with_its_text(exported: tuple[list[DocumentGraph], dict[str, Any]]) -> None:
    graphs, parsed = exported
    titles = statement_titles(graphs)
    nodes = {n.id: n for g in graphs for n in g.nodes}
    expected = {titles[i]: " ".join(str(getattr(nodes[i], I_TEXT[nodes[i].label])).split()) for i in titles}
    assert {title: _text(s) for title, s in parsed["statements"].items()} == expected


def test_supports_attacks_and_citations_are_the_relations(
    exported: tuple[list[DocumentGraph], dict[str, Any]],
) -> None:
    graphs, parsed = exported
    titles = statement_titles(graphs)
    expected = set()
    for graph in graphs:
        for rel in graph.relationships:
            if rel.type is RelType.SUPPORTS:
                expected.add((titles[rel.start], titles[rel.end], "support"))
            elif rel.type is RelType.ATTACKS:
                expected.add((titles[rel.start], titles[rel.end], "attack"))
            elif rel.type is RelType.CITES:
                expected.add((titles[rel.end], titles[rel.start], "support"))
    got = {(r["from"], r["to"], r["relationType"]) for r in parsed["relations"]}
    assert got == expected
    map_edges = {
        (e["fromEquivalenceClass"], e["toEquivalenceClass"], e["relationType"])
        for e in parsed["map"]["edges"]
        if e["fromEquivalenceClass"] != e["toEquivalenceClass"]
    }
    assert expected <= map_edges


def test_each_conclusion_comes_with_its_premises(
    exported: tuple[list[DocumentGraph], dict[str, Any]],
) -> None:
    graphs, parsed = exported
    titles = statement_titles(graphs)
    expected = {}
    for graph in graphs:
        for rel in graph.relationships:
            if rel.type is RelType.DEPENDS_ON:
                key = f"{titles[rel.start]} rests on {rel.group + 1}"
                expected.setdefault(key, set()).add(titles[rel.end])
    assert len(expected) > 10
    arguments = parsed["arguments"]
    assert set(arguments) == set(expected)
    for title, premises in expected.items():
        pcs = arguments[title]["pcs"]
        assert {step["title"] for step in pcs[:-1]} == premises
        assert pcs[-1]["title"] == title.split(" rests on ")[0]


def test_sections_are_the_map_groups(exported: tuple[list[DocumentGraph], dict[str, Any]]) -> None:
    graphs, parsed = exported
    groups = set()

    def walk(nodes: list[dict[str, Any]]) -> None:
        for node in nodes:
            if node["type"] == "group-map-node":
                groups.add(node["title"])
                walk(node.get("children", []))

    walk(parsed["map"]["nodes"])
    debated = {s.title for g in graphs for s in g.of_type(Section) if s.kind.value == "debate"}
    assert debated <= groups
    assert {g.document.title for g in graphs} <= groups


def test_claims_carry_their_side_as_a_tag(exported: tuple[list[DocumentGraph], dict[str, Any]]) -> None:
    graphs, parsed = exported
    titles = statement_titles(graphs)
    expected = {
        titles[c.id]: [c.stance.value]
        for g in graphs
        for c in g.of_type(Claim)
        if c.stance.value != "neutral"
    }
    tags = {title: s.get("tags") for title, s in parsed["statements"].items() if s.get("tags")}
    assert tags == expected
    assert {"pro", "con"} <= set(parsed["tags"])
