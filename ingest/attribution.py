"""Reported speech: which statements the text gives to someone other than its author.

Finds "X 说/指出/认为 S", "据 X 报道, S", "根据 X 的研究, S", "X said/argues (that) S",
"S, X said", "according to X, S" and quotes “S” given to a speaker. The cue words, the
first-person and indefinite speakers that are skipped ("我认为", "有人说", "some say") and the
limits are data (``ingest/data/<lang>/attribution.yaml``).

A pronoun speaker (他, she) is resolved to the nearest person mentioned shortly before it, when
the entity mentions are given; otherwise it is skipped. Not checked: whether the speaker phrase
is really a noun phrase (no parser); a statement runs to the end of its sentence or quote.
"""

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from operator import itemgetter
from typing import NamedTuple

import spacy
from pydantic import BaseModel, ConfigDict, Field

from argkg.ingest import segment
from argkg.ingest.component import Component, component
from argkg.ingest.entities import EntityMention
from argkg.ingest.lexicon import load_data, longest_first
from argkg.ingest.parts import Parts, filled
from argkg.ingest.spans import Span
from argkg.schema.vocabulary import EntityType, Lang

__all__ = ["Attribution", "find_attributions", "AttributionComponent"]


class Attribution(Span):
    """``doc.text[start:end]`` is reported speech of ``speaker``.

    Attributes:
        speaker: who says it: an entity's display name when the speaker phrase names one (or a
            pronoun that refers to one), else the speaker phrase as written.
        speaker_type: the speaker entity's type (a person for a resolved pronoun; ``other`` for
            a speaker phrase that names no known entity, "反对者", "my parents").
        speaker_start, speaker_end: where the speaker phrase (or pronoun) stands.
        cue: the reporting word as written ("说", "argues", "according to").
    """

    speaker: str = Field(min_length=1)
    speaker_type: EntityType
    speaker_start: int = Field(ge=0)
    speaker_end: int = Field(gt=0)
    cue: str = Field(min_length=1)


class _Cues(BaseModel):
    model_config = ConfigDict(extra="forbid")

    verbs: list[str]
    pause_verbs: list[str]
    speaker_heads: list[str]
    blockers: list[str]
    passive_markers: list[str]
    after_verb: list[str]
    adverbs: list[str]
    boundaries: list[str]
    addressee_markers: list[str]
    first_person: list[str]
    pronouns: list[str]
    indefinite: list[str]
    source_openers: list[str]
    source_verbs: list[str]
    source_of_openers: list[str]
    source_nouns: list[str]
    source_of: str | None
    according: list[str]
    max_speaker: int = Field(gt=0)
    pronoun_window: int = Field(gt=0)
    min_statement: int = Field(ge=1)
    quotes: list[str]
    pauses: str
    sentence_end: str
    token_pattern: str | None


class _Tok(NamedTuple):
    """One word of a sentence (a tuple: made for every token of the text, so made cheaply)."""

    start: int
    end: int
    text: str
    key: str


@dataclass(frozen=True)
class _Speaker:
    start: int
    end: int
    name: str
    type: EntityType


@dataclass(frozen=True)
class _Context:
    """One sentence, its tokens, and what the matchers need to know about the document."""

    lang: Lang
    cues: _Cues
    text: str
    start: int
    end: int
    tokens: list[_Tok]
    entities: Sequence[EntityMention]


@cache
def _cues(lang: Lang) -> _Cues:
    return load_data("attribution", _Cues, lang.value)


