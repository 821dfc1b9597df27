"""Dialectical roles of sentences: who speaks (author or opponent) and which is the central claim.

Built for argumentative texts without headings or stance markers (a short essay, a letter):
per sentence, whether it voices the opponent's side (a reported objection "some say…", "有人
认为…"; a concession "admittedly…", "诚然…"; a statement the next sentence answers with "But…")
and a score in [0, 1] for being the author's central claim (cue words such as "therefore",
"should", "我认为", "所以", and a prior for the first and last sentence). A sentence that concedes
a clause and replies in the same breath ("Of course X, but Y"; "Although X, Y"; "Y, unless X")
keeps the reply as its role and marks the conceded clause.

Every cue, weight and threshold is data (``ingest/data/<lang>/dialectic.yaml``). Not checked:
irony, and opponents voiced without any cue and without a reply after them.
"""

import bisect
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from itertools import compress
from typing import Self

from pydantic import BaseModel, ConfigDict, Field, model_validator

from argkg.ingest.attribution import Attribution
from argkg.ingest.component import Component, component
from argkg.ingest.lexicon import load_data, one_of
from argkg.ingest.parts import Parts, filled
from argkg.ingest.prefilter import Prefiltered, ScreenedList
from argkg.ingest.spans import Span
from argkg.schema.vocabulary import Lang

__all__ = ["SentenceRole", "assess_sentences", "concedes", "DialecticComponent"]


class SentenceRole(Span):
    """The dialectical role of the sentence ``doc.text[start:end]``.

    Attributes:
        opponent: the sentence (its main part, outside the conceded clause) voices the
            opponent's side rather than the author's.
        central: how likely the sentence is the author's central claim, in [0, 1].
        concession_start, concession_end: a clause inside the sentence that is conceded to the
            opponent while the rest replies ("Of course X, but Y": X), or None.
    """

    opponent: bool
    central: float = Field(ge=0.0, le=1.0)
    concession_start: int | None = None
    concession_end: int | None = None

    @model_validator(mode="after")
    def _concession_inside(self) -> Self:
        if (self.concession_start is None) != (self.concession_end is None):
            raise ValueError("concession_start and concession_end must be given together")
        start, end = self.concession_start, self.concession_end
        if start is not None and end is not None and not self.start <= start < end <= self.end:
            raise ValueError("the concession must be a non-empty part of the sentence")
        return self


class _Cue(BaseModel):
    model_config = ConfigDict(extra="forbid")

    pattern: str
    weight: float


class _Rules(BaseModel):
    model_config = ConfigDict(extra="forbid")

    clause_marks: str
    contrast_splits: list[str]
    concession_openers: list[str]
    concession_leads: list[str] = []
    concession_trailers: list[str]
    opponent_cues: list[_Cue]
    reported_speech_cues: list[str]
    reported_speech_weight: float
    reply_openers: list[str]
    reply_penalty: float
    reply_weight: float
    answer_openers: list[str] = []
    grant_closers: list[str] = []
    threshold: float
    central_cues: list[_Cue]
    first_prior: float
    last_prior: float
    intro_last_prior: float = 0.0
    final_paragraph_prior: float = 0.0
    min_paragraphs: int = 3
    opponent_penalty: float
    bias: float


@dataclass(frozen=True)
class _Weighted:
    """Weighted cues, all searched in each sentence: screened together (`ScreenedList`)."""

    cues: ScreenedList
    weights: tuple[float, ...]

    def found(self, text: str) -> list[float]:
        """The weights of the cues found in ``text``, in the cues' order."""
        held = compress(zip(self.cues.patterns, self.weights, strict=True), self.cues.holding(text))
        return [weight for cue, weight in held if cue.pattern.search(text) is not None]


@dataclass(frozen=True)
class _Compiled:
    rules: _Rules
    contrast: tuple[re.Pattern[str], ...]
    openers: Prefiltered
    leads: tuple[re.Pattern[str], ...]
    trailers: tuple[re.Pattern[str], ...]
    opponent: _Weighted
    replies: Prefiltered
    answers: re.Pattern[str]
    grants: re.Pattern[str]
    central: _Weighted
    reported: tuple[str, ...]  # the reported-speech cues, casefolded


