"""Conclusions: the judgements the author (or a side) draws, with their stated credence.

A statement is a candidate when it stands in a conclusion section, carries a cue from
``ingest/data/<lang>/conclusions.yaml`` outside quotation marks (an opener at its start,
"总的来说", "In conclusion", or a first-person judgement anywhere, "我认为", "I estimate"),
ends its paragraph or position with a concluding judgement (``concluding``: "我个人认为",
"也不够", "没有证据表明", "not enough", "no evidence that", "remains unclear"; a side's
voice may speak inside quotation marks there), ends its position with a closer at its start
(``closers``: "因此", "所以", "Therefore"), or
states a probability as reported speech of the essay's principal speaker ("X 估计房价上涨的
概率是 60%" where X is the author or subject, see `argkg.ingest.judgements`). A candidate is a
conclusion only when it is a *judgement*: greetings and thanks
(`argkg.ingest.sides.is_procedural`), framing sentences ("下面我来谈谈自己的想法。"),
reported background ("据说…", what a critic said) and caveats are not; the claims component
makes them neutral background claims, and caveats notes (`find_caveats`). In a transcript of
two or more arguing speakers, the sentence that opens a turn (but the last) states the speaker's
stand ("生1:我觉得应该X"), a main claim, unless a conclusion opener or section makes it one. A
probability stated by nobody in particular, outside the conclusion section and without a cue,
stays a claim. A position's marker sentence stays its main claim, notes stay notes, and the
question of an issue is no conclusion, unless a ruling part ("Determination", "投诉处理结果:")
states it as its whole sentence: then it is the ruling. After a conclusion section's ruling, a
paragraph that opens with the reader's next step ("Appeals may be made within 21 days.") is none;
nor, anywhere after a conclusion, is a party's recourse against the ruling (``recourse``: "Either club
can appeal against this ruling to the league board.", "当事人对裁定不服的，可以申请复核"), which says
what may follow the ruling, not what it decides.
A vote's tally or margin ("3 in favour, 2 against", "agreed by 9 votes to 4", "以26票对6票") is
the outcome of a decision wherever it stands; so is, in the text's closing part (`_tail`), a poll's
or a vote's result given as shares that divide the whole among the options ("Keep it 70% · Cut it
30%", "Of the 40 replies, 22 chose X and 18 Y", `argkg.ingest.shares`), in a sentence, a caption
line or a note.

An explicit probability in the statement ("概率约为 60%", "a 60% chance", "40 percent
likely") is its credence (0.6). A statement that lists alternatives ("其一:...60%。
其二:...40%", "First, ... Second, ...") is cut at each enumeration marker into one
conclusion per alternative, each with its own credence; a lead-in that ends with a colon
("有三种可能:") or is a bare cue ("In conclusion,") only announces the list and is dropped.

A voice draws one conclusion where it closes its argument: a view it stated earlier with a
conclusion opener or a first-person judgement ("先说结论:X", "我认为X") gives way to its later
summing-up ("总之,Y", "In conclusion, Y", `_past_summed_up`); a sentence that only announces the
closing word ("最后我说两句。", "So my message to the board is simple.") concludes nothing; and the
items of a recommendations or conditions list give way to a concluding sentence outside the list,
unless a ruling's lead-in announces them (`_past_listed`). A view stated in a first-person
judgement ("我认为X", "We find that X") gives way, too, to a decision, ruling or recommendation
drawn in a later paragraph ("经研究, 决定Y。"): the view is the stand the decision acts on
(`_decided_views`; the sides component still reads it as the author's verdict).

An exchange that its convener put to the others ends where the convener comes back after two or
more of them gave their views, only short reactions following ("👍", "先试试吧。"): that closing turn
("OK, taking it all together: 1. X; 2. Y.") settles the matter, though no cue announces it
(`_convened`).

A deciding label (``labels``: "Conclusion.", "Holding.", a retrospective's "ACTIONS", "专家组结论:X",
"教研组意见:") makes what it labels conclude: alone on its line (a caption-like line, or a sentence
that ends its line) the next line and the list items after it, alone in a sentence the rest of its
line, and with words after it those words and the rest of its line. Advice in steps right after a
conclusion ("先借朋友的用一个星期,天天用你再买", `_in_steps`) draws it on, as a prescription does.

A decision and the measures that spell it out are one conclusion (`_joined`): the items of its list
("决定如下:一、X;二、Y", "subject to the following conditions: (a) X; (b) Y") and the clauses a
semicolon parts join the conclusion before them; numbered statements on lines of their own, each
closed by a full stop, stay apart.

A conclusion section reaches up to the first caption line that titles a further part of a report
("Timeline (UTC)", "Discussion", `_concluding_reach`); a post's closing line is the last one before
its readers' comments ("Replies", "——网友评论——", `_before_comments`).

``final`` marks the author's overall conclusions (those of the conclusion section, those that
open with a conclusion cue and those with a credence); the others conclude their position.

A *caveat* hedges conclusions already drawn ("以上估计未必正确", "these estimates may
be wrong"): in a conclusion section, or after a conclusion of its section, it qualifies the
conclusions of the nearest line (paragraph) before it that drew any.
"""

import itertools
import re
from collections.abc import Iterator, Mapping, Sequence, Set
from functools import cache
from typing import NamedTuple

from pydantic import BaseModel, ConfigDict

from argkg.ingest.component import Component, component
from argkg.ingest.issue_terms import issue_data
from argkg.ingest.judgements import (
    StatementCues,
    StatementKind,
    cue_pattern,
    is_caveat,
    is_principal,
    principal_speaker,
    said_after_colon,
    statement_kind,
)
from argkg.ingest.layout import layout_data
from argkg.ingest.lexicon import any_pattern, load_data
from argkg.ingest.memo import per_document
from argkg.ingest.numbers.data import number_data
from argkg.ingest.parts import Parts, filled
from argkg.ingest.positions import argumentative
from argkg.ingest.prefilter import Prefiltered
from argkg.ingest.sentences import quoted_positions
from argkg.ingest.shares import divides
from argkg.ingest.sides import declared, is_procedural, opens_with_contrast
from argkg.ingest.span_index import SpanIndex
from argkg.ingest.spans import (
    Block,
    BlockKind,
    Caveat,
    ConclusionSpan,
    Position,
    SectionSpan,
    SentenceSpan,
    Span,
)
from argkg.ingest.stance import match_marker
from argkg.ingest.turns import Turn, speech_start
from argkg.schema.vocabulary import Lang, SectionKind

__all__ = ["find_conclusions", "find_caveats", "credence_of", "ConclusionComponent"]

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
    concluding: list[str]
    closers: list[str]
    credence: list[_Credence]
    enumeration: list[str]
    statements: StatementCues
    follow_ups: list[str] = []
    follow_up_patterns: list[str] = []
    labels: str = r"(?!)"
    lead_ins: list[str] = []
    items: str = r"(?!)"
    last_word: bool = False
    adding: list[str] = []
    next_steps: list[str] = []
    proposals: list[str] = []
    verdict_questions: list[str] = []
    outcomes_reached: list[str] = []
    rulings: list[str] = []
    closing_calls: list[str] = []
    closing_decisions: list[str] = []
    ratings: list[str] = []
    comments: str = r"(?!)"
    tallies: list[str] = []
    margins: list[str] = []
    opening_votes: list[str] = []
    assignments: list[str] = []
    recourse: list[str] = []
    contingencies: list[str] = []
    settling: list[str] = []
    joined_items: str = r"(?!)"
    spelled_counts: bool = False
    acknowledgements: str = r"(?!)"
    abstracts: str = r"(?!)"
    back_references: str = r"(?!)"
    referrals: str = r"(?!)"
    small_print: list[str] = []


@cache
def _data(lang: Lang) -> _ConclusionData:
    return load_data("conclusions", _ConclusionData, lang.value)


@cache
def _numerals(lang: Lang) -> Mapping[str, int]:
    """The number words a division of the whole is read with (``spelled_counts``: a language that
    writes its words apart, where "nine" stands alone; none where a numeral character sits inside
    words, "一些")."""
    return number_data(lang).numerals.digits if _data(lang).spelled_counts else {}


@cache
def _flags(lang: Lang) -> int:
    return re.IGNORECASE if lang is Lang.EN else 0


@cache
def _credence_rules(lang: Lang) -> tuple[tuple[Prefiltered, float], ...]:
    """The credence rules, compiled once: every sentence of a text is read with each of them, so
    each is screened (`Prefiltered`): a sentence that lacks the strings every match of a rule
    needs (a percent sign, a word for chance) is not searched with it."""
    flags = _flags(lang)
    return tuple((Prefiltered(re.compile(rule.pattern, flags)), rule.scale) for rule in _data(lang).credence)


@per_document
def credence_of(statement: str, lang: Lang) -> float | None:
    """Return the probability ``statement`` states explicitly (0..1), or None.

    Args:
        statement: one statement.
        lang: its language.

    Returns:
        The first stated probability that lies in [0, 1], or None.
    """
    for pattern, scale in _credence_rules(lang):
        for found in pattern.finditer(statement):
            value = float(found.group("value")) * scale
            if 0.0 <= value <= 1.0:
                return round(value, 6)
    return None


