"""The source text as paragraphs of runs and marks, so every quote in a report has an anchor.

A report links each claim, number and conclusion to ``#q-<node id>``; this module cuts the
document's text at every quote's boundaries and wraps each quote in a `Mark` whose first
fragment carries that anchor. Quotes may nest (a number inside a claim) or cross (two claims
that overlap): the text is cut into elementary pieces, each covered by a list of quotes ordered
outermost first, and a mark that must close early is continued in a fragment without an anchor.
Paragraphs are the text's lines, so a quote that runs over a line break is split the same way.

Nothing here escapes: runs hold raw text and the templates escape it (autoescape or the
Markdown filter).

>>> [p.pieces for p in paragraphs("ab cd", [Quote(id="x", start=3, end=5, kind="claim", title="")])]
... # doctest: +NORMALIZE_WHITESPACE
[[Run(type='run', text='ab '),
  Mark(type='mark', anchor='q-x', kind='claim', title='', pieces=[Run(type='run', text='cd')])]]
"""

from collections.abc import Sequence
from itertools import pairwise
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = ["Quote", "Run", "Mark", "Piece", "Paragraph", "paragraphs", "anchor"]

_PREFIX = "q-"


def anchor(node_id: str) -> str:
    """Return the HTML id of the quote of node ``node_id`` (links point at ``#`` + this)."""
    return _PREFIX + node_id


class Quote(BaseModel):
    """A quoted span to mark: a node's ``text[start:end]``.

    Attributes:
        id: the node's id (the mark's anchor is ``q-<id>``).
        start, end: the span, character offsets into the text.
        kind: what the mark shows (a CSS class such as ``claim-pro`` or ``evidence``).
        title: the tooltip of the mark.
        rank: among quotes with the same span, lower ranks are outside.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    start: int = Field(ge=0)
    end: int = Field(gt=0)
    kind: str
    title: str
    rank: int = 0


class Run(BaseModel):
    """Plain text between marks."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    type: Literal["run"] = "run"
    text: str


class Mark(BaseModel):
    """A quoted fragment; ``anchor`` is set on a quote's first fragment only."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    type: Literal["mark"] = "mark"
    anchor: str | None
    kind: str
    title: str
    pieces: list["Piece"]


Piece = Annotated[Run | Mark, Field(discriminator="type")]
Mark.model_rebuild()


class Paragraph(BaseModel):
    """One non-blank line of the text."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    start: int
    pieces: list[Piece]


class _Open:
    """A mark under construction."""

    def __init__(self, quote: Quote | None, anchor: str | None) -> None:
        self.quote = quote
        self.anchor = anchor
        self.children: list[_Open | str] = []

    def add_text(self, text: str) -> None:
        if self.children and isinstance(self.children[-1], str):
            self.children[-1] += text
        else:
            self.children.append(text)

    def pieces(self) -> list[Piece]:
        out: list[Piece] = []
        for child in self.children:
            if isinstance(child, str):
                out.append(Run(text=child))
            else:
                assert child.quote is not None  # only the root has no quote
                out.append(
                    Mark(
                        anchor=child.anchor,
                        kind=child.quote.kind,
                        title=child.quote.title,
                        pieces=child.pieces(),
                    )
                )
        return out


def paragraphs(text: str, quotes: Sequence[Quote]) -> list[Paragraph]:
    """Cut ``text`` into paragraphs of runs and marks, one mark per fragment of each quote.

    Args:
        text: the document's normalised text.
        quotes: the spans to mark; spans past the text are clipped to it.

    Returns:
        The text's non-blank lines in order; concatenating their runs gives each line back.
    """
    ordered = sorted(quotes, key=lambda q: (q.start, -q.end, q.rank, q.id))
    anchored: set[str] = set()
    out: list[Paragraph] = []
    offset = 0
    for line in text.split("\n"):
        start, end = offset, offset + len(line)
        offset = end + 1
        if line.strip():
            inside = [q for q in ordered if q.start < end and q.end > start]
            out.append(Paragraph(start=start, pieces=_paragraph(text, start, end, inside, anchored)))
    return out


def _paragraph(text: str, start: int, end: int, quotes: list[Quote], anchored: set[str]) -> list[Piece]:
    """Build one paragraph's pieces; ``anchored`` collects the quotes whose anchor is placed."""
    cuts = sorted({start, end} | {max(q.start, start) for q in quotes} | {min(q.end, end) for q in quotes})
    root = _Open(None, None)
    stack: list[_Open] = [root]
    for a, b in pairwise(cuts):
        cover = [q for q in quotes if q.start <= a and q.end >= b]
        keep = 0
        while keep < len(cover) and keep + 1 < len(stack) and stack[keep + 1].quote is cover[keep]:
            keep += 1
        del stack[keep + 1 :]
        for quote in cover[keep:]:
            mark = _Open(quote, None if quote.id in anchored else anchor(quote.id))
            anchored.add(quote.id)
            stack[-1].children.append(mark)
            stack.append(mark)
        stack[-1].add_text(text[a:b])
    return root.pieces()
