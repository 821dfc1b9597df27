"""Linking documents to shared issues: content matching, opposition, stance, overrides."""

from argkg.ingest import ingest_text
from argkg.ingest.linking import MATCH_THRESHOLD, content_terms, link_issues, opposed, similarity
from argkg.schema import Issue, IssueOverride, IssueStance, RelType

PRO = "Cities should ban cars from their centres. The air gets cleaner and the streets get quieter.\n"
CON = "Cars should not be banned from city centres. Shops lose customers and old people lose access.\n"
OTHER = "Sugary drinks should be taxed. The revenue pays for school sports.\n"
ZH = "城市应该禁止汽车进入市中心。空气会更干净。\n"


def _link(text: str, known: list[Issue], override: IssueOverride | None = None) -> tuple[Issue, IssueStance]:
    graph = link_issues(ingest_text(text, source=f"{hash(text)}.txt"), known, override=override)
    (issue,) = graph.of_type(Issue)
    (rel,) = [r for r in graph.relationships if r.type is RelType.ON_ISSUE and r.start == graph.document.id]
    assert rel.end == issue.id and rel.stance is not None
    return issue, rel.stance


def test_content_terms_drop_function_words_and_stem() -> None:
    assert content_terms("The cities are banning cars") == content_terms("city ban car")
    assert content_terms("城市应该禁止汽车") == {"城市", "禁止", "止汽", "汽车"}


def test_similarity_separates_questions() -> None:
    thesis = PRO.split(".")[0]
    assert similarity(thesis, CON.split(".")[0]) >= MATCH_THRESHOLD
    assert similarity(thesis, OTHER.split(".")[0]) < MATCH_THRESHOLD
    assert similarity("", thesis) == 0.0


def test_opposed_counts_negations_and_opposite_words() -> None:
    assert opposed("Cars should be banned", "Cars should not be banned")
    assert opposed("Cars should be banned", "Cars should be allowed")
    assert not opposed("Cars should not be banned", "Cars should be allowed")
    assert opposed("城市应该禁止汽车", "城市不应该禁止汽车")


def test_two_sides_of_one_question_share_an_issue_with_opposite_stances() -> None:
    first, first_stance = _link(PRO, [])
    second, second_stance = _link(CON, [first])
    third, _ = _link(OTHER, [first])
    assert second == first and third != first
    assert {first_stance, second_stance} == {IssueStance.PRO, IssueStance.CON}


def test_relinking_is_idempotent() -> None:
    graph = ingest_text(PRO, source="p.txt")
    once = link_issues(graph, [])
    assert link_issues(once, once.of_type(Issue)) == once


def test_overrides_assign_or_isolate_the_issue() -> None:
    asked = "Should cars be banned from city centres?"
    by_question, _ = _link(ZH, [], IssueOverride(question=asked))
    assert by_question.text == asked
    first, _ = _link(PRO, [])
    alone, _ = _link(CON, [first], IssueOverride(unlinked=True))
    assert alone != first
