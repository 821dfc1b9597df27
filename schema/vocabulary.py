"""The closed vocabularies of the argument graph (DESIGN.md §1).

Every label, relationship type and enumerated property is a `StrEnum` here, so the store can
put a label into Cypher knowing it comes from this list and never from input text.
"""

from enum import StrEnum

__all__ = [
    "Lang",
    "NodeLabel",
    "RelType",
    "Stance",
    "Role",
    "SectionKind",
    "AssumptionOrigin",
    "Basis",
    "Polarity",
    "EvidenceKind",
    "EntityType",
    "GroundedStatus",
    "IssueStance",
]


class Lang(StrEnum):
    """Languages argkg reads."""

    ZH = "zh"
    EN = "en"


class NodeLabel(StrEnum):
    """Node labels of the argument graph."""

    DOCUMENT = "Document"
    SECTION = "Section"
    CLAIM = "Claim"
    EVIDENCE = "Evidence"
    ASSUMPTION = "Assumption"
    CONCLUSION = "Conclusion"
    ENTITY = "Entity"
    ISSUE = "Issue"


class RelType(StrEnum):
    """Relationship types of the argument graph."""

    HAS_SECTION = "HAS_SECTION"
    CONTAINS = "CONTAINS"
    RAISES = "RAISES"
    SUPPORTS = "SUPPORTS"
    ATTACKS = "ATTACKS"
    CITES = "CITES"
    DEPENDS_ON = "DEPENDS_ON"
    MENTIONS = "MENTIONS"
    ATTRIBUTED_TO = "ATTRIBUTED_TO"
    ANNOTATES = "ANNOTATES"
    RESTS_ON = "RESTS_ON"
    ON_ISSUE = "ON_ISSUE"
    RESTATES = "RESTATES"


class Stance(StrEnum):
    """Which side of a debated question a claim takes."""

    PRO = "pro"
    CON = "con"
    NEUTRAL = "neutral"


class Role(StrEnum):
    """What a claim does inside its position."""

    MAIN = "main"
    PREMISE = "premise"
    NOTE = "note"
    BACKGROUND = "background"


class SectionKind(StrEnum):
    """What a heading-delimited part of a document is."""

    INTRO = "intro"
    DEBATE = "debate"
    CONCLUSION = "conclusion"
    APPENDIX = "appendix"
    OTHER = "other"


class AssumptionOrigin(StrEnum):
    """Where an assumption comes from."""

    DEBATE = "debate"
    CONDITIONAL = "conditional"
    STATED = "stated"


class Basis(StrEnum):
    """Why a DEPENDS_ON edge exists (the first six), or a RESTATES edge (the last two).

    ``wording``: two claims in one language worded alike; ``entities_numbers``: a Chinese and an
    English claim that mention the same entities and cite the same numbers.
    """

    CONDITIONAL = "conditional"
    STRUCTURAL = "structural"
    LEXICAL = "lexical"
    STATED = "stated"
    REFERENCE = "reference"
    SCENARIO = "scenario"
    WORDING = "wording"
    ENTITIES_NUMBERS = "entities_numbers"


class Polarity(StrEnum):
    """Which answer to a debated question a DEPENDS_ON edge needs (DESIGN.md §6)."""

    AFFIRM = "affirm"
    DENY = "deny"


class EvidenceKind(StrEnum):
    """What a number measures."""

    COMPUTE = "compute"
    DATA = "data"
    PROBABILITY = "probability"
    DATE = "date"
    MONEY = "money"
    RATIO = "ratio"
    BENCHMARK_SCORE = "benchmark_score"
    DURATION = "duration"
    SHARE_OF_GDP = "share_of_gdp"
    COUNT = "count"
    OTHER = "other"


class EntityType(StrEnum):
    """What a named entity is."""

    MODEL = "model"
    BENCHMARK = "benchmark"
    ORGANISATION = "organisation"
    PERSON = "person"
    METHOD = "method"
    OTHER = "other"


class GroundedStatus(StrEnum):
    """An assumption's status under grounded semantics of the attack graph."""

    ACCEPTED = "accepted"
    REJECTED = "rejected"
    UNDECIDED = "undecided"


class IssueStance(StrEnum):
    """A document's side on a shared issue, over all its claims on it (DESIGN.md §6)."""

    PRO = "pro"
    CON = "con"
    MIXED = "mixed"
    NEUTRAL = "neutral"
