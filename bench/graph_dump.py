"""Dump the graph of every own text as JSON, to check that a change leaves the output alone.

``python bench/graph_dump.py OUT_DIR`` extracts every text under ``tests/ingest/texts``, the dev
sets ``bench/data/fresh`` and ``fresh2`` to ``fresh23``, named one by one (the validation set
``fresh24`` and the blind set ``fresh25`` are never opened), the cross-document dev sets
(``crossdev*``, ``topics``) and the corpus (the reference article and the microtexts) and writes
each `DocumentGraph` as JSON into ``OUT_DIR``, one file per text. Run it before and after a
change that should not alter any graph (a speed-up) and compare the folders with ``diff -r``.
"""

import argparse
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from argkg.bench.quality import find_corpus
from argkg.ingest import ingest_paths

__all__ = ["texts", "main"]

_ROOT = Path(__file__).resolve().parent.parent
_SUFFIXES = {".txt", ".md"}
#: The development sets dumped, named one by one: a pattern such as ``fresh*`` would also reach
#: the validation and blind sets (stop 46: sets 30 and 31), which no dump may open.
_DEV_SETS = ("fresh", *(f"fresh{number}" for number in range(2, 30)))


def texts(corpus: Path) -> Iterator[Path]:
    """Every text dumped, in a fixed order: own test texts, dev sets, corpus."""
    folders = [_ROOT / "tests" / "ingest" / "texts"]
    data = _ROOT / "bench" / "data"
    folders += [data / name for name in _DEV_SETS]
    folders += [*sorted(data.glob("crossdev*")), data / "topics"]
    for folder in folders:
        yield from sorted(p for p in folder.rglob("*") if p.suffix in _SUFFIXES and p.is_file())
    yield from sorted(corpus.glob("0*.txt"))
    yield from sorted((corpus / "microtexts-dev").glob("*.txt"))


def main(argv: Sequence[str] | None = None) -> None:
    """Write one JSON file per text into the output folder."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("out", type=Path, help="the folder the JSON files go to")
    parser.add_argument("--corpus", type=Path, default=None, help="the corpus folder")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    count = 0
    for path in texts(find_corpus(args.corpus)):
        name = str(path.relative_to(_ROOT) if path.is_relative_to(_ROOT) else path.name)
        try:
            (graph,) = ingest_paths([path], lang="auto")
        except Exception as exc:  # a text the pipeline refuses is recorded, not skipped
            dumped = f"error: {type(exc).__name__}: {exc}\n"
        else:
            dumped = graph.model_dump_json(indent=1) + "\n"
        (args.out / (name.replace("/", "__") + ".json")).write_text(dumped, encoding="utf-8")
        count += 1
    print(f"{count} graphs written to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
