"""Numeric evidence: the numbers of a text that report a quantity, normalised (DESIGN.md §1).

`find_numbers` scans a text left to right for numerals (`argkg.ingest.numbers.numerals`),
reads the unit after each (or the currency before it) or the noun it counts
(`argkg.ingest.numbers.counts`), gives the start of a range the unit of its end, reads rates
(`argkg.ingest.numbers.rates`), drops numbers that are labels rather than quantities, and gives
each mention a kind from its unit and from cue words near it (`argkg.ingest.numbers.context`).
Every word list and pattern comes from the language's numbers data
(`argkg.ingest.numbers.data.number_data`).

Normalisation: percentages, per mille and fractions become fractions (70% → 0.7, 0.8‰ → 8e-4,
万分之一 → 1e-4, 20 万分之一 → 5e-6, two-thirds → 0.667, 一半 → 0.5); magnitudes and powers are
multiplied in (3000亿美元 → 3e11 USD, 3×10^24 FLOP → 3e24 FLOP, two million → 2e6); counted units
keep the count (3 个数量级 → 3 orders_of_magnitude, 100 倍 → 100 times, 20 年 → 20 years, half an
hour → 0.5 hours).
Multiples written in words are ``times``: tenfold → 10, doubled → 2, 翻两番 → 4 (2**n). A rate
keeps the amount and writes its denominator into the unit: 2 km/h → 2000 ``m/h``, $200 a month →
200 ``USD/month``, 每年 20 亿元 → 2e9 ``CNY/year``; the kind is the amount's. A plain integer in
``year_range`` written as a year (2024 年), or standing alone in English (in 2024), is a date:
unit ``year``. A range gives TWO mentions, one per end, so both ends are evidence (75% to 80%:
0.75 and 0.8); the start takes the unit and magnitude of the end when it has none (2020-2030年:
two years; 3~5 倍: 3 and 5 times; 2 to 3 million: 2e6 and 3e6). A count keeps the counted noun as
its unit (103 nuclear power plants: 103 ``plants``; 103 座核电站: 103 ``核电站``).

Not evidence: list and section numbers (``01.`` or ``1.``/``2)`` at line start, ``讨论 1``,
``Section 2``, ``第一种``); names with numbers, that is a Latin word then ``-`` or a space then a
number with no unit (Llama-3, COVID-19, iPhone 15); numbers glued to letters (A100, 4o);
a numeral inside a noun or an idiom the segmenter cuts whole (说三道四; ``inside_word_tags``,
`argkg.ingest.numbers.words`);
versions, clock times and numbers in web addresses; a number quoted as a term (“3 倍”), where
the text talks about the expression, not the quantity. Small word numerals do not count the
text's own points (两种, three reasons; see `argkg.ingest.numbers.counts`), and 一/one/a alone is
read as the article unless a unit allows it (一个数量级, an order of magnitude, 一个月, 一元; 一次
only with a rate: 每周一次). A number with no unit is evidence only as a year, with a magnitude
word (3.5 亿, two million), or when a cue of a ``bare_kinds`` kind says what it measures: a
score, a probability, a tally (Ayes 318, 9 in favour), a salary in words (月薪四千五). Vague
numerals and idioms are skipped by the data's ``skip_patterns`` (一两句话, 这两年, a couple of).
A number whose kind the data lists in ``procedure_kinds`` (in ``procedure_units``) is no evidence
in a sentence with a procedure cue (each *speaker* has four minutes, 每位*辩手*三分钟), nor one of
``advice_kinds`` after an advice cue in its clause or in an earlier clause of its sentence whose
clauses from there all hold a number (*建议*每周运动三次，每次半小时); no number is evidence in a
sentence with a ``rule_cues`` word (*Shall* the city issue $38 million?), nor in one with a
``limit_cues`` word on a line an ``article_label`` opens (第三条 费用*不得超过*200元), or in a
list item under an intro or numbered heading with a ``proposal_cues`` word (发出如下*倡议*：一、…;
三、*建议* 1. …): these say what a rule, measure or proposal would set. A later number of
the same value and unit (per whatever rate; no date or count) restates such a figure, no
evidence either (a reply that weighs the proposed fee); an ``offer_cues`` word's price (报价,
could offer) is set aside alone: once quoted, it is a price a reply may weigh as a fact. A day
in a clause with a ``filing_cues`` word (于5月3日收到, lodged on 4 May) is the day the
proceedings received, sent or issued a paper, no evidence. The data's skip patterns
also drop timestamps and form fields, datelines and dates alone on a line, phone numbers,
addresses (3栋502室), times of day and weekdays, a deadline (6月底前完成), the shift a plan sets
(顺延一周, will delay it by two weeks), a title in book brackets and a bracketed word count,
and a layout's apparatus: footnote markers ([2]) and reference-list entries, a scoring form's
scale (/10) and its rows of bare scores, a poll's or a vote's line (Show of hands: For 40%),
attendance and contact fields (出席：…, 电话：…).
一年/一个月 before another number in its clause is a rate's period (一个月七八千), no evidence
(``single_periods``). A date in a sentence with a ``schedule_cues`` word is when a meeting is
held, a request is due or a release came out (the AGM on 14 May, 请于5月10日前, released
2026-08-14), no evidence; nor is a whole date closing its line (``stamp_tail``: a header's,
byline's, signature's or field's date), nor a number in the block a ``decision_headings`` heading
opens (`argkg.ingest.numbers.sections`: what a decision, ruling or plan sets). "a"/"one" before
a duration unit is one unit after a ``single_durations_before`` word (for a decade) or a
``single_durations_hedges`` one (over an hour), or before a ``single_durations_after`` one (a
week or more).

Bare numbers: a number with thousands separators is a count (63,000; ``bare_grouped``); a bare
Arabic number after a number with a unit in its sentence takes that unit, the noun it leaves out
(40 minutes on normal and 8 on boost; ``elliptical``); one with a rate after it is a count per
that unit (32 a week: ``number/week``). 半 alone is one half before a unit (半小时, 半个月), 一个半
adds one (``half_words``, ``half_suffixes``) and 半 after a unit half of it (三年半,
``half_after_unit``). A ratio in Arabic digits (24:1, ``ratio_infixes``) is the first term over the
second, unit ``ratio``.

How many times a thing was done is a count of ``occurrences``: a repetition word after a past
verb and its object pronoun (visited twice, advertised it twice: ``repetition_after``), 一次 after
过/了 (提出过一次: the unit's ``single_done_after``). What a notice or plan proposes (拟在, 拟自),
an obligation's or a reply's deadline (应于, 之日起, to respond), a meeting's attendance and the
motion put to it (应到/实到, in attendance, 议题) and a recording's running time are read by the
advice, rule and procedure cues above: the data's lists name them.

Also read: temperatures with their sign (-15°C, 零下十五度, minus 12 degrees; see `numerals`),
days without a year (15 April, 3 月 15 日: the day, unit ``day_of_month``), months of a year named
relative to now (明年 3 月: the month, unit ``month_of_year``), how often before a
rate (once a week: 1 ``occurrences/week``), an age after a ``bare_only`` prefix unit
(children under eleven: 11 years).

Kind: fixed by the unit (FLOP → compute, USD → money), except for units that list
``context_kinds`` (percent, times, fractions, some durations): there the nearest cue word of an
allowed kind in the same clause decides, else the nearest one earlier in the same sentence, else
the unit's default kind. Not checked: that the cue word is really about this number.
"""

import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import NamedTuple

from argkg.errors import InputError
from argkg.ingest.lexicon import alternation
from argkg.ingest.numbers.context import NumberContext, ends_with_any, starts_with_any
from argkg.ingest.numbers.counts import CountReader
from argkg.ingest.numbers.data import BARE, FRACTION, PERCENT, TIMES, NumberData, UnitSpec, number_data
from argkg.ingest.numbers.mention import NumberMention
from argkg.ingest.numbers.numerals import Numeral, NumeralReader
from argkg.ingest.numbers.rates import RateReader
from argkg.ingest.numbers.sections import decided_blocks
from argkg.ingest.numbers.tallies import tallied_blocks, tallies
from argkg.ingest.numbers.words import word_around
from argkg.ingest.prefilter import Prefiltered, ScreenedList
from argkg.ingest.shares import divides
from argkg.schema.vocabulary import EvidenceKind, Lang

