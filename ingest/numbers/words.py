"""A number read from the middle of a word: the word's, not a quantity.

A Chinese numeral character can belong to a word that holds it: a noun, or an idiom (千家万户,
every household; 说三道四, to gossip; 一波三折, full of twists). Read from the character on, it
looks like a count (万户, 三道, 三折: a 30% discount), but the segmenter's dictionary cuts the
whole word, and a careful reader never reads a quantity out of a word's middle. Only words the
dictionary files under the data's ``inside_word_tags`` (nouns, idioms) count: a hedge glued to
its number is cut whole too (近八年, within the last eight years), but filed as a time word, and
there the number stands. A numeral that starts in the last character of such a word is read
again after it (the noun 度数, a meter reading, then 三百二: 320, not 数三百二).
"""

import re
from collections.abc import Sequence

from argkg.ingest import segment
from argkg.ingest.numbers.context import word_tag

__all__ = ["word_around"]

_FIRST, _LAST = "\u3400", "\u9fff"  # the range of ideographs a word is read in
_IDEOGRAPHS = re.compile(f"[{_FIRST}-{_LAST}]+")


def word_around(text: str, at: int, tags: Sequence[str]) -> int | None:
    """Where the word ends that ``text[at]`` lies inside (not at its start), when the word is
    tagged with one of ``tags``; None when there is no such word.

    Only the run of ideographs around ``at`` is cut (the segmenter keeps each block's cut).
    """
    if not tags or at <= 0 or at >= len(text):
        return None
    run = _IDEOGRAPHS.match(text, _run_start(text, at))
    if run is None or run.start() == at or run.end() <= at:
        return None
    offset = at - run.start()
    for word, start, end in segment.tokenize(run[0]):
        if start < offset < end:
            return run.start() + end if word_tag(word) in tags else None
        if start >= offset:
            return None
    return None


def _run_start(text: str, at: int) -> int:
    """Where the run of ideographs holding ``text[at]`` begins (``at`` when it holds none).

    Each character before it is compared with the range's ends, not matched by the engine: a
    call into the engine per character was most of `word_around`'s time (every numeral of a
    Chinese text asks it)."""
    start = at
    while start > 0 and _FIRST <= text[start - 1] <= _LAST:
        start -= 1
    return start
