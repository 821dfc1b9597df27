"""Numeric evidence: the numbers of a text that report a quantity, normalised (DESIGN.md §1).

`find_numbers` scans a text left to right for numerals (`argkg.ingest.numerals`), reads the unit
after each (or the currency before it), joins ranges, drops numbers that are labels rather than
quantities, and gives each mention a kind from its unit and from cue words near it. Every word list
and pattern comes from the language's numbers data (`argkg.ingest.numerals.number_data`).

Normalisation: percentages and fractions become fractions (70% → 0.7, 万分之一 → 1e-4, 10 万分之一
→ 1e-5); magnitudes are multiplied in (5000亿美元 → 5e11 USD); counted units keep the count
(5 个数量级 → 5 orders_of_magnitude, 100 倍 → 100 times, 20 年 → 20 years). A plain integer in
``year_range`` written as a year (2024 年), or standing alone in English (in 2024), is a date:
unit ``year``. A range (2020-2030年, 2020 to 2030, 3~5 倍) is ONE mention whose value is the
start and whose surface is the whole range.

Not evidence: list and section numbers (``01.`` or ``1.``/``2)`` at line start, ``讨论 1``,
``Section 2``, ``第一种``); names with numbers, that is a Latin word then ``-`` or a space then a
number with no unit (GPT-4, Claude 2, Llama-3, COVID-19); numbers glued to letters (A100, 4o);
versions, clock times and numbers in web addresses; a number quoted as a term (“3 倍”), where
the text talks about the expression, not the quantity. Small word numerals (两种, three reasons)
do not count things, and 一/one alone is read as the article. A number with no unit is evidence
only as a year, or when a score or probability cue says what it measures.

Kind: fixed by the unit (FLOP → compute, USD → money), except for units that list
``context_kinds`` (percent, times, fractions, some durations): there the nearest cue word of an
allowed kind in the same clause decides, else the nearest one earlier in the same sentence, else
the unit's default kind. Not checked: that the cue word is really about this number.
"""

import logging
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from functools import cache

import jieba
from pydantic import BaseModel, ConfigDict, Field
from spacy.language import Language
from spacy.tokens import Doc

from argkg.errors import InputError
from argkg.ingest.numerals import (
    BARE,
    FRACTION,
    PERCENT,
    NumberData,
    Numeral,
    NumeralReader,
    UnitSpec,
    alternation,
    number_data,
)
from argkg.schema.vocabulary import EvidenceKind, Lang

__all__ = ["NumberFinder", "NumberMention", "find_numbers", "make_number_finder"]


