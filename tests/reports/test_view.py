"""The view model holds what the report shows: sides, notes, numbers, matrix, cruxes, what-if."""

import pytest

from argkg.errors import InputError
from argkg.graph.networkx_graph import graphs_to_networkx
from argkg.queries import whatif
from argkg.reports import build_view
from argkg.reports.models import ClaimView, ReportView
from argkg.reports.render import render_view
from argkg.schema import Assumption, Conclusion, DocumentGraph, Relationship, RelType


@pytest.fixture(scope="module")
def zh_view(zh_debate) -> ReportView:
    return build_view(*zh_debate)


@pytest.fixture(scope="module")
def en_view(en_debate) -> ReportView:
    return build_view(*en_debate)


def _claims(view: ReportView) -> list[ClaimView]:
    return [c for s in view.sections for p in s.pro_positions + s.con_positions for c in p.claims]


def test_language_follows_the_document(zh_view: ReportView, en_view: ReportView) -> None:
    assert (zh_view.lang, zh_view.labels.text["summary"]) == ("zh", "概要")
    assert (en_view.lang, en_view.labels.text["summary"]) == ("en", "Summary")
    assert zh_view.title == "电动车补贴之争"


def test_language_can_be_chosen_and_must_exist(zh_debate) -> None:
    assert build_view(*zh_debate, lang="en").labels.text["summary"] == "Summary"
    with pytest.raises(InputError):
        build_view(*zh_debate, lang="xx")


def test_debated_sections_put_the_sides_apart(zh_view: ReportView) -> None:
    first, second = zh_view.sections
    assert first.question == "补贴能加快电动车普及吗?" and first.question_href
    assert [p.stance for p in first.pro_positions] == ["pro"] and [p.stance for p in first.con_positions] == [
        "con"
    ]
    assert first.pro_positions[0].claims[0].role == "main"
    assert (second.pro, second.con) == (1, 1)
    assert first.other == [] and all(s.title != "结论" for s in zh_view.sections)


def test_notes_sit_beside_the_claim_they_annotate(zh_view: ReportView) -> None:
    claims = _claims(zh_view)
    annotated = [c for c in claims if c.notes]
    assert [(c.text, [n.text for n in c.notes]) for c in annotated] == [
        ("补贴实施后的第一年,电动车销量增长了约 35%。", ["销量数据只包括私人购车。"])
    ]
    assert all(c.role != "note" for c in claims), "an attached note is not listed again as a claim"


def test_claims_carry_their_numbers_with_units(zh_view: ReportView) -> None:
    cited = {e.surface: e for c in _claims(zh_view) for e in c.evidence}
    assert set(cited) == {"35%", "90%", "300 亿元"}
    assert cited["35%"].quantity == "35%" and cited["35%"].approximate
    assert cited["300 亿元"].quantity == "3 × 10¹⁰ 元" and cited["300 亿元"].subject == "补贴的年度花费"


def test_matrix_marks_critical_contested_and_the_answer_needed(
    zh_view: ReportView, en_view: ReportView
) -> None:
    [block] = zh_view.matrix
    assert block.title is None
    assert [a.key for a in block.columns] == ["A1", "A2", "A3"]
    assert [a.contested for a in block.columns] == [True, True, False]
    assert [[(cell.state, cell.needs) for cell in row.cells] for row in block.rows] == [
        [("critical", "yes"), ("critical", "yes"), ("none", None)],
        [("critical", "no"), ("none", None), ("critical", "yes")],
    ]
    assert block.rows[1].cells[0].needs_label == "否"
    # C2 rests on A2 or A3 (two groups): neither alone is critical.
    en_rows = en_view.matrix[0].rows
    assert [cell.state for cell in en_rows[1].cells] == ["none", "depends", "depends"]
    assert en_rows[1].cells[2].basis_label == "conditional"


