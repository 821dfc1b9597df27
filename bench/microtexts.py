"""Reading the arg-microtexts corpus (Peldszus & Stede 2015) for argkg's quality benchmark.

Each ``micro_*.xml`` holds segments (``edu``), argumentative units (``adu``, type ``pro`` for
the proponent, ``opp`` for the opponent), ``seg`` edges from segments to units, and argumentative
edges between units (``sup``, ``exa``, ``reb``, ``und``) or from a unit to another edge (``add``:
a linked premise; ``und``: an undercut of an edge). The central claim is the one unit that is the
source of no argumentative edge. Segment texts are located in the ``.txt`` beside the XML.
"""

import unicodedata
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from argkg.ingest.dialectic import SentenceRole

__all__ = [
    "Edu",
    "Microtext",
    "Prediction",
    "MicrotextScores",
    "load_microtext",
    "load_microtexts",
    "locate_edus",
    "predict_from_claims",
    "predict_from_sentence_roles",
    "baseline",
    "score_microtexts",
]

_ARGUMENT_EDGES = frozenset({"sup", "exa", "reb", "und", "add"})


@dataclass(frozen=True)
class Edu:
    """One segment: its text, the role of its unit, and whether its unit is the central claim."""

    id: str
    text: str
    role: str
    central: bool


@dataclass(frozen=True)
class Microtext:
    """One microtext: its name, its raw text and its segments in text order."""

    name: str
    text: str
    edus: tuple[Edu, ...]

    @property
    def central_index(self) -> int:
        """Index of the (first) segment of the central claim."""
        return next(index for index, edu in enumerate(self.edus) if edu.central)


def load_microtext(xml_path: Path) -> Microtext:
    """Read ``micro_*.xml`` and the ``.txt`` beside it.

    Raises:
        ValueError: the graph has no unit without outgoing argumentative edge, or a segment
            is not a unit's.
    """
    root = ET.parse(xml_path).getroot()
    roles = {adu.get("id", ""): adu.get("type", "") for adu in root.iter("adu")}
    unit_of: dict[str, str] = {}
    sources: set[str] = set()
    for edge in root.iter("edge"):
        kind, source, target = edge.get("type"), edge.get("src", ""), edge.get("trg", "")
        if kind == "seg":
            unit_of[source] = target
        elif kind in _ARGUMENT_EDGES:
            sources.add(source)
    central = set(roles) - sources
    if not central:
        raise ValueError(f"{xml_path}: no central claim (every unit has an outgoing edge)")
    edus = []
    for edu in root.iter("edu"):
        edu_id = edu.get("id", "")
        if edu_id not in unit_of:
            raise ValueError(f"{xml_path}: segment {edu_id} belongs to no unit")
        unit = unit_of[edu_id]
        edus.append(Edu(edu_id, (edu.text or "").strip(), roles[unit], unit in central))
    text = xml_path.with_suffix(".txt").read_text(encoding="utf-8")
    return Microtext(xml_path.stem, text, tuple(edus))


def load_microtexts(folder: Path) -> list[Microtext]:
    """Read every ``micro_*.xml`` of ``folder``, by name."""
    return [load_microtext(path) for path in sorted(folder.glob("micro_*.xml"))]


def locate_edus(text: str, edus: tuple[Edu, ...]) -> list[tuple[int, int]]:
    """Find each segment in ``text`` (raw or NFKC-normalised), in order.

    Raises:
        ValueError: a segment is not found after the previous one.
    """
    spans = []
    position = 0
    for edu in edus:
        for candidate in (edu.text, unicodedata.normalize("NFKC", edu.text)):
            start = text.find(candidate, position)
            if start >= 0:
                break
        else:
            raise ValueError(f"segment {edu.id} {edu.text!r} not found after offset {position}")
        spans.append((start, start + len(candidate)))
        position = start + len(candidate)
    return spans


@dataclass(frozen=True)
class Prediction:
    """What a system says about one microtext: a role per segment and the central segment."""

    roles: tuple[str, ...]
    central: int | None


@dataclass(frozen=True)
class MicrotextScores:
    """Role accuracy and macro-F1 over all segments; central-claim accuracy over texts and
    macro-F1 over segments (central or not, the measure Peldszus & Stede report)."""

    segments: int
    texts: int
    role_accuracy: float
    role_macro_f1: float
    role_f1: dict[str, float]
    central_accuracy: float
    central_macro_f1: float


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def predict_from_claims(
    spans: list[tuple[int, int]],
    claims: list[tuple[int, int, str]],
    centrals: list[tuple[int, int]],
) -> Prediction:
    """Map ingested claims to segments.

    Args:
        spans: the segments' spans in the ingested text.
        claims: each claim's (start, end, stance).
        centrals: candidate central statements (main claims, then conclusions), best first.

    Returns:
        A segment is ``opp`` when the claim overlapping it most is ``con``; the central segment
        is the first one lying (at least half) in the first candidate (None without candidates).
    """
    roles = []
    for span in spans:
        best = max(claims, key=lambda c: _overlap(span, (c[0], c[1])), default=None)
        con = best is not None and _overlap(span, (best[0], best[1])) > 0 and best[2] == "con"
        roles.append("opp" if con else "pro")
    return Prediction(tuple(roles), _first_inside(spans, centrals[:1]))


