"""Fuzz whole files through ``argkg ingest``: ``python bench/fuzz.py [--files N] [--seed S] [--json]``.

Each file is random text from several scripts (Latin, CJK, Cyrillic, Arabic, Devanagari, emoji,
full-width punctuation, combining marks, odd spaces, a few controls) mixed with argumentative
pieces and numbers written with 万/亿/%/e, of a random size (most small, a few up to
``--max-chars``), saved in UTF-8, UTF-16 or GB18030. Each file goes through the real command
(`argkg.cli.main`, embedded store) with a budget of 10 s of CPU time per 100 kB (at least 10 s;
ten times that on the wall clock, for a blocked read), and is counted as:

- ``stored``: exit 0, and the store holds a Document for the file (else ``lost``);
- ``refused``: exit 2 with exactly one stderr line (else ``noisy``);
- ``traceback``: any other exit or an uncaught exception;
- ``hang``: over budget (CPU time, so a busy machine does not count against a file).

`random_text` is also what the test suite's fuzz test draws from (tests/test_fuzz.py).
"""

import argparse
import contextlib
import io
import json
import random
import re
import signal
import sys
import tempfile
import time
import traceback
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from types import FrameType

__all__ = ["random_text", "random_file", "run_file", "warm_up", "main"]

#: Character ranges text is drawn from, by script.
SCRIPTS: dict[str, tuple[int, int]] = {
    "latin": (0x20, 0x7E),
    "latin-ext": (0xC0, 0x24F),
    "cjk": (0x4E00, 0x9FFF),
    "cjk-punct": (0x3000, 0x303F),
    "fullwidth": (0xFF01, 0xFF5E),
    "cyrillic": (0x400, 0x4FF),
    "arabic": (0x600, 0x6FF),
    "devanagari": (0x900, 0x97F),
    "emoji": (0x1F300, 0x1F6FF),
    "combining": (0x300, 0x36F),
    "spaces": (0x2000, 0x200F),
}
#: Argumentative pieces and numbers (the cues argkg's rules look for, in both languages).
PIECES = (
    "正方：",
    "反方：",
    "Pro: ",
    "Con: ",
    "Note: ",
    "注：",
    "如果",
    "if ",
    "或者",
    " or ",
    "那么",
    "then ",
    "结论\n",
    "## Conclusion\n",
    "# Title\n",
    "讨论 1：这行得通吗？\n",
    "Debate: Will it work?\n",
    "可能性是 70%。",
    "a 30% chance. ",
    "5000 亿美元",
    "3.5万人",
    "4e21 FLOP",
    "2.5e-3",
    "10 万分之一",
    "$3 billion",
    "12%",
    "１２％",
    "60 percent",
    "2020-2030年",
    "「",
    "」",
    "“",
    "”",
    "(",
    ")",
    "[/x]",
    "[bold]",
    "。",
    ".",
    "?",
    "？",
    "\n",
    "\n\n",
    " ",
    "\u3000",
    "\t",
    "\ufeff",
    "\u200b",
    "\r\n",
    "\x07",
    "\x0c",
    "\u2028",
)
#: Encodings a file is saved in (GB18030 only when the text fits it).
ENCODINGS = ("utf-8", "utf-8", "utf-8", "utf-16", "gb18030")


def random_text(rng: random.Random, size: int) -> str:
    """About ``size`` characters of mixed scripts, runs and argumentative pieces."""
    parts: list[str] = []
    length = 0
    while length < size:
        if rng.random() < 0.3:
            part = rng.choice(PIECES)
        else:
            low, high = SCRIPTS[rng.choice(list(SCRIPTS))]
            run = rng.choice((1, 3, 8, 30, 200))
            part = "".join(chr(rng.randint(low, high)) for _ in range(run))
        parts.append(part)
        length += len(part)
    return "".join(parts)[:size]


def random_file(rng: random.Random, max_chars: int) -> tuple[str, bytes]:
    """A random text and its bytes in a random encoding; sizes mostly small, a few large."""
    roll = rng.random()
    ceiling = 2_000 if roll < 0.9 else 50_000 if roll < 0.99 else max_chars
    text = random_text(rng, rng.randint(0, ceiling))
    encoding = rng.choice(ENCODINGS)
    try:
        return text, text.encode(encoding, errors="surrogatepass")
    except UnicodeEncodeError:
        return text, text.encode("utf-8", errors="surrogatepass")


class _OverBudgetError(Exception):
    """The file ran over its budget."""


