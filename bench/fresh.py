"""Blind measurement on texts nobody who builds argkg's reader wrote or saw: ``python
bench/fresh.py [--json FILE] [--folder DIR]``.

The material lives in ``bench/data/fresh/``, written without reading how argkg reads text, so
its figures say how argkg does on a stranger's texts rather than on the texts it was tuned on:

- ``argument/``: 14 texts (7 Chinese, 7 English) in real-world layouts (a parliamentary debate, a
  辩论赛 transcript, a 问/答 thread, a policy memo, a letter to the editor, an interview, a
  pros-and-cons blog post, an essay with concessions, a news report, a FAQ, a speech, a forum
  thread) and two that argue nothing (a recipe, a product announcement). Scored with the code
  of `argkg.bench.argtexts` (side accuracy, proposition, main claims, lines that are no claim,
  contested assumptions), plus, from the same graphs, conclusion recall (a gold quote of a
  concluding judgement lies inside a `Conclusion`) and number precision and recall (a gold
  number expression overlaps an `Evidence` span; an `Evidence` is right when it overlaps one);
- ``crossdoc/``: 36 short student-style texts on 8 questions (6 English, 2 Chinese, one English
  question also argued in Chinese), half without the question stated; scored with
  `argkg.bench.crossdoc` (pairwise same-issue P/R/F1, document stance up to orientation).

Thirty-one such sets exist: ``bench/data/fresh/`` (set 1), ``fresh2/`` to ``fresh31/``
(``--folder``), each written by someone who never read ``ingest/``. Sets 1 to 29 have since been
studied (their figures are development figures now; set 29's errors were read by nobody in stop 46,
which used it as a transfer check through its top lines). Set 30 (``fresh30/``: 16 texts, 8
Chinese and 8 English, half of them mainstream kinds (an advertising standards ruling, heritage
listing advice, a school admission appeal decision, an electoral boundary review, 公平竞争审查意见,
医疗事故技术鉴定书, 村规民约修订说明, 常务会议纪要) in forms no earlier set uses and half unusual
ones, two of them arguing nothing, with 233 quoted sides and 242 number quotes, and 45
cross-document texts on 10 questions, 25 of them without the question stated) is a validation set,
read only by its top-line figures; it was stop 45's test set. Set 31 (``fresh31/``: 16 texts, 8
Chinese and 8 English, half of them mainstream kinds (a judicial review judgment, a parliamentary
debate record, a planning examiner's letter, a merger decision, 立法听证报告, 专题询问记录,
教学委员会决议, 股东大会纪要) in forms no earlier set uses and half unusual ones, two of them arguing
nothing, with 228 quoted sides and 220 number quotes, and 45 cross-document texts on 10
questions, 25 of them without the question stated) is blind: it is stop 46's test set. Blind sets
are measured at the start and the end of a stop, their top-line figures only, and nobody reads
their texts or their errors.

Prints tables and every error; ``--json FILE`` also writes the figures and errors as JSON.
"""

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import ConfigDict
from rich.console import Console
from rich.table import Table

from argkg.bench import crossdoc
from argkg.bench.argtexts import TextGold, TextResult, check_text, summarise
from argkg.ingest import ingest_paths
from argkg.schema import Assumption, AssumptionOrigin, Conclusion, DocumentGraph, Evidence, Lang

__all__ = ["FRESH", "FreshGold", "TextExtras", "check_extras", "score_argument", "run", "main"]

#: The blind material: ``argument/`` and ``crossdoc/``, each with its ``gold.yaml``.
FRESH = Path(__file__).resolve().parent / "data" / "fresh"


