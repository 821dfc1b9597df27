"""Whether a whole text argues nothing: a guide, a timetable, a manual, a notice, a clarification.

An analyst sees that a text argues nothing from its words, not from its layout: nobody in it
takes a stance and it evaluates almost nothing. Its sentences describe ("The pool is 25 metres
long"), instruct ("Please keep your wristband on", "请将证件放在桌面左上角"), set out provisions
("保修期内免费维修") or answer questions of fact ("A: No. The nearest car park is on Station
Road."). Their "must", "should", "须" and "不得" give instructions, not reasons, and an
instruction's own reason ("Dropped weights can crack the floor tiles") argues no debated
proposition either.

`argues_nothing` reads, over the text's argumentative sentences (body and note lines) and its
titles and headings:

- no sentence takes a stance: a side's voice ("critics say"), the author's own view ("I
  think", "我认为"), a declared side or verdict ("我支持", "I'd say no"), a point granted to the
  other side ("Of course…"), the opponent's voice `argkg.ingest.dialectic` found, nor one of the data's
  ``stances`` (``ingest/data/<lang>/unargued.yaml``: a first-person singular writer, a judgement
  reached, a claim stressed, a side's words, "太…了"), read past the data's ``formulas``: a
  notice's courtesy ("Thank you for your support"), its contact line ("有疑问请私信我") and an
  institution naming itself ("我中心") put a first person or a side's word in a sentence that
  states no view; a question takes one only by a debate question's or a rhetorical question's
  form (``questions``: "Should we X?", "难道…");
- a contrast ("But…", "X, but Y"), a reason or a concession given in passing (``asides``:
  "because", "even if", "因为", "虽然") takes a stance only where it is more than one
  sentence in `_ASIDE_SPAN`: a sheet of twenty instructions is not made an argument by one
  "Always fit the lid, because steam scalds" or "先关总闸，再换灯泡，但不必请电工", where an opinion piece
  gives its reasons and turns its contrasts sentence after sentence; nor in a text whose lines put
  a motion to a debate or a vote ("Motion: This House would X", "辩题:X"), whose speakers argue
  it in words no cue lists;
- at least `_MIN_STATEMENTS` sentences state something (not the questions a Q&A asks): a short
  comment's few lines may argue in words no cue lists; and at most a quarter of them hold an
  evaluation word (`argkg.ingest.sides.evaluation`, read past a line's label such as "Q3:"): a
  review that praises and blames argues.

Such a text debates no proposition and has no positions (`argkg.ingest.positions`): every
statement in it is neutral background, whatever cue a proposition finder would read in a
title ("Stop 3 — The Boiler House" is no demand to stop anything) or a question a Q&A answers
("Q: Is lunch provided?").
"""

import re
from collections.abc import Sequence
from functools import cache
from typing import NamedTuple

from pydantic import BaseModel, ConfigDict

from argkg.ingest.dialectic import SentenceRole, concedes
from argkg.ingest.lexicon import any_pattern, load_data
from argkg.ingest.memo import per_document
from argkg.ingest.proposition import match_proposition
from argkg.ingest.questions import is_informational
from argkg.ingest.sides import (
    argues_as_author,
    contrasted,
    declared,
    evaluation,
    opens_with_contrast,
    verdict_side,
    voices,
)
from argkg.ingest.spans import Block, BlockKind, SentenceSpan
from argkg.schema.vocabulary import Lang

__all__ = ["argues_nothing"]

#: The lines that name what a text is about rather than say it.
_TITLES = (BlockKind.TITLE, BlockKind.HEADING, BlockKind.CAPTION)
#: How many of the statements may hold an evaluation word in a text that argues nothing.
_EVALUATED_SHARE = 0.25
#: How many statements a text that argues nothing may state for each one that gives a reason or
#: turns a contrast in passing (``asides``).
_ASIDE_SPAN = 16
#: How many statements it takes to show that nothing is argued: a comment of a few lines without
#: a cue ("Chess should be part of the school day. Kids who play learn to plan. …") argues in words no
#: lexicon lists, where a guide or a notice goes on describing and instructing.
_MIN_STATEMENTS = 8


