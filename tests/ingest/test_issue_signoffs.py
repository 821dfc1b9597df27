"""A closing line that only signs a text ("— Dan, ferry deckhand", "——地铁站务员") takes no part in
its side: issue_terms.signs_off, issues.yaml ``sign_offs``, issue_side._sentences. Such a line
names the writer's trade or street, whose words may be the issue's ("bicycle commuter" on a
question about bicycles), and as the text's closing line it weighed most in the loose vote."""

import pytest
from issue_support import text_side

from argkg.ingest.issue_side import _sentences
from argkg.ingest.issue_terms import signs_off
from argkg.schema import Document, IssueStance, Lang

FERRIES = "Should ferries carry bicycles free of charge?"
#: Reasons against carrying bicycles free, worded apart from the question.
CROWDED = (
    "Every morning the 7.40 crossing is full before the cars are loaded. Last week three riders "
    "blocked the stairs with their bicycles and a pram could not get past. The deck crew spend the "
    "whole trip moving wheels out of the way"
)


@pytest.mark.parametrize(
    "line",
    [
        "— Dan, ferry deckhand and bicycle commuter",
        "-- Priya",
        "Posted by Tom K., harbour forum",
        "Dan Moss, ferry deckhand and bicycle commuter",
        "B. Okoro, Dundee",
        "——地铁站务员 小刘",
        "来信人：一位老乘客",
    ],
)
def test_a_line_that_names_the_writer_signs_off(line: str) -> None:
    assert signs_off(line)


@pytest.mark.parametrize(
    "line",
    [
        "Keep the ferry, and keep it cheap.",
        "Yes, please",
        "Councillors, listen to us",
        "Ban them",
        "- Bikes block the stairs",
        "地铁站务员说，车厢太挤了。",
    ],
)
def test_a_line_that_says_something_does_not_sign_off(line: str) -> None:
    assert not signs_off(line)


@pytest.mark.parametrize(
    "signature",
    ["— Dan, ferry deckhand and bicycle commuter", "Dan Moss, ferry deckhand and bicycle commuter"],
)
def test_a_signature_that_shares_the_issues_words_does_not_turn_the_side(signature: str) -> None:
    assert (
        text_side(f"{CROWDED}, and nobody pays a penny for the trouble.\n{signature}", FERRIES)
        is IssueStance.CON
    )


def test_only_a_closing_line_of_its_own_is_left_out() -> None:
    closing = Document.model_construct(text=f"{CROWDED}.\n— Dan, deckhand", lang=Lang.EN)
    inline = Document.model_construct(text=f"{CROWDED}. — Dan, deckhand", lang=Lang.EN)
    middle = Document.model_construct(text=f"— Dan, deckhand\n{CROWDED}.", lang=Lang.EN)
    assert not any("Dan" in s for s in _sentences(closing))
    assert any("Dan" in s for s in _sentences(inline))
    assert any("Dan" in s for s in _sentences(middle))
