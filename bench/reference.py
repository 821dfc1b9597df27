"""Scoring argkg's graph of the reference article against its partial gold annotation.

The gold file (``shared/corpus/annotations/*.dev.json``, see its README) quotes the RAW text;
argkg's document text is NFKC-normalised, so every gold quote is normalised and searched in the
document text (the occurrence nearest the quote's raw offset wins). Only section 01 is
annotated: precision counts the predictions inside section 01, recall counts the gold items.

Rules (from the annotation README and the benchmark brief):

- evidence: spans overlap and values agree within 1% (kind accuracy is reported on matches);
- positions: a predicted position (the claims sharing a section and a position ordinal) matches
  when its stance agrees and its block or main claim covers the gold marker (or its main claim
  overlaps the gold main claim); main-claim accuracy is reported on matches;
- conditionals: a conditional `Assumption` overlapping the gold antecedent;
- notes: author and translator notes found as ``note`` claims; a note claim is correct when it
  lies on the line of a gold note (the gold quote opens the note; definitions count as correct
  notes, not as missed ones); captions and boilerplate must not be claims;
- sections: a predicted section whose title holds the gold title, with the gold kind.
"""

import json
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from argkg.schema import Assumption, AssumptionOrigin, Claim, DocumentGraph, Evidence, RelType, Role, Section

__all__ = [
    "Score",
    "match_pairs",
    "GoldEvidence",
    "GoldPosition",
    "GoldNote",
    "GoldSection",
    "Gold",
    "PredictedPosition",
    "load_gold",
    "locate",
    "score_evidence",
    "score_positions",
    "score_conditionals",
    "score_notes",
    "score_captions",
    "score_sections",
    "predicted_positions",
    "score_reference",
]

_NOTE_KINDS = ("author_note", "translator_note")
_NOT_CLAIMS = ("caption", "boilerplate")

_G = TypeVar("_G")
_P = TypeVar("_P")
Span = tuple[int, int]


@dataclass(frozen=True)
class Score:
    """Counts of one item kind and the rates they give.

    Attributes:
        gold: gold items; predicted: predictions in scope; matched_gold / matched_predicted:
        how many of each found a partner; extra: kind-specific rates (kind accuracy...).
    """

    gold: int
    predicted: int
    matched_gold: int
    matched_predicted: int
    extra: dict[str, float]

    @property
    def precision(self) -> float:
        """Matched predictions over predictions (0 without predictions)."""
        return self.matched_predicted / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        """Matched gold items over gold items (0 without gold)."""
        return self.matched_gold / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0

    def as_dict(self) -> dict[str, Any]:
        """The counts and rates, for JSON."""
        rates = {"precision": self.precision, "recall": self.recall, "f1": self.f1}
        counts = {
            "gold": self.gold,
            "found": self.matched_gold,
            "predicted": self.predicted,
            "right": self.matched_predicted,
        }
        return {**counts, **{k: round(v, 4) for k, v in {**rates, **self.extra}.items()}}


@dataclass(frozen=True)
class GoldEvidence:
    """A gold number: its span in the normalised text, value and kind."""

    span: Span
    value: float
    kind: str


@dataclass(frozen=True)
class GoldPosition:
    """A gold position: its marker's and its main claim's spans, and its stance."""

    marker: Span
    main: Span
    stance: str


@dataclass(frozen=True)
class GoldNote:
    """A gold note, caption or boilerplate: its quote's span, where its line ends, its kind."""

    span: Span
    line_end: int
    kind: str


@dataclass(frozen=True)
class GoldSection:
    """A gold section: its ordinal, kind and title."""

    ordinal: int
    kind: str
    title: str
    span: Span


@dataclass(frozen=True)
class Gold:
    """The gold annotation located in one normalised text; ``scope`` is section 01's span."""

    scope: Span
    evidence: list[GoldEvidence]
    positions: list[GoldPosition]
    antecedents: list[Span]
    notes: list[GoldNote]
    sections: list[GoldSection]


@dataclass(frozen=True)
class PredictedPosition:
    """A predicted position: the span of its claims, its main claim's span and its stance."""

    block: Span
    main: Span | None
    stance: str


