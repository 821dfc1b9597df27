"""Claims: one per argumentative sentence, with its stance, role and the note it may be.

Every sentence of a body or note line is a claim unless it is a conclusion, the question of an
issue (save one that states a side's proposition, a motion or a title's thesis,
`argkg.ingest.motions`: a claim wherever it stands), a stance marker with nothing after it, a
line that argues nothing by its form (a greeting or address to the chair, also right after a
speaker's label, "正方一辩:谢谢主席"; a bare label ending in a colon; a line of a record's fields,
"Date: 4 May · Venue: the hall") or a roster naming both teams; headings, captions, boilerplate
and quoted examples never are. A claim inside a marked position takes the position's stance; its
role is ``main`` for the position's main claim (the claim that states its issue's proposition,
"我方观点是 X", else the first claim of its side in the author's thesis voice, "我方认为 X", "We believe
that X", else the marker's own sentence when it has text after the marker, else the block's
first sentence), ``note`` for notes and ``premise`` otherwise. Outside positions a claim is
``background`` (or ``note``) and neutral: the intro, an issue's preamble that argues nothing, an
appendix without a question.

In an unmarked position (an issue or untitled text without stance markers) each claim's side
comes from `argkg.ingest.sides` (voices, the dialectic component's opponent sentences, headings
that name a side, evaluation words, contrast and inheritance, the author's side from their
thesis; without a thesis, from the verdict of their conclusions or closing block; and each block,
a letter, reply or party's statement under its own label, from its own verdict); the main
claim is the thesis, else a sentence in the author's thesis voice, else the
claim that answers a question the author puts right before it ("So which one? X."), else the
arguing (not neutral) sentence that puts a proposal or demand ("I propose that X"), else the one
that reads most as a stand on the stated proposition
(`argkg.ingest.stands`: opinion words, the matter debated, no figure) plus its central-claim score
(``doc._.argkg_dialectic``), or, without a stated proposition, the one with the highest
central-claim score, else the first; an author who states the thesis only in a conclusion has
that sentence as the main claim too. An unmarked position in which a voice of the other side
declares its side outright ("The caretaker opposes X", "管理员反对X") has that side's main claim
as well: of its declaring statements, the one that ranks highest by the same reading. A side that
a statement avows outright ("我支持X", "I'm for it") has its first avowal as its main claim, in
place of a notice's plan or a first line, unless its main claim states a thesis in its author's
own voice ("我提议X"). A clause
a sentence
concedes to the other side ("诚然 X, 但 Y", "Of course X, but Y") is a claim of its own with
the other stance (in a marked position too when it voices a side the rest answers, "Critics
claim X, but Y"), and a sentence in which both sides speak ("正方认为 X,反方则提醒 Y") is
split into one claim per side.

A note (a note line, a paragraph continuing one, or a parenthetical "(注:...)") annotates the
claim just before it in its section. A caveat (`argkg.ingest.conclusions.find_caveats`) is a
note too; it qualifies the conclusions it hedges, or, when there are none, annotates the claim
before it. Framing and reported sentences of a conclusion section, which are no conclusions,
are background claims like any sentence outside a position.
"""

import re
from bisect import bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import replace
from functools import cache
from operator import attrgetter
from typing import NamedTuple

from pydantic import BaseModel, ConfigDict

from argkg.ingest.component import Component, component
from argkg.ingest.decisions import PartSide, decision_parts, part_side
from argkg.ingest.dialectic import SentenceRole
from argkg.ingest.issue_terms import content_terms, opposed
from argkg.ingest.lexicon import alternation, load_data, one_of
from argkg.ingest.motions import stated_motions
from argkg.ingest.parts import Parts, filled
from argkg.ingest.positions import argumentative
from argkg.ingest.prefilter import Prefiltered
from argkg.ingest.proposition import VIEWS, match_proposition, names, reaction_side
from argkg.ingest.questions import is_informational
from argkg.ingest.sides import (
    Statement,
    answered,
    answers_voice,
    argues,
    argues_as_author,
    argues_nothing,
    assign_sides,
    byline,
    conceded_side,
    declared,
    evaluation,
    grants,
    heading_side,
    is_procedural,
    kept_side,
    labelled,
    other_side,
    reply_label,
    tone_side,
    verdict_side,
    voices,
)
from argkg.ingest.span_index import SpanIndex
from argkg.ingest.spans import (
    Block,
    BlockKind,
    Caveat,
    ClaimSpan,
    Issue,
    Position,
    SectionSpan,
    SentenceSpan,
    Span,
)
from argkg.ingest.stance import match_marker, on_roster
from argkg.ingest.stands import OPENING_WEIGHT, stand_score
from argkg.ingest.turns import Turn, opens_with_answer, proposes, speakers, speech_start, turn_sides
from argkg.ingest.voices import (
    bears_on,
    counter_side,
    direction,
    named_side,
    opposes,
    options,
    present_side,
    problem_side,
    prospect_side,
    relative_side,
    reported,
    reports,
    target_side,
    voice_side,
)
from argkg.schema.vocabulary import Lang, Role, Stance

__all__ = ["find_claims", "ClaimComponent"]

#: Trimmed from both ends of a part of a sentence.
_CLAUSE_EDGES = " ,;:、，；："


def find_claims(parts: Parts) -> list[ClaimSpan]:
    """Find the claims of a text (see the module docstring).

    Args:
        parts: the normalised text, its language, lines, sections, sentences, issues,
            positions and conclusions (their sentences are not claims); the dialectic
            component's sentence roles (``dialectic``; none: every unmarked position keeps its
            own stance) and the statements that hedge conclusions (``caveats``).

    Returns:
        The claims in text order.
    """
    text, lang, roles, caveats = parts.text, parts.lang, parts.dialectic, parts.caveats
    blocks, sections, sentences = parts.blocks, parts.sections, parts.sentences
    issues, positions, conclusions = parts.issues, parts.positions, parts.conclusions
    questions = {(i.question_start, i.question_end) for i in issues}
    turns = parts.turns
    kept: list[tuple[SentenceSpan, int, int | None, bool, Caveat | None]] = []
    conceded: list[ClaimSpan] = []
    verdicts: set[int] = set()  # sentences right after a conclusion: the author's verdict
    concluded: list[tuple[SentenceSpan, int]] = []  # the sentences that draw a conclusion
    viewed: list[SentenceSpan] = []  # the claims that state a view a decision acts on
    in_section, concluding, views = SpanIndex(sections), SpanIndex(conclusions), SpanIndex(parts.views)
    for sentence in argumentative(sentences, blocks, text):
        k = in_section.first_containing(sentence.start, sentence.start + 1)
        words = text[sentence.start : sentence.end]
        # what is said, without a turn's label or a time stamp ("[20:03] 李老师:各位家长晚上好!")
        said = text[speech_start(text, sentence.start, sentence.end, turns, lang) : sentence.end]
        if not any(map(str.isalpha, said)):
            continue  # a speaker's label with no word after it ("[20:05] Ann: 👍")
        if k is not None and concluding.first_overlapping(sentence.start, sentence.end) is not None:
            conceded += _conceded_in_conclusion(text, sentence, k, positions, roles)
            concluded.append((sentence, k))
            verdicts.add(sentence.end)
            continue
        if (
            k is None
            or (sentence.start, sentence.end) in questions
            or is_procedural(words, lang)
            or is_procedural(said, lang)
            or _asks_for_a_fact(said, lang)
            or _listed(said.strip(), lang, "signatures")  # only signs a post: who wrote it and when
            or _listed(said.strip(), lang, "announcements")  # only announces what follows ("…如下:")
            or _names_an_option(text, sentence, lang)
            or on_roster(text, sentence.start, sentence.end, lang)
            or any(t.chair and t.holds(sentence) for t in turns)
        ):
            continue
        marker = match_marker(words, lang)
        if marker is not None and (not marker.has_text or is_procedural(words[marker.end :], lang)):
            continue
        caveat = next((c for c in caveats if c.start == sentence.start), None)
        note = blocks[sentence.block].kind is BlockKind.NOTE or sentence.inline_note or caveat is not None
        p = next((i for i, pos in enumerate(positions) if pos.contains(sentence)), None)
        kept.append((sentence, k, p, note, caveat))
        if views.first_overlapping(sentence.start, sentence.end) is not None:
            # a view the author's decision acts on is a claim, and still their verdict
            viewed.append(sentence)
            verdicts.add(sentence.end)
    after = {s.start for s, _, _, _, _ in kept if _previous_end(text, s.start) in verdicts}
    groups = _block_groups(text, blocks)
    judged = sorted([*(s for s, _ in concluded), *viewed], key=attrgetter("start"))
    drawn: dict[int, list[str]] = {}  # per group, what its conclusions and views say, in text order
    for sentence in judged:
        drawn.setdefault(groups[sentence.block], []).append(text[sentence.start : sentence.end])
    sides = iter(
        _sides(
            text,
            sections,
            _captions(text, blocks, lang),
            _replied(text, blocks, lang),
            _headed(text, blocks, lang),
            decision_parts(text, blocks, lang),
            groups,
            _bylined(text, blocks, groups, lang),
            drawn,
            issues,
            positions,
            # a view a decision acts on is read as the author's verdict, as a conclusion is, and
            # takes their position's side; the sides run over the other statements
            [(s, k, p) for s, k, p, _, _ in kept if s not in viewed],
            roles,
            turns,
            lang,
            after,
            _declared_last([text[s.start : s.end] for s in judged], lang),
        )
    )
    claims: list[ClaimSpan] = []
    for sentence, k, p, note, caveat in kept:
        if sentence in viewed:
            side = positions[p].stance if p is not None else Stance.NEUTRAL
        else:
            side = next(sides)
        if _lists_fields(
            text[speech_start(text, sentence.start, sentence.end, turns, lang) : sentence.end], lang
        ):
            # a record's fields (who, when, where) claim nothing; read with the rest, they keep
            # their place in it (the first line of a turn or of a post)
            continue
        replies = answered(text[sentence.start : sentence.end], lang) is not None
        # a view is the author's verdict whole (as it was read for the sides), no concession split
        split = p is not None and (not positions[p].marked or replies) and sentence not in viewed
        dialectic = _role_of(roles, sentence) if split else None
        if p is not None and dialectic is not None:
            made = _dialectic_claims(text, sentence, k, p, dialectic, note, side)
        else:
            stance, role = Stance.NEUTRAL, Role.NOTE if note else Role.BACKGROUND
            if p is not None:
                stance, role = side, Role.NOTE if note else Role.PREMISE
            made = [
                ClaimSpan(
                    start=sentence.start, end=sentence.end, section=k, stance=stance, role=role, position=p
                )
            ]
        if caveat is not None:
            made = [c.model_copy(update={"qualifies": caveat.conclusions}) for c in made]
        claims += _two_voices(text, made, lang) if p is not None and not note else made
    # the line that states an issue's proposition ("Motion: X") is a claim, its side's main one
    motions = stated_motions(text, lang, blocks, sentences, issues, positions, claims, conclusions)
    claims = sorted([*claims, *motions], key=lambda c: c.start)
    claims = _with_mains(text, claims, positions, issues, roles, lang, turns, parts.numbers, motions)
    claims = _with_concluded_theses(text, claims, concluded, conceded, positions, issues, turns)
    claims = [_without_lead(text, _spoken(text, c, positions, turns, lang), lang) for c in claims]
    return _with_annotations(sorted([*claims, *conceded], key=lambda c: c.start))