@contextlib.contextmanager
def _budget(seconds: float) -> Iterator[None]:
    """Raise `_OverBudgetError` after ``seconds`` of this process's CPU time, or ten times that
    of wall-clock time (a blocked read uses no CPU): CPU time is what a file costs, whatever
    else the machine runs."""

    def expire(signum: int, frame: FrameType | None) -> None:
        raise _OverBudgetError

    previous = {sig: signal.signal(sig, expire) for sig in (signal.SIGPROF, signal.SIGALRM)}
    signal.setitimer(signal.ITIMER_PROF, seconds)
    signal.setitimer(signal.ITIMER_REAL, seconds * _WALL_FACTOR)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.setitimer(signal.ITIMER_REAL, 0)
        for sig, handler in previous.items():
            signal.signal(sig, handler)


#: How much longer than the CPU budget a file may take on the wall clock (a busy machine).
_WALL_FACTOR = 10


def budget_seconds(size_bytes: int) -> float:
    """10 s per 100 kB, at least 10 s."""
    return max(10.0, 10.0 * size_bytes / 100_000)


def run_file(path: Path, data_dir: Path) -> tuple[str, str]:
    """Ingest ``path`` with the CLI into ``data_dir``; return its outcome and a detail line."""
    from argkg.cli import main as cli_main
    from argkg.graph import EmbeddedStore

    err = io.StringIO()
    try:
        with (
            _budget(budget_seconds(path.stat().st_size)),
            contextlib.redirect_stderr(err),
            contextlib.redirect_stdout(io.StringIO()),
        ):
            code = cli_main(["--data", str(data_dir), "ingest", str(path)])
    except _OverBudgetError:
        return "hang", f"over {budget_seconds(path.stat().st_size):.0f} s"
    except BaseException:  # every escape counts, KeyboardInterrupt included
        return "traceback", traceback.format_exc().strip().splitlines()[-1]
    lines = err.getvalue().strip().splitlines()
    if code == 2:
        return ("refused" if len(lines) == 1 else "noisy"), (lines[0] if lines else "")
    if code != 0:
        return "traceback", f"exit {code}: {lines[-1] if lines else ''}"
    sources = {g.document.source for g in EmbeddedStore(data_dir).documents()}
    return ("stored" if str(path.resolve()) in sources else "lost"), ""


def _reason(line: str, path: Path) -> str:
    """A refusal's message without the file's name and numbers, to count refusals by kind."""
    return re.sub(r"\d+", "N", line.replace(str(path.resolve()), "FILE").replace(str(path), "FILE"))


def warm_up(folder: Path) -> None:
    """Build both pipelines once, so no file's budget pays for loading them."""
    for name, text in (("warm-en.txt", "Pro: prices fall 10%."), ("warm-zh.txt", "正方：价格下降百分之十。")):
        path = folder / name
        path.write_text(text, encoding="utf-8")
        run_file(path, folder / "warm-store")


def main(argv: list[str] | None = None) -> int:
    """Run the fuzz; print counts (and the failures); exit 1 when any file failed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--max-chars", type=int, default=300_000)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    outcomes: Counter[str] = Counter()
    failures: list[dict[str, object]] = []
    refusals: Counter[str] = Counter()
    slowest = (0.0, 0)
    began = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="argkg-fuzz-") as tmp:
        folder = Path(tmp)
        warm_up(folder)
        for index in range(args.files):
            _, data = random_file(rng, args.max_chars)
            path = folder / f"fuzz-{index:05d}.txt"
            path.write_bytes(data)
            started = time.monotonic()
            outcome, detail = run_file(path, folder / "store")
            slowest = max(slowest, (time.monotonic() - started, len(data)))
            outcomes[outcome] += 1
            if outcome == "refused":
                refusals[_reason(detail, path)] += 1
            if outcome not in ("stored", "refused"):
                failures.append({"file": index, "bytes": len(data), "outcome": outcome, "detail": detail})
            path.unlink()
            if index % 50 == 49:
                (folder / "store" / "graph.jsonl").unlink(missing_ok=True)
    result = {
        "files": args.files,
        "seed": args.seed,
        "outcomes": dict(outcomes),
        "refusals": dict(refusals.most_common()),
        "failures": failures,
        "slowest_seconds": round(slowest[0], 2),
        "slowest_bytes": slowest[1],
        "total_seconds": round(time.monotonic() - began, 1),
    }
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        print(json.dumps({k: v for k, v in result.items() if k != "failures"}, ensure_ascii=False))
        for failure in failures:
            print(json.dumps(failure, ensure_ascii=False))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
