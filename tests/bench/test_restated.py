"""The restated-claims pair set: scored apart across languages and in one, errors listed."""

from pathlib import Path

from argkg.bench.restated import PAIRS, score_pairs


def test_pairs_are_scored_by_language_and_the_misses_listed(tmp_path: Path) -> None:
    pairs = tmp_path / "pairs.yaml"
    pairs.write_text(
        "pairs:\n"
        '  - {same: true, a: "英特尔裁员了15000人，这是一个错误的决定。", b: "Intel cut 15,000 jobs, and that was the wrong decision."}\n'
        '  - {same: false, a: "英特尔裁员了15000人。", b: "NVIDIA hired 15,000 people."}\n'
        '  - {same: true, a: "Cities should ban cars from their centres.", b: "Cars should be banned from city centres."}\n'
        '  - {same: true, a: "Nuclear power is safe.", b: "Solar power is cheap."}\n',
        encoding="utf-8",
    )
    scores = score_pairs(pairs)
    assert scores["across_languages"] | {"errors": []} == {
        "pairs": 2,
        "positives": 1,
        "found": 1,
        "precision": 1.0,
        "recall": 1.0,
        "errors": [],
    }
    assert scores["one_language"]["recall"] == 0.5
    assert scores["one_language"]["errors"] == [
        {"a": "Nuclear power is safe.", "b": "Solar power is cheap.", "same": True}
    ]
    assert scores["all"]["pairs"] == 4
    assert PAIRS.is_file()
