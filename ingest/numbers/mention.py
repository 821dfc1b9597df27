"""A number mention (`NumberMention`): a span of the text, kept like every span on a Doc.

A Doc keeps its mentions in ``doc._.argkg_numbers`` (`argkg.ingest.parts`); as a `Span` model a
mention serialises with the others (`argkg.ingest.docbytes`), so ``doc.to_bytes()`` and
``nlp.pipe(n_process=2)`` work.
"""

from pydantic import Field

from argkg.ingest.spans import Span
from argkg.schema.vocabulary import EvidenceKind

__all__ = ["NumberMention"]


class NumberMention(Span):
    """One number that reports a quantity, with character offsets into the text it was read from.

    Attributes:
        start, end: the span; ``surface == text[start:end]``.
        surface: the number as written, unit included (a rate: its rate words too,
            每年的收入约为 20 亿元).
        value: the normalised value.
        unit: the normalised unit (``year`` for dates, ``number`` for a bare score or probability,
            ``<unit>/<per>`` for a rate).
        kind: what the number measures.
        approximate: hedged (大概, 左右, about) or vague (几百万, 亿万).
        subject: a few words of the clause saying what the number measures, when found.
    """

    end: int = Field(gt=0)
    surface: str = Field(min_length=1)
    value: float
    unit: str = Field(min_length=1)
    kind: EvidenceKind
    approximate: bool = False
    subject: str | None = None