def _statements(parts: Parts, decided: Set[int]) -> Iterator[tuple[SentenceSpan, int, bool]]:
    """The sentences that may conclude, with their section and whether a speaker's label opens them.

    ``decided`` holds the starts of the sentences that make the text's closing decision (`_calls`).
    No notes or questions. A sentence that opens a marked position ("反方四辩:综上所述, X") or a
    speaker's turn ("[21:15] 王女士:说到底, X") is given without its label, and only when words
    follow the label.
    """
    text, lang, blocks, sections = parts.text, parts.lang, parts.blocks, parts.sections
    sentences, issues, positions = parts.sentences, parts.issues, parts.positions
    # an issue's question is no conclusion; the author's thesis may be, restated after a
    # conclusion cue or opening the text's closing paragraph
    closing = _closing(sentences, blocks, sections, positions)
    # (or the sentence after a closing word's announcement that opens it: "最后我说两句。X。")
    closings = {closing, _past_lead_in(text, sentences, closing, lang)}
    # and so may a thesis the text's last body line draws with a cue of its own, after the lines that
    # argue it (a 备忘's "比起X,我更想Y"), or under a deciding label ("Decided. We sell the van. X.")
    closings |= _drawn_last(parts)
    # but a statement under a deciding heading or a deciding label alone on its line ("Determination",
    # "处理意见:", "【主席团意见】") is the ruling itself, where the issue finder took the whole statement
    # for the text's debated proposition (not a question it asks or reports, "The editor asked whether
    # X.", nor a condition, "If X, do Y first.")
    ruling = [
        (sections[k].body_start, end) for k, end in _concluding_reach(text, blocks, sections, lang).items()
    ]
    ruling += [(blocks[b].start, blocks[b].end) for b in _under_labels(text, blocks, lang)]
    questions = {
        (i.question_start, i.question_end)
        for i in issues
        if (i.author is None or i.question_start not in closings)
        and not (
            i.question.rstrip("".join(_FULL_STOPS)) == i.proposition
            and not _contingent(i.question, lang)
            and any(start <= i.question_start < end for start, end in ruling)
        )
    }
    # the sentence of the opening paragraph in which the author states the thesis an issue
    # debates ("…然而我认为 X"): it announces what the text argues (its main claim); stated
    # later, a thesis concludes
    opening = next((s.block for s in sentences if blocks[s.block].kind is BlockKind.BODY), None)
    theses = [(i.question_start, i.question_end) for i in issues if i.author is not None]
    mains = {p.start for p in positions if p.marked}
    in_section = SpanIndex(sections)
    for sentence in argumentative(sentences, blocks, text):
        k = in_section.first_containing(sentence.start, sentence.start + 1)
        if k is None or blocks[sentence.block].kind is BlockKind.NOTE or sentence.inline_note:
            continue
        stated = (sentence.start, sentence.end) in questions or (
            sentence.block == opening
            and any(sentence.start < start and end <= sentence.end for start, end in theses)
        )
        reached = _opens(text, sentence, lang) or _decides(text, sentence, lang) or sentence.start in decided
        if stated and not reached:
            # a thesis restated after "综上"/"In conclusion" concludes too, and so does a decision
            # the text reaches, which a notice states first ("经研究决定,X。" and its reasons after),
            # or its closing line states ("We will keep X.", `_calls`)
            continue
        if sentence.start not in mains:
            # without a speaker's label or a time stamp that opens it ("[21:15] 王女士:说到底, X"); a
            # deciding label read as a speaker's ("Result: X", "裁判组表决:X") is no speaker: it stays
            body = speech_start(text, sentence.start, sentence.end, parts.turns, lang)
            if body != sentence.start and not _labelled_outcome(text[sentence.start : body], lang):
                # (spans are frozen: an unchanged one needs no copy)
                sentence = sentence.model_copy(update={"start": body})
            yield sentence, k, False
            continue
        words = text[sentence.start : sentence.end]
        marker = match_marker(words, lang)
        if marker is None or not marker.has_text:
            continue
        rest = marker.end + len(words[marker.end :]) - len(words[marker.end :].lstrip(" *_:：,，"))
        yield sentence.model_copy(update={"start": sentence.start + rest}), k, True


#: What ends a clause that a list's next item or a judgement's next part follows.
_SEMICOLONS = (";", "；")
#: A blank line: what parts two paragraphs (a line break alone may part the sentences of one).
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")
#: What ends a question.
_QUESTION_MARKS = ("?", "？")
#: What ends a full sentence that states something (not a question, a label or a sign-off).
_FULL_STOPS = (".", "!", "。", "！")
#: Closing quotation marks and brackets a full stop may stand inside.
_CLOSE_QUOTES = " \"'”’」』)）"
#: A line that signs off a letter with a dash ("——一位家长", "— A reader", "-- Sam").
_SIGNATURE = re.compile(r"^\s*(?:——|—|--)\s*\S")
#: The brackets that may hold a whole line aside, each with its closing bracket.
_ASIDE_BRACKETS = {"[": "]", "【": "】", "(": ")", "（": "）"}
#: The lines beside a text's body that may still give its outcome: captions and notes.
_ASIDES = (BlockKind.CAPTION, BlockKind.NOTE)
#: The brackets whose tag opening a line makes it an aside ("【系统提示】X").
_TAG_BRACKETS = "【"
#: A sentence that is only the reference of an item or a paragraph ("R1.", "4.2", "A3)"), cut off the
#: words it numbers: it states nothing.
_REFERENCE_ONLY = re.compile(r"\W*[A-Za-z]{0,2}\d{1,3}(?:\.\d{1,3})*\W*")


class Drawn(NamedTuple):
    """What a text concludes, and the views it states before a decision.

    Attributes:
        conclusions: its conclusions, in text order.
        views: the views stated in a first-person judgement that gave way to a decision drawn
            after them (`_decided_views`), in text order: claims, but still the author's verdict.
    """

    conclusions: list[ConclusionSpan]
    views: list[Span]


def find_conclusions(parts: Parts) -> Drawn:
    """Find the conclusions of a text (see the module docstring).

    Args:
        parts: the normalised text, its language, lines, sections, sentences, issues and
            positions, and, if known, its reported speech (``attributions``) and the entities it
            mentions (``entities``, by name).

    Returns:
        The conclusions, and the views that gave way to a decision, in text order.
    """
    text, lang, attributions = parts.text, parts.lang, parts.attributions
    names = {e.name for e in parts.entities}
    blocks, sections, sentences, positions = parts.blocks, parts.sections, parts.sentences, parts.positions
    cues = _data(lang).statements
    principal = principal_speaker(text, blocks, attributions, cues, names)
    found: list[ConclusionSpan] = []
    endings = _endings(sentences, positions)
    leads = _leads(sentences, blocks)
    last = max((s.block for s in sentences if blocks[s.block].kind is BlockKind.BODY), default=-1)
    follow_up = _follow_up(lang)
    closing = _closing(sentences, blocks, sections, positions)
    verdict = _verdict(text, sentences, closing, follow_up, parts.numbers)
    stands = _stands(sentences, parts.turns)
    reach = _concluding_reach(text, blocks, sections, lang)
    carried: set[int] = set()  # the lines a conclusion or a ruling's lead-in announces
    under_label = _under_labels(text, blocks, lang)  # the lines a label line announces ("ACTIONS")
    ruled: set[int] = set(under_label)  # the lines a ruling's lead-in or a label announces ("判决如下:")
    called_to = -1  # where the last conclusion a closing call or decision drew ends
    asked: int | None = None  # where a question that would have concluded ends
    decisions, calls = _calls(parts)
    statements = list(_statements(parts, frozenset(decisions)))
    settled = _settled(parts, statements)
    convened = _convened(parts, statements, decisions | settled)
    decisions |= settled | convened
    firm: set[int] = set()  # starts of conclusions a section, a decision or a credence makes the author's
    reached: set[int] = set()  # starts of the decisions, rulings, calls and tallies among them
    in_sentence = SpanIndex(sentences)
    tail = _tail(parts)
    for sentence, k, labelled in statements:
        in_section = sentence.start < reach.get(k, -1)
        opener, judged = _cues_in(text, sentence, lang, ends=endings.get(sentence.end, (False, False)))
        # a decision, outcome, ruling or recommendation the text reaches ("We have therefore
        # decided to X", "会议决定:X") is the author's overall conclusion wherever it stands: a
        # notice may open with it and give its reasons after
        # so is the closing line's decision, and its call unless the line already concluded
        # otherwise ("综上,X。建议先Y。": the call is then the next step, not the verdict)
        drawn_here = bool(found) and _block_of(sentences, in_sentence, found[-1].start) == sentence.block
        called = sentence.start in decisions or (
            sentence.start in calls and not (drawn_here and found[-1].end != called_to)
        )
        words = text[sentence.start : sentence.end]
        line = text[blocks[sentence.block].start : blocks[sentence.block].end]
        # a vote's or a poll's result: a tally, or, where the text closes, shares that divide the
        # whole among the options ("A 60% · B 40%", "Of the 40 replies, 22 chose X and 18 Y")
        tallied = _tallies(words, lang, line) or (sentence.block >= tail and divides(words, _numerals(lang)))
        decides = _decides(text, sentence, lang) or called or tallied
        opener = opener or decides
        leads_in = _leads_in(words, lang)
        # a deciding label ("Conclusion.", "Holding.", "ACTIONS", "专家组结论:X", "教研组意见:"):
        # alone, it announces the rest of its line or the lines after it; with words after it,
        # those and the rest of its line conclude
        label = _deciding_label(text, blocks, sentence.block, words, lang)
        bare = label is not None and not words[label.end() :].strip(" .:：")
        opener = opener or label is not None
        colon = words.rstrip().endswith((":", "："))
        if leads_in or label is not None or ((in_section or opener or judged) and colon):
            # "判决如下:", "I therefore ask you to:", "So my message to the board is simple."
            ends_line = endings.get(sentence.end, (True, False))[0]
            announces = ends_line and (label is None or bare)
            carried = _announced(text, blocks, sentence.block, lang) if announces else {sentence.block}
            ruled |= carried if leads_in or label is not None else set()
        if bare or _only_announces(words, lang):  # "最后我说两句。": the closing word follows
            continue
        if _REFERENCE_ONLY.fullmatch(words):  # "R1." / "That the council X.": the item follows
            continue
        if (labelled and not (in_section or opener)) or is_procedural(words, lang) or _assigns(words, lang):
            continue
        if _small_print(words, lang):  # "This summary is provided to X.", "感谢您的关心。": no verdict
            continue
        if found and _recourse(lang).search(words) is not None:
            # after the ruling, the recourse a party has against it ("Either club can appeal against this
            # ruling to X.", "当事人对裁定不服的，可以X"): what may follow the ruling, no part of it
            continue
        # after the decision a label announces, a contingency ("If he falls again, we will review
        # it.", "如家长同意，可再申请。") says what may change it later: no further conclusion
        on_label_line = sentence.block in carried or sentence.block in under_label
        if (
            on_label_line
            and not in_section
            and _contingent(words, lang)
            and any(s.block == sentence.block and s.end <= sentence.start for s in sentences)
        ):
            continue
        # after a conclusion section's ruling, a paragraph that opens with a next step for the
        # reader ("Appeals may be made within 30 days.", "如对结果有异议，可X") says what may follow
        # it, no further ruling (in the ruling's own paragraph, "If you have hard floors, it is a fine
        # buy." still rules)
        if (
            in_section
            and _next_step(words, lang)
            and _after_blank_line(text, sentence.start)
            and any(c.section == k for c in found)
        ):
            continue
        if sentence.end in stands and not (in_section or opener):  # a speaker's stand: a main claim
            continue
        # a thesis its paragraph argues for; not the first sentence of a line a deciding label or a
        # lead-in announces ("Outcome" / "Discharge home on Friday. Review in a week."): the decision,
        # unless the next one turns from it ("X is keen. But Y.": a concession before the ruling)
        announced = on_label_line and not _turned_from(text, sentences, in_sentence, sentence, lang)
        if sentence.start in leads and not (in_section or opener or announced):
            continue
        credence = credence_of(text[sentence.start : sentence.end], lang)
        by_principal = credence is not None and any(
            a.start < sentence.end and sentence.start < a.end and is_principal(a.speaker, principal)
            for a in attributions
        )
        # in the text's last paragraph, a prescription right after a conclusion draws it on (a
        # contrast opener instead turns to a reservation: the other side's claim)
        follows = (
            bool(found)
            and sentence.block == last
            and _block_of(sentences, in_sentence, found[-1].start) == last
        )
        # and anywhere, so does one right after a conclusion on its line ("My verdict: X. Others
        # should follow.", "The appeal is allowed in part. The landlord must repay X.", "综上,贵司应当
        # X。请贵司于七日内Y。"): a verdict and the course it prescribes are one judgement
        follows = follows or (bool(found) and _next_to(text, found[-1].end, sentence))
        follows = follows and not opens_with_contrast(words, lang)
        # a short closing paragraph that prescribes, when nothing before it concluded, is the
        # author's verdict (an editorial's "X is worth Y. The council should require X." without
        # "In conclusion"): each of its sentences that does not turn to a reservation
        closes = sentence.start in verdict and not any(c.start < min(verdict) for c in found)
        closes = closes and not opens_with_contrast(words, lang)
        judged = judged or closes
        # a closer that opens the text's closing paragraph ("所以,对我们家来说,X是对的选择。")
        # draws the text's inference, as one that ends a position draws the side's
        judged = judged or (sentence.start == closing and _cues(lang)[3].match(words) is not None)
        prescribes = follow_up is not None and follow_up.search(words) is not None
        judged = judged or (follows and (prescribes or _in_steps(text, sentence, lang)))
        judged = judged or _continues(text, sentences, found, sentence)
        # a question concludes nothing; what it opens ("So, should X? I'd say no: Y") its answer draws
        judged = judged or (asked is not None and not text[asked : sentence.start].strip())
        judged = judged or sentence.block in carried or sentence.block in under_label
        if words.rstrip().endswith(_QUESTION_MARKS):
            asked = sentence.end if (in_section or opener or judged) else None
            continue
        if not (in_section or opener or judged or by_principal):
            continue
        if (
            opener
            and not (in_section or decides or judged)
            and credence is None
            and _sums_up_figures(sentence, parts.numbers)
        ):
            continue
        kind = statement_kind(
            text,
            sentence,
            lang,
            cues,
            judged=judged,
            credence=credence,
            attributions=attributions,
            principal=principal,
        )
        if kind is not StatementKind.JUDGEMENT:
            continue
        position = next((i for i, p in enumerate(positions) if p.start <= sentence.start < p.end), None)
        for start, end in _alternatives(text, sentence, lang):
            credence = credence_of(text[start:end], lang)
            final = in_section or opener or credence is not None
            found.append(
                ConclusionSpan(
                    start=start, end=end, section=k, credence=credence, position=position, final=final
                )
            )
        if in_section or decides or credence is not None:
            firm.add(sentence.start)
        if decides:
            reached.add(sentence.start)
        called_to = found[-1].end if called and found and found[-1].end == sentence.end else called_to
    # the exchange's settling turn gives way to a conclusion drawn on a later line (a chair's
    # summing-up); what its own line goes on to settle ("那就这样:X;Y。") is the same outcome
    found = [c for c in found if c.start not in settled or not any(_later_line(text, c, d) for d in found)]
    found = sorted([*found, *_divided_asides(parts, tail)], key=lambda c: c.start)
    if not found:
        found = _with_last_word(parts, statements, found, principal)
    found = _past_summed_up(parts, found, firm)
    views = _decided_views(parts, found, firm, reached)
    found = [c for c in found if c not in views]
    return Drawn(
        conclusions=_joined(parts, _past_listed(parts, found, ruled)),
        views=[Span(start=v.start, end=v.end) for v in views],
    )


