"""End to end: texts in, validated graphs out (reference article and generality texts)."""

import json
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest
from factories import CORPUS, REFERENCE_ARTICLE

from argkg.errors import InputError
from argkg.ingest import ingest_paths, ingest_text
from argkg.ingest.reader import normalise
from argkg.schema import (
    Assumption,
    Basis,
    Claim,
    Conclusion,
    DocumentGraph,
    Evidence,
    Node,
    Polarity,
    RelType,
    Section,
    dumps_records,
    graph_records,
    stable_id,
)

TEXTS = Path(__file__).parent / "texts"
REFERENCE = REFERENCE_ARTICLE
GOLD = CORPUS / "annotations" / "000_91da3ad19ea60206.dev.json"

Gold = dict[str, Any]
#: Gold conditional markers that are concessives.
RHETORICAL = ("就算", "即使", "无论")


def edges(graph: DocumentGraph, rel_type: RelType) -> set[tuple[str, str]]:
    index = graph.node_index
    return {(_text(index[r.start]), _text(index[r.end])) for r in graph.relationships if r.type is rel_type}


def _text(node: Node) -> str:
    return str(getattr(node, "text", None) or getattr(node, "title", None) or getattr(node, "name", ""))


def claims(graph: DocumentGraph) -> dict[str, Claim]:
    return {c.text: c for c in graph.of_type(Claim)}


def assumptions(graph: DocumentGraph, origin: str) -> list[str]:
    return [a.text for a in graph.of_type(Assumption) if a.origin.value == origin]


@pytest.fixture(scope="module")
def reference() -> DocumentGraph:
    (graph,) = ingest_paths([REFERENCE])
    return graph


@pytest.fixture(scope="module")
def gold() -> Gold:
    data: Gold = json.loads(GOLD.read_text(encoding="utf-8"))
    return data


def _locate(text: str, quote: str) -> tuple[int, int]:
    needle = normalise(quote)
    start = text.find(needle)
    assert start >= 0, quote
    return start, start + len(needle)


def test_reference_sections(reference: DocumentGraph) -> None:
    sections = sorted(reference.of_type(Section), key=lambda s: s.ordinal)
    assert [(s.ordinal, s.kind.value) for s in sections] == [
        (0, "intro"),
        (1, "debate"),
        (2, "debate"),
        (3, "debate"),
        (4, "conclusion"),
        (5, "appendix"),
    ]
    assert len(assumptions(reference, "debate")) == 5  # three debates and two appendix questions


def test_reference_positions_have_the_gold_stance(reference: DocumentGraph, gold: Gold) -> None:
    text = reference.document.text
    blocks: dict[tuple[int, int], list[Claim]] = defaultdict(list)
    sections = reference.of_type(Section)
    for claim in reference.of_type(Claim):
        if claim.position is not None:
            section = next(s for s in sections if s.start <= claim.start < s.end)
            blocks[(section.ordinal, claim.position)].append(claim)
    for position in gold["positions"]:
        marker, _ = _locate(text, position["marker_quote"])
        main = _locate(text, position["main_claim_quote"])
        found = [
            block
            for block in blocks.values()
            if min(c.start for c in block) <= marker < max(c.end for c in block)
            and block[0].stance.value == position["stance"]
        ]
        assert len(found) == 1, position["marker_quote"]
        (head,) = [c for c in found[0] if c.role.value == "main"]
        assert head.start <= main[0] and main[1] <= head.end


def test_reference_conditional_recall(reference: DocumentGraph, gold: Gold) -> None:
    text = reference.document.text
    antecedents = [a for a in reference.of_type(Assumption) if a.origin.value == "conditional"]
    hits = 0
    # concessives (就算/即使…也, 无论…也) are rhetorical: their antecedents are no assumptions
    real = [c for c in gold["conditionals"] if not c["marker"].startswith(RHETORICAL)]
    assert len(real) == len(gold["conditionals"]) - 3
    for conditional in real:
        start, end = _locate(text, conditional["antecedent_quote"])
        hits += any(
            a.start is not None and a.end is not None and a.start < end and start < a.end for a in antecedents
        )
    assert hits / len(real) >= 0.85
    rhetorical = [c for c in gold["conditionals"] if c["marker"].startswith(RHETORICAL)]
    for conditional in rhetorical:
        start, end = _locate(text, conditional["antecedent_quote"])
        assert not any(
            a.start is not None and a.end is not None and a.start < end and start < a.end for a in antecedents
        )