__all__ = ["find_numbers"]


@dataclass(frozen=True)
class _Hit:
    """A number read with its unit, before it is judged to be evidence.

    ``anchor`` is where the number itself starts when a rate word comes first (每年 20 亿元):
    hedges, subject and cues are looked for around the number, not the rate word.
    """

    start: int
    end: int
    value: float
    numeral: Numeral
    unit: UnitSpec | None = None
    weak_unit: bool = False  # a generic counted noun: the number may still be a name's
    per: str | None = None
    anchor: int | None = None
    lone: bool = False  # "one X": a count only beside another number in its sentence

    @property
    def at(self) -> int:
        """Where the number itself starts."""
        return self.start if self.anchor is None else self.anchor


#: kinds a later line may name again as a fact though a proposal named them first (`_restates`)
_NAMED_AS_FACTS = frozenset({EvidenceKind.DATE, EvidenceKind.COUNT})


class _Setting(NamedTuple):
    """A figure a proposal, rule, plan or decision would set (not evidence), where it stands."""

    at: int
    value: float
    unit: str
    kind: EvidenceKind


_QUOTE_MAX = 40  # longest quotation that can quote a number as a term
_REACH = 40  # characters before a number that can make it a label, name or list number
_DAY_NAMED = re.compile(r"\d{1,2}[日号]|(?<![\d.])\d{1,2}(?![\d.年月])")  # 3月1日, 1 March; not 2025年3月
# what ends a labelled field before a count: the label no longer names it (参加的有：…，其中3人…)
_FIELD_END = re.compile("[,，;；。.!?！？]")
_RECORD_REACH = 6  # characters between a record noun and the count it names (收到书面意见75条)
_MAX_DOUBLINGS = 64  # 翻 n 番 is 2**n
_DIGITS = re.compile(r"\d+(?:\.\d+)?")  # one size of a size list
_LATIN_TAIL = re.compile(r"[A-Za-z][A-Za-z0-9]*")
_BLANK, _BLANKS = re.compile(r"\s"), re.compile(r"\s+")  # compiled once: asked of every number
_WORD_CHAR = re.compile(r"[^\W\d_]")  # a letter or an ideograph
_PUNCTUATION = re.compile(r"[。；;，,！？!?：:]|\.(?!\d)")  # a sentence, not a numbered heading
_PAIRED_BEFORE = re.compile(r"\d[ \t]*[-–—:][ \t]*$")  # the second term of a score or a range
_SINGULAR = re.compile(r"[ \t]+([a-z]{3,})\b(?!['’-])")  # one pass; not one's, one-off
_DATE = "year"
_DAY = "day_of_month"  # a date without a year
_MONTH = "month_of_year"  # a month without a year (明年 3 月)
_OCCURRENCES = "occurrences"  # how often: once a week
_RATIO = "ratio"  # 24:1