def _with_dependencies(graph: DocumentGraph, replaced: dict[tuple[str, str], Relationship]) -> DocumentGraph:
    """``graph`` with the DEPENDS_ON edges of the given (start, end) pairs replaced."""
    kept = [
        rel
        for rel in graph.relationships
        if not (rel.type is RelType.DEPENDS_ON and (rel.start, rel.end) in replaced)
    ]
    return DocumentGraph(
        document=graph.document, nodes=graph.nodes, relationships=(*kept, *replaced.values())
    )


@pytest.fixture(scope="module")
def split_en(en_graph, analyse_graphs) -> tuple[ReportView, list[str], list[str]]:
    """The English debate where A2 splits: C1 needs it answered no, C2 needs it answered yes."""
    graph = en_graph
    keys = {a.text: a.id for a in graph.of_type(Assumption)}
    c1, c2 = sorted(graph.of_type(Conclusion), key=lambda c: c.start)
    a1, a2, a3 = keys["Phones hurt learning"], keys["A ban can be enforced"], keys["lockers are affordable"]

    def dep(start: str, end: str, group: int, polarity: str | None = None) -> Relationship:
        return Relationship(
            type="DEPENDS_ON", start=start, end=end, basis="lexical", group=group, polarity=polarity
        )

    changed = _with_dependencies(
        graph, {(c1.id, a2): dep(c1.id, a2, 0, "deny"), (c2.id, a2): dep(c2.id, a2, 0, "affirm")}
    )
    built = analyse_graphs(changed)
    return build_view(*built), [c1.id, c2.id], [a1, a2, a3]


def test_splitting_cruxes_come_first_in_the_matrix_columns_and_rows(split_en) -> None:
    view, (c1, c2), (a1, a2, a3) = split_en
    [block] = view.matrix
    assert [a.id for a in block.columns] == [a2, a1, a3]
    assert [row.conclusion.id for row in block.rows] == [c2, c1], "the conclusion needing yes comes first"
    assert [(cell.state, cell.needs) for cell in block.rows[0].cells] == [
        ("critical", "yes"),
        ("none", None),
        ("critical", "yes"),
    ]
    top = view.cruxes[0]
    assert (top.assumption.id, top.splits, top.needs_yes, top.needs_no) == (a2, True, ["C2"], ["C1"])
    assert not any(crux.splits for crux in view.cruxes[1:])


def test_cruxes_say_what_falls_on_each_answer(zh_view: ReportView) -> None:
    assert [(x.assumption.key, x.splits) for x in zh_view.cruxes] == [
        ("A1", True),
        ("A2", False),
        ("A3", False),
    ]
    assert (zh_view.cruxes[0].needs_yes, zh_view.cruxes[0].needs_no) == (["C1"], ["C2"])
    [block] = zh_view.whatif
    rows = {row.conclusion.key: row.cells for row in block.rows}
    columns = [x.assumption.key for x in block.cruxes]
    assert dict(zip(columns, rows["C1"], strict=True)) == {
        "A1": "falls_if_no",
        "A2": "falls_if_no",
        "A3": "stands",
    }
    assert dict(zip(columns, rows["C2"], strict=True)) == {
        "A1": "falls_if_yes",
        "A2": "stands",
        "A3": "falls_if_no",
    }


@pytest.mark.parametrize("name", ["zh_debate", "en_debate", "hostile_debate"])
def test_the_whatif_table_read_off_the_labels_is_what_whatif_answers(name: str, request) -> None:
    graphs, G = request.getfixturevalue(name)
    view = build_view(graphs, G)
    cells = {
        (row.conclusion.id, crux.assumption.id): state
        for block in view.whatif
        for row in block.rows
        for crux, state in zip(block.cruxes, row.cells, strict=True)
    }
    assert len(cells) == len(view.conclusions) * len(view.cruxes)
    for crux in view.cruxes:
        rejected = set(whatif(G, reject=[crux.assumption.id]).falls)
        accepted = set(whatif(G, accept=[crux.assumption.id]).falls)
        for row in view.conclusions:
            expected = {
                (True, True): "falls",
                (True, False): "falls_if_no",
                (False, True): "falls_if_yes",
                (False, False): "stands",
            }[(row.id in rejected, row.id in accepted)]
            assert cells[(row.id, crux.assumption.id)] == expected, (crux.assumption.key, row.key)


