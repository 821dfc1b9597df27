"""The spaCy component ``argkg_numbers``: `find_numbers` on each Doc, into its ``numbers``.

When the sentence component ran first, its sentences bound the cue and hedge search, instead of
splitting the text again (every non-empty text has a sentence once it ran: no sentences means it
did not).

Importing this module registers the factory (`argkg.ingest.component.component`).
"""

from argkg.ingest.component import Component, component
from argkg.ingest.numbers.scanner import find_numbers
from argkg.ingest.parts import Parts, filled

__all__ = ["NumberComponent"]


@component("argkg_numbers")
class NumberComponent(Component):
    """spaCy component: the text's numeric evidence (``numbers``, a list of `NumberMention`)."""

    assigns = ("numbers",)

    def find(self, parts: Parts) -> Parts:
        """Find the numbers of the text that report a quantity."""
        ends = [s.end for s in parts.sentences] or None
        return filled(parts, numbers=find_numbers(parts.text, parts.lang, sentence_ends=ends))
