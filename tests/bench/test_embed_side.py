"""The embedding experiment's reading of how a side was found, its kNN vote and its scores, on
made-up statements and vectors (no model needed)."""

from typing import Any

import numpy as np

from argkg.bench.embed_side import Embedded, Quote, Text, _recording, knn_side, score, separation
from argkg.bench.side_model import Example
from argkg.ingest import claims as claims_module
from argkg.ingest.sides import Statement
from argkg.schema import Lang, Stance


def _statement(text: str, paragraph: int, **cues: Any) -> Statement:
    return Statement(text=text, paragraph=paragraph, opponent=False, heading=None, **cues)


def test_recording_tells_own_words_from_a_label_and_from_the_place() -> None:
    statements = [
        _statement("Opponents argue that the fee is unfair.", 0, voice=Stance.CON),
        _statement("The fee pays for the road.", 1, speaker=Stance.PRO, turn=0),
        _statement("It also runs for ten years.", 2),
    ]
    record: list[tuple[str, str]] = []
    real = claims_module.assign_sides
    with _recording(record):
        sides = claims_module.assign_sides(statements, Lang.EN, author=Stance.PRO, reporting=False)
    assert claims_module.assign_sides is real
    assert sides == real(statements, Lang.EN, author=Stance.PRO, reporting=False)
    kinds = dict(record)
    assert kinds["Opponents argue that the fee is unfair."] == "own"
    assert kinds["The fee pays for the road."] == "placed"
    assert kinds["It also runs for ten years."] == "default"


def _example(gold: str, rule: str) -> Example:
    return Example("set1", "t", "en", gold, rule, "none", "A sentence.", "", "", "T", 0.0, 0.0, 0)


def _text(claims: list[tuple[str, str, str]], quotes: list[Quote]) -> Text:
    return Text(1, "t", "en", "The proposal", claims, quotes)


def test_knn_votes_with_the_nearest_anchors_of_the_text_only() -> None:
    claims = [("a", "pro", "own"), ("b", "con", "own"), ("c", "pro", "default"), ("d", "con", "placed")]
    vectors = np.array([[1.0, 0.0], [0.0, 1.0], [0.1, 0.995], [0.0, 1.0]])
    embedded = Embedded(vectors, np.array([1.0, 0.0]), np.zeros((0, 2)))
    text = _text(claims, [])
    assert knn_side(text, embedded, 2, k=1, floor=0.0) == "con"
    assert knn_side(text, embedded, 2, k=1, floor=0.999) is None
    assert knn_side(text, embedded, 1, k=1, floor=0.0, kinds=("default",)) == "pro"
    assert knn_side(_text(claims[2:3], []), embedded, 0, k=1, floor=0.0) is None


def test_score_counts_what_a_reading_fixes_and_breaks() -> None:
    quotes = [Quote(_example("con", "pro"), 0, "pro"), Quote(_example("pro", "pro"), 1, "pro")]
    text = _text([("a", "pro", "default"), ("b", "pro", "default")], quotes)
    embedded = Embedded(np.eye(2), np.ones(2), np.eye(2))
    items = [(text, embedded, q) for q in quotes]
    row = score(items, ["con", "con"])
    assert (row["right"], row["con_con"], row["pro_con"]) == (1, "1/1", 1)
    assert (row["changed"], row["fixed"], row["broken"]) == (2, 1, 1)


def test_separation_finds_sides_that_look_alike() -> None:
    quotes = [Quote(_example(side, side), None, side) for side in ("pro", "pro", "con", "con")]
    sentences = np.array([[1.0, 0.0], [0.9, 0.436], [0.0, 1.0], [0.436, 0.9]])
    embedded = Embedded(np.zeros((0, 2)), np.ones(2), sentences)
    found = separation([_text([], quotes)], [embedded], "en")
    assert found["quotes"] == 4
    assert found["nearest"] == 1.0
    assert found["chance"] < 0.5
    assert found["cos_same"] > found["cos_cross"]
