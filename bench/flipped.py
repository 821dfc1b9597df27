"""Texts and regions read the wrong way round: ``python bench/flipped.py JSON FOLDER [JSON FOLDER ...]``.

Each JSON is what ``python bench/fresh.py --folder FOLDER --json JSON`` wrote; FOLDER holds the
set's ``argument/gold.yaml``. A text is *flipped* when swapping pro and con on every one of its
statements raises its side accuracy: the reading took the author's side, or the proposition's
orientation, the wrong way round rather than missing a statement here and there. A *region*
read the wrong way round is a run of at least `REGION` gold statements in a row (the gold lists
them in text order) each read pro for con or con for pro: a block, a section or a speaker's
turns turned as a whole inside a text that is right elsewhere.

Prints, per set, the flipped texts (sides right, then right once swapped, of all) and the
regions, then the totals; ``--json FILE`` also writes them.
"""

import argparse
import json
import re
import sys
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import yaml

__all__ = ["REGION", "TextFlip", "flips", "main"]

#: How many statements in a row read the wrong way round make a region of it.
REGION = 3

#: A miss as `argkg.bench.argtexts.summarise` words it: "name: quote (gold -> found)".
_MISS = re.compile(r"^(?P<name>[^:]+): (?P<quote>.*) \((?P<gold>pro|con|neutral) -> (?P<found>[a-z ]+)\)$")

_SWAP = {"pro": "con", "con": "pro"}


@dataclass(frozen=True)
class TextFlip:
    """How one text's sides read as they are and swapped.

    Attributes:
        name: the text's file name.
        statements: how many gold sides it has.
        right: how many the reading gets right.
        swapped: how many it gets right once pro and con are swapped on all of them.
        regions: the runs of `REGION` or more statements in a row read pro for con or con for
            pro, as (first quote, length).
    """

    name: str
    statements: int
    right: int
    swapped: int
    regions: tuple[tuple[str, int], ...]

    @property
    def flipped(self) -> bool:
        """Swapping pro and con on every statement raises the text's side accuracy."""
        return self.swapped > self.right


def flips(results: dict[str, Any], gold: dict[str, Any]) -> list[TextFlip]:
    """Each text's `TextFlip`, from ``bench/fresh.py``'s JSON ``results`` and the set's argument
    ``gold`` (the parsed ``gold.yaml``); a statement with no miss was read as its gold side."""
    found: dict[tuple[str, str], str] = {}
    for miss in results["argument"]["all"]["misses"]:
        if (m := _MISS.match(miss)) is not None:
            found[(m["name"], m["quote"])] = m["found"]
    out = []
    for name, entry in gold.items():
        sides = [(quote, side, found.get((name, quote), side)) for quote, side in entry["stances"].items()]
        regions: list[tuple[str, int]] = []
        run: list[str] = []
        for quote, side, read in [*sides, ("", "", "")]:
            if side in _SWAP and read == _SWAP[side]:
                run.append(quote)
                continue
            if len(run) >= REGION:
                regions.append((run[0], len(run)))
            run = []
        out.append(
            TextFlip(
                name=name,
                statements=len(sides),
                right=sum(read == side for _, side, read in sides),
                swapped=sum(_SWAP.get(read, read) == side for _, side, read in sides),
                regions=tuple(regions),
            )
        )
    return out


def main(argv: Sequence[str] | None = None) -> int:
    """Read each set's JSON and gold, print its flipped texts and regions, write the JSON if asked."""
    parser = argparse.ArgumentParser(description="Texts and regions whose sides read the wrong way round.")
    parser.add_argument("pairs", nargs="+", help="JSON FOLDER pairs: bench/fresh.py's JSON, the set's folder")
    parser.add_argument("--json", type=Path, default=None, help="also write the findings to this JSON file")
    args = parser.parse_args(argv)
    if len(args.pairs) % 2:
        print("flipped: give JSON FOLDER pairs", file=sys.stderr)
        return 2
    report: dict[str, list[dict[str, Any]]] = {}
    texts = flipped = regions = 0
    for js, folder in zip(args.pairs[::2], args.pairs[1::2], strict=True):
        results = json.loads(Path(js).read_text(encoding="utf-8"))
        gold = yaml.safe_load((Path(folder) / "argument" / "gold.yaml").read_text(encoding="utf-8"))
        found = flips(results, gold)
        texts += len(found)
        flipped += sum(f.flipped for f in found)
        regions += sum(len(f.regions) for f in found)
        shown = [f for f in found if f.flipped or f.regions]
        report[folder] = [{**asdict(f), "flipped": f.flipped} for f in shown]
        turned, runs = sum(f.flipped for f in found), sum(len(f.regions) for f in found)
        print(f"{folder}: {turned} flipped, {runs} regions")
        for f in shown:
            mark = "FLIPPED " if f.flipped else ""
            print(f"  {mark}{f.name} {f.right} -> {f.swapped} of {f.statements}")
            for quote, length in f.regions:
                print(f"    region of {length} from {quote[:60]!r}")
    print(f"all: {flipped} of {texts} texts flipped, {regions} regions")
    if args.json is not None:
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