def test_only_assumptions_something_rests_on_or_someone_argues_are_listed(en_graph, analyse_graphs) -> None:
    graph = en_graph
    idle = Assumption(
        id="assumption-idle", doc_id=graph.document.id, text="no matter how much fuel", origin="conditional"
    )
    view = build_view(*analyse_graphs(graph.model_copy(update={"nodes": (*graph.nodes, idle)})))
    assert "assumption-idle" not in {a.id for a in view.assumptions}
    assert [a.key for a in view.assumptions] == ["A1", "A2", "A3"]
    assert view.unlisted_assumptions == 1
    assert "1 more assumptions stay in the graph but are not listed" in render_view(view, fmt="md")


def test_evidence_is_grouped_by_kind_and_keeps_uncited_numbers(zh_view: ReportView) -> None:
    groups = {g.kind: [(r.evidence.surface, r.stance_label) for r in g.rows] for g in zh_view.evidence}
    assert groups == {
        "probability": [("60%", None)],
        "money": [("300 亿元", "反方")],
        "ratio": [("35%", "正方"), ("90%", "反方")],
    }


def test_every_link_points_at_a_marked_quote(zh_view: ReportView) -> None:
    def anchors(pieces: list) -> set[str]:
        found = set()
        for p in pieces:
            if p.type == "mark":
                found |= ({p.anchor} if p.anchor else set()) | anchors(p.pieces)
        return found

    marked = {a for d in zh_view.documents for para in d.paragraphs for a in anchors(para.pieces)}
    links = {c.href for c in _claims(zh_view)} | {e.href for c in _claims(zh_view) for e in c.evidence}
    links |= {c.href for c in zh_view.conclusions} | {n.href for c in _claims(zh_view) for n in c.notes}
    assert {link.removeprefix("#") for link in links} <= marked


def test_picture_has_every_column(zh_view: ReportView) -> None:
    picture = zh_view.picture
    assert picture is not None
    kinds = {n.kind for n in picture.nodes}
    assert {"claim-pro", "claim-con", "assumption-contested", "assumption", "conclusion"} <= kinds
    assert {e.kind for e in picture.edges} == {"supports", "attacks", "depends", "depends-no"}


def test_several_documents_get_a_block_each_not_a_square(zh_debate, en_debate) -> None:
    graphs = [*zh_debate[0], *en_debate[0]]
    view = build_view(graphs, graphs_to_networkx(graphs))
    assert [block.title for block in view.matrix] == ["电动车补贴之争", "Should schools ban phones?"]
    assert [[row.conclusion.key for row in block.rows] for block in view.matrix] == [
        ["C1", "C2"],
        ["C3", "C4"],
    ]
    assert [[a.key for a in block.columns] for block in view.matrix] == [
        ["A1", "A2", "A3"],
        ["A4", "A5", "A6"],
    ]
    assert [[x.assumption.key for x in block.cruxes] for block in view.whatif] == [
        ["A1", "A2", "A3"],
        ["A5", "A4"],
    ]


def test_a_bound_that_is_hit_is_said_and_the_rest_still_shown(en_debate) -> None:
    """C2 rests on A2 or A3 (two environments): past a bound of one, C1 is still analysed."""
    view = build_view(*en_debate, max_environments=1)
    assert view.unanalysed == ["C2"]
    assert [[row.conclusion.key for row in block.rows] for block in view.matrix] == [["C1"]]
    assert [[row.conclusion.key for row in block.rows] for block in view.whatif] == [["C1"]]
    assert "of 1: C2" in render_view(view, fmt="md")
    assert build_view(*en_debate).unanalysed == []