def locate(text: str, quote: str, near: int) -> Span:
    """Find the NFKC form of ``quote`` in ``text``, the occurrence nearest ``near``.

    Raises:
        ValueError: the quote is not in the text.
    """
    needle = unicodedata.normalize("NFKC", quote)
    starts = []
    start = text.find(needle)
    while start >= 0:
        starts.append(start)
        start = text.find(needle, start + 1)
    if not starts:
        raise ValueError(f"gold quote {quote!r} is not in the text")
    best = min(starts, key=lambda s: abs(s - near))
    return best, best + len(needle)


def load_gold(path: Path, raw: str, text: str) -> Gold:
    """Read the gold file for the raw text ``raw`` and locate its items in the normalised ``text``."""
    data = json.loads(path.read_text(encoding="utf-8"))

    def near(item: dict[str, Any]) -> int:
        return len(unicodedata.normalize("NFKC", raw[: int(item["offset"])]))

    def find(item: dict[str, Any], key: str = "quote") -> Span:
        return locate(text, item[key], near(item))

    evidence = []
    for item in data["numeric_evidence"]:
        quote = find(item)
        surface = locate(text[quote[0] : quote[1]], item["surface"], 0)
        span = (quote[0] + surface[0], quote[0] + surface[1])
        evidence.append(GoldEvidence(span, float(item["value"]), item["kind"]))
    positions = [
        GoldPosition(
            find(item, "marker_quote"), locate(text, item["main_claim_quote"], near(item)), item["stance"]
        )
        for item in data["positions"]
    ]
    antecedents = []
    for item in data["conditionals"]:
        quote = find(item)
        antecedents.append(locate(text, item["antecedent_quote"], quote[0]))
    notes = [GoldNote(find(item), _line_end(text, find(item)[1]), item["kind"]) for item in data["notes"]]
    sections = [
        GoldSection(
            int(item["ordinal"]),
            item["kind"],
            unicodedata.normalize("NFKC", item["title"]),
            find(item, "title"),
        )
        for item in data["sections"]
    ]
    first = min((s for s in sections if s.ordinal == 1), key=lambda s: s.span[0])
    following = [s.span[0] for s in sections if s.span[0] > first.span[0]]
    return Gold(
        scope=(first.span[0], min(following, default=len(text))),
        evidence=evidence,
        positions=positions,
        antecedents=antecedents,
        notes=notes,
        sections=sections,
    )


def _line_end(text: str, position: int) -> int:
    end = text.find("\n", position)
    return len(text) if end < 0 else end


def _overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _in_scope(span: Span, scope: Span) -> bool:
    return scope[0] <= span[0] < scope[1]


def match_pairs(
    gold: Sequence[_G], predicted: Sequence[_P], fits: Callable[[_G, _P], bool]
) -> list[tuple[_G, _P]]:
    """Pair gold items with predictions one to one, greedily in order."""
    used: set[int] = set()
    pairs = []
    for item in gold:
        partner = next((i for i, p in enumerate(predicted) if i not in used and fits(item, p)), None)
        if partner is not None:
            used.add(partner)
            pairs.append((item, predicted[partner]))
    return pairs


def _score(gold: Sequence[Any], predicted: Sequence[Any], pairs: list[Any], **extra: float) -> Score:
    return Score(len(gold), len(predicted), len(pairs), len(pairs), dict(extra))


def score_evidence(gold: Sequence[GoldEvidence], predicted: Sequence[Evidence], scope: Span) -> Score:
    """Evidence: overlapping spans and values within 1%; reports ``kind_accuracy`` on matches."""
    inside = [e for e in predicted if _in_scope((e.start, e.end), scope)]

    def fits(g: GoldEvidence, p: Evidence) -> bool:
        close = abs(p.value - g.value) <= 0.01 * abs(g.value) if g.value else p.value == 0
        return _overlaps(g.span, (p.start, p.end)) and close

    pairs = match_pairs(gold, inside, fits)
    kinds = sum(p.kind.value == g.kind for g, p in pairs) / len(pairs) if pairs else 0.0
    return _score(gold, inside, pairs, kind_accuracy=kinds)