def test_reference_captions_and_boilerplate_are_no_claims(reference: DocumentGraph, gold: Gold) -> None:
    text = reference.document.text
    spans = [_locate(text, n["quote"]) for n in gold["notes"] if n["kind"] in ("caption", "boilerplate")]
    for line in ("阅读原文", "继续阅读", "文章转载自海外独角兽"):
        spans.append(_locate(text, line))
    assert spans
    for claim in reference.of_type(Claim):
        assert not any(claim.start < end and start < claim.end for start, end in spans), claim.text


def test_reference_notes_are_notes(reference: DocumentGraph, gold: Gold) -> None:
    text = reference.document.text
    for note in gold["notes"]:
        if note["kind"] in ("author_note", "translator_note"):
            start, _ = _locate(text, note["quote"])
            (claim,) = [c for c in reference.of_type(Claim) if c.start <= start < c.end]
            assert claim.role.value == "note"
            assert any(r.type is RelType.ANNOTATES and r.start == claim.id for r in reference.relationships)


def test_reference_conclusions_with_credence(reference: DocumentGraph) -> None:
    credences = sorted(c.credence for c in reference.of_type(Conclusion) if c.credence is not None)
    assert credences == [0.3, 0.7, 0.7]  # the two alternatives, and the byline author's estimate
    debated = {a.id for a in reference.of_type(Assumption) if a.origin.value == "debate"}
    needs: dict[float | None, dict[str, tuple[str, str]]] = {}
    (section,) = [s for s in reference.of_type(Section) if s.kind.value == "conclusion"]
    for conclusion in reference.of_type(Conclusion):
        if conclusion.credence is None:
            continue
        edges = [r for r in reference.relationships if r.start == conclusion.id and r.end in debated]
        assert edges and all(r.polarity is not None and r.group == 0 for r in edges)
        if section.start <= conclusion.start < section.end:
            needs[conclusion.credence] = {r.end: (str(r.basis), str(r.polarity)) for r in edges}
        else:  # the intro's estimate: nothing links it, so it rests on every debated question
            assert len(edges) == 3 and {r.basis for r in edges} == {Basis.STRUCTURAL}
    # the 70% and 30% scenarios rest on the same questions with opposite answers
    assert needs[0.7].keys() == needs[0.3].keys()
    for question, (basis, polarity) in needs[0.7].items():
        opposite = {"affirm": "deny", "deny": "affirm"}[polarity]
        assert basis == "scenario" and needs[0.3][question] == ("scenario", opposite)


def test_reference_conclusion_section_keeps_judgements_only(reference: DocumentGraph) -> None:
    (section,) = [s for s in reference.of_type(Section) if s.kind.value == "conclusion"]
    inside = [n for n in reference.of_type(Claim) if section.start <= n.start < section.end]
    assert inside and all(c.stance.value == "neutral" for c in inside)
    drawn = [c for c in reference.of_type(Conclusion) if section.start <= c.start < section.end]
    first = min(inside, key=lambda c: c.start)
    assert first.role.value == "background" and first.start < min(c.start for c in drawn)
    (caveat,) = [c for c in inside if c.role.value == "note"]
    qualified = {
        r.end for r in reference.relationships if r.type is RelType.ANNOTATES and r.start == caveat.id
    }
    estimates = [c for c in drawn if c.credence is not None]
    assert len(estimates) == 2 and qualified == {c.id for c in estimates}
    assert all(caveat.start > c.end for c in estimates)


