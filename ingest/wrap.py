"""Hard-wrapped text: which line breaks only wrap a paragraph, and the text the pipeline reads.

Plain-text e-mail, Usenet posts, RFC-style memos and text copied from a PDF break every
paragraph into lines of about the same width, cutting sentences at line ends (in Chinese in
the middle of a word). argkg reads one block per line (`argkg.ingest.layout`), so a careful
reader first joins such lines into their paragraph. A line break is a wrap when:

- the line does not end a sentence (sentence-final punctuation and closers from the language's
  ``layout.yaml``), is no Markdown or capitals heading and no boilerplate (a header or signature
  field, a credit, a link);
- the next line is not blank and opens nothing of its own: no list item, heading, note, quiz
  line, caption, header field, speaker turn (`argkg.ingest.turns.opens_turn`), table row or
  quote marker ("> ...") unless both lines are quoted at the same depth, nor a line that is a
  block of its own (``own_lines``: a byline);
- and the sentence visibly goes on (``wrap`` in ``layout.yaml``): in English the next line opens
  in lower case; in both languages a sentence ends inside the line and the next one is cut at
  its end (no heading or title holds a finished sentence), or the line ends with a comma or a
  word that cannot end a sentence (``open_end``: "the", "of", "应该", a hyphen), each only after
  a line of at least ``min_chars`` that does not end in a colon; or, in both languages, the
  text shows a wrap width (most lines inside paragraphs end within ``ragged`` of one column, from
  ``min_width`` to ``max_width`` columns, and hardly any line is wider) and the next line's first
  word would not have fitted on the line (within ``slack`` columns): it was broken when full.

The graph keeps the text itself: every offset still points into it, and a joined sentence's
quote holds the line break. The pipeline reads `reading_view`, the width-folded text
(`argkg.ingest.reader.fold`) with each wrap's line break (and the joined line's quote marker)
turned into spaces, character for character, so every offset is valid in both texts and no
stage sees the break. A text without wraps reads exactly as before.
"""

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from argkg.ingest.layout import LayoutData, ends_prose, layout_data
from argkg.ingest.reader import fold
from argkg.ingest.turns import opens_turn
from argkg.schema.vocabulary import Lang

__all__ = ["wrap_breaks", "reading_view"]


@dataclass(frozen=True)
class _Line:
    start: int  # offset of the line's first character in the text
    folded: str  # the line as the rules read it (width-folded)
    quote: int  # how deeply it is quoted ("> > x": 2)
    body: int  # where its words start after the quote marker, relative to start
    width: int  # display columns of the line as written


def reading_view(text: str, lang: Lang) -> str:
    """The text the pipeline reads: ``fold(text)`` with every wrap joined into its paragraph.

    Args:
        text: the normalised text.
        lang: its language.

    Returns:
        A text of the same length as ``text``: each wrap's line break, and the quote marker
        that opens the line it joins, are spaces.
    """
    folded = fold(text)
    breaks = wrap_breaks(text, lang, folded=folded)
    if not breaks:  # most texts: no wrap to join, no copy of the text character by character
        return folded
    chars = list(folded)
    for at, upto in breaks:
        chars[at:upto] = " " * (upto - at)
    return "".join(chars)


def wrap_breaks(text: str, lang: Lang, *, folded: str | None = None) -> list[tuple[int, int]]:
    """Where ``text`` is hard-wrapped: for each wrap, the span from its line break to the joined
    line's first word (the break plus any quote marker), in text order. ``folded`` is
    ``fold(text)`` when the caller has it already."""
    data = layout_data(lang)
    lines = _lines(text, data, fold(text) if folded is None else folded)
    # pairs of lines inside a paragraph: no blank line between them
    inside = [(line, nxt) for line, nxt in pairwise(lines) if nxt.start == line.start + len(line.folded) + 1]
    width = _wrap_width(lines, [line for line, _ in inside], data)
    return [
        (nxt.start - 1, nxt.start + nxt.body) for line, nxt in inside if _wraps(line, nxt, data, lang, width)
    ]


def _lines(text: str, data: LayoutData, folded: str) -> list[_Line]:
    """The non-empty lines of a normalised text (its lines are stripped already), read in
    ``folded``, its `fold`."""
    quote = _compiled(data.wrap.quote)
    lines, pos = [], 0
    for raw in text.split("\n"):
        if raw:
            line = folded[pos : pos + len(raw)]
            marker = quote.match(line)
            depth = marker.group().count(">") if marker else 0
            body = marker.end() if marker else 0
            lines.append(_Line(pos, line, depth, body, _columns(raw)))
        pos += len(raw) + 1
    return lines


def _columns(line: str) -> int:
    """Display columns: wide and full-width characters take two."""
    if line.isascii():
        return len(line)
    return len(line) + len(line.translate(_WIDE))


