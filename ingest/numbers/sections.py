"""The block a decision heading opens: the lines that say what a decision, ruling or plan sets.

A line that is nothing but a decision heading (``Decision``, ``Next steps:``, ``五、处理决定``,
``【处理意见】``), once its list number, brackets and closing colon are set aside, opens a block:
the lines after it up to the first blank line after some text. Its numbers are what the decision,
ruling or plan would set (close the three sites from 1 May; 于七日内转交), not facts the text
cites. The block ends earlier at the next heading: another decision heading, a short line without
punctuation that is no list item (``Reasons``, ``Notes``), a list item numbered as the heading
is (``六、其他`` after ``五、处理决定``), or the first line that is no list item after the block's
list (the list was the decision; the prose after it is the text's again). A heading that only
names its topic (``Reasons for the decision``, ``关于…的处理决定``) opens nothing: the line must
be the heading word alone.
"""

import re
from collections.abc import Sequence
from typing import NamedTuple

from argkg.ingest.memo import per_document

__all__ = ["decided_blocks"]

# the longest line read as a plain heading (no punctuation, no list number) that ends a block
_HEADING_MAX = 48
# any punctuation: a line with it is a sentence or a field, not a plain heading
_PUNCTUATION = re.compile(r"[。；;，,！？!?：:()（）]|\.(?!\d)")

# brackets a heading may stand in (【处理意见】, [Decision]), a bracketed note after it (处理意见（3月2日）)
# and the colon that may close it
_FRAME = re.compile(r"^[【\[「（(]?(?P<word>.*?)[】\]」）)]?(?:[ \t]*[（(][^（()）]*[）)])?[ \t]*[:：]?$")


def decided_blocks(text: str, headings: Sequence[str], list_item: re.Pattern[str]) -> list[tuple[int, int]]:
    """The spans of the blocks that a decision heading opens in ``text``.

    Args:
        text: the text.
        headings: the decision headings, compared case-insensitively with the whole line.
        list_item: what opens a list item (``1.``, ``三、``), set aside before comparing.

    Returns:
        One ``(start, end)`` per heading that opens a block, in text order (none without headings).
    """
    words = {h.casefold() for h in headings}
    if not words:
        return []
    spans: list[tuple[int, int]] = []
    opened: int | None = None  # where the current block starts
    mark: str | None = None  # how the heading that opened it is numbered
    seen_text = listed = False  # the block has had text; it has had a list item
    for line in _lines(text, list_item):
        stripped, item = line.stripped, line.item
        if opened is not None and (
            (not stripped and seen_text)
            or (listed and stripped and not item)
            or _ends_block(stripped, mark, list_item)
        ):
            spans.append((opened, line.start))
            opened = None
        if line.word in words:
            opened, mark, seen_text, listed = line.end, _mark(stripped, list_item), False, False
        elif stripped:
            seen_text, listed = True, listed or item
    if opened is not None:
        spans.append((opened, len(text)))
    return spans


def _mark(line: str, list_item: re.Pattern[str]) -> str | None:
    """How ``line`` is numbered: Arabic or not, and the character that closes its number."""
    numbered = list_item.match(line)
    if numbered is None:
        return None
    number = numbered.group().strip()
    return f"{number[:1].isdigit()}{number[-1:]}"


def _ends_block(line: str, mark: str | None, list_item: re.Pattern[str]) -> bool:
    """``line`` is a heading that ends a decision block (see the module docstring)."""
    if not line:
        return False
    if list_item.match(line) is not None:
        return mark is not None and _mark(line, list_item) == mark
    return len(line) <= _HEADING_MAX and _PUNCTUATION.search(line) is None


class _Line(NamedTuple):
    """One line of a text as `decided_blocks` reads it."""

    start: int  # where it starts in the text
    end: int  # where the next line starts (past its line break)
    stripped: str  # the line without its surrounding blanks
    item: bool  # it opens a list item
    word: str | None  # what it would be a heading of, casefolded (`_heading_word`)


@per_document
def _lines(text: str, list_item: re.Pattern[str]) -> tuple[_Line, ...]:
    """The lines of ``text``, each read once for every list of headings: the scanner asks for the
    blocks of its decision headings and of its tally headings in the same text."""
    lines = []
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        stripped = line.strip()
        item = list_item.match(stripped) is not None
        lines.append(_Line(start, pos, stripped, item, _heading_word(stripped, list_item)))
    return tuple(lines)


def _heading_word(line: str, list_item: re.Pattern[str]) -> str | None:
    """The word ``line`` holds after its list number, brackets and colon, casefolded: a decision
    heading alone when it is one of the headings (None: the line is not framed as a heading)."""
    numbered = list_item.match(line)
    rest = line[numbered.end() :].strip() if numbered is not None else line
    framed = _FRAME.match(rest)
    return None if framed is None else framed["word"].strip().casefold()