def find_attributions(
    text: str,
    lang: Lang | str,
    *,
    entities: Sequence[EntityMention] = (),
    tokens: Sequence[tuple[int, int]] | None = None,
    sentences: Sequence[tuple[int, int]] | None = None,
) -> list[Attribution]:
    """Find the reported speech in ``text``.

    Args:
        text: the (normalised) text.
        lang: its language.
        entities: the entity mentions of ``text`` (to name speakers and resolve pronouns).
        tokens: the spans of ``text``'s words as the pipeline's jieba segmenter cut them, in
            order; for a language without a ``token_pattern`` they spare segmenting each
            sentence again (jieba cuts at punctuation, so the words are the same). None: segment
            here.
        sentences: the spans of ``text``'s sentences as the pipeline split them, in order (a
            statement runs at most to the end of its sentence). None: split here at the cues'
            ``sentence_end``.

    Returns:
        The attributions in text order; at most one per statement span and speaker.
    """
    lang = Lang(lang)
    cues = _cues(lang)
    segmented = tokens if tokens is not None and cues.token_pattern is None else None
    starts = list(map(itemgetter(0), segmented or ()))
    hint = _hint(lang)
    found: dict[tuple[int, int, int], Attribution] = {}
    for start, end in _sentences(text, cues) if sentences is None else sentences:
        if hint.search(text[start:end].casefold()) is None:
            continue  # no word that could begin a cue: no attribution (see `_hint`)
        if segmented is None:
            words = _tokenize(text, start, end, lang)
        else:
            words = _words(text, segmented[bisect_left(starts, start) : bisect_left(starts, end)])
        context = _Context(lang, cues, text, start, end, words, entities)
        for attribution in (*_verb_attributions(context), *_source_attributions(context)):
            found.setdefault((attribution.start, attribution.end, attribution.speaker_start), attribution)
    return sorted(found.values(), key=lambda a: (a.start, a.speaker_start))


def _sentences(text: str, cues: _Cues) -> Iterator[tuple[int, int]]:
    start = 0
    for match in re.finditer(cues.sentence_end, text):
        if text[start : match.end()].strip():
            yield start, match.end()
        start = match.end()
    if text[start:].strip():
        yield start, len(text)


def _tokenize(text: str, start: int, end: int, lang: Lang) -> list[_Tok]:
    """The words of ``text[start:end]``: the language's ``token_pattern``, else jieba."""
    piece = text[start:end]
    pattern = _cues(lang).token_pattern
    if pattern is None:
        spans = ((start + s, start + e) for _, s, e in segment.tokenize(piece))
    else:
        spans = ((start + m.start(), start + m.end()) for m in re.finditer(pattern, piece))
    return _words(text, spans)


def _words(text: str, spans: Iterable[tuple[int, int]]) -> list[_Tok]:
    """The tokens at ``spans`` of ``text``, blanks left out (each made by the tuple constructor
    itself, without the Python-level ``__new__`` a named tuple adds: a token per word)."""
    return [_new_tok(_Tok, (s, e, word, word.casefold())) for s, e in spans if (word := text[s:e]).strip()]


_new_tok = tuple.__new__


def _is_word(token: _Tok) -> bool:
    return any(map(str.isalnum, token.text))


def _verb_attributions(ctx: _Context) -> Iterator[Attribution]:
    """ "X <verb> S", "S, X <verb>" and “S” X <verb>."""
    for index, token in enumerate(ctx.tokens):
        verb = _reporting_verb(ctx, token.key)
        if verb is None:
            continue
        following = ctx.text[token.end : token.end + 1]
        if verb in ctx.cues.pause_verbs and not (following and following in _pauses(ctx)):
            continue
        if ctx.tokens[index + 1 : index + 2] and ctx.tokens[index + 1].key in ctx.cues.blockers:
            continue
        if index and ctx.tokens[index - 1].key in ctx.cues.passive_markers:
            continue
        speaker = _speaker_before(ctx, index)
        if speaker is not None:
            statement = _statement_after(ctx, index) or _statement_before(ctx, speaker[0])
        else:
            speaker = _speaker_after(ctx, index)
            statement = _statement_before(ctx, token.start) if speaker else None
        if speaker is None or statement is None:
            continue
        named = _name_speaker(ctx, *speaker, quoted=_is_quote(ctx, statement))
        if named is not None:
            yield _attribution(statement, named, token.text)


def _reporting_verb(ctx: _Context, word: str) -> str | None:
    """The reporting verb ``word`` is, or ends in after an adverb the segmenter joined to it (普遍认为).

    When several fit, the one listed first in the cues; looked up by the word's splits, not by
    trying every verb on every word.
    """
    return _verb_of(ctx.lang, word)


