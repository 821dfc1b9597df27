"""Typed nodes of the argument graph (DESIGN.md §1), validated at construction.

Each model is frozen and forbids unknown fields, so a misspelt property fails loudly at the
boundary and the rest of argkg can trust what it holds. Offsets are character offsets into the
document's normalised text; that they fit the text is checked by `DocumentGraph`, which holds it.

>>> Claim(id="claim-1", doc_id="document-1", text="x", start=0, end=1, stance="pro", role="main")
... # doctest: +ELLIPSIS
Claim(id='claim-1', doc_id='document-1', start=0, end=1, text='x', stance=<Stance.PRO: 'pro'>, ...)
>>> Claim(id="c", doc_id="d", text="x", start=3, end=1, stance="pro", role="main")
Traceback (most recent call last):
...
pydantic_core._pydantic_core.ValidationError: 1 validation error for Claim
...
"""

import math
from typing import ClassVar, Self

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from argkg.schema.vocabulary import (
    AssumptionOrigin,
    EntityType,
    EvidenceKind,
    GroundedStatus,
    Lang,
    NodeLabel,
    Role,
    SectionKind,
    Stance,
)

__all__ = [
    "Node",
    "Document",
    "Section",
    "Claim",
    "Evidence",
    "Assumption",
    "Conclusion",
    "Entity",
    "Issue",
    "NODE_TYPES",
    "SHARED_LABELS",
]


class Node(BaseModel):
    """A node of one document's graph, or a node that documents share.

    Attributes:
        id: stable id (see `argkg.schema.ids.stable_id`; `argkg.schema.ids.shared_id` for a
            shared node).
        doc_id: id of the `Document` the node belongs to; None, and only None, on a shared
            node (``shared``), which belongs to every document that links to it (DESIGN.md §6).
    """

    model_config = ConfigDict(extra="forbid", frozen=True, use_enum_values=False)

    label: ClassVar[NodeLabel]
    shared: ClassVar[bool] = False
    id: str = Field(min_length=1)
    doc_id: str | None = Field(default=None, min_length=1)

    @model_validator(mode="after")
    def _owner_fits_kind(self) -> Self:
        if self.shared != (self.doc_id is None):
            kind = "a shared" if self.shared else "a document's"
            raise ValueError(f"{kind} {self.label.value} must {'not ' if self.shared else ''}have a doc_id")
        return self

    def properties(self) -> dict[str, object]:
        """Return the node's storable properties: JSON values, nulls left out (Neo4j has none)."""
        return self.model_dump(mode="json", exclude_none=True)


class _Spanned(Node):
    """A node that quotes ``text[start:end]`` of its document."""

    start: int = Field(ge=0)
    end: int = Field(gt=0)

    @model_validator(mode="after")
    def _start_before_end(self) -> Self:
        if self.start >= self.end:
            raise ValueError(f"start ({self.start}) must be smaller than end ({self.end})")
        return self


class Document(Node):
    """One ingested text; its ``text`` is the normalised text every offset points into."""

    label: ClassVar[NodeLabel] = NodeLabel.DOCUMENT
    title: str
    lang: Lang
    source: str = Field(min_length=1)
    text: str
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")


class Section(_Spanned):
    """A heading-delimited part of a document: intro, a debated issue, conclusion, appendix.

    Attributes:
        ordinal: position of the section in the document, from 0 (the untitled intro) up.
        question: the question the section debates, as written, when it asks one.
    """

    label: ClassVar[NodeLabel] = NodeLabel.SECTION
    ordinal: int = Field(ge=0)
    title: str
    kind: SectionKind
    question: str | None = None


class Claim(_Spanned):
    """One argumentative statement.

    Attributes:
        position: ordinal of the stance-marked block (position) the claim belongs to inside its
            section, or None outside any position.
    """

    label: ClassVar[NodeLabel] = NodeLabel.CLAIM
    text: str = Field(min_length=1)
    stance: Stance
    role: Role
    position: int | None = Field(default=None, ge=0)


class Evidence(_Spanned):
    """One numeric fact, as written and normalised (70% -> 0.7, 5000亿 -> 5e11).

    Attributes:
        surface: the number as written, ``text[start:end]``.
        value: the normalised value; finite.
        unit: the unit after normalisation (``percent``, ``year``, ``USD``, ``FLOP``...).
        subject: what the number measures, in the text's words, when it can be told.
        approximate: the text hedges the number (about, 大概, 近...).
    """

    label: ClassVar[NodeLabel] = NodeLabel.EVIDENCE
    surface: str = Field(min_length=1)
    value: float
    unit: str
    kind: EvidenceKind
    subject: str | None = None
    approximate: bool = False

    @field_validator("value")
    @classmethod
    def _finite(cls, value: float) -> float:
        if not math.isfinite(value):
            raise ValueError(f"value must be finite, got {value!r}")
        return value


class Assumption(Node):
    """A proposition conclusions rest on: a debated question's affirmative answer, or an antecedent.

    Attributes:
        start, end: the span the assumption was read from, when it has one.
        contested, supports, attacks, status: written by `argkg analyse`.
    """

    label: ClassVar[NodeLabel] = NodeLabel.ASSUMPTION
    text: str = Field(min_length=1)
    origin: AssumptionOrigin
    start: int | None = Field(default=None, ge=0)
    end: int | None = Field(default=None, gt=0)
    contested: bool | None = None
    supports: int | None = Field(default=None, ge=0)
    attacks: int | None = Field(default=None, ge=0)
    status: GroundedStatus | None = None

    @model_validator(mode="after")
    def _span_complete(self) -> Self:
        if (self.start is None) != (self.end is None):
            raise ValueError("start and end must be given together")
        if self.start is not None and self.end is not None and self.start >= self.end:
            raise ValueError(f"start ({self.start}) must be smaller than end ({self.end})")
        return self


class Conclusion(_Spanned):
    """A judgement the author or a side draws; ``credence`` is its stated probability."""

    label: ClassVar[NodeLabel] = NodeLabel.CONCLUSION
    text: str = Field(min_length=1)
    credence: float | None = Field(default=None, ge=0.0, le=1.0)


class Entity(Node):
    """A named model, benchmark, organisation, person or method; shared by the documents naming it.

    Its id is a function of (type, canonical name) only, so every document that names the
    same thing (in any alias, case, width or script the gazetteer knows) mentions one node.
    """

    label: ClassVar[NodeLabel] = NodeLabel.ENTITY
    shared: ClassVar[bool] = True
    name: str = Field(min_length=1)
    type: EntityType


class Issue(Node):
    """A debated question that documents argue, shared by all of them (DESIGN.md §6).

    Documents link to it with ON_ISSUE (the Document, with its stance; its debate assumption,
    when it asks the question). Its id is a function of ``key`` only.

    Attributes:
        text: the question's proposition, in the words of the document that raised it first.
        key: the normalised wording the id is made from.
    """

    label: ClassVar[NodeLabel] = NodeLabel.ISSUE
    shared: ClassVar[bool] = True
    text: str = Field(min_length=1)
    key: str = Field(min_length=1)


#: Node model for each label.
NODE_TYPES: dict[NodeLabel, type[Node]] = {
    cls.label: cls for cls in (Document, Section, Claim, Evidence, Assumption, Conclusion, Entity, Issue)
}

#: Labels of the nodes documents share: no doc_id, kept while any document links to them.
SHARED_LABELS: frozenset[NodeLabel] = frozenset(label for label, cls in NODE_TYPES.items() if cls.shared)
