"""Conclusions: the judgements the author (or a side) draws, with their stated credence.

Every statement of a conclusion section is a conclusion; elsewhere a statement is one when it
carries a cue from ``ingest/data/<lang>/conclusions.yaml`` outside quotation marks: an opener
at its start ("总的来说", "In conclusion") or a first-person judgement anywhere ("我认为",
"I estimate"). A position's marker sentence stays its main claim, notes stay notes, and the
question of an issue is no conclusion.

An explicit probability in the statement ("可能性是 70%", "a 70% chance", "30 percent
likely") is its credence (0.7). A statement that lists alternatives ("第一种:...70%。
第二种:...30%", "First, ... Second, ...") is cut at each enumeration marker into one
conclusion per alternative, each with its own credence; a lead-in that ends with a colon
("会有两种情况:") or is a bare cue ("In conclusion,") only announces the list and is dropped.

``final`` marks the author's overall conclusions (those of the conclusion section and those
with a credence): the builder makes them depend on every debated issue.
"""

import itertools
import re
from functools import cache

from pydantic import BaseModel, ConfigDict
from spacy.language import Language
from spacy.tokens import Doc

from argkg.ingest.layout import layout_data
from argkg.ingest.lexicon import load_data
from argkg.ingest.positions import argumentative
from argkg.ingest.sentences import quoted_positions
from argkg.ingest.spans import (
    Block,
    BlockKind,
    ConclusionSpan,
    Issue,
    Position,
    SectionSpan,
    SentenceSpan,
    ensure_extension,
    lang_of,
)
from argkg.schema.vocabulary import Lang, SectionKind

__all__ = ["find_conclusions", "credence_of", "ConclusionComponent"]

#: Characters trimmed from the end of an alternative: spaces and clause punctuation.
_TRIM = " ,;:、"


class _Credence(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    pattern: str
    scale: float


class _ConclusionData(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    openers: list[str]
    anywhere: list[str]
    credence: list[_Credence]
    enumeration: list[str]


@cache
def _data(lang: Lang) -> _ConclusionData:
    return load_data("conclusions", _ConclusionData, lang.value)


@cache
def _flags(lang: Lang) -> int:
    return re.IGNORECASE if lang is Lang.EN else 0


def credence_of(statement: str, lang: Lang) -> float | None:
    """Return the probability ``statement`` states explicitly (0..1), or None.

    Args:
        statement: one statement.
        lang: its language.

    Returns:
        The first stated probability that lies in [0, 1], or None.
    """
    for rule in _data(lang).credence:
        for found in re.finditer(rule.pattern, statement, _flags(lang)):
            value = float(found.group("value")) * rule.scale
            if 0.0 <= value <= 1.0:
                return round(value, 6)
    return None


def find_conclusions(
    text: str,
    blocks: list[Block],
    sections: list[SectionSpan],
    sentences: list[SentenceSpan],
    issues: list[Issue],
    positions: list[Position],
    lang: Lang,
) -> list[ConclusionSpan]:
    """Find the conclusions of a text (see the module docstring).

    Args:
        text: the normalised text.
        blocks: its lines.
        sections: its sections.
        sentences: its sentences.
        issues: its issues.
        positions: its positions.
        lang: its language.

    Returns:
        The conclusions in text order.
    """
    questions = {(i.question_start, i.question_end) for i in issues}
    mains = {p.start for p in positions if p.marked}
    found = []
    for sentence in argumentative(sentences, blocks, text):
        k = next((i for i, s in enumerate(sections) if s.start <= sentence.start < s.end), None)
        if k is None or blocks[sentence.block].kind is BlockKind.NOTE or sentence.inline_note:
            continue
        if (sentence.start, sentence.end) in questions or sentence.start in mains:
            continue
        in_section = sections[k].kind is SectionKind.CONCLUSION
        if not (in_section or _has_cue(text, sentence, lang)):
            continue
        position = next((i for i, p in enumerate(positions) if p.start <= sentence.start < p.end), None)
        for start, end in _alternatives(text, sentence, lang):
            credence = credence_of(text[start:end], lang)
            final = in_section or credence is not None
            found.append(
                ConclusionSpan(
                    start=start, end=end, section=k, credence=credence, position=position, final=final
                )
            )
    return found


@cache
def _cues(lang: Lang) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(opener at the start of a sentence, judgement anywhere) patterns."""
    data = _data(lang)
    opener = rf"^[\s*_•]*(?:{'|'.join(map(re.escape, data.openers))})(?![A-Za-z])"
    anywhere = rf"(?<![A-Za-z])(?:{'|'.join(map(re.escape, data.anywhere))})(?![A-Za-z])"
    return re.compile(opener, _flags(lang)), re.compile(anywhere, _flags(lang))


def _has_cue(text: str, sentence: SentenceSpan, lang: Lang) -> bool:
    opener, anywhere = _cues(lang)
    words = text[sentence.start : sentence.end]
    if opener.match(words):
        return True
    quoted = quoted_positions(text, sentence.start, sentence.end, layout_data(lang).pairs)
    return any(sentence.start + m.start() not in quoted for m in anywhere.finditer(words))


def _only_lead_in(piece: str, lang: Lang) -> bool:
    """Whether the part before the first alternative only announces them."""
    found = _cues(lang)[0].match(piece)
    return piece.rstrip().endswith(":") or (found is not None and not piece[found.end() :].strip(_TRIM))


def _alternatives(text: str, sentence: SentenceSpan, lang: Lang) -> list[tuple[int, int]]:
    """Cut a sentence at its enumeration markers; drop a lead-in that only announces them."""
    words = text[sentence.start : sentence.end]
    pattern = rf"(?:^|(?<=[\s,;:。]))(?:{'|'.join(_data(lang).enumeration)})"
    cuts = [m.start() for m in re.finditer(pattern, words, _flags(lang))]
    if not cuts:
        return [(sentence.start, sentence.end)]
    bounds = [0, *cuts, len(words)] if cuts[0] > 0 else [*cuts, len(words)]
    spans = []
    for a, b in itertools.pairwise(bounds):
        piece = words[a:b].rstrip(_TRIM)
        lead = len(piece) - len(piece.lstrip())
        if a == 0 and cuts[0] > 0 and _only_lead_in(words[a:b], lang):
            continue
        if piece.strip():
            spans.append((sentence.start + a + lead, sentence.start + a + len(piece)))
    return spans


class ConclusionComponent:
    """spaCy component: writes ``doc._.argkg_conclusions``."""

    def __init__(self, lang: Lang) -> None:
        """Prepare the component for texts in ``lang``."""
        self.lang = lang
        ensure_extension("argkg_conclusions")

    def __call__(self, doc: Doc) -> Doc:
        """Find the Doc's conclusions (needs layout, sentences and positions)."""
        doc._.argkg_conclusions = find_conclusions(
            doc.text,
            doc._.argkg_blocks,
            doc._.argkg_sections,
            doc._.argkg_sentences,
            doc._.argkg_issues,
            doc._.argkg_positions,
            self.lang,
        )
        return doc


@Language.factory(
    "argkg_conclusions",
    assigns=["doc._.argkg_conclusions"],
    requires=["doc._.argkg_sections", "doc._.argkg_sentences", "doc._.argkg_positions"],
)
def make_conclusions(nlp: Language, name: str) -> ConclusionComponent:
    """Create the conclusion component for the pipeline's language."""
    return ConclusionComponent(lang_of(nlp))
