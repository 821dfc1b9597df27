"""A document's side on its issue from an answer joined to who gives it by a connective
("I run the café, and I'm against it": ``frames`` in issues.yaml)."""

from issue_support import text_side

from argkg.schema import IssueStance

EN_ISSUE = "Should museums charge visitors an entry fee?"


def test_an_answer_joined_to_who_gives_it_by_and_says_the_side() -> None:
    """Before ``and`` was a frame the answer clause had words of its own and no side was read."""
    text = (
        "Should museums charge visitors an entry fee? I run the museum café, and I'm against it. "
        "Visitors to the museum stay for lunch at the café."
    )
    assert text_side(text, EN_ISSUE) is IssueStance.CON


def test_an_answer_joined_by_but_says_the_side() -> None:
    text = (
        "Should museums charge visitors an entry fee? Entry has always been open, but I say yes. "
        "The roof leaks and the galleries need guards."
    )
    assert text_side(text, EN_ISSUE) is IssueStance.PRO