def _joined(parts: Parts, found: list[ConclusionSpan]) -> list[ConclusionSpan]:
    """``found`` with each list of measures, and each judgement parted by semicolons, as one conclusion.

    A decision or a recommendation that names its measures ("建议:一是X;二是Y;三是Z", "We
    recommend: 1. X; / 2. Y", "The committee agreed: (a) X; (b) Y") draws one conclusion, which its
    items spell out: what falls with the decision falls with all of them. So a conclusion joins the
    one before it when nothing but blanks and an item's marker (``joined_items``) parts them, and
    either it opens an item or the one before it ends with a semicolon (a sentence the segmenter
    cut at "；"), in the same section and position, neither with a stated probability (alternatives
    with their own credence stay apart). Items on lines of their own that each end with a full stop
    are numbered statements, each its own conclusion (a submission's "1. We support X." / "2. We
    accept that Y.": the second may concede what the first claims). A vote's tally and the outcome
    said right after it on its line are one conclusion too (`_tally_then_outcome`).
    """
    text, data = parts.text, _data(parts.lang)
    item = re.compile(data.joined_items, _flags(parts.lang))
    joined: list[ConclusionSpan] = []
    for c in found:
        before = joined[-1] if joined else None
        gap = "" if before is None else text[before.end : c.start]
        opens_item = item.match(gap) is not None or item.match(text[c.start : c.end]) is not None
        # (an item on a line of its own after one that a full stop closes is a numbered statement
        # of its own: "1. We support X." / "2. We accept that Y.")
        said = "" if before is None else text[before.start : before.end]
        closed = said.rstrip(_CLOSE_QUOTES).endswith(_FULL_STOPS)
        if before is not None and _tally_then_outcome(text, before, c, parts.lang):
            joined[-1] = before.model_copy(update={"end": c.end, "final": before.final or c.final})
            continue
        if (
            before is not None
            and before.end <= c.start
            and not ("\n" in gap and closed)
            and (item.sub("", gap, count=1).strip() == "" if opens_item else gap.strip() == "")
            and (opens_item or said.rstrip().endswith(_SEMICOLONS))
            and (before.section, before.position) == (c.section, c.position)
            and before.credence is None
            and c.credence is None
        ):
            joined[-1] = before.model_copy(update={"end": c.end, "final": before.final or c.final})
            continue
        joined.append(c)
    return joined


def _tally_then_outcome(text: str, tally: ConclusionSpan, outcome: ConclusionSpan, lang: Lang) -> bool:
    """Whether ``outcome`` follows a vote's tally (`_tallies`) directly on its line, in the same
    section and position ("For 4, Against 1. Motion carried.", "同意5票，反对2票。议案通过。"):
    the count and what it decides are one result, not two conclusions."""
    words = text[tally.start : tally.end]
    return (
        tally.end <= outcome.start
        and _next_to(text, tally.end, outcome)
        and (tally.section, tally.position) == (outcome.section, outcome.position)
        and _tallies(words, lang, words)
    )


def _concluding_reach(
    text: str, blocks: list[Block], sections: list[SectionSpan], lang: Lang
) -> dict[int, int]:
    """The conclusion sections, each with where its reach ends.

    A "Summary" or "Conclusion" heading heads the author's conclusions up to the next heading; but
    a report whose part titles are plain short lines ("Background", "What we found",
    "Discussion") that the layout keeps as captions, not headings, runs on past them: the reach of
    a conclusion section ends at the first caption line after its body that opens a paragraph (a
    blank line before it). An opening summary keeps its own paragraph (a submission's "SUMMARY"
    states the thesis its grounds then argue); one a report opens with (``abstracts``: "Summary",
    "Executive summary", "Summary of the charge", "摘要"), titled parts of its body after it, heads
    none: it tells in brief what the report goes on to find and argue (its background, its
    findings, its thesis), and there its sentences conclude only by cues of their own.
    """
    abstract = re.compile(_data(lang).abstracts, _flags(lang))
    reach = {}
    for k, section in enumerate(sections):
        if section.kind is not SectionKind.CONCLUSION:
            continue
        titles = (
            b.start
            for b in blocks
            if b.kind is BlockKind.CAPTION
            and section.body_start < b.start < section.end
            and _after_blank_line(text, b.start)
        )
        end = next(titles, section.end)
        # (the report's titled parts after it: caption lines, or headed parts that conclude nothing)
        body = end < section.end or any(
            later.kind is not SectionKind.CONCLUSION for later in sections[k + 1 :]
        )
        if not (body and abstract.match(section.title)):
            reach[k] = end
    return reach


def _after_blank_line(text: str, start: int) -> bool:
    """Whether a blank line comes right before ``start``: two line breaks in the blanks before it
    (read back over those blanks only, not over the text before them)."""
    breaks, i = 0, start
    while i > 0 and text[i - 1].isspace() and breaks < 2:
        breaks += text[i - 1] == "\n"
        i -= 1
    return breaks >= 2


def _past_listed(parts: Parts, found: list[ConclusionSpan], ruled: set[int]) -> list[ConclusionSpan]:
    """``found`` without the list items among them when a sentence outside a list concludes too.

    A report's "Recommendations" or "Conditions" list ("1. Open the branches until 8pm.", "2. The
    bell tower to be restored within 24 months.") and a 建议's numbered measures spell out what
    the text's concluding judgement ("The benefits outweigh the shortfall; we recommend
    approval.", "综上, X, 建议尽快落实。") decides: the measures are its details, not further
    conclusions. The items a ruling's lead-in announces (``ruled``: "调解意见如下:" / "一、X;") are
    the ruling itself and stay, and so do the items of a text that concludes only in list items
    ("I ask you to:" / "1. X;" / "2. Y.") or outside them only in speakers' turns (the minutes of a
    meeting whose "Conclusions" list what was agreed after each speaker gave a view: a view is no
    judgement the list spells out). So do the items of a conclusion section that concludes in
    nothing else, after every conclusion outside lists ("Decisions" / "1. X." / "2. Y." after a
    tally in the part before): no judgement sums them up, they state the decision itself. A sentence
    that opens by pointing back at what came before (``back_references``: "The above measures take
    effect in May.", "以上意见经办公会审定执行。") speaks of the items, it does not sum them up.
    """
    text, blocks, sentences = parts.text, parts.blocks, parts.sentences
    item = re.compile(_data(parts.lang).items)
    back = re.compile(_data(parts.lang).back_references, _flags(parts.lang))
    index = SpanIndex(sentences)

    def listed(c: ConclusionSpan) -> bool:
        block = _block_of(sentences, index, c.start)
        return (
            block is not None
            and block not in ruled
            and item.match(text[blocks[block].start : blocks[block].end]) is not None
        )

    # (a conclusion section that concludes only in list items after every other conclusion, "五、会议
    # 意见" / "1. X。" / "2. Y。" after the tally, lists what was decided: no judgement sums its items up)
    prose = [c for c in found if not listed(c) and back.match(text, c.start, c.end) is None]

    def decided(c: ConclusionSpan) -> bool:
        return parts.sections[c.section].kind is SectionKind.CONCLUSION and not any(
            d.section == c.section or d.start > c.start for d in prose
        )

    kept = [c for c in found if not listed(c) or decided(c)]
    unspoken = any(not any(t.holds(c) for t in parts.turns) for c in kept)
    return kept if unspoken else found