def _with_concluded_theses(
    text: str,
    claims: list[ClaimSpan],
    concluded: list[tuple[SentenceSpan, int]],
    conceded: list[ClaimSpan],
    positions: list[Position],
    issues: list[Issue],
    turns: Sequence[Turn] = (),
) -> list[ClaimSpan]:
    """The claims, plus, for each unmarked position whose author states their thesis only in a
    conclusion ("In conclusion, I believe X.", "我的看法是,X。"), in the position or, for the
    issue's first position, outside every position, that sentence as the position's main claim
    (any other main claim of it becomes a premise): the thesis is what the text argues,
    wherever it stands. The first position of a pros-and-cons list, marked with the author's
    side ("优点:"), takes a thesis stated outside every position ("先说结论:X") too. A clause
    the sentence concedes (``conceded``: "In conclusion, although Y, I believe X") stays the
    other side's claim; the main claim is the part of the sentence after it. In a text of
    ``turns`` the concluded thesis replaces only its own speaker's main claims."""
    result = list(claims)
    for p, position in enumerate(positions):
        issue = issues[position.issue] if position.issue is not None else None
        if issue is None or issue.author is None or (position.marked and position.stance is not issue.author):
            continue
        stated = Span(start=issue.question_start, end=issue.question_end)
        if any(c.position == p and c.contains(stated) for c in result):
            continue
        # the conclusion stands in the position, or, for the issue's first position, outside
        # every position: in a conclusion section of its own ("## Recommendation\nWe recommend
        # X.") or up front, before a list of pros and cons ("先说结论:X")
        first = next(q for q, other in enumerate(positions) if other.issue == position.issue) == p
        held = [s for s, _ in concluded if any(q.contains(s) for q in positions)]
        sentence = next(
            (
                (s, k)
                for s, k in concluded
                if s.contains(stated)
                and ((position.contains(s) and not position.marked) or (first and s not in held))
            ),
            None,
        )
        if sentence is None:
            continue
        start = max((c.end for c in conceded if sentence[0].contains(c)), default=sentence[0].start)
        trimmed = _trimmed(text, start, sentence[0].end)
        if trimmed is None or not (trimmed[0] <= stated.start and stated.end <= trimmed[1]):
            continue
        # in a text of turns, the thesis is its speaker's: other voices keep their stands
        voice = next((t for t in turns if t.holds(sentence[0])), None)
        result = [
            c.model_copy(update={"role": Role.PREMISE})
            if c.position == p and c.role is Role.MAIN and (voice is None or voice.holds(c))
            else c
            for c in result
        ]
        result.append(
            ClaimSpan(
                start=trimmed[0],
                end=trimmed[1],
                section=sentence[1],
                stance=position.stance,
                role=Role.MAIN,
                position=p,
            )
        )
    return result


def _conceded_in_conclusion(
    text: str, sentence: SentenceSpan, k: int, positions: list[Position], roles: Sequence[SentenceRole]
) -> list[ClaimSpan]:
    """The clause a conclusion concedes ("In conclusion, although X, Y": X), as the other side's claim.

    Only in an unmarked position, whose stance is the author's: the conclusion argues the
    author's side and the conceded clause is what it answers. A concluding sentence that
    concedes as a whole ("In conclusion, I would concede that X") is all the other side's.
    """
    role = _role_of(roles, sentence)
    p = next((i for i, pos in enumerate(positions) if pos.contains(sentence)), None)
    if role is None or p is None or positions[p].marked:
        return []
    start, end = role.concession_start, role.concession_end
    if start is None and role.opponent:
        start, end = role.start, role.end
    clause = (
        None
        if start is None or end is None
        else _trimmed(text, max(start, sentence.start), min(end, sentence.end))
    )
    if clause is None:
        return []
    stance = other_side(positions[p].stance)
    return [
        ClaimSpan(start=clause[0], end=clause[1], section=k, stance=stance, role=Role.PREMISE, position=p)
    ]


def _captions(text: str, blocks: Sequence[Block], lang: Lang) -> list[str | None]:
    """Per block, the last caption line above it that names a side (`heading_side`), or None.

    A short line between paragraphs is read as a caption (`argkg.ingest.layout`), but in a voter
    guide or a report it is as often a sub-heading ("ARGUMENT IN FAVOR OF PROPOSITION 9", "Rebuttal to
    the argument against"): the side it names holds until the next caption or heading. So does
    a short body line that names a side and nothing else (a consultation summary's "(一)支持的意见").
    The line is kept, not its side: a caption of the problems things have now ("Current problems")
    argues for a proposition that changes them (`_titled_side`).
    A caption that names no side but opens with a mark of another kind than the sided caption's
    (`_mark`: "▶ 老师累" under "■ 担忧的声音", "1. Cost" under "Arguments against") is one of its
    points, ranked below it: the side goes on under it; one with the same kind of mark, or none, is
    the sided caption's sibling and ends it.
    """
    result: list[str | None] = []
    caption: str | None = None
    rank = ""  # the mark the sided caption opens with
    for block in blocks:
        line = text[block.start : block.end].strip()
        if block.kind is BlockKind.HEADING:
            caption = None
        elif block.kind is BlockKind.CAPTION and heading_side(line, lang) is not None:
            caption, rank = line, _mark(line)
        elif block.kind is BlockKind.CAPTION:
            below = caption is not None and _mark(line) not in ("", rank)
            caption = caption if below else None
        elif _SHORT_LINE.match(line) and heading_side(line, lang) is not None:
            caption = line  # a body line that is only a sided label ("(一)支持的意见") is a caption too
        result.append(caption)
    return result


def _replied(text: str, blocks: Sequence[Block], lang: Lang) -> list[Stance | None]:
    """Per block, the side of the party's reply it belongs to, or None.

    A complaint file, an appeal form or a service ticket keeps each party's words under a label
    line: the request under one that names its side ("Appeal", "【市民诉求】"), or a review under
    a header that declares its side (a rating, "★☆☆☆☆ — by sam", `declared`), the other party's
    answer under one that names only who replies ("Reply from the club secretary", "承办单位答复",
    "Developer response", `reply_label`). Read as plain layout, the reply takes the side of the
    request's heading, or its author's: it argues the other side than the request it answers. The
    reply runs to the next label line (a heading, a caption, or a body line that ends no
    sentence). Only a reply right after a sided label counts: a thread of replies to replies
    answers no one request.
    """
    result: list[Stance | None] = []
    asked: Stance | None = None  # the side of the label line just before, while its section runs
    replying: Stance | None = None
    for block in blocks:
        line = text[block.start : block.end].strip()
        label = block.kind in (BlockKind.HEADING, BlockKind.CAPTION) or (
            block.kind is BlockKind.BODY and "\n" not in line and not line.endswith(_SENTENCE_STOPS)
        )
        if label:
            named = heading_side(line, lang) or declared(line, lang)
            answers = named is None and asked is not None and reply_label(line, lang)
            replying = other_side(asked) if answers and asked is not None else None
            asked = named
        result.append(replying)
    return result


def _mark(line: str) -> str:
    """The kind of mark a caption line opens with ("■", "1.", "(a)", "一、"), numbers and letters
    made alike ("2." and "7." are one kind), or "" for none."""
    found = _MARK.match(line)
    if found is None:
        return ""
    mark = re.sub(r"\d+", "1", found.group(0).strip())
    return re.sub(r"[一二三四五六七八九十]+", "一", re.sub(r"[A-Za-z]", "a", mark))


