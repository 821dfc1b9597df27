"""The view model holds what the report shows: sides, notes, numbers, matrix, cruxes, what-if."""

import pytest

from argkg.errors import InputError
from argkg.reports import build_view
from argkg.reports.models import ClaimView, ReportView


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


def test_matrix_marks_critical_and_contested(zh_view: ReportView, en_view: ReportView) -> None:
    assert [a.key for a in zh_view.matrix_columns] == ["A1", "A2", "A3"]
    assert [a.contested for a in zh_view.matrix_columns] == [True, True, False]
    assert [[cell.state for cell in row.cells] for row in zh_view.matrix] == [
        ["critical", "critical", "none"],
        ["critical", "none", "critical"],
    ]
    # C2 rests on A2 or A3 (two groups): neither alone is critical.
    assert [cell.state for cell in en_view.matrix[1].cells] == ["none", "depends", "depends"]
    assert en_view.matrix[1].cells[2].basis_label == "conditional"


def test_cruxes_and_what_falls_without_each(zh_view: ReportView) -> None:
    assert [x.assumption.key for x in zh_view.cruxes][:2] == ["A1", "A2"]
    assert zh_view.cruxes[0].conclusions == ["C1", "C2"]
    rows = {row.conclusion.key: row.falls for row in zh_view.whatif}
    columns = [x.assumption.key for x in zh_view.cruxes]
    assert dict(zip(columns, rows["C1"], strict=True)) == {"A1": True, "A2": True, "A3": False}
    assert dict(zip(columns, rows["C2"], strict=True)) == {"A1": False, "A2": False, "A3": True}


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
    assert {e.kind for e in picture.edges} == {"supports", "attacks", "depends"}
