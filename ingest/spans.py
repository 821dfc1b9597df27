"""What argkg's core spaCy components write on a Doc: small models with character offsets.

Each component stores a list of these models in a Doc extension (``doc._.argkg_<what>``).
Offsets are character offsets into ``doc.text`` (the normalised text), so the builder can turn
them into schema nodes without looking at spaCy tokens; nothing past ``ingest/`` sees a spaCy
object. Indexes (``block``, ``section``, ``issue``, ``position``) refer to positions in the
other components' lists on the same Doc.
"""

from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from argkg.schema.vocabulary import Role, SectionKind, Stance

__all__ = [
    "BlockKind",
    "Span",
    "Block",
    "SectionSpan",
    "SentenceSpan",
    "Issue",
    "Position",
    "ClaimSpan",
    "Antecedent",
    "Conditional",
    "ConclusionSpan",
    "Caveat",
]


class BlockKind(StrEnum):
    """What one line of the text is."""

    TITLE = "title"
    HEADING = "heading"
    BODY = "body"
    NOTE = "note"
    CAPTION = "caption"
    BOILERPLATE = "boilerplate"
    EXAMPLE = "example"


class Span(BaseModel):
    """A character span ``[start, end)`` of ``doc.text``."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    start: int = Field(ge=0)
    end: int = Field(ge=0)

    def contains(self, other: "Span") -> bool:
        """Whether ``other`` lies inside this span."""
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: "Span") -> bool:
        """Whether the two spans share at least one character."""
        return self.start < other.end and other.start < self.end


class Block(Span):
    """One non-empty line, classified (heading, body, caption, boilerplate...)."""

    kind: BlockKind


class SectionSpan(Span):
    """A heading-delimited part of the text.

    Attributes:
        ordinal: 0 for the untitled intro, then 1, 2... for headed sections.
        title: the heading's title line ("" for the untitled intro).
        kind: intro, debate, conclusion, appendix or other.
        question: the question the heading asks, when it asks one, as written.
        question_start, question_end: where that question stands in the text.
        body_start: where the section's content starts (after its heading lines).
    """

    ordinal: int = Field(ge=0)
    title: str
    kind: SectionKind
    question: str | None = None
    question_start: int | None = None
    question_end: int | None = None
    body_start: int


class SentenceSpan(Span):
    """One sentence; never crosses a line.

    Attributes:
        block: index of the line (`Block`) the sentence is in.
        inline_note: the sentence is a parenthetical note inside a line, "(注:...)".
    """

    block: int = Field(ge=0)
    inline_note: bool = False


class Issue(Span):
    """A debated question and the part of the text that debates it.

    Attributes:
        section: index of the section it belongs to.
        question: the question as written.
        proposition: its affirmative form (the debate `Assumption`'s text).
        question_start, question_end: where the question stands in the text.
        debated: the issue belongs to the main debate (not to an appendix), so the
            author's conclusions rest on it.
        orientation: +1 when the document's pro side answers the question yes, -1 when it
            answers no (the question is asked the con side's way: "Will the data run out?").
            A claim's stance is its side; stance times orientation is its answer, so a pro
            claim SUPPORTS an issue of orientation +1 and ATTACKS one of orientation -1.
        author: the side the text's author argues, when the issue comes from the author's own
            thesis ("I argue that X should not...": con); None when the author only reports
            the sides (a motion, a question, a pros-and-cons title).
    """

    section: int = Field(ge=0)
    question: str
    proposition: str
    question_start: int
    question_end: int
    debated: bool
    orientation: Literal[1, -1] = 1
    author: Stance | None = None


class Position(Span):
    """A block of statements that argue one side, from a stance marker to the next.

    Attributes:
        section: index of the section.
        issue: index of the issue it argues about, or None.
        stance: pro or con.
        ordinal: its order among the section's positions, from 0.
        marked: it starts at a stance marker; False for a position inferred without one.
        marker_start, marker_end: the marker's span (marked positions only).
    """

    section: int = Field(ge=0)
    issue: int | None = None
    stance: Stance
    ordinal: int = Field(ge=0)
    marked: bool = True
    marker_start: int | None = None
    marker_end: int | None = None


class ClaimSpan(Span):
    """One claim: a sentence (or part of one) of the argumentative text.

    Attributes:
        section: index of the section.
        stance: the side it takes.
        role: main, premise, note or background.
        position: index of its position on the Doc, or None.
        annotates: for a note, index of the claim it annotates, or None.
        qualifies: for a caveat (a note on conclusions), indexes of the conclusions it qualifies.
    """

    section: int = Field(ge=0)
    stance: Stance
    role: Role
    position: int | None = None
    annotates: int | None = None
    qualifies: tuple[int, ...] = ()


class Antecedent(Span):
    """One antecedent (or one alternative of a disjunctive antecedent) of a conditional.

    Attributes:
        text: the antecedent as written; an alternative that shares the predicate written
            after the last one gets it copied ("A 或 B 不起作用": "A 不起作用"), its span stays A.
        group: alternatives of one conditional have different groups; from 0.
        issue: index of the debated issue whose proposition it restates, or None.
    """

    text: str
    group: int = Field(ge=0)
    issue: int | None = None


class Conditional(Span):
    """A conditional statement: the consequent holds if (one group of) the antecedents hold.

    The span covers marker, antecedent and consequent inside one sentence.

    Attributes:
        marker: the conditional marker as written.
        consequent_start, consequent_end: the consequent's span.
        antecedents: the antecedent, or its alternatives.
        rhetorical: a concessive ("即使 A 也 B", "no matter how A, B"): B holds whatever A is,
            so nothing rests on A.
    """

    marker: str
    consequent_start: int
    consequent_end: int
    antecedents: list[Antecedent]
    rhetorical: bool = False


class ConclusionSpan(Span):
    """A conclusion the author or a side draws.

    Attributes:
        section: index of the section.
        credence: the stated probability, 0..1, or None.
        position: index of the position it belongs to, or None.
        final: it is one of the author's overall conclusions (conclusion section or credence).
    """

    section: int = Field(ge=0)
    credence: float | None = Field(default=None, ge=0.0, le=1.0)
    position: int | None = None
    final: bool = False


class Caveat(Span):
    """A statement that hedges conclusions already drawn ("以上估计未必可靠").

    Attributes:
        section: index of the section.
        conclusions: indexes of the conclusions it qualifies: those of the nearest line
            (paragraph) before it, in its section, that draws any; empty when there is none.
    """

    section: int = Field(ge=0)
    conclusions: tuple[int, ...] = ()
