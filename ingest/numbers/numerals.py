"""Reading one numeral: Arabic digits, Chinese numerals and English number words.

A numeral is the part of a number mention that says *how much*: ``5000 亿``, ``3e24``,
``3×10^24``, ``两万``, ``几百万``, ``二〇二四``, ``3 billion``, ``a million``, ``1,200.5``,
``two-thirds``, ``一半``. Units, ranges and whether the number is evidence at all are decided by
`argkg.ingest.numbers`; this module only turns written numerals into floats, driven by the word
lists of the language data (``numerals:`` in ``ingest/data/[<lang>/]numbers.yaml``, model
`argkg.ingest.numbers.data.NumeralData`), so Chinese and English share one grammar:

* digits add up (``twenty five`` is 25, ``一百零五`` is 105); a run of Chinese digits without
  multipliers is read positionally (``二〇二四`` is 2024);
* a small multiplier (十 百 千, hundred) multiplies what precedes it inside the current section;
* a big multiplier (万 亿, thousand million) closes a section; a bigger one after a smaller one
  multiplies everything so far (``一万亿`` is 1e12, ``三亿五千万`` is 3.5e8);
* vague digits (几, 数) count as 1 before a multiplier and 0 after one, and make the numeral
  approximate (``几百万`` is 1e6, ``十几`` is 10): the lower bound of what is said;
* two word digits in a row, the second one more (五六千, 两三百), say "about" the lower one
  (5000, 200); a last digit after a multiplier of 100 or more may count in the next lower
  place (四千五 is 4500), where the data says so;
* an approximating suffix may stand before a big multiplier (120 多万 is 1.2e6);
* a negative prefix or sign makes the numeral negative (零下十五, minus 12, -15);
* idioms (亿万, millions of) have a fixed value and are approximate;
* an Arabic numeral may be followed by magnitude words (``5000 亿``, ``3 billion``), a glued
  magnitude letter (``70B``, ``10K``) or a power (``3×10^24``, ``10^9``);
* a fraction is a fraction word (half, 一半) or a word digit or article before a denominator
  (a third, two-thirds); ``half a million`` is 5e5;
* ``and a half`` adds one half (two and a half is 2.5, 一个半 is 1.5); a half word alone (半) is
  0.5 flagged ``half``: the caller keeps it only before a unit (半小时, not 半导体);
* a lone article or ``single_words`` word (a, one, 一) is read as 1 but flagged ``single``:
  the caller keeps it only before a unit that allows it (一个数量级, an order of magnitude).

Not checked: that a word numeral is well formed (``二二`` reads as 4), or that it is a number in
context at all (``统一`` contains 一); callers decide from what follows.
"""

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cached_property

from argkg.ingest.lexicon import alternation
from argkg.ingest.numbers.data import NumeralData

__all__ = ["Numeral", "NumeralReader"]

_MAX_EXPONENT = 308  # beyond this a power is not a float
_LONE_MULTIPLIER = 100  # 百, 千, hundred and above alone are no number without a unit
_SIGN_REACH = 12  # characters before a numeral a negative prefix may take
_LEADER_REACH = 20  # characters before a fraction a leader word may take (by roughly)


