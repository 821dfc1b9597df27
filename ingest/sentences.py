"""Sentence boundaries that respect Chinese punctuation, quotation marks and lines.

A sentence never crosses a line (headings, captions and paragraphs are lines). Inside a line,
a sentence ends after a run of sentence-final punctuation (``。!?;…`` and ``.``) plus any
closing quotes or brackets after it, but not inside a quotation or a bracket that closes later
on the same line: "他说:“A。B。”" is one sentence. A quotation that ends with sentence-final
punctuation ends the sentence with it ("“A。”B。" is two). A list bullet at the start of a line
is left out of the sentence, and a parenthetical note ("(注:...)") is a sentence of its own.

A full stop ``.`` ends a sentence before a space and a word that is not lower-case, or glued to
a capitalised word after a lower-case word ("technology.Because", a missing space), but not in
a number ("3.5"), a name or an address ("U.S.A", "example.com"). The words from
``ingest/data/<lang>/sentences.yaml`` keep it inside the sentence: a title (``Dr.``, ``Prof.``)
always; an abbreviation (``e.g.``, ``Calif.``) or an initial (``J.``, ``T.H.``, ``U.S.``) unless
the next word opens a sentence (``the``, ``but``: "... in the U.S. The plan ..." is two
sentences); a number abbreviation (``No.``, ``Fig.``) before a number; a line label with its
number (``Question 1.``, ``Item 3.``) at the start of a line.

The component writes ``doc._.argkg_sentences`` and sets ``token.is_sent_start`` so that
``doc.sents`` gives the same sentences (to token precision) to the other components.
"""

import re
from functools import cache
from operator import itemgetter
from typing import Any

import numpy
from pydantic import BaseModel, ConfigDict
from spacy.attrs import IS_SPACE, SENT_START
from spacy.tokens import Doc

from argkg.ingest.component import Component, component
from argkg.ingest.docview import token_offsets
from argkg.ingest.layout import LayoutData, layout_data
from argkg.ingest.lexicon import load_data
from argkg.ingest.parts import Parts, filled
from argkg.ingest.spans import Block, SentenceSpan
from argkg.schema.vocabulary import Lang

__all__ = ["split_sentences", "bracket_spans", "quoted_positions", "SentenceComponent"]

#: Left off the start of a sentence: spaces and the clause punctuation a cut may leave behind.
_LEADING = " ,;:、"

#: One or more Latin initials with their full stops, lower-cased: "j.", "t.h.", "u.s.".
_INITIALS = re.compile(r"(?:[a-z]\.)+")

#: A full stop glued between a lower-case word (or a number) and a capitalised word.
_GLUED = re.compile(r"(?<=[a-z0-9])\.(?=[A-Z][a-z])")