def test_ids_are_stable_and_the_document_id_is_the_contract(reference: DocumentGraph) -> None:
    (again,) = ingest_paths([REFERENCE])
    assert dumps_records(graph_records(again)) == dumps_records(graph_records(reference))
    assert reference.document.id == stable_id(reference.document.sha256, "Document", "")
    assert reference.document.source == str(REFERENCE)
    assert reference.document.title == REFERENCE.stem


def test_zh_rounds() -> None:
    graph = ingest_text((TEXTS / "zh_rounds.txt").read_text(encoding="utf-8"), source="zh_rounds.txt")
    assert graph.document.lang.value == "zh"
    assert graph.document.title == "四天工作制之争"
    sections = sorted(graph.of_type(Section), key=lambda s: s.ordinal)
    assert [(s.kind.value, s.question) for s in sections] == [
        ("intro", None),
        ("debate", "四天工作制会提高生产效率吗？"),
        ("debate", "四天工作制会不会损害客户服务？"),
        ("conclusion", None),
    ]
    found = claims(graph)
    assert "来源：某某周刊" not in found and "试点企业人数分布图" not in found
    stances = [(c.stance.value, c.role.value) for c in graph.of_type(Claim) if c.role.value == "main"]
    assert stances == [("pro", "main"), ("con", "main"), ("pro", "main"), ("con", "main"), ("pro", "main")]
    assert found["注：参加试点的公司大多是规模较小的服务业企业。"].role.value == "note"
    supports = edges(graph, RelType.SUPPORTS)
    attacks = edges(graph, RelType.ATTACKS)
    assert ("正方：长期数据同样支持四天工作制。", "四天工作制会提高生产效率") in supports
    assert (
        "反方：效率的提升只是短期现象，难以长期维持。",
        "正方：四天工作制会让员工更专注，生产效率不降反升。",
    ) in attacks
    assert ("正方：长期数据同样支持四天工作制。", "反方：效率的提升只是短期现象，难以长期维持。") in attacks
    assert set(assumptions(graph, "conditional")) >= {
        "员工休息充分",
        "新鲜感一过",
        "公司规模较小",
        "业务比较简单",
    }
    assert "公司安排轮班" not in assumptions(graph, "conditional")  # "即使 A 也 B" rests on no A
    groups = {
        (_text(graph.node_index[r.end]), r.group, r.basis)
        for r in graph.relationships
        if r.type is RelType.DEPENDS_ON and _text(graph.node_index[r.start]).startswith("如果公司规模")
    }
    assert groups == {("公司规模较小", 0, Basis.CONDITIONAL), ("业务比较简单", 1, Basis.CONDITIONAL)}
    restated = [
        (_text(graph.node_index[r.start])[:8], _text(graph.node_index[r.end]), r.polarity)
        for r in graph.relationships
        if r.basis is Basis.LEXICAL and isinstance(graph.node_index[r.start], Claim)
    ]
    assert restated == [("如果四天工作制能", "四天工作制会提高生产效率", Polarity.AFFIRM)]
    conclusions = {c.text: c.credence for c in graph.of_type(Conclusion)}
    assert conclusions["第一种，四天工作制在服务业逐步普及，可能性是 60%"] == 0.6
    assert conclusions["第二种，它只在少数行业里保留下来，可能性是 40%。"] == 0.4