class _UnarguedData(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    stances: list[str]
    formulas: list[str]
    asides: list[str]
    questions: list[str]
    label: str


class _Cues(NamedTuple):
    stances: re.Pattern[str]
    formulas: re.Pattern[str]
    asides: re.Pattern[str]
    questions: re.Pattern[str]
    label: re.Pattern[str]


@cache
def _compiled(lang: Lang) -> _Cues:
    data = load_data("unargued", _UnarguedData, lang.value)
    return _Cues(
        any_pattern(data.stances, re.IGNORECASE),
        any_pattern(data.formulas, re.IGNORECASE),
        any_pattern(data.asides, re.IGNORECASE),
        any_pattern(data.questions, re.IGNORECASE),
        re.compile(data.label),
    )


def argues_nothing(
    text: str,
    arguing: Sequence[SentenceSpan],
    blocks: Sequence[Block],
    roles: Sequence[SentenceRole],
    lang: Lang,
) -> bool:
    """Whether the text, read through its argumentative sentences ``arguing`` and its titles and
    headings, argues nothing.

    Args:
        text: the normalised text.
        arguing: its argumentative sentences (`argkg.ingest.positions.argumentative`).
        blocks: its lines: a title or heading that takes a stance ("Why we support the plan",
            "反对的理由", "居民请愿：…") makes it argue, one that asks for information ("Why is
            my order late?") does not.
        roles: the sentences' dialectical roles (the opponent's voice takes a stance).
        lang: the text's language.

    Returns:
        True when no sentence takes a stance, few give a reason or turn a contrast in passing and
        few evaluate, over enough statements to tell; False for a short text (nothing to judge by).
    """
    if len(arguing) < _MIN_STATEMENTS:
        return False  # too few statements to tell (`stated` could not reach the minimum): none is read
    cues = _compiled(lang)
    opponents = {(r.start, r.end) for r in roles if r.opponent}
    for block in blocks:
        line = text[block.start : block.end]
        if block.kind in _TITLES and (_takes_stance(line, lang) or _in_passing(line, lang)):
            return False
    stated = 0
    evaluated = 0
    asides = 0
    for span in arguing:
        sentence = text[span.start : span.end]
        if (span.start, span.end) in opponents or _takes_stance(sentence, lang):
            return False
        asides += _in_passing(sentence, lang)
        if _asks(sentence):
            continue  # a question asked for an answer evaluates nothing of its own
        stated += 1
        evaluated += evaluation(cues.label.sub("", sentence, count=1), lang) != 0
    return (
        stated >= _MIN_STATEMENTS
        and evaluated <= _EVALUATED_SHARE * stated
        and asides * _ASIDE_SPAN <= stated
        and not (asides and _puts_motion(text, blocks, lang))
    )


@per_document
def _takes_stance(sentence: str, lang: Lang) -> bool:
    """Whether ``sentence`` takes a stance in so many words (see the module docstring). A
    question does so only by a debate question's or a rhetorical question's form ("Should we
    X?", "难道…?"), not by its asker's "I" ("Can I park at the venue?" asks for information).
    Kept for the document: the issues and the positions both ask it of the same sentences."""
    cues = _compiled(lang)
    if (
        voices(sentence, lang)
        or argues_as_author(sentence, lang)
        or declared(sentence, lang) is not None
        or verdict_side(sentence, lang) is not None
        or concedes(sentence, lang)
    ):
        return True
    if _asks(sentence):
        return cues.questions.search(sentence) is not None and not is_informational(sentence, lang)
    return cues.stances.search(cues.formulas.sub(" ", sentence)) is not None


def _in_passing(sentence: str, lang: Lang) -> bool:
    """Whether ``sentence`` turns a contrast ("X, but Y", "But…") or gives a reason or a
    concession (the data's ``asides``: "because", "even if"): what an opinion argues by, and an
    instruction or a description only now and then ("Keep the lid on, because steam scalds")."""
    return (
        contrasted(sentence, lang)
        or opens_with_contrast(sentence, lang)
        or _compiled(lang).asides.search(sentence) is not None
    )


def _puts_motion(text: str, blocks: Sequence[Block], lang: Lang) -> bool:
    """Whether a line of the text puts a motion to a debate or a vote ("Motion: This House would
    X", "Resolved: X", "辩题:X"): a debate's record argues, whatever its speakers' words."""
    return any(
        (found := match_proposition(text[b.start : b.end], lang, heading=b.kind in _TITLES)) is not None
        and found.kind == "motion"
        for b in blocks
    )


def _asks(sentence: str) -> bool:
    return sentence.rstrip().endswith(("?", "？"))
