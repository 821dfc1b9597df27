"""`SpanIndex`: which of many character spans contain or overlap a given span, without a full scan.

Components and the builder often ask, for each of n items, which of m spans holds it (the claim
holding a number, the statement holding a conditional); scanning the m spans each time costs
n × m, which on a long text is the difference between seconds and minutes. The index sorts the
spans by start and keeps the furthest end reached so far, so a query looks only at spans that
start before the query ends and could still reach it: about log m for spans that do not nest.
Answers are exactly those of the scan: the first matching span in the list's own order.
"""

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from itertools import accumulate
from typing import Protocol

__all__ = ["SpanIndex"]


class _Spanned(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


class SpanIndex:
    """An index over ``items`` (anything with ``start`` and ``end``), queried by span.

    Args:
        items: the spans, in the order that decides which match comes first.
    """

    def __init__(self, items: Sequence[_Spanned]) -> None:
        self._items = items
        self._order = sorted(range(len(items)), key=lambda i: items[i].start)
        self._starts = [items[i].start for i in self._order]
        self._reach = list(accumulate((items[i].end for i in self._order), max))

    def first_containing(self, start: int, end: int) -> int | None:
        """The index of the first item with ``item.start <= start`` and ``end <= item.end``."""
        return self._first(bisect_right(self._starts, start), end, lambda e: e >= end)

    def first_overlapping(self, start: int, end: int) -> int | None:
        """The index of the first item sharing a character with ``[start, end)``."""
        return self._first(bisect_left(self._starts, end), start + 1, lambda e: e > start)

    def _first(self, stop: int, reach: int, fits: "_EndTest") -> int | None:
        """The smallest item index among ``order[:stop]`` whose end ``fits``; items whose
        prefix cannot reach ``reach`` are not looked at."""
        found: int | None = None
        j = stop - 1
        while j >= 0 and self._reach[j] >= reach:
            i = self._order[j]
            if fits(self._items[i].end) and (found is None or i < found):
                found = i
            j -= 1
        return found


class _EndTest(Protocol):
    def __call__(self, end: int, /) -> bool: ...