#: A caption's opening mark: a numbering ("1.", "(a)", "一、", "（二）") or a run of symbols ("■", "▶", "-").
_MARK = re.compile(r"^\s*(?:[(（]?(?:\d{1,2}|[A-Za-z]|[一二三四五六七八九十]{1,3})[.)、．）]|[^\w\s]+)")


def _titled_side(title: str | None, words: str, lang: Lang, proposition: str | None) -> Stance | None:
    """The side a section heading or caption ``title`` gives the statement ``words`` under it: a
    problems section's on a proposition that changes things (`problem_side`), else the side the
    title names (`heading_side`); None without a title."""
    if not title:
        return None
    return problem_side(title, words, lang, proposition) or heading_side(title, lang)


#: A line too short to be a sentence of its own: no sentence or clause punctuation in 20 characters.
_SHORT_LINE = re.compile(r"^[^。.!?！？;；,，]{1,20}$")


def _headed(text: str, blocks: Sequence[Block], lang: Lang) -> list[Stance | None]:
    """Per block, the side the header line of the contribution it belongs to declares, or None.

    A review page, a ballot's comments or a ratings list is made of contributions, each under a
    header line that gives its contributor's side once (a review's rating, "★☆☆☆☆ — by sam, 3 Jun",
    "Rating 4/5 — jo"; a ballot's "Vote: against"; `declared`) before reasons that carry no
    marker of it. The side holds over the body paragraphs below the header up to the next header
    line (a body or caption line that ends no sentence), whether or not that one declares a side
    (a three-star rating declares none), and up to the next heading. The caller gives it as the
    contribution's own verdict (`_group_verdicts`): the other side's voice in it keeps its side.
    A text with one such header is one contribution, its author's (a critic's review under its
    rating, whose side on what the text debates its own words tell): all None there.
    """
    result: list[Stance | None] = []
    side: Stance | None = None
    headers = 0
    for block in blocks:
        line = text[block.start : block.end].strip()
        if block.kind not in (BlockKind.BODY, BlockKind.CAPTION):
            side = None
        elif "\n" not in line and not line.endswith(_SENTENCE_STOPS):
            side = declared(line, lang) if heading_side(line, lang) is None else None
            headers += side is not None
        result.append(side)
    return result if headers > 1 else [None] * len(result)


#: What ends a sentence: a line ending so is a paragraph's, no header's.
_SENTENCE_STOPS = (".", "!", "?", "。", "！", "？", "…")


def _bylined(text: str, blocks: Sequence[Block], groups: Sequence[int], lang: Lang) -> list[bool]:
    """Per block, whether its group (`_block_groups`) opens with a contributor's header line
    (`argkg.ingest.sides.byline`: "Reply from Ann Cole · Tue 09:14", "Lee K. · 12 helpful"):
    a post, reply or comment of a thread or a feed, one voice of its own, not a report's
    section."""
    opened: dict[int, bool] = {}
    for block, group in zip(blocks, groups, strict=True):
        opened.setdefault(group, byline(text[block.start : block.end].strip(), lang))
    return [opened[group] for group in groups]


def _block_groups(text: str, blocks: Sequence[Block]) -> list[int]:
    """Per block, the number of the group it belongs to: a new group starts at every title,
    heading or caption line and at a line that is only a label ("区交通管理部门回复:"), so each
    letter, reply, labelled opinion or column half under its own label is one group (its
    paragraphs together)."""
    result: list[int] = []
    group = 0
    for block in blocks:
        label = _BARE_LABEL.match(text[block.start : block.end].strip()) is not None
        group += label or block.kind in (BlockKind.TITLE, BlockKind.HEADING, BlockKind.CAPTION)
        result.append(group)
    return result


#: A line that is only a label: a few words and a colon, no sentence ("Reply from the council:").
_BARE_LABEL = re.compile(r"^[^。.!?！？:：]{1,30}[:：]$")


def _declared_last(sentences: Sequence[str], lang: Lang) -> Stance | None:
    """The side the last of ``sentences`` that declares one declares ("we are unable to accept
    the claim", "我支持…", "I'd say no"), or None."""
    found = (declared(s, lang) or verdict_side(s, lang) for s in reversed(sentences))
    return next((side for side in found if side is not None), None)


def _kept_last(sentences: Sequence[str], lang: Lang, proposition: str | None) -> Stance | None:
    """The side the last of ``sentences`` that keeps things as they are or ends them takes on
    ``proposition`` (`argkg.ingest.sides.kept_side`), or None."""
    found = (kept_side(s, lang, proposition) for s in reversed(sentences))
    return next((side for side in found if side is not None), None)


def _restated_last(sentences: Sequence[str], proposition: str | None) -> Stance | None:
    """The side the last of ``sentences`` that restates ``proposition`` takes on it: con where it
    says the opposite (`argkg.ingest.issue_terms.opposed`: "X is not disqualified" on the
    question's "X should be disqualified", "维持原决定" on "撤销原决定"), pro where it says the
    same, or None.

    A decision or finding that closes a text answers the question the text put: a panel's ruling,
    a review's outcome. It restates the question where it names at least two of its content
    terms (`argkg.ingest.issue_terms.content_terms`: the thing ruled on and what is done to it)
    and they are at least half of its own: a closing line that only shares a word or two with the
    question ("The rules will be defined before next year's event") is about something else.
    """
    if proposition is None:
        return None
    terms = content_terms(proposition)
    for sentence in reversed(sentences):
        own = content_terms(sentence)
        shared = len(terms & own)
        if shared >= _RESTATING_TERMS and 2 * shared >= len(own):
            return Stance.CON if opposed(sentence, proposition) else Stance.PRO
    return None


#: How many of the proposition's content terms a closing decision names to restate it.
_RESTATING_TERMS = 2


def _group_verdicts(
    statements: Sequence[Statement],
    groups: Sequence[int],
    headed: Sequence[Stance | None],
    bylined: Sequence[bool],
    drawn: Mapping[int, Sequence[str]],
    lang: Lang,
    proposition: str | None,
    alone: bool,
) -> list[Statement]:
    """``statements`` with each statement of a group whose own verdict declares a side
    ("我支持…", "I uphold this complaint", "这个要求我们不能接受") defaulting to that side
    (`Statement.block`).

    A letter, a reply or a party's statement takes its side from its own verdict wherever the
    verdict stands in it, not from its first line nor from the author of the whole text: the
    statements before the verdict argue for it too. A verdict that keeps things as they are
    ("我希望学校保留X", "Keep the uniform") counts too, read against ``proposition``
    (`argkg.ingest.sides.kept_side`). A statement in a speaker's turn is left to
    the turn's side (`argkg.ingest.turns.turn_sides`); a paragraph opened by a speaker's label
    ("李妈妈：…") starts a group of its own (a chat's lines are as many voices). The last
    verdict of a group counts. The only region of a text (``alone``) that is one group is left as
    it is: there the verdict is the author's, and the points they grant before it ("X would
    lift earnings. These are real advantages. We have nonetheless decided against…") argue the
    other side; one section among several (an editorial and "A reader replies") is a block.
    A group of one voice whose statements declare no side takes the side its own conclusions
    declare (``drawn``, per group: a reply whose decision "经研究,该路口暂不增设红绿灯" is drawn
    as a conclusion, not a claim). A statement under the header line of a contribution that
    declares a side (``headed``, per statement: a review's rating, `_headed`) takes that side
    instead, in the only region too: a contribution is narrower than its group (the reviews of
    one page). A contribution under a contributor's header line (``bylined``, per statement) that
    declares no side takes the side of its opening's tone (`_leanings`).
    """
    keys: list[tuple[int, int]] = []
    for i, (statement, group) in enumerate(zip(statements, groups, strict=True)):
        opens = i == 0 or statement.paragraph != statements[i - 1].paragraph
        voice = keys[-1][1] + (opens and labelled(statement.text)) if keys else 0
        keys.append((group, voice))
    if alone and len(set(keys)) < 2:
        # one block: the author's own text, whose cues speak statement by statement
        return [
            replace(s, block=h) if s.turn is None and h is not None else s
            for s, h in zip(statements, headed, strict=True)
        ]
    verdicts: dict[tuple[int, int], Stance] = {}
    for key in dict.fromkeys(keys):
        # neither a reported voice's words ("It was suggested that we keep X") nor a refusal of the
        # voice just before ("We do not recommend this") is the block's own verdict
        said = [
            s.text
            for i, (s, k) in enumerate(zip(statements, keys, strict=True))
            if k == key and s.turn is None and s.voice is None and not answers_voice(statements, i, lang)
        ]
        side = _declared_last(said, lang) or _kept_last(said, lang, proposition)
        if side is None and sum(k[0] == key[0] for k in dict.fromkeys(keys)) == 1:
            side = _declared_last(drawn.get(key[0], ()), lang)
        if side is not None:
            verdicts[key] = side
    leanings = _leanings(statements, keys, headed, bylined, verdicts, lang)
    return [
        replace(s, block=head or verdicts.get(key), leaning=leanings.get(key)) if s.turn is None else s
        for s, key, head in zip(statements, keys, headed, strict=True)
    ]


