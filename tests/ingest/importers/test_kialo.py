"""Kialo exports: a thesis (the debate assumption) with its pro/con claim tree."""

from pathlib import Path

from argkg.graph import graphs_to_networkx
from argkg.ingest.importers.kialo import read_kialo
from argkg.queries import analyse, contested
from argkg.schema import Assumption, Claim, RelType, Role, Section

EXPORT = """Discussion Title: Should cities charge drivers for congestion?

1. Cities should charge drivers for congestion.
1.1. Pro: A charge cuts peak-hour traffic \\(by about a fifth\\).
1.1.1. Con: The effect fades within a few years.
1.1.1.1. Con: Prices can rise with congestion,
so the effect need not fade.
1.2. Con: The charge weighs most on low incomes.
1.2.1. Pro: -> See 1.1.1.
1.3. Pro: The revenue can fund buses.
"""


def _read(tmp_path: Path, text: str = EXPORT):
    path = tmp_path / "congestion.txt"
    path.write_text(text, encoding="utf-8")
    return read_kialo(path)[0]


def test_the_thesis_is_the_debate_assumption_of_the_section(tmp_path: Path) -> None:
    graph = _read(tmp_path)
    [thesis] = graph.of_type(Assumption)
    [section] = graph.of_type(Section)
    assert thesis.text == "Cities should charge drivers for congestion."
    assert thesis.origin.value == "debate"
    assert section.question == "Should cities charge drivers for congestion?"
    assert graph.document.title == section.question
    assert any(r.type is RelType.RAISES and r.end == thesis.id for r in graph.relationships)


def test_items_become_claims_with_sides_and_relations_from_the_tree(tmp_path: Path) -> None:
    graph = _read(tmp_path)
    claims = {c.text: c for c in graph.of_type(Claim)}
    assert len(claims) == 5
    cut = claims["A charge cuts peak-hour traffic (by about a fifth)."]
    fades = claims["The effect fades within a few years."]
    rises = claims["Prices can rise with congestion,\nso the effect need not fade."]
    incomes = claims["The charge weighs most on low incomes."]
    assert (cut.stance.value, cut.role) == ("pro", Role.MAIN)
    assert (fades.stance.value, fades.role) == ("con", Role.PREMISE)
    assert rises.stance.value == "pro"
    assert incomes.stance.value == "con"
    rels = {(r.type, r.start, r.end) for r in graph.relationships}
    thesis = graph.of_type(Assumption)[0].id
    assert (RelType.SUPPORTS, cut.id, thesis) in rels
    assert (RelType.ATTACKS, incomes.id, thesis) in rels
    assert (RelType.ATTACKS, fades.id, cut.id) in rels
    assert (RelType.SUPPORTS, fades.id, incomes.id) in rels  # the "-> See" line
    text = graph.document.text
    assert all(text[c.start : c.end] == c.text for c in claims.values())


def test_the_thesis_is_contested_after_analysis(tmp_path: Path) -> None:
    graph = analyse(_read(tmp_path))
    [row] = contested(graphs_to_networkx([graph]))
    # supporters: 1.1 and 1.3; attackers: 1.2 and, through its support of 1.2, 1.1.1
    assert (row.supports, row.attacks) == (2, 2)


def test_the_same_export_gives_the_same_ids(tmp_path: Path) -> None:
    first = _read(tmp_path)
    second = _read(tmp_path / ".." / tmp_path.name)
    assert first == second


def test_a_reference_to_the_thesis_adds_no_link(tmp_path: Path) -> None:
    graph = _read(tmp_path, "1. Thesis.\n1.1. Pro: A reason.\n1.1.1. Con: -> See 1.\n")
    assert len(graph.of_type(Claim)) == 1
    assert [r.type for r in graph.relationships if r.type in (RelType.SUPPORTS, RelType.ATTACKS)] == [
        RelType.SUPPORTS
    ]


def test_a_reference_before_its_item_does_not_decide_the_items_side(tmp_path: Path) -> None:
    graph = _read(
        tmp_path, "1. Thesis.\n1.1. Pro: A reason.\n1.1.1. Con: -> See 1.2.\n1.2. Pro: Another reason.\n"
    )
    [claim] = [c for c in graph.of_type(Claim) if c.text == "Another reason."]
    assert claim.stance.value == "pro"
