"""The numbers data of a language, and reading one numeral from it.

`number_data` loads ``ingest/data/numbers.yaml`` merged with ``ingest/data/<lang>/numbers.yaml``
into a `NumberData` (numeral words, units, cue words, hedges, exclusion patterns), which
`argkg.ingest.numbers` uses to find number mentions. `NumeralReader` reads numerals: Arabic
digits, Chinese numerals and English number words.

A numeral is the part of a number mention that says *how much*: ``5000 亿``, ``3e24``,
``两万``, ``几百万``, ``二〇二四``, ``3 billion``, ``a million``, ``1,200.5``. Units, ranges
and whether the number is evidence at all are decided by `argkg.ingest.numbers`; this module only
turns written numerals into floats, driven by the word lists of the language data
(``numerals:`` in ``ingest/data/[<lang>/]numbers.yaml``), so Chinese and English share one
grammar:

* digits add up (``twenty five`` is 25, ``一百零五`` is 105); a run of Chinese digits without
  multipliers is read positionally (``二〇二四`` is 2024);
* a small multiplier (十 百 千, hundred) multiplies what precedes it inside the current section;
* a big multiplier (万 亿, thousand million) closes a section; a bigger one after a smaller one
  multiplies everything so far (``一万亿`` is 1e12, ``三亿五千万`` is 3.5e8);
* vague digits (几, 数) count as 1 before a multiplier and 0 after one, and make the numeral
  approximate (``几百万`` is 1e6, ``十几`` is 10): the lower bound of what is said;
* idioms (亿万, millions of) have a fixed value and are approximate;
* an Arabic numeral may be followed by magnitude words (``5000 亿``, ``3 billion``) or a glued
  magnitude letter (``70B``, ``10K``).

Not checked: that a word numeral is well formed (``二二`` reads as 4), or that it is a number in
context at all (``统一`` contains 一); callers decide from what follows.
"""

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, cached_property
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from argkg.errors import InputError
from argkg.ingest.lexicon import load_data
from argkg.schema.vocabulary import EvidenceKind, Lang

__all__ = [
    "BARE",
    "FRACTION",
    "PERCENT",
    "Cue",
    "NumberData",
    "Numeral",
    "NumeralData",
    "NumeralReader",
    "UnitSpec",
    "alternation",
    "number_data",
]

#: Units the code relies on: fractions (万分之一, 1 in 10) and hundredths (百分之七十), and
#: quantities written without unit (3.5 亿, a bare score).
FRACTION, PERCENT, BARE = "fraction", "percent", "number"


class NumeralData(BaseModel):
    """The numeral words of a language (validated from ``numerals:`` in a numbers data file).

    Attributes:
        arabic: regex of an Arabic numeral (separators, decimals, exponent).
        digits: word digits and their values (一: 1, twenty: 20).
        small_multipliers: multipliers inside a section (十, 百, 千, hundred, dozen).
        big_multipliers: multipliers that close a section (万, 亿, thousand, million).
        vague: digits that say "some" (几, 数); only read next to a multiplier.
        articles: words that mean 1 only before a multiplier (a, an).
        single_words: words never read alone, since they mostly mean "a" (一, one).
        idioms: fixed vague expressions and their value (亿万, millions of).
        glued_magnitudes: magnitude letters written right after Arabic digits (K, M, B, bn).
        approx_suffixes: words after a numeral that make it approximate (多, 余).
        joiner: regex between two number words (``[ \\t-]+`` in English, empty in Chinese).
        positional_digits: a run of word digits without multiplier is read digit by digit.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    arabic: str = ""
    digits: dict[str, int] = {}
    small_multipliers: dict[str, float] = {}
    big_multipliers: dict[str, float] = {}
    vague: list[str] = []
    articles: list[str] = []
    single_words: list[str] = []
    idioms: dict[str, float] = {}
    glued_magnitudes: dict[str, float] = {}
    approx_suffixes: list[str] = []
    joiner: str = ""
    positional_digits: bool = False


class Cue(BaseModel):
    """Words that, near a number, say what kind of quantity it is (算力 → compute)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: EvidenceKind
    words: list[str] = Field(min_length=1)


