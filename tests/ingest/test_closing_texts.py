"""Own texts in further layouts (``tests/ingest/texts/closings/``): closing judgements, main
claims, lines that are no claim, and numbers, scored as the blind sets are (`argkg.bench.fresh`).

An owners' chat with timestamps, a product test with a 总结 heading, a forum thread of replies,
a public hearing transcript, a review with a closing verdict and an editorial whose last
paragraph prescribes; written for the kinds issue 9 names (conclusions without "In conclusion",
说到底/看来/归根结底, each speaker's stand, numbers in prose); and, from the kinds of error of
blind set 3, a consultation response form, committee minutes with an agenda item, 村民议事会
minutes with a 决议 section and a product comparison with laboratory-style units. The figures
are asserted over the set.
"""

from typing import Any

import pytest

from argkg.bench.argtexts import CLOSINGS
from argkg.bench.fresh import score_argument


@pytest.fixture(scope="module")
def scored() -> dict[str, Any]:
    result: dict[str, Any] = score_argument(CLOSINGS)
    return result


def test_conclusions_without_a_heading_are_found(scored: dict[str, Any]) -> None:
    figures = scored["all"]
    assert figures["conclusion_recall"] >= 0.9, [t["conclusions_missed"] for t in scored["texts"]]
    assert figures["conclusion_precision"] >= 0.9


def test_each_speakers_stand_is_a_main_claim(scored: dict[str, Any]) -> None:
    found, total = map(int, scored["all"]["main_claims_found"].split("/"))
    assert found == total, [t["main_missed"] for t in scored["texts"]]


def test_greetings_chairs_and_bylines_are_no_claims(scored: dict[str, Any]) -> None:
    kept, total = map(int, scored["all"]["never_claims_ok"].split("/"))
    assert kept == total, [t["not_claims_kept"] for t in scored["texts"]]


def test_numbers_in_prose(scored: dict[str, Any]) -> None:
    figures = scored["all"]
    assert figures["numbers_precision"] >= 0.9, [t["numbers_false"] for t in scored["texts"]]
    assert figures["numbers_recall"] >= 0.9, [t["numbers_missed"] for t in scored["texts"]]