@cache
def _compiled(lang: Lang) -> _Compiled:
    rules = load_data("dialectic", _Rules, lang.value)

    def patterns(sources: list[str]) -> tuple[re.Pattern[str], ...]:
        return tuple(re.compile(source, re.IGNORECASE) for source in sources)

    # the cue lists asked only whether one of their cues occurs: one search of each sentence for
    # the whole list (`one_of`), which is not run on one that lacks every word the list needs
    def searched(sources: list[str]) -> Prefiltered:
        return Prefiltered(one_of(sources, re.IGNORECASE))

    def weighted(cues: list[_Cue]) -> _Weighted:
        screened = ScreenedList(Prefiltered(re.compile(cue.pattern, re.IGNORECASE)) for cue in cues)
        return _Weighted(screened, tuple(cue.weight for cue in cues))

    return _Compiled(
        rules=rules,
        contrast=patterns(rules.contrast_splits),
        openers=searched(rules.concession_openers),
        leads=patterns(rules.concession_leads),
        trailers=patterns(rules.concession_trailers),
        opponent=weighted(rules.opponent_cues),
        replies=searched(rules.reply_openers),
        answers=one_of(rules.answer_openers, re.IGNORECASE),
        grants=one_of(rules.grant_closers, re.IGNORECASE),
        central=weighted(rules.central_cues),
        reported=tuple(cue.casefold() for cue in rules.reported_speech_cues),
    )


@dataclass(frozen=True)
class _Parts:
    """A sentence split into its main part and the clause it concedes (if any)."""

    start: int
    end: int
    main: tuple[int, int]
    concession: tuple[int, int] | None


def assess_sentences(
    text: str,
    sentences: Sequence[tuple[int, int]],
    lang: Lang | str,
    *,
    attributions: Sequence[Attribution] = (),
) -> list[SentenceRole]:
    """Give each sentence its dialectical role.

    Args:
        text: the (normalised) text.
        sentences: the sentences' character spans, in text order.
        lang: the text's language.
        attributions: the text's reported speech (from `find_attributions`).

    Returns:
        One `SentenceRole` per sentence that has any non-space text, in the same order; its span
        is the sentence's without surrounding whitespace.
    """
    rules = _compiled(Lang(lang))
    parts = [p for p in (_split(text, start, end, rules) for start, end in sentences) if p is not None]
    priors = _paragraph_priors(text, parts, rules.rules)
    # where the speakers of reported speech with a reported-speech cue stand, in order: each
    # sentence asks whether one stands in its main part
    speakers = sorted(a.speaker_start for a in attributions if a.cue.casefold().endswith(rules.reported))
    mains = [_lead_trimmed(text, *part.main) for part in parts]
    whole = [_lead_trimmed(text, part.start, part.end) for part in parts]
    # each sentence's own score and whether it replies are read once: the score with the reply
    # that follows it and the score alone (`_answered_runs`) both start from them
    own = [_own_score(part, main, speakers, rules) for part, main in zip(parts, mains, strict=True)]
    replies = [rules.replies.search(sentence) is not None for sentence in whole]
    threshold, reply_weight = rules.rules.threshold, rules.rules.reply_weight
    opponents = [
        (
            score + reply_weight
            if not replied
            and part.concession is None
            and index + 1 < len(parts)
            and whole[index + 1]
            and replies[index + 1]
            else score
        )
        >= threshold
        for index, (part, (score, replied)) in enumerate(zip(parts, own, strict=True))
    ]
    voiced = [score >= threshold for score, _ in own]
    answered = _answered_runs(text, parts, whole, voiced, replies, rules)
    roles = []
    for index, part in enumerate(parts):
        opponent = opponents[index] or index in answered
        score = _central_score(mains[index], index, len(parts), opponent, rules, priors[index])
        roles.append(
            SentenceRole(
                start=part.start,
                end=part.end,
                opponent=opponent,
                central=score,
                concession_start=part.concession[0] if part.concession else None,
                concession_end=part.concession[1] if part.concession else None,
            )
        )
    return roles


