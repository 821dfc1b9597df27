"""Conclusions and what they rest on: found, linked to the right debated questions, in the right direction.

Gold, per text: its conclusions (a ``quote`` each), and for each the debated questions it rests
on with the answer it needs (``+`` yes, ``-`` no). Two sources:

- the reference article's section-01 annotation (``annotations/<ref>.dev.json``,
  ``conclusions``: ``depends_on_sections`` and ``polarity`` per section; a section's question is
  located by its gold ``question``), scored inside section 01 only;
- the texts in ``tests/ingest/texts/depends/`` (``<name>.txt`` or ``.md`` beside ``<name>.gold.json``:
  ``{"conclusions": [{"quote": ..., "needs": {"<question quote>": "+" | "-"}}]}``), scored over
  the whole text.

Scoring (the annotation README's rules): a predicted conclusion matches a gold one when its
text contains the quote. A pair (conclusion, question) is predicted when the conclusion has a
DEPENDS_ON edge to the debate assumption spanned on that question; pair precision counts the
pairs of the predicted conclusions that match a gold one, pair recall every gold pair. The
direction is right when the edge's ``polarity`` is ``affirm`` for ``+`` and ``deny`` for ``-``
(over the gold pairs found). Run with ``python bench/quality.py``.
"""

import json
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from argkg.bench.reference import Span, locate
from argkg.schema import Assumption, Conclusion, DocumentGraph, Polarity, RelType

__all__ = ["GoldText", "load_reference", "load_texts", "score", "run"]

TEXTS = Path(__file__).resolve().parents[1] / "tests" / "ingest" / "texts" / "depends"
_SIGN = {"+": Polarity.AFFIRM, "-": Polarity.DENY}


@dataclass(frozen=True)
class GoldConclusion:
    """One gold conclusion: its quote and, per question span, the answer it needs."""

    quote: str
    needs: dict[Span, Polarity]


@dataclass(frozen=True)
class GoldText:
    """The gold conclusions of one text, and the part of it they cover."""

    name: str
    scope: Span
    conclusions: list[GoldConclusion]


def _nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def load_reference(path: Path, raw: str, text: str, scope: Span) -> GoldText:
    """The reference article's gold conclusions (``path``), located in its normalised ``text``."""
    data = json.loads(path.read_text(encoding="utf-8"))
    questions = {
        item["ordinal"]: locate(text, item["question"], 0) for item in data["sections"] if item["question"]
    }
    conclusions = [
        GoldConclusion(
            _nfkc(item["quote"]),
            {questions[s]: _SIGN[item["polarity"][s]] for s in item["depends_on_sections"]},
        )
        for item in data["conclusions"]
    ]
    return GoldText(path.stem, scope, conclusions)


def load_texts(folder: Path = TEXTS) -> list[tuple[Path, Callable[[str], GoldText]]]:
    """The texts of ``folder`` with a reader of their gold for the normalised text."""

    def reader(gold: Path) -> Callable[[str], GoldText]:
        def read(text: str) -> GoldText:
            data = json.loads(gold.read_text(encoding="utf-8"))
            conclusions = [
                GoldConclusion(
                    _nfkc(item["quote"]),
                    {locate(text, q, 0): _SIGN[sign] for q, sign in item["needs"].items()},
                )
                for item in data["conclusions"]
            ]
            return GoldText(gold.stem, (0, len(text)), conclusions)

        return read

    return [
        (path, reader(path.with_suffix(".gold.json")))
        for path in sorted(folder.iterdir())
        if path.suffix in (".txt", ".md") and path.with_suffix(".gold.json").is_file()
    ]


@dataclass
class Counts:
    """Hits and totals for conclusions, pairs and directions."""

    gold: int = 0
    predicted: int = 0
    found: int = 0
    right: int = 0
    gold_pairs: int = 0
    predicted_pairs: int = 0
    found_pairs: int = 0
    directed: int = 0

    def add(self, other: "Counts") -> None:
        """Add ``other``'s counts to these."""
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def as_dict(self) -> dict[str, Any]:
        """Counts and rates (None where nothing was there to count)."""

        def rate(a: int, b: int) -> float | None:
            return round(a / b, 3) if b else None

        return {
            **{name: getattr(self, name) for name in self.__dataclass_fields__},
            "conclusion_recall": rate(self.found, self.gold),
            "conclusion_precision": rate(self.right, self.predicted),
            "pair_precision": rate(self.found_pairs, self.predicted_pairs),
            "pair_recall": rate(self.found_pairs, self.gold_pairs),
            "direction": rate(self.directed, self.found_pairs),
        }


def _needs(graph: DocumentGraph, conclusion: Conclusion) -> dict[Span, Polarity | None]:
    """The debate questions ``conclusion`` rests on directly, with the answer of its first group."""
    found: dict[Span, tuple[int, Polarity | None]] = {}
    for r in graph.relationships:
        end = graph.node_index.get(r.end)
        if r.type is not RelType.DEPENDS_ON or r.start != conclusion.id or not isinstance(end, Assumption):
            continue
        if end.origin.value != "debate" or end.start is None or end.end is None:
            continue
        span = (end.start, end.end)
        if span not in found or (r.group or 0) < found[span][0]:
            found[span] = (r.group or 0, r.polarity)
    return {span: polarity for span, (_, polarity) in found.items()}


def _overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score(gold: GoldText, graph: DocumentGraph) -> Counts:
    """Score one text's conclusions and dependencies against its gold (see the module docstring)."""
    counts = Counts(gold=len(gold.conclusions))
    first, last = gold.scope
    predicted = [c for c in graph.of_type(Conclusion) if first <= c.start < last]
    counts.predicted = len(predicted)
    counts.right = sum(any(g.quote in c.text for g in gold.conclusions) for c in predicted)
    for g in gold.conclusions:
        counts.gold_pairs += len(g.needs)
        matches = [c for c in predicted if g.quote in c.text]
        if not matches:
            continue
        counts.found += 1
        needs: dict[Span, Polarity | None] = {}
        for c in matches:
            needs.update(_needs(graph, c))
        counts.predicted_pairs += len(needs)
        for question, polarity in g.needs.items():
            hit = [p for span, p in needs.items() if _overlaps(span, question)]
            if hit:
                counts.found_pairs += 1
                counts.directed += hit[0] is polarity
    return counts


def run(
    reference: tuple[Path, Path, Span] | None, ingest_paths: Any, texts: Sequence[Path] | None = None
) -> dict[str, Any]:
    """Score the reference (annotation path, text path, section-01 scope) and the own texts.

    Returns:
        ``{"reference": counts, "texts": {name: counts}, "texts_total": counts}``.
    """
    results: dict[str, Any] = {}
    if reference is not None:
        annotation, path, scope = reference
        (graph,) = ingest_paths([path])
        gold = load_reference(annotation, path.read_text(encoding="utf-8"), graph.document.text, scope)
        results["reference"] = score(gold, graph).as_dict()
    total = Counts()
    per_text = {}
    chosen = load_texts() if texts is None else [(p, r) for p, r in load_texts() if p in texts]
    for path, read in chosen:
        (graph,) = ingest_paths([path])
        counts = score(read(graph.document.text), graph)
        per_text[path.stem] = counts.as_dict()
        total.add(counts)
    results["texts"] = per_text
    results["texts_total"] = total.as_dict()
    return results