@lru_cache(maxsize=1 << 16)
def _verb_of(lang: Lang, word: str) -> str | None:
    """`_reporting_verb`, kept per word: every token of every sentence is looked up."""
    verbs, adverbs = _verb_order(lang), _adverbs(lang)
    found = [word] if word in verbs else []
    found += [word[i:] for i in range(1, len(word)) if word[i:] in verbs and word[:i] in adverbs]
    return min(found, key=verbs.__getitem__, default=None)


@cache
@cache
def _hint(lang: Lang) -> re.Pattern[str]:
    """What a sentence must contain, once case-folded, to hold an attribution.

    Every attribution starts at a word that is a reporting verb (or ends in one), the first word
    of an "according to" phrase, or a source opener; a word's key is its text case-folded, a
    piece of the case-folded sentence. A sentence without any of them is skipped before it is
    cut into words (most sentences; an empty cue would match every sentence).
    """
    cues = _cues(lang)
    firsts = [(phrase.split() or [""])[0] for phrase in cues.according]
    words = {*_verb_order(lang), *firsts, *cues.source_openers, *cues.source_of_openers}
    return re.compile("|".join(re.escape(word) for word in longest_first(words)))


def _verb_order(lang: Lang) -> dict[str, int]:
    """The reporting verbs (plain, then those that need a pause after them), by their rank."""
    cues = _cues(lang)
    order: dict[str, int] = {}
    for verb in (*cues.verbs, *cues.pause_verbs):
        order.setdefault(verb, len(order))
    return order


@cache
def _adverbs(lang: Lang) -> frozenset[str]:
    return frozenset(_cues(lang).adverbs)


def _pauses(ctx: _Context) -> str:
    return ctx.cues.pauses + "".join(pair[0] for pair in ctx.cues.quotes)


def _in_entity(ctx: _Context, token: _Tok) -> bool:
    return any(m.start <= token.start and token.end <= m.end for m in ctx.entities)


def _speaker_before(ctx: _Context, verb: int) -> tuple[int, int] | None:
    """The span of the phrase left of the verb (adverbs skipped), up to a boundary."""
    cues = ctx.cues
    last = verb - 1
    while last >= 0 and _skippable_adverb(ctx, ctx.tokens[last]):
        last -= 1
    first = last
    stops = set(cues.boundaries) | set(cues.verbs)
    while first - 1 >= 0:
        previous = ctx.tokens[first - 1]
        if previous.key in stops or _too_long(ctx, first - 1, last):
            break
        if not _is_word(previous) and not _in_entity(ctx, previous):
            break
        first -= 1
    if last < 0 or first > last or not _is_word(ctx.tokens[last]):
        return None
    for marker in range(first + 1, last + 1):
        if ctx.tokens[marker].key in cues.addressee_markers:
            last = marker - 1
            while last > first and _skippable_adverb(ctx, ctx.tokens[last]):
                last -= 1
            break
    if _too_long(ctx, first, last):
        return None
    return ctx.tokens[first].start, ctx.tokens[last].end


def _speaker_after(ctx: _Context, verb: int) -> tuple[int, int] | None:
    """For “S,” said X: the capitalised name between the verb and the end of the sentence."""
    rest = [t for t in ctx.tokens[verb + 1 :] if t.end <= _sentence_body_end(ctx)]
    if not rest or len(rest) > ctx.cues.max_speaker or not all(t.text[:1].isupper() for t in rest):
        return None
    return rest[0].start, rest[-1].end


def _is_quote(ctx: _Context, span: tuple[int, int]) -> bool:
    before, after = ctx.text[span[0] - 1 : span[0]], ctx.text[span[1] : span[1] + 1]
    return any(before == pair[0] and after == pair[1] for pair in ctx.cues.quotes)


def _skippable_adverb(ctx: _Context, token: _Tok) -> bool:
    if token.key in ctx.cues.adverbs:
        return True
    return ctx.lang is Lang.EN and token.key.endswith("ly") and len(token.key) > 4


def _too_long(ctx: _Context, first: int, last: int) -> bool:
    if ctx.lang is Lang.EN:
        return last - first + 1 > ctx.cues.max_speaker
    chars = sum(len(token.text.replace(" ", "")) for token in ctx.tokens[first : last + 1])
    return chars > ctx.cues.max_speaker