def test_en_markdown_proponents_and_critics() -> None:
    (graph,) = ingest_paths([TEXTS / "en_markdown.md"])
    assert graph.document.lang.value == "en"
    assert graph.document.title == "The case for congestion pricing"
    assert [s.kind.value for s in sorted(graph.of_type(Section), key=lambda s: s.ordinal)] == [
        "intro",
        "debate",
        "debate",
        "conclusion",
    ]
    assert assumptions(graph, "debate") == [
        "congestion pricing will reduce traffic",
        "congestion pricing is fair",
    ]
    found = claims(graph)
    assert found["Critics reply that traffic returns once drivers get used to the fee."].stance.value == "con"
    assert (
        found[
            "Proponents respond that the revenue can fund cheaper buses, which poorer residents use most."
        ].role.value
        == "main"
    )
    assert not any(text.startswith(("Figure 1", "Read more")) for text in found)
    assert (
        "Note: several cities return part of the revenue as transit credits.",
        "Proponents respond that the revenue can fund cheaper buses, which poorer residents use most.",
    ) in edges(graph, RelType.ANNOTATES)
    assert set(assumptions(graph, "conditional")) == {"the fee is high enough", "public transport improves"}
    credences = sorted((c.text, c.credence) for c in graph.of_type(Conclusion))
    assert credences == [
        ("first, the charge spreads to most large cities, a 65% chance", 0.65),
        ("second, it stays a niche policy, a 35% chance.", 0.35),
    ]
    # the 65% and 35% scenarios rest on both questions, the first needing yes and the second no
    scenario = {
        (getattr(graph.node_index[r.start], "credence", None), _text(graph.node_index[r.end]), r.polarity)
        for r in graph.relationships
        if r.basis is Basis.SCENARIO
    }
    questions = assumptions(graph, "debate")
    assert scenario == {(0.65, q, Polarity.AFFIRM) for q in questions} | {
        (0.35, q, Polarity.DENY) for q in questions
    }


def test_zh_plain_without_headings_or_markers() -> None:
    graph = ingest_text((TEXTS / "zh_plain.txt").read_text(encoding="utf-8"), source="plain/zh_plain.txt")
    assert graph.document.title == "zh_plain"
    (section,) = graph.of_type(Section)
    assert (section.kind.value, section.ordinal) == ("other", 0)
    roles = [c.role.value for c in graph.of_type(Claim)]
    assert roles.count("main") == 1 and set(roles) == {"main", "premise"}
    assert {c.stance.value for c in graph.of_type(Claim)} <= {"pro", "con"}
    main = next(c for c in graph.of_type(Claim) if c.role.value == "main")
    for claim in graph.of_type(Claim):
        if claim is not main:
            kind = RelType.SUPPORTS if claim.stance is main.stance else RelType.ATTACKS
            assert (claim.text, main.text) in edges(graph, kind)
    assert assumptions(graph, "conditional") == ["政府提供补贴"]
    (conclusion,) = graph.of_type(Conclusion)
    assert conclusion.credence == 0.4


def test_en_plain_question_line_and_labels() -> None:
    (graph,) = ingest_paths([TEXTS / "en_plain.txt"], lang="en")
    assert assumptions(graph, "debate") == ["schools should replace homework with reading time"]
    mains = [(c.stance.value, c.text[:4]) for c in graph.of_type(Claim) if c.role.value == "main"]
    assert mains == [("pro", "Pro:"), ("con", "Con:")]
    (conclusion,) = graph.of_type(Conclusion)
    assert conclusion.credence == 0.3
    assert {
        _text(graph.node_index[r.end])
        for r in graph.relationships
        if r.start == conclusion.id and r.type is not RelType.CITES
    } == {"schools should replace homework with reading time"}
    cited = [
        graph.node_index[r.end]
        for r in graph.relationships
        if r.start == conclusion.id and r.type is RelType.CITES
    ]
    assert sorted((e.surface, e.value) for e in cited if isinstance(e, Evidence)) == [
        ("30%", 0.3),
        ("ten years", 10),
    ]


def test_zh_markdown_phrase_markers() -> None:
    (graph,) = ingest_paths([TEXTS / "zh_markdown.md"])
    assert graph.document.title == "机器翻译之辩"
    assert [s.kind.value for s in sorted(graph.of_type(Section), key=lambda s: s.ordinal)] == [
        "debate",
        "appendix",
    ]
    assert assumptions(graph, "debate") == ["机器翻译能取代人工翻译"]
    mains = [c.stance.value for c in graph.of_type(Claim) if c.role.value == "main"]
    assert mains == ["pro", "con", "pro"]
    assert claims(graph)["本文的讨论只涉及书面翻译。"].role.value == "background"