def _split(text: str, start: int, end: int, rules: _Compiled) -> _Parts | None:
    """Trim the sentence and find its conceded clause: "X, but Y", "Although X, Y", "Y, unless X".

    An opening concession may follow a lead ("In conclusion, although X, Y"): the lead is
    neither conceded nor the reply.
    """
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start == end:
        return None
    sentence = text[start:end]
    for pattern in rules.contrast:
        match = pattern.search(sentence)
        if match and match.start() > 0:
            reply = start + _word_start(sentence, match.start())
            return _parts(text, start, end, main=(reply, end), concession=(start, start + match.start()))
    lead = max((m.end() for pattern in rules.leads if (m := pattern.match(sentence))), default=0)
    if rules.openers.search(sentence[lead:]) is not None:
        comma = max(sentence.rfind(mark) for mark in rules.rules.clause_marks)
        if comma > lead:
            reply = start + _word_start(sentence, comma)
            return _parts(text, start, end, main=(reply, end), concession=(start + lead, start + comma))
    for pattern in rules.trailers:
        match = pattern.search(sentence)
        if match and match.start() > 0:
            conceded = start + _word_start(sentence, match.start())
            return _parts(text, start, end, main=(start, start + match.start()), concession=(conceded, end))
    return _Parts(start, end, (start, end), None)


def _word_start(sentence: str, index: int) -> int:
    """The first letter, digit or CJK character at or after ``index``."""
    while index < len(sentence) and not sentence[index].isalnum():
        index += 1
    return index


def _parts(text: str, start: int, end: int, *, main: tuple[int, int], concession: tuple[int, int]) -> _Parts:
    """Build parts, dropping a concession that has no words or leaves no main part."""
    c_start, c_end = concession
    while c_end > c_start and not text[c_end - 1].isalnum():
        c_end -= 1
    if c_end <= c_start or main[0] >= main[1] or not any(map(str.isalnum, text[main[0] : main[1]])):
        return _Parts(start, end, (start, end), None)
    return _Parts(start, end, main, (c_start, c_end))


def _lead_trimmed(text: str, start: int, end: int) -> str:
    """The text of a span without leading punctuation, quotes, bullets or spaces."""
    index = start
    while index < end and not text[index].isalnum():
        index += 1
    return text[index:end]


def concedes(sentence: str, lang: Lang) -> bool:
    """Whether ``sentence`` carries a cue of its own that it voices or grants the opponent's side
    ("Of course…", "这种担心有它的道理", "critics say"), beside reported speech."""
    return bool(_compiled(lang).opponent.found(sentence.strip()))


def _own_score(part: _Parts, main: str, speakers: Sequence[int], rules: _Compiled) -> tuple[float, bool]:
    """How much the sentence voices the opponent by itself: its cues' weights, reported speech
    whose speaker stands in its main part (``speakers``: the speakers' offsets in order), less a
    reply in its main part; and whether its main part replies. A sentence whose main part does
    not reply but is followed by a reply weighs ``reply_weight`` more (`assess_sentences`)."""
    cfg = rules.rules
    score = sum(rules.opponent.found(main))
    first = bisect.bisect_left(speakers, part.main[0])
    if first < len(speakers) and speakers[first] < part.main[1]:
        score += cfg.reported_speech_weight
    replied = rules.replies.search(main) is not None
    if replied:
        score += cfg.reply_penalty
    return score, replied


_LINE_BREAK = re.compile("\n")


