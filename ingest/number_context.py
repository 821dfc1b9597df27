"""What surrounds a number in its text: clause bounds, cue words, hedges and the subject phrase.

`NumberContext` is built once per text by `argkg.ingest.numbers` and answers, for a number at
``text[start:end]``: which clause it sits in, which kind the nearest cue word gives it, whether a
hedge makes it approximate, and which few words say what it measures. Every word list comes from
the language's numbers data (`argkg.ingest.number_data.NumberData`).
"""

import logging
import re
from bisect import bisect_left, bisect_right

import jieba

from argkg.ingest.number_data import NumberData
from argkg.schema.vocabulary import EvidenceKind

__all__ = ["NumberContext", "ends_with", "starts_with"]

jieba.setLogLevel(logging.WARNING)


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


class NumberContext:
    """Clause and sentence bounds and cue positions of one text: what surrounds a number.

    Args:
        text: the text.
        data: the language's numbers data.
        cues: the compiled cue patterns, with the kind each gives.
    """

    def __init__(self, text: str, data: NumberData, cues: list[tuple[EvidenceKind, re.Pattern[str]]]) -> None:
        self.text, self.data = text, data
        sentence = [m.span() for m in re.finditer(data.sentence_breaks, text)]
        clause = sorted({*sentence, *(m.span() for m in re.finditer(data.clause_breaks, text))})
        self._sentence_ends = [b for _, b in sentence]
        self._clause_starts, self._clause_ends = [a for a, _ in clause], sorted(b for _, b in clause)
        self._cues = sorted((m.start(), m.end(), k) for k, pattern in cues for m in pattern.finditer(text))
        self._numbers: list[tuple[int, str]] = []

    def note_numbers(self, numbers: list[tuple[int, str]]) -> None:
        """Record the text's numbers as (end, unit): a cue in an earlier clause does not reach
        past a number in another unit (收入约为 20 亿元,足以增加一个数量级: 收入 is the yuan's)."""
        self._numbers = sorted(numbers)

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
        for a, b, kind in self._cues[bisect_left(self._cues, (sentence_start,)) :]:
            if a >= right:
                break
            if kind not in allowed or (start < b and a < end):
                continue
            if a >= end:
                near.append((a - end, kind))
            elif not after_only and b <= start and (a >= left or not self._crossed(b, start, unit)):
                (near if a >= left else earlier).append((start - b if a >= left else -b, kind))
        return min(near)[1] if near else (min(earlier)[1] if earlier else None)

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
        if not any(ends_with(before, b) for b in self.data.hedge_blockers) and any(
            ends_with(before, h) for h in self.data.hedges_before
        ):
            return True
        after = self.text[end : self.clause(start, end)[1]].lstrip()
        return any(starts_with(after, h) for h in self.data.hedges_after)

    def subject(self, start: int, end: int) -> str | None:
        """What the number measures: a few words after 的/of, else next to the number."""
        after = self.text[end : self.clause(start, end)[1]].lstrip()
        for word in self.data.hedges_after:
            if starts_with(after, word):
                after = after[len(word) :].lstrip()
        for word in self.data.of_words:
            if starts_with(after, word):
                return self._phrase(after[len(word) :], forward=True)
        before = self.before(start)
        for word in sorted([*self.data.hedges_before, *self.data.of_words], key=len, reverse=True):
            if ends_with(before, word):
                before = before[: -len(word)].rstrip()
        sides = [(before, False), (after, True)]
        for side, forward in reversed(sides) if self.data.subject_after_first else sides:
            phrase = self._phrase(side, forward=forward)
            if phrase:
                return phrase
        return None

    def _phrase(self, text: str, *, forward: bool) -> str | None:
        """The words next to the number up to a stop word, number or sign.

        Going backwards, stop words right before the number are skipped (已经 12 天: 已经).
        """
        stops = {w.lower() for w in self.data.subject_stops}
        words = [(w, a, b) for w, a, b in self._tokens(text) if w.strip()]
        kept: list[tuple[int, int]] = []
        for word, a, b in words if forward else reversed(words):
            if word.lower() in stops or not word[0].isalpha():
                if kept or forward:
                    break
                continue
            kept.append((a, b))
            if max(k[1] for k in kept) - min(k[0] for k in kept) >= self.data.subject_max_chars:
                break
        if not kept:
            return None
        return text[min(k[0] for k in kept) : max(k[1] for k in kept)].strip()

    def _tokens(self, text: str) -> list[tuple[str, int, int]]:
        if self.data.segmenter == "jieba":
            return [(w, a, b) for w, a, b in jieba.tokenize(text)]
        return [(m[0], m.start(), m.end()) for m in re.finditer(r"[A-Za-z0-9](?:[\w\-]|\.(?=\w))*|\S", text)]
