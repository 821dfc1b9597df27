"""Texts in layouts other than the reference article's, against their hand gold.

The texts and ``gold.yaml`` are in ``tests/ingest/texts/argument/`` (see `argkg.bench.argtexts`):
a debate transcript, op-ed, listicle, pros-and-cons article, Q&A, news piece, motion debate,
thesis speech, and weather reports that argue nothing; and in ``tests/ingest/texts/turns/``:
speaker turns (a parliamentary debate, a 辩论赛 with its chair, a forum thread, an interview),
news quoting voices of both sides, memos, a pros/cons blog, and two recipes that argue nothing.
"""

from pathlib import Path

import pytest

from argkg.bench.argtexts import TEXTS, TURNS, TextResult, check_text, load_gold
from argkg.cli import main
from argkg.ingest import ingest_paths
from argkg.schema import RelType, Stance

FOLDER = {name: folder for folder in (TEXTS, TURNS) for name in load_gold(folder)}
GOLD = {name: gold for folder in (TEXTS, TURNS) for name, gold in load_gold(folder).items()}


@pytest.fixture(scope="module")
def results() -> dict[str, TextResult]:
    names = sorted(GOLD)
    graphs = ingest_paths([FOLDER[name] / name for name in names])
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


@pytest.mark.parametrize("name", ["zh_weather.txt", "en_weather.txt", "zh_notice.txt", "en_recipe.txt"])
def test_a_text_that_argues_nothing_has_no_positions(
    name: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (graph,) = ingest_paths([FOLDER[name] / name])
    assert not [r for r in graph.relationships if r.type in (RelType.SUPPORTS, RelType.ATTACKS)]
    assert main(["--data", str(tmp_path), "ingest", str(FOLDER[name] / name)]) == 0
    assert "no argument found" in " ".join(capsys.readouterr().out.split())  # rich wraps long paths


@pytest.mark.parametrize("name", ["zh_news_quotes.txt", "en_news_quotes.txt"])
def test_each_reported_voice_takes_its_own_side_and_an_informing_line_none(
    name: str, results: dict[str, TextResult]
) -> None:
    found = [stance for _, _, stance in results[name].sides]
    # the gold alternates sides between voices and opens and closes with lines that inform
    assert found[0] is Stance.NEUTRAL and found[-1] is Stance.NEUTRAL
    assert {Stance.PRO, Stance.CON} <= set(found[1:-1])


def test_the_case_against_a_thing_argues_for_stopping_it(results: dict[str, TextResult]) -> None:
    sides = {quote: found for quote, _, found in results["en_memo.txt"].sides}
    assert sides["The case against the switch is stronger"] is Stance.PRO
    assert sides["The operator says that cash handling costs"] is Stance.CON
