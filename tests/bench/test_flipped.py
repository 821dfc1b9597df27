"""Texts and regions read the wrong way round, from bench/fresh.py's misses and a set's gold."""

import json
from pathlib import Path

import pytest

from argkg.bench.flipped import TextFlip, flips, main

#: A made-up set: one text read the wrong way round in a run of four, one right but for a
#: neutral statement read pro, one with two swapped statements apart (no region).
_GOLD = {
    "turned.txt": {
        "stances": {
            "The ferry should run all winter": "pro",
            "Fares cover a third of the cost": "con",
            "The island school needs it": "pro",
            "Tourists come in summer only": "con",
            "The timetable is posted online": "neutral",
        }
    },
    "right.txt": {"stances": {"Bins go out on Monday": "neutral", "Glass is collected too": "pro"}},
    "scattered.txt": {
        "stances": {"A": "pro", "B": "pro", "C": "pro", "D": "con", "E": "con", "F": "pro"},
    },
}

_MISSES = [
    "turned.txt: The ferry should run all winter (pro -> con)",
    "turned.txt: Fares cover a third of the cost (con -> pro)",
    "turned.txt: The island school needs it (pro -> con)",
    "turned.txt: Tourists come in summer only (con -> pro)",
    "right.txt: Bins go out on Monday (neutral -> pro)",
    "scattered.txt: A (pro -> con)",
    "scattered.txt: D (con -> no claim)",
    "scattered.txt: F (pro -> con)",
]


def test_a_text_read_the_wrong_way_round_is_flipped_with_its_region() -> None:
    found = {f.name: f for f in flips({"argument": {"all": {"misses": _MISSES}}}, _GOLD)}
    assert found["turned.txt"] == TextFlip(
        name="turned.txt",
        statements=5,
        right=1,
        swapped=5,
        regions=(("The ferry should run all winter", 4),),
    )
    assert found["turned.txt"].flipped
    assert not found["right.txt"].flipped
    assert (found["right.txt"].right, found["right.txt"].swapped) == (1, 0)
    # two swapped statements apart make no region, and swapping loses the three read right
    assert found["scattered.txt"].regions == ()
    assert (found["scattered.txt"].right, found["scattered.txt"].swapped) == (3, 2)


def test_main_reads_json_and_gold_pairs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "freshX"
    (folder / "argument").mkdir(parents=True)
    (folder / "argument" / "gold.yaml").write_text(json.dumps(_GOLD), encoding="utf-8")
    results = tmp_path / "x.json"
    results.write_text(json.dumps({"argument": {"all": {"misses": _MISSES}}}), encoding="utf-8")
    out = tmp_path / "out.json"
    assert main([str(results), str(folder), "--json", str(out)]) == 0
    assert "all: 1 of 3 texts flipped, 1 regions" in capsys.readouterr().out
    written = json.loads(out.read_text(encoding="utf-8"))
    assert [t["name"] for t in written[str(folder)]] == ["turned.txt"]
    assert main([str(results)]) == 2
