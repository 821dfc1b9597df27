"""Stance markers: the words that open one side of a debate ("正方:", "Critics reply that").

The markers live in ``ingest/data/<lang>/stance.yaml``, in three shapes: a *label* followed by
a colon or alone on its line ("消极观点:", "Skeptic:", also after the topic it speaks of:
"✅扫地机的好:"), a *phrase* made of a side's name and a verb of saying ("反对者认为",
"Proponents argue"), and an *opener* ("On the other hand"). A column's label and its bare
answer to the title's question after a dash ("VIEW ONE - Yes, …", "Dr Lena Marsh — No") is a
label too: a debate page's columns answer one question, each from its answer on. Markers
count only at the start of a sentence (after list bullets, Markdown emphasis and a post's ticks
and crosses), so "持乐观观点的人" inside a sentence is not one.
"""

import re
from functools import cache
from typing import Literal

from pydantic import BaseModel, ConfigDict

from argkg.ingest.lexicon import alternation, load_data
from argkg.ingest.memo import per_document
from argkg.schema.vocabulary import Lang, Stance

__all__ = ["MarkerMatch", "match_marker", "is_roster", "on_roster"]

_Kind = Literal["label", "phrase", "opener"]

#: What may precede a marker at the start of a sentence: spaces, bullets, emphasis, quote marks,
#: and the ticks, crosses and other symbols a post puts before its labels ("✅", "❌").
_LEAD = r"^[\s>*_•·#\-\u2600-\u27bf\u2b00-\u2bff\ufe0f\U0001f300-\U0001faff]*"


#: A short label that a dash sets off before a column's answer ("VIEW TWO - ", "Dr Lena Marsh — ").
_ANSWER_LABEL = r"[^\W\d_][\w/&'. ]{0,30}?\s+[-–—]\s+"


class _Sides(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    pro: list[str]
    con: list[str]


class _Phrases(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    subjects: _Sides
    subject_tail: str = ""
    adverbs: list[str]
    verbs: list[str]


class _StanceData(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    labels: _Sides
    label_suffixes: list[str] = []
    label_topic: str = ""
    phrases: _Phrases
    openers: _Sides
    answers: _Sides = _Sides(pro=[], con=[])


class MarkerMatch(BaseModel):
    """A stance marker found at the start of a sentence.

    Attributes:
        stance: the side the marker opens.
        start, end: the marker's span relative to the sentence (a label includes its colon).
        has_text: the sentence goes on after the marker.
        kind: a label ("正方:"), a phrase ("反对者认为") or an opener ("On the other hand").
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    stance: Stance
    start: int
    end: int
    has_text: bool
    kind: Literal["label", "phrase", "opener"] = "label"


@per_document
def match_marker(sentence: str, lang: Lang) -> MarkerMatch | None:
    """Return the stance marker ``sentence`` opens with, or None.

    Args:
        sentence: the sentence text.
        lang: the text's language (selects the marker data).

    Returns:
        The match, or None when the sentence does not open with a marker.
    """
    if is_roster(sentence, lang):
        return None
    for stance, kind, pattern in _patterns(lang):
        found = pattern.match(sentence)
        if found:
            start, end = found.span("marker")
            rest = sentence[end:].strip(" *_:：,，")
            return MarkerMatch(stance=stance, start=start, end=end, has_text=bool(rest), kind=kind)
    return None


@per_document
def is_roster(sentence: str, lang: Lang) -> bool:
    """Whether ``sentence`` names both sides' teams ("正方:甲校 反方:乙校"): a line that argues nothing."""
    return all(pattern.search(sentence) for pattern in _labelled(lang))


def on_roster(text: str, start: int, end: int, lang: Lang) -> bool:
    """Whether the sentence at ``start``..``end`` of ``text`` sits on a line that names both
    sides' teams ("Proposition: Hill School. Opposition: Vale College."): a roster split into one
    sentence per team argues nothing either, and neither half opens a side's position."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = _NOTES.sub("", text[line_start : line_end if line_end >= 0 else len(text)])
    # a short line: a list of pros and cons run into one line ("For: X. Y. Against: Z.") is no roster
    return len(line) <= _ROSTER_MAX_CHARS and is_roster(line, lang)


#: Notes in brackets after a team's name ("(Ann Lee, Bo Chan)"): who speaks for it.
_NOTES = re.compile(r"[(（][^()（）]*[)）]")
#: The longest line, less its bracketed notes, that lists both sides' teams.
_ROSTER_MAX_CHARS = 100


@cache
def _labelled(lang: Lang) -> tuple[re.Pattern[str], ...]:
    """One pattern per side: any of its labels (with a suffix) followed by a colon."""
    data = load_data("stance", _StanceData, lang.value)
    flags = re.IGNORECASE if lang is Lang.EN else 0
    suffix = f"(?:{_any(data.label_suffixes)})?" if data.label_suffixes else ""
    return tuple(
        re.compile(rf"{_any(getattr(data.labels, side.value))}{suffix}[*_]*\s*[:：]", flags)
        for side in (Stance.PRO, Stance.CON)
    )


@cache
def _patterns(lang: Lang) -> tuple[tuple[Stance, _Kind, re.Pattern[str]], ...]:
    data = load_data("stance", _StanceData, lang.value)
    flags = re.IGNORECASE if lang is Lang.EN else 0
    adverbs = _any(data.phrases.adverbs)
    verbs = _any(data.phrases.verbs)
    compiled: list[tuple[Stance, _Kind, re.Pattern[str]]] = []
    for stance in (Stance.PRO, Stance.CON):
        labels = _any(getattr(data.labels, stance.value))
        if data.label_suffixes:
            labels = f"{labels}(?:{_any(data.label_suffixes)})?"
        subjects = _any(getattr(data.phrases.subjects, stance.value))
        openers = _any(getattr(data.openers, stance.value))
        labels = f"(?:{data.label_topic})?(?:{labels})" if data.label_topic else labels
        label = rf"{_LEAD}(?P<marker>{labels}[*_]*\s*[:：][*_]*|{labels}[*_]*\s*$)"
        tail = f"(?:{data.phrases.subject_tail})?" if data.phrases.subject_tail else ""
        phrase = rf"{_LEAD}(?P<marker>{subjects}{tail}[\s,，]*(?:{adverbs}[\s,，]*)*{verbs})"
        opener = rf"{_LEAD}(?P<marker>{openers}[,，]?)"
        shapes: list[tuple[_Kind, str]] = [("label", label), ("phrase", phrase), ("opener", opener)]
        if answers := getattr(data.answers, stance.value):
            # a column's label and its answer to the title's question ("VIEW TWO - No, …")
            shapes.append(("label", rf"{_LEAD}(?P<marker>{_ANSWER_LABEL}{_any(answers)})(?=[\s,.!:;]|$)"))
        compiled.extend((stance, kind, re.compile(p, flags)) for kind, p in shapes)
    return tuple(compiled)


def _any(words: list[str]) -> str:
    """A group matching any of ``words`` (`alternation`; nothing when there are none)."""
    return f"(?:{alternation(words)})"
