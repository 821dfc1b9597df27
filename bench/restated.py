"""Restated claims on a pair set written for them (``bench/data/restates/pairs.yaml``).

Each pair is two one-claim texts stored as two documents; the pair is found when
`argkg.ingest.restates.restate` puts a RESTATES edge between them. Scored apart: the pairs across
Chinese and English (basis ``entities_numbers``: the same entities and numbers) and the pairs in
one language (basis ``wording``). The negatives are near misses (the same entity with another
number, the same number about another entity, the same subject without a figure, another claim on
the same subject, a claim and its negation), so precision here is a floor for ordinary text.
"""

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from argkg.ingest import ingest_text
from argkg.ingest.langdetect import detect_lang
from argkg.ingest.restates import restate

__all__ = ["PAIRS", "score_pairs"]

PAIRS = Path(__file__).parent / "data" / "restates" / "pairs.yaml"


@dataclass(frozen=True)
class _Outcome:
    cross: bool
    same: bool
    found: bool
    a: str
    b: str


def _found(a: str, b: str) -> bool:
    graphs = restate([ingest_text(a, source="a.txt"), ingest_text(b, source="b.txt")], [])
    return any(graph.restates for graph in graphs)


def _scores(outcomes: list[_Outcome]) -> dict[str, Any]:
    hits = sum(o.same and o.found for o in outcomes)
    found = sum(o.found for o in outcomes)
    positives = sum(o.same for o in outcomes)
    return {
        "pairs": len(outcomes),
        "positives": positives,
        "found": found,
        "precision": round(hits / found, 4) if found else None,
        "recall": round(hits / positives, 4) if positives else None,
        "errors": [{"a": o.a, "b": o.b, "same": o.same} for o in outcomes if o.same != o.found],
    }


def score_pairs(path: Path = PAIRS) -> dict[str, Any]:
    """Precision and recall of RESTATES on the pair set: across zh/en, in one language, all."""
    outcomes = []
    for pair in yaml.safe_load(path.read_text(encoding="utf-8"))["pairs"]:
        a, b = str(pair["a"]), str(pair["b"])
        cross = detect_lang(a) != detect_lang(b)
        outcomes.append(_Outcome(cross, bool(pair["same"]), _found(a, b), a, b))
    return {
        "across_languages": _scores([o for o in outcomes if o.cross]),
        "one_language": _scores([o for o in outcomes if not o.cross]),
        "all": _scores(outcomes),
    }
