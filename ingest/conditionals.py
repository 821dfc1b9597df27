"""Conditionals: "如果 A, B", "只要 A 就 B", "B if A", "A, otherwise B" and the like.

Markers come from ``ingest/data/<lang>/conditionals.yaml``. In Chinese a marker must start
and end on a token boundary (jieba's words), so 要是 in 主要是 is none; in English it must
stand as whole words and not follow a word like "as" or "see" ("as if", "see if"). Set
phrases that open with a marker ("无论如何", "即使如此", "if so") state no condition.

For a forward marker, the antecedent runs from the marker to the end of its clause, or to a
consequent word of the marker inside the clause ("只要 A 就 B"); a trailing "的话" is dropped.
Clauses end at ``,;:``; a quotation or bracket is one piece unless the marker stands in it.
The consequent is the rest of the clause after that word, else the next clause; in English a
marker inside its clause is postposed ("B if A") and the consequent is the clause part before
it; without a next clause it is the clause before. A backward marker (否则, otherwise) takes
the clause before it as antecedent and the rest of its own clause as consequent. Concessives
(即使…也, 无论…都, even if, no matter how) count as conditionals too, marked ``rhetorical``: they
assert the consequent whatever the antecedent is, so the builder makes no assumption of it. A
marker inside a longer one ("if" in "even if") does not count on its own. An antecedent loses
the connectives that open it ("但同时 A, 否则 B", "A, and B, otherwise C") and the punctuation
around it.

A disjunctive antecedent ("如果 A 或 B", "if A or B") is cut into alternatives, one group each.
When the alternatives share one predicate written after the last ("如果 A 或 B 不起作用", "if A or
B fails"), the alternatives before it that lack a predicate get a copy of it in their text
("A 不起作用"), while their span stays A as written (an assumption's text may differ from its
span). The predicate starts at the first ``predicate_openers`` word inside the last
alternative; an earlier alternative lacks one when it holds no such word (nor, in English, a
verb of the question data, `argkg.ingest.questions.is_predicate_word`) and is no longer than
the last alternative's subject, counted in ideographs and Latin words: "如果价格上涨或工资不涨"
keeps "价格上涨" as it is.

Each antecedent is compared with the propositions of the debated issues: it restates one when
their *lexical similarity* reaches ``lexical_threshold``. The similarity is the Jaccard index
of two sets of features: for Chinese, the character bigrams inside runs of ideographs plus
the lower-cased Latin words; for English, the lower-cased words that are not stop words, with
a final "s" removed.
"""

import re
from collections.abc import Collection, Sequence
from functools import cache, cached_property

from pydantic import BaseModel, ConfigDict, Field

from argkg.ingest.component import Component, component
from argkg.ingest.layout import layout_data
from argkg.ingest.lexicon import alternation, load_data, word_pattern
from argkg.ingest.memo import per_document
from argkg.ingest.parts import Parts, filled
from argkg.ingest.positions import argumentative
from argkg.ingest.questions import is_predicate_word
from argkg.ingest.sentences import bracket_spans
from argkg.ingest.spans import Antecedent, Conditional, Issue, SentenceSpan
from argkg.schema.vocabulary import Lang

__all__ = ["find_conditionals", "lexical_similarity", "restates", "ConditionalComponent"]

#: Word boundaries of a Chinese text: (token starts, token ends); None for English.
Boundaries = tuple[Collection[int], Collection[int]] | None

_PUNCT = " ,;:.!?。、“”‘’\"'-—…"


