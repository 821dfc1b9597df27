"""The affirmative form of English yes/no questions: subjects that hold a verb-like noun."""

import pytest

from argkg.ingest.questions import affirmative, is_predicate_word, is_retort
from argkg.schema import Lang


@pytest.mark.parametrize(
    ("question", "proposition"),
    [
        # A verb that is a noun too, followed by a plain verb, ends a compound noun.
        ("Does remote work hurt productivity?", "remote work hurts productivity"),
        ("Does the tax cut help growth?", "the tax cut helps growth"),
        ("Does energy use fall?", "energy use falls"),
        ("Does social media use harm teenagers?", "social media use harms teenagers"),
        ("Does the speed limit reduce accidents?", "the speed limit reduces accidents"),
        ("Does a fuel cost rise hurt farmers?", "a fuel cost rise hurts farmers"),
        ("Does the wage increase pay off?", "the wage increase pays off"),
        ("Did the spending cut slow growth?", "the spending cut slowed growth"),
        ("Does remote work change culture?", "remote work changes culture"),
        ("Does remote work work better?", "remote work works better"),
        ("Do smoking bans reduce asthma?", "smoking bans reduce asthma"),
        # The same with modal and perfect auxiliaries, which keep their place.
        ("Will remote work hurt productivity?", "remote work will hurt productivity"),
        ("Can the pension fund protect retirees?", "the pension fund can protect retirees"),
        ("Has remote work hurt productivity?", "remote work has hurt productivity"),
        # No compound: the verb is followed by a noun, an adjective, an adverb or punctuation.
        ("Does the price cap help consumers?", "the price cap helps consumers"),
        ("Do rent controls reduce supply?", "rent controls reduce supply"),
        ("Does the new policy work better?", "the new policy works better"),
        ("Does foreign aid work?", "foreign aid works"),
        ("Does nuclear power cost too much?", "nuclear power costs too much"),
        ("Do tariffs work well?", "tariffs work well"),
        ("Does it work, help or hurt?", "it works, help or hurt"),
        ("Do vaccines cause harm?", "vaccines cause harm"),
        # Verbs that take a bare verb, or rarely head a noun phrase, stay verbs.
        ("Does exercise help reduce stress?", "exercise helps reduce stress"),
        ("Does homework help students learn?", "homework helps students learn"),
        ("Does the firm need help?", "the firm needs help"),
        ("Does the data show change?", "the data shows change"),
        # Adverbs and particles between the subject and the verb.
        ("Does everyone here agree?", "everyone here agrees"),
        ("Does the evidence really show harm?", "the evidence really shows harm"),
        ("Did turnout ever recover?", "turnout ever recovered"),
        # Copulas and other auxiliaries as before.
        ("Are electric cars affordable?", "electric cars are affordable"),
        ("Was the merger legal?", "the merger was legal"),
        ("Should schools ban phones?", "schools should ban phones"),
        ("Is it true that sugar causes obesity?", "sugar causes obesity"),
    ],
)
def test_affirmative_en(question: str, proposition: str) -> None:
    assert affirmative(question, Lang.EN) == proposition


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("rises", True),
        ("reduced", True),
        ("often", True),
        ("affordable", True),
        ("productivity", False),
        ("", False),
    ],
)
def test_predicate_words_are_verbs_adverbs_and_adjectives(word: str, expected: bool) -> None:
    assert is_predicate_word(word, Lang.EN) is expected


def test_chinese_has_no_predicate_words() -> None:
    assert not is_predicate_word("下跌", Lang.ZH)


@pytest.mark.parametrize(
    ("question", "lang", "expected"),
    [
        ("那也比失业强吧？", Lang.ZH, True),
        ("妈妈：总比没有好吧?", Lang.ZH, True),
        ("公务员比私企强吗？", Lang.ZH, False),
        ("要不要换工作？", Lang.ZH, False),
        ("Still better than nothing, isn't it?", Lang.EN, True),
        ("JO: Better than being out of work, right?", Lang.EN, True),
        ("Is renting better than buying?", Lang.EN, False),
        ("Should we sell the car?", Lang.EN, False),
    ],
)
def test_a_bare_comparison_thrown_back_is_a_retort_not_a_question(
    question: str, lang: Lang, expected: bool
) -> None:
    """A retort ("那也比失业强吧?", "Better than nothing, right?") puts nothing to a decision; a
    question that compares two named options or asks what to do does."""
    assert is_retort(question, lang) is expected
