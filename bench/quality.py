"""argkg's extraction quality: ``python bench/quality.py [--json] [--corpus DIR]``.

Two benchmarks over the corpus in ``shared/corpus`` (found beside the repository, or given with
``--corpus`` / ``ARGKG_CORPUS``):

a) the reference article against its partial gold annotation (section 01): precision, recall
   and F1 per item kind (see `argkg.bench.reference`);
b) the English arg-microtexts: per-segment role (proponent/opponent) accuracy and macro-F1, and
   central-claim accuracy, for argkg's full ingest, for the ``argkg_dialectic`` component alone
   (sentences from spaCy's sentencizer), and for the majority baseline, beside the mark set by
   Peldszus & Stede (2015);
c) documents across sources (`argkg.bench.crossdoc`): pairwise same-issue F1 and stance
   accuracy on argkg's own two-language corpus, and false merges among the dev microtexts.

Needs ``argkg.ingest.ingest_paths`` for (a) and the ingest row of (b); without it those parts
are reported as unavailable. Prints rich tables, or one JSON object with ``--json``.
"""

import argparse
import json
import os
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

import spacy
from rich.console import Console
from rich.table import Table

from argkg.bench import crossdoc
from argkg.bench.microtexts import (
    Microtext,
    MicrotextScores,
    Prediction,
    baseline,
    load_microtexts,
    locate_edus,
    predict_from_claims,
    predict_from_sentence_roles,
    score_microtexts,
)
from argkg.bench.reference import load_gold, score_reference
from argkg.schema import Claim, Conclusion, DocumentGraph, Lang, Role

__all__ = ["find_corpus", "run", "main"]

REFERENCE = "000_91da3ad19ea60206"
#: Peldszus & Stede (2015), "Joint prediction in MST-style discourse parsing for argumentation
#: mining": macro-F1 of the role level and of the central-claim level on the full corpus.
TARGET = {"role_macro_f1": 0.77, "central_f1": 0.86}


def find_corpus(given: Path | None = None) -> Path:
    """The corpus folder: ``given``, else ``$ARGKG_CORPUS``, else ``shared/corpus`` beside the repo.

    Raises:
        SystemExit: the folder chosen has no ``microtexts-dev/``.
    """
    if given is not None:
        chosen = given
    elif os.environ.get("ARGKG_CORPUS"):
        chosen = Path(os.environ["ARGKG_CORPUS"])
    else:
        chosen = Path(__file__).resolve().parents[2] / "shared" / "corpus"
    if not (chosen / "microtexts-dev").is_dir():
        raise SystemExit(f"{chosen} is no corpus folder (it has no microtexts-dev/)")
    return chosen


def _ingest() -> Any | None:
    """``argkg.ingest.ingest_paths``, or None while it does not exist."""
    import argkg.ingest as ingest

    return getattr(ingest, "ingest_paths", None)


def _reference(corpus: Path, ingest_paths: Any | None) -> dict[str, Any]:
    if ingest_paths is None:
        return {"available": False, "reason": "argkg.ingest.ingest_paths does not exist yet"}
    path = corpus / f"{REFERENCE}.txt"
    (graph,) = ingest_paths([path])
    gold = load_gold(
        corpus / "annotations" / f"{REFERENCE}.dev.json",
        path.read_text(encoding="utf-8"),
        graph.document.text,
    )
    scores = score_reference(gold, graph)
    return {
        "available": True,
        "scope": list(gold.scope),
        "scores": {k: v.as_dict() for k, v in scores.items()},
    }


def _from_graph(microtext: Microtext, graph: DocumentGraph) -> Prediction:
    spans = locate_edus(graph.document.text, microtext.edus)
    claims = sorted(graph.of_type(Claim), key=lambda c: c.start)
    centrals = [(c.start, c.end) for c in claims if c.role is Role.MAIN]
    centrals += [(c.start, c.end) for c in sorted(graph.of_type(Conclusion), key=lambda c: c.start)]
    return predict_from_claims(spans, [(c.start, c.end, c.stance.value) for c in claims], centrals)


def _dialectic_predictions(microtexts: list[Microtext]) -> list[Prediction]:
    """Run blank English + sentencizer + argkg's entities, attribution and dialectic components."""
    import argkg.ingest.dialectic  # noqa: F401  (registers the factories)

    nlp = spacy.blank(Lang.EN.value)
    for name in ("sentencizer", "argkg_entities", "argkg_attribution", "argkg_dialectic"):
        nlp.add_pipe(name)
    predictions = []
    for microtext, doc in zip(microtexts, nlp.pipe(m.text for m in microtexts), strict=True):
        predictions.append(
            predict_from_sentence_roles(locate_edus(doc.text, microtext.edus), doc._.argkg_dialectic)
        )
    return predictions


