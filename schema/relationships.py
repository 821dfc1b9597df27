"""Typed relationships of the argument graph and the endpoints each type allows.

>>> Relationship(type="DEPENDS_ON", start="conclusion-1", end="assumption-1",
...              basis="conditional", group=0).id.startswith("depends_on-")
True
>>> Relationship(type="CITES", start="claim-1", end="evidence-1", group=1)
Traceback (most recent call last):
...
pydantic_core._pydantic_core.ValidationError: 1 validation error for Relationship
...
"""

from enum import StrEnum
from functools import cached_property
from typing import Self

from pydantic import BaseModel, ConfigDict, Field, computed_field, model_validator

from argkg.schema.ids import stable_id
from argkg.schema.vocabulary import Basis, IssueStance, NodeLabel, Polarity, RelType

__all__ = ["Relationship", "ENDPOINTS", "RESTATES_BASES"]

#: Relationship types that may carry a polarity.
_POLARISED = frozenset({RelType.DEPENDS_ON, RelType.RESTS_ON, RelType.ON_ISSUE})
#: The bases of a RESTATES edge; every other basis belongs to DEPENDS_ON.
RESTATES_BASES = frozenset({Basis.WORDING, Basis.ENTITIES_NUMBERS})

_L = NodeLabel

#: Allowed (start labels, end labels) for each relationship type (DESIGN.md §1).
ENDPOINTS: dict[RelType, tuple[frozenset[NodeLabel], frozenset[NodeLabel]]] = {
    RelType.HAS_SECTION: (frozenset({_L.DOCUMENT}), frozenset({_L.SECTION})),
    RelType.CONTAINS: (frozenset({_L.SECTION}), frozenset({_L.CLAIM, _L.CONCLUSION})),
    RelType.RAISES: (frozenset({_L.SECTION}), frozenset({_L.ASSUMPTION})),
    RelType.SUPPORTS: (
        frozenset({_L.CLAIM}),
        frozenset({_L.CLAIM, _L.ASSUMPTION, _L.CONCLUSION}),
    ),
    RelType.ATTACKS: (
        frozenset({_L.CLAIM}),
        frozenset({_L.CLAIM, _L.ASSUMPTION, _L.CONCLUSION}),
    ),
    RelType.CITES: (frozenset({_L.CLAIM, _L.CONCLUSION}), frozenset({_L.EVIDENCE})),
    RelType.DEPENDS_ON: (
        frozenset({_L.CONCLUSION, _L.CLAIM}),
        frozenset({_L.ASSUMPTION, _L.CLAIM, _L.CONCLUSION}),
    ),
    RelType.MENTIONS: (frozenset({_L.CLAIM}), frozenset({_L.ENTITY})),
    RelType.ATTRIBUTED_TO: (frozenset({_L.CLAIM}), frozenset({_L.ENTITY})),
    RelType.ANNOTATES: (frozenset({_L.CLAIM}), frozenset({_L.CLAIM, _L.CONCLUSION})),
    RelType.RESTS_ON: (frozenset({_L.CONCLUSION}), frozenset({_L.ASSUMPTION})),
    RelType.ON_ISSUE: (frozenset({_L.DOCUMENT, _L.ASSUMPTION, _L.CLAIM}), frozenset({_L.ISSUE})),
    RelType.RESTATES: (frozenset({_L.CLAIM}), frozenset({_L.CLAIM})),
}


