"""What the core builder reads from the numbers, entities, attribution and dialectic components.

Those components belong to other modules (``numbers.py``, ``entities.py``, ``attribution.py``,
``dialectic.py``) and are optional in the pipeline; the core reads their Doc extensions only
through these protocols, so it works whether or not they ran. Offsets are character offsets
into ``doc.text``.
"""

from typing import Protocol

from argkg.schema.vocabulary import EntityType, EvidenceKind

__all__ = ["NumberLike", "EntityMentionLike", "AttributionLike", "SentenceRoleLike"]


class NumberLike(Protocol):
    """A number mention (``doc._.argkg_numbers``)."""

    @property
    def start(self) -> int:
        """Start offset of the number as written."""

    @property
    def end(self) -> int:
        """End offset of the number as written."""

    @property
    def value(self) -> float:
        """The normalised value."""

    @property
    def unit(self) -> str:
        """The normalised unit."""

    @property
    def kind(self) -> EvidenceKind:
        """What the number measures."""

    @property
    def approximate(self) -> bool:
        """The text hedges the number."""

    @property
    def subject(self) -> str | None:
        """What the number measures, in the text's words."""


class EntityMentionLike(Protocol):
    """A named entity mention (``doc._.argkg_entities``)."""

    @property
    def start(self) -> int:
        """Start offset of the mention."""

    @property
    def end(self) -> int:
        """End offset of the mention."""

    @property
    def name(self) -> str:
        """The entity's name."""

    @property
    def type(self) -> EntityType:
        """What the entity is."""


class AttributionLike(Protocol):
    """Reported speech (``doc._.argkg_attributions``): ``text[start:end]`` is said by ``speaker``."""

    @property
    def start(self) -> int:
        """Start offset of the statement."""

    @property
    def end(self) -> int:
        """End offset of the statement."""

    @property
    def speaker(self) -> str:
        """Who says it."""

    @property
    def speaker_type(self) -> EntityType:
        """The speaker's entity type (``other`` for a plain phrase such as "critics")."""

    @property
    def speaker_start(self) -> int:
        """Start offset of the speaker phrase."""


class SentenceRoleLike(Protocol):
    """A sentence's dialectical role (``doc._.argkg_dialectic``)."""

    @property
    def start(self) -> int:
        """Start offset of the sentence."""

    @property
    def end(self) -> int:
        """End offset of the sentence."""

    @property
    def opponent(self) -> bool:
        """The sentence voices the opponent's side."""

    @property
    def central(self) -> float:
        """Score in [0, 1] for being the author's central claim."""

    @property
    def concession_start(self) -> int | None:
        """Start of a clause the sentence concedes to the other side, or None."""

    @property
    def concession_end(self) -> int | None:
        """End of that clause, or None."""
