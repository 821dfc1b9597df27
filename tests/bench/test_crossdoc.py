"""The cross-document benchmark's scorers, on hand-made assignments, and its corpus's gold."""

from pathlib import Path

import pytest
import yaml

from argkg.bench.crossdoc import (
    CORPUS,
    CROSSDEV,
    CROSSDEV3,
    CROSSDEV4,
    CROSSDEV5,
    CROSSDEV6,
    GROUP30,
    Assignment,
    missed_pairs,
    pairwise,
    same_questions,
    score_pooled,
    stance_accuracy,
)
from argkg.ingest import ingest_paths
from argkg.schema import IssueStance

GOLD = {"a": "q1", "b": "q1", "c": "q2", "d": "q2"}
STANCES = {"a": "pro", "b": "con", "c": "pro", "d": "con"}


def test_pairwise_counts_same_issue_pairs() -> None:
    perfect = [Assignment(n, GOLD[n], IssueStance.PRO) for n in GOLD]
    assert pairwise(perfect, GOLD)["f1"] == 1.0
    merged = [Assignment(n, "x", IssueStance.PRO) for n in GOLD]
    scores = pairwise(merged, GOLD)
    assert (scores["precision"], scores["recall"]) == (2 / 6, 1.0)
    apart = [Assignment(n, None, IssueStance.PRO) for n in GOLD]
    assert pairwise(apart, GOLD)["recall"] == 0.0


def test_stance_accuracy_is_up_to_each_issues_orientation() -> None:
    flipped = [
        Assignment("a", "i", IssueStance.CON),
        Assignment("b", "i", IssueStance.PRO),
        Assignment("c", "j", IssueStance.PRO),
        Assignment("d", "j", IssueStance.MIXED),
    ]
    assert stance_accuracy(flipped, STANCES) == 3 / 4


def test_the_corpus_has_both_languages_and_a_gold_line_per_text() -> None:
    gold = yaml.safe_load((CORPUS / "gold.yaml").read_text(encoding="utf-8"))
    texts = sorted(p.stem for p in CORPUS.glob("*.txt"))
    assert texts == sorted(gold["documents"]) and len(texts) >= 30
    assert len({d["question"] for d in gold["documents"].values()}) >= 5
    assert {d["question"] for d in gold["documents"].values()} <= set(gold["questions"])
    zh = [
        t for t in texts if any("\u4e00" <= ch <= "\u9fff" for ch in (CORPUS / f"{t}.txt").read_text("utf-8"))
    ]
    assert 0 < len(zh) < len(texts)


def test_the_second_dev_set_pairs_languages_on_some_questions() -> None:
    gold = yaml.safe_load((CROSSDEV / "gold.yaml").read_text(encoding="utf-8"))
    texts = sorted(p.stem for p in CROSSDEV.glob("*.txt"))
    assert texts == sorted(gold["documents"]) and len(texts) >= 40
    questions = {d["question"] for d in gold["documents"].values()}
    assert len(questions) >= 8 and questions <= set(gold["questions"])
    langs: dict[str, set[bool]] = {}
    for name, entry in gold["documents"].items():
        text = (CROSSDEV / f"{name}.txt").read_text(encoding="utf-8")
        langs.setdefault(entry["question"], set()).add(any("\u4e00" <= ch <= "\u9fff" for ch in text))
    assert sum(found == {True, False} for found in langs.values()) >= 3
    assert {True} in langs.values() and {False} in langs.values()


@pytest.mark.parametrize(
    ("folder", "least_stated"),
    [(CROSSDEV3, 1), (CROSSDEV4, 1), (CROSSDEV5, 0)],
    ids=["crossdev3", "crossdev4", "crossdev5"],
)
def test_the_fourth_to_sixth_dev_sets_mostly_leave_their_questions_unstated(
    folder: Path, least_stated: int
) -> None:
    """crossdev3, crossdev4 and crossdev5 measure stance where the question's wording is absent:
    most texts never state it (crossdev5 none in the gold's own words), every question has both
    sides, and one question is argued in both languages."""
    gold = yaml.safe_load((folder / "gold.yaml").read_text(encoding="utf-8"))
    texts = sorted(p.stem for p in folder.glob("*.txt"))
    assert texts == sorted(gold["documents"]) and len(texts) >= 30
    entries = gold["documents"]
    assert {d["question"] for d in entries.values()} == set(gold["questions"])
    assert all(d["stance"] in ("pro", "con") for d in entries.values())
    sides: dict[str, set[str]] = {}
    langs: dict[str, set[bool]] = {}
    stated = 0
    for name, entry in entries.items():
        text = (folder / f"{name}.txt").read_text(encoding="utf-8")
        sides.setdefault(entry["question"], set()).add(entry["stance"])
        langs.setdefault(entry["question"], set()).add(any("\u4e00" <= ch <= "\u9fff" for ch in text))
        stated += gold["questions"][entry["question"]] in text
    assert all(found == {"pro", "con"} for found in sides.values())
    assert sum(found == {True, False} for found in langs.values()) >= 1
    assert least_stated <= stated < len(texts) / 3