class _Marker(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    words: list[str]
    consequent: list[str] = []
    requires_consequent: bool = False
    backward: bool = False
    rhetorical: bool = False


class _ConditionalData(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    markers: list[_Marker]
    idioms: list[str] = []
    trailing: list[str]
    connectives: list[str] = []
    clause_breaks: str
    disjunctions: list[str]
    predicate_openers: list[str] = []
    not_after: list[str] = []
    min_chars: int = Field(ge=1)
    lexical_threshold: float = Field(gt=0.0, le=1.0)
    stop_words: list[str] = []

    @cached_property
    def idioms_by_length(self) -> dict[int, frozenset[str]]:
        """The ``idioms`` by their length: `_idiom` lowers one slice of the text per length, not
        one per idiom (it is asked at every marker)."""
        grouped: dict[int, set[str]] = {}
        for idiom in self.idioms:
            grouped.setdefault(len(idiom), set()).add(idiom)
        return {length: frozenset(idioms) for length, idioms in grouped.items()}


@cache
def _data(lang: Lang) -> _ConditionalData:
    return load_data("conditionals", _ConditionalData, lang.value)


def _find(
    words: list[str],
    text: str,
    start: int,
    end: int,
    lang: Lang,
    bounds: Boundaries,
    *,
    opening: bool = False,
) -> list[tuple[int, int]]:
    """Spans of ``words`` in ``text[start:end]`` that lie on word boundaries.

    In Chinese a word must start a token and, when it is one character, end one too; with
    ``opening`` it may open a longer token (才 in 才能, 就 in 就是).
    """
    if not words or start >= end:
        return []
    pattern = word_pattern(words, ignore_case=lang is Lang.EN)
    found = [m.span() for m in pattern.finditer(text, start, end)]
    if bounds is None:
        return found
    starts, ends = bounds
    return [(a, b) for a, b in found if a in starts and (opening or b in ends or b - a > 1)]


def find_conditionals(parts: Parts) -> list[Conditional]:
    """Find the conditionals of a text (see the module docstring).

    Args:
        parts: the normalised text, its language, sentences, lines and issues (antecedents are
            linked to the debated ones); in Chinese, words must start (and, one character long,
            end) at its tokens' bounds, or at word boundaries without tokens.

    Returns:
        The conditionals in text order.
    """
    text, lang, sentences = parts.text, parts.lang, parts.sentences
    blocks, issues = parts.blocks, parts.issues
    bounds = _token_bounds(parts.tokens) if lang is Lang.ZH else None
    data = _data(lang)
    # every marker's words in one alternation: a sentence where it finds none has no marker
    any_marker = word_pattern([w for m in data.markers for w in m.words], ignore_case=lang is Lang.EN)
    found = []
    for sentence in argumentative(sentences, blocks, text):
        if any_marker.search(text, sentence.start, sentence.end) is None:
            continue
        matches = [
            (marker, span)
            for marker in data.markers
            for span in _find(marker.words, text, sentence.start, sentence.end, lang, bounds)
        ]
        for marker, (m_start, m_end) in matches:
            if any(a <= m_start and m_end <= b and b - a > m_end - m_start for _, (a, b) in matches):
                continue  # part of a longer marker ("if" in "even if")
            if _follows_excluded(text, sentence.start, m_start, data) or _idiom(text, m_start, data):
                continue
            cut = _parts(text, sentence, marker, (m_start, m_end), data, lang, bounds)
            if cut is not None:
                conditional = _conditional(text, (m_start, m_end), *cut, data, issues, lang, bounds)
                found.append(conditional.model_copy(update={"rhetorical": marker.rhetorical}))
    return sorted(found, key=lambda c: (c.start, c.end))


def _token_bounds(tokens: Sequence[tuple[int, int]]) -> Boundaries:
    """The tokens' starts and ends, or None when there are no tokens (split in one pass in C:
    a Chinese text has a token every character or two)."""
    if not tokens:
        return None
    starts, ends = zip(*tokens, strict=True)
    return set(starts), set(ends)


def _idiom(text: str, m_start: int, data: _ConditionalData) -> bool:
    """Whether the marker opens a set phrase that states no condition ("无论如何", "if so").

    A phrase ending in a Latin letter must end a word ("if so", not "if solar").
    """
    for length, idioms in data.idioms_by_length.items():
        end = m_start + length
        piece = text[m_start:end].lower()
        if piece in idioms:
            after = text[end : end + 1]
            if not (piece[-1].isascii() and after.isascii() and after.isalpha()):
                return True
    return False


def _follows_excluded(text: str, sentence_start: int, m_start: int, data: _ConditionalData) -> bool:
    before = text[sentence_start:m_start].split()
    return bool(before) and before[-1].lower().strip(_PUNCT) in data.not_after


def _parts(
    text: str,
    sentence: SentenceSpan,
    marker: _Marker,
    span: tuple[int, int],
    data: _ConditionalData,
    lang: Lang,
    bounds: Boundaries,
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """(antecedent, consequent) spans of one marker, or None when it is no conditional."""
    m_start, m_end = span
    clauses = _Clauses(text, sentence, m_start, data.clause_breaks, layout_data(lang).pairs)
    c_start, c_end = clauses.around(m_end)
    previous = clauses.around(c_start - 1) if c_start > clauses.lo else (c_start, c_end)
    if marker.backward:
        return ((c_start, m_start) if text[c_start:m_start].strip(_PUNCT) else previous), (m_end, c_end)
    if marker.requires_consequent and not _find(
        marker.consequent, text, m_end, clauses.hi, lang, bounds, opening=True
    ):
        return None
    inside = _find(marker.consequent, text, m_end + data.min_chars, c_end, lang, bounds, opening=True)
    if inside:
        return (m_end, inside[0][0]), (inside[0][0], c_end)
    if lang is Lang.EN and text[c_start:m_start].strip(_PUNCT):
        return (m_end, c_end), (c_start, m_start)
    if c_end < clauses.hi:
        return (m_end, c_end), clauses.around(c_end + 1)
    return (m_end, c_end), previous


class _Clauses:
    """The clause breaks of one sentence that count for a marker at ``pos``.

    Breaks inside a quotation or bracket count only for a marker inside it, and a marker inside
    one is confined to it: "如果 A“B,C”D, E" has the clauses "如果 A“B,C”D" and "E".
    """

    def __init__(self, text: str, sentence: SentenceSpan, pos: int, breaks: str, pairs: list[str]) -> None:
        spans = bracket_spans(text, sentence.start, sentence.end, pairs)
        region = _innermost(spans, pos)
        self.lo, self.hi = (region[0] + 1, region[1]) if region else (sentence.start, sentence.end)
        self.breaks = [
            i for i in range(self.lo, self.hi) if text[i] in breaks and _innermost(spans, i) == region
        ]

    def around(self, pos: int) -> tuple[int, int]:
        """The clause that holds ``pos``: (start, end), the break at ``end`` excluded."""
        start = max((b + 1 for b in self.breaks if b < pos), default=self.lo)
        end = min((b for b in self.breaks if b >= pos), default=self.hi)
        return start, end


def _innermost(spans: list[tuple[int, int]], pos: int) -> tuple[int, int] | None:
    inside = [(a, b) for a, b in spans if a < pos < b]
    return max(inside, default=None)


def _trim(text: str, span: tuple[int, int], trailing: list[str]) -> tuple[int, int]:
    a, b = span
    while True:
        while a < b and text[a] in _PUNCT:
            a += 1
        while b > a and text[b - 1] in _PUNCT:
            b -= 1
        tail = next((t for t in trailing if text[a:b].lower().endswith(t) and b - len(t) > a), None)
        if tail is None:
            return a, b
        b -= len(tail)


def _trim_antecedent(
    text: str, span: tuple[int, int], data: _ConditionalData, lang: Lang, bounds: Boundaries
) -> tuple[int, int]:
    """``span`` trimmed, then without the connectives that open it ("但同时", "and").

    A Chinese connective must end on a token boundary (同时 is none in 同时期); one that is all
    the span is kept.
    """
    a, b = _trim(text, span, data.trailing)
    pattern = _connectives(lang)
    while (found := pattern.match(text, a, b)) and found.end() < b:
        if bounds is not None and found.end() not in bounds[1]:
            break
        a, b = _trim(text, (found.end(), b), data.trailing)
    return a, b


@cache
def _connectives(lang: Lang) -> re.Pattern[str]:
    return re.compile(
        alternation(_data(lang).connectives, ignore_case=lang is Lang.EN),
        re.IGNORECASE if lang is Lang.EN else 0,
    )


def _conditional(
    text: str,
    marker: tuple[int, int],
    antecedent: tuple[int, int],
    consequent: tuple[int, int],
    data: _ConditionalData,
    issues: list[Issue],
    lang: Lang,
    bounds: Boundaries,
) -> Conditional:
    a_start, a_end = _trim_antecedent(text, antecedent, data, lang, bounds)
    k_start, k_end = _trim(text, consequent, data.trailing)
    cuts = [(a, b) for a, b in _find(data.disjunctions, text, a_start, a_end, lang, bounds)]
    pieces, pos = [], a_start
    for a, b in cuts:
        pieces.append((pos, a))
        pos = b
    pieces.append((pos, a_end))
    pieces = [_trim_antecedent(text, p, data, lang, bounds) for p in pieces]
    if len(pieces) > 1 and any(b - a < data.min_chars for a, b in pieces):
        pieces = [(a_start, a_end)]
    texts = _with_shared_predicate(text, pieces, data, lang, bounds)
    antecedents = [
        Antecedent(start=a, end=b, text=said, group=g, issue=_restated(said, issues, lang))
        for g, ((a, b), said) in enumerate(zip(pieces, texts, strict=True))
        if b - a >= data.min_chars
    ]
    start = min(marker[0], k_start, *(x.start for x in antecedents)) if antecedents else marker[0]
    end = max(marker[1], k_end, *(x.end for x in antecedents)) if antecedents else marker[1]
    return Conditional(
        start=start,
        end=end,
        marker=text[marker[0] : marker[1]],
        consequent_start=k_start,
        consequent_end=max(k_end, k_start),
        antecedents=antecedents,
    )


def _with_shared_predicate(
    text: str, pieces: list[tuple[int, int]], data: _ConditionalData, lang: Lang, bounds: Boundaries
) -> list[str]:
    """The alternatives' texts, the last one's predicate copied onto those that lack one."""
    texts = [text[a:b] for a, b in pieces]
    last_start, last_end = pieces[-1]
    openers = [
        a
        for a, _ in _find(data.predicate_openers, text, last_start, last_end, lang, bounds, opening=True)
        if a > last_start
    ]
    if len(pieces) < 2 or not openers:
        return texts
    subject, predicate = _units(text[last_start : openers[0]]), text[openers[0] : last_end]
    for i, (a, b) in enumerate(pieces[:-1]):
        own = _find(data.predicate_openers, text, a, b, lang, bounds, opening=True) or any(
            is_predicate_word(word, lang) for word in re.findall(r"[A-Za-z'-]+", texts[i])
        )
        if not own and _units(texts[i]) <= subject:
            space = " " if texts[i][-1].isascii() or predicate[0].isascii() else ""
            texts[i] = f"{texts[i]}{space}{predicate}"
    return texts


def _units(text: str) -> int:
    """Length of a phrase in ideographs and Latin words."""
    return len(re.findall(r"[\u3400-\u9fff]|[A-Za-z0-9]+", text))


#: a text's features (`_features`): its Latin words, lowered, and its runs of ideographs
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9'-]*")
_IDEOGRAPH_RUN = re.compile(r"[\u3400-\u9fff]+")


def lexical_similarity(a: str, b: str, lang: Lang) -> float:
    """Jaccard similarity of the two texts' features (see the module docstring)."""
    fa, fb = _features(a, lang), _features(b, lang)
    if not (fa and fb):
        return 0.0
    shared = len(fa & fb)
    return shared / (len(fa) + len(fb) - shared)  # the union's size, without building it


@per_document
def _features(text: str, lang: Lang) -> frozenset[str]:
    """A text's features, kept for the document being read (`argkg.ingest.memo`): each issue is
    compared with every antecedent of the text, and one document never speeds up another."""
    latin = _LATIN_WORD.findall(text.lower())
    if lang is Lang.EN:
        stop = set(_data(lang).stop_words)
        return frozenset(w.rstrip("s") if len(w) > 3 else w for w in latin if w not in stop)
    runs = _IDEOGRAPH_RUN.findall(text)
    return frozenset({run[i : i + 2] for run in runs for i in range(len(run) - 1)} | set(latin))


def restates(words: str, proposition: str, lang: Lang) -> bool:
    """Whether ``words`` restate ``proposition``: their similarity reaches ``lexical_threshold``."""
    return lexical_similarity(words, proposition, lang) >= _data(lang).lexical_threshold


def _restated(antecedent: str, issues: list[Issue], lang: Lang) -> int | None:
    threshold = _data(lang).lexical_threshold
    scored = [
        (lexical_similarity(antecedent, i.proposition, lang), k) for k, i in enumerate(issues) if i.debated
    ]
    best = max(scored, default=(0.0, -1))
    return best[1] if best[0] >= threshold else None


@component("argkg_conditionals")
class ConditionalComponent(Component):
    """spaCy component: the text's conditionals that have antecedents (``conditionals``)."""

    assigns = ("conditionals",)
    requires = ("blocks", "sentences", "issues")

    def find(self, parts: Parts) -> Parts:
        """Find the text's conditionals."""
        return filled(parts, conditionals=[c for c in find_conditionals(parts) if c.antecedents])
