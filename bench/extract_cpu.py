"""Extraction in CPU seconds: ``python bench/extract_cpu.py [--repeat N] [--json FILE]``.

`argkg.bench.scale` times extraction in wall-clock seconds, which on a shared machine says as
much about the other jobs as about argkg. This bench runs the same work (``ingest_paths`` on
the reference article as ``--zh-copies`` files and on ``--en-rounds`` copies of each English
microtext, as `argkg.bench.scale` does) and reports the fewest CPU seconds of ``--repeat``
runs, beside bare jieba's CPU seconds on the same Chinese texts. To compare two commits, run
each alternately in its own checkout; CPU time on a loaded machine still varies by 10-20%.
"""

import argparse
import json
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import jieba

from argkg.bench.quality import REFERENCE, find_corpus
from argkg.bench.scale import file_copies
from argkg.ingest import ingest_paths, read_text
from argkg.schema import Lang

__all__ = ["run", "main"]


def _fewest_cpu_seconds(work: Callable[[], object], repeat: int) -> float:
    runs = []
    for _ in range(repeat):
        began = time.process_time()
        work()
        runs.append(time.process_time() - began)
    return min(runs)


def run(corpus: Path, *, zh_copies: int = 20, en_rounds: int = 8, repeat: int = 3) -> dict[str, float]:
    """Chinese and English extraction and bare jieba: characters and the fewest CPU seconds."""
    microtexts = sorted((corpus / "microtexts-dev").glob("*.txt"))
    with tempfile.TemporaryDirectory() as folder:
        zh_files = file_copies([corpus / f"{REFERENCE}.txt"], zh_copies, Path(folder))
        en_files = file_copies(microtexts, en_rounds, Path(folder))
        zh_texts = [read_text(path) for path in zh_files]
        ingest_paths(zh_files[:1], lang=Lang.ZH)  # warm: build the pipelines, load jieba
        ingest_paths(en_files[:1], lang=Lang.EN)
        zh = _fewest_cpu_seconds(lambda: ingest_paths(zh_files, lang=Lang.ZH), repeat)
        bare = _fewest_cpu_seconds(lambda: [list(jieba.cut(text)) for text in zh_texts], repeat)
        en = _fewest_cpu_seconds(lambda: ingest_paths(en_files, lang=Lang.EN), repeat)
        en_chars = sum(len(read_text(path)) for path in en_files)
    zh_chars = sum(len(text) for text in zh_texts)
    return {
        "zh_chars": zh_chars,
        "zh_cpu_s": round(zh, 3),
        "zh_chars_per_cpu_s": round(zh_chars / zh),
        "jieba_cpu_s": round(bare, 3),
        "zh_over_jieba": round(bare / zh, 3),
        "en_chars": en_chars,
        "en_cpu_s": round(en, 3),
        "en_chars_per_cpu_s": round(en_chars / en),
    }


def main(argv: Sequence[str] | None = None) -> None:
    """Parse the options, measure, print the figures as JSON (and write them to ``--json``)."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=None, help="the corpus folder")
    parser.add_argument("--zh-copies", type=int, default=20, help="copies of the reference article")
    parser.add_argument("--en-rounds", type=int, default=8, help="copies of each English microtext")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each; the fewest CPU seconds count")
    parser.add_argument("--json", type=Path, default=None, help="write the figures to this JSON file")
    args = parser.parse_args(argv)
    figures = run(
        find_corpus(args.corpus), zh_copies=args.zh_copies, en_rounds=args.en_rounds, repeat=args.repeat
    )
    print(json.dumps(figures, indent=2))
    if args.json is not None:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