def test_the_seventh_dev_set_holds_one_sided_texts_of_every_shape() -> None:
    """crossdev6 measures the stance of one-sided short texts: every question argued on both
    sides and about half the texts con, one question in both languages, few texts stating their
    question in the gold's words, and several opening with a question they then answer."""
    gold = yaml.safe_load((CROSSDEV6 / "gold.yaml").read_text(encoding="utf-8"))
    entries = gold["documents"]
    assert sorted(p.stem for p in CROSSDEV6.glob("*.txt")) == sorted(entries) and len(entries) >= 25
    sides: dict[str, set[str]] = {}
    langs: dict[str, set[bool]] = {}
    stated = opening_questions = 0
    for name, entry in entries.items():
        text = (CROSSDEV6 / f"{name}.txt").read_text(encoding="utf-8")
        sides.setdefault(entry["question"], set()).add(entry["stance"])
        langs.setdefault(entry["question"], set()).add(any("\u4e00" <= ch <= "\u9fff" for ch in text))
        stated += gold["questions"][entry["question"]] in text
        opening_questions += any(mark in text.split("\n")[0][:60] for mark in "?？")
    assert all(found == {"pro", "con"} for found in sides.values())
    assert 0.4 <= sum(e["stance"] == "con" for e in entries.values()) / len(entries) <= 0.6
    assert sum(found == {True, False} for found in langs.values()) >= 1
    assert stated < len(entries) / 2 and opening_questions >= 4


def test_missed_pairs_name_what_makes_a_pair_hard(tmp_path: Path) -> None:
    """Gold that pairs each zoo text with a parking text: the pairs argkg keeps apart are the
    misses, by kind (one language and no shared word; two languages), and the two zoo texts it
    puts together, on different gold questions, are a false merge, never a miss."""
    texts = {
        "a": "Zoos keep lions in small cages for visitors. I think that is cruel and it should stop.",
        "b": "我反对开设动物园。狮子整天关在小笼子里，太残忍了。",
        "c": "Parking fees in the town centre are too high. Lower them and the shops will come back.",
    }
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    names = sorted(texts)
    gold = {"a": {"question": "q1"}, "b": {"question": "q2"}, "c": {"question": "q1"}}
    found = missed_pairs(names, ingest_paths([tmp_path / f"{n}.txt" for n in names]), gold)
    assert [(p.first, p.second, p.question, p.kinds) for p in found] == [
        ("a", "c", "q1", ("no shared word", "short"))
    ]
    gold = {"a": {"question": "q1"}, "b": {"question": "q2"}, "c": {"question": "q2"}}
    found = missed_pairs(names, ingest_paths([tmp_path / f"{n}.txt" for n in names]), gold)
    assert [(p.first, p.second, p.kinds) for p in found] == [("b", "c", ("zh/en", "short"))]


def test_pooled_sets_keep_their_questions_apart(tmp_path: Path) -> None:
    """Two sets that both call their question ``q1`` are two questions when pooled: the same
    pair of texts in each set makes two gold pairs, and linking all four as one issue would be
    four false merges, so the pooled figures count every document and both questions."""
    texts = {
        "a": "Zoos keep lions in small cages for visitors. I think that is cruel and zoos should close.",
        "b": "Zoos protect animals that would die out in the wild. Keep the zoos open, I say.",
    }
    folders = []
    for index in range(2):
        folder = tmp_path / f"set{index}"
        folder.mkdir()
        for name, text in texts.items():
            (folder / f"{name}.txt").write_text(text, encoding="utf-8")
        documents = {"a": {"question": "q1", "stance": "con"}, "b": {"question": "q1", "stance": "pro"}}
        (folder / "gold.yaml").write_text(yaml.safe_dump({"documents": documents}), encoding="utf-8")
        folders.append(folder)
    pooled = score_pooled(folders)
    assert pooled["documents"] == 4 and pooled["questions"] == 2
    assert isinstance(pooled["all"], dict) and pooled["all"]["precision"] < 1.0
    joined = score_pooled(folders, {"set1:q1": "set0:q1"})
    assert joined["questions"] == 1 and joined["all"] == {**pooled["all"], "precision": 1.0, "f1": 1.0}


def test_every_same_question_group_names_questions_of_the_development_sets() -> None:
    """A group names existing questions of two different sets, never the validation or blind
    set."""
    data = Path(__file__).resolve().parents[2] / "bench" / "data"
    same = same_questions()
    for member, canonical in same.items():
        name, question = member.split(":")
        assert name not in {"fresh30", "fresh31"}
        assert question in yaml.safe_load((data / name / "crossdoc" / "gold.yaml").read_text())["questions"]
        assert member == canonical or name != canonical.split(":")[0]


def test_the_grouping_set_pairs_languages_and_mostly_leaves_its_questions_unstated() -> None:
    """xdoc_group30 measures grouping recall: six questions with both sides each, three argued
    in both languages, most texts never stating their question in the gold's words."""
    gold = yaml.safe_load((GROUP30 / "gold.yaml").read_text(encoding="utf-8"))
    entries = gold["documents"]
    assert sorted(p.stem for p in GROUP30.glob("*.txt")) == sorted(entries) and len(entries) >= 30
    sides: dict[str, set[str]] = {}
    langs: dict[str, set[bool]] = {}
    stated = 0
    for name, entry in entries.items():
        text = (GROUP30 / f"{name}.txt").read_text(encoding="utf-8")
        sides.setdefault(entry["question"], set()).add(entry["stance"])
        langs.setdefault(entry["question"], set()).add(any("\u4e00" <= ch <= "\u9fff" for ch in text))
        stated += gold["questions"][entry["question"]] in text
    assert len(sides) >= 6 and all(found == {"pro", "con"} for found in sides.values())
    assert sum(found == {True, False} for found in langs.values()) >= 3
    assert stated < len(entries) / 3