class NumberMention(BaseModel):
    """One number that reports a quantity, with character offsets into the text it was read from.

    Attributes:
        start, end: the span; ``surface == text[start:end]``.
        surface: the number as written, unit included (a range: the whole range).
        value: the normalised value (a range: its start).
        unit: the normalised unit (``year`` for dates, ``number`` for a bare score or probability).
        kind: what the number measures.
        approximate: hedged (大概, 左右, about) or vague (几百万, 亿万).
        subject: a few words of the clause saying what the number measures, when found.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    start: int = Field(ge=0)
    end: int = Field(gt=0)
    surface: str = Field(min_length=1)
    value: float
    unit: str = Field(min_length=1)
    kind: EvidenceKind
    approximate: bool = False
    subject: str | None = None


@dataclass(frozen=True)
class _Hit:
    """A number read with its unit, before it is judged to be evidence."""

    start: int
    end: int
    value: float
    numeral: Numeral
    unit: UnitSpec | None = None
    weak_unit: bool = False  # a generic counted noun: the number may still be a name's


jieba.setLogLevel(logging.WARNING)

_QUOTE_MAX = 40  # longest quotation that can quote a number as a term
_REACH = 40  # characters before a number that can make it a label, name or list number
_LATIN_TAIL = re.compile(r"[A-Za-z][A-Za-z0-9]*")
_DATE = "year"


def _ends_with(text: str, word: str) -> bool:
    """``text`` ends with ``word`` as a whole word (Latin words need a non-letter before)."""
    tail = text[-len(word) - 1 :]
    if not tail.lower().endswith(word.lower()):
        return False
    before = tail[: len(tail) - len(word)]
    return not (word[:1].isascii() and word[:1].isalpha() and before.isascii() and before.isalpha())


def _starts_with(text: str, word: str) -> bool:
    """``text`` starts with ``word`` as a whole word."""
    head = text[: len(word) + 1]
    if not head.lower().startswith(word.lower()):
        return False
    after = head[len(word) :]
    return not (word[-1:].isascii() and word[-1:].isalpha() and after.isascii() and after.isalpha())


class _Context:
    """Clause and sentence bounds and cue positions of one text: what surrounds a number."""

    def __init__(self, text: str, data: NumberData, cues: list[tuple[EvidenceKind, re.Pattern[str]]]) -> None:
        self.text, self.data = text, data
        sentence = [m.span() for m in re.finditer(data.sentence_breaks, text)]
        clause = sorted({*sentence, *(m.span() for m in re.finditer(data.clause_breaks, text))})
        self._sentence_ends = [b for _, b in sentence]
        self._clause_starts, self._clause_ends = [a for a, _ in clause], sorted(b for _, b in clause)
        self._cues = sorted((m.start(), m.end(), k) for k, pattern in cues for m in pattern.finditer(text))

    def clause(self, start: int, end: int) -> tuple[int, int]:
        """The clause around ``text[start:end]``: from the break before to the break after."""
        i = bisect_right(self._clause_ends, start)
        j = bisect_left(self._clause_starts, end)
        left = self._clause_ends[i - 1] if i else 0
        return left, self._clause_starts[j] if j < len(self._clause_starts) else len(self.text)

    def kind(
        self, start: int, end: int, allowed: list[EvidenceKind], *, after_only: bool = False
    ) -> EvidenceKind | None:
        """The nearest allowed cue's kind in the clause, else the last one earlier in the sentence.

        With ``after_only``, only cues after the number, in its clause, count.
        """
        left, right = self.clause(start, end)
        i = bisect_right(self._sentence_ends, start)
        sentence_start = self._sentence_ends[i - 1] if i else 0
        near: list[tuple[int, EvidenceKind]] = []
        earlier: list[tuple[int, EvidenceKind]] = []
        for a, b, kind in self._cues[bisect_left(self._cues, (sentence_start,)) :]:
            if a >= right:
                break
            if kind not in allowed or (start < b and a < end):
                continue
            if a >= end:
                near.append((a - end, kind))
            elif not after_only and b <= start:
                (near if a >= left else earlier).append((start - b if a >= left else -b, kind))
        return min(near)[1] if near else (min(earlier)[1] if earlier else None)

    def _before(self, start: int) -> str:
        """Clause text before ``start`` without a trailing hedge and link word."""
        before = self.text[self.clause(start, start)[0] : start].rstrip()
        for link in self.data.hedge_links:
            if _ends_with(before, link):
                before = before[: -len(link)].rstrip()
                break
        return before

    def hedged(self, start: int, end: int) -> bool:
        """Whether a hedge word stands right before or after the number."""
        before = self._before(start)
        if not any(_ends_with(before, b) for b in self.data.hedge_blockers) and any(
            _ends_with(before, h) for h in self.data.hedges_before
        ):
            return True
        after = self.text[end : self.clause(start, end)[1]].lstrip()
        return any(_starts_with(after, h) for h in self.data.hedges_after)

    def subject(self, start: int, end: int) -> str | None:
        """What the number measures: a few words after 的/of, else next to the number."""
        after = self.text[end : self.clause(start, end)[1]].lstrip()
        for word in self.data.hedges_after:
            if _starts_with(after, word):
                after = after[len(word) :].lstrip()
        for word in self.data.of_words:
            if _starts_with(after, word):
                return self._phrase(after[len(word) :], forward=True)
        before = self._before(start)
        for word in sorted([*self.data.hedges_before, *self.data.of_words], key=len, reverse=True):
            if _ends_with(before, word):
                before = before[: -len(word)].rstrip()
        sides = [(before, False), (after, True)]
        for side, forward in reversed(sides) if self.data.subject_after_first else sides:
            phrase = self._phrase(side, forward=forward)
            if phrase:
                return phrase
        return None

    def _phrase(self, text: str, *, forward: bool) -> str | None:
        """The words next to the number up to a stop word, number or sign.

        Going backwards, stop words right before the number are skipped (已经 12 天: 已经).
        """
        stops = {w.lower() for w in self.data.subject_stops}
        words = [(w, a, b) for w, a, b in self._tokens(text) if w.strip()]
        kept: list[tuple[int, int]] = []
        for word, a, b in words if forward else reversed(words):
            if word.lower() in stops or not word[0].isalpha():
                if kept or forward:
                    break
                continue
            kept.append((a, b))
            if max(k[1] for k in kept) - min(k[0] for k in kept) >= self.data.subject_max_chars:
                break
        if not kept:
            return None
        return text[min(k[0] for k in kept) : max(k[1] for k in kept)].strip()

    def _tokens(self, text: str) -> list[tuple[str, int, int]]:
        if self.data.segmenter == "jieba":
            return [(w, a, b) for w, a, b in jieba.tokenize(text)]
        return [(m[0], m.start(), m.end()) for m in re.finditer(r"[A-Za-z0-9](?:[\w\-]|\.(?=\w))*|\S", text)]


class _Scanner:
    """Finds the number mentions of one language's texts (compiled once per language)."""

    def __init__(self, data: NumberData) -> None:
        self.data = data
        self.reader = NumeralReader(data.numerals)
        suffixes = [u for u in data.units if not u.prefix]
        self._suffix = {_key(s): u for u in reversed(suffixes) for s in u.surfaces}
        self._prefix = {_key(s): u for u in data.units if u.prefix for s in u.surfaces}
        glued = alternation([s for u in suffixes for s in u.surfaces], glued=True)
        spaced = alternation([s for u in suffixes if not u.glued for s in u.surfaces], glued=True)
        self._glued_unit = re.compile(glued)
        self._spaced_unit = re.compile(f"[ \\t]*-?[ \\t]*(?:{spaced})")
        self._protected = re.compile(spaced)
        self._count_noun = re.compile(f"[ \\t]+(?:{data.count_noun})") if data.count_noun else None
        self._prefix_unit = re.compile(f"(?:{alternation(self._prefix)})[ \\t]*$")
        self._prefix_reach = max((len(k) for k in self._prefix), default=0) + 2
        self._joiner = re.compile(f"[ \\t]*(?:{alternation(data.range_joiners)})[ \\t]*")
        self._frac_den = re.compile(f"[ \\t]*(?:{alternation(data.fraction_denominator_first)})[ \\t]*")
        self._frac_num = re.compile(f"[ \\t]+(?:{alternation(data.fraction_numerator_first)})[ \\t]+")
        self._units_by_name = {u.unit: u for u in reversed(data.units)}
        self._skips = [re.compile(p) for p in data.skip_patterns]
        self._dates = [re.compile(p) for p in data.date_patterns]
        self._cues = [(c.kind, re.compile(alternation(c.words), re.IGNORECASE)) for c in data.cues]
        self._quotes = [
            re.compile(f"{re.escape(q[0])}([^{re.escape(q)}\\n]{{1,{_QUOTE_MAX}}}){re.escape(q[1])}")
            for q in data.quotes
        ]
        self._name = re.compile(r"(?<![A-Za-z0-9])([A-Za-z][A-Za-z0-9.]*)([ ]|-)$")

    def scan(self, text: str) -> list[NumberMention]:
        """Return the number mentions of ``text`` in text order; spans never overlap."""
        blocked = [m.span() for p in self._skips for m in p.finditer(text)]
        dates = self._date_hits(text, blocked)
        blocked += [(d.start, d.end) for d in dates]
        quoted = sorted((m.start(1), m.end(1)) for p in self._quotes for m in p.finditer(text))
        hits = [(d, True) for d in dates]
        pos = 0
        while (found := self.reader.start_pattern.search(text, pos)) is not None:
            inside = [b for a, b in blocked if a <= found.start() < b]
            if inside:
                pos = max(inside)
                continue
            hit, pos = self._hit_at(text, found.start())
            if hit is not None and not self._excluded(text, hit, quoted):
                hits.append((hit, False))
        context = _Context(text, self.data, self._cues)
        mentions = (self._mention(text, context, hit, date=date) for hit, date in hits)
        return sorted((m for m in mentions if m is not None), key=lambda m: m.start)

    def _date_hits(self, text: str, blocked: list[tuple[int, int]]) -> list[_Hit]:
        """Whole dates (2023 年 3 月 14 日, 5 June 1990), longest first, outside blocked spans."""
        found = sorted(
            (m for p in self._dates for m in p.finditer(text)), key=lambda m: (m.start(), -m.end())
        )
        hits: list[_Hit] = []
        for match in found:
            taken = blocked + [(h.start, h.end) for h in hits]
            if self._is_year(float(match["year"])) and not any(
                a < match.end() and match.start() < b for a, b in taken
            ):
                year = Numeral(*match.span(), float(match["year"]), arabic=True, plain=True)
                hits.append(_Hit(*match.span(), year.value, year))
        return hits

    def _is_year(self, value: float) -> bool:
        return value.is_integer() and self.data.year_range[0] <= value <= self.data.year_range[1]

    def _hit_at(self, text: str, start: int) -> tuple[_Hit | None, int]:
        """Read the number starting at ``start``; return it (or None) and where to scan on."""
        numeral = self.reader.read(text, start, self._protected)
        if numeral is None:
            return None, start + 1
        fraction = self._fraction(text, numeral)
        if fraction is not None:
            return fraction, fraction.end
        hit = self._with_unit(text, numeral)
        glued = _LATIN_TAIL.match(text, hit.end)
        if hit.unit is None and glued is not None:  # 5YCAP, 4o, 3D: a code or a name, not a quantity
            return None, glued.end()
        if numeral.single:
            return None, hit.end
        prefix = self._prefix_unit.search(text, max(0, start - self._prefix_reach), start)
        if prefix is not None and (hit.unit is None or hit.weak_unit):
            unit = self._prefix[_key(prefix[0])]
            hit = replace(
                hit, start=prefix.start(), value=numeral.value * unit.scale, unit=unit, weak_unit=False
            )
        hit = self._range(text, hit)
        return hit, hit.end

    def _with_unit(self, text: str, numeral: Numeral) -> _Hit:
        """The numeral with the unit written right after it, if any."""
        for pattern in (self._glued_unit, self._spaced_unit):
            match = pattern.match(text, numeral.end)
            if match is None:
                continue
            unit = self._suffix[_key(match[0].lstrip(" \t-").strip())]
            rest = text[match.end() :]
            if not (
                any(rest.startswith(w) for w in unit.not_followed_by)
                or (unit.arabic_only and not numeral.arabic)
                or (unit.counter and numeral.small_word)
            ):
                return _Hit(numeral.start, match.end(), numeral.value * unit.scale, numeral, unit)
        noun = self._count_noun.match(text, numeral.end) if self._count_noun else None
        word = noun[0].strip().lower() if noun else ""
        if noun and word not in self.data.count_noun_stoplist and not numeral.small_word:
            unit = UnitSpec(unit=word, kind=EvidenceKind.COUNT, surfaces=[], counter=True)
            return _Hit(numeral.start, noun.end(), numeral.value, numeral, unit, weak_unit=True)
        return _Hit(numeral.start, numeral.end, numeral.value, numeral)

    def _fraction(self, text: str, first: Numeral) -> _Hit | None:
        """万分之一, 百分之七十 (denominator first) or 1 in 10,000 (numerator first)."""
        for pattern, denominator_first in ((self._frac_den, True), (self._frac_num, False)):
            infix = pattern.match(text, first.end)
            second = self.reader.read(text, infix.end(), self._protected) if infix else None
            if second is None:
                continue
            den, num = (first, second) if denominator_first else (second, first)
            if den.value < num.value or (den.plain and self._is_year(den.value)):
                continue
            name = PERCENT if denominator_first and den.value == 100 else FRACTION
            return _Hit(first.start, second.end, num.value / den.value, first, self._units_by_name[name])
        return None

    def _range(self, text: str, hit: _Hit) -> _Hit:
        """Join ``hit`` and a number after a range joiner into one mention (value: the start)."""
        joiner = self._joiner.match(text, hit.end)
        second = self.reader.read(text, joiner.end(), self._protected) if joiner else None
        if second is None or second.single:
            return hit
        other = self._with_unit(text, second)
        first = hit.numeral
        if hit.unit is None and other.unit is not None and not other.weak_unit:
            magnitude = second.magnitude if first.magnitude == 1.0 else 1.0
            return replace(
                hit, end=other.end, value=first.value * magnitude * other.unit.scale, unit=other.unit
            )
        same_unit = hit.unit is not None and other.unit is not None and hit.unit.unit == other.unit.unit
        years = (
            hit.unit is other.unit is None and first.plain and second.plain and self._is_year(second.value)
        )
        return replace(hit, end=other.end) if same_unit or years else hit

    def _excluded(self, text: str, hit: _Hit, quoted: list[tuple[int, int]]) -> bool:
        """Whether the number is a label, a list or section number, a name's, or a quoted term."""
        line_start = text.rfind("\n", 0, hit.start) + 1
        before = text[max(line_start, hit.numeral.start - _REACH) : hit.numeral.start]
        if any(_ends_with(before.rstrip(), p) for p in self.data.ordinal_prefixes):
            return True
        if self._quoted_term(text, hit, quoted):
            return True
        if hit.unit is not None and not hit.weak_unit:
            return False
        name = self._name.search(before)
        if (
            name
            and name[1].lower() not in self.data.name_stopwords
            and (name[2] == "-" or not name[1].islower())
        ):
            return True
        if any(_ends_with(before.rstrip(), w) for w in self.data.heading_words):
            return True
        return self._list_number(text, hit, before)

    def _quoted_term(self, text: str, hit: _Hit, quoted: list[tuple[int, int]]) -> bool:
        """The number is quoted with at most ``quote_max_extra`` other characters (“少 5 倍”)."""
        surface = re.sub(r"\s", "", text[hit.start : hit.end])
        for a, b in quoted[
            bisect_left(quoted, (hit.end - _QUOTE_MAX,)) : bisect_right(quoted, (hit.start + 1,))
        ]:
            if a <= hit.start and hit.end <= b:
                extra = re.sub(r"\s", "", text[a:b]).replace(surface, "", 1)
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

    def _mention(self, text: str, context: _Context, hit: _Hit, *, date: bool) -> NumberMention | None:
        """Decide unit and kind of a read number; None when a unitless number carries no evidence."""
        unit, kind = self._unit_and_kind(text, context, hit, date=date)
        if unit is None or kind is None:
            return None
        return NumberMention(
            start=hit.start,
            end=hit.end,
            surface=text[hit.start : hit.end],
            value=float(f"{hit.value:.12g}"),
            unit=unit,
            kind=kind,
            approximate=hit.numeral.approximate or context.hedged(hit.start, hit.end),
            subject=context.subject(hit.start, hit.end),
        )

    def _unit_and_kind(
        self, text: str, context: _Context, hit: _Hit, *, date: bool
    ) -> tuple[str | None, EvidenceKind | None]:
        numeral, unit = hit.numeral, hit.unit
        year = numeral.plain and self._is_year(numeral.value)
        if date:
            return _DATE, EvidenceKind.DATE
        if unit is None and year and self.data.bare_years:
            return _DATE, EvidenceKind.DATE
        if unit is None and numeral.scaled:
            unit = self._units_by_name[BARE]
        elif unit is None:
            return BARE, context.kind(hit.start, hit.end, self.data.bare_kinds) if numeral.arabic else None
        rest = text[hit.end :].lstrip()
        if unit.date and year and not any(rest.startswith(w) for w in self.data.not_date_after):
            return _DATE, EvidenceKind.DATE
        cued = context.kind(hit.start, hit.end, unit.context_kinds, after_only=unit.cues_after)
        return unit.unit, cued or unit.kind


