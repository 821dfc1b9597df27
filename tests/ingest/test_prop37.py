"""The debated proposition in forms earlier cues missed: a Chinese title that asks its question
before a subtitle, a side's "我方坚定认为X" and a piece of writing that says what it argues ("This
article argues that X")."""

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


@pytest.mark.parametrize(
    ("line", "lang", "proposition", "author"),
    [
        ("我方坚定认为：社区食堂应当向所有居民开放。", Lang.ZH, "社区食堂应当向所有居民开放", Stance.PRO),
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
