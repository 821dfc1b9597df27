"""Extraction in instructions executed: ``python bench/extract_instructions.py [--json FILE]``.

`argkg.bench.extract_cpu` counts CPU seconds, which on this shared 2-core machine vary by 20-40%
from run to run with the other jobs (hyper-threads and caches are shared), more than most single
changes gain. Valgrind's cachegrind, without its cache simulation, counts the instructions a
process executes: the same in every run, whatever else the machine does, and for Python code
roughly proportional to its CPU time on an idle machine (every run with one string hash seed, so
that set and dict orders do not vary). Each figure is the difference between a
run that extracts ``N`` documents and one that extracts none, after the same warm-up (the
pipeline built, one document extracted), divided by ``N``: the instructions of one document,
start-up left out. The documents are those of `argkg.bench.extract_cpu` (copies of the
reference article; copies of the 23 English microtexts, ``--en-rounds`` times), and bare jieba
on the same Chinese text. Needs ``valgrind``; a run takes some minutes (cachegrind runs Python
about 40 times slower).
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

import jieba

from argkg.bench.quality import REFERENCE, find_corpus
from argkg.bench.scale import file_copies
from argkg.ingest import ingest_paths, read_text
from argkg.schema import Lang

__all__ = ["run", "main", "instructions", "work"]

_REFS = re.compile(r"I\s+refs:\s+([\d,]+)")


def instructions(report: str) -> int:
    """The instruction count in cachegrind's summary (``I refs: 1,234``) on its stderr."""
    found = _REFS.search(report)
    if found is None:
        raise ValueError("no 'I refs' line in valgrind's output")
    return int(found[1].replace(",", ""))


def work(kind: str, count: int, corpus: Path) -> None:
    """Do what is counted, in this process: extract ``count`` documents of ``kind`` (``zh``, ``en``:
    copies of the reference, rounds of the microtexts) or cut ``count`` copies of the reference
    with bare jieba (``jieba``), after the warm-up."""
    reference = corpus / f"{REFERENCE}.txt"
    if kind == "jieba":
        jieba.initialize()
        text = read_text(reference)
        list(jieba.cut(text[:200]))
        for _ in range(count):
            list(jieba.cut(text))
        return
    lang = Lang(kind)
    sources = [reference] if lang is Lang.ZH else sorted((corpus / "microtexts-dev").glob("*.txt"))
    with tempfile.TemporaryDirectory() as folder:
        files = file_copies(sources, max(count, 1), Path(folder))
        ingest_paths(files[:1], lang=lang)
        if count:
            ingest_paths(files, lang=lang)


def _counted(kind: str, count: int, corpus: Path) -> int:
    command = [
        "valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
        sys.executable, __file__, "--corpus", str(corpus), "--inner", kind, str(count),
    ]  # fmt: skip
    # one string hash seed for every run: set and dict orders, and so the work, do not vary
    seeded = {**os.environ, "PYTHONHASHSEED": "0"}
    done = subprocess.run(command, capture_output=True, text=True, check=False, env=seeded)
    if done.returncode != 0:
        raise RuntimeError(f"valgrind failed on {kind} {count}: {done.stderr.strip()[-300:]}")
    return instructions(done.stderr)


def run(corpus: Path, *, zh_copies: int = 4, en_rounds: int = 2) -> dict[str, float]:
    """Instructions per document of Chinese and English extraction and of bare jieba."""
    microtexts = len(list((corpus / "microtexts-dev").glob("*.txt")))
    figures: dict[str, float] = {}
    for kind, count, documents in (
        ("zh", zh_copies, zh_copies),
        ("jieba", zh_copies, zh_copies),
        ("en", en_rounds, en_rounds * microtexts),
    ):
        per_document = (_counted(kind, count, corpus) - _counted(kind, 0, corpus)) / documents
        figures[f"{kind}_instructions_per_doc"] = round(per_document)
    figures["zh_over_jieba"] = round(
        figures["jieba_instructions_per_doc"] / figures["zh_instructions_per_doc"], 3
    )
    return figures


def main(argv: Sequence[str] | None = None) -> None:
    """Parse the options, count, print the figures as JSON (and write them to ``--json``)."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=None, help="the corpus folder")
    parser.add_argument("--zh-copies", type=int, default=4, help="copies of the reference counted")
    parser.add_argument("--en-rounds", type=int, default=2, help="copies of each microtext counted")
    parser.add_argument("--json", type=Path, default=None, help="write the figures to this JSON file")
    parser.add_argument("--inner", nargs=2, metavar=("KIND", "N"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    corpus = find_corpus(args.corpus)
    if args.inner is not None:
        work(args.inner[0], int(args.inner[1]), corpus)
        return
    if shutil.which("valgrind") is None:
        print("extract_instructions: valgrind is not installed (apt-get install valgrind)", file=sys.stderr)
        raise SystemExit(2)
    figures = run(corpus, zh_copies=args.zh_copies, en_rounds=args.en_rounds)
    print(json.dumps(figures, indent=2))
    if args.json is not None:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
