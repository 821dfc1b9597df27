"""Own number texts of stop 35 (``tests/ingest/texts/unseen_numbers35/``), gold written before
argkg ran on them, scored as the blind sets are (`argkg.bench.fresh`).

A bird-ringing group's annual summary with its circulation stamp, session notice and AGM proposal,
a bike-share scheme's quarterly commentary with station numbers and a recommendation, a
headteacher's report to governors with class names and a meeting line, a ferry desk's service
update with its posting stamp and phone line, a 养蜂合作社年度工作小结, a 公交线路客流调查简报, a
驾校投诉回复函 and a 小型水库汛后巡查记录: the facts they cite beside their layouts' stamps, ids and
undertakings. Three English texts give the span of one unit a change or a cost took ("fell 28% in a
year", "in a decade"), which every blind set that has one counts; before stop 35's reading of it the
set read numbers at P 0.83 and R 0.87 (English R 0.79; after: P 0.84, R 0.93, English R 0.90).
What the texts still hold unread is left to the floors: a recommendation's quantities (a trial's
length, docks to add), a reply's undertakings (两周内, a refund) and a bus route named without 公交.
"""

from typing import Any

import pytest

from argkg.bench.argtexts import UNSEEN_NUMBERS35
from argkg.bench.fresh import score_argument


@pytest.fixture(scope="module")
def scored() -> dict[str, Any]:
    result: dict[str, Any] = score_argument(UNSEEN_NUMBERS35)
    return result


def test_the_set_has_four_texts_in_each_language(scored: dict[str, Any]) -> None:
    names = [t["name"] for t in scored["texts"]]
    assert sum(n.startswith("en_") for n in names) == 4
    assert sum(n.startswith("zh_") for n in names) == 4


def test_the_span_a_change_took_is_read(scored: dict[str, Any]) -> None:
    missed = {t["name"]: t["numbers_missed"] for t in scored["texts"]}
    spans = [q for quotes in missed.values() for q in quotes if q in ("a year", "a decade")]
    assert spans == [], missed


def test_stamps_and_ids_beside_the_facts_are_mostly_no_evidence(scored: dict[str, Any]) -> None:
    assert scored["all"]["numbers_precision"] >= 0.8, [t["numbers_false"] for t in scored["texts"]]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_facts_are_found(scored: dict[str, Any], lang: str) -> None:
    assert scored[lang]["numbers_recall"] >= 0.9, [t["numbers_missed"] for t in scored["texts"]]
