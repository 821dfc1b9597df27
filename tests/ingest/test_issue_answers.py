"""Answers after who gives them, reported questions, and a stated question as a group's wording
(issue_side, linking, issues.yaml)."""

from argkg.ingest import ingest_text
from argkg.ingest.linking import link_all
from argkg.schema import Issue, IssueStance, RelType

EN_ISSUE = "Should councils paint cycle lanes green?"


def test_a_group_is_worded_by_the_question_a_document_answers_not_by_its_answer() -> None:
    texts = [
        "Should councils paint cycle lanes green? I think it is about time. Drivers would see the lanes "
        "from far away, and cyclists would feel safer on them.",
        "Green paint on cycle lanes costs a lot and wears off within a year. Councils should spend the "
        "money on fixing potholes in the lanes instead.",
        "Since our council painted the cycle lanes green, drivers have stopped parking in them, and I "
        "ride to work without weaving into traffic.",
    ]
    graphs = [ingest_text(text, source=f"lanes{n}.txt") for n, text in enumerate(texts)]
    linked = link_all(graphs, [])
    issues = {node.text for graph in linked for node in graph.nodes if isinstance(node, Issue)}
    assert issues == {EN_ISSUE}
    first = [
        r for r in linked[0].relationships if r.type is RelType.ON_ISSUE and r.start == graphs[0].document.id
    ]
    assert first and first[0].stance is IssueStance.PRO