def _answered_runs(
    text: str,
    parts: Sequence[_Parts],
    sentences: Sequence[str],
    voiced: Sequence[bool],
    replies: Sequence[bool],
    rules: _Compiled,
) -> set[int]:
    """The sentences that state a case the author answers after them, beyond the one just before
    a reply.

    An objection the author voices ("Many of you worry that X.") runs on over the sentences
    that back it up ("The pews have been here since 1874.") until the author replies ("Yet…")
    in the same paragraph; a voice that follows first starts a case of its own, and what stood
    between was the author's answer to the one before. A paragraph that the next one opens by
    answering ("Response: We disagree.", "This is a fair point.", "It is not.") states the
    other side throughout (a referee's comment, a parishioner's worry quoted in full). A
    sentence that grants what came before by pointing back to it ("这些我都承认", "I grant all
    that") concedes the sentences before it in its paragraph.

    ``voiced``: whether each sentence voices the opponent by itself; ``replies``: whether each
    of ``sentences`` (whole, lead trimmed) replies.
    """
    paragraphs = _paragraphs(text, [part.start for part in parts])
    found: set[int] = set()
    plain = [not cued and not reply for cued, reply in zip(voiced, replies, strict=True)]
    for start in (i for i, cued in enumerate(voiced) if cued and not replies[i]):
        end = start + 1
        while end < len(parts) and paragraphs[end] == paragraphs[start] and plain[end]:
            end += 1
        # the reply may open the next paragraph ("Credit where it's due: X. Y." / "But…")
        if end < len(parts) and paragraphs[end] - paragraphs[start] <= 1 and replies[end]:
            found.update(range(start, end))
    for end in (i for i, sentence in enumerate(sentences) if rules.grants.search(sentence) is not None):
        # "X. Y. 这些我都承认。": what the grant points back to, up to its paragraph's start or the
        # last voice or reply before it
        start = end
        while start > 0 and paragraphs[start - 1] == paragraphs[end] and plain[start - 1]:
            start -= 1
        found.update(range(start, end))
    for index in range(1, len(parts)):
        opening = paragraphs[index] != paragraphs[index - 1]
        if opening and rules.answers.search(sentences[index]) is not None:
            found.update(i for i in range(index) if paragraphs[i] == paragraphs[index - 1])
    return found


def _paragraphs(text: str, offsets: Sequence[int]) -> list[int]:
    """The number of the paragraph each offset lies in: text between blank lines, or between
    line breaks in a text without blank lines."""
    breaks = [m.end() for m in re.finditer(r"\n[ \t]*\n" if re.search(r"\n[ \t]*\n", text) else r"\n", text)]
    return [bisect.bisect_right(breaks, offset) for offset in offsets]


def _paragraph_priors(text: str, parts: Sequence[_Parts], cfg: _Rules) -> list[float]:
    """Essay-shape priors: the intro's last sentence and the final paragraph state the thesis.

    They apply only to a text of at least ``min_paragraphs`` paragraphs (lines with sentences);
    the first line is skipped when it holds a single sentence (a title).
    """
    breaks = [found.start() for found in _LINE_BREAK.finditer(text)]
    lines = [bisect.bisect_left(breaks, part.start) for part in parts]  # the line breaks before each
    numbers = sorted(set(lines))
    if numbers and lines.count(numbers[0]) == 1 and len(numbers) > 1:
        numbers = numbers[1:]
    priors = [0.0] * len(parts)
    if len(numbers) < cfg.min_paragraphs:
        return priors
    intro = [i for i, line in enumerate(lines) if line == numbers[0]]
    priors[intro[-1]] += cfg.intro_last_prior
    for i, line in enumerate(lines):
        if line == numbers[-1]:
            priors[i] += cfg.final_paragraph_prior
    return priors


def _central_score(
    main: str, index: int, count: int, opponent: bool, rules: _Compiled, prior: float = 0.0
) -> float:
    cfg = rules.rules
    score = cfg.bias + prior + sum(rules.central.found(main))
    if index == 0:
        score += cfg.first_prior
    if index == count - 1 and count > 1:
        score += cfg.last_prior
    if opponent:
        score += cfg.opponent_penalty
    return 1.0 / (1.0 + math.exp(-score))


@component("argkg_dialectic")
class DialecticComponent(Component):
    """spaCy component: each sentence's dialectical role (``dialectic``, a list of `SentenceRole`).

    Needs sentence boundaries (``doc.sents``, `Parts.sents`) and reads the attributions when the
    attribution component ran before it.
    """

    assigns = ("dialectic",)

    def find(self, parts: Parts) -> Parts:
        """Assess the role of each of the text's sentences."""
        roles = assess_sentences(parts.text, parts.sents, parts.lang, attributions=parts.attributions)
        return filled(parts, dialectic=roles)