class _WideTable(dict[int, str]):
    """`str.translate` table that keeps a wide or full-width character (East Asian width W or
    F) and drops any other, each character's width read once, on first sight: a text's lines
    translated with it are as long as they have wide characters (a loop over the characters
    from Python cost more)."""

    def __missing__(self, code: int) -> str:
        self[code] = chr(code) if unicodedata.east_asian_width(chr(code)) in "WF" else ""
        return self[code]


_WIDE = _WideTable()


def _wrap_width(lines: Sequence[_Line], inside: Sequence[_Line], data: LayoutData) -> int | None:
    """The column the text is wrapped at, or None when it shows none.

    The widths of the lines ``inside`` paragraphs (a non-empty line follows) are read: the text
    shows a width when at least ``min_lines`` of them, and ``share`` of them all, end within ``ragged``
    of the same column, itself from ``min_width`` to ``max_width``, and at most ``over`` of all its
    lines are wider (a chat's or a thread's header lines have one length too, but the messages
    under them run longer); the widest such column is taken.
    """
    rules = data.wrap
    widths = [line.width for line in inside]
    best: tuple[int, int] | None = None
    for column in sorted(set(widths)):
        if column < rules.min_width:
            continue
        if column > rules.max_width:
            break
        near = sum(1 for w in widths if column - column * rules.ragged <= w <= column)
        if best is None or near >= best[0]:
            best = (near, column)
    if best is None or best[0] < rules.min_lines or best[0] < rules.share * len(widths):
        return None
    wider = sum(1 for line in lines if line.width > best[1])
    return best[1] if wider <= rules.over * len(lines) else None


def _wraps(line: _Line, nxt: _Line, data: LayoutData, lang: Lang, width: int | None) -> bool:
    """Whether the break between ``line`` and the next line ``nxt`` only wraps a paragraph."""
    if line.quote != nxt.quote:
        return False
    text, after = line.folded[line.body :].strip(), nxt.folded[nxt.body :].strip()
    if not text or not after or ends_prose(text, data) or _stands_alone(text, data):
        return False
    if _opens_own_line(after, data, lang):
        return False
    rules = data.wrap
    if width is not None and line.width + 1 + _columns(_first_word(after)) > width - rules.slack:
        return True  # the next line's first word would not have fitted on this one
    if len(text) < rules.min_chars or text.endswith(":"):
        return False  # a line ending in a colon announces what follows: only a full line goes on
    lower = rules.lowercase and after[:1].islower()
    return lower or _cut_after_sentence(text, data) or _compiled(rules.open_end).search(text) is not None


def _cut_after_sentence(text: str, data: LayoutData) -> bool:
    """Whether a sentence ends inside the line and the next is cut at its end: a sentence-final
    mark (closers aside) followed by a word (not "5.2", "｜第37期"), and the line ending in a word
    (not an emoji, a bracket or a link): a heading or a title holds no finished sentence."""
    if not text[-1:].isalnum():
        return False
    for at in range(len(text) - 2, -1, -1):
        if text[at] in data.sentence_final:
            after = text[at + 1 : at + 2]
            glued = text[at] == "." and after.isascii() and after.isalnum()  # "5.2", "photo.jpg"
            return not glued and text[at + 1 :].lstrip(data.closers + " ")[:1].isalpha()
    return False


def _stands_alone(text: str, data: LayoutData) -> bool:
    """A line that is a block of its own whatever follows: a Markdown or capitals heading, a
    section number alone, boilerplate (a header or signature field, a credit, a link)."""
    rules = data.headings
    patterns = (rules.markdown, rules.number_only, *([rules.plain] if rules.plain else []))
    if any(_compiled(p).match(text) for p in patterns):
        return True
    return any(_compiled(p).search(text) for p in data.boilerplate.patterns)


def _opens_own_line(text: str, data: LayoutData, lang: Lang) -> bool:
    """Whether a line starts something of its own: a list item, heading, note, quiz line,
    caption, header field, table row, byline or speaker turn."""
    rules = data.headings
    starts = (
        data.bullet,
        rules.markdown,
        rules.number_only,
        rules.numbered,
        rules.labelled,
        data.notes.line,
        data.example,
        data.captions.prefix,
        data.wrap.table,
        *data.wrap.own_lines,
    )
    if any(_compiled(p).match(text) for p in starts):
        return True
    if any(_compiled(p).search(text) for p in (*data.boilerplate.patterns, *data.boilerplate.headers)):
        return True
    return opens_turn(text, lang)


#: A line's first word: a run of Latin letters and digits, else its first character (an ideograph).
_FIRST = re.compile(r"[\w'’-]+|\S", re.ASCII)


def _first_word(text: str) -> str:
    found = _FIRST.match(text)
    return found.group() if found else text


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)
