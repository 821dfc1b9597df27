"""Fragments a proposition cue reads that name nothing debated (`argkg.ingest.proposition`). The
texts are written for these tests.

A bare disposition ("Resolution: Noted."), a modal with a bare verb ("we need to act") and a
predicate whose subject was named before ("本人认为缺乏依据") lean on what was said before and are
never the proposition."""

import pytest

from argkg.ingest.proposition import match_proposition
from argkg.schema import Lang


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("Resolution: Noted.", Lang.EN),
        ("Resolution: Not accepted.", Lang.EN),
        ("Resolution: Accepted in principle.", Lang.EN),
        ("Since he runs the kitchen, I think we need to listen.", Lang.EN),
        ("这笔预算的测算口径过于乐观，本人认为缺乏充分依据。", Lang.ZH),
    ],
)
def test_a_fragment_is_never_the_proposition(line: str, lang: Lang) -> None:
    match = match_proposition(line, lang, heading=False)
    assert match is None or not match.fit


@pytest.mark.parametrize(
    ("line", "lang", "words"),
    [
        # an object of two characters or more names what is debated
        ("我支持涨价。", Lang.ZH, "支持涨价"),
        # a modal with its object states a proposition
        ("I think we need to close the car park.", Lang.EN, "we need to close the car park"),
    ],
)
def test_a_proposition_that_names_its_object_stays(line: str, lang: Lang, words: str) -> None:
    match = match_proposition(line, lang, heading=False)
    assert match is not None
    assert (match.proposition, match.fit) == (words, True)
