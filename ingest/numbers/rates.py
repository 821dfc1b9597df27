"""Rates: what a quantity is counted per (2 km/h, $200 a month, 每年 20 亿元, 人均 1 万美元).

`RateReader` finds the denominator written after a number's unit (``/h``, ``per year``, ``a
month``, ``每小时``, ``annually``) or before the number (``每年``, ``年均``, ``人均``). The
number reader (`argkg.ingest.numbers`) then writes the unit as ``<unit>/<per>`` (``m/h``,
``USD/month``, ``CNY/year``) and widens the mention's span over the rate, so the span covers
the whole unit.

A prefix need not touch the number: Chinese puts the verb between (每年的收入约为 20 亿元,
每月要多付 400 元), so a prefix may stand up to ``rate_reach`` characters before the number,
in the same clause, with no digit between. A noun prefix (年收入, 人均) may not have 的 between:
``年收入的 5%`` is a share of the income, not a rate. Not checked: that the rate word governs
this number rather than another in the clause.
"""

import re

from argkg.ingest.lexicon import alternation
from argkg.ingest.numbers.context import starts_with_any
from argkg.ingest.numbers.data import NumberData

__all__ = ["RateReader"]


def _key(surface: str) -> str:
    """Lookup key of a rate as written: blanks removed, lower case."""
    return re.sub(r"\s+", "", surface).lower()


class RateReader:
    """Reads the rate written around a number (compiled once per language).

    Args:
        data: the language's numbers data.
    """

    def __init__(self, data: NumberData) -> None:
        self.data = data
        after: list[tuple[str, str]] = []  # (written form, denominator)
        before: list[tuple[str, str]] = []
        for rate in data.rates:
            after += [
                (f"{i} {w}", rate.per) for i in [*data.rate_infixes, *data.rate_slashes] for w in rate.words
            ]
            after += [(f"{s} {a}", rate.per) for s in data.rate_slashes for a in rate.abbreviations]
            after += [(s, rate.per) for s in rate.suffixes]
            before += [(f"{i} {w}", rate.per) for i in data.rate_prefix_infixes for w in rate.words]
            before += [(p, rate.per) for p in rate.prefixes]
        self._after = {_key(s): per for s, per in after}
        self._before = {_key(s): per for s, per in before}
        self._nouns = {_key(p) for rate in data.rates for p in rate.prefixes}
        self._words = {_key(w): rate.per for rate in data.rates for w in rate.words}
        self._after_pattern = re.compile(f"[ \\t]*(?:{alternation([s for s, _ in after], glued=True)})")
        self._before_pattern = re.compile(alternation([s for s, _ in before]))
        self._reach = max((len(k) for k in self._before), default=0) + data.rate_reach + 2

    def after(self, text: str, end: int) -> tuple[int, str] | None:
        """The rate written right after ``text[:end]``: (where it ends, its denominator)."""
        match = self._after_pattern.match(text, end)
        if match is None:
            return None
        if self._not_a_rate(text, match.end()):
            return None
        return match.end(), self._after[_key(match[0])]

    def period(self, unit: str) -> str | None:
        """The denominator a period's unit names as written (个月 → month), None if it names none."""
        return self._words.get(_key(unit))

    def _not_a_rate(self, text: str, end: int) -> bool:
        """Whether the words after ``end`` make the quantity a point in time (a year ago, 3 年后)."""
        rest = text[end:].lstrip()
        return starts_with_any(rest, self.data.rate_not_followed_by)

    def before(self, text: str, start: int, end: int, low: int) -> tuple[int, str] | None:
        """The rate written before the number ``text[start:end]``: (where it starts, its denominator).

        Args:
            text: the whole text.
            start, end: the number, its currency sign and unit included.
            low: the rate may not start before this (the clause start, the previous mention).
        """
        if self._not_a_rate(text, end):
            return None
        found = list(self._before_pattern.finditer(text, max(low, start - self._reach), start))
        if not found:
            return None
        match = found[-1]
        gap = text[match.end() : start].strip()
        noun = _key(match[0]) in self._nouns
        if (
            len(gap) > self.data.rate_reach
            or any(map(str.isdigit, gap))
            or (noun and any(word in gap for word in self.data.of_words))
        ):
            return None
        return match.start(), self._before[_key(match[0])]
