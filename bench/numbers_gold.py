"""argkg's number finder on a small gold set of its own: precision and recall per language.

The gold sets (``bench/data/numbers_gold.yaml``, news and op-eds, the development set; and
``numbers_fresh.yaml``, debate transcripts, Q&A and listicles, written after the rules were
final) hold sentences in English and Chinese written for this benchmark (none from the
reference article or a corpus), each with
every number that reports a quantity: its surface and normalised value. Sentences without
numbers and with labels, ordinals and names (Section 2, 第三, GPT-4) measure precision.

Each sentence is normalised as argkg normalises a text, then read by `find_numbers` alone (not
the whole ingest: the builder's choice of which sentences are claims is scored elsewhere). A
found number matches a gold one when their spans overlap and the values agree within 1%, as
for the reference article (`argkg.bench.reference`).
"""

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from argkg.bench.reference import Score, match_pairs
from argkg.ingest.numbers import NumberMention, find_numbers
from argkg.ingest.reader import normalise
from argkg.schema import Lang

__all__ = [
    "GOLD",
    "FRESH",
    "DEV2",
    "AFTER",
    "DEV3",
    "DEV4",
    "DEV5",
    "DEV6",
    "DEV7",
    "DEV8",
    "DEV9",
    "DEV10",
    "GoldNumber",
    "load_number_gold",
    "score_numbers",
    "score_number_gold",
]

#: The development set: two of its misses were fixed after it was written.
GOLD = Path(__file__).parent / "data" / "numbers_gold.yaml"
#: Written after the number rules were final and never used to change them.
FRESH = Path(__file__).parent / "data" / "numbers_fresh.yaml"
#: The second development set (issue 9): approximate counts, measure words, tallies,
#: temperatures, number words and dates, and numbers that are no evidence (a debate's speaking
#: times, advice, vague numerals); written before the rules for them, then tuned on.
DEV2 = Path(__file__).parent / "data" / "numbers_dev2.yaml"
#: The same kinds in other sentences, written after the rules for DEV2 were final.
AFTER = Path(__file__).parent / "data" / "numbers_after.yaml"
#: The third development set (issue 9): twelve texts in genres and layouts the other sets do not
#: use (a budget hearing, AGM minutes, a trial's press release, 意见征集, 物业公告, 合作社纪要…),
#: cut into lines, with the non-evidence numbers of such layouts; goldened before it was measured.
DEV3 = Path(__file__).parent / "data" / "numbers_dev3.yaml"
#: The fourth development set (issue 9, item 6): fourteen texts in layouts none of the others use
#: (a hearing, an issue ticket, release notes, a product page, a match report, a recipe, a meeting
#: notice; 听证会笔录, 工单, 更新日志, 评测, 赛后报道, 菜谱, 业主大会通知), with their dates of
#: meetings, word-size names and word limits; goldened before it was measured.
DEV4 = Path(__file__).parent / "data" / "numbers_dev4.yaml"
#: The fifth development set (issue 9, item 6: recall in unseen genres, two thirds Chinese): a
#: lawyer's answer, a press briefing, 朋友圈, 家长会, a product comparison, 时评, a forum thread,
#: 接龙, 工会简报, a poll, a town hall, a policy summary, a TV panel; goldened before it was measured.
DEV5 = Path(__file__).parent / "data" / "numbers_dev5.yaml"
#: The sixth development set (stop 24: recall without losing precision): 直播带货, 体检报告,
#: 招聘会答问, 电台热线, 编织说明, 物业群聊, 居民公约, a phone-in, an AMA thread, a size chart, council
#: minutes, a lease clause, a grant report, a sewing pattern...; size lists ("62 (66, 70) cm"),
#: shares and spans in words, and what a rule or clause would set; goldened before it was measured.
DEV6 = Path(__file__).parent / "data" / "numbers_dev6.yaml"
#: The seventh development set (stop 27): colloquial amounts (一千多, 三百出头), exam scores and
#: ranks, counts, and a statute's year, a working pattern's name, a fact-check rating, board
#: votes and a header's attendance that report no number; goldened before it was measured.
DEV7 = Path(__file__).parent / "data" / "numbers_dev7.yaml"
#: The eighth development set (stop 28): discounts (七折), prices in 毛 and 分, bare readings after
#: a word that says what they measure (表显, 步数), "one X in N" shares, days of a timeline, and
#: metadata counters, signature counts, a form's requested amount and a meeting's date that
#: report no number; goldened before it was measured.
DEV8 = Path(__file__).parent / "data" / "numbers_dev8.yaml"
#: The ninth development set (stop 29): areas in square feet, a fortnight, lessons counted by 节,
#: ranks by 位次, 一块五, 双倍, and a recording's length on its header line, an update's date, a
#: vote's tally, a deadline counted from a notice, race names, ids, school tiers and idioms that
#: report no number; goldened before it was measured.
DEV9 = Path(__file__).parent / "data" / "numbers_dev9.yaml"
#: The tenth development set (stop 30): counts whose noun has a modifier or no plural, Chinese
#: counts whose measure word is glued to its noun or to 多, repetitions within a period,
#: multiples of a named amount, and a postponement, a deadline, a title's quantity, a dashed
#: vote tally and a word count that report no number; goldened before it was measured.
DEV10 = Path(__file__).parent / "data" / "numbers_dev10.yaml"