def _leanings(
    statements: Sequence[Statement],
    keys: Sequence[tuple[int, int]],
    headed: Sequence[Stance | None],
    bylined: Sequence[bool],
    verdicts: Mapping[tuple[int, int], Stance],
    lang: Lang,
) -> dict[tuple[int, int], Stance]:
    """Per contribution (a key of `_group_verdicts`), the side the tone of its opening statement
    takes (`argkg.ingest.sides.tone_side`), where it sits under a contributor's header line
    (``bylined``: a post, a reply, a comment), declares no side, neither in its statements nor in
    its header, and does not hold the author's thesis.

    In a thread of replies, a letters page or a run of labelled comments, each contribution is a
    voice of its own: one that opens with a plain judgement of the proposal ("This plan punishes
    the careful ones.") argues that side from its first words, not the side of whoever started
    the thread. Its opening is its first statement that reports no voice and sits in no turn;
    one that grants a point ("That's a fair point, and…") answers what came before, and its tone
    is no side.
    """
    members: dict[tuple[int, int], list[int]] = {}
    for i, key in enumerate(keys):
        members.setdefault(key, []).append(i)
    result: dict[tuple[int, int], Stance] = {}
    for key, held in members.items():
        if key in verdicts or any(
            statements[i].central or headed[i] is not None or not bylined[i] for i in held
        ):
            continue
        opening = next(
            (statements[i] for i in held if statements[i].turn is None and statements[i].voice is None), None
        )
        # one that opens by granting a point ("That's a fair point, …") answers the one before
        if opening is None or grants(opening.text, lang):
            continue
        if (side := tone_side(opening, lang)) is not None:
            result[key] = side
    return result


def _sides(
    text: str,
    sections: list[SectionSpan],
    captioned: list[str | None],
    replied: list[Stance | None],
    headed: list[Stance | None],
    decided: list[PartSide | None],
    groups: list[int],
    bylined: list[bool],
    drawn: Mapping[int, Sequence[str]],
    issues: list[Issue],
    positions: list[Position],
    kept: list[tuple[SentenceSpan, int, int | None]],
    roles: Sequence[SentenceRole],
    turns: list[Turn],
    lang: Lang,
    after_verdict: set[int],
    verdict: Stance | None,
) -> list[Stance]:
    """The stance of each kept sentence: its marked position's, or `assign_sides` per unmarked one.

    ``after_verdict``: the starts of sentences that come right after a conclusion; ``captioned``:
    per block, the caption line above it that names a side (`_captions`), where no section
    heading names one; ``replied``: per block, the side of the party's reply it belongs
    to (`_replied`), over the heading or caption of the request it answers; ``headed``: per
    block, the side its contribution's header line declares (`_headed`), the contribution's
    verdict where its own statements declare none; ``bylined``: per block, whether its group
    opens with a contributor's header line (`_bylined`); ``groups``:
    per block, its group (`_block_groups`), whose own verdict
    sets the side of its unmarked statements (`_group_verdicts`), or, where none of them declares
    one, its conclusions (``drawn``, per group); ``verdict``: the side the
    author's conclusions declare ("In short, I'd say no"), else the one a conclusion that keeps
    things as they are takes on the region's proposition ("So we should keep the Thursday
    practice", `_kept_last`), else the one the region's closing block declares ("Our decision:
    we are unable to accept the claim"), which is the author's side where no thesis of an issue
    gives it.
    In a transcript, each sentence also carries its speaker's turn and that turn's side
    (`argkg.ingest.turns`).
    """
    result = [positions[p].stance if p is not None else Stance.NEUTRAL for _, _, p in kept]
    turn_of = [next((t for t, turn in enumerate(turns) if turn.holds(s)), None) for s, _, _ in kept]
    said: list[list[str]] = [[] for _ in turns]
    for (sentence, _, _), t in zip(kept, turn_of, strict=True):
        if t is not None:
            said[t].append(text[sentence.start : sentence.end])
    speakers = turn_sides(text, turns, said, lang, next((i.proposition for i in issues), None))
    for p, position in enumerate(positions):
        if position.marked:
            continue
        members = [i for i, (_, _, q) in enumerate(kept) if q == p]
        found = [_role_of(roles, kept[i][0]) for i in members]
        top = _top_central(found)
        issue = issues[position.issue] if position.issue is not None else None
        # the author's thesis states the issue's proposition: it argues, whatever its words
        thesis = issue.question_start if issue is not None and issue.author is not None else None
        statements = []
        proposition = issue.proposition if issue is not None else None
        weighed = options(text, lang, proposition)
        harmful = proposition is not None and evaluation(proposition, lang) < 0
        topics: dict[int, int] = {}  # per paragraph, the option it last spoke of (1 target, -1 the other)
        for i, role in zip(members, found, strict=True):
            sentence, k, _ = kept[i]
            words = text[sentence.start : sentence.end]
            topic = topics.get(sentence.block, 0)
            if weighed is not None:
                topics[sentence.block] = weighed.subject(words) or topic
            t = turn_of[i]
            spoken = text[speech_start(text, sentence.start, sentence.end, turns, lang) : sentence.end]
            answer = t is not None and said[t][:1] == [words] and opens_with_answer(spoken, lang)
            statements.append(
                Statement(
                    text=words,
                    paragraph=sentence.block,
                    # a turn's opening yes or no is the speaker's answer, not the other side's voice
                    opponent=role is not None and role.opponent and not answer,
                    heading=(part_side(d, words, lang, None) if (d := decided[sentence.block]) else None)
                    or replied[sentence.block]
                    or _titled_side(sections[k].title, words, lang, proposition)
                    or _titled_side(captioned[sentence.block], words, lang, proposition),
                    central=(role is not None and role.central == top and position.issue is None)
                    or (thesis is not None and sentence.start <= thesis < sentence.end),
                    after_verdict=sentence.start in after_verdict,
                    turn=t,
                    speaker=speakers[t] if t is not None else None,
                    voice=voice_side(v, lang, proposition) if (v := reported(words, lang)) else None,
                    relative=relative_side(words, lang, proposition),
                    toward=target_side(words, lang, proposition, weighed, topic)
                    or present_side(words, lang, proposition),
                    warned=named_side(v, lang, proposition) if v else None,
                    opposing=v is not None and opposes(v, lang),
                    about=bears_on(words, lang, proposition),
                    prospect=prospect_side(words, lang, proposition),
                    counter=counter_side(words, lang, proposition),
                    direction=direction(words, lang, proposition),
                    harmful=harmful,
                    conceded=_conceded(words, sentence, role, lang),
                )
            )
        grouped = [groups[kept[i][0].block] for i in members]
        alone = sum(not q.marked for q in positions) == 1
        heads = [headed[kept[i][0].block] for i in members]
        posts = [bylined[kept[i][0].block] for i in members]
        statements = _group_verdicts(statements, grouped, heads, posts, drawn, lang, proposition, alone)
        reporting = issue.author is None if issue is not None else reports(statements, lang)
        # a clause conceded to the other side ("Although X, Y") argues, whatever its words
        conceding = any(r is not None and r.concession_start is not None for r in found)
        if issue is None and not conceding and argues_nothing(statements, lang):
            sided = [Stance.NEUTRAL] * len(statements)
        else:
            # a region after the thesis that states its issue argues from its first statement on
            argued = thesis is not None and bool(members) and thesis < kept[members[0]][0].start
            # without a thesis, the author's side is the one their conclusions declare, else the
            # one the region's closing block declares (a decision, a ruling, the answer to a request)
            # (a conclusion that keeps things as they are, "所以例会地点不变", read against the proposition)
            concluded = [t for texts in drawn.values() for t in texts]
            closing = verdict if verdict is not None else _kept_last(concluded, lang, proposition)
            closing = closing if closing is not None else _restated_last(concluded, proposition)
            closing = closing if closing is not None else statements[-1].block if statements else None
            thesis_side = issue is not None and issue.author is not None
            author = closing if closing is not None and not thesis_side else position.stance
            # the body's part of a decision whose outcome no cue states takes the author's side
            statements = [
                replace(s, heading=part_side(d, s.text, lang, author))
                if (d := decided[kept[i][0].block]) is not None and d.side is None
                else s
                for s, i in zip(statements, members, strict=True)
            ]
            # a thesis that argues ("I recommend that we…"), not a recipe's praise of its dish
            debated = thesis_side and any(s.central and argues(s.text, lang) for s in statements)
            sided = assign_sides(
                statements,
                lang,
                author=author,
                reporting=reporting,
                argued=argued,
                debated=debated,
                stated=issue is not None,
            )
        for i, stance in zip(members, sided, strict=True):
            result[i] = stance
    return result


def _top_central(found: Sequence[SentenceRole | None]) -> float | None:
    """The central-claim score of a region's most central statements, or None when no statement
    stands out: two or more statements all share the same score (a specification sheet's lines
    with no cue and no position prior), so none of them is the author's thesis.

    A title or caption kept out of the region often held the only prior that told its lines
    apart; without it, every line would count as the thesis and argue the author's side.
    """
    scores = [r.central for r in found if r is not None]
    if len(scores) > 1 and min(scores) == max(scores):
        return None
    return max(scores, default=None)


def _previous_end(text: str, start: int) -> int:
    """Where the sentence before offset ``start`` ends: ``start`` less the spaces before it."""
    return len(text[:start].rstrip())


def _conceded(words: str, sentence: SentenceSpan, role: SentenceRole | None, lang: Lang) -> Stance | None:
    """The side the clause ``words`` concedes (``role``'s concession, "X，但Y": X) declares outright,
    when the rest declares none (`conceded_side`); None without a conceded clause."""
    if role is None or role.concession_start is None or role.concession_end is None:
        return None
    start = max(role.concession_start, sentence.start) - sentence.start
    end = min(role.concession_end, sentence.end) - sentence.start
    return conceded_side(words, start, end, lang) if start < end else None


