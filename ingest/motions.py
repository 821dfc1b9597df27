"""The line that states a text's debated proposition, as a claim of the side it states.

A debate's record, a ballot or a comment column puts its proposition on a line of its own: a
motion in a form field ("Motion: This House would X", "Resolved: X should Y", "辩题:X应当Y", a
ballot's "Proposal 2: Move X to Y") or a title that states the writer's thesis ("Bring back the
night bus", "X,可以休矣"). The reader of positions (`argkg.ingest.positions`) takes that line as
the issue's question, and a question is no claim; yet this line is the very statement the rest
of the text argues for or against: the main claim of the side it states, the motion's proposer
(or the writer whose thesis it is). Only a line of its own counts: a sentence among others that
names a motion reports it ("The council is consulting on X."). A framing that only names the
matter ("Proposed merger of X and Y", "关于X的方案"), a question ("Should X?"), a side's report
of it ("本场我方反方") and a motion that offers a choice ("议题:X,还是Y"; ``choices`` in
``motions.yaml``) or that the line only names, its cue building the proposition ("Hearing on
the X scheme"), state nothing either side holds: they stay out. A side's own statement of its
view ("We on this side believe that X") is its main claim rather than the motion line
(`argkg.ingest.claims`). The line's side must have an unmarked position of its issue to hold
it: a writer who argues only the other side of a motion they quote has none, and a side that
speaks under its own marker ("Proposition: X") states its case in its own first words.

Not checked: a motion line that a later line withdraws or amends.
"""

import re
from collections.abc import Sequence
from functools import cache

from pydantic import BaseModel, ConfigDict

from argkg.ingest.lexicon import alternation, load_data
from argkg.ingest.proposition import match_proposition
from argkg.ingest.spans import Block, BlockKind, ClaimSpan, Issue, Position, SentenceSpan, Span
from argkg.schema.vocabulary import Lang, Role, Stance

__all__ = ["stated_motions"]

#: The cue kinds that state a proposition some side holds: a motion put to a debate or a vote,
#: a writer's thesis.
_STATING = ("motion", "thesis")
#: The line kinds a cue reads as a title (framings and questions count only there).
_TITLES = (BlockKind.TITLE, BlockKind.HEADING, BlockKind.CAPTION)
#: Trimmed from both ends of the line's claim.
_EDGES = " \t"


class _MotionData(BaseModel):
    """``motions.yaml``: the words that put a choice between options (``choices``)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    choices: list[str]


def stated_motions(
    text: str,
    lang: Lang,
    blocks: Sequence[Block],
    sentences: Sequence[SentenceSpan],
    issues: Sequence[Issue],
    positions: Sequence[Position],
    claims: Sequence[ClaimSpan],
    conclusions: Sequence[Span],
) -> list[ClaimSpan]:
    """The claims of the lines that state an issue's proposition (see the module docstring).

    Args:
        text: the normalised text.
        lang: its language.
        blocks, sentences: its lines and sentences.
        issues, positions: its debated questions and the positions that argue them.
        claims: the claims found so far: a line already one is not made again.
        conclusions: the conclusions: a thesis drawn as one ("In conclusion, I believe X") is the
            conclusion's; a motion line stays the motion, whichever label it carries
            ("Resolution: X" reads as a decision too).

    Returns:
        One premise claim per such line, in the first position of its issue on the line's side
        (`argkg.ingest.claims` makes it that position's main claim, as it states the issue,
        unless the side states its view in its own words).
    """
    made: list[ClaimSpan] = []
    for i, issue in enumerate(issues):
        sentence = next((s for s in sentences if s.start <= issue.question_start < s.end), None)
        if sentence is None or _overlaps(sentence, claims):
            continue
        line, block = text[sentence.start : sentence.end], blocks[sentence.block]
        if line.strip() != text[block.start : block.end].strip():
            continue  # a sentence among others: a report of the motion, not its statement
        found = match_proposition(line, lang, heading=block.kind in _TITLES)
        if found is None or found.kind not in _STATING or not found.fit or _offers_choice(line, lang):
            continue
        if found.kind == "thesis" and _overlaps(sentence, conclusions):
            continue
        if found.kind == "motion" and found.proposition != line[found.start : found.end]:
            continue  # a motion the line only names ("X论证会纪要"): its cue builds the proposition
        side = found.author or Stance.PRO
        # a marked position ("Proposition: ...") is its speakers' own words: its first statement
        # is its main claim, and the motion line stands outside it
        held = [q for q, pos in enumerate(positions) if pos.issue == i and not pos.marked]
        p = next((q for q in held if positions[q].stance is side), None)
        start = sentence.start + len(line) - len(line.lstrip(_EDGES))
        end = sentence.start + len(line.rstrip(_EDGES))
        if p is None or start >= end:
            continue
        made.append(
            ClaimSpan(start=start, end=end, section=issue.section, stance=side, role=Role.PREMISE, position=p)
        )
    return made


def _overlaps(sentence: SentenceSpan, spans: Sequence[Span]) -> bool:
    """Whether any of ``spans`` shares a character with the sentence."""
    return any(s.start < sentence.end and sentence.start < s.end for s in spans)


def _offers_choice(line: str, lang: Lang) -> bool:
    """Whether the line puts a choice between options rather than one proposition."""
    return _choice_pattern(lang).search(line) is not None


@cache
def _choice_pattern(lang: Lang) -> re.Pattern[str]:
    """``choices`` of ``lang`` as one pattern, compiled once."""
    choices = load_data("motions", _MotionData, lang).choices
    return re.compile(alternation(choices), re.IGNORECASE if lang is Lang.EN else 0)