def _statement_after(ctx: _Context, verb: int) -> tuple[int, int] | None:
    """The statement right of the verb: a quote, or the rest of the sentence."""
    index = verb + 1
    while index < len(ctx.tokens) and (
        ctx.tokens[index].key in ctx.cues.after_verb
        or (ctx.lang is Lang.EN and _skippable_adverb(ctx, ctx.tokens[index]))
    ):
        index += 1
    if index >= len(ctx.tokens):
        return None
    quoted = _quote_at(ctx, ctx.tokens[index].start)
    span = quoted or (ctx.tokens[index].start, _sentence_body_end(ctx))
    return span if _long_enough(ctx, span) else None


def _statement_before(ctx: _Context, speaker_start: int) -> tuple[int, int] | None:
    """For "S, X said." / “S” X said: the statement left of the speaker, if the verb ends the clause."""
    head = ctx.text[ctx.start : speaker_start].rstrip()
    if not head or head[-1] not in ctx.cues.pauses + "".join(pair[1] for pair in ctx.cues.quotes):
        return None
    body = head.rstrip(ctx.cues.pauses + " ")
    for pair in ctx.cues.quotes:
        if body.endswith(pair[1]) and pair[0] in body[:-1]:
            open_at = ctx.start + body.rindex(pair[0], 0, len(body) - 1)
            span = (open_at + 1, ctx.start + len(body) - 1)
            return span if _long_enough(ctx, span) else None
    offset = len(ctx.text[ctx.start :]) - len(ctx.text[ctx.start :].lstrip())
    span = (ctx.start + offset, ctx.start + len(body))
    return span if span[0] < span[1] and _long_enough(ctx, span) else None


def _quote_at(ctx: _Context, position: int) -> tuple[int, int] | None:
    for pair in ctx.cues.quotes:
        if ctx.text.startswith(pair[0], position):
            close = ctx.text.find(pair[1], position + 1)
            if close > position + 1:
                return position + 1, close
    return None


def _sentence_body_end(ctx: _Context) -> int:
    end = ctx.end
    while end > ctx.start and not ctx.text[end - 1].isalnum():
        end -= 1
    return end


def _long_enough(ctx: _Context, span: tuple[int, int]) -> bool:
    words = [t for t in _tokenize(ctx.text, span[0], span[1], ctx.lang) if _is_word(t)]
    return len(words) >= ctx.cues.min_statement


def _name_speaker(ctx: _Context, start: int, end: int, *, quoted: bool = False) -> _Speaker | None:
    """Give the speaker phrase its name; None for the author, an unnamed or unresolved speaker.

    A phrase that names no known entity must end in a speaker head word (where the language
    lists them), unless it introduces a quote.
    """
    phrase = ctx.text[start:end].strip()
    key = phrase.casefold()
    cues = ctx.cues
    if key in cues.first_person or key in cues.indefinite:
        return None
    if ctx.lang is Lang.ZH and any(key.startswith(word) for word in cues.indefinite):
        return None
    if key in cues.pronouns:
        person = _antecedent(ctx, start)
        return _Speaker(start, end, person.name, EntityType.PERSON) if person else None
    if ctx.lang is Lang.EN and not _ends_in_content_word(ctx, start, end):
        return None
    for mention in ctx.entities:
        if (mention.start <= start and end <= mention.end) or (start <= mention.start and mention.end == end):
            return _Speaker(start, end, mention.name, mention.type)
    if cues.speaker_heads and not quoted and not phrase.endswith(tuple(cues.speaker_heads)):
        return None
    return _Speaker(start, end, phrase, EntityType.OTHER)


def _ends_in_content_word(ctx: _Context, start: int, end: int) -> bool:
    words = [t for t in _tokenize(ctx.text, start, end, ctx.lang) if _is_word(t)]
    if not words:
        return False
    last = re.split("['’]", words[-1].key)[0]
    closed = set(ctx.cues.first_person) | set(ctx.cues.indefinite) | _stop_words(ctx.lang)
    return last not in closed


