"""How strongly a statement reads as a voice's stand (`argkg.ingest.stands`)."""

import pytest

from argkg.ingest.stands import OPENING_WEIGHT, QUANTITY_WEIGHT, stand_score
from argkg.schema import Lang


@pytest.mark.parametrize(
    ("said", "lang", "proposition"),
    [
        ("Should the depot open at night?", Lang.EN, "the depot should open at night"),
        ("仓库晚上要不要开门？", Lang.ZH, "仓库晚上开门"),
    ],
)
def test_a_question_states_no_stand(said: str, lang: Lang, proposition: str) -> None:
    assert stand_score(said, lang, proposition) is None


@pytest.mark.parametrize(
    ("stand", "aside", "lang", "proposition"),
    [
        (
            "I think the depot should open at night, because the drivers lose an hour a day.",
            "I walked past it yesterday.",
            Lang.EN,
            "the depot should open at night",
        ),
        ("我认为仓库晚上应该开门，司机每天白白等一个小时。", "我昨天路过那里。", Lang.ZH, "仓库晚上开门"),
    ],
)
def test_an_opinion_on_the_matter_outscores_an_aside(
    stand: str, aside: str, lang: Lang, proposition: str
) -> None:
    high, low = stand_score(stand, lang, proposition), stand_score(aside, lang, proposition)
    assert high is not None and low is not None
    assert high > low


def test_a_figure_lowers_a_statement_s_reading_as_a_stand() -> None:
    said, proposition = "The depot should open at night.", "the depot should open at night"
    plain = stand_score(said, Lang.EN, proposition)
    measured = stand_score(said, Lang.EN, proposition, measured=True)
    assert plain is not None and measured is not None
    assert plain - measured == pytest.approx(QUANTITY_WEIGHT)


def test_without_a_proposition_only_the_opinion_counts() -> None:
    score = stand_score("I think we should wait.", Lang.EN, None)
    assert score is not None and 0 < score < OPENING_WEIGHT + 1