def _microtexts(corpus: Path, ingest_paths: Any | None) -> dict[str, Any]:
    folder = corpus / "microtexts-dev"
    microtexts = load_microtexts(folder)
    systems: dict[str, Any] = {}
    if ingest_paths is not None:
        graphs = ingest_paths([folder / f"{m.name}.txt" for m in microtexts], lang=Lang.EN)
        systems["argkg ingest"] = _scores(
            microtexts, [_from_graph(m, g) for m, g in zip(microtexts, graphs, strict=True)]
        )
    else:
        systems["argkg ingest"] = None
    systems["argkg_dialectic"] = _scores(microtexts, _dialectic_predictions(microtexts))
    systems["majority baseline"] = _scores(microtexts, [baseline(m) for m in microtexts])
    return {
        "texts": len(microtexts),
        "segments": sum(len(m.edus) for m in microtexts),
        "systems": systems,
        "target": TARGET,
    }


def _scores(microtexts: list[Microtext], predictions: list[Prediction]) -> dict[str, Any]:
    scores: MicrotextScores = score_microtexts(microtexts, predictions)

    def rounded(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: rounded(v) for k, v in value.items()}
        return round(value, 4) if isinstance(value, float) else value

    return {key: rounded(value) for key, value in asdict(scores).items()}


def run(corpus: Path) -> dict[str, Any]:
    """Compute both benchmarks; returns the JSON-ready results."""
    ingest_paths = _ingest()
    return {
        "reference": _reference(corpus, ingest_paths),
        "microtexts": _microtexts(corpus, ingest_paths),
        "crossdoc": {
            "corpus": crossdoc.score_corpus(),
            "microtexts": crossdoc.score_microtexts(corpus / "microtexts-dev"),
        },
    }


def _table(title: str, columns: tuple[str, ...], rows: list[list[str]]) -> Table:
    table = Table(title=title)
    for index, column in enumerate(columns):
        left = index == 0 or column == "also"
        table.add_column(column, justify="left" if left else "right", no_wrap=left)
    for row in rows:
        table.add_row(*row)
    return table


def _print(results: dict[str, Any], console: Console) -> None:
    reference = results["reference"]
    if reference["available"]:
        rows = [
            [kind, str(s["gold"]), str(s["found"]), str(s["predicted"]), str(s["right"])]
            + [f"{s[k]:.2f}" for k in ("precision", "recall", "f1")]
            + [
                ", ".join(
                    f"{k.removesuffix('_accuracy')} {v:.2f}" for k, v in s.items() if k.endswith("accuracy")
                )
            ]
            for kind, s in reference["scores"].items()
        ]
        first, last = reference["scope"]
        header = ("item", "gold", "hit", "pred", "ok", "P", "R", "F1", "also")
        console.print(_table(f"Reference article, section 01 (chars {first}-{last})", header, rows))
    else:
        console.print(f"Reference article: not scored ({reference['reason']})")
    micro = results["microtexts"]
    keys = ("role_accuracy", "role_macro_f1", "central_accuracy", "central_macro_f1")
    rows = [
        [name, *(f"{s[k]:.2f}" for k in keys), f"{s['role_f1']['opp']:.2f}"] if s else [name, *["n/a"] * 5]
        for name, s in micro["systems"].items()
    ]
    target = micro["target"]
    rows.append(
        ["Peldszus & Stede 2015", "", f"{target['role_macro_f1']:.2f}", "", f"{target['central_f1']:.2f}", ""]
    )
    columns = ("system", "role acc", "role mF1", "cc acc", "cc mF1", "opp F1")
    console.print(
        _table(f"English microtexts ({micro['texts']} texts, {micro['segments']} segments)", columns, rows)
    )
    cross = results["crossdoc"]["corpus"]
    keys = ("precision", "recall", "f1", "stance_accuracy")
    rows = [
        [
            part,
            str(cross[part].get("documents", cross["documents"])),
            *(f"{cross[part][k]:.2f}" for k in keys),
        ]
        for part in ("all", "en", "zh")
    ]
    title = f"Documents across sources ({cross['documents']} texts on {cross['questions']} questions)"
    console.print(_table(title, ("texts", "n", "pair P", "pair R", "pair F1", "stance acc"), rows))
    merged = results["crossdoc"]["microtexts"]
    console.print(
        f"dev microtexts: {merged['false_merge_pairs']} pairs wrongly merged of {merged['documents']} texts"
    )


def main(argv: list[str] | None = None) -> int:
    """Parse the command line, run the benchmarks, print the results."""
    parser = argparse.ArgumentParser(description="Score argkg's ingest against the annotated corpus.")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of tables")
    parser.add_argument(
        "--corpus", type=Path, default=None, help="the corpus folder (default: shared/corpus)"
    )
    args = parser.parse_args(argv)
    results = run(find_corpus(args.corpus))
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=2))
    else:
        _print(results, Console())
    return 0


if __name__ == "__main__":
    sys.exit(main())