def _dialectic_claims(
    text: str, sentence: SentenceSpan, k: int, p: int, role: SentenceRole, note: bool, stance: Stance
) -> list[ClaimSpan]:
    """Claims of a sentence in an unmarked position, with its side (`_sides`).

    A clause the sentence concedes ("Of course X, but Y") is a claim of the other side; the
    sentence's claim is then its longest remaining part.
    """
    kind = Role.NOTE if note else Role.PREMISE
    whole = ClaimSpan(start=sentence.start, end=sentence.end, section=k, stance=stance, role=kind, position=p)
    start, end = role.concession_start, role.concession_end
    if note or start is None or end is None:
        return [whole]
    conceded = _trimmed(text, max(start, sentence.start), min(end, sentence.end))
    rests = [_trimmed(text, a, b) for a, b in ((sentence.start, start), (end, sentence.end))]
    rest = max((r for r in rests if r is not None), key=lambda r: r[1] - r[0], default=None)
    if conceded is None or rest is None:
        return [whole]
    other = other_side(stance)
    claims = [
        whole.model_copy(update={"start": rest[0], "end": rest[1]}),
        whole.model_copy(update={"start": conceded[0], "end": conceded[1], "stance": other}),
    ]
    return sorted(claims, key=lambda c: c.start)


def _two_voices(text: str, made: list[ClaimSpan], lang: Lang) -> list[ClaimSpan]:
    """Split a claim in which both sides speak ("正方认为 X,反方则提醒 Y") at the second voice.

    Each part takes the side of its voice; a claim with one side's voices stays whole.
    """
    result = []
    for claim in made:
        found = voices(text[claim.start : claim.end], lang)
        turn = next((offset for offset, side in found if side is not found[0][1]), None)
        parts = None
        if turn is not None and turn > 0:
            first = _trimmed(text, claim.start, claim.start + turn)
            second = _trimmed(text, claim.start + turn, claim.end)
            parts = (first, second) if first is not None and second is not None else None
        if parts is None:
            result.append(claim)
            continue
        for (start, end), (_, side) in zip(
            parts, (found[0], next(f for f in found if f[0] == turn)), strict=True
        ):
            result.append(claim.model_copy(update={"start": start, "end": end, "stance": side}))
    return result


def _trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    """``text[start:end]`` without surrounding spaces and clause punctuation; None if no word."""
    piece = text[start:end]
    lead = len(piece) - len(piece.lstrip(_CLAUSE_EDGES))
    core = piece.strip(_CLAUSE_EDGES)
    return (start + lead, start + lead + len(core)) if any(ch.isalpha() for ch in core) else None


def _role_of(roles: Sequence[SentenceRole], span: Span) -> SentenceRole | None:
    """The role of the sentence ``span`` starts in, else of the first one it overlaps.

    The roles are the sentences', in text order and disjoint: the one that may hold the start is
    the last that starts at or before it, and the first that may overlap is the first that ends
    after the start (found by bisection: claims ask for every sentence's role).
    """
    holding = bisect_right(roles, span.start, key=_start) - 1
    if holding >= 0 and span.start < roles[holding].end:
        return roles[holding]
    first = bisect_right(roles, span.start, key=_end)
    return roles[first] if first < len(roles) and roles[first].start < span.end else None


_start, _end = attrgetter("start"), attrgetter("end")


class _Stake(NamedTuple):
    """What a statement's stand is read against: the debated proposition (None when the text
    states none) and the numbers of the text (a statement that reports one gives a reason)."""

    proposition: str | None
    numbers: Sequence[Span]


def _with_mains(
    text: str,
    claims: list[ClaimSpan],
    positions: list[Position],
    issues: list[Issue],
    roles: Sequence[SentenceRole],
    lang: Lang,
    turns: Sequence[Turn] = (),
    numbers: Sequence[Span] = (),
    motions: Sequence[ClaimSpan] = (),
) -> list[ClaimSpan]:
    """Mark each position's main claim: the thesis that states its issue, else by position, else
    each speaker turn's stand (`_turn_stands`), else the first claim in the author's thesis voice
    ("I believe X"), else by score (`_top_stand`). In an unmarked position where a voice of the
    other side declares its side outright (the objector a decision or minutes report, "Mr X spoke
    against", "居民代表反对"), or where a third of its statements or more argue the other side (a
    head-to-head column, the objectors' case in a ruling), that side has a main claim too
    (`_other_side_stands`), ranked the same way among its declaring or arguing statements: an
    analyst reads each argued side's stand, not only the one the position's main claim takes.
    Outside a text of speaker turns, a side that a statement avows outright ("我支持X", "We
    cannot support X") has that avowal as its main claim unless its main claim already states a
    thesis in its author's voice (`_with_avowals`).

    By position: the first claim of the position's own side (not a voice it answers); in a
    marked position, its first claim of that side in thesis voice, when it has one ("Thank you.
    The last speaker erred. We believe that X": X).

    A line that states the issue's proposition on its own (``motions``, `argkg.ingest.motions`:
    "Motion: X") is the thesis only where the position's side does not state its view on it in
    thesis voice ("We on this side believe that X", naming what the line names,
    `argkg.ingest.proposition.names`): the side's own words come first; a view on something else
    (a judge's "I think the round was won in rebuttal") leaves the motion line the thesis.
    """
    result = list(claims)
    for p, position in enumerate(positions):
        members = [i for i, c in enumerate(claims) if c.position == p and c.role is not Role.NOTE]
        # a team line, a contact or task line, a score line states no stand: the next candidate is
        # the speaker's or author's stand (none, when the position holds nothing else)
        members = [i for i in members if not _states_no_stand(text, claims[i], turns, lang)]
        stated = next((claims[i] for i in members if claims[i] in motions), None)
        if stated is not None and any(
            claims[i] != stated
            and claims[i].stance is position.stance
            and names(text[claims[i].start : claims[i].end], text[stated.start : stated.end], lang)
            and _in_thesis_voice(text, claims[i], lang)
            for i in members
        ):
            members = [i for i in members if claims[i] != stated]
        if not members:
            continue
        main = next((i for i in members if claims[i].stance is position.stance), members[0])
        issue = issues[position.issue] if position.issue is not None else None
        thesis = _thesis(text, claims, members, issue) if issue is not None else None
        stake = _Stake(issue.proposition if issue is not None else None, numbers)
        stands = [] if position.marked else _turn_stands(text, claims, members, turns, lang, stake)
        if stands and thesis is not None and thesis not in stands:
            stands.append(thesis)  # the thesis that states the issue is one turn's stand
        for i in stands:
            result[i] = claims[i].model_copy(update={"role": Role.MAIN})
        if stands:
            # the opening post above the first label is a voice of its own, read as a text's
            # author, when it argues: a header's form fields above a transcript take no side
            members = [i for i in members if not any(t.holds(claims[i]) for t in turns)]
            if all(claims[i].stance is Stance.NEUTRAL for i in members) or thesis in stands:
                continue
            main = next((i for i in members if claims[i].stance is position.stance), members[0])
            thesis = None
        own = [i for i in members if claims[i].stance is position.stance]
        voiced_own = [i for i in own if _in_thesis_voice(text, claims[i], lang)] if position.marked else []
        if thesis is not None:
            main = thesis
        elif voiced_own:
            main = voiced_own[0]  # a side's "我方认为X" after its greeting and a remark on the last round
        elif position.marked and turns:
            # a speaker's first statement of their side's own: not a question put to the other
            # side, not a remark on what the other side said ("对方辩友只看到了X")
            main = next((i for i in own if _states_own(text, claims[i], turns, lang)), main)
        elif not position.marked:
            # the author's thesis argues the position's side: a voice of the other side, however
            # central its sentence ("被告代理人认为…"), is no main claim while one of that side is
            arguing = [i for i in members if claims[i].stance is not Stance.NEUTRAL] or members
            arguing = [i for i in arguing if claims[i].stance is position.stance] or arguing
            # (a verdict or decision read on the other side or as neutral, "I'd say no, at least
            # not X", "We have decided against X", states the thesis too; the author's reaction to
            # the plan debated, "但我不赞成全员X", states the author's stand before a counter-proposal)
            reacting = [i for i in members if _reacts(text, claims[i], lang, issue)]
            voiced = (
                reacting
                or [i for i in arguing if _in_thesis_voice(text, claims[i], lang)]
                or [i for i in members if _decides(text[claims[i].start : claims[i].end], lang)]
            )
            chosen = voiced or [i for i in arguing if _answers_question(text, claims[i], lang)]
            main = chosen[0] if chosen else _top_stand(text, claims, arguing, roles, lang, stake, turns)
        result[main] = claims[main].model_copy(update={"role": Role.MAIN})
        if not position.marked:
            # a voice of the other side that declares its side outright, or a side argued at
            # length, has its main claim too
            other = _other_side_stands(text, claims, result, members, main, lang)
            if other:
                top = _top_stand(text, claims, other, roles, lang, stake, turns)
                result[top] = claims[top].model_copy(update={"role": Role.MAIN})
            if not stands:
                result = _with_avowals(text, result, members, turns, lang)
    return result


def _with_avowals(
    text: str, claims: list[ClaimSpan], members: list[int], turns: Sequence[Turn], lang: Lang
) -> list[ClaimSpan]:
    """The claims, each side of an unmarked position whose statements avow it (`_avows`: "我支持X",
    "We cannot support X", "I'm for it") with its first avowal as its main claim, in place of any
    other main claim of that side: where a notice, a plan or a scene-setting first line is
    followed by voices that accept or reject it in so many words, each side's stand is the
    voice that takes it outright, not the line it answers. A side whose main claim states a
    thesis in its author's own voice ("我提议X", "I believe X") keeps it: that is a stand too."""
    result = list(claims)
    for side in (Stance.PRO, Stance.CON):
        avowed = next((i for i in members if _avows(text, claims[i], side, turns, lang)), None)
        held = [i for i in members if result[i].stance is side and result[i].role is Role.MAIN]
        if avowed is None or any(_thesis_voiced(text, claims[i], turns, lang) for i in held):
            continue
        for i in held:
            result[i] = result[i].model_copy(update={"role": Role.PREMISE})
        result[avowed] = result[avowed].model_copy(update={"role": Role.MAIN})
    return result