class FreshGold(TextGold):
    """`TextGold` plus the quotes of the text's concluding judgements and of its numbers."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    conclusions: list[str]
    numbers: list[str]


@dataclass(frozen=True)
class TextExtras:
    """Conclusions and numbers on one text, beside what `check_text` scores.

    Attributes:
        name: the file name.
        conclusions: (gold quote, found inside a Conclusion).
        conclusions_predicted: how many Conclusion nodes the text yields.
        numbers: (gold quote, overlapped by an Evidence) per occurrence of the quote.
        evidence: (surface, overlaps a gold number) per Evidence span.
        debates: the texts of the debate assumptions (to read a missed proposition).
    """

    name: str
    conclusions: tuple[tuple[str, bool], ...]
    conclusions_predicted: int
    numbers: tuple[tuple[str, bool], ...]
    evidence: tuple[tuple[str, bool], ...]
    debates: tuple[str, ...]


def _occurrences(text: str, quote: str) -> Iterator[tuple[int, int]]:
    start = text.find(quote)
    while start >= 0:
        yield start, start + len(quote)
        start = text.find(quote, start + 1)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def check_extras(name: str, gold: FreshGold, graph: DocumentGraph) -> TextExtras:
    """Score one text's conclusions and numbers against its gold."""
    text = graph.document.text
    conclusions = graph.of_type(Conclusion)
    spans = {(e.start, e.end): e.surface for e in graph.of_type(Evidence)}
    gold_spans = [(quote, span) for quote in gold.numbers for span in _occurrences(text, quote)]
    return TextExtras(
        name=name,
        conclusions=tuple((q, any(q in c.text for c in conclusions)) for q in gold.conclusions),
        conclusions_predicted=len(conclusions),
        numbers=tuple((q, any(_overlaps(span, found) for found in spans)) for q, span in gold_spans),
        evidence=tuple(
            (surface, any(_overlaps(span, g) for _, g in gold_spans))
            for span, surface in sorted(spans.items())
        ),
        debates=tuple(a.text for a in graph.of_type(Assumption) if a.origin is AssumptionOrigin.DEBATE),
    )


def _ratio(hits: int, total: int) -> float:
    return round(hits / total, 4) if total else 1.0


def _extras_summary(extras: Sequence[TextExtras]) -> dict[str, Any]:
    concl = [ok for e in extras for _, ok in e.conclusions]
    numbers = [ok for e in extras for _, ok in e.numbers]
    evidence = [ok for e in extras for _, ok in e.evidence]
    return {
        "conclusions_gold": len(concl),
        "conclusions_found": sum(concl),
        "conclusion_recall": _ratio(sum(concl), len(concl)),
        "conclusions_predicted": sum(e.conclusions_predicted for e in extras),
        "numbers_gold": len(numbers),
        "numbers_predicted": len(evidence),
        "numbers_precision": _ratio(sum(evidence), len(evidence)),
        "numbers_recall": _ratio(sum(numbers), len(numbers)),
    }


def score_argument(folder: Path) -> dict[str, Any]:
    """Ingest the argument texts of ``folder`` once and score them every way (JSON-ready)."""
    raw = yaml.safe_load((folder / "gold.yaml").read_text(encoding="utf-8"))
    gold = {name: FreshGold.model_validate(entry) for name, entry in raw.items()}
    names = sorted(gold)
    graphs = ingest_paths([folder / name for name in names])
    results = [check_text(n, gold[n], g) for n, g in zip(names, graphs, strict=True)]
    extras = [check_extras(n, gold[n], g) for n, g in zip(names, graphs, strict=True)]
    langs = {n: g.document.lang.value for n, g in zip(names, graphs, strict=True)}
    parts: dict[str, Any] = {
        "all": {**summarise(results), **_extras_summary(extras)},
        "side_confusion": _confusion(results),
    }
    for lang in Lang:
        keep = [i for i, n in enumerate(names) if langs[n] == lang.value]
        parts[lang.value] = {
            **summarise([results[i] for i in keep]),
            **_extras_summary([extras[i] for i in keep]),
        }
    parts["texts"] = [_text_errors(r.name, gold[r.name], r, e) for r, e in zip(results, extras, strict=True)]
    return parts


def _confusion(results: Sequence[TextResult]) -> dict[str, dict[str, int]]:
    """Gold side -> found side ("none" when no claim holds the quote) -> count."""
    table: dict[str, dict[str, int]] = {}
    for result in results:
        for _, gold, found in result.sides:
            row = table.setdefault(gold.value, {})
            key = found.value if found is not None else "none"
            row[key] = row.get(key, 0) + 1
    return table


def _text_errors(name: str, gold: FreshGold, result: TextResult, extras: TextExtras) -> dict[str, Any]:
    """What went wrong on one text, for reading the errors."""
    return {
        "name": name,
        "side_accuracy": round(result.side_accuracy, 4),
        "proposition_ok": result.proposition,
        "gold_proposition": gold.proposition,
        "debate_assumptions": list(extras.debates),
        "main_missed": [q for q, ok in zip(gold.main, result.mains, strict=True) if not ok],
        "not_claims_kept": [q for q, ok in zip(gold.not_claims, result.not_claims, strict=True) if not ok],
        "two_sided": result.two_sided,
        "contested": result.contested,
        "conclusions_missed": [q for q, ok in extras.conclusions if not ok],
        "numbers_missed": [q for q, ok in extras.numbers if not ok],
        "numbers_false": [s for s, ok in extras.evidence if not ok],
    }


