"""Texts in layouts other than the reference article's, against their hand gold.

The texts and ``gold.yaml`` are in ``tests/ingest/texts/argument/`` (see `argkg.bench.argtexts`):
a debate transcript, op-ed, listicle, pros-and-cons article, Q&A, news piece, motion debate,
thesis speech, and weather reports that argue nothing.
"""

from pathlib import Path

import pytest

from argkg.bench.argtexts import TEXTS, TextResult, check_text, load_gold
from argkg.cli import main
from argkg.ingest import ingest_paths
from argkg.schema import RelType, Stance

GOLD = load_gold()


@pytest.fixture(scope="module")
def results() -> dict[str, TextResult]:
    names = sorted(GOLD)
    graphs = ingest_paths([TEXTS / name for name in names])
    return {name: check_text(name, GOLD[name], g) for name, g in zip(names, graphs, strict=True)}


@pytest.mark.parametrize("name", sorted(GOLD))
def test_the_debated_proposition_is_found(name: str, results: dict[str, TextResult]) -> None:
    assert results[name].proposition, GOLD[name].proposition


@pytest.mark.parametrize("name", sorted(GOLD))
def test_main_claims_and_lines_that_are_no_claim(name: str, results: dict[str, TextResult]) -> None:
    result = results[name]
    assert all(result.mains), [q for q, ok in zip(GOLD[name].main, result.mains, strict=True) if not ok]
    assert all(result.not_claims), [
        q for q, ok in zip(GOLD[name].not_claims, result.not_claims, strict=True) if not ok
    ]


@pytest.mark.parametrize("name", sorted(GOLD))
def test_most_sides_are_right_in_every_text(name: str, results: dict[str, TextResult]) -> None:
    result = results[name]
    # at least half of each text's claims (a two-claim text may miss one); the set as a whole >= 0.9
    assert result.side_accuracy >= 0.5, [s for s in result.sides if s[1] is not s[2]]


def test_sides_are_right_over_the_set(results: dict[str, TextResult]) -> None:
    sides = [gold is found for r in results.values() for _, gold, found in r.sides]
    assert sum(sides) / len(sides) >= 0.9


def test_texts_that_argue_both_sides_contest_their_proposition(results: dict[str, TextResult]) -> None:
    two_sided = [r for r in results.values() if r.two_sided]
    assert sum(r.contested for r in two_sided) >= len(two_sided) - 1


@pytest.mark.parametrize(
    ("sentence", "stance"),
    [("正方认为兼职是走向社会的第一课", Stance.PRO), ("反方则提醒学生不要因小失大", Stance.CON)],
)
def test_one_sentence_with_both_sides_makes_two_claims(
    sentence: str, stance: Stance, results: dict[str, TextResult]
) -> None:
    assert (sentence, stance, stance) in results["zh_report_balance.txt"].sides


def test_an_op_ed_against_a_tax_argues_con_and_concedes_pro(results: dict[str, TextResult]) -> None:
    sides = {quote: found for quote, _, found in results["en_oped_soda_tax.txt"].sides}
    assert sides["I contend that the city should not pass the tax"] is Stance.CON
    assert sides["a soda tax is an easy way to fight obesity"] is Stance.PRO


@pytest.mark.parametrize("name", ["zh_weather.txt", "en_weather.txt"])
def test_a_text_that_argues_nothing_has_no_positions(
    name: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (graph,) = ingest_paths([TEXTS / name])
    assert not [r for r in graph.relationships if r.type in (RelType.SUPPORTS, RelType.ATTACKS)]
    assert main(["--data", str(tmp_path), "ingest", str(TEXTS / name)]) == 0
    assert "no argument found" in " ".join(capsys.readouterr().out.split())  # rich wraps at 80 columns