class _Scanner:
    """Finds the number mentions of one language's texts (compiled once per language)."""

    def __init__(self, data: NumberData) -> None:
        self.data = data
        self.reader = NumeralReader(data.numerals)
        self.rates = RateReader(data)
        self.counts = CountReader(data)
        suffixes = [u for u in data.units if not u.prefix]
        self._suffix: dict[str, list[UnitSpec]] = {}
        for unit in sorted(reversed(suffixes), key=lambda u: not u.followed_by):
            for surface in unit.surfaces:
                self._suffix.setdefault(_key(surface), []).append(unit)
        prefixes = [s for u in data.units if u.prefix for s in u.surfaces]
        self._prefix = {_key(s): u for u in data.units if u.prefix for s in u.surfaces}
        glued = alternation([s for u in suffixes for s in u.surfaces], glued=True)
        spaced = alternation([s for u in suffixes if not u.glued for s in u.surfaces], glued=True)
        fillers = f"(?:(?:{alternation(data.unit_fillers)})[ \\t]+)?" if data.unit_fillers else ""
        self._glued_unit = re.compile(f"(?P<unit>{glued})")
        self._half_after = re.compile(alternation(data.half_after_unit) if data.half_after_unit else "(?!)")
        self._tenths_units = frozenset(data.tenths_after_units)
        digit_words = alternation([w for w, d in data.numerals.digits.items() if d > 0])
        numerals = data.numerals
        following = alternation([*numerals.digits, *numerals.small_multipliers, *numerals.big_multipliers])
        # 四块五: a tenth; not 四块一斤 (a price per jin), but 两块五一斤 (2.5 per jin)
        measures = alternation([*(s for u in suffixes for s in u.surfaces), *data.measure_words])
        per_one = alternation(numerals.single_words) if numerals.single_words else "(?!)"
        self._tenth_after = re.compile(
            f"(?P<digit>{digit_words})(?:(?={per_one}(?:{measures}))|(?!{following}|{measures}|\\d))"
        )
        self._spaced_unit = re.compile(f"[ \\t]*-?[ \\t]*{fillers}(?P<unit>{spaced})")
        self._protected = re.compile(spaced)
        self._prefix_unit = re.compile(f"(?:{alternation(prefixes)})[ \\t]*$")  # I am: blanks inside
        self._prefix_reach = max((len(s) for s in prefixes), default=0) + 2
        hedge = alternation(data.hedges_before)  # 40 to about 32
        self._joiner = re.compile(
            f"[ \\t]*(?:{alternation(data.range_joiners)})[ \\t]*(?:(?:{hedge})[ \\t]*)?"
        )
        self._pairs = [
            (
                re.compile(f"(?:{alternation([opener])})[ \\t]+$", re.IGNORECASE),
                re.compile(f"[ \\t]*(?:{alternation(joiners)})[ \\t]+"),
            )
            for opener, joiners in data.range_pairs.items()
        ]
        self._frac_den = re.compile(f"[ \\t]*(?:{alternation(data.fraction_denominator_first)})[ \\t]*")
        # 1 in 10, one-in-three
        self._frac_num = re.compile(f"[ \\t-]+(?:{alternation(data.fraction_numerator_first)})[ \\t-]+")
        # one week in four, one child in five: "one", its noun, then the share's infix
        self._frac_noun = re.compile(f"[ \\t]+[a-z]{{2,}}(?={self._frac_num.pattern})")
        self._ratio_infix = re.compile(f"[ \\t]*(?:{alternation(data.ratio_infixes)})[ \\t]*")
        self._ratio_unit = UnitSpec(unit=_RATIO, kind=EvidenceKind.RATIO, surfaces=[])
        self._article = re.compile(f"[ \\t]+(?:{alternation(data.numerals.articles)})", re.IGNORECASE)
        self._units_by_name = {u.unit: u for u in reversed(data.units)}
        # the patterns run over the whole text: tried only where a match could begin (`Prefiltered`);
        # a list's screens are read for all its patterns at once (`ScreenedList`: the skips are some
        # eighty patterns, each of which asked on its own whether the text holds one of its strings)
        self._skips = ScreenedList(Prefiltered(re.compile(p)) for p in data.skip_patterns)
        self._numeral_start = Prefiltered(self.reader.start_pattern)
        self._dates = ScreenedList(Prefiltered(re.compile(p)) for p in data.date_patterns)
        self._day = UnitSpec(unit=_DAY, kind=EvidenceKind.DATE, surfaces=[])
        self._month = UnitSpec(unit=_MONTH, kind=EvidenceKind.DATE, surfaces=[])
        self._size_list = Prefiltered(re.compile(data.size_list))
        self._multiple = Prefiltered(re.compile(alternation(data.multiplier_words), re.IGNORECASE))
        self._repetition = Prefiltered(re.compile(alternation(data.repetition_words), re.IGNORECASE))
        self._repetition_after = re.compile(data.repetition_after or "(?!)")
        self._repetition_before = re.compile(data.repetition_before or "(?!)")
        self._repetition_within = re.compile(data.repetition_within or "(?!)")
        self._compared_measure = re.compile(data.compared_measure or "(?!)")
        each = alternation([w for w in data.rate_infixes if w.lower() not in data.numerals.articles])
        self._per_any = re.compile(rf"[ \t]+(?:{each})[ \t]+([A-Za-z]{{3,}})\b", re.IGNORECASE)
        compared = [w for u in data.units if u.unit == TIMES for w in u.followed_by]
        self._compared = re.compile(f"[ \\t]+(?:{alternation(compared)})\\b", re.IGNORECASE)
        bounds = [*data.hedges_before, *data.bounds_before]
        self._bound_before = re.compile(f"(?:{alternation(bounds)})[ \\t]+$", re.IGNORECASE)
        self._singles = {w.lower() for w in data.numerals.single_words}
        vague = (*data.single_vague_nouns, *data.count_noun_stoplist, *data.of_words, *data.subject_stops)
        self._vague = {w.lower() for w in (*vague, *data.subject_determiners)}
        self._occurrences = UnitSpec(unit=_OCCURRENCES, kind=EvidenceKind.COUNT, surfaces=[])
        self._doubling = Prefiltered(re.compile(f"(?:{alternation(data.doubling_before)})[ \\t]*"))
        self._doubling_end = re.compile(f"[ \\t]*(?:{alternation(data.doubling_after)})")
        # screened: each cue list is searched through the whole text (case-insensitive, no fast skip)
        self._cues = [
            (c.kind, Prefiltered(re.compile(alternation(c.words), re.IGNORECASE))) for c in data.cues
        ]
        self._quotes = [
            re.compile(f"{re.escape(q[0])}([^{re.escape(q)}\\n]{{1,{_QUOTE_MAX}}}){re.escape(q[1])}")
            for q in data.quotes
        ]
        self._name = re.compile(r"(?<![A-Za-z0-9])([A-Za-z][A-Za-z0-9.]*)([ ]|-)$")
        closers = alternation(data.label_closers) if data.label_closers else "(?!)"
        # 反方三辩: names the speaker; the cue then sets no procedure
        self._procedure = re.compile(
            f"(?:{alternation(data.procedure_cues)})(?![ \\t]*(?:{closers}))", re.IGNORECASE
        )
        self._advice_stops = re.compile("|".join(data.advice_stops)) if data.advice_stops else None
        self._rule = re.compile(alternation(data.rule_cues), re.IGNORECASE)
        self._limit = re.compile(alternation(data.limit_cues), re.IGNORECASE)
        self._article_label = re.compile(data.article_label)
        self._advice = re.compile(alternation(data.advice_cues), re.IGNORECASE)
        self._setting = _words(data.setting_cues)
        self._offer = _words(data.offer_cues)
        self._bare_pairs = ScreenedList(Prefiltered(re.compile(p)) for p in data.bare_pairs)
        self._counted_after = re.compile("|".join(data.bare_counted_after) or "(?!)")
        self._money_before = re.compile(f"(?:{data.bare_money_before})[ \\t]*$")
        each_words = alternation(data.each_words) if data.each_words else "(?!)"
        self._each_word = re.compile(f"[ \\t]+(?:{each_words})\\b", re.IGNORECASE)
        self._proposal = re.compile(alternation(data.proposal_cues), re.IGNORECASE)
        self._list_item = re.compile(data.list_item)
        self._schedule = re.compile(alternation(data.schedule_cues), re.IGNORECASE)
        self._filing = _words(data.filing_cues)
        self._period_before = re.compile(f"(?:{data.period_before})$", re.IGNORECASE)
        self._period_after = re.compile(data.period_after, re.IGNORECASE)
        self._tally_count = re.compile(data.tally_count, re.IGNORECASE)
        self._vote_words = re.compile(alternation(data.vote_words), re.IGNORECASE)
        self._result_words = re.compile(alternation(data.result_words), re.IGNORECASE)
        self._record = re.compile(alternation(data.record_cues), re.IGNORECASE)
        self._record_noun = re.compile(alternation(data.record_nouns), re.IGNORECASE)
        self._record_line = re.compile(f"[ \\t]*(?:{self._record.pattern})", re.IGNORECASE)
        self._record_after = re.compile(f"[ \\t]*(?:{self._record_noun.pattern})", re.IGNORECASE)
        # the noun a few characters before the count, in its line and phrase (讨论区（共88条）
        phrase = f"[^，,。；;！？!?:：\\n]{{0,{_RECORD_REACH}}}$"  # not a label's (留言：我家…)
        self._record_before = re.compile(f"(?:{self._record_noun.pattern}){phrase}")
        self._record_units = frozenset(n.lower() for n in data.record_nouns)
        self._stamp_tail = re.compile(data.stamp_tail)
        self._appeal_window = re.compile(data.appeal_window)
        self._inline_items = re.compile(f"[:：][ \\t]*(?={data.list_item.removeprefix('^')})")

    def scan(self, text: str, sentence_ends: Sequence[int] | None = None) -> list[NumberMention]:
        """Return the number mentions of ``text`` in text order; spans never overlap.

        ``sentence_ends``: where the pipeline's sentences end, if it split them (see `NumberContext`).
        """
        windows = [m.span("n") for m in self._appeal_window.finditer(text)]
        blocked = [m.span() for _, m in self._skips.finditer(text) if not _overlaps_any(m.span(), windows)]
        dates = self._date_hits(text, blocked)
        blocked += [(d.start, d.end) for d in dates]
        multiples = self._multiple_hits(text, blocked)
        blocked += [(h.start, h.end) for h in multiples]
        sizes = self._size_hits(text, blocked)
        blocked += [(h.start, h.end) for h in sizes]
        quoted = sorted((m.start(1), m.end(1)) for p in self._quotes for m in p.finditer(text))
        context = NumberContext(text, self.data, self._cues, sentence_ends)
        hits = [(d, d.unit is None) for d in dates] + [(h, False) for h in [*multiples, *sizes]]
        pos = last = 0
        while (found := self._numeral_start.first_from(text, pos)) is not None:
            inside = [b for a, b in blocked if a <= found.start() < b]
            if inside:
                pos = max(inside)
                continue
            at = found.start()
            word_end = word_around(text, at, self.data.inside_word_tags)
            if word_end is not None:  # a noun's or an idiom's numeral: read on after the word
                pos = word_end
                continue
            low = max([last, context.clause(at, at)[0], *(b for _, b in blocked if b <= at)])
            hit, pos = self._hit_at(text, at, low)
            # a numeral that runs into a span read or skipped before (0^1月: the month took the 1)
            runs_into = hit is not None and any(hit.start < b and a < hit.end for a, b in blocked)
            if hit is not None and not runs_into and not self._excluded(text, hit, quoted):
                hits.append((hit, False))
                last = hit.end
        if not hits:
            # every later step keeps, drops or rereads hits, none makes one: a text without a
            # number (most short texts) is spared its whole-text scans for items, tallies and pairs
            return []
        hits = self._beside_others(hits, context)
        if self.data.single_periods:
            hits = self._without_periods(hits, context)
        paired = [m.span() for _, m in self._bare_pairs.finditer(text)]
        if self.data.elliptical:
            hits = self._elliptical(text, hits, context, paired)
        context.note_numbers(
            [
                (h.end, h.unit.unit if h.unit else BARE)
                for h, date in hits
                if not self._is_date(text, h, date=date)
            ]
        )
        proposed = [
            *self._proposed_items(text),
            *decided_blocks(text, self.data.decision_headings, self._list_item),
        ]
        counted = tallies(text, self._tally_count, self._vote_words, self._result_words)
        voted = tallied_blocks(
            text, decided_blocks(text, self.data.tally_headings, self._list_item), self._tally_count
        )
        judged = [
            self._mention(
                text,
                context,
                hit,
                date=date,
                paired=_within(hit, paired),
                proposed=_starts_in(hit, proposed),
                window=_starts_in(hit, windows),
            )
            for hit, date in hits
            if not _starts_in(hit, counted) and not self._tallied(text, hit, voted)
        ]
        settings = [j for j in judged if isinstance(j, _Setting)]
        mentions = [j for j in judged if isinstance(j, NumberMention) and not _restates(j, settings)]
        return sorted(mentions, key=lambda m: m.start)

    def _proposed_items(self, text: str) -> list[tuple[int, int]]:
        """The spans of list items under an intro or heading with a proposal cue (发出如下倡议：
        then 一、…; 三、建议 then 1. …), or after one in its own line (学校决定：一、…；二、…):
        what a proposal would set, not evidence."""
        if not self.data.proposal_cues:
            return []
        spans: list[tuple[int, int]] = []
        proposing = False
        pos = 0
        for line in text.split("\n"):
            start, pos = pos, pos + len(line) + 1
            stripped = line.strip()
            if not stripped:
                continue
            item = self._list_item.match(stripped) is not None
            heading = len(stripped) <= self.data.heading_max and _PUNCTUATION.search(stripped) is None
            if item and not heading:
                if proposing:
                    spans.append((start, start + len(line)))
                continue
            proposing = self._proposal.search(stripped) is not None
            inline = self._inline_items.search(line)
            if inline is not None and self._proposal.search(line, 0, inline.start()):
                spans.append((start + inline.start(), start + len(line)))
        return spans

    @staticmethod
    def _tallied(text: str, hit: _Hit, blocks: list[tuple[int, int]]) -> bool:
        """Whether ``hit`` stands in the block a tally heading opens (三、投票结果, 接龙统计：, Vote
        result): who voted or answered, how many and how much each option drew are the record of
        the vote or poll, its outcome, not a fact the text cites. A share there that does not
        divide the whole with the others on its line is the threshold the tally is held against
        (超过三分之二, a two-thirds majority), a rule's figure: it stays."""
        if not _starts_in(hit, blocks):
            return False
        if hit.unit is None or hit.unit.unit not in (PERCENT, FRACTION):
            return True
        start = text.rfind("\n", 0, hit.at) + 1
        end = text.find("\n", hit.end)
        return divides(text[start : end if end >= 0 else len(text)])

    @staticmethod
    def _beside_others(hits: list[tuple[_Hit, bool]], context: NumberContext) -> list[tuple[_Hit, bool]]:
        """Drop a lone "one X" (`_lone`) whose sentence holds no other number."""
        sentences = [context.sentence(h.start) for h, _ in hits]
        return [
            (hit, date)
            for (hit, date), here in zip(hits, sentences, strict=True)
            if not hit.lone or sum(there == here for there in sentences) > 1
        ]

    def _without_periods(
        self, hits: list[tuple[_Hit, bool]], context: NumberContext
    ) -> list[tuple[_Hit, bool]]:
        """Drop 一年, 一个月 (and a measure's 一公里, 一斤) when another number follows in its
        clause: a rate's period or quantity (一斤七八块; not 一年内, 一年后:
        ``rate_not_followed_by``). A bare number that follows a period is an amount per that
        period (一个月3200: 3200 ``number/month``)."""
        hits = sorted(hits, key=lambda h: h[0].start)
        starts = [h.start for h, _ in hits]
        per_kinds = (EvidenceKind.DURATION, EvidenceKind.OTHER)

        def period(hit: _Hit) -> bool:
            if not (hit.numeral.single and hit.unit is not None and hit.unit.kind in per_kinds):
                return False
            if starts_with_any(context.text[hit.end :].lstrip(), self.data.rate_not_followed_by):
                return False  # 一年内, 一年后: a time limit or point, not a period
            i = bisect_left(starts, hit.end)
            return i < len(starts) and starts[i] < context.clause(hit.start, hit.end)[1]

        out: list[tuple[_Hit, bool]] = []
        per: str | None = None  # the period just dropped, if a bare amount may follow it
        for hit, date in hits:
            if period(hit):
                per = self.rates.period(context.text[hit.numeral.end : hit.end])
                continue
            numeral = hit.numeral
            year = numeral.plain and self._is_year(numeral.value)
            if (
                per is not None
                and hit.unit is None
                and hit.per is None
                and numeral.written_out
                and not (date or year)
            ):
                hit = replace(hit, unit=self._units_by_name[BARE], per=per)
            per = None
            out.append((hit, date))
        return out

    def _elliptical(
        self,
        text: str,
        hits: list[tuple[_Hit, bool]],
        context: NumberContext,
        paired: list[tuple[int, int]],
    ) -> list[tuple[_Hit, bool]]:
        """A bare number (Arabic, or words with a multiplier: 两千) with the unit of the nearest
        number with a unit before it in its sentence: the text left the noun out (10 minutes on
        normal and 8 on boost; 要八千元，清洗还要两千). Not a number of a ``bare_pairs`` pair: its
        own quantity, not the earlier one's (fell by 41%, from 0.92 to 0.54); and one with an
        ``each_words`` word after it is an amount per item of its own, a bare count (150 parcels
        a day, 1.50 each).
        """
        out: list[tuple[_Hit, bool]] = []
        last: dict[tuple[int, int], _Hit] = {}
        for hit, date in sorted(hits, key=lambda h: h[0].start):
            sentence = context.sentence(hit.start)
            if self._is_date(text, hit, date=date):
                out.append((hit, date))
                continue
            before = last.get(sentence)
            glued = _WORD_CHAR.match(text, hit.end) is not None  # 1号线, 3rd: a label, not a quantity
            numeral = hit.numeral
            bare = hit.unit is None and numeral.written_out and not numeral.scaled  # 12 million counts
            each = self._each_word.match(text, hit.end) if bare and not glued else None
            if each is not None:
                hit = replace(hit, end=each.end(), unit=self._units_by_name[BARE])
            elif bare and not glued and before is not None and before.unit and not _within(hit, paired):
                unit = before.unit
                hit = replace(
                    hit, value=hit.value * unit.scale, unit=unit, weak_unit=before.weak_unit, per=before.per
                )
            # one reviewer names no unit to leave out, nor does a share in words (a fifth ... 58),
            # nor a date (11月去的，民宿才三百出头: the amount is no month)
            if (
                hit.unit is not None
                and not hit.lone
                and not (hit.numeral.fraction and hit.unit.unit == FRACTION)
                and hit.unit.kind is not EvidenceKind.DATE
            ):
                last[sentence] = hit
            out.append((hit, date))
        return out

    def _date_hits(self, text: str, blocked: list[tuple[int, int]]) -> list[_Hit]:
        """Whole dates (2023 年 3 月 14 日, 5 June 1990, 15 April), longest first, outside blocked
        spans; a date pattern without a ``year`` group gives its ``day``, else its ``month``."""
        found = sorted((m for _, m in self._dates.finditer(text)), key=lambda m: (m.start(), -m.end()))
        hits: list[_Hit] = []
        for match in found:
            taken = blocked + [(h.start, h.end) for h in hits]
            if any(a < match.end() and match.start() < b for a, b in taken):
                continue
            groups = match.groupdict()
            year = groups.get("year")
            if year is None:  # a day without a year (15 April, 3 月 15 日): the day; else the month
                part, unit = ("day", self._day) if groups.get("day") is not None else ("month", self._month)
                day = Numeral(*match.span(), float(match[part]), arabic=True)
                hits.append(_Hit(*match.span(), day.value, day, unit))
            elif self._is_year(float(year)):
                numeral = Numeral(*match.span(), float(year), arabic=True, plain=True)
                hits.append(_Hit(*match.span(), numeral.value, numeral))
        return hits

    def _multiple_hits(self, text: str, blocked: list[tuple[int, int]]) -> list[_Hit]:
        """Multiples written in words: doubled, 减半 (fixed words) and 翻两番 (2**n), in ``times``;
        and how often, before a rate: once a week, in ``occurrences``."""
        spans = [(m.start(), m.end(), self._word_value(m[0])) for m in self._multiple.finditer(text)]
        for match in self._doubling.finditer(text):
            count = self.reader.read(text, match.end())
            end = self._doubling_end.match(text, count.end) if count else None
            if count and end and count.value.is_integer() and 0 < count.value <= _MAX_DOUBLINGS:
                spans.append((match.start(), end.end(), 2.0**count.value))
        times = self._units_by_name[TIMES]
        hits = [_Hit(a, b, value, Numeral(a, b, value), times) for a, b, value in spans]
        return [
            h
            for h in [*hits, *self._repetitions(text)]
            if not any(x < h.end and h.start < y for x, y in blocked)
        ]

    def _size_hits(self, text: str, blocked: list[tuple[int, int]]) -> list[_Hit]:
        """A size list's numbers (44 (50, 56) cm, 2 (2, 3) skeins), outside blocked spans: one
        per size, each with the unit or counted noun written after the bracket; none without it, nor
        after an ordinal prefix."""
        hits: list[_Hit] = []
        for match in self._size_list.finditer(text):
            if any(a < match.end() and match.start() < b for a, b in blocked):
                continue
            sizes = list(_DIGITS.finditer(text, match.start(), match.end()))
            last = float(sizes[-1][0])
            after = self._with_unit(text, Numeral(match.start(), match.end(), last, arabic=True))
            if after.unit is None:
                continue
            listed = []
            for size in sizes:
                numeral = Numeral(size.start(), size.end(), float(size[0]), arabic=True)
                end = after.end if size is sizes[-1] else size.end()
                listed.append(_Hit(size.start(), end, numeral.value * after.unit.scale, numeral, after.unit))
            if not self._excluded(text, listed[0], []):  # 第3(2)条: an article's number, no size
                hits += listed
        return hits

    def _repetitions(self, text: str) -> list[_Hit]:
        """How often, written as one word before a rate: once a week, twice a day, twice per
        session; a multiple before a comparison: twice as long, more than twice the cost; and how
        many times a thing was done, after its past verb (visited twice: ``repetition_after``) or
        a perfect's auxiliary (has twice rejected: ``repetition_before``) or before the period it
        happened in (twice in a month: ``repetition_within``)."""
        hits = []
        for match in self._repetition.finditer(text):
            rate = self.rates.after(text, match.end()) or self._each(text, match.end())
            value = self._lookup(self.data.repetition_words, match[0])
            numeral = Numeral(match.start(), match.end(), value)
            within = self._repetition_within.match(text, match.end()) if value > 1 else None
            if rate is not None:
                hits.append(_Hit(match.start(), rate[0], value, numeral, self._occurrences, per=rate[1]))
            elif within is not None:
                hits.append(_Hit(match.start(), within.end(), value, numeral, self._occurrences))
            elif value > 1 and self._compared.match(text, match.end()):
                if self._measured(text, match):
                    hits.append(_Hit(match.start(), match.end(), value, numeral, self._units_by_name[TIMES]))
            elif value > 1 and (
                self._repetition_after.search(text, max(0, match.start() - _REACH), match.start())
                or self._repetition_before.search(text, max(0, match.start() - _REACH), match.start())
            ):
                hits.append(_Hit(match.start(), match.end(), value, numeral, self._occurrences))
        return hits

    def _measured(self, text: str, match: re.Match[str]) -> bool:
        """Whether a word multiple is a measure (twice *as* long, *more than* twice the cost,
        twice *the price*), not a manner of speaking (twice the work)."""
        return (
            text[match.end() :].lstrip().lower().startswith("as ")
            or self._bound_before.search(text, max(0, match.start() - 20), match.start()) is not None
            or self._compared_measure.match(text, match.end()) is not None
        )

    def _each(self, text: str, pos: int) -> tuple[int, str] | None:
        """How often per any unit after an explicit "per"/"each"/"every" (twice per session):
        (where it ends, the unit), else None."""
        found = self._per_any.match(text, pos)
        return None if found is None else (found.end(), found[1].lower())

    def _word_value(self, written: str) -> float:
        return self._lookup(self.data.multiplier_words, written)

    @staticmethod
    def _lookup(table: dict[str, float], written: str) -> float:
        return next(v for k, v in table.items() if k.lower() == written.lower())

    def _is_year(self, value: float) -> bool:
        return value.is_integer() and self.data.year_range[0] <= value <= self.data.year_range[1]

    def _hit_at(self, text: str, start: int, low: int) -> tuple[_Hit | None, int]:
        """Read the number starting at ``start``; return it (or None) and where to scan on.

        ``low``: where a rate word before the number may start at the earliest.
        """
        numeral = self.reader.read(text, start, self._protected)
        if numeral is None:
            return None, start + 1
        fraction = self._fraction(text, numeral) or self._ratio(text, numeral)
        if fraction is not None:
            return fraction, fraction.end
        hit = self._with_unit(text, numeral)
        if numeral.single and hit.unit is None and self._only(text, numeral):
            hit = self._with_unit(text, replace(numeral, single=False))  # 只有一条: only one
        if numeral.single and hit.unit is None:  # a, one, 一: an article, not a number
            return self._lone(text, numeral), hit.end
        paired = _PAIRED_BEFORE.search(text, max(0, start - 3), start) is not None  # a 4–1 decision
        if hit.unit is None and numeral.plain and numeral.value == 1 and not paired:  # 1 adult, no article
            hit = self._counted_one(text, hit)
        if numeral.half and (hit.unit is None or hit.weak_unit):  # 半导体, 半个中国: no quantity
            return None, hit.end
        if numeral.fraction:
            hit = self._share(text, hit)
            return hit, hit.end
        glued = _LATIN_TAIL.match(text, hit.end)
        if hit.unit is None and glued is not None:  # X5, 4o, 3D: a code or a name, not a quantity
            return None, glued.end()
        prefix = self._prefix_unit.search(text, max(0, start - self._prefix_reach), start)
        if prefix is not None and self._prefix_fits(self._prefix[_key(prefix[0])], hit):
            unit = self._prefix[_key(prefix[0])]
            hit = replace(
                hit, start=prefix.start(), value=numeral.value * unit.scale, unit=unit, weak_unit=False
            )
        hit = self._rate(text, self._range(text, hit), low)
        if (
            numeral.single
            and hit.unit is not None
            and hit.unit.single_needs_rate
            and hit.per is None
            and not ends_with_any(text[max(0, start - _REACH) : start], hit.unit.single_done_after)
        ):
            return None, hit.end
        return hit, hit.end

    def _only(self, text: str, numeral: Numeral) -> bool:
        """Whether a lone single word follows a word that stresses the count (只有一条, 只写了一篇),
        so that it is no article."""
        before = text[max(0, numeral.start - _REACH) : numeral.start]
        return ends_with_any(before, self.data.single_only_after)

    def _lone(self, text: str, numeral: Numeral) -> _Hit | None:
        """ "one" before a singular noun (one attendant), kept only beside another number
        (`scan`); never an article, a vague noun (one day), a part (one of) or "the only" (the one
        approved supplier: ``single_not_after``). With a share word and a noun after it (one per
        pupil, one locker each per pupil) it is an allocation, kept alone: one of them per that
        noun."""
        if not self.data.single_counts or text[numeral.start : numeral.end].lower() not in self._singles:
            return None
        if ends_with_any(
            text[max(0, numeral.start - _REACH) : numeral.start].rstrip(), self.data.single_not_after
        ):
            return None
        share = self._per_any.match(text, numeral.end)  # one per pupil
        if share is not None:
            bare = self._units_by_name[BARE]
            return _Hit(numeral.start, share.end(), numeral.value, numeral, bare, per=share[1].lower())
        counted = self._counted_noun(text, numeral.end)
        if counted is None:
            return None
        unit, noun_end = counted
        share = self._per_any.match(text, noun_end)  # one paddle per person
        if share is not None:
            per = share[1].lower()
            return _Hit(numeral.start, share.end(), numeral.value, numeral, unit, weak_unit=True, per=per)
        return _Hit(numeral.start, noun_end, numeral.value, numeral, unit, weak_unit=True, lone=True)

    def _counted_one(self, text: str, hit: _Hit) -> _Hit:
        """An Arabic 1 before a singular noun counts it (1 adult, 1 spare battery): written in
        digits, one is never the article that "one" or "a" may be, so it needs no other number
        beside it (`_lone`); the unit is the first word after it that is no stop or vague word."""
        counted = None if self.data.segmenter == "jieba" else self._counted_noun(text, hit.end)
        if counted is None:
            return hit
        unit, noun_end = counted
        return replace(hit, end=noun_end, unit=unit, weak_unit=True)

    def _counted_noun(self, text: str, at: int) -> tuple[UnitSpec, int] | None:
        """The singular noun right after a one at ``at`` (one attendant, 1 adult), as the unit it
        counts and where it ends, or None (no such word, or a vague one: one day)."""
        noun = _SINGULAR.match(text, at)
        if noun is None or noun[1].lower() in self._vague:
            return None
        return UnitSpec(unit=noun[1].lower(), kind=EvidenceKind.COUNT, surfaces=[], counter=True), noun.end()

    def _prefix_fits(self, unit: UnitSpec, hit: _Hit) -> bool:
        """Whether a prefix unit ($, under) is the unit of ``hit``: not when it has a unit of its
        own, a counted noun aside, nor for a ``bare_only`` unit before a count or a year."""
        if not unit.bare_only:
            return hit.unit is None or hit.weak_unit
        return hit.unit is None and not (hit.numeral.plain and self._is_year(hit.numeral.value))

    def _unit_fits(self, unit: UnitSpec, numeral: Numeral, rest: str, before: str, written: str) -> bool:
        """Whether ``unit``, written before ``rest`` and after the numeral (``written``, itself
        after ``before``), can be this numeral's unit."""
        return not (
            (unit.not_after and ends_with_any(before.rstrip(), unit.not_after))
            or any(rest.startswith(w) for w in unit.not_followed_by)
            or (unit.followed_by and not starts_with_any(rest.lstrip(" \t") or "\n", unit.followed_by))
            or (unit.arabic_only and not numeral.arabic)
            or (unit.after_half_only and not numeral.and_a_half)
            or (numeral.small_word and unit.not_after_small_word)
            or (numeral.small_word and unit.counter and self.counts.enumerated(rest))
            or (
                numeral.single
                and not unit.after_single
                and not self._single_duration(unit, rest, before, written)
            )
        )

    def _single_duration(self, unit: UnitSpec, rest: str, before: str, written: str) -> bool:
        """Whether "a"/"one" (``written``) and a duration unit are a span of one unit (*for* a
        decade, a week *or more*, *in one* year), by the words around them or before "one" written
        out, not the article of a manner of speaking."""
        long = not self.data.single_durations_units or unit.unit in self.data.single_durations_units
        return unit.kind is EvidenceKind.DURATION and (
            (long and ends_with_any(before.rstrip(), self.data.single_durations_before))
            or (long and ends_with_any(f"{before}{written}", self.data.single_durations_counted))
            or (not long and ends_with_any(before.rstrip(), self.data.single_durations_hedges))
            or starts_with_any(rest.lstrip(), self.data.single_durations_after)
        )

    def _fraction_after(self, text: str, unit: re.Match[str], value: float) -> tuple[int, float]:
        """Where a number and its unit end and what they count, with one half (三年半: 3.5
        years) or a digit's tenths (七成五: 7.5 tenths, 四块五: 4.5) written after the unit."""
        half = self._half_after.match(text, unit.end())
        if half is not None:
            return half.end(), value + 0.5
        tenth = self._tenth_after.match(text, unit.end()) if unit["unit"] in self._tenths_units else None
        if tenth is not None and value.is_integer():
            return tenth.end(), value + self.data.numerals.digits[tenth["digit"]] / 10
        return unit.end(), value

    def _with_unit(self, text: str, numeral: Numeral) -> _Hit:
        """The numeral with the unit written right after it, if any."""
        for pattern in (self._glued_unit, self._spaced_unit):
            match = pattern.match(text, numeral.end)
            if match is None:
                continue
            rest = text[match.end() :]
            blank = match.start("unit") > numeral.end
            for unit in self._suffix[_key(match["unit"])]:
                if unit.spaced and not blank:
                    continue
                before = text[max(0, numeral.start - _REACH) : numeral.start]
                if self._unit_fits(unit, numeral, rest, before, text[numeral.start : numeral.end]):
                    end, value = self._fraction_after(text, match, numeral.value)
                    return _Hit(numeral.start, end, value * self._scale(unit, value), numeral, unit)
        counted = self.counts.after(text, numeral, numeral.plain and self._is_year(numeral.value))
        if counted is not None:
            unit = UnitSpec(unit=counted[1], kind=EvidenceKind.COUNT, surfaces=[], counter=True)
            return _Hit(numeral.start, counted[0], numeral.value, numeral, unit, weak_unit=True)
        return _Hit(numeral.start, numeral.end, numeral.value, numeral)

    @staticmethod
    def _scale(unit: UnitSpec, value: float) -> float:
        """The factor from ``value`` written before ``unit`` to the unit's normalised value: one
        decimal place per digit for a ``digit_share`` unit's integer (七折 0.7, 八五折 0.85)."""
        if unit.digit_share and value.is_integer() and value > 0:
            return 10.0 ** -len(f"{value:.0f}")
        return unit.scale

    def _share(self, text: str, hit: _Hit) -> _Hit:
        """A fraction word's unit: the one after it (half *an hour*), else ``fraction``."""
        article = self._article.match(text, hit.end) if hit.unit is None else None
        if article is not None:
            other = self._with_unit(text, replace(hit.numeral, end=article.end()))
            if other.unit is not None:
                return other
        return hit if hit.unit is not None else replace(hit, unit=self._units_by_name[FRACTION])

    def _fraction(self, text: str, first: Numeral) -> _Hit | None:
        """万分之一, 百分之七十 (denominator first) or 1 in 10,000, one week in four (numerator
        first; a noun after "one" only before a denominator that counts nothing of its own: not
        one week in three months)."""
        for pattern, denominator_first in ((self._frac_den, True), (self._frac_num, False)):
            noun = None
            if not denominator_first and text[first.start : first.end].lower() in self._singles:
                noun = self._frac_noun.match(text, first.end)
            infix = pattern.match(text, first.end if noun is None else noun.end())
            second = self.reader.read(text, infix.end(), self._protected) if infix else None
            if second is None or (noun is not None and self._with_unit(text, second).unit is not None):
                continue
            den, num = (first, second) if denominator_first else (second, first)
            # a share in words is no term of another fraction (a quarter in two years)
            if den.value < num.value or (den.plain and self._is_year(den.value)) or first.fraction:
                continue
            name = PERCENT if denominator_first and den.value == 100 else FRACTION
            return _Hit(first.start, second.end, num.value / den.value, first, self._units_by_name[name])
        return None

    def _ratio(self, text: str, first: Numeral) -> _Hit | None:
        """24:1, 3∶2 in Arabic digits: the first term over the second."""
        infix = self._ratio_infix.match(text, first.end) if first.arabic and self.data.ratio_infixes else None
        second = self.reader.read(text, infix.end(), self._protected) if infix else None
        if second is None or not second.arabic or second.value == 0:
            return None
        # weak: a label's or name's numbers may look like one (Section 2:4)
        return _Hit(
            first.start, second.end, first.value / second.value, first, self._ratio_unit, weak_unit=True
        )

    def _range(self, text: str, hit: _Hit) -> _Hit:
        """``hit`` with the unit and rate of the range end after it (2~3 万元/月, 2020-2030 年,
        2 to 3 million, 5 to 10 cities).

        The end is read as a mention of its own when the scan reaches it.
        """
        joiner = self._joiner.match(text, hit.end) or self._paired_joiner(text, hit)
        second = self.reader.read(text, joiner.end(), self._protected) if joiner else None
        if second is None or second.single or second.fraction or second.half:
            return hit
        other = self._with_unit(text, second)
        other = self._bare_rate(text, other) or other  # from 40 to about 32 a week
        if other.unit is None or (hit.unit is not None and hit.unit.unit != other.unit.unit):
            return hit
        rate = self.rates.after(text, other.end)
        per = rate[1] if rate is not None and hit.per is None else (hit.per or other.per)
        if hit.unit is not None:
            return replace(hit, per=per)
        first = hit.numeral
        magnitude = second.magnitude if first.magnitude == 1.0 else 1.0
        value = first.value * magnitude * other.unit.scale
        return replace(hit, value=value, unit=other.unit, weak_unit=other.weak_unit, per=per)

    def _paired_joiner(self, text: str, hit: _Hit) -> re.Match[str] | None:
        """The joiner after ``hit`` that its opener allows (between 2,000 *and* 3,000)."""
        for opener, joiner in self._pairs:
            if opener.search(text, max(0, hit.start - _REACH), hit.start):
                return joiner.match(text, hit.end)
        return None

    def _rate(self, text: str, hit: _Hit, low: int) -> _Hit:
        """``hit`` with the rate written after its unit or before the number (km/h, 每年 20 亿元)."""
        if hit.unit is None and not hit.numeral.scaled:
            return self._bare_rate(text, hit) or hit
        after = self.rates.after(text, hit.end)
        if after is not None:
            return replace(hit, end=after[0], per=after[1])
        before = self.rates.before(text, hit.start, hit.end, low)
        if before is not None:
            return replace(hit, start=before[0], per=before[1], anchor=hit.start)
        return hit

    def _bare_rate(self, text: str, hit: _Hit) -> _Hit | None:
        """A bare Arabic number with a rate after it (32 a week, 3 per day): a count per that
        unit; None when it has a unit, is written in words or is a year (in 2024 a year…)."""
        numeral = hit.numeral
        if hit.unit is not None or not numeral.arabic or (numeral.plain and self._is_year(numeral.value)):
            return None
        after = self.rates.after(text, hit.end)
        if after is None:
            return None
        return replace(hit, end=after[0], unit=self._units_by_name[BARE], per=after[1])

    def _excluded(self, text: str, hit: _Hit, quoted: list[tuple[int, int]]) -> bool:
        """Whether the number is a label, a list or section number, a name's, or a quoted term."""
        line_start = text.rfind("\n", 0, hit.numeral.start) + 1
        before = text[max(line_start, hit.numeral.start - _REACH) : hit.numeral.start]
        if ends_with_any(before.rstrip(), self.data.ordinal_prefixes):
            return True
        if self._quoted_term(text, hit, quoted):
            return True
        if hit.unit is not None and not hit.weak_unit:
            return False
        name = self._name.search(before)
        # a sentence's end before a number word that opens the next (…since January. Two of…)
        ended = name is not None and name[1].endswith(".") and text[hit.numeral.start].isupper()
        if (
            name
            and not ended
            and name[1].lower() not in self.data.name_stopwords
            and (name[2] == "-" or not name[1].islower())
        ):
            return True
        if ends_with_any(before.rstrip(), self.data.heading_words):
            return True
        return self._list_number(text, hit, before)

    def _quoted_term(self, text: str, hit: _Hit, quoted: list[tuple[int, int]]) -> bool:
        """The number is quoted with at most ``quote_max_extra`` other characters (“少 5 倍”)."""
        surface = _BLANK.sub("", text[hit.start : hit.end])
        for a, b in quoted[
            bisect_left(quoted, (hit.end - _QUOTE_MAX,)) : bisect_right(quoted, (hit.start + 1,))
        ]:
            if a <= hit.start and hit.end <= b:
                extra = _BLANK.sub("", text[a:b]).replace(surface, "", 1)
                return len(extra) <= self.data.quote_max_extra
        return False

    def _list_number(self, text: str, hit: _Hit, before: str) -> bool:
        """``1.`` ``2)`` ``(3)`` ``4、`` or a number alone, at the start of a line."""
        lead = before.strip(self.data.list_bullets + " \t")
        if not hit.numeral.plain or lead not in ("", *self.data.list_openers):
            return False
        rest = text[hit.numeral.end :]
        line_rest = rest.split("\n", 1)[0]
        if not line_rest.strip():
            return True
        closer = next((c for c in self.data.list_closers if rest.startswith(c)), None)
        return closer is not None and (closer not in ".:" or rest[1:2] in ("", " ", "\t", "\n"))

    def _mention(
        self,
        text: str,
        context: NumberContext,
        hit: _Hit,
        *,
        date: bool,
        paired: bool,
        proposed: bool,
        window: bool = False,
    ) -> NumberMention | _Setting | None:
        """Decide unit and kind of a read number: its mention, a `_Setting` when it is what a
        proposal, rule, plan or decision would set (``proposed``: it stands in such a list or
        block), or None when it carries no evidence for another reason.

        ``paired``: the number is one of a ``bare_pairs`` pair (from 212 to 187, 4比3).
        ``window``: the number is the time limit of a right of appeal or objection the text
        grants (``appeal_window``: 对处理不服的，可在十日内提出复核; can seek a review within 28
        days): a rule in force, the law's or the body's, not what the decision sets; it is
        evidence wherever it stands.
        """
        unit, kind = self._unit_and_kind(text, context, hit, date=date, paired=paired)
        if unit is None or kind is None or not math.isfinite(hit.value):
            return None
        value = float(f"{hit.value:.12g}")
        unit = unit if hit.per is None or unit == _DATE else f"{unit}/{hit.per}"
        if proposed or (not window and self._ruled_or_advised(context, hit, kind)):
            return _Setting(hit.at, value, unit, kind)
        if self._offered(context, hit) or self._recorded(context, hit, kind):
            return None
        if kind is EvidenceKind.DATE and context.governed(
            hit.at, hit.end, self._schedule, clause_before=False
        ):
            return None  # the date of a meeting, a deadline or a release: when it is held or due
        if self._stamps_line(text, hit, date=date) or self._bounds_period(text, hit, date=date):
            return None
        if self._filed(context, hit, date=date):
            return None
        return NumberMention(
            start=hit.start,
            end=hit.end,
            surface=text[hit.start : hit.end],
            value=value,
            unit=unit,
            kind=kind,
            approximate=hit.numeral.approximate or context.hedged(hit.at, hit.end),
            subject=context.subject(hit.at, hit.end),
        )

    def _stamps_line(self, text: str, hit: _Hit, *, date: bool) -> bool:
        """A whole date (a day, or a month with its year; not a year alone) that closes its line
        (``stamp_tail``): a header's, byline's, signature's or field's date, not a fact's."""
        whole = date or (hit.unit is not None and hit.unit.unit in (_DAY, _MONTH))
        return whole and self._stamp_tail.match(text, hit.end) is not None

    def _bounds_period(self, text: str, hit: _Hit, *, date: bool) -> bool:
        """A date that names its day and starts or ends a period (*from* 2 May, 5月1日*起*, 公示*期为*
        6月3日至6月9日; ``period_before``, ``period_after``): when a rule, a trial, a term or a
        notice runs, not when a fact happened."""
        whole = date or (hit.unit is not None and hit.unit.unit == _DAY)
        if not whole or _DAY_NAMED.search(text, hit.start, hit.end) is None:
            return False
        before = text[max(0, hit.start - _REACH) : hit.start]
        starts = self._period_before.search(before) is not None
        return starts or self._period_after.match(text, hit.end) is not None

    def _filed(self, context: NumberContext, hit: _Hit, *, date: bool) -> bool:
        """A date that names its day in a clause with a ``filing_cues`` word (于5月3日收到, 5月3日
        作出的决定, lodged on 4 May), or after one that a colon closes (Ballot closed: 4 May): the
        day the proceedings received, sent or issued a paper, when the record was made, not when
        a fact of the matter happened (5月3日，我们收到… is when a count began: the day's own clause
        holds no such word)."""
        whole = date or (hit.unit is not None and hit.unit.unit == _DAY)
        if not whole or _DAY_NAMED.search(context.text, hit.start, hit.end) is None:
            return False
        left, right = context.clause(hit.at, hit.end)
        return self._filing.search(context.text, left, right) is not None or context.governed(
            hit.at, hit.end, self._filing, clause_before=True
        )

    def _ruled_or_advised(self, context: NumberContext, hit: _Hit, kind: EvidenceKind) -> bool:
        """A procedure's rule (each speaker has four minutes), advice (建议每天学两个小时), what a
        rule or measure sets (Shall the city issue $5 million…?, 费用不得超过200元) or what a
        pending decision, plan or offer would set (votes on whether to spend £6 million)."""
        timed = not self.data.procedure_units or (
            hit.unit is not None and hit.unit.unit in self.data.procedure_units
        )
        ruled = (
            kind in self.data.procedure_kinds
            and timed
            and context.governed(hit.at, hit.end, self._procedure, clause_before=False)
        )
        return (
            ruled
            or (
                kind in self.data.advice_kinds
                and context.governed(
                    hit.at, hit.end, self._advice, clause_before=True, stops=self._advice_stops
                )
            )
            or context.governed(hit.at, hit.end, self._rule, clause_before=False)
            or (
                self._in_article(context.text, hit)
                and context.governed(hit.at, hit.end, self._limit, clause_before=False)
            )
            or context.governed(hit.at, hit.end, self._setting, clause_before=True, stops=self._advice_stops)
        )

    def _in_article(self, text: str, hit: _Hit) -> bool:
        """Whether ``hit`` stands on a line an article's label opens (第三条, Article 4): the text of
        a statute's, a regulation's or a draft's article, whose limits are what the rule sets."""
        return self._article_label.match(text, text.rfind("\n", 0, hit.at) + 1) is not None

    def _offered(self, context: NumberContext, hit: _Hit) -> bool:
        """What an offer or a quote would charge or give (I could offer a £20 voucher, 修缮报价十二万):
        no fact the text reports, yet no figure a later line restates either, as a proposal's is:
        a quote, once given, is a price the debate weighs (`_restates`)."""
        return context.governed(hit.at, hit.end, self._offer, clause_before=True, stops=self._advice_stops)

    def _recorded(self, context: NumberContext, hit: _Hit, kind: EvidenceKind) -> bool:
        """A count of the proceedings the text records, not of the matter they weigh: who took
        part (*Present:* 17 governors, 实际*出席*6名, *到场*14人, a line an attendance label opens, a
        field an attendance label names: `_record_field`) or how many responses came in (27
        comments, 共 95 条*点评*, 收到书面*意见*75条; ``record_cues``, ``record_nouns``)."""
        if kind is not EvidenceKind.COUNT:
            return False
        unit = hit.unit.unit.lower() if hit.unit is not None else ""
        text = context.text
        line_start = text.rfind("\n", 0, hit.at) + 1
        near = max(line_start, hit.at - _REACH)
        return (
            unit in self._record_units
            or self._record_line.match(text, line_start) is not None
            or self._record_after.match(text, hit.end) is not None
            or self._record_before.search(text, near, hit.at) is not None
            or self._record.search(text, context.clause(hit.at, hit.end)[0], hit.at) is not None
            or self._record_field(context, hit, line_start)
        )

    def _record_field(self, context: NumberContext, hit: _Hit, line_start: int) -> bool:
        """Whether the count stands in a field whose label holds a record cue: the cue before
        the colon that opens the field, in the count's sentence, and the field one clause or a
        list of them (参加会议的有：5个社区的楼长、物业代表共16人; Check-ins: 9). A comma or a
        semicolon after the colon ends the field: what follows is no longer the label's list."""
        text = context.text
        start = max(line_start, context.sentence(hit.at)[0])
        colon = max(text.rfind(":", start, hit.at), text.rfind("：", start, hit.at))
        if colon < 0 or _FIELD_END.search(text, colon, hit.at) is not None:
            return False
        return self._record.search(text, start, colon + 1) is not None

    def _is_date(self, text: str, hit: _Hit, *, date: bool) -> bool:
        """A whole date, or a plain year-like integer alone (English) or before a date unit (年)."""
        if date or not (hit.numeral.plain and self._is_year(hit.numeral.value)):
            return date
        if hit.unit is None:
            return self.data.bare_years
        rest = text[hit.end :].lstrip()
        if not hit.unit.date:
            return False
        before = text[max(0, hit.start - _REACH) : hit.start].rstrip()
        deadline = ends_with_any(before, self.data.date_before)  # 到 2030 年前: before the year 2030
        return deadline or not any(rest.startswith(w) for w in self.data.not_date_after)

    def _unit_and_kind(
        self, text: str, context: NumberContext, hit: _Hit, *, date: bool, paired: bool
    ) -> tuple[str | None, EvidenceKind | None]:
        numeral, unit = hit.numeral, hit.unit
        if self._is_date(text, hit, date=date):
            return _DATE, EvidenceKind.DATE
        if unit is None and numeral.scaled:
            unit = self._units_by_name[BARE]
        elif unit is None:
            bare = context.kind(hit.at, hit.end, self.data.bare_kinds, unit=BARE)
            written = numeral.written_out
            if bare is None and (
                (numeral.grouped and self.data.bare_grouped)
                or (paired and numeral.arabic)
                or self._approximate_amount(numeral)
                or (written and self._counted_after.match(text, hit.end) is not None)
            ):
                return BARE, EvidenceKind.COUNT
            if bare is None and written and self._paid(text, hit):
                return BARE, EvidenceKind.MONEY
            return BARE, bare if written else None
        cued = context.kind(hit.at, hit.end, unit.context_kinds, unit=unit.unit, after_only=unit.cues_after)
        return unit.unit, cued or unit.kind

    def _paid(self, text: str, hit: _Hit) -> bool:
        """Whether a bare amount of at least ``bare_approximate_min`` follows a verb of paying or
        receiving (我捐了五千, 交了3000): a sum of money (``bare_money_before``); a year never."""
        least = self.data.bare_approximate_min
        year = hit.numeral.plain and self._is_year(hit.numeral.value)
        if least is None or year or hit.value < least:
            return False
        return self._money_before.search(text, max(0, hit.start - _REACH), hit.start) is not None

    def _approximate_amount(self, numeral: Numeral) -> bool:
        """Whether a unitless word numeral says "about so many" (一百多, 三百出头, 两三百) or is
        spoken in short (一百二, 三千五): a quantity, where a label, a code or a year is never
        written so (``bare_approximate_min``)."""
        least = self.data.bare_approximate_min
        spoken = numeral.approximate or numeral.abbreviated
        return least is not None and spoken and not numeral.arabic and numeral.value >= least