def score_crossdoc(folder: Path) -> dict[str, Any]:
    """The cross-document figures of `argkg.bench.crossdoc`, and each document's assignment."""
    gold = yaml.safe_load((folder / "gold.yaml").read_text(encoding="utf-8"))["documents"]
    names = sorted(gold)
    predicted = crossdoc.assign(names, ingest_paths([folder / f"{name}.txt" for name in names]))
    return {
        **crossdoc.score_corpus(folder),
        "assignments": [
            {
                "name": p.name,
                "question": gold[p.name]["question"],
                "gold": gold[p.name]["stance"],
                "issue": p.issue,
                "stance": p.stance.value,
            }
            for p in predicted
        ],
    }


def run(folder: Path = FRESH) -> dict[str, Any]:
    """Every figure on the blind material in ``folder`` (JSON-ready)."""
    return {"argument": score_argument(folder / "argument"), "crossdoc": score_crossdoc(folder / "crossdoc")}


def _shown(value: object) -> str:
    """A figure as a table shows it: ``n/a`` where the texts hold nothing to measure."""
    return "n/a" if value is None else str(value)


def _print(results: dict[str, Any], console: Console) -> None:
    argument = results["argument"]
    keys = (
        "side_accuracy",
        "all_pro_accuracy",
        "neutral_precision",
        "proposition_found",
        "main_claims_found",
        "never_claims_ok",
        "two_sided_contested",
        "conclusion_recall",
        "conclusions_predicted",
        "numbers_precision",
        "numbers_recall",
    )
    table = Table(title=f"Blind argument texts ({argument['all']['texts']} texts)")
    table.add_column("figure", no_wrap=True)
    for part in ("all", "zh", "en"):
        table.add_column(part, justify="right")
    for key in keys:
        table.add_row(key, *(_shown(argument[part][key]) for part in ("all", "zh", "en")))
    console.print(table)
    for gold, row in sorted(argument["side_confusion"].items()):
        found = ", ".join(f"{k} {v}" for k, v in sorted(row.items()))
        console.print(f"  gold {gold} -> {found}", markup=False)
    for miss in argument["all"]["misses"]:
        console.print(f"  side: {miss}", markup=False)
    for text in argument["texts"]:
        wrong: dict[str, object] = {
            k: v for k, v in text.items() if isinstance(v, list) and v and k != "debate_assumptions"
        }
        if not text["proposition_ok"]:
            wrong["proposition"] = f"{text['gold_proposition']!r} not in {text['debate_assumptions']}"
        if text["two_sided"] and not text["contested"]:
            wrong["contested"] = "none"
        for key, value in wrong.items():
            console.print(f"  {text['name']} {key}: {value}", markup=False)
    cross = results["crossdoc"]
    table = Table(
        title=f"Blind cross-document texts ({cross['documents']} on {cross['questions']} questions)"
    )
    for column in ("texts", "n", "pair P", "pair R", "pair F1", "stance acc"):
        table.add_column(column, justify="left" if column == "texts" else "right")
    for part in ("all", "en", "zh"):
        s = cross[part]
        table.add_row(
            part,
            str(s.get("documents", cross["documents"])),
            *(f"{s[k]:.2f}" for k in ("precision", "recall", "f1", "stance_accuracy")),
        )
    console.print(table)
    console.print(f"issues predicted: {cross['issues_predicted']}")
    for item in cross["assignments"]:
        console.print(
            f"  {item['name']} {item['question']}/{item['gold']} -> {item['issue']} {item['stance']}",
            markup=False,
        )


def main(argv: list[str] | None = None) -> int:
    """Parse the command line, measure, print, and write the JSON when asked."""
    parser = argparse.ArgumentParser(description="Measure argkg on blind texts (bench/data/fresh).")
    parser.add_argument("--json", type=Path, default=None, help="also write the results to this JSON file")
    parser.add_argument("--folder", type=Path, default=FRESH, help="folder with argument/ and crossdoc/")
    args = parser.parse_args(argv)
    if (
        not (args.folder / "argument" / "gold.yaml").is_file()
        or not (args.folder / "crossdoc" / "gold.yaml").is_file()
    ):
        print(f"{args.folder} has no argument/gold.yaml and crossdoc/gold.yaml", file=sys.stderr)
        return 2
    results = run(args.folder)
    _print(results, Console())
    if args.json is not None:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
