"""What surrounds a number in its text: clause bounds, cue words, hedges and the subject phrase.

`NumberContext` is built once per text by `argkg.ingest.numbers` and answers, for a number at
``text[start:end]``: which clause it sits in, which kind the nearest cue word gives it, whether a
hedge makes it approximate, and which few words say what it measures. Every word list comes from
the language's numbers data (`argkg.ingest.numbers.data.NumberData`).
"""

import logging
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import cache, cached_property
from typing import Literal, NamedTuple

import jieba
import jieba.posseg

from argkg.ingest import segment
from argkg.ingest.numbers.data import NumberData
from argkg.ingest.prefilter import Prefiltered
from argkg.schema.vocabulary import EvidenceKind

__all__ = ["NumberContext", "ends_with", "ends_with_any", "starts_with", "starts_with_any", "word_tag"]

jieba.setLogLevel(logging.WARNING)

# the rest of an advice word's clause up to a colon that opens what it advises (建议是：, advice:)
_INTRO = re.compile(r"[^，,。；;！？!?\n:：]{0,6}[:：]")


def word_tag(word: str) -> str:
    """The jieba dictionary's word class of a Chinese word ("" for others and unknown words)."""
    return str(jieba.posseg.dt.word_tag_tab.get(word, ""))


def ends_with(text: str, word: str) -> bool:
    """``text`` ends with ``word`` as a whole word (Latin words need a non-letter before)."""
    tail = text[-len(word) - 1 :]
    if not tail.lower().endswith(word.lower()):
        return False
    before = tail[: len(tail) - len(word)]
    return not (word[:1].isascii() and word[:1].isalpha() and before.isascii() and before.isalpha())


def starts_with(text: str, word: str) -> bool:
    """``text`` starts with ``word`` as a whole word."""
    head = text[: len(word) + 1]
    if not head.lower().startswith(word.lower()):
        return False
    after = head[len(word) :]
    return not (word[-1:].isascii() and word[-1:].isalpha() and after.isascii() and after.isalpha())


def ends_with_any(text: str, words: Sequence[str]) -> bool:
    """Whether ``text`` ends with one of ``words`` as a whole word (`ends_with`).

    Only the words whose last character, lower-cased, is the text's are tried (`_edges`): the
    lists are asked about every number, and most of their words cannot match.
    """
    edges = _edges(tuple(words), -1)
    return edges.empty or any(ends_with(text, w) for w in edges.by_key.get(text[-1:].lower()[-1:], ()))


def starts_with_any(text: str, words: Sequence[str]) -> bool:
    """Whether ``text`` starts with one of ``words`` as a whole word (`starts_with`); only the
    words whose first character, lower-cased, is the text's are tried."""
    edges = _edges(tuple(words), 0)
    return edges.empty or any(starts_with(text, w) for w in edges.by_key.get(text[:1].lower()[:1], ()))


class _Edges(NamedTuple):
    by_key: dict[str, tuple[str, ...]]  # the words by their first or last character, lower-cased
    empty: bool  # an empty word is among them (every text starts and ends with it)


@cache
def _edges(words: tuple[str, ...], edge: Literal[0, -1]) -> _Edges:
    """``words`` by their first (``edge`` 0) or last (-1) character once lower-cased, in order."""
    by_key: dict[str, tuple[str, ...]] = {}
    for word in words:
        if word:
            key = word.lower()[edge]
            by_key[key] = (*by_key.get(key, ()), word)
    return _Edges(by_key, not all(words))


class _Lowered(NamedTuple):
    """The subject rules' word lists, lower-cased into sets (each rule asked for every number)."""

    objects: frozenset[str]
    markers: frozenset[str]
    units: frozenset[str]  # the surfaces of units that are no counters
    determiners: frozenset[str]
    skips: frozenset[str]
    joiners: frozenset[str]
    measures: frozenset[str]


