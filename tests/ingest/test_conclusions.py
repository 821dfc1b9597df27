"""Conclusions: section, cues, credence and alternatives."""

import pytest
from spacy.language import Language

from argkg.ingest.conclusions import credence_of
from argkg.ingest.pipeline import build_nlp
from argkg.schema import Lang


@pytest.fixture(scope="module")
def zh() -> Language:
    return build_nlp(Lang.ZH)


@pytest.fixture(scope="module")
def en() -> Language:
    return build_nlp(Lang.EN)


@pytest.mark.parametrize(
    ("statement", "lang", "credence"),
    [
        ("这个可能性是 70%。", Lang.ZH, 0.7),
        ("有 30% 左右的概率会失败。", Lang.ZH, 0.3),
        ("成功的概率为 0.25。", Lang.ZH, 0.25),
        ("I put it at a 70% chance.", Lang.EN, 0.7),
        ("It is 30 percent likely.", Lang.EN, 0.3),
        ("The probability of success is about 40%.", Lang.EN, 0.4),
        ("Prices rose 70% last year.", Lang.EN, None),
        ("可能性是 170%。", Lang.ZH, None),
    ],
)
def test_credence(statement: str, lang: Lang, credence: float | None) -> None:
    assert credence_of(statement, lang) == credence


def conclusions(nlp: Language, text: str) -> list[tuple[str, float | None, bool]]:
    doc = nlp(text)
    return [(doc.text[c.start : c.end], c.credence, c.final) for c in doc._.argkg_conclusions]


def test_alternatives_in_one_sentence_are_split(zh: Language) -> None:
    text = "结论\n总的来说,会有两种情况:第一种:房价上涨,可能性是 60%,第二种:房价下跌,可能性是 40%。"
    assert conclusions(zh, text) == [
        ("第一种:房价上涨,可能性是 60%", 0.6, True),
        ("第二种:房价下跌,可能性是 40%。", 0.4, True),
    ]


def test_every_statement_of_a_conclusion_section(en: Language) -> None:
    text = "Intro sentence here.\n\n## Conclusion\n\nPrices will rise. Wages will follow."
    assert conclusions(en, text) == [("Prices will rise.", None, True), ("Wages will follow.", None, True)]


def test_cues_outside_the_conclusion_section(en: Language) -> None:
    text = "Cities grow fast. Overall, growth is good. I estimate a 20% chance of a slowdown.\n"
    assert conclusions(en, text) == [
        ("Overall, growth is good.", None, False),
        ("I estimate a 20% chance of a slowdown.", 0.2, True),
    ]


def test_cue_inside_a_quotation_does_not_count(zh: Language) -> None:
    assert conclusions(zh, "他说:“我认为这不会成为障碍。”这只是他的看法。") == []


def test_marker_sentence_stays_a_claim(zh: Language) -> None:
    text = "讨论 1: 房价会上涨吗?\n正方:我认为房价会上涨。\n反方:房价不会涨。"
    assert conclusions(zh, text) == []


def test_en_enumeration_drops_the_lead_in(en: Language) -> None:
    text = (
        "In conclusion, I see two outcomes: "
        "first, prices rise, a 65% chance; second, they fall, a 35% chance."
    )
    assert conclusions(en, text) == [
        ("first, prices rise, a 65% chance", 0.65, True),
        ("second, they fall, a 35% chance.", 0.35, True),
    ]


def test_a_bare_cue_lead_in_is_dropped(en: Language) -> None:
    assert conclusions(en, "In conclusion, first, A wins, a 20% chance; second, B wins.") == [
        ("first, A wins, a 20% chance", 0.2, True),
        ("second, B wins.", None, False),
    ]