@dataclass(frozen=True)
class Numeral:
    """A numeral read at ``text[start:end]``.

    Attributes:
        value: the number it writes, magnitude included.
        magnitude: the magnitude factor written after Arabic digits (1 when none).
        scaled: the magnitude is written as a word or power (5000 亿, 3 million, two million,
            10^9), not a letter (70B): a quantity even without unit, where ``4K`` and ``5G``
            are names.
        arabic: written with Arabic digits.
        plain: an integer written digit by digit with nothing else (no separator, decimal,
            exponent, magnitude: 2024, 二〇二四): the shape of years, list numbers and versions.
        small_word: a word numeral below 10 without multiplier (两, three) or a fraction word:
            it counts only through a measure word or a plural noun, never the text's own points
            (`argkg.ingest.numbers.counts`).
        single: a lone ``single_words`` word or article (一, one, a).
        approximate: vague digits, an idiom or an approximating suffix.
        fraction: a fraction word (half, two-thirds, 一半): a share when no unit follows.
        half: a half word alone (半): a number only before a unit (半小时, 半个月).
        grouped: Arabic digits with thousands separators (63,000).
        and_a_half: ends in a half suffix (two and a half, 一个半).
        abbreviated: its last digit counts in the place below the multiplier before it (一百二:
            120, 四千五: 4500), the spoken shape of an amount, never of a label or a year.
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
    fraction: bool = False
    half: bool = False
    grouped: bool = False
    and_a_half: bool = False
    abbreviated: bool = False

    @property
    def written_out(self) -> bool:
        """Written as a quantity is: Arabic digits, or words with a multiplier (月薪四千五), not a
        small word (三) or a positional run (二〇二四), which a bare number needs to count."""
        return self.arabic or not (self.small_word or self.plain)


def _positional(digits: Sequence[int | None]) -> bool:
    """Whether a run of word digits is one numeral written digit by digit: a year or a code has
    three digits or more (二〇二四, 三〇一) or a zero (〇八年); two bare digits side by side (一一,
    二一) are written so only where two words meet (星期二|一早, 统一|一下), never for 11 or 21
    (十一, 二十一), but before a ``positional_pair_units`` word (八五折: 85%, `NumeralReader`)."""
    return len(digits) > 2 or 0 in digits


def _powered(value: float, written: str, *, ten: bool) -> float | None:
    """``value`` times ten to the power ``written`` (``ten``), or to that power; None if no float."""
    exponent = int(written.replace("−", "-"))
    if abs(exponent) > _MAX_EXPONENT or (value == 0 and exponent < 0 and not ten):
        return None
    try:
        return value * 10.0**exponent if ten else value**exponent
    except OverflowError:
        return None


class NumeralReader:
    """Finds and reads numerals of one language.

    Args:
        data: the language's numeral words.
    """

    def __init__(self, data: NumeralData) -> None:
        self.data = data
        self._pair_units = tuple(data.positional_pair_units)
        self._multipliers = {**data.small_multipliers, **data.big_multipliers}
        vocabulary = [*data.digits, *self._multipliers, *data.vague, *data.articles]
        self._words = {w.lower(): w for w in vocabulary}
        word = alternation(vocabulary, suffixes=data.word_suffixes)
        self._word_run = re.compile(f"(?:{word})(?:{data.joiner}(?:{word}))*", re.IGNORECASE)
        self._word = re.compile(word, re.IGNORECASE)
        self._idioms = {**data.idioms, **data.passed_magnitudes}
        self._idiom = re.compile(alternation(self._idioms), re.IGNORECASE)
        self._arabic = re.compile(data.arabic)
        self._times_ten, self._power = re.compile(data.times_ten), re.compile(data.power)
        mult = alternation(self._multipliers)
        self._spaced_magnitude = re.compile(f"[ \\t]*(?:{mult})(?:{data.joiner}(?:{mult}))*", re.IGNORECASE)
        self._glued_magnitude = re.compile(alternation(data.glued_magnitudes, glued=True))
        self._approx_suffix = re.compile(f"[ \\t]*(?:{alternation(data.approx_suffixes)})")
        self._big_magnitude = re.compile(f"[ \\t]*(?:{alternation(data.big_multipliers)})", re.IGNORECASE)
        words = alternation(data.negative_prefixes)
        signs = "".join(re.escape(s) for s in data.negative_signs)
        self._negative = re.compile(
            "|".join(
                [
                    *([f"(?:{words})[ \\t]*$"] if words else []),
                    *([f"(?<![A-Za-z0-9.])[{signs}]$"] if signs else []),
                ]
            )
            or "(?!)",
            re.IGNORECASE,
        )
        self._half_suffix = re.compile(f"{data.joiner}(?:{alternation(data.half_suffixes)})", re.IGNORECASE)
        self._half_word = re.compile(alternation(data.half_words))
        self._fraction = re.compile(
            f"(?:(?P<num>{alternation([*data.digits, *data.articles])}){data.joiner}"
            f"(?P<den>{alternation(data.fraction_denominators)})|(?P<word>{alternation(data.fraction_words)}))"
            "(?![-‐][A-Za-z])",
            re.IGNORECASE,
        )
        self._follower = re.compile(f"[ \\t]*+(?:{alternation(data.fraction_followers)}|(?![^\\W\\d_]))")
        self._blocker = re.compile(f"(?:{alternation(data.fraction_blockers)})[ \\t]*$", re.IGNORECASE)
        leaders = alternation(data.fraction_leaders) if data.fraction_leaders else "(?!)"
        self._leader = re.compile(f"(?<![^\\W\\d_])(?:{leaders})[ \\t]+$", re.IGNORECASE)
        self._degree = re.compile(f"[ \\t-]*(?:{alternation(data.fraction_adverbs)})\\b", re.IGNORECASE)
        big = alternation(data.big_multipliers)
        small = alternation([*data.digits, *data.small_multipliers])
        decimal_digits = alternation(data.digits)
        blockers = alternation(data.decimal_blockers) if data.decimal_blockers else "(?!)"
        self._decimal = re.compile(
            f"(?P<whole>(?:{small})+)(?:{alternation(data.decimal_points)})(?P<digits>(?:{decimal_digits})++)"
            f"(?P<big>(?:{big})*)(?!{blockers})"
            if data.decimal_points
            else "(?!)"
        )
        self._fraction_of = re.compile(
            f"{data.joiner}(?:{alternation(data.articles)}){data.joiner}(?:{big})", re.IGNORECASE
        )

    @cached_property
    def start_pattern(self) -> re.Pattern[str]:
        """Regex of where a numeral may start (idiom, fraction, Arabic numeral or number word)."""
        fractions = alternation(self.data.fraction_words)
        pattern = f"{self._idiom.pattern}|{fractions}|{self._arabic.pattern}|{self._word.pattern}"
        if self.data.half_words:
            pattern += f"|{self._half_word.pattern}"
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
        numeral = (
            self._read_idiom(text, start)
            or self._read_fraction(text, start)
            or self._read_arabic(text, start, protected)
            or self._read_decimal(text, start)
            or self._read_words(text, start)
            or self._read_half(text, start)
        )
        if numeral is None:
            return None
        half = self._half_suffix.match(text, numeral.end)
        if half and not numeral.fraction:
            numeral = replace(
                numeral, end=half.end(), value=numeral.value + 0.5, plain=False, single=False, and_a_half=True
            )
        suffix = self._approx_suffix.match(text, numeral.end)
        if suffix and not numeral.single:
            numeral = replace(numeral, end=suffix.end(), approximate=True)
            numeral = self._magnitude_after_suffix(text, numeral, protected)
        return self._signed(text, numeral)

    def _magnitude_after_suffix(
        self, text: str, numeral: Numeral, protected: re.Pattern[str] | None
    ) -> Numeral:
        """120 多万: a big multiplier after the approximating suffix multiplies the numeral."""
        big = self._big_magnitude.match(text, numeral.end)
        if big is None or (protected and protected.match(text, big.end() - len(big[0].lstrip()))):
            return numeral
        factor = self._lookup(self.data.big_multipliers, big[0].strip())
        return replace(
            numeral,
            end=big.end(),
            value=numeral.value * factor,
            magnitude=numeral.magnitude * factor,
            scaled=True,
            plain=False,
            small_word=False,
        )

    def _signed(self, text: str, numeral: Numeral) -> Numeral:
        """The numeral with the negative prefix or sign right before it (零下十五, -15)."""
        sign = self._negative.search(text, max(0, numeral.start - _SIGN_REACH), numeral.start)
        if sign is None:
            return numeral
        return replace(numeral, start=sign.start(), value=-numeral.value, plain=False, small_word=False)

    def _read_idiom(self, text: str, start: int) -> Numeral | None:
        match = self._idiom.match(text, start)
        if match is None:
            return None
        key = next(k for k in self._idioms if k.lower() == re.sub(r"\s+", " ", match[0]).lower())
        scaled = key in self.data.passed_magnitudes  # 已逾千万: evidence like 1000万
        return Numeral(start, match.end(), self._idioms[key], scaled=scaled, approximate=True)

    def _read_fraction(self, text: str, start: int) -> Numeral | None:
        """A third, two-thirds, half (half a million: a scaled number), 一半."""
        match = self._fraction.match(text, start)
        if match is None or self._blocker.search(text, max(0, start - 40), start):
            return None
        if match["word"]:
            if self.data.fraction_adverbs and self._degree.match(text, match.end()):
                return None  # half full: a degree
            value = self._lookup(self.data.fraction_words, match["word"])
        else:
            den = self._lookup(self.data.fraction_denominators, match["den"])
            loose = {d.lower() for d in self.data.loose_denominators}
            if (
                match["den"].lower() not in loose
                and not self._follower.match(text, match.end())
                and not self._leader.search(text, max(0, start - _LEADER_REACH), start)
            ):
                return None
            num = self.data.digits.get(self._words[match["num"].lower()], 1)
            value = num / den
        scaled = self._fraction_of.match(text, match.end())
        if scaled is not None:
            magnitude = self.data.big_multipliers[self._words[self._word.findall(scaled[0])[-1].lower()]]
            return Numeral(start, scaled.end(), value * magnitude, magnitude, scaled=True)
        return Numeral(start, match.end(), value, small_word=True, fraction=True)

    def _read_half(self, text: str, start: int) -> Numeral | None:
        """半 alone: one half, unless a blocker before it makes it a part (上半年)."""
        match = self._half_word.match(text, start) if self.data.half_words else None
        if match is None or self._blocker.search(text, max(0, start - 40), start):
            return None
        return Numeral(start, match.end(), 0.5, small_word=True, half=True)

    @staticmethod
    def _lookup(table: dict[str, float], written: str) -> float:
        """The value of a word as written (any case, any blanks) in a word table."""
        key = re.sub(r"\s+", " ", written).lower()
        return next(v for k, v in table.items() if k.lower() == key)

    def _read_arabic(self, text: str, start: int, protected: re.Pattern[str] | None) -> Numeral | None:
        match = self._arabic.match(text, start)
        if match is None:
            return None
        written = match[0]
        value = float(unicodedata.normalize("NFKC", written).replace(",", ""))  # ８７．６: full width
        end, magnitude, scaled = match.end(), 1.0, False
        ten = self._times_ten.match(text, end)
        power = ten or self._power.match(text, end)
        glued = self._glued_magnitude.match(text, end)
        spaced = self._spaced_magnitude.match(text, end)
        if power:
            powered = _powered(value, power["exp"], ten=ten is not None)
            if powered is None:  # no float: no numeral at all, not a bare 3 before "×10^400"
                return None
            value, end, scaled = powered, power.end(), True
        elif glued:
            magnitude, end = self.data.glued_magnitudes[glued[0]], glued.end()
        elif spaced and not (protected and protected.match(text, spaced.end() - len(spaced[0].lstrip()))):
            read = self._words_value(self._word.findall(spaced[0]))
            if read is not None:
                magnitude, end, scaled = read[0], spaced.end(), True
        plain = magnitude == 1.0 and not scaled and written.isdigit()
        return Numeral(
            start, end, value * magnitude, magnitude, scaled, arabic=True, plain=plain, grouped="," in written
        )

    def _read_decimal(self, text: str, start: int) -> Numeral | None:
        """三点五, 零点五, 一点二亿: a word numeral with decimal digits after a decimal point word,
        times the big multipliers after them."""
        match = self._decimal.match(text, start)
        if match is None:
            return None
        whole = self._words_value(self._word.findall(match["whole"]))
        if whole is None:
            return None
        digits = "".join(str(self.data.digits[w]) for w in self._word.findall(match["digits"]))
        magnitude = 1.0
        for word in self._word.findall(match["big"]):
            magnitude *= self.data.big_multipliers[word]
        value = (whole[0] + float(f"0.{digits}")) * magnitude
        return Numeral(start, match.end(), value, magnitude=magnitude, scaled=magnitude > 1.0)

    def _read_words(self, text: str, start: int) -> Numeral | None:
        match = self._word_run.match(text, start)
        if match is None:
            return None
        tokens = self._word.findall(match[0])
        words = [self._words[t.lower()] for t in tokens]
        if len(words) == 1 and words[0] in (*self.data.single_words, *self.data.articles):
            return Numeral(start, match.end(), 1.0, small_word=True, single=True)
        digits = [self.data.digits.get(w) for w in words]
        cut = self._pair_end(words)
        pair = self._adjacent_pair(words[:cut], digits[:cut])
        if pair is not None:
            ends = [m.end() for m in self._word.finditer(match[0])]
            return replace(pair, start=start, end=start + ends[cut - 1])
        if self.data.positional_digits and len(tokens) > 1 and None not in digits:
            if not (_positional(digits) or text.startswith(self._pair_units, match.end())):
                return None  # 星期二一早, 统一一下: two words' digits side by side, no numeral
            value = float("".join(str(d) for d in digits))
            return Numeral(start, match.end(), value, plain=True)
        read = self._words_value(tokens)
        if read is None:
            return None
        value, has_multiplier, vague = read
        # big multipliers alone (千瓦 has 千; 千万 is also "by all means") count only through a
        # unit, like a small word
        lone = all(self._multipliers.get(w, 0.0) >= _LONE_MULTIPLIER for w in words)
        small = (not has_multiplier and value < 10) or lone
        # a leading multiplier below a hundred is the numeral itself (十二万, 十万: ten), where a
        # larger one opens a word (千万 "by all means", 万一 "in case")
        leading = self._multipliers.get(words[0], 0.0) < _LONE_MULTIPLIER
        scaled = leading and any(w in self.data.big_multipliers for w in words)
        abbreviated = self._tail_place(words) != 1.0
        return Numeral(
            start,
            match.end(),
            value,
            scaled=scaled,
            small_word=small,
            approximate=vague,
            abbreviated=abbreviated,
        )

    def _pair_end(self, words: list[str]) -> int:
        """How many of ``words`` a pair (两三百) can take: up to its last multiplier, so a digit
        after it starts the next number (两三百一晚 is 两三百, then 一晚)."""
        cut = 2
        while cut < len(words) and words[cut] in self._multipliers:
            cut += 1
        return cut if cut > 2 else len(words)

    def _adjacent_pair(self, words: list[str], digits: list[int | None]) -> Numeral | None:
        """五六千, 两三百, 五六: the lower digit with what follows the pair, approximate."""
        first, second = digits[:2] if len(digits) > 1 else (None, None)
        if not self.data.adjacent_pairs or first is None or second != first + 1 or 0 in digits[:2]:
            return None
        if any(w not in self._multipliers for w in words[2:]):
            return None
        read = self._words_value([words[0], *words[2:]])
        if read is None:
            return None
        value, has_multiplier, _ = read
        return Numeral(0, 0, value, small_word=not has_multiplier, approximate=True)

    def _words_value(self, tokens: list[str]) -> tuple[float, bool, bool] | None:
        """Value of number words: (value, has a multiplier, is vague), None when malformed."""
        words = [self._words[t.lower()] for t in tokens]
        total = section = 0.0
        number: float | None = None
        last_big = 0.0
        vague = has_multiplier = False
        tail = self._tail_place(words)
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
        return total + section + (number or 0.0) * tail, has_multiplier, vague

    def _tail_place(self, words: list[str]) -> float:
        """What a last digit counts in: the place below the multiplier before it (四千五: 100),
        where the data abbreviates so, else units."""
        if not self.data.abbreviated_tail or len(words) < 2 or words[-1] not in self.data.digits:
            return 1.0
        multiplier = self._multipliers.get(words[-2], 0.0)
        return multiplier / 10 if multiplier >= 100 else 1.0
