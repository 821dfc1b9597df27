"""Tests for argkg_dialectic: opponent sentences, conceded clauses and the central claim."""

import itertools

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

import argkg.ingest.dialectic  # noqa: F401  (registers the factories)
from argkg.ingest.dialectic import SentenceRole, assess_sentences, concedes
from argkg.schema.vocabulary import Lang


def _pipeline(lang: str) -> spacy.Language:
    config = {"nlp": {"tokenizer": {"segmenter": "jieba"}}} if lang == "zh" else {}
    nlp = spacy.blank(lang, config=config)
    for name in ("sentencizer", "argkg_entities", "argkg_attribution", "argkg_dialectic"):
        nlp.add_pipe(name)
    return nlp


def _roles(text: str, lang: str = "en") -> list[SentenceRole]:
    return _pipeline(lang)(text)._.argkg_dialectic


def _opponents(text: str, lang: str = "en") -> list[bool]:
    return [role.opponent for role in _roles(text, lang)]


def _central(text: str, lang: str = "en") -> str:
    best = max(_roles(text, lang), key=lambda role: role.central)
    return text[best.start : best.end]


def test_reported_objection_is_the_opponent_and_the_reply_is_the_author():
    text = (
        "We should ban cars from the city centre. Cars pollute the air we breathe. "
        "Some say that shops will lose customers. But studies show that walkers spend more."
    )
    assert _opponents(text) == [False, False, True, False]
    assert _central(text) == "We should ban cars from the city centre."


def test_concession_cues_and_hedged_objections():
    assert _opponents("Admittedly, the tax is unpopular.") == [True]
    assert _opponents("One could object that the scheme costs too much.") == [True]
    assert _opponents("It is often claimed that nothing works.") == [True]
    assert _opponents("The tax is popular with most voters.") == [False]
    assert _opponents("I would concede that roads save time.") == [True]
    assert _opponents("Someone may maintain that roads save time.") == [True]
    assert _opponents("有些人可能会争辩说,修路能节省时间。", "zh") == [True]
    assert _opponents("我承认修路能节省时间。", "zh") == [True]
    assert _opponents("Let us grant the chains their strongest point.") == [True]
    assert _opponents("我先承认考公的好处。", "zh") == [True]
    assert _opponents("那时候限流有它的道理,谁也不能说错。", "zh") == [True]
    assert _opponents("The old rule had its merits.") == [True]


def test_a_statement_answered_by_but_voices_the_opponent():
    text = "Our rivals have cut their prices. But their products break within a year."
    assert _opponents(text) == [True, False]


def test_third_party_speech_voices_the_opponent_only_through_attribution():
    text = "Tom is my brother. My parents say this is a pure coincidence."
    assert _opponents(text) == [False, True]
    sentences = [(0, 18), (19, len(text))]
    assert [r.opponent for r in assess_sentences(text, sentences, "en")] == [False, False]


def test_conceded_clauses_inside_one_sentence():
    cases = {
        "Of course the plan is expensive, but it pays for itself.": "Of course the plan is expensive",
        "Although taxes will rise, we should act now.": "Although taxes will rise",
        "We must act now, even if it costs a lot of money.": "even if it costs a lot of money.",
    }
    for text, conceded in cases.items():
        (role,) = _roles(text)
        assert role.concession_start is not None and role.concession_end is not None
        assert text[role.concession_start : role.concession_end] == conceded.rstrip(".")
        assert role.opponent is False


def test_an_opening_concession_after_a_lead_concedes_only_its_clause():
    cases = {
        (
            "In conclusion, although roads are convenient, buses deserve the money.",
            "en",
        ): "although roads are convenient",
        (
            "To sum up, I still believe that although it is costly, the plan works.",
            "en",
        ): "although it is costly",
        ("总之,虽然成本很高,长期收益更大。", "zh"): "虽然成本很高",
    }
    for (text, lang), conceded in cases.items():
        (role,) = _roles(text, lang)
        assert role.concession_start is not None and role.concession_end is not None
        assert text[role.concession_start : role.concession_end] == conceded


def test_central_claim_cues_beat_the_first_sentence_prior():
    text = (
        "Meat production uses a lot of water. It also needs much land. "
        "We should therefore eat less meat. For instance, beans need far less water."
    )
    assert _central(text) == "We should therefore eat less meat."
    roles = _roles(text)
    assert all(0.0 <= role.central <= 1.0 for role in roles)
    assert roles[3].central < roles[0].central