def _other_side_stands(
    text: str, claims: list[ClaimSpan], result: list[ClaimSpan], members: list[int], main: int, lang: Lang
) -> list[int]:
    """The statements of an unmarked position that take the side its main claim does not and
    state that side's stand, or none when a statement of that side is already a main claim (a
    speaker's stand): those that declare a side outright (`argkg.ingest.sides.declared`: "The
    residents' association opposes the plan", "管理员反对周日开放"); else, where the other side is
    argued at length (at least ``_ARGUED_SHARE`` of the position's statements take it), those that
    argue it in an opinion's or a judgement's words ("Closing the road would only move the traffic
    next door", "这样收费对老人并不公平"). A voice that states its own stand in so many words, or a
    side a text argues as fully as the other (a head-to-head column, the objectors' case in a
    ruling), has its main claim however the position's main claim is chosen; a stray statement
    read on the other side, or one that only reports, does not make one."""
    side = claims[main].stance
    other = [i for i in members if claims[i].stance not in (side, Stance.NEUTRAL)]
    if any(result[i].role is Role.MAIN for i in other):
        return []
    declaring = [i for i in other if declared(text[claims[i].start : claims[i].end], lang) is not None]
    if declaring or len(other) < max(_ARGUED_LEAST, _ARGUED_SHARE * len(members)):
        return declaring
    return [i for i in other if _argues_in_words(text[claims[i].start : claims[i].end], lang)]


def _argues_in_words(words: str, lang: Lang) -> bool:
    """Whether ``words`` argue in an opinion's, the author's or a judgement's words
    (`argkg.ingest.sides.argues`, `argues_as_author`, `evaluation`), not only report."""
    return argues(words, lang) or argues_as_author(words, lang) or evaluation(words, lang) != 0


def _top_stand(
    text: str,
    claims: list[ClaimSpan],
    candidates: list[int],
    roles: Sequence[SentenceRole],
    lang: Lang,
    stake: _Stake,
    turns: Sequence[Turn],
) -> int:
    """Of an unmarked position's ``candidates`` (the statements of one side, or its arguing
    ones), the one that reads most as their stand: by `_stand_key` where the text states a
    proposition, else by the central-claim score; the earliest on a tie, the first without
    sentence roles."""
    if stake.proposition is not None:
        return max(candidates, key=lambda i: (*_stand_key(text, claims[i], roles, lang, stake, turns), -i))
    scored = [(_central(roles, claims[i]), -n, i) for n, i in enumerate(candidates)]
    return max(scored)[2] if roles else candidates[0]


def _turn_stands(
    text: str,
    claims: list[ClaimSpan],
    members: list[int],
    turns: Sequence[Turn],
    lang: Lang,
    stake: _Stake,
) -> list[int]:
    """In a text of two or more arguing turns, each speaker's stand, one per speaker however
    often they speak: the first claim in their thesis voice in any of their turns ("I oppose
    this motion because X", "我反对推迟"), else the first of a turn's first two claims (after a
    "Thank you.") that opens with a stand cue (``stands`` in ``claims.yaml``: "My case is simple:
    X", "支持推迟!"), else the first summary judgement of any of their turns (`_summed_up`: "It's
    a stealth tax, plain and simple") or short verdict in a judging form (`_judges`: "This is a
    bait and switch."), else the statement that reads most as a stand on the proposition
    (`_stated`: their opening statement unless a later one speaks to the matter in an opinion's
    words): a voice states its thesis when it first speaks or sums it up, the rest of its turns
    give the reasons and answer the others (a reply to an objection is no further thesis), and an
    opening that only sets the scene ("We moved here in spring.") states none. An elliptical stand comes
    with the claim that states its content (`_with_content`). A chair's turn has no claims, a
    host's (`_host`) no stand; an asker's turn ("Q:") argues nothing of its own, so only a voiced
    or cued claim of it is a stand. Speakers are told apart by their labels (`speakers`);
    ``stake`` holds the proposition and the text's numbers `_stated` reads."""
    arguing = [t for t in turns if not t.chair]
    if len(arguing) < 2:
        return []
    host = _host(arguing)
    stands = []
    voices = speakers(arguing, lang)
    for voice in dict.fromkeys(v for v, t in zip(voices, arguing, strict=True) if t.label != host):
        spoken = [t for v, t in zip(voices, arguing, strict=True) if v == voice]
        owned = [(t, [i for i in members if t.holds(claims[i])]) for t in spoken]
        marked = [(t, own, found) for t, own in owned if (found := _marked_stand(text, claims, own, t, lang))]
        if marked:
            turn, own, found = marked[0]
            stands += _with_content(text, claims, own, found, turn, lang)
            continue
        judged = [
            (t, own, found)
            for t, own in owned
            if not t.asker and (found := _judged(text, claims, own, t, lang))
        ]
        stated = judged[:1] or _stated(
            text, claims, [(t, own) for t, own in owned if not t.asker], lang, stake
        )
        for turn, own, found in stated:
            stands += _with_content(text, claims, own, found, turn, lang)
    return stands


def _marked_stand(text: str, claims: list[ClaimSpan], own: list[int], turn: Turn, lang: Lang) -> list[int]:
    """A turn's claim that states its speaker's stand in so many words: the first in thesis
    voice, else the first of its first two claims that opens with a stand cue (or none)."""
    voiced = [i for i in own if _in_thesis_voice(text, _after_label(claims[i], turn), lang)]
    cued = [i for i in own[:2] if _stand_cue(lang).match(text, max(claims[i].start, turn.body))]
    return (voiced or cued)[:1]


def _stand_of(text: str, claim: ClaimSpan, lang: Lang, stake: _Stake) -> float | None:
    """The claim's `argkg.ingest.stands.stand_score` (None: it states no stand)."""
    measured = any(claim.start <= n.start and n.end <= claim.end for n in stake.numbers)
    return stand_score(text[claim.start : claim.end], lang, stake.proposition, measured=measured)


def _stand_key(
    text: str,
    claim: ClaimSpan,
    roles: Sequence[SentenceRole],
    lang: Lang,
    stake: _Stake,
    turns: Sequence[Turn],
) -> tuple[bool, bool, float]:
    """How an unmarked position's arguing claim ranks as its main claim when the text states a
    proposition: first whether it states a stand at all (no question, no arrangement), then
    whether it puts a proposal or demand (`_puts`), then its stand score (`_stand_of`, without
    its speaker's label) plus its sentence's central-claim score (`_central`): the thesis speaks
    to the proposition in an opinion's words, a form field, a figure or a scene-setting fact does
    not, however central its place."""
    said = claim.model_copy(update={"start": speech_start(text, claim.start, claim.end, turns, lang)})
    score = _stand_of(text, said, lang, stake) if said.start < said.end else None
    return (
        score is not None,
        score is not None and _puts(text, said, lang),
        (score or 0.0) + _central(roles, claim),
    )


def _puts(text: str, claim: ClaimSpan, lang: Lang) -> bool:
    """Whether the claim puts a proposal or a demand ("I propose that we X", "我想趁这次X",
    `argkg.ingest.turns.proposes`): whoever puts what is debated states their stand in it, ahead
    of the scene they set before it ("Another late start today.") and the reasons after it."""
    return proposes(text[claim.start : claim.end], lang)


def _judged(text: str, claims: list[ClaimSpan], own: list[int], turn: Turn, lang: Lang) -> list[int]:
    """A turn's stand without a thesis voice or stand cue: its summary judgement, else a short
    verdict in a judging form (or none)."""
    return (_summed_up(text, claims, own, lang) or [i for i in own if _judges(text, claims[i], turn, lang)])[
        :1
    ]


def _stated(
    text: str,
    claims: list[ClaimSpan],
    owned: Sequence[tuple[Turn, list[int]]],
    lang: Lang,
    stake: _Stake,
) -> list[tuple[Turn, list[int], list[int]]]:
    """A speaker's stand where no statement of theirs states or sums it up in so many words:
    of the statements of all their turns, the first that puts a proposal or demand (`_puts`), else
    the one that reads most as a stand on the proposition
    (`argkg.ingest.stands.stand_score`, their opening statement ``OPENING_WEIGHT`` ahead: a voice
    mostly states its stand when it first speaks), the earliest on a tie; without one that reads
    as a stand at all, their first statement (as (turn, its claims, [the stand]), or nothing). An
    opening that only answers the last speaker ("Fair point.") or reports a figure gives way to a
    later statement that speaks to the matter debated in an opinion's words."""
    said = [(t, own, i) for t, own in owned for i in own if _states(text, claims[i], t)]
    scored = [
        (_puts(text, _after_label(claims[i], t), lang), score + OPENING_WEIGHT * (n == 0), -n, t, own, i)
        for n, (t, own, i) in enumerate(said)
        if (score := _stand_of(text, _after_label(claims[i], t), lang, stake)) is not None
    ]
    best = max(scored, key=lambda found: found[:3], default=None)
    if best is not None and (best[0] or best[1] > 0):
        *_, turn, own, i = best
        return [(turn, own, [i])]
    return [(t, own, [i]) for t, own, i in said[:1]]


