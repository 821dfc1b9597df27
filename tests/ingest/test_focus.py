"""The focus sentence of a topic profile and theses that only point back (argkg.ingest.topics,
argkg.ingest.issue_terms.anaphoric, argkg.ingest.linking)."""

from pathlib import Path

import pytest

from argkg.ingest import ingest_paths, topics
from argkg.ingest.issue_terms import anaphoric
from argkg.ingest.linking import _focus, _sides
from argkg.schema import DocumentGraph, IssueStance

STOP = frozenset({"the", "is", "and", "are", "a", "to", "for"})


@pytest.mark.parametrize(
    "text",
    [
        "That is why I back it.",
        "Of course they must.",
        "No.",
        "I'm not convinced.",
        "It works.",
        "因此我赞成这个做法。",
        "我不赞成。",
        "这样的想法很好。",
    ],
)
def test_a_thesis_that_only_points_back_is_anaphoric(text: str) -> None:
    assert anaphoric(text)


@pytest.mark.parametrize(
    "text",
    [
        "They should tax private jets.",
        "Libraries deserve more money.",
        "This city needs more cycle lanes and safer crossings.",
        "图书馆应该延长开放时间。",
        "这个城市需要更多自行车道。",
    ],
)
def test_a_thesis_that_names_its_topic_is_not_anaphoric(text: str) -> None:
    assert not anaphoric(text)


def test_the_focus_sentence_weighs_in_place_of_the_first() -> None:
    text = "My uncle drove a lorry. Ferries should be free. Tickets cost too much."
    plain = topics.profile(text, stop_words=STOP, suffixes=("s",))
    focused = topics.profile(text, stop_words=STOP, suffixes=("s",), focus="Ferries should be free.")
    assert plain.count("lorri") == 2 and plain.count("ferrie") == 1
    assert focused.count("lorri") == 1 and focused.count("ferrie") == 2


def test_a_focus_without_a_term_leaves_the_first_sentence_weighed() -> None:
    text = "Ferries should be free. Tickets cost too much."
    assert topics.profile(text, stop_words=STOP, suffixes=("s",), focus="?") == topics.profile(
        text, stop_words=STOP, suffixes=("s",)
    )


def _graph(tmp_path: Path, name: str, text: str) -> DocumentGraph:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return ingest_paths([path])[0]


def test_an_answer_alone_is_no_focus(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "a.txt",
        "我爷爷养了四十年蜜蜂。公园应不应该禁止喷洒农药？我认为应该。草地一喷药，蜜蜂就死了。\n",
    )
    assert all(anaphoric(p.text) for p in _sides(graph))
    assert _focus(graph) is None


@pytest.mark.parametrize(
    ("name", "text"),
    [
        (
            "en.txt",
            "Sunday opening for libraries has been debated for years. Families read together at weekends. "
            "Students need quiet rooms. Therefore, I strongly support it.\n",
        ),
        (
            "zh.txt",
            "周日开放图书馆的事讨论了很多年。很多家庭只有周末才有时间一起读书。所以，我坚决支持这个做法。\n",
        ),
    ],
)
def test_a_conclusion_that_only_points_back_is_no_focus(tmp_path: Path, name: str, text: str) -> None:
    graph = _graph(tmp_path, name, text)
    assert _sides(graph) and all(anaphoric(p.text) for p in _sides(graph))
    assert _focus(graph) is None


def test_a_first_claim_the_text_takes_no_side_on_is_no_focus(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path, "d.txt", "The reading room opens at nine on weekdays. Its roof was repaired in spring.\n"
    )
    assert [p.side for p in _sides(graph)] == [IssueStance.NEUTRAL]
    assert _focus(graph) is None
