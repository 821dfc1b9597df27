"""The debated proposition in forms earlier cues missed: a Chinese title that asks its question
before a subtitle, a guide whose caveats and purposes argue nothing, a thesis in the first person
plural ("我们认为X") that is no answer to a concern named before it ("这些顾虑…"), and a piece of
writing that says what it argues ("This article argues that X")."""

from pathlib import Path

import pytest

from argkg.ingest import ingest_paths
from argkg.ingest.proposition import match_proposition
from argkg.ingest.questions import is_informational
from argkg.schema import Assumption, AssumptionOrigin, Lang, Stance

TEXTS = Path(__file__).parent / "texts" / "prop37"


def _debated(name: str) -> list[str]:
    (graph,) = ingest_paths([TEXTS / name])
    return [a.text for a in graph.of_type(Assumption) if a.origin is AssumptionOrigin.DEBATE]


def test_a_chinese_title_asks_its_question_before_a_subtitle() -> None:
    # an explainer's title question, not one of its Q&A steps ("…怎么看?") nor its subtitle
    (debated,) = _debated("zh_kuaixun_chongdianzhuang.txt")
    assert "小区地下车库要装充电桩" in debated
    assert "？" not in debated and "这里" not in debated


def test_a_guide_with_caveats_and_purposes_argues_nothing() -> None:
    # "X, but Y" and "so that Y" qualify its facts and instructions; no sentence takes a stance
    assert _debated("en_guide_lockers.txt") == []


@pytest.mark.parametrize(
    ("line", "lang", "proposition", "author"),
    [
        ("对此，我们认为社区食堂应当向所有居民开放。", Lang.ZH, "社区食堂应当向所有居民开放", Stance.PRO),
        (
            "This article argues that night buses should run every hour.",
            Lang.EN,
            "night buses should run every hour",
            Stance.PRO,
        ),
    ],
)
def test_a_thesis_cue(line: str, lang: Lang, proposition: str, author: Stance) -> None:
    found = match_proposition(line, lang, heading=False)
    assert found is not None and found.kind == "thesis"
    assert (found.proposition, found.author) == (proposition, author)


@pytest.mark.parametrize(
    "line",
    [
        # an answer to the concerns named before it, and a merit granted before the answer
        "对此，我们认为这些顾虑并不难消除。",
        "我们认为，这种担心有一定道理。",
    ],
)
def test_a_view_that_leans_on_an_earlier_sentence_is_no_proposition(line: str) -> None:
    found = match_proposition(line, Lang.ZH, heading=False)
    assert found is None or not found.fit


@pytest.mark.parametrize(
    ("question", "informational"),
    [
        # an explainer's step that asks what one side or group says reports their words
        ("问：支持方怎么看？", True),
        ("专家怎么说？", True),
        # the reader's view of a proposition is still asked for
        ("你怎么看？", False),
        ("如何看待景区门票降价？", False),
    ],
)
def test_what_a_group_thinks_is_asked_for_information(question: str, informational: bool) -> None:
    assert is_informational(question, Lang.ZH) is informational