def test_chinese_roles_and_central_claim():
    text = "我认为应该征收拥堵费。有人认为这对低收入者不公平。但是收费收入可以用于公共交通。"
    assert _opponents(text, "zh") == [False, True, False]
    assert _central(text, "zh") == "我认为应该征收拥堵费。"


def test_chinese_concessions():
    (role,) = _roles("虽然成本很高,但是长期收益更大。", "zh")
    assert role.concession_start is not None and role.concession_end is not None
    assert "虽然成本很高,但是长期收益更大。"[role.concession_start : role.concession_end] == "虽然成本很高"
    assert _opponents("诚然,这个方案很难执行。", "zh") == [True]
    assert _central("数据在增长。模型也在变大。所以规模定律仍然有效。", "zh") == "所以规模定律仍然有效。"


def test_roles_cover_each_nonblank_sentence_trimmed():
    text = "  First point.   \n\n  Second point.  "
    roles = assess_sentences(text, [(0, 17), (17, 20), (20, len(text))], "en")
    assert [text[r.start : r.end] for r in roles] == ["First point.", "Second point."]


def test_sentence_role_validates_its_concession():
    with pytest.raises(ValidationError):
        SentenceRole(start=0, end=10, opponent=False, central=0.5, concession_start=2)
    with pytest.raises(ValidationError):
        SentenceRole(start=0, end=10, opponent=False, central=0.5, concession_start=5, concession_end=12)
    with pytest.raises(ValidationError):
        SentenceRole(start=0, end=10, opponent=False, central=1.5)


WORDS = [
    "We",
    "should",
    "act",
    "But",
    "Of course",
    "Some say",
    ",",
    ".",
    "。",
    "但是",
    "有人认为",
    "\n",
    "unless",
    "?",
]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=30).map(" ".join), st.sampled_from(["zh", "en"]))
def test_one_role_per_nonblank_sentence(text, lang):
    cuts = [0, *(i + 1 for i, char in enumerate(text) if char in ".。?\n"), len(text)]
    sentences = [(a, b) for a, b in itertools.pairwise(cuts) if a < b]
    roles = assess_sentences(text, sentences, lang)
    assert len(roles) == sum(1 for a, b in sentences if text[a:b].strip())
    assert all(0.0 <= role.central <= 1.0 for role in roles)


def test_a_voiced_worry_runs_on_to_the_author_s_reply_and_stops_at_the_next_voice():
    worry = (
        "We should replace the old benches. Many of you worry that the hall will lose its charm. "
        "The benches are a hundred years old. I feel that too. Yet nobody visits for the benches."
    )
    assert _opponents(worry) == [False, True, True, True, False]
    # the answer between two voices is the author's: no reply closes the first voice's case
    answered = (
        "Some of you have told me the heating will cost too much. The quote is lower than last year's. "
        "Others have said that it will be noisy. But the new boiler is silent."
    )
    assert _opponents(answered) == [True, False, True, False]


def test_a_paragraph_the_next_one_answers_states_the_other_side():
    text = (
        "The trial was too short to show any effect. Three months is nothing.\n\n"
        "This is a fair point. We have added the follow-up at twelve months.\n\n"
        "Isn't the effect just the new timetable?\n\nIt is not. The timetable changed in one school only."
    )
    assert _opponents(text) == [True, True, True, False, True, False, False]


def test_a_grant_that_points_back_and_a_concession_before_the_verdict():
    assert _opponents("我是老读者。画面很漂亮。配乐也好听。这些我都承认。\n但是，故事讲不通。", "zh") == [
        True,
        True,
        True,
        False,
        False,
    ]
    review = "Credit where it's due: the battery is strong. The screen is bright.\nBut it broke in a week."
    assert _opponents(review) == [True, True, False]


@pytest.mark.parametrize(
    "sentence",
    [
        "Others say the bridge will only move the queues downstream.",
        "Many shift workers worry that the buses will stop running after six.",
        "Some shop owners fear the works will drive their customers away.",
    ],
)
def test_others_voicing_a_view_with_no_side_named_voice_the_opponent(sentence: str) -> None:
    assert concedes(sentence, Lang.EN)


def test_the_authors_own_claim_voices_no_opponent() -> None:
    assert not concedes("The bridge will cut the journey to school by ten minutes.", Lang.EN)


def test_the_author_among_a_group_voices_no_opponent() -> None:
    assert not concedes("Most of us say we would sign up if the form were shorter.", Lang.EN)
