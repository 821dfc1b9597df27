"""Texts in two languages compared through a dictionary (`argkg.ingest.glossary`)."""

from pathlib import Path

import pytest

from argkg.bench.crossdoc import assign
from argkg.ingest import glossary, ingest_paths, topics
from argkg.schema import Lang

TEXTS = {
    "a": "Menus must show the calories of every dish. Diners deserve to know what they eat.",
    "b": "菜单上每道菜都应该标出卡路里，食客有权知道自己吃了什么。",
    "c": "Lower the parking fees in the town centre and the shops will come back.",
}


def test_an_inflected_word_is_read_as_its_headword() -> None:
    assert glossary.glosses("menus") == glossary.glosses("menu") != ()
    assert glossary.glosses("companies") == glossary.glosses("company") != ()
    assert glossary.glosses("zzzq") == ()


def test_a_word_is_read_as_the_headwords_that_define_it_whole() -> None:
    """CC-CEDICT read backwards: 禁止 is defined "/to prohibit/to forbid/to ban/", so it is a
    headword of each verb ("to" dropped), and a note in parentheses ("calorie (loanword)") is no
    part of the word; 禁烟, "to ban smoking", only mentions "ban" and is none of its headwords."""
    assert "禁止" in glossary.glosses("ban") and "禁止" in glossary.glosses("forbid")
    assert "禁烟" not in glossary.glosses("ban")
    assert glossary.glosses("calorie") == ("卡路里",)
    assert all(len(headword) > 1 for headword in glossary.glosses("ban"))


def test_two_words_the_dictionary_defines_are_read_as_one() -> None:
    """A compound headword is found through the phrase that defines it, not its words alone."""
    assert "太阳能" in glossary.english_words("They sell solar energy.", ())
    assert "太阳能" not in glossary.english_words("Energy is not solar.", ())


def test_only_texts_in_two_languages_are_compared() -> None:
    texts = [(TEXTS["a"], Lang.EN), (TEXTS["b"], Lang.ZH), (TEXTS["c"], Lang.EN)]
    found = glossary.cross_similarities(texts, ())
    assert found[0, 1] == found[1, 0] > topics.topic_settings().glossary_floor
    assert found[0, 2] == found[0, 0] == found[1, 1] == 0.0
    assert found[1, 2] < found[0, 1]


def test_the_dictionary_groups_a_text_with_its_translation(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The calorie texts share no listed concept: only the dictionary puts them on one issue, and
    the parking text stays apart either way."""
    for name, text in TEXTS.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    graphs = ingest_paths([tmp_path / f"{name}.txt" for name in TEXTS])
    issues = [a.issue for a in assign(list(TEXTS), graphs)]
    assert issues[0] == issues[1] != issues[2]
    settings = topics.topic_settings().model_copy(update={"glossary_weight": 0.0})
    monkeypatch.setattr(topics, "topic_settings", lambda: settings)
    issues = [a.issue for a in assign(list(TEXTS), graphs)]
    assert len(set(issues)) == 3