def _restates(mention: NumberMention, settings: list[_Setting]) -> bool:
    """Whether ``mention`` names again, later in the text, a figure a proposal, rule, plan or
    decision set before it (the same value in the same unit, per whatever): a reply that weighs
    the proposed fee or term quotes the proposal, it reports no fact of its own. A date or a count
    never: the day and the things a proposal names (for the seven teachers, 给七位老师) are there
    whatever it sets; nor an approximate figure (两三百元), the speaker's own round one."""
    same = (mention.value, _base(mention.unit), mention.kind)
    return (
        not mention.approximate
        and mention.kind not in _NAMED_AS_FACTS
        and any(s.at < mention.start and (s.value, _base(s.unit), s.kind) == same for s in settings)
    )


def _base(unit: str) -> str:
    """A unit without the rate it is counted per: a reply may drop "each" (每人50元, then 50元)."""
    return unit.split("/", 1)[0]


def _words(words: Sequence[str]) -> re.Pattern[str]:
    """The words as one case-insensitive pattern; one that never matches when there are none."""
    return re.compile(alternation(words) if words else "(?!)", re.IGNORECASE)


def _starts_in(hit: _Hit, spans: list[tuple[int, int]]) -> bool:
    """Whether the number itself starts inside one of ``spans``."""
    return any(a <= hit.at < b for a, b in spans)