@dataclass(frozen=True)
class GoldNumber:
    """One gold number: its span in the normalised sentence and its normalised value."""

    start: int
    end: int
    value: float


def load_number_gold(path: Path = GOLD) -> dict[Lang, list[tuple[str, list[GoldNumber]]]]:
    """The gold sentences per language, normalised, with their numbers located in them.

    Raises:
        ValueError: a gold surface is not in its sentence.
    """
    raw: dict[str, list[dict[str, Any]]] = yaml.safe_load(path.read_text(encoding="utf-8"))
    gold: dict[Lang, list[tuple[str, list[GoldNumber]]]] = {}
    for lang, items in raw.items():
        sentences = []
        for item in items:
            text = normalise(item["text"])
            numbers = []
            for number in item["numbers"]:
                surface = normalise(str(number["surface"]))
                start = text.find(surface)
                if start < 0:
                    raise ValueError(f"{surface!r} is not in {text!r}")
                numbers.append(GoldNumber(start, start + len(surface), float(number["value"])))
            sentences.append((text, numbers))
        gold[Lang(lang)] = sentences
    return gold


def _fits(gold: GoldNumber, found: NumberMention) -> bool:
    close = abs(found.value - gold.value) <= 0.01 * abs(gold.value) if gold.value else found.value == 0
    return gold.start < found.end and found.start < gold.end and close


def score_numbers(sentences: list[tuple[str, list[GoldNumber]]], lang: Lang) -> tuple[Score, list[str]]:
    """Score `find_numbers` on ``sentences``; also return a line per miss and per false find."""
    gold = predicted = matched = 0
    errors: list[str] = []
    for text, numbers in sentences:
        found = find_numbers(text, lang)
        pairs = match_pairs(numbers, found, _fits)
        gold, predicted, matched = gold + len(numbers), predicted + len(found), matched + len(pairs)
        hit_gold = {id(g) for g, _ in pairs}
        hit_found = {id(f) for _, f in pairs}
        errors += [f"missed {text[g.start : g.end]!r} in {text!r}" for g in numbers if id(g) not in hit_gold]
        errors += [f"false {f.surface!r} ({f.value:g}) in {text!r}" for f in found if id(f) not in hit_found]
    return Score(gold, predicted, matched, matched, {}), errors


def score_number_gold(path: Path = GOLD) -> dict[str, Any]:
    """P/R per language and overall, JSON-ready, with the errors listed."""
    results: dict[str, Any] = {}
    total = Score(0, 0, 0, 0, {})
    errors: list[str] = []
    for lang, sentences in load_number_gold(path).items():
        score, missed = score_numbers(sentences, lang)
        results[lang.value] = score.as_dict()
        errors += missed
        total = Score(
            total.gold + score.gold,
            total.predicted + score.predicted,
            total.matched_gold + score.matched_gold,
            total.matched_predicted + score.matched_predicted,
            {},
        )
    results["all"] = total.as_dict()
    results["errors"] = errors
    return results
