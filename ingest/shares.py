"""Shares of a whole: a sentence that divides a total among options, as a vote's or a poll's result does.

A poll's or a ballot's result is often given with no "for" or "against" at all, only the options and
their shares ("Stay open: 63% · Close: 37%", "赞成的占 55%，不赞成的占 45%") or the counts that make
up the number of votes cast ("Of the 40 replies, 22 chose X and 18 chose Y"). What marks it is
arithmetic, not wording: two or more percentages that add up to 100, or two or more counts that add
up to a count the sentence names before them. A cited statistic rarely adds up so (one share, or
shares of different wholes); a division of the whole among options is an outcome the text reports.
"""

import re
from collections.abc import Mapping
from functools import cache

__all__ = ["divides"]

#: A number written in digits (thousands may be grouped with commas), with a percent sign after it
#: or not; not part of a longer number, a decimal, a time, a date or a score written with
#: separators ("10:30", "3/4", "2–1").
_NUMBER = re.compile(r"(?<![\d.,:/\-–—])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?![\d:/\-–—]|\.\d)\s*([%％])?")
#: How far percentages may add up away from 100 (rounding of each share).
_ROUNDING = 1.0


def divides(words: str, numerals: Mapping[str, int] | None = None) -> bool:
    """Whether ``words`` divide a whole into shares: two or more percentages that add up to 100
    (within rounding), or two or more counts that add up to a count named before them.

    ``numerals``: the number words of a language that writes words apart (``nine``: 9), each read
    as a count where it stands as a word of its own ("Of the nine members, five voted for X and
    four for Y").

    >>> divides("Of the 60 members who voted, 41 backed the plan and 19 did not.")
    True
    >>> divides("Option A 48% · Option B 52%")
    True
    >>> divides("Turnout rose from 31% to 44% in two years.")
    False
    >>> divides("Of the seven of us, four want a van, three a trailer.", {"seven": 7, "four": 4, "three": 3})
    True
    """
    shares: list[float] = []
    counts: list[tuple[int, int]] = []  # (where, value): digits and words in the order written
    for found in _NUMBER.finditer(words):
        whole, decimals, percent = found.groups()
        value = float(whole.replace(",", "") + (f".{decimals}" if decimals else ""))
        if percent:
            shares.append(value)
        elif decimals is None:
            counts.append((found.start(), int(value)))
    if numerals:
        spelled = _spelled(tuple(numerals))
        counts += [(f.start(), numerals[f.group().lower()]) for f in spelled.finditer(words)]
    values = [value for _, value in sorted(counts)]
    if len(shares) >= 2 and abs(sum(shares) - 100.0) <= _ROUNDING:
        return True
    return any(len(values) - i > 2 and sum(values[i + 1 :]) == values[i] for i in range(len(values)))


@cache
def _spelled(words: tuple[str, ...]) -> re.Pattern[str]:
    """The pattern of a language's number words, each standing as a word of its own (built once
    per language, not per sentence)."""
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, words))})\b", re.IGNORECASE)