def _past_summed_up(parts: Parts, found: list[ConclusionSpan], firm: set[int]) -> list[ConclusionSpan]:
    """``found`` without the judgements a voice drew before it summed up in a later paragraph.

    A writer who states a view early ("先说结论:X", "I think X", "我建议X") and closes the argument
    with a summing-up ("总之, X", "In conclusion, X", "So, X") draws one conclusion, the closing
    one: the early statement is the thesis the text argues for, or a view it goes on to weigh.
    Only views stated with a conclusion opener or a first-person judgement give way (a step's
    inference that ends its paragraph, "There is no evidence that X", concludes that step), and
    only the same voice's, in earlier paragraphs (a blank line between: in a letter written a
    sentence a line, "但我认为X。" and "所以Y。" are one paragraph's view and its upshot, both the
    reply's conclusions): the same speaker's turn, and the same position
    or none (the author's opening words give way to a summing-up that a "Cons" heading's part
    runs on into); those of a conclusion section, a decision reached and a stated probability
    stay.
    """
    text, lang = parts.text, parts.lang
    opener, _, _, closer = _cues(lang)

    def turn(c: ConclusionSpan) -> int | None:
        return next((i for i, t in enumerate(parts.turns) if t.holds(c)), None)

    def gives_way(c: ConclusionSpan, summing: ConclusionSpan) -> bool:
        return (
            c.end <= summing.start
            and _PARAGRAPH_BREAK.search(text, c.end, summing.start) is not None
            and turn(c) == turn(summing)
            and c.position in (None, summing.position)
            and _stated(text, c, lang)
        )

    summings = [
        c
        for c in found
        if opener.match(words := text[c.start : c.end].lstrip(" *_#>")) is not None
        or closer.match(words) is not None
    ]
    return [c for c in found if c.start in firm or not any(gives_way(c, s) for s in summings)]


def _decided_views(
    parts: Parts, found: list[ConclusionSpan], firm: set[int], reached: set[int]
) -> list[ConclusionSpan]:
    """The views of ``found`` stated in a judgement's words before the decision drawn in a later
    paragraph.

    A reply, a report or a record that weighs a matter states a view on it first ("我认为, X。",
    "We find that X.") and then decides, rules or recommends (``reached``: a decision reached, a
    ruling, a call, a tally: "建议公司重新进行减值测试", "The panel recommends that X"): the view
    is the stand the decision acts on, a claim, and the decision is what the text concludes.
    Only views stated in a first-person judgement give way (a summing-up that opens with a
    conclusion cue, "综上, X", "意见:X", is a conclusion of its own), and only to a decision after
    a blank line (a conclusion section's judgement sums up the views argued before it, it does not
    act on them); a view that is itself firm stays.
    """
    text, lang = parts.text, parts.lang
    decided = [d for d in found if d.start in reached]
    return [
        c
        for c in found
        if c.start not in firm
        and not _opens_past_marks(text, c, lang)
        and _judged(text, c, lang)
        and any(c.end <= d.start and _PARAGRAPH_BREAK.search(text, c.end, d.start) for d in decided)
    ]


def _stated(text: str, conclusion: Span, lang: Lang) -> bool:
    """Whether ``conclusion`` states a view with a conclusion opener or a first-person judgement
    (`_opens_past_marks`, `_judged`)."""
    return _opens_past_marks(text, conclusion, lang) or _judged(text, conclusion, lang)


def _opens_past_marks(text: str, conclusion: Span, lang: Lang) -> bool:
    """`_opens`, past any Markdown marks the conclusion starts with ("**综上**, X", "> In conclusion")."""
    words = text[conclusion.start : conclusion.end]
    marks = len(words) - len(words.lstrip(" *_#>"))
    return _opens(text, Span(start=conclusion.start + marks, end=conclusion.end), lang)


def _judged(text: str, conclusion: Span, lang: Lang) -> bool:
    """Whether ``conclusion`` holds a first-person judgement outside quotation marks ("我认为X",
    "I think X")."""
    return _unquoted(text, conclusion, _cues(lang)[1], lang)


def _with_last_word(
    parts: Parts,
    statements: Sequence[tuple[SentenceSpan, int, bool]],
    found: list[ConclusionSpan],
    principal: str | None,
) -> list[ConclusionSpan]:
    """``found`` with the text's last word as its final conclusion, when no cue announced one.

    An op-ed, a letter or a speech often closes on a judgement no cue word announces ("Closing
    the branch would be a false economy.", "Let the kids play.", "I'll be voting no."). In a text
    of three or more paragraphs written in one voice (not a transcript of two or more arguing
    speakers, unless it is a thread whose opener has the last turn, no sides marked by headings
    or roles) that argues something (an issue it debates, whoever states it, or an answer to the
    other side, `argkg.ingest.dialectic`), the last full sentence that ends a
    line of its body (past greetings, thanks and sign-offs, which end in no full stop or argue
    nothing, past an aside a line holds wholly in brackets, "[Editor's note: X]", "【系统提示】X",
    and past lines that only tell the reader what to do next, `_past_next_steps`; not one
    a commenter's name follows, nor the last of two or more letters or reviews, `_contributions`)
    is the author's final word, with the sentence before it when the
    line holds two and that one judges or prescribes (`_judges`), when it is a
    judgement in the author's voice: no reported speech, caveat or framing sentence, no further
    reason ("Finally, X") and no next step for the reader ("If you disagree, you can X", "Please
    reply by Friday"); a text that ends on a question leaves it open, and one that draws its
    question together and answers it ("So which way? X.") has its verdict there
    (`_answers_its_question`, as does a question answered on the next line: a form's "No.", a case
    study's "问：X？" / "答：Y。"); a
    question it answers on its way ("Is X fair? Not quite.") is a step of the argument, and the
    closing line still draws it together. Languages switch the rule on in their data
    (``last_word``).
    """
    text, lang, blocks = parts.text, parts.lang, parts.blocks
    body = {s.block for s in parts.sentences if blocks[s.block].kind is BlockKind.BODY}
    argues = bool(parts.issues) or any(r.opponent for r in parts.dialectic)
    speakers = sum(not t.chair and not t.asker for t in parts.turns)
    # a thread that its opener closes: their last word settles what they asked ("Going with X")
    closed = bool(parts.turns) and parts.turns[0].first and parts.turns[-1].label == parts.turns[0].label
    sides = any(p.marked for p in parts.positions)
    arguers = speakers >= 2 and not closed
    if not _data(lang).last_word or len(body) < 3 or not argues or arguers or sides:
        return found
    # each candidate as `_statements` gives it (past a speaker's label); the author's thesis,
    # which `_statements` leaves to the issue when no cue restates it, may close the text too
    given = {s.end: (s, k) for s, k, labelled in statements if not labelled}
    body_sentences = [
        s
        for s in argumentative(parts.sentences, blocks, text)
        if blocks[s.block].kind is BlockKind.BODY and not s.inline_note
    ]
    in_section = SpanIndex(parts.sections)
    closing = [
        given.get(s.end, (s, _section_of(in_section, s)))
        for s in _past_next_steps(text, body_sentences, lang)
    ]
    closing = [
        (s, k)
        for s, k in closing
        if text[s.start : s.end].rstrip(_CLOSE_QUOTES).endswith((*_FULL_STOPS, *_QUESTION_MARKS))
        and not text[s.end : blocks[s.block].end].strip()
        and not is_procedural(text[s.start : s.end], lang)
        and not _aside(text, blocks[s.block])
    ]
    if not closing or _answers_its_question(parts):
        return found
    sentence, k = closing[-1]
    # a closing line of two sentences whose first judges or prescribes states one final word ("In
    # my opinion action should be taken. Three deaths in nine years is enough.")
    line = [s for s in parts.sentences if s.block == sentence.block]
    before = given.get(line[0].end) if len(line) == 2 and line[1].end == sentence.end else None
    before = before if before is not None and _judges(text, before[0], lang) else None
    words = [
        (s, j)
        for s, j in ([before] if before else []) + [(sentence, k)]
        if _final_word(parts, s, j, principal)
    ]
    if (
        not words
        or words[-1][0] is not sentence
        or (sentence.end not in given and not _thesis(parts, sentence))
        or _contributions(text, blocks, lang) >= 2
    ):
        return found
    last = [
        ConclusionSpan(
            start=s.start,
            end=s.end,
            section=j,
            position=next((i for i, p in enumerate(parts.positions) if p.start <= s.start < p.end), None),
            final=True,
        )
        for s, j in words
    ]
    return sorted([*found, *last], key=lambda c: c.start)


def _judges(text: str, sentence: Span, lang: Lang) -> bool:
    """Whether the sentence carries a judgement cue ("in my opinion", "I believe", "我认为") or a
    prescription (``follow_ups``: "should", "应当") outside quotation marks."""
    _, anywhere, concluding, _ = _cues(lang)
    follow_up = _follow_up(lang)
    cues = [anywhere, concluding, *([follow_up] if follow_up is not None else [])]
    return any(_unquoted(text, sentence, cue, lang) for cue in cues)


def _thesis(parts: Parts, sentence: Span) -> bool:
    """Whether the sentence states the author's thesis an issue debates."""
    return any(
        i.author is not None and sentence.start <= i.question_start and i.question_end <= sentence.end
        for i in parts.issues
    )