_Tables = tuple[set[str], list[tuple[str, str]], dict[str, list[tuple[str, str]]] | None, _Lowered]
#: what `_word_tables` built, per numbers data (kept with the data, so an id is never reused)
_TABLES: dict[int, tuple[NumberData, _Tables]] = {}


def _word_tables(data: NumberData) -> _Tables:
    """The word tables every `NumberContext` of ``data`` reads, built once per numbers data.

    They depend on the data alone, and a context is made for every text: the stop words, lower-
    cased; the words that may stand between a subject and its number, longest first, with their
    role; the same by the last character they end in once lower-cased, so that `_peel` tries only
    the words that can end a text (None when a word is empty: it could end any, so all are tried);
    the subject rules' other word lists as lower-cased sets (`_Lowered`).
    """
    kept = _TABLES.get(id(data))
    if kept is not None and kept[0] is data:
        return kept[1]
    lists = (data.subject_stops, data.of_words, data.subject_verbs, data.subject_object_verbs)
    stops = {w.lower() for words in lists for w in words}
    linking = (*data.hedge_links, *data.subject_links, *data.subject_skips, *data.hedges_before)
    roles = dict.fromkeys(linking, "")
    roles |= dict.fromkeys(data.subject_object_links, "object") | dict.fromkeys(data.subject_verbs, "verb")
    for word in data.of_words:
        roles.pop(word, None)
    peelable = sorted(roles.items(), key=lambda item: len(item[0]), reverse=True)
    by_last: dict[str, list[tuple[str, str]]] | None = None
    if all(word for word, _ in peelable):
        by_last = {}
        for word, role in peelable:
            by_last.setdefault(word.lower()[-1], []).append((word, role))
    lowered = _Lowered(
        objects=frozenset(w.lower() for w in data.subject_object_verbs),
        markers=frozenset(w.lower() for w in data.subject_markers),
        units=frozenset(s.lower() for u in data.units if not u.counter for s in u.surfaces),
        determiners=frozenset(w.lower() for w in data.subject_determiners),
        skips=frozenset(w.lower() for w in data.subject_skips),
        joiners=frozenset(w.lower() for w in data.subject_joiners),
        measures=frozenset(w.lower() for w in data.subject_measure_nouns),
    )
    _TABLES[id(data)] = (data, (stops, peelable, by_last, lowered))
    return stops, peelable, by_last, lowered


#: a token of `NumberContext._tokens`: a Latin word or number, a run of ideographs, any other sign
_TOKEN = re.compile(r"[A-Za-z0-9](?:[\w\-']|\.(?=\w))*|[\u3400-\u9fff]+|\S")