def _key(surface: str) -> str:
    """Lookup key of a unit surface: blanks removed (``个 token`` and ``个token`` are one unit)."""
    return re.sub(r"\s+", "", surface)


@cache
def _scanner(lang: Lang) -> _Scanner:
    return _Scanner(number_data(lang))


def find_numbers(text: str, lang: Lang | str) -> list[NumberMention]:
    """Find the numbers of ``text`` that report a quantity.

    Args:
        text: NFKC-normalised text (full-width digits and ％ already ASCII).
        lang: the text's language.

    Returns:
        The mentions in text order, spans disjoint, ``surface == text[start:end]``.

    Raises:
        InputError: ``lang`` is not a language argkg reads, or its data file is invalid.
    """
    try:
        language = Lang(lang)
    except ValueError as exc:
        raise InputError(f"no number data for language {lang!r}") from exc
    return _scanner(language).scan(text)


if not Doc.has_extension("argkg_numbers"):
    Doc.set_extension("argkg_numbers", default=None)


class NumberFinder:
    """spaCy component: writes `find_numbers` of the doc's text to ``doc._.argkg_numbers``.

    Args:
        nlp: the pipeline.
        name: the component's name.
        lang: the language of the texts.
    """

    def __init__(self, nlp: Language, name: str, *, lang: Lang) -> None:
        self.name = name
        self.lang = lang

    def __call__(self, doc: Doc) -> Doc:
        """Annotate one doc. RETURNS: the same doc, with ``doc._.argkg_numbers`` set."""
        doc._.argkg_numbers = find_numbers(doc.text, self.lang)
        return doc


@Language.factory("argkg_numbers", assigns=["doc._.argkg_numbers"], default_config={"lang": ""})
def make_number_finder(nlp: Language, name: str, lang: str) -> NumberFinder:
    """Build the ``argkg_numbers`` component.

    Args:
        nlp: the pipeline.
        name: the component's name.
        lang: the texts' language; empty means the pipeline's (``nlp.lang``).

    Returns:
        The component.

    Raises:
        InputError: the language is not one argkg reads.
    """
    code = lang or nlp.lang or ""
    try:
        return NumberFinder(nlp, name, lang=Lang(code))
    except ValueError as exc:
        raise InputError(f"no number data for language {code!r}") from exc