@cache
def _stop_words(lang: Lang) -> frozenset[str]:
    return frozenset(spacy.util.get_lang_class(lang.value).Defaults.stop_words)


def _antecedent(ctx: _Context, before: int) -> EntityMention | None:
    people = [
        m
        for m in ctx.entities
        if m.type is EntityType.PERSON and m.end <= before and before - m.end <= ctx.cues.pronoun_window
    ]
    return max(people, key=lambda m: m.end) if people else None


def _attribution(statement: tuple[int, int], speaker: _Speaker, cue: str) -> Attribution:
    return Attribution(
        start=statement[0],
        end=statement[1],
        speaker=speaker.name,
        speaker_type=speaker.type,
        speaker_start=speaker.start,
        speaker_end=speaker.end,
        cue=cue,
    )


def _source_attributions(ctx: _Context) -> Iterator[Attribution]:
    """ "according to X, S", "据 X 报道, S", "根据 X 的研究, S"."""
    for index, token in enumerate(ctx.tokens):
        for phrase in ctx.cues.according:
            words = phrase.split()
            if [t.key for t in ctx.tokens[index : index + len(words)]] == words:
                yield from _according(ctx, index, len(words))
        if token.key in ctx.cues.source_openers:
            yield from _sourced(ctx, index, set(ctx.cues.source_verbs), of=False)
        if token.key in ctx.cues.source_of_openers:
            yield from _sourced(ctx, index, set(ctx.cues.source_nouns), of=True)


def _according(ctx: _Context, index: int, size: int) -> Iterator[Attribution]:
    cue_end = ctx.tokens[index + size - 1].end
    cue = ctx.text[ctx.tokens[index].start : cue_end]
    rest = ctx.tokens[index + size :]
    stops = set(ctx.cues.indefinite) | set(ctx.cues.pronouns) | set(ctx.cues.first_person)
    count = 0
    while (
        count < len(rest)
        and count < ctx.cues.max_speaker
        and _is_word(rest[count])
        and re.split("['’]", rest[count].key)[0] not in stops
    ):
        count += 1
    if count == 0:
        return
    speaker_span = (rest[0].start, rest[count - 1].end)
    speaker = _name_speaker(ctx, *speaker_span)
    if speaker is None:
        return
    if count == len(rest) or (not _is_word(rest[count]) and rest[count].end >= _sentence_body_end(ctx)):
        statement = _statement_before(ctx, ctx.tokens[index].start)
    else:
        after = (
            rest[count + 1] if rest[count].text in ctx.cues.pauses and count + 1 < len(rest) else rest[count]
        )
        statement = (after.start, _sentence_body_end(ctx))
        statement = statement if _long_enough(ctx, statement) else None
    if statement is not None:
        yield _attribution(statement, speaker, cue)


def _sourced(ctx: _Context, index: int, closers: set[str], *, of: bool) -> Iterator[Attribution]:
    """ "据 X <verb>, S" (``of`` False) or "根据 X 的 <noun>, S" (``of`` True)."""
    for close in range(index + 2, len(ctx.tokens)):
        token = ctx.tokens[close]
        if not _is_word(token) or _too_long(ctx, index + 1, close - 1):
            return
        if token.key not in closers or (of and ctx.tokens[close - 1].key != ctx.cues.source_of):
            continue
        last = close - 2 if of else close - 1
        if last <= index:
            return
        speaker = _name_speaker(ctx, ctx.tokens[index + 1].start, ctx.tokens[last].end)
        statement = _statement_after(ctx, close)
        if speaker is not None and statement is not None:
            yield _attribution(statement, speaker, ctx.text[ctx.tokens[index].start : token.end])
        return


@component("argkg_attribution")
class AttributionComponent(Component):
    """spaCy component: the text's reported speech (``attributions``, a list of `Attribution`).

    Reads the entities and the sentences when their components ran before it.
    """

    assigns = ("attributions",)

    def find(self, parts: Parts) -> Parts:
        """Find who says what in the text."""
        sentences = [(s.start, s.end) for s in parts.sentences] or None
        found = find_attributions(
            parts.text, parts.lang, entities=parts.entities, tokens=parts.tokens, sentences=sentences
        )
        return filled(parts, attributions=found)