def _final_word(parts: Parts, sentence: Span, k: int, principal: str | None) -> bool:
    """Whether a sentence of the closing line is the author's final judgement: not in a section a
    side heads ("Disadvantages") or an FAQ's answer, no fact cited as evidence, figure or time
    ("The meeting starts at 7 p.m."), no further reason ("Finally, X"), no next step for the reader
    ("If you disagree, you can X"), no plan put forward for comment (``proposals``: "拟自下月起实行
    X"), no question, no reported speech or hearsay ("据了解，X"), and a judgement, not a caveat or a framing
    sentence."""
    text, lang = parts.text, parts.lang
    words = text[sentence.start : sentence.end]
    section = parts.sections[k]
    faq = sum(s.question is not None for s in parts.sections) >= 2
    headed = section.ordinal > 0 and (faq or match_marker(section.title, lang) is not None)
    if headed or any(map(str.isdigit, words)) or _no_last_word(words, lang) or is_procedural(words, lang):
        return False
    if _proposals(lang).search(words) is not None:  # a plan put forward for comment ("拟自下月起实行X")
        return False
    if cue_pattern(_data(lang).statements.hearsay, lang, opening=True).match(words):  # "据了解，X"
        return False
    reported = any(a.start < sentence.end and sentence.start < a.end for a in parts.attributions)
    if reported or words.rstrip(_CLOSE_QUOTES).endswith(_QUESTION_MARKS):
        return False
    kind = statement_kind(
        text,
        sentence,
        lang,
        _data(lang).statements,
        judged=True,
        credence=None,
        attributions=parts.attributions,
        principal=principal,
    )
    return kind is StatementKind.JUDGEMENT


def find_caveats(parts: Parts) -> list[Caveat]:
    """Find the statements that hedge conclusions (see the module docstring).

    Args:
        parts: as for `find_conclusions`, with the text's conclusions (`find_conclusions`).

    Returns:
        The caveats in text order, each with the conclusions it qualifies.
    """
    text, lang, conclusions = parts.text, parts.lang, parts.conclusions
    blocks, sections = parts.blocks, parts.sections
    cues = _data(lang).statements
    found = []
    for sentence, k, labelled in _statements(parts, _calls(parts)[0]):
        if labelled:
            continue
        words = text[sentence.start : sentence.end]
        if credence_of(words, lang) is not None or not is_caveat(words, lang, cues):
            continue
        before = [c for c in conclusions if c.section == k and c.end <= sentence.start]
        if not before and sections[k].kind is not SectionKind.CONCLUSION:
            continue
        drawn = next((b for b in blocks if before and b.contains(before[-1])), None)
        qualified = tuple(i for i, c in enumerate(conclusions) if drawn is not None and drawn.contains(c))
        found.append(Caveat(start=sentence.start, end=sentence.end, section=k, conclusions=qualified))
    return found


@cache
def _cues(lang: Lang) -> tuple[re.Pattern[str], ...]:
    """(opener, first-person judgement anywhere, concluding, position closer) patterns."""
    data = _data(lang)
    return (
        cue_pattern(data.openers, lang, opening=True),
        cue_pattern(data.anywhere, lang),
        cue_pattern(data.concluding, lang),
        cue_pattern(data.closers, lang, opening=True),
    )


def _opens(text: str, sentence: Span, lang: Lang) -> bool:
    """Whether the sentence opens with a conclusion cue ("综上", "In conclusion")."""
    return _cues(lang)[0].match(text[sentence.start : sentence.end]) is not None


def _cues_in(text: str, sentence: Span, lang: Lang, *, ends: tuple[bool, bool]) -> tuple[bool, bool]:
    """(opens with a conclusion cue, holds a judgement).

    A judgement is a first-person judgement cue outside quotation marks; when the sentence
    ends its paragraph or position (``ends``: (paragraph, position)), a concluding cue anywhere
    in it; when it ends its position, a closer at its start ("因此", "Therefore").
    """
    _, _, concluding, closer = _cues(lang)
    words = text[sentence.start : sentence.end]
    judged = _judged(text, sentence, lang) or (any(ends) and concluding.search(words) is not None)
    return _opens(text, sentence, lang), judged or (ends[1] and closer.match(words) is not None)


def _decides(text: str, sentence: Span, lang: Lang) -> bool:
    """Whether the sentence states a decision, outcome, ruling or recommendation (``outcomes_reached``:
    "we have therefore decided", "unanimously recommends", "研究决定", "将不再") outside
    quotation marks (a decision quoted from someone else is theirs, not the text's)."""
    outcomes = _outcomes(lang)
    return outcomes is not None and _unquoted(text, sentence, outcomes, lang)


@cache
def _outcomes(lang: Lang) -> re.Pattern[str] | None:
    """The ``outcomes_reached`` of a language in one pattern (None: it lists none), compiled once:
    `_decides` asks for it of every candidate sentence, and finding it again by its word list
    hashes the whole list each time. A ruling said in a construction a word list cannot hold
    (``rulings``: "The decision of the board, by a majority, is that X") is one as well. An outcome
    that only refers the matter on (``referrals``: "The committee agreed to put the question to
    members", "we agreed to consult") decides nothing of it."""
    data = _data(lang)
    if not data.outcomes_reached:
        return None
    found = cue_pattern(data.outcomes_reached, lang)
    either = "|".join([f"(?:{found.pattern})(?!{data.referrals})", *(f"(?:{r})" for r in data.rulings)])
    return re.compile(either, found.flags)


def _tallies(words: str, lang: Lang, line: str) -> bool:
    """Whether ``words`` tally a vote: counts of two or more sides (``tallies``: "3 in favour, 2
    against", "同意22票，反对3票", "正方2票，反方5票") or its margin in one phrase (``margins``: "by 7
    votes to 2", "2 judges to 1", "以7票对2票"), the outcome of a decision, as a ruling is; not a
    vote its line (``line``) says was taken before the debate (``opening_votes``: "A show of hands
    before the debate: X", "辩论开始前举手表决：X"), which gives the starting point, not the result."""
    tallies, margin = _tally_patterns(lang)
    sides = {
        " ".join(found.group("word").lower().split())
        for pattern in tallies
        for found in pattern.finditer(words)
    }
    tallied = len(sides) >= 2 or margin.search(words) is not None
    # the line is searched only for a tally: most sentences tally nothing
    return tallied and _opening_vote(lang).search(line) is None


def _tail(parts: Parts) -> int:
    """The first line of the text's closing part: its last two body lines and what follows them.

    There a division of the whole among options (`divides`: "Yes: 61% · No: 39%", "Of the 40
    replies, 22 chose X and 18 Y") is the result the text closes on (a readers' poll under two
    columns, a host's or a secretary's closing count); earlier, shares are the figures an
    argument or a report goes on to read ("Overall, 41% support X, 46% oppose it and 13% do not
    know"), or a change that happens to add up ("from 70% to 30%")."""
    body = sorted({s.block for s in parts.sentences if parts.blocks[s.block].kind is BlockKind.BODY})
    return body[-2] if len(body) >= 2 else len(parts.blocks)


def _divided_asides(parts: Parts, tail: int) -> list[ConclusionSpan]:
    """The caption-like lines (short, no full stop) and the notes ("Editor's note: X") of the text's
    closing part (from line ``tail`` on, `_tail`) that give a poll's or a vote's result as shares of
    the whole (`divides`: "Yes: 61% · No: 39%", "Of the 40 replies, 22 chose X and 18 Y"): the
    body's loop never meets such a line, yet it is the outcome the text reports."""
    text, blocks = parts.text, parts.blocks
    in_section = SpanIndex(parts.sections)
    return [
        ConclusionSpan(start=s.start, end=s.end, section=_section_of(in_section, s), final=True)
        for s in parts.sentences
        if s.block >= tail
        and blocks[s.block].kind in _ASIDES
        and divides(text[s.start : s.end], _numerals(parts.lang))
    ]


@cache
def _opening_vote(lang: Lang) -> re.Pattern[str]:
    """The ``opening_votes`` of a language in one pattern, compiled once."""
    words = _data(lang).opening_votes
    return cue_pattern(words, lang) if words else re.compile(r"(?!)")


@cache
def _tally_patterns(lang: Lang) -> tuple[tuple[Prefiltered, ...], re.Pattern[str]]:
    """(each ``tallies`` pattern, screened as the credence rules are, the ``margins`` in one
    pattern), compiled once."""
    data, flags = _data(lang), _flags(lang)
    return tuple(Prefiltered(re.compile(p, flags)) for p in data.tallies), any_pattern(data.margins, flags)


