"""The answers of the analyses: one pydantic model per row of DESIGN.md §4's JSON.

Field names are the JSON keys, so ``model_dump(mode="json")`` is what ``argkg query NAME
--json`` prints. Models are frozen and forbid unknown fields: rows read back from Cypher are
validated with the same models as the networkx answers, which is what makes them comparable.

>>> CriticalPair(conclusion_id="c1", assumption_id="a1", polarity="deny").model_dump(mode="json")
{'conclusion_id': 'c1', 'assumption_id': 'a1', 'polarity': 'deny'}
"""

from pydantic import BaseModel, ConfigDict

from argkg.schema import Polarity

__all__ = [
    "ContestedAssumption",
    "AssumptionDependency",
    "ConclusionDependencies",
    "CriticalPair",
    "WhatIf",
    "Splits",
    "Crux",
    "EvidenceRow",
    "SectionBalance",
    "SourceStance",
    "SourceSide",
    "AssumptionSources",
    "IssueSources",
    "SourceClaim",
    "SourceOnIssue",
    "Restatement",
]


class _Answer(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class SourceSide(_Answer):
    """One source's side on an assumption: its stance and its claims for and against it.

    When the assumption argues a shared issue, every source that argues the issue has a row,
    read relative to the assumption's wording (reversed for an issue it words the other way);
    otherwise only its own document, whose stance is what its claims do to it.
    """

    doc_id: str
    source: str
    stance: str
    supports: int
    attacks: int


class AssumptionSources(_Answer):
    """One assumption's breakdown by source (the rows of ``assumption_sources.cypher``)."""

    assumption_id: str
    sources: list[SourceSide]


class ContestedAssumption(_Answer):
    """An assumption that some claims support and others attack.

    Attributes
    ----------
    supports, attacks : int
        Number of distinct claims that support (attack) it, directly or through a chain of
        SUPPORTS (see SEMANTICS.md).
    """

    assumption_id: str
    text: str
    supports: int
    attacks: int
    sources: list[SourceSide] = []


class AssumptionDependency(_Answer):
    """One literal of an assumption in a conclusion's label, with the chain that explains it.

    Attributes
    ----------
    basis : str
        ``basis`` of the last DEPENDS_ON edge of ``path`` (the one that reaches the assumption).
    polarity : Polarity or None
        The answer the conclusion needs (``deny``: the assumption answered no); None when the
        last edges say none, which counts as ``affirm``.
    path : list of str
        Node ids from the conclusion to the assumption along DEPENDS_ON edges.
    """

    assumption_id: str
    text: str
    contested: bool
    basis: str
    polarity: Polarity | None
    path: list[str]
    sources: list[SourceSide] = []


class ConclusionDependencies(_Answer):
    """A conclusion and every assumption that lies in one of its environments."""

    conclusion_id: str
    text: str
    credence: float | None
    assumptions: list[AssumptionDependency]


class CriticalPair(_Answer):
    """The literal lies in every environment of the conclusion: the other answer alone fells it."""

    conclusion_id: str
    assumption_id: str
    polarity: Polarity


class WhatIf(_Answer):
    """What falls and what stands once the ``rejected`` and ``accepted`` assumptions are answered."""

    rejected: list[str]
    accepted: list[str]
    falls: list[str]
    stands: list[str]
    sources: dict[str, list[SourceSide]] = {}


class Splits(_Answer):
    """The conclusions a question is critical for, by the answer each needs (ids, sorted)."""

    affirm: list[str]
    deny: list[str]


class Crux(_Answer):
    """An assumption ranked by whether its answer splits the conclusions, then by score.

    Attributes
    ----------
    conclusions : list of str
        Every conclusion the assumption is critical for (either way), sorted.
    splits : Splits
        Those conclusions by the answer they need; a crux that splits has both lists non-empty.
    """

    assumption_id: str
    text: str
    score: float
    conclusions: list[str]
    splits: Splits
    sources: list[SourceSide] = []


class EvidenceRow(_Answer):
    """A number and the claim that cites it, with the claim's stance."""

    evidence_id: str
    surface: str
    value: float
    unit: str
    kind: str
    claim_id: str
    stance: str


class SectionBalance(_Answer):
    """How many pro and con claims a debated section contains."""

    section_id: str
    title: str
    pro: int
    con: int


class SourceStance(_Answer):
    """One source's stance on a shared issue (``pro``/``con``/``mixed``/``neutral``)."""

    doc_id: str
    source: str
    stance: str


class IssueSources(_Answer):
    """A shared issue, the sources that argue it, and the claims for and against it across them."""

    issue_id: str
    text: str
    sources: list[SourceStance]
    supports: int
    attacks: int


class SourceClaim(_Answer):
    """A claim that argues a shared issue: its side (``for``/``against``) and the numbers it cites."""

    claim_id: str
    text: str
    side: str
    evidence: list[str]


class SourceOnIssue(SourceStance):
    """One source's stance on a shared issue and its claims on it."""

    claims: list[SourceClaim]


class Restatement(_Answer):
    """Two claims in different documents that say the same thing.

    Attributes
    ----------
    score : float
        0..1: wording similarity (``basis`` ``wording``) or the share of entities and numbers
        the two claims have in common (``entities_numbers``, across languages).
    same_side : bool
        The two claims carry the same stance.
    cluster : str
        The least claim id of the pair's cluster (the claims RESTATES joins, directly or not).
    sources : int
        How many documents make the cluster's claim ("argued by N sources").
    """

    claim_id: str
    other_id: str
    doc_id: str
    other_doc_id: str
    score: float
    basis: str
    same_side: bool
    cluster: str
    sources: int
