"""What a statement among the author's conclusions does: judge, frame, report or qualify.

A conclusion section holds more than judgements. Before a sentence becomes a `Conclusion`,
`statement_kind` sorts it, with the cue lists of ``ingest/data/<lang>/conclusions.yaml``
(``statements``), in this order:

1. ``caveat``: it hedges a judgement already made: an anaphoric reference to it ("上述判断",
   "these estimates") and a word of doubt ("有误", "may be wrong"), and no probability of
   its own. It becomes a note that annotates the conclusions it qualifies.
2. ``judgement``: it carries a first-person judgement cue ("我认为", "I estimate").
3. ``framing``: it opens with a framing phrase ("值得一提的是", "It should be noted that") or
   only announces what follows ("我想谈谈…", "I want to share my view", with nothing after a
   colon). It becomes a neutral background claim.
4. ``reported``: hearsay ("据说", "reportedly") or reported speech (`argkg.ingest.attribution`)
   whose speaker phrase stands in the sentence and is not the essay's principal speaker, nor the
   writer naming itself (``self_reference``: "本委员会认为X", "This Panel considers X": a deciding
   body's own judgement). It becomes a neutral background claim.
5. ``judgement`` otherwise.

The *principal speaker* is the essay's author or subject: the name on a byline ("作者: X",
"By X"), else the named speaker with the most attributions (at least two, no tie). What the
principal says counts as the author's own voice: "X 估计房价上涨的概率是 60%" is a judgement
(a conclusion with credence 0.6) when X is the principal, reported background otherwise.
"""

import re
from collections import Counter
from collections.abc import Collection, Sequence
from enum import StrEnum
from functools import cache

from pydantic import BaseModel, ConfigDict

from argkg.ingest.attribution import Attribution
from argkg.ingest.entities import entity_key
from argkg.ingest.lexicon import alternation
from argkg.ingest.spans import Block, Span
from argkg.schema.vocabulary import EntityType, Lang

__all__ = [
    "StatementKind",
    "StatementCues",
    "cue_pattern",
    "principal_speaker",
    "is_principal",
    "is_caveat",
    "said_after_colon",
    "statement_kind",
]

#: A colon, ASCII or full-width (the text keeps the width it was written in).
_COLON = re.compile("[:：]")


class StatementKind(StrEnum):
    """What a statement does among the author's conclusions."""

    JUDGEMENT = "judgement"
    FRAMING = "framing"
    REPORTED = "reported"
    CAVEAT = "caveat"


class StatementCues(BaseModel):
    """The ``statements`` part of ``conclusions.yaml`` (see the file's comments)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    framing: tuple[str, ...]
    announce: tuple[str, ...]
    hearsay: tuple[str, ...]
    caveat_refs: tuple[str, ...]
    caveat_doubts: tuple[str, ...]
    byline: str
    self_reference: str = r"(?!)"


def cue_pattern(words: Sequence[str], lang: Lang, *, opening: bool = False) -> re.Pattern[str]:
    """A pattern for any of ``words``: anywhere, or with ``opening`` at the start only.

    English cues stand as whole words and match case-insensitively; an opening cue may follow
    spaces and list or emphasis marks. Built once per word list, language and ``opening``: the
    callers ask again for every sentence, and building the alternation (sorting, escaping) each
    time was a twentieth of a Chinese text's extraction.
    """
    return _cue_pattern(tuple(words), lang, opening)


@cache
def _cue_pattern(words: tuple[str, ...], lang: Lang, opening: bool) -> re.Pattern[str]:
    """`cue_pattern`, kept per word list (the lexicons' lists: few and fixed)."""
    head = r"^[\s*_•]*" if opening else ""
    return re.compile(
        f"{head}(?:{alternation(words, ignore_case=lang is Lang.EN)})",
        re.IGNORECASE if lang is Lang.EN else 0,
    )


@cache
def _patterns(cues: StatementCues, lang: Lang) -> dict[str, re.Pattern[str]]:
    return {
        "framing": cue_pattern(cues.framing, lang, opening=True),
        "announce": cue_pattern(cues.announce, lang),
        "hearsay": cue_pattern(cues.hearsay, lang),
        "refs": cue_pattern(cues.caveat_refs, lang),
        "doubts": cue_pattern(cues.caveat_doubts, lang),
        "itself": re.compile(cues.self_reference, re.IGNORECASE if lang is Lang.EN else 0),
    }


def principal_speaker(
    text: str,
    blocks: Sequence[Block],
    attributions: Sequence[Attribution],
    cues: StatementCues,
    names: Collection[str] = (),
) -> str | None:
    """The essay's author or subject (see the module docstring), normalised; None if unknown.

    A speaker counts as named when an attribution types it (not ``other``) or when it is one of
    ``names``, the names of the entities the text mentions.
    """
    byline = re.compile(cues.byline)
    for block in blocks:
        found = byline.match(text[block.start : block.end].strip())
        if found and found.group("name").strip():
            return entity_key(found.group("name"))
    named = {entity_key(n) for n in names} | {
        entity_key(a.speaker) for a in attributions if a.speaker_type is not EntityType.OTHER
    }
    counts = Counter(key for a in attributions if (key := entity_key(a.speaker)) in named)
    ranked = counts.most_common(2)
    if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[1][1] < ranked[0][1]):
        return ranked[0][0]
    return None


def is_principal(speaker: str, principal: str | None) -> bool:
    """Whether ``speaker`` names the principal (one name holds the other: "Ada" in "Ada Byron")."""
    key = entity_key(speaker)
    return principal is not None and bool(key) and (key in principal or principal in key)


def is_caveat(words: str, lang: Lang, cues: StatementCues) -> bool:
    """Whether a statement hedges a judgement already made (reference and doubt words)."""
    found = _patterns(cues, lang)
    return bool(found["refs"].search(words) and found["doubts"].search(words))


def statement_kind(
    text: str,
    sentence: Span,
    lang: Lang,
    cues: StatementCues,
    *,
    judged: bool,
    credence: float | None,
    attributions: Sequence[Attribution] = (),
    principal: str | None = None,
) -> StatementKind:
    """Sort one statement (see the module docstring).

    Args:
        text: the normalised text.
        sentence: the statement's span.
        lang: the text's language.
        cues: the language's statement cues.
        judged: the statement carries a first-person judgement cue outside quotation marks.
        credence: the probability it states, or None.
        attributions: the text's reported speech.
        principal: the principal speaker (`principal_speaker`).

    Returns:
        What the statement does.
    """
    words = text[sentence.start : sentence.end]
    found = _patterns(cues, lang)
    if credence is None and is_caveat(words, lang, cues):
        return StatementKind.CAVEAT
    if judged:
        return StatementKind.JUDGEMENT
    announced = found["announce"].search(words)
    if found["framing"].match(words) or (announced and not said_after_colon(words, announced.end())):
        return StatementKind.FRAMING
    reported = any(
        sentence.start <= a.speaker_start < sentence.end
        and not is_principal(a.speaker, principal)
        and found["itself"].fullmatch(a.speaker.strip()) is None
        for a in attributions
    )
    if reported or found["hearsay"].search(words):
        return StatementKind.REPORTED
    return StatementKind.JUDGEMENT


def said_after_colon(words: str, start: int) -> bool:
    """Whether a colon after ``start`` is followed by words (the announcement says something), an
    ASCII colon or a full-width one ("研究以下措施：一是X")."""
    colon = _COLON.search(words, start)
    return colon is not None and any(map(str.isalnum, words[colon.end() :]))