def _overlaps_any(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    """Whether ``span`` overlaps one of ``spans``."""
    return any(a < span[1] and span[0] < b for a, b in spans)


def _within(hit: _Hit, spans: list[tuple[int, int]]) -> bool:
    """Whether ``hit`` lies inside one of ``spans``."""
    return any(a <= hit.start and hit.end <= b for a, b in spans)


def _key(surface: str) -> str:
    """Lookup key of a unit surface: blanks removed (``个 token`` and ``个token`` are one unit)."""
    return _BLANKS.sub("", surface)


@cache
def _scanner(lang: Lang) -> _Scanner:
    return _Scanner(number_data(lang))


def find_numbers(
    text: str, lang: Lang | str, *, sentence_ends: Sequence[int] | None = None
) -> list[NumberMention]:
    """Find the numbers of ``text`` that report a quantity.

    Args:
        text: NFKC-normalised text (full-width digits and ％ already ASCII).
        lang: the text's language.
        sentence_ends: where its sentences end, when they are known (the pipeline's); by
            default the numbers data's ``sentence_breaks`` split them.

    Returns:
        The mentions in text order, spans disjoint, ``surface == text[start:end]``.

    Raises:
        InputError: ``lang`` is not a language argkg reads, or its data file is invalid.
    """
    try:
        language = Lang(lang)
    except ValueError as exc:
        raise InputError(f"no number data for language {lang!r}") from exc
    return _scanner(language).scan(text, sentence_ends)
