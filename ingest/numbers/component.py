"""The spaCy component ``argkg_numbers``: `find_numbers` on each Doc, into its ``numbers``.

When the sentence component ran first, its sentences bound the cue and hedge search, instead of
splitting the text again (every non-empty text has a sentence once it ran: no sentences means it
did not).

A number in a speaker turn's stamp or name (from the turn's start to the end of the speaker's
name, the turns component having run first) says when the message was sent or who sends it: the
message's date ("[3/4/2026, 09:12] Sam:"), the speaker's flat or group ("群主-5栋李姐："). It is
no quantity the speaker cites, so it is no evidence. What the label says of its speaker after
the name stays, and so does a duration anywhere in it: an age, a birth year, years in a trade
("老王（70岁，教书30年）：", "李姐（1988年生）：") are facts about them that they bring to the debate.

Importing this module registers the factory (`argkg.ingest.component.component`).
"""

from collections.abc import Sequence

from argkg.ingest.component import Component, component
from argkg.ingest.numbers.mention import NumberMention
from argkg.ingest.numbers.scanner import find_numbers
from argkg.ingest.parts import Parts, filled
from argkg.ingest.turns import Turn
from argkg.schema.vocabulary import EvidenceKind

__all__ = ["NumberComponent", "outside_labels"]


@component("argkg_numbers")
class NumberComponent(Component):
    """spaCy component: the text's numeric evidence (``numbers``, a list of `NumberMention`)."""

    assigns = ("numbers",)

    def find(self, parts: Parts) -> Parts:
        """Find the numbers of the text that report a quantity, outside the turns' stamps and names."""
        ends = [s.end for s in parts.sentences] or None
        numbers = find_numbers(parts.text, parts.lang, sentence_ends=ends)
        return filled(
            parts, numbers=outside_labels(numbers, [_stamp_and_name(parts.text, t) for t in parts.turns])
        )


def _stamp_and_name(text: str, turn: Turn) -> tuple[int, int]:
    """The span of ``turn``'s stamp and speaker's name: from its start to the end of its label
    text (the whole head, to where the words begin, when the label is not written there as is)."""
    at = text.find(turn.label, turn.start, turn.body)
    return turn.start, turn.body if at < 0 else at + len(turn.label)


def outside_labels(
    numbers: Sequence[NumberMention], labels: Sequence[tuple[int, int]]
) -> list[NumberMention]:
    """The ``numbers`` but those that start in one of the ``labels`` spans (start, end): a
    message's stamp or a speaker's name says when and who, not what they cite; a duration in it
    (an age, years of experience) is kept, a fact about the speaker."""
    return [
        n for n in numbers if n.kind is EvidenceKind.DURATION or not any(a <= n.start < b for a, b in labels)
    ]
