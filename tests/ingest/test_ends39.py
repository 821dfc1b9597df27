"""A harm foreseen for the thing a proposal would close argues for closing it (stop 39, issue 9's
sides, `prospect_side` and the ``prohibitive`` words of ``voices.yaml``).

"Close the depot" does away with the depot, as "ban X" does away with X: what the depot would
cost or lose if it stayed open is a reason to close it, not a harm the closure brings. The
proposition's closing word ("close", "shut", "关停", "撤并") makes it a negation of its object, so a
statement that speaks of the object without naming the closure is turned, and a harm that a
statement foresees (a ``prospect``) is turned the same way as the benefit and harm words that
`target_side` reads.
"""

import pytest

from argkg.ingest.voices import direction, prospect_side
from argkg.schema import Lang, Stance

PRO, CON = Stance.PRO, Stance.CON


@pytest.mark.parametrize(
    ("sentence", "lang", "proposition"),
    [
        ("The depot would lose money again next year.", Lang.EN, "close the Hillside depot"),
        ("The ferry will cost the town another £80,000 a year.", Lang.EN, "shut down the night ferry"),
        ("夜班车一旦继续开下去，每年还得多花三十万。", Lang.ZH, "关停夜班车"),
        ("分校再办下去，明年就要多掏一笔租金。", Lang.ZH, "撤并两所分校"),
    ],
)
def test_a_harm_foreseen_for_the_thing_closed_argues_for_closing_it(
    sentence: str, lang: Lang, proposition: str
) -> None:
    assert direction(sentence, lang, proposition) == -1
    assert prospect_side(sentence, lang, proposition) is PRO


@pytest.mark.parametrize(
    ("sentence", "lang", "proposition"),
    [
        # a harm the closure itself brings: it names the closing, so it is the proposal's own cost
        ("Closing the depot would cost forty jobs.", Lang.EN, "close the Hillside depot"),
        ("关停以后，夜里下班的人就得多花钱打车。", Lang.ZH, "关停夜班车"),
        # a proposition that closes nothing: the harm it would bring argues against it
        ("The new depot would cost £2m a year to run.", Lang.EN, "build a second depot"),
    ],
)
def test_a_harm_of_the_closure_or_of_a_change_argues_against_it(
    sentence: str, lang: Lang, proposition: str
) -> None:
    assert prospect_side(sentence, lang, proposition) is CON


def test_a_proposition_that_keeps_one_thing_and_ends_another_is_turned_once() -> None:
    # "keep" alone turns a foreseen harm to the proposal's side; ending the thing spoken of does
    # not turn it back
    proposition = "keep the library open and end the late fee"
    sentence = "The late fee would cost families £40 a year."
    assert direction(sentence, Lang.EN, proposition) == -1
    assert prospect_side(sentence, Lang.EN, proposition) is PRO