def test_batches_keep_order_across_languages() -> None:
    paths = [TEXTS / "en_plain.txt", TEXTS / "zh_plain.txt", TEXTS / "en_markdown.md"]
    graphs = ingest_paths(paths)
    assert [g.document.source for g in graphs] == [str(p) for p in paths]
    assert [g.document.lang.value for g in graphs] == ["en", "zh", "en"]


def test_every_evidence_is_cited_and_every_quote_holds(reference: DocumentGraph) -> None:
    cited = {r.end for r in reference.relationships if r.type is RelType.CITES}
    evidence = [n for n in reference.nodes if n.label.value == "Evidence"]
    assert {e.id for e in evidence} == cited
    for claim in reference.of_type(Claim):
        assert claim.text == reference.document.text[claim.start : claim.end] == claim.text.strip()


def test_empty_text_and_bad_language_are_input_errors() -> None:
    with pytest.raises(InputError, match="no text"):
        ingest_text(" \n\u200b", source="empty.txt")
    with pytest.raises(InputError, match="unknown language"):
        ingest_text("Some text.", source="x", lang="fr")


def _debate_needs(graph: DocumentGraph, start: str) -> set[tuple[str, int, Basis | None]]:
    debate = {a.id: a.text for a in graph.of_type(Assumption) if a.origin.value == "debate"}
    return {
        (debate[r.end], r.group or 0, r.basis)
        for r in graph.relationships
        if r.type is RelType.DEPENDS_ON and r.start == start and r.end in debate
    }


def test_reference_every_dependency_on_a_question_has_a_direction(reference: DocumentGraph) -> None:
    debate = {a.id for a in reference.of_type(Assumption) if a.origin.value == "debate"}
    edges = [r for r in reference.relationships if r.type is RelType.DEPENDS_ON and r.end in debate]
    assert edges and all(r.polarity is not None for r in edges)
    assert all(
        r.polarity is None
        for r in reference.relationships
        if r.type is RelType.DEPENDS_ON and r.end not in debate
    )


def test_reference_section_01_conclusions_rest_on_its_question_only(
    reference: DocumentGraph, gold: Gold
) -> None:
    for item in gold["conclusions"]:
        (conclusion,) = [c for c in reference.of_type(Conclusion) if normalise(item["quote"]) in c.text]
        assert {question for question, _, _ in _debate_needs(reference, conclusion.id)} == {
            "现有数据会被用光"
        }


def test_reference_a_conclusion_grounded_in_its_conditional(reference: DocumentGraph) -> None:
    (conclusion,) = [c for c in reference.of_type(Conclusion) if "self-play 或者合成数据" in c.text]
    # "如果 self-play 或者合成数据…不可行": each alternative brings the data question, nothing else
    assert _debate_needs(reference, conclusion.id) == {
        ("现有数据会被用光", 0, Basis.CONDITIONAL),
        ("现有数据会被用光", 1, Basis.CONDITIONAL),
    }


def test_reference_appendix_judgements_rest_on_no_debated_question(reference: DocumentGraph) -> None:
    (appendix,) = [s for s in reference.of_type(Section) if s.kind.value == "appendix"]
    inside = [c for c in reference.of_type(Conclusion) if appendix.start <= c.start < appendix.end]
    assert inside and all(not _debate_needs(reference, c.id) for c in inside)


def test_reference_dates_durations_and_counts_in_conclusions_and_claims_are_cited(
    reference: DocumentGraph,
) -> None:
    evidence = {e.id: e for e in reference.of_type(Evidence)}
    citers = {
        evidence[r.end].surface: reference.node_index[r.start].label.value
        for r in reference.relationships
        if r.type is RelType.CITES
    }
    assert {s: citers.get(s) for s in ("2040 年", "12 年", "一个月", "四个")} == {
        "2040 年": "Conclusion",
        "12 年": "Conclusion",
        "一个月": "Claim",
        "四个": "Claim",
    }