def predicted_positions(graph: DocumentGraph) -> list[PredictedPosition]:
    """Group the graph's claims into positions: same section (``CONTAINS``) and position ordinal."""
    section_of = {r.end: r.start for r in graph.relationships if r.type is RelType.CONTAINS}
    groups: dict[tuple[str, int], list[Claim]] = {}
    for claim in graph.of_type(Claim):
        if claim.position is not None:
            groups.setdefault((section_of.get(claim.id, ""), claim.position), []).append(claim)
    positions = []
    for claims in groups.values():
        main = next((c for c in claims if c.role is Role.MAIN), None)
        stance = (main or claims[0]).stance.value
        block = (min(c.start for c in claims), max(c.end for c in claims))
        positions.append(PredictedPosition(block, (main.start, main.end) if main else None, stance))
    return sorted(positions, key=lambda p: p.block)


def score_positions(
    gold: Sequence[GoldPosition], predicted: Sequence[PredictedPosition], scope: Span
) -> Score:
    """Positions: stance agrees and the block or main claim covers the marker (see module doc)."""
    inside = [p for p in predicted if _in_scope(p.block, scope)]

    def fits(g: GoldPosition, p: PredictedPosition) -> bool:
        spans = [p.block] + ([p.main] if p.main else [])
        covers = any(_overlaps(span, g.marker) for span in spans) or (
            p.main is not None and _overlaps(p.main, g.main)
        )
        return p.stance == g.stance and covers

    pairs = match_pairs(gold, inside, fits)
    mains = sum(p.main is not None and _overlaps(p.main, g.main) for g, p in pairs)
    return _score(gold, inside, pairs, main_accuracy=mains / len(pairs) if pairs else 0.0)


def score_conditionals(gold: Sequence[Span], predicted: Sequence[Assumption], scope: Span) -> Score:
    """Conditionals: a conditional assumption whose span overlaps the gold antecedent."""
    inside = [
        (a.start, a.end)
        for a in predicted
        if a.origin is AssumptionOrigin.CONDITIONAL and a.start is not None and a.end is not None
        if _in_scope((a.start, a.end), scope)
    ]
    return _score(gold, inside, match_pairs(gold, inside, _overlaps))


def score_notes(gold: Sequence[GoldNote], claims: Sequence[Claim], scope: Span) -> Score:
    """Notes: recall over author/translator notes, precision of note claims against any gold note."""
    notes = [(c.start, c.end) for c in claims if c.role is Role.NOTE and _in_scope((c.start, c.end), scope)]
    wanted = [n.span for n in gold if n.kind in _NOTE_KINDS]
    allowed = [(n.span[0], n.line_end) for n in gold if n.kind not in _NOT_CLAIMS]
    found = match_pairs(wanted, notes, _overlaps)
    correct = [c for c in notes if any(_overlaps(c, span) for span in allowed)]
    return Score(len(wanted), len(notes), len(found), len(correct), {})


def score_captions(gold: Sequence[GoldNote], claims: Sequence[Claim]) -> Score:
    """Captions and boilerplate: each one that no claim overlaps counts as right."""
    lines = [n.span for n in gold if n.kind in _NOT_CLAIMS]
    clear = [span for span in lines if not any(_overlaps(span, (c.start, c.end)) for c in claims)]
    return Score(len(lines), len(lines), len(clear), len(clear), {})


def score_sections(gold: Sequence[GoldSection], predicted: Sequence[Section]) -> Score:
    """Sections: title found with the right kind; reports ``ordinal_accuracy`` on matches."""
    headed = [s for s in predicted if s.ordinal > 0]

    def fits(g: GoldSection, p: Section) -> bool:
        titled = g.title in p.title or (p.start <= g.span[0] < p.end and p.title and p.title in g.title)
        return bool(titled) and p.kind.value == g.kind

    pairs = match_pairs(gold, headed, fits)
    ordinals = sum(p.ordinal == g.ordinal for g, p in pairs) / len(pairs) if pairs else 0.0
    return _score(gold, headed, pairs, ordinal_accuracy=ordinals)


def score_reference(gold: Gold, graph: DocumentGraph) -> dict[str, Score]:
    """Every score of the reference article, by item kind."""
    claims = graph.of_type(Claim)
    return {
        "evidence": score_evidence(gold.evidence, graph.of_type(Evidence), gold.scope),
        "positions": score_positions(gold.positions, predicted_positions(graph), gold.scope),
        "conditionals": score_conditionals(gold.antecedents, graph.of_type(Assumption), gold.scope),
        "notes": score_notes(gold.notes, claims, gold.scope),
        "captions": score_captions(gold.notes, claims),
        "sections": score_sections(gold.sections, graph.of_type(Section)),
    }