class NumberContext:
    """Clause and sentence bounds and cue positions of one text: what surrounds a number.

    Args:
        text: the text.
        data: the language's numbers data.
        cues: the compiled cue patterns, with the kind each gives.
        sentence_ends: where the text's sentences end, when the pipeline has split them
            (``doc._.argkg_sentences``); else the data's ``sentence_breaks`` split them here.
    """

    def __init__(
        self,
        text: str,
        data: NumberData,
        cues: list[tuple[EvidenceKind, Prefiltered]],
        sentence_ends: Sequence[int] | None = None,
    ) -> None:
        self.text, self.data = text, data
        if sentence_ends is None:
            sentence = [m.span() for m in re.finditer(data.sentence_breaks, text)]
        else:
            sentence = [(end, end) for end in sentence_ends]
        clause = sorted({*sentence, *(m.span() for m in re.finditer(data.clause_breaks, text))})
        self._sentence_ends = [b for _, b in sentence]
        self._clause_starts, self._clause_ends = [a for a, _ in clause], sorted(b for _, b in clause)
        self._cue_patterns = cues
        self._numbers: list[tuple[int, str]] = []
        self._stops, self._peelable, self._peelable_by_last, self._lowered = _word_tables(data)
        self._token_cache: dict[str, list[tuple[str, int, int]]] = {}  # text -> `_tokens` of it

    @cached_property
    def _cues(self) -> list[tuple[int, int, EvidenceKind]]:
        """Where each cue word stands in the text, with its kind: found on the first `kind` asked
        (most texts have no number whose kind the cues decide, and the search is costly)."""
        patterns, text = self._cue_patterns, self.text
        return sorted((m.start(), m.end(), k) for k, pattern in patterns for m in pattern.finditer(text))

    def note_numbers(self, numbers: list[tuple[int, str]]) -> None:
        """Record the text's numbers as (end, unit): a cue in an earlier clause does not reach
        past a number in another unit (收入约为 20 亿元,足以增加一个数量级: 收入 is the yuan's)."""
        self._numbers = sorted(numbers)

    def sentence(self, start: int) -> tuple[int, int]:
        """The sentence around ``start``: from the end of the one before to its own end."""
        i = bisect_right(self._sentence_ends, start)
        left = self._sentence_ends[i - 1] if i else 0
        return left, self._sentence_ends[i] if i < len(self._sentence_ends) else len(self.text)

    def clause(self, start: int, end: int) -> tuple[int, int]:
        """The clause around ``text[start:end]``: from the break before to the break after."""
        i = bisect_right(self._clause_ends, start)
        j = bisect_left(self._clause_starts, end)
        left = self._clause_ends[i - 1] if i else 0
        return left, self._clause_starts[j] if j < len(self._clause_starts) else len(self.text)

    def kind(
        self, start: int, end: int, allowed: list[EvidenceKind], *, unit: str = "", after_only: bool = False
    ) -> EvidenceKind | None:
        """The nearest allowed cue's kind in the clause, else the last one earlier in the sentence.

        An earlier clause's cue counts only when no number in another unit than ``unit`` stands
        between it and the number. With ``after_only``, only cues after the number, in its clause,
        count.
        """
        left, right = self.clause(start, end)
        i = bisect_right(self._sentence_ends, start)
        sentence_start = self._sentence_ends[i - 1] if i else 0
        near: list[tuple[int, EvidenceKind]] = []
        earlier: list[tuple[int, EvidenceKind]] = []
        found = self._cues
        for a, b, kind in found[bisect_left(found, (sentence_start,)) :]:
            if a >= right:
                break
            if kind not in allowed or (start < b and a < end):
                continue
            if a >= end:
                near.append((a - end, kind))
            elif not after_only and b <= start and (a >= left or not self._crossed(b, start, unit)):
                (near if a >= left else earlier).append((start - b if a >= left else -b, kind))
        return min(near)[1] if near else (min(earlier)[1] if earlier else None)

    def governed(
        self,
        start: int,
        end: int,
        words: re.Pattern[str],
        *,
        clause_before: bool,
        stops: re.Pattern[str] | None = None,
    ) -> bool:
        """Whether one of ``words`` stands in the number's sentence, or, with ``clause_before``,
        before it in its clause or in an earlier clause of its sentence when every clause from
        there holds a number (a list of amounts: 建议每周运动三次，每次半小时) or is the word's own
        (倡议：每天用手机不超过两小时) and no clause
        after the word holds one of ``stops`` before the number (坚持了6年的人: a result)."""
        if not clause_before:
            i = bisect_right(self._sentence_ends, start)
            left = self._sentence_ends[i - 1] if i else 0
            right = self._sentence_ends[i] if i < len(self._sentence_ends) else len(self.text)
            return words.search(self.text, left, right) is not None
        sentence_start = self.sentence(start)[0]
        if self._introduced(sentence_start, start, words, stops):
            return True
        left, stop = self.clause(start, end)[0], start
        while words.search(self.text, left, stop) is None:
            if left <= sentence_start or (stops is not None and stops.search(self.text, left, stop)):
                return False
            earlier = self.clause(left - 1, left - 1)[0]
            if earlier >= left:
                return False
            if not self._holds_number(earlier, left) and words.search(self.text, earlier, left) is None:
                return False
            left, stop = earlier, left
        return True

    def _introduced(
        self, left: int, start: int, words: re.Pattern[str], stops: re.Pattern[str] | None
    ) -> bool:
        """Whether one of ``words`` before ``start`` in its sentence ends its clause with a colon
        (我的建议是：先办次卡，连着去三个月; My advice: …): the rest of the sentence is what it says,
        clauses without a number included, unless a ``stops`` word after the colon reports a result."""
        for match in words.finditer(self.text, left, start):
            colon = _INTRO.match(self.text, match.end())
            if colon is not None and colon.end() <= start:
                return stops is None or stops.search(self.text, colon.end(), start) is None
        return False

    def _holds_number(self, left: int, right: int) -> bool:
        """Whether a number noted by `note_numbers` ends in ``text[left:right]``."""
        i = bisect_right(self._numbers, (left, "\uffff"))
        return i < len(self._numbers) and self._numbers[i][0] <= right

    def _crossed(self, cue_end: int, start: int, unit: str) -> bool:
        """Whether a number in another unit than ``unit`` ends between a cue and ``start``."""
        i = bisect_right(self._numbers, (cue_end, "\uffff"))
        j = bisect_right(self._numbers, (start, "\uffff"))
        return any(other != unit for _, other in self._numbers[i:j])

    def before(self, start: int) -> str:
        """Clause text before ``start`` without a trailing hedge and link word."""
        before = self.text[self.clause(start, start)[0] : start].rstrip()
        for link in self.data.hedge_links:
            if ends_with(before, link):
                before = before[: -len(link)].rstrip()
                break
        return before

    def hedged(self, start: int, end: int) -> bool:
        """Whether a hedge word stands right before or after the number."""
        before = self.before(start)
        if not ends_with_any(before, self.data.hedge_blockers) and ends_with_any(
            before, self.data.hedges_before
        ):
            return True
        after = self.text[end : self.clause(start, end)[1]].lstrip()
        return starts_with_any(after, self.data.hedges_after)

    def subject(self, start: int, end: int) -> str | None:
        """What the number at ``text[start:end]`` measures: a short noun phrase, or None.

        The rules, first match wins (their words come from the numbers data):

        1. the phrase after 的/of (3 倍的训练成本, 7% of GDP);
        2. the noun right after the number: after its unit in Chinese (15 亿吨二氧化碳排放),
           after a determiner and the number in English (a 70% chance, a 2023 survey);
        3. the noun phrase before a verb of change or level (productivity rose by 4%, 清理费用可能
           高达), or before a comparison or start marker (平均车速比收费前快了, fell from 5% to 4%),
           or the object of a verb before "by" (cut infections by 60%);
        4. the counted noun written as the number's unit (1,200 firms);
        5. the phrase before 的/of (收入的 8%).

        None when no rule applies: a wrong fragment is worse than no subject.
        """
        left, right = self.clause(start, end)
        after = self.text[end:right].lstrip()
        for word in self.data.hedges_after:
            if starts_with(after, word):
                after = after[len(word) :].lstrip()
        for word in self.data.of_words:
            phrase = self._forward(after[len(word) :]) if starts_with(after, word) else None
            if phrase:
                return phrase
        before = self.text[left:start].rstrip()
        determiners = self.data.subject_determiners
        if not determiners or ends_with_any(before, determiners):
            noun = self._forward(after if determiners else self.text[end:right])
            if noun:
                return noun
        return (
            self._before_verb(before, self.text[start:end])
            or self._counted(start, end)
            or self._before_of(before)
        )

    def _before_verb(self, before: str, surface: str) -> str | None:
        """Rule 3: the subject of a verb of change or level, or the object of a verb before "by"."""
        rest, verb, link = self._peel(before)
        verb = verb or starts_with_any(surface, self.data.subject_verbs)
        if not verb and link:
            words = self._words(rest)
            phrase = self._backward(rest)
            if phrase and len(words) > len(phrase.split()):
                previous = self._words(rest[: rest.rindex(phrase)])[-1:]
                objects = self._lowered.objects
                if previous and previous[0].lower() in objects:
                    return phrase
            return None
        if not verb:
            return None
        cut = self._marker(rest)
        return self._backward(rest if cut is None else self._peel(rest[:cut])[0])

    def _peel(self, before: str) -> tuple[str, bool, bool]:
        """Strip links, skips, hedges and verbs from the end of ``before``, then an adverbial.

        Returns the rest, whether a verb was stripped and whether an object link ("by") was.
        """
        starts = {a for _, a, _ in self._tokens(before)}
        verb = link = False
        stripped = True
        while stripped:
            stripped = False
            for word, role in self._peelable_ending(before):
                cut = len(before) - len(word)
                if ends_with(before, word) and (len(word) > 1 or cut in starts):
                    before, stripped = before[:cut].rstrip(), True
                    verb, link = verb or role == "verb", link or (role == "object" and not verb)
                    break
        for pattern in self.data.subject_adjuncts:  # 车辆在第一年减少: but not 即便在用户数量增加
            shorter = re.sub(pattern, "", before).rstrip()
            if shorter != before and self._backward(shorter):
                before = shorter
        return before, verb, link

    def _peelable_ending(self, text: str) -> list[tuple[str, str]]:
        """The peelable words that may end ``text`` (`ends_with`), longest first.

        The last character decides, lower-cased alone, except a capital sigma, whose lower case
        depends on what precedes it: then every word is a candidate.
        """
        last = text[-1:]
        if self._peelable_by_last is None or last == "\u03a3":
            return self._peelable
        return self._peelable_by_last.get(last.lower()[-1:], [])

    def _marker(self, text: str) -> int | None:
        """Where the last comparison or start marker of ``text`` stands, if what follows is short."""
        markers = self._lowered.markers
        for word, a, _ in reversed(self._tokens(text)):
            if word.lower() in markers:
                return a if len(text) - a <= self.data.subject_max_chars else None
        return None

    def _counted(self, start: int, end: int) -> str | None:
        """Rule 4: the counted noun an English number carries as its unit (1,200 firms)."""
        words = self._words(self.text[start:end])
        if not self.data.count_noun or len(words) < 2:
            return None
        noun = words[-1]
        units = self._lowered.units
        if re.fullmatch(self.data.count_noun, noun) and noun.lower() not in units:
            return noun
        return None

    def _before_of(self, before: str) -> str | None:
        """Rule 5: the phrase before 的/of right before the number (本国 GDP 的 2%)."""
        for word in self.data.hedges_before:
            if ends_with(before, word):
                before = before[: -len(word)].rstrip()
        for word in self.data.of_words:
            if ends_with(before, word):
                return self._backward(before[: -len(word)].rstrip())
        return None

    def _forward(self, text: str) -> str | None:
        """The noun phrase at the start of ``text``: content words up to a stop, verb or sign.

        A Chinese verb ends the phrase unless the clause ends right after it (二氧化碳排放。).
        """
        kept: list[tuple[str, int, int]] = []
        tokens = [t for t in self._tokens(text) if t[0].strip()]
        determiners = self._lowered.determiners
        for i, (word, a, b) in enumerate(tokens):
            if not kept and word.lower() in determiners:
                continue
            if self._stop(word) or len(kept) >= self.data.subject_max_words:
                break
            verb = self._tag(word).startswith("v") and self._tag(word) != "vn"
            if verb and (not kept or (i + 1 < len(tokens) and tokens[i + 1][0][0].isalpha())):
                break
            kept.append((word, a, b))
        else:
            return self._span(text, kept)
        if self._tag(word) in self.data.subject_locative_tags:  # 十倍的条件下: an adverbial
            return None
        return self._span(text, kept)

    def _backward(self, text: str) -> str | None:
        """The noun phrase at the end of ``text``, without its leading determiner.

        Chinese: content words back to a stop word, 的 or tagged function word (the head after 的
        stays: 市中心的平均车速 → 平均车速). English: across "the" after a preposition or an
        -ing word (speeds in the centre), cut at the first preposition unless the head is a
        measure noun (number of cars).
        """
        tokens = [t for t in self._tokens(text) if t[0].strip()]
        skips = self._lowered.skips
        while tokens and (tokens[-1][0].lower() in skips or self._tag(tokens[-1][0]) == "d"):
            tokens.pop()
        determiners = self._lowered.determiners
        joiners = self._lowered.joiners
        kept: list[tuple[str, int, int]] = []
        for i in range(len(tokens) - 1, -1, -1):
            word = tokens[i][0].lower()
            previous = tokens[i - 1][0].lower() if i else ""
            if word in determiners:
                if kept and (previous in joiners or previous.endswith("ing")):
                    kept.insert(0, tokens[i])
                    continue
                break
            if word in joiners and kept:
                kept.insert(0, tokens[i])
                continue
            if self._stop(word) or (kept and len(word) == 1 and self._tag(word) == "v"):
                break
            kept.insert(0, tokens[i])
        return self._span(text, self._head(kept, joiners | determiners))

    def _head(self, kept: list[tuple[str, int, int]], cuts: frozenset[str]) -> list[tuple[str, int, int]]:
        """The words before the first preposition or -ing word (but a measure noun keeps its of)."""
        while kept and kept[0][0].lower() in cuts:
            kept = kept[1:]
        measures = self._lowered.measures
        for i in range(1, len(kept)):
            word = kept[i][0].lower()
            if word in cuts or (word.endswith("ing") and word.isascii()):
                if word in self.data.of_words and kept[i - 1][0].lower() in measures:
                    continue
                return kept[:i]
        return kept[-self.data.subject_max_words :]

    def _span(self, text: str, kept: list[tuple[str, int, int]]) -> str | None:
        if not kept:
            return None
        phrase = text[kept[0][1] : kept[-1][2]].strip()
        return phrase if len(phrase) <= self.data.subject_max_chars else None

    def _stop(self, word: str) -> bool:
        """A stop word, a tagged function word or a sign or number: never part of a subject."""
        return (
            word.lower() in self._stops
            or not word[0].isalpha()
            or self._tag(word) in self.data.subject_stop_tags
        )

    def _tag(self, word: str) -> str:
        """The jieba dictionary's word class of a Chinese word ("" for others and unknown words)."""
        return word_tag(word) if self.data.segmenter == "jieba" else ""

    def _words(self, text: str) -> list[str]:
        return [w for w, _, _ in self._tokens(text) if w.strip()]

    def _tokens(self, text: str) -> list[tuple[str, int, int]]:
        """Words with offsets: Latin words and numbers whole, Chinese runs segmented by jieba.

        Kept per text (never changed by the callers): a number's subject reads the words before
        it several times (`_peel`, `_backward`, `_marker`), and numbers of one clause share them.
        """
        kept = self._token_cache.get(text)
        if kept is None:
            kept = self._token_cache[text] = self._read_tokens(text)
        return kept

    def _read_tokens(self, text: str) -> list[tuple[str, int, int]]:
        tokens: list[tuple[str, int, int]] = []
        jieba_cut = self.data.segmenter == "jieba"
        for match in _TOKEN.finditer(text):
            if jieba_cut and "\u3400" <= match[0][0] <= "\u9fff":
                at = match.start()
                tokens += [(w, at + a, at + b) for w, a, b in segment.tokenize(match[0])]
            else:
                tokens.append((match[0], match.start(), match.end()))
        return self._compounds(tokens)

    def _compounds(self, tokens: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
        """Join neighbouring tokens that make one of the data's ``subject_words``."""
        out: list[tuple[str, int, int]] = []
        for word, a, b in tokens:
            if out and out[-1][2] == a and out[-1][0] + word in self.data.subject_words:
                out[-1] = (out[-1][0] + word, out[-1][1], b)
            else:
                out.append((word, a, b))
        return out