class Relationship(BaseModel):
    """A typed, directed relationship from a node of one document (to a node of it, or a shared one).

    RESTATES is the one relationship between two documents: a claim of one says what a claim of
    another says. It is symmetric in meaning and stored once, from the claim with the smaller id.

    Attributes:
        type: the relationship type.
        start: id of the start node.
        end: id of the end node.
        basis: why a DEPENDS_ON or a RESTATES holds (required on both and only there; a
            RESTATES takes a basis of `RESTATES_BASES`, a DEPENDS_ON any other).
        group: DEPENDS_ON edges of one group are needed together; groups are alternatives
            (DEPENDS_ON only, required there).
        critical: the assumption is in every environment of the conclusion (RESTS_ON only).
        polarity: the answer the source needs from the assumption, affirm or deny (DEPENDS_ON,
            set on edges that end on a debated question, DESIGN.md §6; and RESTS_ON, where
            `argkg analyse` writes which literal of the assumption the conclusion's label holds);
            on ON_ISSUE from an assumption or a thesis claim: whether its proposition says what
            the issue says (affirm) or the opposite (deny).
        stance: the document's side on the shared issue (ON_ISSUE from a Document only).
        score: how alike the proposition's wording is to the issue's, 0..1 (ON_ISSUE; 1.0 when
            the user said which issue it is); how surely two claims say the same thing, 0..1
            (RESTATES, required there).
        same_side: whether two restating claims take the same side (RESTATES only, required).
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    type: RelType
    start: str = Field(min_length=1)
    end: str = Field(min_length=1)
    basis: Basis | None = None
    group: int | None = Field(default=None, ge=0)
    critical: bool | None = None
    polarity: Polarity | None = None
    stance: IssueStance | None = None
    score: float | None = Field(default=None, ge=0.0, le=1.0)
    same_side: bool | None = None

    @model_validator(mode="after")
    def _properties_fit_type(self) -> Self:
        is_dependency = self.type is RelType.DEPENDS_ON
        restates = self.type is RelType.RESTATES
        if is_dependency != (self.group is not None) or (is_dependency and self.basis is None):
            raise ValueError(f"basis and group are required on DEPENDS_ON (group only), not {self.type}")
        if (is_dependency or restates) != (self.basis is not None):
            raise ValueError(f"basis belongs on DEPENDS_ON and RESTATES (required) only, not {self.type}")
        if self.basis is not None and restates != (self.basis in RESTATES_BASES):
            raise ValueError(f"basis {self.basis} does not belong on {self.type}")
        if restates != (self.same_side is not None) or (restates and self.score is None):
            raise ValueError(f"score and same_side are required on RESTATES, same_side only, not {self.type}")
        if restates and self.start >= self.end:
            raise ValueError("a RESTATES edge goes from the claim with the smaller id to the other")
        if (self.type is RelType.RESTS_ON) != (self.critical is not None):
            raise ValueError(f"critical is required on RESTS_ON and only there, not {self.type}")
        if self.polarity is not None and self.type not in _POLARISED:
            raise ValueError(f"polarity belongs on DEPENDS_ON, RESTS_ON and ON_ISSUE only, not {self.type}")
        if self.stance is not None and self.type is not RelType.ON_ISSUE:
            raise ValueError(f"stance belongs on ON_ISSUE only, not {self.type}")
        if self.score is not None and self.type not in (RelType.ON_ISSUE, RelType.RESTATES):
            raise ValueError(f"score belongs on ON_ISSUE and RESTATES only, not {self.type}")
        return self

    @computed_field  # type: ignore[prop-decorator]
    @cached_property
    def id(self) -> str:
        """Stable id: a function of the type, the endpoints, the group and a deny polarity.

        A conclusion may rest on both answers to one question (in alternative environments),
        so a deny edge gets an id of its own; an affirm edge keeps the id it had before
        polarity existed.
        """
        key = f"{self.start}>{self.end}#{self.group}"
        if self.polarity is Polarity.DENY:
            key += "!deny"
        return stable_id(self.start, self.type.value, key)

    def properties(self) -> dict[str, object]:
        """Return the storable properties (id and the type's own), nulls left out."""
        props: dict[str, object] = {"id": self.id}
        for name in ("basis", "group", "critical", "polarity", "stance", "score", "same_side"):
            value = getattr(self, name)
            if value is not None:
                props[name] = value.value if isinstance(value, StrEnum) else value
        return props