def _host(turns: Sequence[Turn]) -> str | None:
    """The label of the speaker who hosts a call-in or panel without a chair's title ("SUE:"):
    they open the text, take at least ``_HOST_SHARE`` of its turns (three or more), pass the floor
    to three or more other speakers and say less in a turn than those do on average; they
    introduce and thank the voices, they argue no thesis of their own. A two-voice exchange has
    no host, nor has a negotiation whose first speaker puts a case at length."""
    if not turns:
        return None
    label = turns[0].label
    hosting = [t.end - t.start for t in turns if t.label == label]
    others = [t.end - t.start for t in turns if t.label != label]
    if len(hosting) < max(3, _HOST_SHARE * len(turns)) or len({t.label for t in turns}) < 4:
        return None
    return label if sum(hosting) / len(hosting) < sum(others) / len(others) else None


def _summed_up(text: str, claims: list[ClaimSpan], own: list[int], lang: Lang) -> list[int]:
    """The claims among ``own`` that a voice sums its view up with: a summary cue inside them
    (``summaries`` in ``claims.yaml``: "X, plain and simple", "说白了X") or as a bare sentence
    right after them ("X. Bottom line."); a question sums nothing up."""
    cue = _summary_cue(lang)
    found = []
    for i in own:
        claim = claims[i]
        after = text[claim.end : claim.end + 40]
        bare = re.match(rf"[ \t]*(?:{cue.pattern})[ \t]*[.!。！]", after, cue.flags)
        if not _asks(text, claim) and (cue.search(text, claim.start, claim.end) or bare):
            found.append(i)
    return found


def _judges(text: str, claim: ClaimSpan, turn: Turn, lang: Lang) -> bool:
    """Whether the claim is a short verdict on the matter in a judging form (``judgements`` in
    ``claims.yaml``: "This is a bait and switch.", "这就是变相加班。"): a voice's judgement that its
    other sentences report and support, up to ``judgement_length`` words (characters in Chinese)."""
    said = text[_after_label(claim, turn).start : claim.end].strip()
    data = load_data("claims", _ClaimData, lang.value)
    short = _size(said, lang) <= data.judgement_length
    return short and _listed(said, lang, "judgements") and not _asks(text, claim)


def _states(text: str, claim: ClaimSpan, turn: Turn) -> bool:
    """Whether the claim states something in its turn's own words: no question (a caller's "Is
    that fair?" asks, the answer argues) and no quote of another post ("> X") it answers."""
    said = text[_after_label(claim, turn).start : claim.end].lstrip()
    return not _asks(text, claim) and not said.startswith(">")


def _with_content(
    text: str, claims: list[ClaimSpan], own: list[int], found: list[int], turn: Turn, lang: Lang
) -> list[int]:
    """A turn's stand, with the claim after it when it is elliptical (up to ``elliptical_length``
    words, characters in Chinese: "I wouldn't.", "我不同意。", "I'll take the other side."): that
    claim states what the short verdict says yes or no to."""
    if not found:
        return []
    said = text[_after_label(claims[found[0]], turn).start : claims[found[0]].end].strip()
    after = [i for i in own if i > found[0] and not _asks(text, claims[i])][:1]
    short = _size(said, lang) <= load_data("claims", _ClaimData, lang.value).elliptical_length
    return found + after if short else found


def _size(said: str, lang: Lang) -> int:
    """How long a stand is: its words in English, its word characters in Chinese."""
    return len(said.split()) if lang is Lang.EN else len(re.sub(r"\W", "", said))


def _states_no_stand(text: str, claim: ClaimSpan, turns: Sequence[Turn], lang: Lang) -> bool:
    """Whether the claim is a line that states no stand by its form (``no_stands`` in
    ``claims.yaml``: a team line, a form field, a contact, task or score line, a list heading of a
    point, a stage direction in brackets), read with and without its speaker's label: it may be a
    claim that keeps its side, but it is never what a voice or an author holds, so it is no main
    claim."""
    words = text[claim.start : claim.end].strip()
    said = text[speech_start(text, claim.start, claim.end, turns, lang) : claim.end].strip()
    return _listed(words, lang, "no_stands") or _listed(said, lang, "no_stands")


def _after_label(claim: ClaimSpan, turn: Turn) -> ClaimSpan:
    """The claim without its turn's label, when the label opens it."""
    return claim.model_copy(update={"start": turn.body}) if claim.start < turn.body < claim.end else claim