def predict_from_sentence_roles(spans: list[tuple[int, int]], roles: Sequence[SentenceRole]) -> Prediction:
    """Map ``argkg_dialectic`` sentence roles to segments.

    A segment takes the side of the region it overlaps most: a sentence's conceded clause is the
    opponent's, the rest has the sentence's role. The central segment is the first one lying
    (at least half) in the main part of the sentence with the highest central score.
    """
    regions: list[tuple[tuple[int, int], bool]] = []
    for role in roles:
        regions.extend((part, role.opponent) for part in _main_parts(role))
        if role.concession_start is not None and role.concession_end is not None:
            regions.append(((role.concession_start, role.concession_end), True))
    predicted = []
    for span in spans:
        region = max(regions, key=lambda r: _overlap(span, r[0]), default=None)
        predicted.append(
            "opp" if region is not None and _overlap(span, region[0]) > 0 and region[1] else "pro"
        )
    main = _main_parts(max(roles, key=lambda r: r.central)) if roles else []
    return Prediction(tuple(predicted), _first_inside(spans, main))


def _first_inside(spans: list[tuple[int, int]], parts: list[tuple[int, int]]) -> int | None:
    """Index of the first span lying at least half inside ``parts``, or None."""
    return next(
        (
            i
            for i, span in enumerate(spans)
            if parts and 2 * sum(_overlap(span, p) for p in parts) >= span[1] - span[0]
        ),
        None,
    )


def _main_parts(role: SentenceRole) -> list[tuple[int, int]]:
    """The sentence's span without its conceded clause."""
    if role.concession_start is None or role.concession_end is None:
        return [(role.start, role.end)]
    parts = ((role.start, role.concession_start), (role.concession_end, role.end))
    return [(a, b) for a, b in parts if a < b]


def baseline(microtext: Microtext) -> Prediction:
    """The majority baseline: every segment ``pro``, the first segment central."""
    return Prediction(tuple("pro" for _ in microtext.edus), 0)


def score_microtexts(microtexts: list[Microtext], predictions: list[Prediction]) -> MicrotextScores:
    """Score predictions against the gold roles and central claims.

    Raises:
        ValueError: the predictions do not fit the texts (count or segments).
    """
    if len(microtexts) != len(predictions):
        raise ValueError(f"{len(predictions)} predictions for {len(microtexts)} microtexts")
    gold: list[str] = []
    predicted: list[str] = []
    gold_central: list[str] = []
    predicted_central: list[str] = []
    central_hits = 0
    for microtext, prediction in zip(microtexts, predictions, strict=True):
        if len(prediction.roles) != len(microtext.edus):
            raise ValueError(
                f"{microtext.name}: {len(prediction.roles)} roles for {len(microtext.edus)} segments"
            )
        gold.extend(edu.role for edu in microtext.edus)
        predicted.extend(prediction.roles)
        gold_central.extend("cc" if edu.central else "no" for edu in microtext.edus)
        predicted_central.extend(
            "cc" if i == prediction.central else "no" for i in range(len(microtext.edus))
        )
        central_hits += prediction.central is not None and microtext.edus[prediction.central].central
    f1 = {label: _f1(gold, predicted, label) for label in ("pro", "opp")}
    hits = sum(g == p for g, p in zip(gold, predicted, strict=True))
    return MicrotextScores(
        segments=len(gold),
        texts=len(microtexts),
        role_accuracy=hits / len(gold) if gold else 0.0,
        role_macro_f1=sum(f1.values()) / len(f1),
        role_f1=f1,
        central_accuracy=central_hits / len(microtexts) if microtexts else 0.0,
        central_macro_f1=(
            _f1(gold_central, predicted_central, "cc") + _f1(gold_central, predicted_central, "no")
        )
        / 2,
    )


def _f1(gold: list[str], predicted: list[str], label: str) -> float:
    true_positive = sum(g == p == label for g, p in zip(gold, predicted, strict=True))
    guessed = sum(p == label for p in predicted)
    actual = sum(g == label for g in gold)
    if not true_positive:
        return 0.0
    precision, recall = true_positive / guessed, true_positive / actual
    return 2 * precision * recall / (precision + recall)
