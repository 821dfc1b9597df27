"""Conclusions no cue word announces: the last word of a text whose author takes a side.

The texts and ``gold.yaml`` are in ``tests/ingest/texts/unseen_concl/`` (see
`argkg.bench.argtexts`): an op-ed, a letter, a forum post, a review, a memo, a speech, a blog post
and a Q&A answer in English whose closing judgement has no "In conclusion", "So" or "Therefore",
gold written before argkg ran on them. Besides the set's figures, the tests below check, on texts
written for them, that the last full sentence of such a text is its final conclusion, and that
it is none where the text argues nothing, where a cue already concluded, where the last line
is reported speech, a question, one more reason ("Finally, X") or a fact with a figure, where
it stands in a section headed by a side, in a transcript of arguing speakers, and in Chinese
(whose data leave the rule off).
"""

import pytest

from argkg.bench.argtexts import UNSEEN_CONCL, TextResult, check_folder, load_gold
from argkg.ingest import ingest_text
from argkg.schema import Conclusion, Lang

GOLD = load_gold(UNSEEN_CONCL)

#: Three paragraphs that weigh the other side's case before the author's own closing line.
_BODY = (
    "Some neighbours want the council to sell the allotments for a car park.\n\n"
    "They say the town centre needs the spaces and the council needs the money. "
    "But the allotments feed forty families and the waiting list is two years long.\n\n"
    "A car park would fill on Saturdays and sit empty the rest of the week.\n\n"
)


@pytest.fixture(scope="module")
def results() -> dict[str, TextResult]:
    return check_folder(UNSEEN_CONCL)


def test_the_set_has_eight_english_texts_with_gold_conclusions() -> None:
    assert len(GOLD) == 8
    assert all(name.startswith("en_") and GOLD[name].conclusions for name in GOLD)


def test_most_uncued_conclusions_are_found_and_few_are_wrong(results: dict[str, TextResult]) -> None:
    hits = sum(ok for r in results.values() for ok in r.conclusions)
    gold = sum(len(r.conclusions) for r in results.values())
    extra = sum(r.extra_conclusions for r in results.values())
    # 0/10 before the last-word rule; the issue asks for 0.60 on unseen texts
    assert hits / gold >= 0.6
    assert extra <= 1


def _conclusions(text: str, lang: Lang = Lang.EN) -> list[Conclusion]:
    return ingest_text(text, source="t.txt", lang=lang).of_type(Conclusion)


@pytest.mark.parametrize(
    "closing",
    ["Keep the allotments.", "The allotments are worth more than any car park.", "I'll be voting no."],
)
def test_the_last_word_of_a_text_that_takes_a_side_concludes(closing: str) -> None:
    found = _conclusions(_BODY + closing + "\n\nYours sincerely,\nA neighbour\n")
    assert [c.text for c in found] == [closing]


def test_no_last_word_where_a_cue_already_concluded() -> None:
    found = _conclusions(_BODY + "In conclusion, the allotments should stay.\n\nWe meet again in May.\n")
    assert [c.text for c in found] == ["In conclusion, the allotments should stay."]


@pytest.mark.parametrize(
    "closing",
    [
        "Will the council listen?",  # a question concludes nothing
        "The chair said the vote would be held in June.",  # reported speech, not the author's word
        "Finally, the allotments cost the council nothing to run.",  # one more reason in a list
        "The church hall is booked from 7 p.m. on Tuesdays.",  # a fact with a time, no verdict
    ],
)
def test_a_question_reported_speech_a_reason_or_a_fact_is_no_last_word(closing: str) -> None:
    assert not _conclusions(_BODY + closing + "\n")


def test_a_section_headed_by_a_side_does_not_close_the_text() -> None:
    text = (
        "# Allotments or a car park?\n\n"
        "Some neighbours want the council to sell the allotments. But others disagree.\n\n"
        "## Advantages\n\nThe town centre would gain spaces for shoppers.\n\n"
        "## Disadvantages\n\nForty families would lose the plots that feed them.\n"
    )
    assert not _conclusions(text)


def test_a_text_that_takes_no_side_has_no_last_word() -> None:
    notice = (
        "The library opens at nine on weekdays.\n\n"
        "On Saturdays it opens at ten and closes at four.\n\n"
        "The reading room is on the first floor.\n\n"
        "Returns can be left in the box by the door.\n"
    )
    assert not _conclusions(notice)


def test_a_transcript_of_arguing_speakers_has_no_last_word() -> None:
    transcript = (
        "Anna: The allotments should stay, they feed forty families.\n\n"
        "Ben: But the town needs parking, and the council needs the money.\n\n"
        "Anna: A car park would sit empty most of the week.\n\n"
        "Ben: The shops would be busier with it.\n"
    )
    assert not _conclusions(transcript)


def test_a_closing_notice_of_what_comes_next_is_passed_over() -> None:
    """A closing line that announces the next meeting is a notice: the line before it has the last word."""
    closing = "Keep the allotments."
    found = _conclusions(_BODY + closing + "\n\nNext meeting: 7 p.m., the church hall. All welcome.\n")
    assert [c.text for c in found] == [closing]


def test_a_chinese_text_has_its_last_word_too() -> None:
    text = (
        "有人主张把菜园卖掉建停车场。\n\n"
        "他们说镇中心缺车位，政府也需要钱。但是菜园养活了四十户人家。\n\n"
        "停车场只有周六会停满。\n\n"
        "菜园比停车场更有价值。\n\n"
        "（本文仅代表作者个人观点）\n"
    )
    assert [c.text for c in _conclusions(text, Lang.ZH)] == ["菜园比停车场更有价值。"]
