"""Why gold main claims are missed, by kind: ``python bench/main_misses.py --folder DIR [DIR ...]``.

Each ``DIR`` is a set like ``bench/data/fresh2`` (its ``argument/`` texts and gold, read as
`bench/fresh.py` reads them). For every gold main-claim quote that no main claim holds, the
graph says which of these it is:

- ``no claim``: no statement holds the quote (a headline, a line read as a label);
- ``conclusion``: a Conclusion holds it (a verdict or recommendation read as drawn, not argued);
- ``split``: claims overlap the quote but none holds it whole (a stand cut at its concession,
  "I agree, but with rules");
- ``outside positions``: a background claim holds it (the statement lies outside every position,
  often before the question the text puts is found);
- ``side unpromoted``: a premise holds it and no main claim of its section takes its side (the
  one main claim a position gets went to another side or voice: sides or voices not read apart);
- ``other promoted``: a premise holds it and a main claim of its section takes its side (another
  statement of the same side was promoted instead).

Measured only; nothing here changes what argkg reads.
"""

import argparse
import sys
from collections import Counter
from pathlib import Path

import yaml

from argkg.bench.argtexts import quoted
from argkg.ingest import ingest_paths
from argkg.schema import Claim, Conclusion, DocumentGraph, Role, Section

__all__ = ["KINDS", "miss_kind", "misses", "main"]

#: The kinds of miss, in the order they are tested.
KINDS = ("no claim", "conclusion", "split", "outside positions", "side unpromoted", "other promoted")


def _section_of(graph: DocumentGraph, start: int) -> int | None:
    """The ordinal of the section holding offset ``start``."""
    return next((s.ordinal for s in graph.of_type(Section) if s.start <= start < s.end), None)


def miss_kind(graph: DocumentGraph, quote: str) -> str | None:
    """Why no main claim of ``graph`` holds ``quote`` (one of `KINDS`), or None when one does."""
    claims = graph.of_type(Claim)
    holding = next((c for c in claims if quoted(quote, c.text)), None)
    if holding is not None and holding.role is Role.MAIN:
        return None
    if holding is None:
        if any(quoted(quote, c.text) for c in graph.of_type(Conclusion)):
            return "conclusion"
        at = graph.document.text.find(quote)
        overlapping = at >= 0 and any(c.start < at + len(quote) and at < c.end for c in claims)
        return "split" if overlapping else "no claim"
    if holding.role is Role.BACKGROUND:
        return "outside positions"
    section = _section_of(graph, holding.start)
    sided = [
        c
        for c in claims
        if c.role is Role.MAIN and c.stance is holding.stance and _section_of(graph, c.start) == section
    ]
    return "other promoted" if sided else "side unpromoted"


def misses(folder: Path) -> list[tuple[str, str, str]]:
    """(text name, kind, quote) for every gold main claim of ``folder``'s argument texts missed."""
    argument = folder / "argument"
    gold = yaml.safe_load((argument / "gold.yaml").read_text(encoding="utf-8"))
    names = sorted(gold)
    graphs = ingest_paths([argument / name for name in names])
    found = []
    for name, graph in zip(names, graphs, strict=True):
        for quote in gold[name].get("main") or []:
            kind = miss_kind(graph, quote)
            if kind is not None:
                found.append((name, kind, quote))
    return found


def main(argv: list[str] | None = None) -> int:
    """Print each set's misses by kind, then the counts over all sets."""
    parser = argparse.ArgumentParser(description="Why gold main claims are missed, by kind.")
    parser.add_argument("--folder", type=Path, nargs="+", required=True, help="sets with argument/")
    args = parser.parse_args(argv)
    total: Counter[str] = Counter()
    for folder in args.folder:
        found = misses(folder)
        counts = Counter(kind for _, kind, _ in found)
        total += counts
        print(f"{folder}: " + ", ".join(f"{kind} {counts[kind]}" for kind in KINDS))
        for name, kind, quote in found:
            print(f"  {name}: {kind}: {quote}")
    print("all: " + ", ".join(f"{kind} {total[kind]}" for kind in KINDS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