class _ClaimData(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    stands: list[str]
    reason_questions: list[str]
    verdicts: list[str] = []
    fact_question_chars: int = 0
    question_number: str = ""
    signatures: list[str] = []
    announcements: list[str] = []
    decisions_taken: list[str] = []
    options: list[str] = []
    leads: list[str] = []
    summaries: list[str] = []
    elliptical_length: int = 0
    judgements: list[str] = []
    judgement_length: int = 0
    remarks: list[str] = []
    no_stands: list[str] = []
    field_separators: str = r"(?!)"
    field_labels: str = r"(?!)"
    field_chars: int = 0


#: The least share of a text's turns its host takes (`_host`).
_HOST_SHARE = 1 / 3
#: The least share of an unmarked position's statements that take the side its main claim does
#: not for that side to count as argued at length (`_other_side_stands`): a third, as a text that
#: gives both sides their say does; a stray statement read on the other side is far less.
_ARGUED_SHARE = 1 / 3
_ARGUED_LEAST = 3
#: What ends a question, and what ends the sentence before it.
_QUESTION_MARKS = "?？"
#: A claim that opens with a label of one to three words and a colon ("Option one: X", "第一:X").
_LABELLED = re.compile(r"^\W*(?:\w+\s+){0,2}\w+\s*[:：]")
#: What ends a sentence anywhere in a line, so that the line is no list of fields (a full stop
#: only at its end: an initial or a title, "Mr S. Hale", stands in a field).
_ENDS_INSIDE = "。！？!?；;"
_SENTENCE_ENDS = re.compile(r"[.!?。！？\n](?=[^.!?。！？\n]*$)")


def _answers_question(text: str, claim: ClaimSpan, lang: Lang) -> bool:
    """Whether the claim answers a question put right before it in its paragraph ("So which one?
    Buy the cheaper one.", "该不该装?我支持装。"): an author who asks the text's question and
    answers it states their stand there. A question that asks for a reason ("Why?", "为什么?")
    is answered by a premise, a claim that is itself a question answers nothing, one that opens
    with a label lists an option, and a title's question stands on a line of its own."""
    before = text[: claim.start].rstrip(" \t")
    words = text[claim.start : claim.end]
    if not before.endswith(tuple(_QUESTION_MARKS)) or _asks(text, claim):
        return False
    if _LABELLED.match(words):
        return False  # one option of a list ("Option one: overpay."), not the answer
    head = _SENTENCE_ENDS.search(before[:-1])
    question = before[head.end() if head is not None else 0 :]
    return _reason_question(lang).search(question) is None


@cache
def _reason_question(lang: Lang) -> re.Pattern[str]:
    """The words of a question that asks for a reason (``reason_questions`` in ``claims.yaml``)."""
    data = load_data("claims", _ClaimData, lang.value)
    return re.compile(
        alternation(data.reason_questions, ignore_case=lang is Lang.EN),
        re.IGNORECASE if lang is Lang.EN else 0,
    )


@cache
def _summary_cue(lang: Lang) -> re.Pattern[str]:
    """The summary cues of ``lang`` (``summaries`` in ``claims.yaml``), anywhere in a claim."""
    data = load_data("claims", _ClaimData, lang.value)
    return re.compile(
        alternation(data.summaries, ignore_case=lang is Lang.EN), re.IGNORECASE if lang is Lang.EN else 0
    )


@cache
def _stand_cue(lang: Lang) -> re.Pattern[str]:
    """The stand cues of ``lang``, matched at a position (leading spaces allowed)."""
    data = load_data("claims", _ClaimData, lang.value)
    return re.compile(
        rf"[ \t]*(?:{alternation(data.stands, ignore_case=lang is Lang.EN)})",
        re.IGNORECASE if lang is Lang.EN else 0,
    )


def _thesis(text: str, claims: list[ClaimSpan], members: list[int], issue: Issue) -> int | None:
    """The member claim that states the issue's proposition ("我方观点是 X"), if any.

    A claim that only asks the issue's question again ("So, should X?") states no thesis: the
    answer the author gives elsewhere does.
    """
    stated = Span(start=issue.question_start, end=issue.question_end)
    return next((i for i in members if claims[i].contains(stated) and not _asks(text, claims[i])), None)


def _asks(text: str, claim: ClaimSpan) -> bool:
    """Whether the claim's words end with a question mark: it asks rather than states."""
    return text[claim.start : claim.end].rstrip().endswith(tuple(_QUESTION_MARKS))


def _in_thesis_voice(text: str, claim: ClaimSpan, lang: Lang) -> bool:
    """Whether the claim states a thesis of its author's (`argkg.ingest.proposition`) or a
    proposal, request or decision its speaker puts to the others (an ask: "I'd like us to get
    X", "想把妈送到X", "拟将X调整为Y": the proposer's stand), the author's verdict on the text's
    question (``verdicts`` in ``claims.yaml``: "I'd say no", "我的回答是:不", "we urge you to vote
    No") or a decision the author has taken on it (``decisions_taken``: "We have decided against
    X", "我们决定暂不X"): a letter that announces a decision argues for it."""
    words = text[claim.start : claim.end]
    found = match_proposition(words, lang, heading=False)
    if found is not None and found.kind in (*VIEWS, "ask"):
        return True
    return _decides(words, lang)


def _thesis_voiced(text: str, claim: ClaimSpan, turns: Sequence[Turn], lang: Lang) -> bool:
    """Whether the claim, without its speaker's label, states a thesis or verdict in its
    speaker's own voice (`argkg.ingest.proposition.match_proposition`: "我提议X", "I believe X"),
    not a notice's plan or change ("拟将X", "下个月开始推行X")."""
    said = text[speech_start(text, claim.start, claim.end, turns, lang) : claim.end]
    found = match_proposition(said, lang, heading=False)
    return found is not None and found.kind in VIEWS


def _avows(text: str, claim: ClaimSpan, side: Stance, turns: Sequence[Turn], lang: Lang) -> bool:
    """Whether the claim takes ``side`` and, without its speaker's label, declares it outright
    (`argkg.ingest.sides.declared`: "我不同意X", "I'm for it", "We cannot support X"): an explicit
    accept or reject is a voice's stand."""
    said = text[speech_start(text, claim.start, claim.end, turns, lang) : claim.end]
    return claim.stance is side and declared(said, lang) is side


def _reacts(text: str, claim: ClaimSpan, lang: Lang, issue: Issue | None) -> bool:
    """Whether the claim is the author's reaction to the issue's proposition, a change or plan the
    author did not state ("I'm against this", "但我不赞成全员X", `argkg.ingest.proposition.reaction_side`)."""
    if issue is None or issue.author is None:
        return False
    return reaction_side(text[claim.start : claim.end], lang, issue.proposition) is issue.author


def _decides(words: str, lang: Lang) -> bool:
    """Whether ``words`` give the author's verdict or a decision the author has taken (see
    `_in_thesis_voice`): the author's own answer, whichever side the sides read it on."""
    return _listed(words, lang, "decisions_taken") or _verdict_cue(lang).search(words) is not None


def _asks_for_a_fact(said: str, lang: Lang) -> bool:
    """Whether the sentence is a short question that asks for a fact or what to do ("How many of
    them voted?", "What should I do?", up to ``fact_question_chars`` after a form's question
    number, ``question_number``: "Q2. Who else will use it?"): it argues nothing, the
    answer that follows does (`argkg.ingest.questions.is_informational`)."""
    words = said.strip()
    data = load_data("claims", _ClaimData, lang.value)
    number = re.match(data.question_number, words, re.IGNORECASE) if data.question_number else None
    asked = words[number.end() :] if number is not None else words
    return (
        words.endswith(tuple(_QUESTION_MARKS))
        and len(asked) <= data.fact_question_chars
        and is_informational(words, lang)
    )


def _lists_fields(said: str, lang: Lang) -> bool:
    """Whether the sentence only lists a record's fields: two parts or more set apart by a middle
    dot or a bar (``field_separators`` in ``claims.yaml``: "Tuesday 4 May · Main Hall · 7pm"), or
    two labelled fields or more (``field_labels``: "时间：5月4日 地点：礼堂"), each part at most
    ``field_chars`` long and no sentence ending in the line. A letter's or a meeting's header
    says who, when and where; it argues nothing."""
    data = load_data("claims", _ClaimData, lang.value)
    words = said.strip()
    if not words or words.endswith((".", "。")) or any(mark in words for mark in _ENDS_INSIDE):
        return False  # (a field is no sentence: none ends with a full stop)
    parts = [p for p in re.split(data.field_separators, words) if p.strip()]
    labelled = len(re.findall(data.field_labels, words))
    fields = parts if len(parts) >= 2 else re.split(data.field_labels, words) if labelled >= 2 else []
    return bool(fields) and all(len(p.strip()) <= data.field_chars for p in fields)


def _names_an_option(text: str, sentence: SentenceSpan, lang: Lang) -> bool:
    """Whether the sentence is a line of its own that only names one option of a list ("Option
    one: overpay.", "方案二：降价。", ``options`` in ``claims.yaml``): a label over the lines
    that weigh the option, no claim of its own."""
    line_start = text.rfind("\n", 0, sentence.start) + 1
    line_end = text.find("\n", sentence.end)
    line = text[line_start : line_end if line_end >= 0 else len(text)].strip()
    said = text[sentence.start : sentence.end].strip()
    return line == said and _listed(said, lang, "options")


def _without_lead(text: str, claim: ClaimSpan, lang: Lang) -> ClaimSpan:
    """The claim without a lead its sentence opens with that says who reports it, not what
    ("本报讯（记者 X）", "新华社北京5月3日电", "LONDON (Reuters) -", ``leads`` in ``claims.yaml``)."""
    words = text[claim.start : claim.end]
    for pattern in _patterns(lang, "leads"):
        found = pattern.match(words)
        rest = _trimmed(text, claim.start + found.end(), claim.end) if found is not None else None
        if rest is not None:
            return claim.model_copy(update={"start": rest[0], "end": rest[1]})
    return claim


def _spoken(
    text: str, claim: ClaimSpan, positions: Sequence[Position], turns: Sequence[Turn], lang: Lang
) -> ClaimSpan:
    """The claim without the speaker's label or time stamp it opens with ("[20:05] Ann (host): X",
    "OWEN (Green): X"): the label says who speaks, not what; the claim is what they say. In a
    marked position the label is the side's marker ("正方：X", "Pro: X"): the claim keeps it."""
    if claim.position is not None and positions[claim.position].marked:
        return claim
    start = speech_start(text, claim.start, claim.end, turns, lang)
    rest = _trimmed(text, start, claim.end) if start > claim.start else None
    return claim if rest is None else claim.model_copy(update={"start": rest[0], "end": rest[1]})


def _listed(words: str, lang: Lang, key: str) -> bool:
    """Whether one of the regular expressions of the ``claims.yaml`` list ``key`` matches in
    ``words``: ``judgements`` (a verdict's judging form), ``remarks`` (a remark on the other side),
    ``signatures`` (a sentence that only signs a post, "[[User:X|X]] … (UTC)"),
    ``announcements`` (one that only announces what follows, "The panel decided as follows:"),
    ``decisions_taken`` (a decision the author has taken), ``options`` (an option's label),
    ``no_stands`` (a line that states no stand by its form, `_states_no_stand`)."""
    return _list_pattern(lang, key).search(words) is not None


@cache
def _list_pattern(lang: Lang, key: str) -> Prefiltered:
    """One list of ``claims.yaml`` as one pattern (`one_of`): a text is searched once for it, and
    not at all when it lacks every string the list's cues need (`Prefiltered`)."""
    return Prefiltered(one_of(getattr(load_data("claims", _ClaimData, lang.value), key), _flags(lang)))


@cache
def _patterns(lang: Lang, key: str) -> tuple[re.Pattern[str], ...]:
    """The regular expressions of one list of ``claims.yaml`` (``leads``), each compiled: the
    first that matches decides."""
    listed: list[str] = getattr(load_data("claims", _ClaimData, lang.value), key)
    return tuple(re.compile(p, _flags(lang)) for p in listed)


def _flags(lang: Lang) -> int:
    """The flags the ``claims.yaml`` patterns are read with: English ones ignore case."""
    return re.IGNORECASE if lang is Lang.EN else 0


@cache
def _verdict_cue(lang: Lang) -> re.Pattern[str]:
    """The verdict cues of ``lang``, anywhere in a claim (never matches when there are none)."""
    data = load_data("claims", _ClaimData, lang.value)
    return re.compile(
        alternation(data.verdicts, ignore_case=lang is Lang.EN), re.IGNORECASE if lang is Lang.EN else 0
    )


def _states_own(text: str, claim: ClaimSpan, turns: Sequence[Turn], lang: Lang) -> bool:
    """Whether a debater's claim states something of their own side's: no question put to the
    other side ("请问对方…?") and no remark on what the other side said (``remarks`` in
    ``claims.yaml``: "对方辩友只看到了X", "My opponent forgets X"), after the turn's label."""
    said = text[speech_start(text, claim.start, claim.end, turns, lang) : claim.end].strip()
    return not _asks(text, claim) and not _listed(said, lang, "remarks")


def _central(roles: Sequence[SentenceRole], claim: ClaimSpan) -> float:
    """The central-claim score of the claim's sentence; 0 for a conceded clause."""
    role = _role_of(roles, claim)
    if role is None:
        return 0.0
    start, end = role.concession_start, role.concession_end
    conceded = start is not None and end is not None and start <= claim.start and claim.end <= end
    return 0.0 if conceded else role.central


def _with_annotations(claims: list[ClaimSpan]) -> list[ClaimSpan]:
    """Point each note at the claim just before it in its section (a caveat on conclusions at none)."""
    result = []
    target: int | None = None
    for i, claim in enumerate(claims):
        if i and claim.section != claims[i - 1].section:
            target = None
        if claim.role is Role.NOTE:
            result.append(claim.model_copy(update={"annotates": None if claim.qualifies else target}))
        else:
            result.append(claim)
            target = i
    return result


@component("argkg_claims")
class ClaimComponent(Component):
    """spaCy component: the text's claims (``claims``)."""

    assigns = ("claims",)
    requires = (
        "blocks",
        "sections",
        "turns",
        "sentences",
        "dialectic",
        "issues",
        "positions",
        "conclusions",
        "views",
        "caveats",
    )

    def find(self, parts: Parts) -> Parts:
        """Find the text's claims."""
        return filled(parts, claims=find_claims(parts))