class UnitSpec(BaseModel):
    """A unit as written after a number (or before it, for currency symbols).

    Attributes:
        unit: the normalised unit name (``percent``, ``FLOP``, ``USD``, ``years``...).
        kind: the kind a number in this unit has by default.
        surfaces: how the unit is written (a space matches any blanks, or none).
        scale: factor from the written to the normalised value (% → 0.01, GB → 1e9).
        context_kinds: kinds a nearby cue word may give instead of ``kind``.
        prefix: written before the number ($3, €5).
        glued: written right after the number, no space (100x).
        arabic_only: read only after Arabic digits (分 after 十 means "very").
        counter: a measure word for counting; not read after small word numerals.
        date: a plain integer in ``year_range`` before it is a calendar year (2024 年).
        cues_after: only cue words after the number count (3 万年的数据: a duration that
            measures data; "15T tokens over three months" is still a duration).
        not_followed_by: text that, right after the unit, shows it is a longer word (元素, 年代).
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    unit: str = Field(min_length=1)
    kind: EvidenceKind
    surfaces: list[str]
    scale: float = 1.0
    context_kinds: list[EvidenceKind] = []
    prefix: bool = False
    glued: bool = False
    arabic_only: bool = False
    counter: bool = False
    date: bool = False
    cues_after: bool = False
    not_followed_by: list[str] = []


class NumberData(BaseModel):
    """The numbers data of a language; see the comments in ``ingest/data/numbers.yaml``.

    Attributes:
        kind_sets: named kind lists the units refer to through YAML anchors.
        units: every unit, suffix and prefix.
        count_noun: regex of a counted plural noun after a number (English).
        cues: context cue words per kind.
        bare_kinds: kinds a cue may give a number written without a unit.
        bare_years: a plain integer in ``year_range`` alone is a year.
        not_date_after: text after 年 that makes a year-like number a duration (2000 年前).
        fraction_denominator_first, fraction_numerator_first: fraction infixes (分之; in).
        hedges_before, hedge_links, hedge_blockers, hedges_after: approximation words.
        ordinal_prefixes: prefixes that always make a number an ordinal or label (第, #).
        heading_words: words that make a following unitless number a label (Section, 图).
        name_stopwords: capitalised words before a number that are not names (In, March).
        list_bullets, list_openers, list_closers: line-start list numbering.
        skip_patterns: regexes of spans whose numbers are not quantities (URLs, versions).
        quotes: quotation mark pairs; quote_max_extra: other characters a quoted term may have.
        sentence_breaks, clause_breaks: regexes of the breaks that bound cue and hedge search.
        of_words, subject_stops, subject_max_chars: how a subject phrase is cut.
        subject_after_first: look for the subject after the number before looking before it.
        segmenter: how subject words are split (``jieba`` for Chinese).
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    numerals: NumeralData = NumeralData()
    kind_sets: dict[str, list[EvidenceKind]] = {}
    units: list[UnitSpec] = []
    count_noun: str = ""
    count_noun_stoplist: list[str] = []
    cues: list[Cue] = []
    bare_kinds: list[EvidenceKind] = []
    bare_years: bool = False
    year_range: tuple[int, int] = (1500, 2199)
    not_date_after: list[str] = []
    date_patterns: list[str] = []
    range_joiners: list[str] = []
    fraction_denominator_first: list[str] = []
    fraction_numerator_first: list[str] = []
    hedges_before: list[str] = []
    hedge_links: list[str] = []
    hedge_blockers: list[str] = []
    hedges_after: list[str] = []
    ordinal_prefixes: list[str] = []
    heading_words: list[str] = []
    name_stopwords: list[str] = []
    list_bullets: str = ""
    list_openers: list[str] = []
    list_closers: list[str] = []
    skip_patterns: list[str] = []
    quotes: list[str] = []
    quote_max_extra: int = 0
    sentence_breaks: str = r"\n"
    clause_breaks: str = "(?!)"
    of_words: list[str] = []
    subject_stops: list[str] = []
    subject_max_chars: int = 16
    subject_after_first: bool = False
    segmenter: Literal["regex", "jieba"] = "regex"


@dataclass(frozen=True)
class Numeral:
    """A numeral read at ``text[start:end]``.

    Attributes:
        value: the number it writes, magnitude included.
        magnitude: the magnitude factor written after Arabic digits (1 when none).
        scaled: the magnitude is written as a word (5000 亿, 3 million), not a letter (70B):
            a quantity even without unit, where ``4K`` and ``5G`` are names.
        arabic: written with Arabic digits.
        plain: an integer written digit by digit with nothing else (no separator, decimal,
            exponent, magnitude: 2024, 二〇二四): the shape of years, list numbers and versions.
        small_word: a word numeral below 10 without multiplier (两, three): too weak to count things.
        single: a lone ``single_words`` word (一, one).
        approximate: vague digits, an idiom or an approximating suffix.
    """

    start: int
    end: int
    value: float
    magnitude: float = 1.0
    scaled: bool = False
    arabic: bool = False
    plain: bool = False
    small_word: bool = False
    single: bool = False
    approximate: bool = False


def alternation(words: Iterable[str], *, glued: bool = False) -> str:
    """Return a regex alternation of ``words``, longest first, Latin words bounded by non-letters.

    Args:
        words: literal words; a space inside a word matches any run of blanks (or none).
        glued: the words may follow a letter or digit directly (units after a number).

    Returns:
        The pattern (never matches when ``words`` is empty).
    """
    latin: list[str] = []
    other: list[str] = []
    for word in sorted(set(words), key=lambda w: (-len(w), w)):
        pattern = r"\s*".join(re.escape(piece) for piece in word.split(" "))
        if word[-1:].isascii() and word[-1:].isalnum():
            pattern += "(?![A-Za-z0-9])"
        (latin if word[:1].isascii() and word[:1].isalpha() else other).append(pattern)
    if latin and not glued:  # one lookbehind for all Latin words keeps the regex fast
        other.insert(0, "(?<![A-Za-z])(?:" + "|".join(latin) + ")")
    else:
        other = latin + other
    return "|".join(other) if other else "(?!)"


@cache
def number_data(lang: Lang) -> NumberData:
    """The numbers data of ``lang``: the shared file merged with the language's own.

    Args:
        lang: the language.

    Returns:
        The merged, validated data (cached).

    Raises:
        InputError: a data file is missing or invalid, or lacks a unit the code relies on
            (``percent`` and ``fraction`` for fractions, ``number`` for unitless quantities).
    """
    shared = load_data("numbers", NumberData)
    own = load_data("numbers", NumberData, lang.value)
    data = NumberData.model_validate(
        _merged(shared.model_dump(exclude_unset=True), own.model_dump(exclude_unset=True))
    )
    missing = {PERCENT, FRACTION, BARE} - {u.unit for u in data.units}
    if missing:
        raise InputError(f"number data for {lang.value} has no unit {sorted(missing)[0]!r}")
    return data


def _merged(base: dict[str, object], over: dict[str, object]) -> dict[str, object]:
    """Merge two data dicts: lists concatenate, mappings merge, other values of ``over`` win."""
    out = dict(base)
    for key, value in over.items():
        old = out.get(key)
        if isinstance(old, dict) and isinstance(value, dict):
            out[key] = _merged(old, value)
        elif isinstance(old, list) and isinstance(value, list):
            out[key] = [*old, *value]
        else:
            out[key] = value
    return out


class NumeralReader:
    """Finds and reads numerals of one language.

    Args:
        data: the language's numeral words.
    """

    def __init__(self, data: NumeralData) -> None:
        self.data = data
        self._multipliers = {**data.small_multipliers, **data.big_multipliers}
        vocabulary = [*data.digits, *self._multipliers, *data.vague, *data.articles]
        self._words = {w.lower(): w for w in vocabulary}
        word = alternation(vocabulary)
        self._word_run = re.compile(f"(?:{word})(?:{data.joiner}(?:{word}))*", re.IGNORECASE)
        self._word = re.compile(word, re.IGNORECASE)
        self._idiom = re.compile(alternation(data.idioms), re.IGNORECASE)
        self._arabic = re.compile(data.arabic)
        mult = alternation(self._multipliers)
        self._spaced_magnitude = re.compile(f"[ \\t]*(?:{mult})(?:{data.joiner}(?:{mult}))*", re.IGNORECASE)
        self._glued_magnitude = re.compile(alternation(data.glued_magnitudes, glued=True))
        self._approx_suffix = re.compile(f"[ \\t]*(?:{alternation(data.approx_suffixes)})")

    @cached_property
    def start_pattern(self) -> re.Pattern[str]:
        """Regex of where a numeral may start (idiom, Arabic numeral or number word)."""
        pattern = f"{self._idiom.pattern}|{self._arabic.pattern}|{self._word.pattern}"
        return re.compile(pattern, re.IGNORECASE)

    def read(self, text: str, start: int, protected: re.Pattern[str] | None = None) -> Numeral | None:
        """Read the numeral that starts at ``text[start]``.

        Args:
            text: the whole text.
            start: where the numeral starts (a match of `start_pattern`).
            protected: words that start with a multiplier but are units (千米, 百分点): a
                magnitude is not read where one of them begins.

        Returns:
            The numeral, or None when no well-formed numeral starts there.
        """
        numeral = self._read_idiom(text, start) or self._read_arabic(text, start, protected)
        if numeral is None:
            numeral = self._read_words(text, start)
        if numeral is None:
            return None
        suffix = self._approx_suffix.match(text, numeral.end)
        if suffix and not numeral.single:
            return Numeral(**{**numeral.__dict__, "end": suffix.end(), "approximate": True})
        return numeral

    def _read_idiom(self, text: str, start: int) -> Numeral | None:
        match = self._idiom.match(text, start)
        if match is None:
            return None
        key = next(k for k in self.data.idioms if k.lower() == re.sub(r"\s+", " ", match[0]).lower())
        return Numeral(start, match.end(), self.data.idioms[key], approximate=True)

    def _read_arabic(self, text: str, start: int, protected: re.Pattern[str] | None) -> Numeral | None:
        match = self._arabic.match(text, start)
        if match is None:
            return None
        written = match[0]
        value = float(written.replace(",", ""))
        end, magnitude, scaled = match.end(), 1.0, False
        glued = self._glued_magnitude.match(text, end)
        spaced = self._spaced_magnitude.match(text, end)
        if glued:
            magnitude, end = self.data.glued_magnitudes[glued[0]], glued.end()
        elif spaced and not (protected and protected.match(text, spaced.end() - len(spaced[0].lstrip()))):
            read = self._words_value(self._word.findall(spaced[0]))
            if read is not None:
                magnitude, end, scaled = read[0], spaced.end(), True
        plain = magnitude == 1.0 and written.isdigit()
        return Numeral(start, end, value * magnitude, magnitude, scaled, arabic=True, plain=plain)

    def _read_words(self, text: str, start: int) -> Numeral | None:
        match = self._word_run.match(text, start)
        if match is None:
            return None
        tokens = self._word.findall(match[0])
        digits = [self.data.digits.get(self._words[t.lower()]) for t in tokens]
        if self.data.positional_digits and len(tokens) > 1 and None not in digits:
            value = float("".join(str(d) for d in digits))
            return Numeral(start, match.end(), value, plain=True)
        read = self._words_value(tokens)
        if read is None:
            return None
        value, has_multiplier, vague = read
        single = len(tokens) == 1 and self._words[tokens[0].lower()] in self.data.single_words
        small = not has_multiplier and value < 10
        return Numeral(start, match.end(), value, small_word=small, single=single, approximate=vague)

    def _words_value(self, tokens: list[str]) -> tuple[float, bool, bool] | None:
        """Value of number words: (value, has a multiplier, is vague), None when malformed."""
        words = [self._words[t.lower()] for t in tokens]
        total = section = 0.0
        number: float | None = None
        last_big = 0.0
        vague = has_multiplier = False
        for i, word in enumerate(words):
            next_is_multiplier = i + 1 < len(words) and words[i + 1] in self._multipliers
            if word in self.data.vague or word in self.data.articles:
                if word in self.data.articles and not next_is_multiplier:
                    return None
                vague = vague or word in self.data.vague
                number = 1.0 if next_is_multiplier else 0.0
            elif word in self.data.digits:
                number = (number or 0.0) + self.data.digits[word]
            elif word in self.data.small_multipliers:
                section += (1.0 if number is None else number) * self.data.small_multipliers[word]
                number, has_multiplier = None, True
            else:
                big = self.data.big_multipliers[word]
                chunk = section + (number or 0.0)
                if total and big > last_big:
                    total = (total + chunk) * big
                else:
                    total += (chunk or 1.0) * big
                section, number, last_big, has_multiplier = 0.0, None, big, True
        if vague and not has_multiplier:
            return None
        return total + section + (number or 0.0), has_multiplier, vague