@cache
def _call_patterns(lang: Lang) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(closing calls, closing decisions, ratings with their reason), one pattern each."""
    data = _data(lang)
    flags = _flags(lang)
    return (
        any_pattern(data.closing_calls, flags),
        any_pattern(data.closing_decisions, flags),
        any_pattern(data.ratings, flags),
    )


def _calls(parts: Parts) -> tuple[set[int], set[int]]:
    """Starts of the sentences that make the text's closing decision or rating, and of those that
    make its closing call.

    The text's closing line is its last body line that says something: past sign-offs, imprints,
    signatures, thanks and chat acknowledgements (`is_procedural`), bare fragments ("[OK]") and
    lines that only tell the reader what to do next (`_past_next_steps`), in
    a text of two or more such lines (one line alone argues towards nothing), when no role marks it
    as one side's and it follows another of its section (a line alone under a side's heading, a voter
    guide's "ARGUMENT AGAINST" / "… Vote NO on 9.", closes that section's case; alone under a heading
    of its own, a host's closing note, "LIBRARIAN'S NOTE", "三、会后安排", only its decision counts). There a
    decision of the deciding party (``closing_decisions``: "X stays allowed", "We will keep X",
    "Instead we will invest X", "I'd rather X", "同意X", "当面商量", "先X再说", "我们会X", "我宁愿X",
    "下周一起试行X") or a call or request of the author (``closing_calls``: "Let us X.", "Don't
    X.", "The prosecution asks you to X", "恳请法庭X", "建议X") is what the whole argument comes
    to, though no "In conclusion" announces it; a note on what the reader may do next ("如有意见,
    欢迎X", "If you disagree, X") is none. A rating given with its reason at the start
    of a sentence (``ratings``: "Three stars: X", "两星,给X") is the reviewer's verdict wherever it
    stands (a 追评 may follow it), counted with the decisions. Quoted words are someone else's.
    """
    text, lang, blocks, sentences = parts.text, parts.lang, parts.blocks, parts.sentences
    calls, decisions, ratings = _call_patterns(lang)
    said = _past_next_steps(
        text,
        [
            s
            for s in argumentative(sentences, blocks, text)
            if blocks[s.block].kind is BlockKind.BODY
            and not s.inline_note
            and _says(text[s.start : s.end], lang)
        ],
        lang,
    )
    rated = {s.start for s in said if ratings.match(text[s.start : s.end].lstrip(" *_#>"))}
    said = _before_comments(text, blocks, said, lang)
    if len({s.block for s in said}) < 2:
        return rated, set()
    last = said[-1].block
    in_section = SpanIndex(parts.sections)
    section = _section_of(in_section, said[-1])
    marked = any(p.marked and p.start <= said[-1].start < p.end for p in parts.positions)
    alone = not any(s.block != last and _section_of(in_section, s) == section for s in said)
    # a line alone under a side's heading closes that side's case; alone under a heading of its own
    # (a curator's or a committee's closing note, "Our response", "会议意见"), its decision still rules
    sided = match_marker(parts.sections[section].title, lang) is not None
    if marked or (alone and sided):
        return rated, set()
    closing = [s for s in said if s.block == last and not _no_last_word(text[s.start : s.end], lang)]
    # (not a step that waits on a condition: "If the board agrees, the office will X")
    decided = {
        s.start
        for s in closing
        if _unquoted(text, s, decisions, lang) and not _contingent(text[s.start : s.end], lang)
    }
    return rated | decided, set() if alone else {s.start for s in closing if _unquoted(text, s, calls, lang)}


def _before_comments(
    text: str, blocks: list[Block], sentences: list[SentenceSpan], lang: Lang
) -> list[SentenceSpan]:
    """``sentences`` up to the caption line that opens the readers' replies under a post or a thread
    (``comments``: "Replies", "Comments (3)", "——网友评论——"), when the author said something before
    it: a reply is a reader's word, not where the author's argument closes."""
    comments = re.compile(_data(lang).comments, _flags(lang))
    opens = next(
        (
            b.start
            for b in blocks
            if b.kind is BlockKind.CAPTION and comments.match(text[b.start : b.end]) is not None
        ),
        None,
    )
    before = [s for s in sentences if opens is None or s.end <= opens]
    return before or sentences


def _says(words: str, lang: Lang) -> bool:
    """Whether a sentence says something a closing line may: no procedural line, and a full
    sentence or a chat message of some length (a bare "[OK]" or "👍" only acknowledges)."""
    if is_procedural(words, lang):
        return False
    if words.rstrip(_CLOSE_QUOTES).endswith((*_FULL_STOPS, *_QUESTION_MARKS)):
        return True
    return len(re.findall(r"[^\W\d_]+", words)) >= 4 if lang is Lang.EN else sum(map(str.isalpha, words)) >= 6


def _unquoted(text: str, sentence: Span, cue: re.Pattern[str], lang: Lang) -> bool:
    """Whether ``cue`` occurs in the sentence outside quotation marks."""
    return _unquoted_in(text, sentence.start, sentence.end, _screened(cue), lang)


@per_document
def _unquoted_in(text: str, start: int, end: int, cue: Prefiltered, lang: Lang) -> bool:
    """`_unquoted` of ``text[start:end]``, kept for the document being read: this stage asks it
    of one sentence and cue list two or three times (`_decides` while it finds the candidates, the
    results reached and the closing part). The screened cue (`_screened`, one per list) is the
    key, not the compiled pattern, whose hash is costly."""
    found = [start + m.start() for m in cue.finditer(text[start:end])]
    quoted = quoted_positions(text, start, end, layout_data(lang).pairs) if found else set()
    return any(at not in quoted for at in found)


#: `_screened`'s cue lists, by their pattern's source and flags (the lexicons' lists: few and fixed).
_SCREENED: dict[tuple[str, int], Prefiltered] = {}


def _screened(cue: re.Pattern[str]) -> Prefiltered:
    """``cue`` screened (`Prefiltered`: the same matches): the cue lists `_unquoted` reads are
    long alternations that the engine tries at every character of every sentence. Kept by the
    pattern's source and flags, not by the compiled pattern: hashing a compiled pattern hashes its
    whole program every time (55 us for the English judgement cues, longer than the search)."""
    key = (cue.pattern, cue.flags)
    screened = _SCREENED.get(key)
    if screened is None:
        screened = _SCREENED[key] = Prefiltered(cue)
    return screened


@cache
def _follow_up(lang: Lang) -> re.Pattern[str] | None:
    """Prescriptions that draw on a conclusion just drawn ("应当", "should")."""
    words = _data(lang).follow_ups
    return cue_pattern(words, lang) if words else None


@cache
def _steps(lang: Lang) -> re.Pattern[str]:
    """``follow_up_patterns``, one pattern (see `_in_steps`)."""
    return any_pattern(_data(lang).follow_up_patterns, _flags(lang))


def _in_steps(text: str, sentence: Span, lang: Lang) -> bool:
    """Whether the sentence advises a course in steps (``follow_up_patterns``: "先借朋友的用一个星期,
    天天用你再买", "first borrow one, then buy") and makes no call: right after a conclusion such
    advice draws the conclusion on, as a prescription does, while a call in steps after a verdict
    ("综上,X。建议先协商,协商不成再申请仲裁。") is the next step (``closing_calls``), not the verdict."""
    return _steps(lang).search(text[sentence.start : sentence.end]) is not None and not _unquoted(
        text, sentence, _call_patterns(lang)[0], lang
    )


def _closing(
    sentences: list[SentenceSpan], blocks: list[Block], sections: list[SectionSpan], positions: list[Position]
) -> int | None:
    """The start of the sentence that opens the closing paragraph of a text of three or more
    paragraphs, when that paragraph follows another in its section and argues no marked side
    (a "Disadvantages" section's paragraph argues one side, it does not close the text)."""
    body = [s for s in sentences if blocks[s.block].kind is BlockKind.BODY]
    if len({s.block for s in body}) < 3:
        return None
    first = next(s for s in body if s.block == body[-1].block)
    before = next((s for s in reversed(body) if s.block != first.block), None)
    in_section = SpanIndex(sections)
    alone = before is None or in_section.first_containing(before.start, before.start + 1) != (
        in_section.first_containing(first.start, first.start + 1)
    )
    marked = any(p.marked and p.start <= first.start < p.end for p in positions)
    return None if alone or marked else first.start


def _verdict(
    text: str,
    sentences: list[SentenceSpan],
    closing: int | None,
    follow_up: re.Pattern[str] | None,
    numbers: Sequence[Span],
) -> set[int]:
    """Starts of the sentences of the author's verdict in the closing paragraph (see `_closing`):
    when it holds at most three sentences, those up to its last prescription (``follow_ups``:
    "X is worth Y. We should do X.") that cite no number (a fact given as evidence), else its
    first sentence when that one prescribes. A prescription a whether-clause asks about ("The
    members were asked whether the bus should stop", `_prescribes`) prescribes nothing."""
    if closing is None:
        return set()
    block = _block_of(sentences, SpanIndex(sentences), closing)  # once, not once per sentence
    run = [s for s in sentences if s.block == block]
    prescribing = [s.start for s in run if _prescribes(text[s.start : s.end], follow_up)]
    if prescribing and len(run) <= 3:
        cite = {s.start for s in run if any(s.start <= n.start < s.end for n in numbers)}
        return {s.start for s in run if s.start <= prescribing[-1] and s.start not in cite}
    return {closing} if closing in prescribing else set()


def _prescribes(words: str, follow_up: re.Pattern[str] | None) -> bool:
    """Whether ``words`` prescribe a course (``follow_ups``) in their own voice: not one a
    whether-clause puts as a question (``indirect`` of the issue data, "whether", "是否", in the
    prescription's own clause): "Members were surveyed on whether the bus should stop" prescribes
    nothing, "Whether or not it rains, we should go" still does."""
    found = None if follow_up is None else follow_up.search(words)
    if found is None:
        return False
    clause = _CLAUSE_BREAKS.split(words[: found.start()])[-1].casefold()
    return not any(word.casefold() in clause for lang in Lang for word in issue_data(lang).indirect)


#: What ends a clause: a comma, a semicolon or a colon.
_CLAUSE_BREAKS = re.compile(r"[,，;；:：]")


def _sums_up_figures(sentence: Span, numbers: Sequence[Span]) -> bool:
    """Whether the sentence gives two or more figures ("Overall, 41% of adults support X, while 46%
    oppose it"): after a conclusion opener it sums up findings, the evidence a reading is drawn
    from, not the reading itself."""
    return sum(sentence.start <= n.start < sentence.end for n in numbers) >= 2


def _continues(text: str, sentences: list[SentenceSpan], found: list[ConclusionSpan], sentence: Span) -> bool:
    """Whether the sentence goes on, after a semicolon, with the conclusion just drawn: the
    clauses of one sentence ("我的看法是:如果A,X;如果B,Y。") share its conclusion cue."""
    if not found or not text[: found[-1].end].rstrip().endswith((";", "；")):
        return False
    before = next((s for s in reversed(sentences) if s.end <= sentence.start), None)
    return before is not None and before.end == found[-1].end and _next_to(text, found[-1].end, sentence)


def _next_to(text: str, end: int, sentence: Span) -> bool:
    """Whether the sentence follows ``end`` directly, on the same line."""
    gap = text[end : sentence.start]
    return not gap.strip() and "\n" not in gap


def _past_lead_in(text: str, sentences: list[SentenceSpan], start: int | None, lang: Lang) -> int | None:
    """The start of the sentence after the one at ``start`` on its line, when that one only
    announces the closing word (`_only_announces`: "最后我说两句。X。"), else ``start``."""
    here = next((i for i, s in enumerate(sentences) if s.start == start), None)
    if here is None or here + 1 == len(sentences):
        return start
    sentence, after = sentences[here], sentences[here + 1]
    announces = _only_announces(text[sentence.start : sentence.end], lang)
    return after.start if announces and after.block == sentence.block else start


def _turned_from(
    text: str, sentences: list[SentenceSpan], index: SpanIndex, sentence: Span, lang: Lang
) -> bool:
    """Whether the next sentence on the sentence's line opens with a contrast ("But", "但"): the
    sentence concedes what the line then turns from. ``index``: the `SpanIndex` of ``sentences``."""
    here = index.first_containing(sentence.start, sentence.start + 1)
    if here is None or here + 1 >= len(sentences) or sentences[here + 1].block != sentences[here].block:
        return False
    after = sentences[here + 1]
    return opens_with_contrast(text[after.start : after.end], lang)


def _contingent(words: str, lang: Lang) -> bool:
    """Whether the statement opens with a condition (``contingencies``: "If", "如果")."""
    contingencies = _data(lang).contingencies
    return bool(contingencies) and cue_pattern(contingencies, lang, opening=True).match(words) is not None


def _assigns(words: str, lang: Lang) -> bool:
    """Whether the statement only hands a follow-up task to someone or sets a later review
    (``assignments``: "KP to book the hall.", "Review at the next meeting.", "由张三负责联系场地。"):
    the next step of a decision, not the decision or judgement itself, though a label or a
    ruling's lead-in announces it with the decision."""
    assignments = _assignment_patterns(lang)
    return any(p.match(words) is not None for p in assignments)


def _small_print(words: str, lang: Lang) -> bool:
    """Whether the statement is the document's small print (``small_print``): what the document is
    for or what standing it has ("This summary is provided to the parties.", "本意见书仅供贵方内部参考。",
    a paper's "Members are asked to approve X."), or the thanks it closes with ("感谢您对我市工作的关心和
    支持。"): in a conclusion section or after a ruling it concludes nothing."""
    return _small_print_pattern(lang).search(words) is not None


@cache
def _small_print_pattern(lang: Lang) -> re.Pattern[str]:
    """The ``small_print`` patterns of a language in one pattern, compiled once."""
    return any_pattern(_data(lang).small_print, _flags(lang))


@cache
def _recourse(lang: Lang) -> re.Pattern[str]:
    """The ``recourse`` patterns of a language in one pattern, compiled once: a party's right to
    appeal or to ask for a review of a ruling ("can appeal against", "若不服")."""
    return any_pattern(_data(lang).recourse, _flags(lang))


@cache
def _assignment_patterns(lang: Lang) -> tuple[re.Pattern[str], ...]:
    """The ``assignments`` patterns, compiled once (each case-sensitive: a name's capitals count)."""
    return tuple(re.compile(p) for p in _data(lang).assignments)


def _only_announces(words: str, lang: Lang) -> bool:
    """Whether the statement announces a closing word and says none itself ("最后我说两句。",
    "So my message to the board is simple."; not "决定如下:X")."""
    lead_ins = _data(lang).lead_ins
    found = cue_pattern(lead_ins, lang).search(words) if lead_ins else None
    return found is not None and not said_after_colon(words, found.end())


def _leads_in(words: str, lang: Lang) -> bool:
    """Whether the statement announces a ruling, decision or closing word that follows it
    ("判决如下:", "So my message to the board is simple.", "最后我说两句。")."""
    lead_ins = _data(lang).lead_ins
    return bool(lead_ins) and cue_pattern(lead_ins, lang).search(words) is not None


def _announced(text: str, blocks: list[Block], block: int, lang: Lang) -> set[int]:
    """The lines a statement that ends its line announces: the body line right after its own,
    and the list items that go on from there ("I therefore ask you to:" / "1. X;" / "2. Y.")."""
    item = re.compile(_data(lang).items)
    after = [i for i in range(block + 1, len(blocks)) if blocks[i].kind is BlockKind.BODY]
    if not after or after[0] != block + 1:
        return set()
    run = after[:1]
    for i in after[1:]:
        if i != run[-1] + 1 or item.match(text[blocks[i].start : blocks[i].end]) is None:
            break
        run.append(i)
    return set(run)


def _deciding_label(
    text: str, blocks: list[Block], block: int, words: str, lang: Lang
) -> re.Match[str] | None:
    """The deciding label (``labels``) that opens ``words``, a statement or a caption-like line of
    line ``block``; None when there is none.

    A label with a note of who or when in brackets that stands alone on its line (the pattern's
    group ``alone``: "班委会意见(周五碰头后商定):") heads a decision only over a list, the measures
    decided ("一、X。" / "二、Y。"); over a paragraph it heads one party's view recorded on a form
    ("家长意见(电话沟通):" / "我们希望X。"), no outcome.
    """
    found = re.match(_data(lang).labels, words, _flags(lang))
    if found is None or found.groupdict().get("alone") is None:
        return found
    after = block + 1
    item = re.compile(_data(lang).items)
    listed = (
        after < len(blocks)
        and blocks[after].kind is BlockKind.BODY
        and item.match(text[blocks[after].start : blocks[after].end]) is not None
    )
    return found if listed else None


def _under_labels(text: str, blocks: list[Block], lang: Lang) -> set[int]:
    """The lines a label standing alone on a caption-like line announces: a retrospective's
    "ACTIONS" or a postmortem's "Action items" over its list, "教研组意见:" over its numbered items
    (``labels``); such a line is no sentence of the body, so the statements' loop never meets it."""
    lines: set[int] = set()
    for i, block in enumerate(blocks):
        words = text[block.start : block.end]
        found = _deciding_label(text, blocks, i, words, lang) if block.kind is BlockKind.CAPTION else None
        if found is not None and not words[found.end() :].strip(" .:："):
            lines |= _announced(text, blocks, i, lang)
    return lines


def _stands(sentences: list[SentenceSpan], turns: Sequence[Turn]) -> set[int]:
    """Ends of the sentences that open a speaker's turn, in a text of two or more turns of
    speakers who argue (no chair's), but the last: there "我觉得应该X" or "I think X" states
    what the speaker argues for (a main claim), it concludes nothing; the last turn may."""
    arguing = [t for t in turns if not t.chair]
    if len(arguing) < 2:
        return set()
    firsts = (next((s for s in sentences if turn.holds(s)), None) for turn in arguing[:-1])
    return {s.end for s in firsts if s is not None}


def _later_line(text: str, statement: Span, other: Span) -> bool:
    """Whether ``other`` comes after ``statement``, on a line of its own."""
    return other.start >= statement.end and "\n" in text[statement.end : other.start]


def _settled(parts: Parts, statements: Sequence[tuple[SentenceSpan, int, bool]]) -> set[int]:
    """The start of the statement that settles a conversation: in a text of turns of two or more
    speakers whom no role sets on a side, the last turn (but the first) that opens by taking up a
    course (``settling``: "OK, let's X", "Fine, we'll X", "So that's settled: X", "那我们就X"; not a
    question, "那我怎么办?"). A chat, a meeting's exchange or an advice session ends where one side
    settles what the other proposed, though a thank-you or a farewell may follow: that sentence is
    the exchange's outcome, unless a conclusion is drawn after it (a chair's summing-up,
    `find_conclusions`)."""
    text, lang, turns = parts.text, parts.lang, [t for t in parts.turns if not t.chair]
    pattern = _settling(lang)
    # sides a role assigns (a formal debate's "正方二辩", "Opposition") never settle: a judge decides
    if len({t.label for t in turns}) < 2 or any(t.role is not None for t in turns):
        return set()
    settled = set()
    for turn in turns[1:]:
        first = next((s for s, _, _ in statements if turn.holds(s)), None)
        if first is None:
            continue
        words = text[first.start : first.end]
        if pattern.match(words) and not words.rstrip().endswith(_QUESTION_MARKS):
            settled = {first.start}
    return settled


def _convened(
    parts: Parts, statements: Sequence[tuple[SentenceSpan, int, bool]], decided: Set[int]
) -> set[int]:
    """The starts of the statements of the convener's closing turn.

    In a conversation whose roles set nobody on a side and where nobody asks (an interviewer's
    "Q:", an AMA's "Question from u/x": answers to questions settle nothing), the one who opened it
    (who put the matter to the others: a group's organiser, an owner asking the staff, a
    secretary's circular) comes back after two or more others gave their views, and only short
    reactions follow ("👍", "Fine by me.", "先试试吧。": at most a quarter of its length each). That
    turn settles what was put ("OK, taking it all together: 1. X; 2. Y.", "Here's where I've landed:
    X"): it is the exchange's outcome, though no cue announces it; its thanks, questions, lead-ins
    and notes on what the reader may do next are none (`_states_course`). Not when the turn before
    it settled the matter already (another's "So let's X.", which the convener only takes up), nor
    when the record states the outcome in words of its own there ("Outcome: the family agreed to
    X": the rest of the turn is still argument); ``decided``: the starts of the statements that make
    the text's closing decision or settle it (`_calls`, `_settled`).
    """
    turns, text, lang = parts.turns, parts.text, parts.lang
    if len(turns) < 3 or any(t.role is not None or t.asker or t.questions for t in turns):
        return set()
    convener = _who(turns[0].label)
    closing = max(i for i, t in enumerate(turns) if _who(t.label) == convener)
    others = {_who(t.label) for t in turns[1:closing]} - {convener}
    if closing == 0 or len(others) < 2:
        return set()
    before, last = turns[closing - 1], turns[closing]
    length = len(text[last.body : last.end].strip())
    if any(len(text[t.body : t.end].strip()) * 4 > length for t in turns[closing + 1 :]):
        return set()
    if any(
        (before.holds(s) or last.holds(s)) and (s.start in decided or _decides(text, s, lang))
        for s, _, _ in statements
    ):
        return set()
    return {
        s.start for s, _, _ in statements if last.holds(s) and _states_course(text[s.start : s.end], lang)
    }


def _states_course(words: str, lang: Lang) -> bool:
    """Whether a statement of a closing turn may state the course settled: not a question, not a
    lead-in that announces the list after it ("Taking it all together: 1."), not a note on what
    the reader may do next ("Please X", "有其他意见X"), and not a bare acknowledgement or call to
    order (``acknowledgements``: "Ok.", "好了好了，别吵。")."""
    if _ends_in_colon(words, lang) or _no_last_word(words, lang):
        return False
    if words.rstrip(_CLOSE_QUOTES).endswith(_QUESTION_MARKS):
        return False
    return re.fullmatch(_data(lang).acknowledgements, words.strip(), _flags(lang)) is None


def _ends_in_colon(words: str, lang: Lang) -> bool:
    """Whether the statement ends in a colon that announces what follows, or in a colon and the
    marker of the list's first item that the sentence cut kept with it ("调整如下：1.", "as follows: (a)")."""
    marker = _data(lang).joined_items.removeprefix("^")
    return re.search(rf"[:：]\s*(?:{marker})?\s*$", words, _flags(lang)) is not None


def _who(label: str) -> str:
    """The speaker a turn's label names, without the description in brackets after the name:
    "Sam (chair)" and "Sam" are one speaker's turns."""
    return re.sub(r"\s*[(（][^()（）]*[)）]\s*$", "", label).strip()


@cache
def _settling(lang: Lang) -> re.Pattern[str]:
    """The ``settling`` openers of a language in one pattern, compiled once."""
    return any_pattern(_data(lang).settling, _flags(lang))


def _answers_its_question(parts: Parts) -> bool:
    """Whether the text answers a question right after it in a way that gives its verdict: one that
    draws the matter together (opening with ``verdict_questions``: "So which way should we go? X is
    the better choice.", "那么该不该搬？我看不该搬。"), or one answered on the next line or paragraph
    (a form's "No.", a case study's "问：X？" / "答：Y。"). That answer is the text's verdict (the
    claims make it the main claim or take its side), so the last line is a reason or an aside, not
    the last word. A question answered on its way in its own paragraph ("Is it safe? Mostly, yes.")
    is a step of the argument and vetoes nothing."""
    text, blocks, lang = parts.text, parts.blocks, parts.lang
    verdicts = _data(lang).verdict_questions
    opening = cue_pattern(verdicts, lang, opening=True) if verdicts else None
    body = [s for s in parts.sentences if blocks[s.block].kind is BlockKind.BODY]

    def draws(question: SentenceSpan, answer: SentenceSpan) -> bool:
        # a question that draws the matter together, or one answered on a line of its own (a form's
        # "No.", a case study's "问：X？" / "答：Y。")
        together = opening is not None and opening.match(text[question.start : question.end]) is not None
        return together or answer.block != question.block

    return any(
        text[s.start : s.end].rstrip(_CLOSE_QUOTES).endswith(_QUESTION_MARKS)
        and text[s.end : after.start].count("\n") <= 2
        and draws(s, after)
        for s, after in itertools.pairwise(body)
    )


def _contributions(text: str, blocks: list[Block], lang: Lang) -> int:
    """How many lines open or close a contribution of their own: a sign-off with a dash ("——一位家长",
    "— A reader") or a header that declares its writer's side (a rating, "★☆☆☆☆ 用户X", "Vote:
    against"). A page of two or more is several writers' (its last line closes the last letter or
    review, not the page)."""
    return sum(
        _SIGNATURE.match(line) is not None
        or (not line.rstrip().endswith(_FULL_STOPS) and declared(line, lang) is not None)
        for line in (text[b.start : b.end] for b in blocks)
    )


def _aside(text: str, block: Block) -> bool:
    """Whether the line is an aside beside the text, an editor's or a platform's, not its author's
    last word: held wholly in brackets ("[Editor's note: X]", "（欢迎读者来信）") or opening with a
    bracketed tag ("【系统提示】X。"; not a time stamp's "[21:15] X", which opens a speaker's line)."""
    line = text[block.start : block.end].strip()
    close = _ASIDE_BRACKETS.get(line[:1])
    return close is not None and (line.endswith(close) or line[0] in _TAG_BRACKETS)


def _no_last_word(words: str, lang: Lang) -> bool:
    """Whether the sentence opens by adding one more point to a list (``adding``: "Finally, X",
    "Also, X"), tells the reader what to do next (``next_steps``, `_next_step`) or is the document's
    small print (`_small_print`): a reason or a practical note, not the author's final judgement."""
    adding = _data(lang).adding
    return (
        _next_step(words, lang)
        or _small_print(words, lang)
        or (bool(adding) and cue_pattern(adding, lang, opening=True).match(words) is not None)
    )


@cache
def _proposals(lang: Lang) -> re.Pattern[str]:
    """The ``proposals`` of a language in one pattern, compiled once."""
    return any_pattern(_data(lang).proposals, _flags(lang))


def _next_step(words: str, lang: Lang) -> bool:
    """Whether the sentence opens by telling the reader what to do next (``next_steps``: "If you
    disagree with this decision, you can X", "Please reply by Friday", "You are required to X")."""
    steps = _data(lang).next_steps
    return bool(steps) and cue_pattern(steps, lang, opening=True).match(words) is not None


def _past_next_steps(text: str, sentences: Sequence[SentenceSpan], lang: Lang) -> list[SentenceSpan]:
    """``sentences`` (in text order) without the lines at their end that open by telling the reader
    what to do or what comes next (a decision letter's "If you disagree, you can X. We are sorry.", a
    report's "You are required to respond within 56 days", a newsletter's "Next meeting: 9 May. All
    welcome."): the text's closing line is the one before them, where its argument ends."""
    kept = list(sentences)
    while kept:
        line = [s for s in kept if s.block == kept[-1].block]
        if not _next_step(text[line[0].start : line[0].end], lang):
            break
        del kept[-len(line) :]
    return kept


def _section_of(sections: SpanIndex, sentence: Span) -> int:
    """The index of the section the sentence opens in (0 when none holds it); ``sections``: the
    index of the text's sections, built once per text."""
    return sections.first_containing(sentence.start, sentence.start + 1) or 0


def _drawn_last(parts: Parts) -> set[int]:
    """Where the author's theses start that the text's last body line (of two or more) draws: with
    a judgement or a concluding cue of their sentence ("比起X,我更想Y", "we are inclined to X"), or on
    a line a deciding label opens ("Decided. We sell the van. X."). A thesis stated there without a
    cue (an aside for other readers, "If your house is draughty, fix X first") is the text's main
    claim."""
    text, lang, blocks, sentences = parts.text, parts.lang, parts.blocks, parts.sentences
    lines = sorted({s.block for s in sentences if blocks[s.block].kind is BlockKind.BODY})
    if len(lines) < 2:
        return set()
    line = blocks[lines[-1]]
    labelled = re.match(_data(lang).labels, text[line.start : line.end], _flags(lang)) is not None
    _, anywhere, concluding, _ = _cues(lang)
    index = SpanIndex(sentences)
    drawn = set()
    for issue in parts.issues:
        found = index.first_containing(issue.question_start, issue.question_start + 1)
        sentence = sentences[found] if found is not None else None
        if sentence is None or sentence.block != lines[-1] or issue.author is None:
            continue
        words = text[sentence.start : sentence.end]
        if labelled or anywhere.search(words) or concluding.search(words):
            drawn.add(issue.question_start)
    return drawn


def _block_of(sentences: list[SentenceSpan], index: SpanIndex, offset: int) -> int | None:
    """The line of the first sentence holding ``offset`` (None when none does); ``index``: the
    `SpanIndex` of ``sentences``, built once per text (a scan per statement was quadratic)."""
    found = index.first_containing(offset, offset + 1)
    return None if found is None else sentences[found].block


def _leads(sentences: list[SentenceSpan], blocks: list[Block]) -> set[int]:
    """Starts of sentences that open a paragraph which goes on for at least two more sentences
    and is not the text's last, and of the text's first body sentence when more paragraphs
    follow: a judgement there ("我的看法是 X。理由一…", a memo's opening "We recommend X.")
    states the thesis the text or paragraph argues for, it concludes nothing."""
    body = [s for s in sentences if blocks[s.block].kind is BlockKind.BODY]
    last = max((s.block for s in body), default=None)
    by_block: dict[int, list[SentenceSpan]] = {}
    for sentence in sentences:
        by_block.setdefault(sentence.block, []).append(sentence)
    leads = {run[0].start for block, run in by_block.items() if len(run) >= 3 and block != last}
    if body and len({s.block for s in body}) >= 3:
        leads.add(body[0].start)
    return leads


def _endings(sentences: list[SentenceSpan], positions: list[Position]) -> dict[int, tuple[bool, bool]]:
    """Sentence end -> (it ends its paragraph (line), it ends its position)."""

    def position(sentence: SentenceSpan) -> int | None:
        return next((i for i, p in enumerate(positions) if p.start <= sentence.start < p.end), None)

    places = [position(sentence) for sentence in sentences]  # each sentence's, asked twice
    ends = {}
    for i, here in enumerate(sentences):
        after = sentences[i + 1] if i + 1 < len(sentences) else None
        inside = places[i]
        last = after is None or places[i + 1] != inside
        ends[here.end] = (after is None or here.block != after.block, inside is not None and last)
    return ends


def _labelled_outcome(label: str, lang: Lang) -> bool:
    """Whether a speaker's label is a deciding label (``labels``: "Result:", "Verdict:", "裁判组表决:"):
    the words after it are an outcome recorded, not a speaker's turn."""
    return re.match(_data(lang).labels, label, _flags(lang)) is not None


def _only_lead_in(piece: str, lang: Lang) -> bool:
    """Whether the part before the first alternative only announces them."""
    found = _cues(lang)[0].match(piece)
    return piece.rstrip().endswith(":") or (found is not None and not piece[found.end() :].strip(_TRIM))


def _lists_alternatives(words: str, cuts: Sequence[int], lang: Lang) -> bool:
    """Whether the enumeration markers at ``cuts`` (the first inside the sentence) list
    alternatives: a part states a probability and the lead-in before them only announces them (it
    ends with a colon or is a bare cue, "In conclusion, first, …"), or two or more parts state one
    ("prices rise, a 65% chance, (b) they fall, a 35% chance"). Parts without a probability after
    a colon are the terms of one judgement ("Approved with conditions: (a) X; (b) Y")."""
    parts = [words[a:b] for a, b in itertools.pairwise([*cuts, len(words)])]
    stated = sum(credence_of(part, lang) is not None for part in parts)
    return stated >= 2 or (stated >= 1 and _only_lead_in(words[: cuts[0]], lang))


def _alternatives(text: str, sentence: SentenceSpan, lang: Lang) -> list[tuple[int, int]]:
    """Cut a sentence at its enumeration markers; drop a lead-in that only announces them.

    Markers inside the sentence cut it only when they list alternatives: after a colon ("有两种可能:
    第一种…60%…") or a bare cue when a part states a probability, or when two or more of the parts
    state one. Otherwise they name one alternative ("We recommend option 1, ...") or list the parts
    of one recommendation ("We recommend that the council (1) X, (2) Y and (3) Z", "Approved with
    conditions: (a) X; (b) Y"), which is one conclusion.
    """
    words = text[sentence.start : sentence.end]
    pattern = rf"(?:^|(?<=[\s,;:。]))(?:{'|'.join(_data(lang).enumeration)})"
    cuts = [m.start() for m in re.finditer(pattern, words, _flags(lang))]
    if not cuts or (cuts[0] > 0 and not _lists_alternatives(words, cuts, lang)):
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


@component("argkg_conclusions")
class ConclusionComponent(Component):
    """spaCy component: what the text concludes, and the hedges on that (``conclusions``, ``caveats``)."""

    assigns = ("conclusions", "views", "caveats")
    requires = (
        "blocks",
        "sections",
        "turns",
        "sentences",
        "dialectic",
        "issues",
        "positions",
        "entities",
        "attributions",
        "numbers",
    )

    def find(self, parts: Parts) -> Parts:
        """Find the text's conclusions, then the caveats that qualify them."""
        drawn = find_conclusions(parts)
        found = filled(parts, conclusions=drawn.conclusions, views=drawn.views)
        return filled(found, caveats=find_caveats(found))