class SentenceData(BaseModel):
    """The contents of ``sentences.yaml``: words whose full stop does not end a sentence."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    titles: frozenset[str]
    abbreviations: frozenset[str]
    number_abbreviations: frozenset[str]
    openers: frozenset[str]
    line_labels: frozenset[str] = frozenset()


def split_sentences(text: str, blocks: list[Block], lang: Lang) -> list[SentenceSpan]:
    """Split every block (line) of ``text`` into sentences.

    Args:
        text: the normalised text.
        blocks: its lines, as the layout component found them.
        lang: its language.

    Returns:
        The sentences in text order.
    """
    data = layout_data(lang)
    words = load_data("sentences", SentenceData, lang.value)
    bullet = re.compile(data.bullet)
    inline_note = re.compile(data.notes.inline)
    sentences = []
    for index, block in enumerate(blocks):
        line = text[block.start : block.end]
        skip = bullet.match(line)
        offset = skip.end() if skip and skip.end() < len(line) else 0
        for start, end, is_note in _line_parts(line, offset, inline_note):
            for s, e in _split(line, start, end, data, words):
                sentences.append(
                    SentenceSpan(start=block.start + s, end=block.start + e, block=index, inline_note=is_note)
                )
    return sentences


def _line_parts(line: str, offset: int, inline_note: re.Pattern[str]) -> list[tuple[int, int, bool]]:
    """Cut a line at its parenthetical notes: (start, end, is_note) parts."""
    parts, pos = [], offset
    for found in inline_note.finditer(line, offset):
        parts.append((pos, found.start(), False))
        parts.append((found.start(), found.end(), True))
        pos = found.end()
    parts.append((pos, len(line), False))
    return [part for part in parts if line[part[0] : part[1]].strip()]


def _split(line: str, start: int, end: int, data: LayoutData, words: SentenceData) -> list[tuple[int, int]]:
    """Sentence spans of ``line[start:end]``, trimmed of spaces."""
    protected = quoted_positions(line, start, end, data.pairs)
    closers = set(data.closers)
    enders = _enders(data.sentence_final, data.closers)
    cuts, i = [], start
    while (mark := enders.search(line, i, end)) is not None:
        i = mark.start()  # a character that is neither ends nothing: passed over in the engine
        ch = line[i]
        if ch in data.sentence_final and i not in protected and _ends_here(line, i, end, data, words):
            j = i + 1
            while j < end and (line[j] in data.sentence_final or (line[j] in closers and j not in protected)):
                j += 1
            cuts.append(j)
            i = j
        elif (
            ch in closers
            and i in protected
            and i + 1 not in protected
            and i > start
            and line[i - 1] in data.sentence_final
        ):
            cuts.append(i + 1)
            i += 1
        else:
            i += 1
    spans, pos = [], start
    for cut in [*cuts, end]:
        piece = line[pos:cut]
        if piece.strip(_LEADING):
            lead = len(piece) - len(piece.lstrip(_LEADING))
            spans.append((pos + lead, pos + len(piece.rstrip())))
        pos = cut
    return spans


@cache
def _enders(sentence_final: str, closers: str) -> re.Pattern[str]:
    """One character that may end a sentence: a sentence-final mark or a closer."""
    chars = sentence_final + closers
    return re.compile(f"[{re.escape(chars)}]" if chars else "(?!)")


def bracket_spans(line: str, start: int, end: int, pairs: list[str]) -> list[tuple[int, int]]:
    """The quotations and brackets of ``line[start:end]`` that close there.

    Args:
        line: the text.
        start, end: the part to look at.
        pairs: opening and closing characters, one pair per string ("“”", "()"); a straight
            double quote opens and closes by turns.

    Returns:
        (opener position, closer position) pairs; an unclosed opener gives none.
    """
    closing = {pair[1]: pair[0] for pair in pairs}
    opening = {pair[0] for pair in pairs}
    stack: list[tuple[str, int]] = []
    spans: list[tuple[int, int]] = []
    for found in _marks(tuple(pairs)).finditer(line, start, end):  # every other character is passed over
        ch, i = found[0], found.start()
        if ch == '"':
            if stack and stack[-1][0] == '"':
                spans.append((stack.pop()[1], i))
            else:
                stack.append((ch, i))
        elif ch in closing and any(opener == closing[ch] for opener, _ in stack):
            while stack:
                opener, at = stack.pop()
                if opener == closing[ch]:
                    spans.append((at, i))
                    break
        elif ch in opening:
            stack.append((ch, i))
    return spans


@cache
def _marks(pairs: tuple[str, ...]) -> re.Pattern[str]:
    """One character of ``pairs`` or a straight double quote: what `bracket_spans` looks at."""
    characters = sorted({'"', *"".join(pairs)})
    return re.compile("[" + re.escape("".join(characters)) + "]")


def quoted_positions(line: str, start: int, end: int, pairs: list[str]) -> set[int]:
    """Positions of ``line[start:end]`` after an opener up to and including its closer.

    Args:
        line: the text.
        start, end: the part to look at.
        pairs: as for `bracket_spans`.

    Returns:
        The protected positions; unclosed openers protect nothing.
    """
    protected: set[int] = set()
    for a, b in bracket_spans(line, start, end, pairs):
        protected.update(range(a + 1, b + 1))
    return protected


def _ends_here(line: str, i: int, end: int, data: LayoutData, words: SentenceData) -> bool:
    """Whether the sentence-final character at ``i`` ends a sentence."""
    if line[i] != ".":
        return True
    word = _GLUED.split(line[: i + 1].rsplit(maxsplit=1)[-1])[-1].lstrip("(\"“'").lower()
    after = line[i + 1 : end]
    if after and not after[0].isspace() and after[0] not in data.closers:
        return bool(_GLUED.match(line, i)) and word not in words.titles | words.abbreviations
    nxt = after.lstrip(data.closers + " ")
    if nxt and nxt[0].isalpha() and nxt[0].islower():
        return False
    if word in words.number_abbreviations and nxt[:1].isdigit():
        return False
    if _line_label(words.line_labels).fullmatch(line[:i]):  # "Question 1. Do you…?" is one sentence
        return False
    return not _keeps_sentence(word, nxt, words)


@cache
def _line_label(labels: frozenset[str]) -> re.Pattern[str]:
    """A label and its number that open a line ("Question 1", "Item 3"), up to their full stop."""
    words = "|".join(sorted(map(re.escape, labels))) or "(?!)"
    return re.compile(rf"\W*(?:{words})\s*\d{{1,3}}", re.IGNORECASE)


def _keeps_sentence(word: str, nxt: str, words: SentenceData) -> bool:
    """Whether ``word`` (lower-cased, with its full stop) keeps the sentence going before ``nxt``."""
    if word in words.titles:
        return True
    if word in words.abbreviations or _INITIALS.fullmatch(word):
        following = re.match(r"[A-Za-z]+", nxt)
        return not (following and following.group().lower() in words.openers)
    return False


def _set_sentence_starts(doc: Doc, sentences: list[SentenceSpan]) -> None:
    """Mark the token where each sentence starts (in one array: per-token setting is quadratic)."""
    if not len(doc):
        return
    starts = numpy.array(sorted({s.start for s in sentences}), dtype="int64")
    ends = numpy.fromiter(map(itemgetter(1), token_offsets(doc)), dtype="int64")
    # a token starts a sentence when a sentence start lies in it or in the blank before it
    # (from the previous token's end up to its own), unless it is itself blank; the first always
    before = numpy.searchsorted(starts, ends, side="left")  # sentence starts before each token's end
    previous = numpy.zeros_like(before)  # the same before the token before (none before the first)
    previous[1:] = before[:-1]
    holds = before > previous  # ``numpy.diff(before, prepend=0) > 0``, without diff's copies
    is_start = holds & (doc.to_array(IS_SPACE) == 0)
    is_start[0] = True
    values: Any = numpy.where(is_start, 1, -1).astype("int64").astype("uint64").reshape(-1, 1)
    doc.from_array([SENT_START], values)  # spaCy's attribute type; -1 (not a start) wraps


@component("argkg_sentences")
class SentenceComponent(Component):
    """spaCy component: the text's sentences (``sentences``); sets ``token.is_sent_start`` too."""

    assigns = ("sentences",)
    requires = ("blocks",)
    sets = ("token.is_sent_start",)

    def __call__(self, doc: Doc) -> Doc:
        """Annotate ``doc`` and mark where its sentences start. RETURNS: the same Doc."""
        doc = super().__call__(doc)
        _set_sentence_starts(doc, doc._.argkg_sentences)
        return doc

    def find(self, parts: Parts) -> Parts:
        """Split the text's lines into sentences."""
        return filled(parts, sentences=split_sentences(parts.text, parts.blocks, parts.lang))
