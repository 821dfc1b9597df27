"""Issues (the questions a text debates) and positions (the blocks that argue one side).

An issue is raised by a section heading that asks a question, and after it by a short line
that is a question on its own; inside an appendix or an untitled text, also by such a line,
and in a section without a question heading by a question sentence that a stance marker
follows directly. An issue runs from its question to the next issue or the end of its section.
Issues of appendix sections are side questions: the author's conclusions do not rest on them
(``debated`` is False). A question that asks for information ("How do I return an item?")
raises no issue, and in a FAQ (most question headings ask for information) no question heading does.

A position starts at a sentence that opens with a stance marker (`argkg.ingest.stance`) and
runs until the next marker, the next issue or the end of the section. An opener ("On the other
hand", "另一方面") turns an argument rather than opening a side's block, and in a text whose
author argues a thesis of their own a side named in prose ("Supporters say...") is a voice the
author answers: neither starts a position (`argkg.ingest.sides` gives them their side). A side
named and answered in one sentence ("Critics claim X, but Y") starts the other side's position.

An issue, or an untitled text, without any marker gets one unmarked position covering its
argumentative sentences, and so does the argued opening of an issue (or section) before its first
marked position (`_preamble`) (so does each titled section that argues, in a text that debates no
question at all: a review's findings under "二、主要意见"), whose stance is the author's side
(pro unless the author's thesis argues against the proposition); the claims component gives
each sentence its own side. A run of a section's sentences that none of these holds and that
argues (`_unheld`: a report's body under a heading read as a conclusion that another conclusion
follows, the remarks before a closing recommendation states the thesis) gets one too, on the
text's only debated issue: a text that argues, argues throughout. An untitled text in which no
sentence argues (no opinion cue, voice or evaluation word: a weather report) gets no position at
all, and a text that argues nothing as a whole (`argkg.ingest.unargued`: a guide, a notice, a
clarification that only describes, instructs and answers questions of fact) gets neither issues
nor positions. A text without a question heading gets its debated proposition from
`argkg.ingest.proposition` (`find_issues`), and `orient` marks questions asked the con side's way.

A position's stance is the document's side (`argkg.ingest.stance`: the marker's words decide
pro or con), not its answer to the issue's question: see `argkg.ingest.builder` on polarity.
"""

import re
from collections.abc import Sequence
from typing import NamedTuple

from argkg.ingest.component import Component, component
from argkg.ingest.dialectic import SentenceRole
from argkg.ingest.layout import layout_data, message_starts
from argkg.ingest.parts import Parts, filled
from argkg.ingest.proposition import (
    VIEWS,
    PropositionMatch,
    affirmed,
    content_centrality,
    directs,
    fallback_min_central,
    grams,
    is_tip,
    judges,
    labelled,
    match_proposition,
    reaction_side,
    spelled_option,
    subject_start,
    thesis_place,
)
from argkg.ingest.questions import affirmative, is_informational, is_retort
from argkg.ingest.sides import (
    answer_side,
    answered,
    argues,
    evaluation,
    is_procedural,
    is_step,
    negated,
    other_side,
    polarity,
    rejected,
    restated_side,
    verdict_side,
    voices,
)
from argkg.ingest.spans import (
    Block,
    BlockKind,
    Issue,
    Position,
    SectionSpan,
    SentenceSpan,
    Span,
)
from argkg.ingest.stance import match_marker, on_roster
from argkg.ingest.turns import Turn, doubts, questioner, timestamp_end
from argkg.ingest.unargued import argues_nothing
from argkg.ingest.voices import reported
from argkg.schema.vocabulary import Lang, SectionKind, Stance

__all__ = ["find_issues", "find_positions", "orient", "argumentative", "PositionComponent"]

#: Blocks whose sentences argue (headings, captions, boilerplate and examples do not).
_ARGUING = (BlockKind.BODY, BlockKind.NOTE)


def argumentative(sentences: list[SentenceSpan], blocks: list[Block], text: str) -> list[SentenceSpan]:
    """The sentences of body and note lines that contain a letter or an ideograph."""
    return [
        s
        for s in sentences
        if blocks[s.block].kind in _ARGUING and any(map(str.isalpha, text[s.start : s.end]))
    ]


class _Read(NamedTuple):
    """What the issue helpers read of one document: its normalised text, its lines, its sections,
    its argumentative sentences and its language (one argument instead of the same five)."""

    text: str
    blocks: list[Block]
    sections: list[SectionSpan]
    arguing: list[SentenceSpan]
    lang: Lang


def find_issues(parts: Parts) -> list[Issue]:
    """Find the debated questions of a text.

    Args:
        parts: the normalised text, its language, lines, sections and sentences, and the
            sentences' dialectical roles (``dialectic``) if known: a text whose lines name no
            proposition argues its most central sentence.

    Returns:
        The issues in text order.
    """
    text, lang, roles = parts.text, parts.lang, parts.dialectic
    blocks, sections, sentences = parts.blocks, parts.sections, parts.sentences
    issues: list[Issue] = []
    arguing = argumentative(sentences, blocks, text)
    if argues_nothing(text, arguing, blocks, roles, lang):
        return []  # a guide, a notice, a clarification: no question and no title is debated
    faq = _is_faq(text, sections, lang)
    titled = not faq and _asks_in_title(text, blocks, lang)
    for k, section in enumerate(sections):
        debated = section.kind is not SectionKind.APPENDIX
        questions: list[tuple[int, int, int]] = []
        inside = [s for s in arguing if section.start <= s.start < section.end]
        if section.question_start is not None and section.question_end is not None:
            questions.append((section.question_start, section.question_end, section.body_start))
            # a later question on a line of its own asks the section's next question
            later = _standalone_questions(text, inside, blocks, lang)
            questions += [(s.start, s.end, s.start) for s in later]
        elif section.kind is not SectionKind.CONCLUSION:
            asked = _question_sentences(text, inside, blocks, section, lang, standalone=not titled)
            questions += [(s.start, s.end, s.start) for s in asked]
        # a FAQ's "How do I...?" debates nothing; elsewhere one answered "No." on the next line does
        # a speaker's doubt in a conversation ("陈太太：房东说的能信吗？") objects to what is put, it
        # does not put it
        questions = [
            q
            for q in questions
            if not faq
            and not _doubted(text, q[0], q[1], parts.turns, lang)
            and (
                _bare_answer(text, arguing, q[1], lang) is not None
                or not is_informational(_unlabelled(text[q[0] : q[1]], lang), lang)
            )
            and not is_retort(_unlabelled(text[q[0] : q[1]], lang), lang)
        ]
        for i, (q_start, q_end, start) in enumerate(questions):
            end = questions[i + 1][0] if i + 1 < len(questions) else section.end
            question = _unlabelled(text[_spoken(q_start, q_end, parts.turns) : q_end], lang)
            issues.append(
                Issue(
                    start=start,
                    end=end,
                    section=k,
                    question=question,
                    proposition=affirmative(question, lang),
                    question_start=q_start,
                    question_end=q_end,
                    debated=debated,
                )
            )
    issues = [_answered(text, issue, arguing, lang) for issue in issues]
    issues = _run_on(issues, sections, arguing)
    issues = _asked_throughout(issues, parts.turns, lang)
    if issues and not faq:
        read = _Read(text, blocks, sections, arguing, lang)
        issues = _defended(read, issues) or _put_before_steps(read, issues) or issues
    if not issues:
        issues += _document_issue(text, blocks, sections, arguing, lang, faq=faq, turns=parts.turns)
    if not issues and not faq:
        issues += _central_thesis(text, blocks, sections, arguing, roles, parts.turns, lang)
    if not issues and not faq:
        issues += _put_to_voices(text, sentences, sections, parts.turns, lang)
    # a "question" of marks alone ("?", "…？") asks nothing: no word, no proposition
    return [_unrejected(issue, lang) for issue in issues if any(map(str.isalnum, issue.proposition))]


def _defended(read: _Read, issues: list[Issue]) -> list[Issue]:
    """The issue of a thesis its author states in a paragraph before the first question that
    raises an issue (a defence's "本文的核心结论是:X" before the committee's questions, a talk's
    "Our main finding is X" before the Q&A), else none: the questions put to the author
    challenge the thesis, they do not replace it. Only body questions count (a question heading
    frames its own section)."""
    text, blocks, sections, arguing, lang = read
    if any(i.question_start == sections[i.section].question_start for i in issues):
        return []
    asked = _block_at(blocks, issues[0].question_start)
    before = [s for s in arguing if s.end <= issues[0].question_start and s.block != asked]
    stated = _document_issue(text, blocks, sections, before, lang, faq=False) if before else []
    # (stated in one of those paragraphs: a title or a message's subject line that asks the question
    # is no thesis of the author's)
    if not stated or stated[0].author is None:
        return []
    if not any(s.start <= stated[0].question_start < s.end for s in before):
        return []
    return [stated[0].model_copy(update={"end": max(stated[0].end, issues[-1].end)})]


def _put_before_steps(read: _Read, issues: list[Issue]) -> list[Issue]:
    """The issue a text states before question lines that mostly ask for parts of it, else none.

    An explainer, a newsletter's briefing or a consultation leaflet names the decision put to a
    vote or the proposal in its header or opening paragraph ("The board decides on 30 April
    whether to X", "Proposed X") and then sets out what it involves under questions on lines of
    their own that ask for a part of it: its reasons, its objections, how to take part ("Why are
    some keen?", "Why do others object?", "为什么有人主张撤?"). Such a line puts no yes/no question
    of its own: its affirmative form is its words less their question mark
    (`argkg.ingest.questions.affirmative` turns nothing). When most of the questions are such
    steps, the stated decision is what the sections argue; a text whose question lines mostly
    ask yes or no ("Should X?", "X该不该Y?") keeps their issues. Every question line counts, not
    only those that raised an issue: a step that asks for information ("What are the objections?")
    raises none, and counting only the yes/no lines left would make them the majority."""
    text, blocks, sections, arguing, lang = read
    if not all(_own_line(text, blocks, i.question_start, i.question_end) for i in issues):
        return []
    asked = _question_lines(read, issues)
    if 2 * sum(_yes_no(question, lang) for question in asked) >= len(asked):
        return []
    first = min(i.question_start for i in issues)
    before = [s for s in arguing if s.end <= first]
    header = [b for b in blocks if b.end <= first]
    stated = _document_issue(text, header, sections, before, lang, faq=False) if header else []
    if not stated or stated[0].question_start >= first:
        return []
    return [stated[0].model_copy(update={"end": max(stated[0].end, issues[-1].end)})]


def _question_lines(read: _Read, issues: list[Issue]) -> list[str]:
    """The questions of a text that stand on lines of their own, in text order: its issues', its
    sections' question headings and its body's short question lines (`_standalone_questions`),
    whether or not they raised an issue, each without a label before it ("Q3:", "问:")."""
    text, blocks, sections, arguing, lang = read
    asked = {i.question_start: i.question for i in issues}
    spans = {(s.question_start, s.question_end) for s in sections if s.question_start is not None}
    spans |= {(s.start, s.end) for s in _standalone_questions(text, arguing, blocks, lang)}
    for start, end in spans:
        own = start is not None and end is not None and _own_line(text, blocks, start, end)
        if own and start not in asked:
            asked[start] = _unlabelled(text[start:end], lang)
    return [asked[start] for start in sorted(asked)]


def _own_line(text: str, blocks: list[Block], start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is the whole of its line (block): a question put as a heading."""
    at = _block_at(blocks, start)
    return at is not None and text[blocks[at].start : blocks[at].end].strip() == text[start:end].strip()


def _yes_no(question: str, lang: Lang) -> bool:
    """Whether ``question`` asks yes or no: its affirmative form (`argkg.ingest.questions.affirmative`)
    differs from its words less their end marks ("Should X?" -> "X should"; "X吗?" -> "X")."""
    words = question.strip().rstrip("?？!！。. ")
    return affirmative(question, lang).strip().rstrip("?？!！。. ") != words


def _unrejected(issue: Issue, lang: Lang) -> Issue:
    """The issue of an author's thesis that only rejects a thing ("the committee should reject
    this proposal") put as that thing, which the author argues against
    (`argkg.ingest.sides.rejected`)."""
    thing = rejected(issue.proposition, lang) if issue.author is not None else None
    if thing is None or issue.author is None:
        return issue
    return issue.model_copy(update={"proposition": thing, "author": other_side(issue.author)})


def _run_on(issues: list[Issue], sections: list[SectionSpan], arguing: list[SentenceSpan]) -> list[Issue]:
    """The issues, each one whose own span argues nothing run on to the next issue.

    An agenda item or a form's question put as a heading of its own ("议题:是否…", "Q1. Do you
    agree with…?") is argued in the sections after it, whatever their titles; it runs on
    until the next issue or the last section that is no conclusion or appendix.
    """
    argued = [s for s in sections if s.kind not in (SectionKind.CONCLUSION, SectionKind.APPENDIX)]
    result = []
    for i, issue in enumerate(issues):
        empty = not any(issue.start <= s.start < issue.end for s in arguing)
        if empty and issue.debated and argued:
            later = issues[i + 1].start if i + 1 < len(issues) else max(issue.end, argued[-1].end)
            issue = issue.model_copy(update={"end": later})
        result.append(issue)
    return result


def _asked_throughout(issues: list[Issue], turns: Sequence[Turn], lang: Lang) -> list[Issue]:
    """The issues, the first of a section raised by a questioner's question after an earlier
    questioner's turn starting at the section's first turn.

    At a press conference or a Q&A session (`argkg.ingest.turns.questioner`) each question puts
    one more point of the same matter to the same respondents: the answers before the question
    that reads as the issue argue it too, and are no background to it. So does a chair's question
    after the parties have spoken (a hearing's "申请人，协议里有没有写明…？", a mediator's "Can you
    meet halfway?"): a chair asks about the matter the parties argue from their first turn on.
    """
    result = []
    for i, issue in enumerate(issues):
        first = i == 0 or issues[i - 1].section != issue.section
        asking = next((t for t in turns if t.holds_offset(issue.question_start)), None)
        before = [t for t in turns if t.end <= issue.question_start and questioner(t, lang)]
        argued = [t for t in turns if t.end <= issue.question_start and not t.chair and not t.asker]
        chaired = asking is not None and asking.chair and argued
        if first and asking is not None and ((questioner(asking, lang) and before) or chaired):
            issue = issue.model_copy(update={"start": min(issue.start, turns[0].start)})
        result.append(issue)
    return result


def _answered(text: str, issue: Issue, arguing: list[SentenceSpan], lang: Lang) -> Issue:
    """The issue with the side its author argues, when a thesis in its region answers its question.

    A question ("Should graduates X?") says nothing of the author's side; a bare answer right
    after it ("No.", "不支持。", `argkg.ingest.sides.answer_side`) does, and so does an answer that states
    a thesis on it ("先说结论:X 不该…", "Short answer: X should not…", "I believe X") does,
    when the thesis restates the question's proposition (shares its words).
    """
    if issue.author is not None:
        return issue
    if (side := _bare_answer(text, arguing, issue.question_end, lang)) is not None:
        return issue.model_copy(update={"author": side})
    if (side := _verdict(text, issue, arguing, lang)) is not None:
        return issue.model_copy(update={"author": side})
    if (side := _restated(text, issue.question_end, issue.end, issue.proposition, arguing, lang)) is not None:
        return issue.model_copy(update={"author": side})
    for sentence in arguing:
        if not issue.start <= sentence.start < issue.end:
            continue
        words = text[sentence.start : sentence.end]
        match = match_proposition(words, lang, heading=False)
        thesis = match is not None and match.kind in VIEWS
        if match is not None and thesis and _shares(match.proposition, issue.proposition, lang):
            return issue.model_copy(update={"author": match.author})
    return issue


def _verdict(text: str, issue: Issue, arguing: list[SentenceSpan], lang: Lang) -> Stance | None:
    """The side of the last answer the author gives the issue's question in so many words after
    asking it ("I'd say no", "let me make the case that the answer is no",
    `argkg.ingest.sides.verdict_side`), or None.

    An essay that asks a question and answers it against the grain argues the other side than
    its question words; the last answer counts, since an essay may first report the common one
    ("Everyone seems to agree that the answer is yes").
    """
    found = [
        side
        for s in arguing
        if issue.question_end <= s.start < issue.end
        and (side := verdict_side(text[s.start : s.end], lang)) is not None
    ]
    return found[-1] if found else None


def _restated(
    text: str, start: int, end: int, proposition: str, arguing: list[SentenceSpan], lang: Lang
) -> Stance | None:
    """The side of the last judgement between ``start`` and ``end`` that restates the debated
    ``proposition`` with its predicate kept or turned (`argkg.ingest.sides.restated_side`: "争议
    焦点为：X是否合法" … "综上，X违法": con), or None: the verdict a court, a review or an essay
    reaches on the question it put is its author's side, whatever the reasons before it weigh. A
    side's voice that restates it ("反方则认为，X弊大于利") is that side's, not the author's."""
    found = [
        side
        for s in arguing
        if start <= s.start < end
        and not voices(words := text[s.start : s.end], lang)
        and (side := restated_side(words, proposition, lang)) is not None
    ]
    return found[-1] if found else None


def _bare_answer(text: str, arguing: list[SentenceSpan], question_end: int, lang: Lang) -> Stance | None:
    """The side of a bare answer ("No.", "不支持。") on a line of its own right after a question
    that ends at ``question_end``, or None."""
    first = next((s for s in arguing if s.start >= question_end), None)
    if first is None or "\n" not in text[question_end : first.start]:
        return None
    return answer_side(text[first.start : first.end], lang)


def _shares(first: str, second: str, lang: Lang) -> bool:
    """Whether two statements share at least two content words (English) or character pairs."""
    return len(grams(first, lang) & grams(second, lang)) >= 2


def _central_thesis(
    text: str,
    blocks: list[Block],
    sections: list[SectionSpan],
    arguing: list[SentenceSpan],
    roles: Sequence[SentenceRole],
    turns: Sequence[Turn],
    lang: Lang,
) -> list[Issue]:
    """The issue of a text that names no proposition: its most central sentence, as its thesis.

    The issue's own words give no cue, so the sentence must be central enough
    (`argkg.ingest.proposition.fallback_min_central`: a conclusion cue, a first-person view or a
    prescription on top of its place in the text) and argue (a side cue, an evaluation or an
    argumentative word, `argkg.ingest.sides`); the author argues it: pro, or con on its
    affirmative form when it advises to leave something alone
    (`argkg.ingest.proposition.affirmed`: "Don't X", "面包机就别再买了"). A text without such
    a sentence (a recipe, a notice) debates nothing, and so does a how-to that walks through two
    or more numbered steps (`argkg.ingest.sides.is_step`): its tips are advice, not a thesis; a
    tip or note (`argkg.ingest.proposition.is_tip`) is never one either. When no sentence is
    central enough by its cues, or only the judged thesis restates what the header names
    (`_restates`: a reply's advice is central by its cues, the wish it answers is the
    thesis), the statement the text is about and judges is its thesis
    (`_judged_thesis`), stated without its end mark so that its sentence stays the main claim,
    and argued con on its affirmative form when it is negated
    (`argkg.ingest.proposition.affirmed`: "Don't X", "别X").
    """
    argued = [s for s in sections if s.kind not in (SectionKind.CONCLUSION, SectionKind.APPENDIX)]
    if sum(is_step(text[s.start : s.end], lang) for s in arguing) >= 2:
        return []
    spans = {(s.start, s.end) for s in arguing}
    candidates = [
        r
        for r in roles
        if (r.start, r.end) in spans
        and not r.opponent
        and r.central >= fallback_min_central(lang)
        and (argues(text[r.start : r.end], lang) or evaluation(text[r.start : r.end], lang) != 0)
        and not is_procedural(text[r.start : r.end], lang)
        and not is_tip(text[r.start : r.end], lang)
    ]
    if not argued:
        return []
    best = max(candidates, key=lambda r: (r.central, -r.start)) if candidates else None
    header = _header_grams(text, blocks, lang)
    restates_best = best is not None and _restates(text[best.start : best.end], header, lang)
    # (the judged thesis is weighed only when the central sentence does not restate the header)
    judged = None if restates_best else _judged_thesis(text, blocks, arguing, roles, turns, lang)
    # the central sentence, unless only the judged thesis restates what the header names (a
    # teacher's advice under a child's "我想学游泳" is central by its cues, the wish is the thesis)
    if best is not None and (
        restates_best or judged is None or not _restates(text[judged.start : judged.end], header, lang)
    ):
        statement = text[best.start : best.end].strip()
        proposition, author = affirmed(statement.rstrip("。.!！;；"), lang)
        return [_text_issue(text, sections, argued, best.start, best.end, proposition, author, best.start)]
    if judged is None:
        return []
    # the proposition is the statement less its end mark: its span is no sentence's, so the
    # sentence that states it stays the author's main claim (a sentence that only puts the
    # issue is none)
    said = text[judged.start : judged.end]
    start = judged.start + len(said) - len(said.lstrip())
    stated = said.strip().rstrip("。.!！;；")
    end = start + len(stated)
    proposition, author = affirmed(stated, lang)
    return [_text_issue(text, sections, argued, start, end, proposition, author, judged.start)]


def _judged_thesis(
    text: str,
    blocks: list[Block],
    arguing: list[SentenceSpan],
    roles: Sequence[SentenceRole],
    turns: Sequence[Turn],
    lang: Lang,
) -> SentenceSpan | None:
    """The thesis of a text that names no proposition and no sentence of which is central by its
    cues: the statement the text is about and judges, as an analyst finds it. Of the author's
    statements that judge (evaluate, compare or prescribe, `argkg.ingest.proposition.judges`;
    no opponent's voice or concession, no view it reports, "被告代理人认为X", "Critics say X",
    no question, no step or tip), one that restates the title or a caption above the body
    (`_restates`: "我想学游泳" over the body's "我应该去学游泳") before any other,
    since a reply's advice at the end (a teacher's comment) answers that thesis; then the one
    that shares the most content words with the rest of the text and its titles
    (`argkg.ingest.proposition.content_centrality`), the writer's own view ("我却觉得X") before any
    other, a statement in the opening or closing
    paragraph counting a little more (`argkg.ingest.proposition.thesis_place`). A statement that
    only judges ("X is better") counts in a text of as many paragraphs as an essay or a letter
    has, when it shares a word with the rest and voices no opponent; the writer's own view or
    advice ("We're going to X", "劝你X") counts in a text of two paragraphs or more (a
    one-paragraph comment gives no place to state a thesis), even one a reported remark
    makes read as an opponent's ("do not X, whatever you read on here"), an imperative ("Don't
    X", "别X", `argkg.ingest.proposition.directs`) only in the opening or closing paragraph, and
    in a text of turns only in the opening post: a reply's advice answers its question
    (`_put_to_voices`). None when no statement qualifies."""
    if not arguing:
        return None
    paragraphs, place = thesis_place(lang)
    count = len({s.block for s in arguing})
    essay = count >= paragraphs
    if count < 2 and not essay:
        # a one-paragraph text: no statement qualifies below (the writer's own view needs two
        # paragraphs, a statement that only judges an essay's), so its centrality is not weighed
        return None
    opponents = {(r.start, r.end) for r in roles if r.opponent}
    said = [text[s.start : s.end] for s in arguing]
    titles = [text[b.start : b.end] for b in blocks if b.kind in (BlockKind.TITLE, BlockKind.HEADING)]
    scores = content_centrality(said, titles, lang)
    ends = (arguing[0].block, arguing[-1].block)
    levels = [judges(statement, lang) for statement in said]
    # a reply's advice answers the question its text puts to the voices (`_put_to_voices`); the
    # opening post is the text before the first turn, or the first turn when the text opens with it
    replies = len(text)
    if len(turns) >= 2:
        replies = turns[0].start if arguing[0].start < turns[0].start else turns[1].start
    header = _header_grams(text, blocks, lang)
    judging = [
        (
            _restates(statement, header, lang),
            level,
            score + (place if s.block in ends else 0.0),
            -s.start,
            s,
        )
        for s, statement, score, level in zip(arguing, said, scores, levels, strict=True)
        # the writer's own view or advice is their thesis in a comment of any length, whatever
        # reported remark it answers (an imperative only where a thesis is stated: the opening or
        # closing paragraph); a statement that only judges needs an essay's paragraphs and a word
        # shared with the rest
        if (
            (level > 1 and count > 1 and s.start < replies)
            or (
                judges(statement, lang, advice=False) > 0
                and essay
                and score > 0.0
                and (s.start, s.end) not in opponents
            )
        )
        and (s.block in ends or not directs(statement, lang))
        and reported(statement, lang) is None
        and not voices(statement, lang)
        and not statement.rstrip().endswith(("?", "？"))
        and not is_procedural(statement, lang)
        and not is_tip(statement, lang)
    ]
    return max(judging, key=lambda j: j[:4])[4] if judging else None


def _put_to_voices(
    text: str,
    sentences: list[SentenceSpan],
    sections: list[SectionSpan],
    turns: Sequence[Turn],
    lang: Lang,
) -> list[Issue]:
    """The issue of a text of turns that no author argues and that names no proposition: the
    first question one of its voices puts to the others (not a doubt, `_doubted`) that asks for a
    decision or a verdict rather than for information ("春游改到下周三行不行?", "Can I leave my
    phone on this charger overnight?", "问:…现在送去学钢琴早不早?"), as an analyst reads a group
    chat, a Q&A thread or a pull request discussion by what was asked of its voices. Its asker
    argues no side of it (author None); the voices' answers take theirs. None in a text of fewer
    than two turns (no one is asked)."""
    if len(turns) < 2:
        return []
    argued = [s for s in sections if s.kind not in (SectionKind.CONCLUSION, SectionKind.APPENDIX)]
    for sentence in sentences:
        spoken = _spoken(sentence.start, sentence.end, turns)  # a speaker's label is no part of it
        question = _unlabelled(text[spoken : sentence.end].strip(), lang)
        # (the opening post before the first reply puts its question to the voices too)
        voiced = sentence.start < turns[0].start or any(t.holds_offset(sentence.start) for t in turns)
        # a speaker's doubt ("二手车不是都调过表吗？") objects to what the others put, it asks them nothing
        doubt = _doubted(text, sentence.start, sentence.end, turns, lang)
        asks = not is_informational(question, lang) and not is_retort(question, lang)
        if voiced and not doubt and question.endswith(("?", "？")) and asks:
            proposition = affirmative(question, lang)
            issue = _text_issue(
                text, sections, argued or sections, sentence.start, sentence.end, proposition, None
            )
            return [issue.model_copy(update={"start": min(issue.start, sentence.start)})]
    return []


def _text_issue(
    text: str,
    sections: list[SectionSpan],
    argued: list[SectionSpan],
    q_start: int,
    q_end: int,
    proposition: str,
    author: Stance | None,
    claimed: int | None = None,
) -> Issue:
    """The issue a whole text argues, stated at ``text[q_start:q_end]``: it covers every argued
    section but the intro before the first heading (which presents the debate), unless the
    sentence that states it is a claim of the intro, starting at ``claimed`` (a letter's "本所认为,
    X" before its numbered grounds): from there on the intro argues the author's thesis. A
    thesis stated outside the sections the issue would cover widens it to its own section."""
    k = next((i for i, s in enumerate(sections) if s.start <= q_start < s.end), 0)
    body = [s for s in argued if s.kind is not SectionKind.INTRO] or argued
    start, end = body[0].start, argued[-1].end
    if claimed is not None and sections[k].kind is SectionKind.INTRO:
        start = min(start, claimed)
    if not start <= q_start < end:
        # a thesis stated outside the sections it would cover (under a "Summary" heading read as
        # a conclusion, before a list of action items read as sections) is argued where it stands
        start, end = min(start, sections[k].start), max(end, sections[k].end)
    return Issue(
        start=start,
        end=end,
        section=k,
        question=text[q_start:q_end],
        proposition=proposition,
        question_start=q_start,
        question_end=q_end,
        debated=True,
        author=author,
    )


def _is_faq(text: str, sections: list[SectionSpan], lang: Lang) -> bool:
    """Whether most of at least three question headings ask for information: a FAQ, whose yes/no
    entries ("馆内可以用电脑吗?") ask for information too."""
    asked = [
        text[s.question_start : s.question_end]
        for s in sections
        if s.question_start is not None and s.question_end is not None
    ]
    return len(asked) >= 3 and 2 * sum(is_informational(q, lang) for q in asked) > len(asked)


def _spoken(start: int, end: int, turns: Sequence[Turn]) -> int:
    """Where the words of the question ``text[start:end]`` start: after the label of a speaker's
    turn that opens inside it ("陈太太：房东说的能信吗？"), else at ``start``. A label is never part
    of what is asked."""
    return next((t.body for t in turns if start < t.body < end), start)


def _doubted(text: str, start: int, end: int, turns: Sequence[Turn], lang: Lang) -> bool:
    """Whether the question ``text[start:end]`` is a speaker's doubt in a conversation
    (`argkg.ingest.turns.doubts`: "…能信吗？", "那五年以后呢？"): an objection to what the others
    put, not the question the text debates."""
    speaker = next((t for t in turns if t.holds_offset(start) or start < t.body < end), None)
    # a questioner's question ("弹幕提问 @x：学校不是不让带吗？") is put to the one who answers
    return (
        speaker is not None
        and not questioner(speaker, lang)
        and doubts(text[_spoken(start, end, turns) : end], lang)
    )


def _unlabelled(question: str, lang: Lang) -> str:
    """The question without a chat line's time stamp ("[Mon 19:21] Tom: can we…?" is read as
    "Tom: can we…?", whose speaker's label `is_informational` reads past) and an interview's
    label ("Q:", "问:")."""
    question = question[timestamp_end(question, lang) :]
    label = re.match(layout_data(lang).example, question)
    return question[label.end() :].strip() if label else question


#: Which proposition cue wins when a text has several: a motion before a framing title, ...,
#: the text's central ask (a proposal, request or decision) only when no other cue applies, and
#: a change someone announces or plans (whose author need not argue for it) after that, and a
#: verdict that only its predicate marks ("X is a poor deal") when nothing is put to a decision.
_PRIORITY = ("motion", "framing", "question", "thesis", "pro", "con", "ask", "change", "verdict")
#: Cues whose sentence states the debate rather than arguing it (no claim of its own).
_STATING = ("motion", "framing", "question")


def _document_issue(
    text: str,
    blocks: list[Block],
    sections: list[SectionSpan],
    arguing: list[SentenceSpan],
    lang: Lang,
    *,
    faq: bool,
    turns: Sequence[Turn] = (),
) -> list[Issue]:
    """The proposition of a text that asks no question in a heading (`argkg.ingest.proposition`).

    It is found in the title, headings, captions and headlines (a body line without a full
    stop), else in the argumentative sentences, where a thesis argued in the body comes before
    one in a headline and a verdict counts in the text's first sentence; when it is not the
    author's own thesis, a thesis elsewhere still gives the author's side (even one that is a
    fragment, "we think it is right", or a concession, never a proposition itself). The
    issue it raises covers every section but the conclusion, appendices and the intro before
    the first heading (which presents the debate rather than arguing it), and its span (the quoted
    question) is the sentence of a motion, a framing or a question, or the proposition inside
    a thesis, a side's statement or an ask, whose sentence stays a claim. Of several asks (a
    proposal and the decision that settles it) the first, which puts the question, is the
    proposition, unless a later one is what the text's statements are about by far
    (`_most_disputed`: agenda items, a request beside a counter-offer). A FAQ's question headings
    raise none.
    """
    argued = [s for s in sections if s.kind not in (SectionKind.CONCLUSION, SectionKind.APPENDIX)]
    if not argued:
        return []
    # a caption, a short line between paragraphs, is read as a heading: under a title it is
    # often what the post or page puts up for debate ("CMV: X")
    lines = [
        line
        for b in blocks
        if b.kind in (BlockKind.TITLE, BlockKind.HEADING, BlockKind.CAPTION)
        for line in _title_parts(text, _after_marks(text, b), b.end)
    ]
    # a message's subject line, a header to the layout, is its title ("主题:回复:【征求意见】X的方案");
    # a reply's names the other writer's proposal, whose thesis is not the replier's
    subjects = [
        (b, subject_start(text[b.start : b.end], lang)) for b in blocks if b.kind is BlockKind.BOILERPLATE
    ]
    lines += [(b.start + found[0], b.end, True) for b, found in subjects if found is not None]
    replies = {b.start + found[0] for b, found in subjects if found is not None and found[1]}
    final = tuple(layout_data(lang).sentence_final)
    # a headline: a body line that is one sentence without a full stop ("X is a mistake")
    headlines = {
        s.start
        for s in arguing
        if (blocks[s.block].start, blocks[s.block].end) == (s.start, s.end)
        and not text[s.start : s.end].rstrip().endswith(final)
    }
    lines += [(s.start, s.end, False) for s in arguing if s.start not in headlines]
    lines += [line for s in arguing if s.start in headlines for line in _title_parts(text, s.start, s.end)]
    openings = (s.start for s in arguing if not is_procedural(text[s.start : s.end], lang))
    first = next((start for start in openings if start not in headlines), None)
    found: list[tuple[int, int, int, int, PropositionMatch]] = []
    # fit or not: a fragment still tells the author's side; with the start of its line
    theses: list[tuple[int, PropositionMatch]] = []
    lines.sort(key=lambda line: line[0])
    said = message_starts(text, lang)
    labels = _labels_above(text, blocks, arguing)
    for start, end, heading in lines:
        line, shift = text[start:end], 0
        # a line under a heading that only labels it ("RESOLUTION" above "That X.") as "label: line"
        relabelled = labelled(labels[start], line, lang) if start in labels else None
        if relabelled is not None:
            line, shift = relabelled
        match = match_proposition(line, lang, heading=heading, opening=start == first, said=start in said)
        if match is not None and shift:
            match = match.model_copy(update={"start": max(0, match.start - shift), "end": match.end - shift})
        if match is None or (faq and match.kind == "question") or (start in replies and match.author):
            continue
        if match.kind == "question" and _doubted(text, start, end, turns, lang):
            continue  # a speaker's doubt objects to what the others put
        if match.kind == "question" and start in headlines and heading:
            # a body line without a full stop that asks only as a heading would (a comment under a
            # post: "涨价可以，但是能不能别X") puts the text's question only where it leads, as a
            # question in the body does; one a body sentence's cue reads (a quoted referendum
            # question on its own line) stays as it is
            as_body = match_proposition(line, lang, heading=False, said=start in said)
            if as_body is None or as_body.kind != "question":
                match = match.model_copy(update={"lead": True})
        theses += [(start, match)] if match.kind in VIEWS else []
        # a thesis argued in the body comes before its headline
        body_first = int(heading and match.kind in VIEWS)
        if match.fit:
            found.append((_PRIORITY.index(match.kind), body_first, start, end, match))
    found = _leading(found, blocks)
    found = _beside_the_point(found, blocks, arguing, lang)
    if not found:
        return []
    disputed = _most_disputed(found, text, arguing, lang)
    _, _, start, end, match = _reacted_change(found, disputed, text, arguing, lang)
    # an ask is read as the author's (pro), but one the text reports ("贵司拟X", "the board proposes
    # to X") may be what the writer reacts against ("我们对此项安排持有异议", "we ask you to withdraw
    # this plan"): a reaction against it after it gives the author's side too, in a text of one
    # writer (in a conversation, a reaction after the ask is another speaker's: "我不同意。")
    asked = match.kind == "ask" and match.author is Stance.PRO and not turns
    if (match.author is None and match.kind != "motion") or asked:
        # the writer's own reaction to the change it reports, the plan it is asked to comment on or
        # the proposal someone else put, or answer to the question it puts to a decision, after it
        # ("we urge you to vote No", "但我不赞成全员X", "Recommendation: retain X"): it answers what
        # is debated, where a thesis elsewhere may argue another proposition ("Keep X a parish of
        # its own", a counter-proposal); a motion's record reports the reactions of its speakers,
        # not the writer's
        concluding = [s for s in sections if s.kind is SectionKind.CONCLUSION]
        after = (
            (text[s.start : s.end], any(c.start <= s.start < c.end for c in concluding))
            for s in arguing
            if s.start >= start
        )
        proposition = match.proposition
        reactions = (reaction_side(words, lang, proposition, concluding=closing) for words, closing in after)
        reacted = next((r for r in reactions if r is not None), None)
        if not asked or reacted is Stance.CON:
            match = match.model_copy(update={"author": reacted})
    if match.author is None and match.kind in _STATING:
        # a verdict on the question or the framing it puts, restated ("综上，X违法")
        verdict = _restated(text, end, len(text), match.proposition, arguing, lang)
        match = match.model_copy(update={"author": verdict})
    own = _own_theses(theses, start, turns)
    if match.author is None and own:
        match = match.model_copy(update={"author": _side_taken(own[0], lang)})
    q_start, q_end = (start, end) if match.kind in _STATING else (start + match.start, start + match.end)
    claimed = None if match.kind in _STATING else start
    # an option recommended by its label is debated as what the option does ("Option B: close X")
    proposition = spelled_option(match.proposition, text, lang)
    return [_text_issue(text, sections, argued, q_start, q_end, proposition, match.author, claimed)]


def _labels_above(text: str, blocks: list[Block], arguing: list[SentenceSpan]) -> dict[int, str]:
    """The title, heading or caption just above each body line, by the start of the line's first
    argumentative sentence: a heading may be only the label of the line under it
    (`argkg.ingest.proposition.labelled`)."""
    firsts = {s.block: s.start for s in reversed(arguing)}  # each line's first sentence
    return {
        start: text[blocks[b - 1].start : blocks[b - 1].end]
        for b, start in firsts.items()
        if b > 0 and blocks[b - 1].kind in (BlockKind.TITLE, BlockKind.HEADING, BlockKind.CAPTION)
    }


def _own_theses(
    theses: list[tuple[int, PropositionMatch]], start: int, turns: Sequence[Turn]
) -> list[PropositionMatch]:
    """The theses, by the start of their line, that may give the side of whoever puts the
    proposition stated at ``start``: all of a text of one writer; in a conversation only those
    in the turn that puts it ("I'm weighing up X. … I believe it would pay"), since a later
    speaker's view ("I believe it will cost us our regulars") is that speaker's side, not the asker's."""
    if not turns:
        return [match for _, match in theses]
    turn = next((t for t in turns if t.holds_offset(start)), None)
    if turn is None:
        return []
    return [match for at, match in theses if turn.holds_offset(at)]


def _side_taken(thesis: PropositionMatch, lang: Lang) -> Stance | None:
    """The side the writer of ``thesis`` takes on what the text debates, when that is another cue's
    proposition (a question put to them, a change they react to): the thesis's own side, turned
    when the thesis advises against doing something ("先别辞职", "Don't sell it",
    `argkg.ingest.proposition.affirmed`): such advice argues against the thing asked about."""
    if thesis.author is None or affirmed(thesis.proposition, lang)[1] is Stance.PRO:
        return thesis.author
    return other_side(thesis.author)


#: How many times more central a later cue's proposition must be than the first's to be debated
#: instead: the first puts the question unless it barely bears on the text (an agenda's "Apologies:
#: none"), a later counter-request ("If approved, I ask that X") shares some of its words too.
_OUTWEIGHS = 2.0

#: Cues of which a text may carry several that put no question by their order: agenda items, labelled
#: lines, requests and plans (a question counts where it leads, a writer's view where it is stated).
_RIVALS = ("motion", "framing", "pro", "ask", "change")


def _most_disputed(
    found: list[tuple[int, int, int, int, PropositionMatch]],
    text: str,
    arguing: list[SentenceSpan],
    lang: Lang,
) -> tuple[int, int, int, int, PropositionMatch]:
    """The cue found whose proposition the text disputes: the first of the first kind in
    `_PRIORITY`, unless the text puts several of that kind (`_RIVALS`: agenda items, a request
    and a counter-offer, two plans), when it is the one the text's other statements are most
    about (`argkg.ingest.proposition.content_centrality` of each proposition against the
    argumentative sentences outside every cue's own line) by more than `_OUTWEIGHS` times the
    first: what the sides argue over shares their words ("Item 2. Whether to sell the hall"
    beside "Item 1. Apologies: none"); else the first.

    Args:
        found: the cues found, as (priority, body_first, start, end, match), none empty.
        text: the normalised text.
        arguing: its argumentative sentences.
        lang: its language.

    Returns:
        The item of ``found`` that is the text's debated proposition.
    """
    first = min(found, key=lambda item: item[:3])
    rivals = sorted((item for item in found if item[:2] == first[:2]), key=lambda item: item[2])
    if len(rivals) < 2 or first[4].kind not in _RIVALS:
        return first
    others = [
        text[s.start : s.end] for s in arguing if not any(item[2] <= s.start < item[3] for item in rivals)
    ]
    scores = content_centrality([item[4].proposition for item in rivals], others, lang)
    best = max(range(len(rivals)), key=lambda i: (scores[i], -i))
    return rivals[best] if scores[best] > _OUTWEIGHS * scores[0] else first


#: Cues that state a writer's own view or ask: a change someone else announces or plans, reported
#: before one of them, is what that view reacts to (`_reacted_change`).
_OWN = ("thesis", "ask", "verdict")

#: Cues that report what someone puts to a decision, which a later view may react to: a change
#: announced or planned, and a plan or request put as an ask ("街道拟从下月起X", "the board
#: proposes to X") that the writer then asks to withdraw or suspend ("恳请街道暂停实施该方案").
_REACTED = ("change", "ask")


def _reacted_change(
    found: list[tuple[int, int, int, int, PropositionMatch]],
    chosen: tuple[int, int, int, int, PropositionMatch],
    text: str,
    arguing: list[SentenceSpan],
    lang: Lang,
) -> tuple[int, int, int, int, PropositionMatch]:
    """The change the text reports, with the side its writer's reaction takes, in place of the
    writer's own view or ask ``chosen`` that comes after it, when the writer reacts to it in so
    many words (`argkg.ingest.proposition.reaction_side`: "我不赞成物业这个做法", "I'm against
    this"), else ``chosen``.

    A decision or plan announced by others ("The council plans to close X", "学校决定下学期起X")
    is what a reader's letter, a speech at a consultation or a teacher's notes for parents
    argue over; the writer's own proposal or advice after it ("keep part of it", "先在几家公司试点")
    is a counter-proposal that takes a side on it, not the debated proposition: its proposer and
    those who support it are pro, those who keep things as they are or refuse it con, and the
    writer's side is the one their reaction to it takes.
    """
    if chosen[4].kind not in _OWN:
        return chosen
    changes = [item for item in found if item[4].kind in _REACTED and item[2] < chosen[2]]
    if not changes:
        return chosen
    change = changes[0]
    after = (text[s.start : s.end] for s in arguing if s.start >= change[2])
    reactions = (reaction_side(words, lang, change[4].proposition) for words in after)
    side = next((r for r in reactions if r is not None), None)
    if side is None:
        return chosen
    return (*change[:4], change[4].model_copy(update={"author": side}))


def _leading(
    found: list[tuple[int, int, int, int, PropositionMatch]], blocks: list[Block]
) -> list[tuple[int, int, int, int, PropositionMatch]]:
    """The proposition cues found, less each question that counts only where it leads
    (`argkg.ingest.proposition.PropositionMatch.lead`) but does not: one asked after another
    cue's proposition (rhetorical), or one the author answers with a thesis in the same
    paragraph ("Should X? … we recommend Y"), whose own words state what the text argues. A
    question put to the voices that answer it in their own turns or paragraphs (a panel, a poll)
    stays. A question a headline asks (a body line without a full stop: a reader's comment under
    a post) counts only where it leads too (`_document_issue` marks it so)."""
    first_other = min((item[2] for item in found if not item[4].lead), default=None)
    answered = {_block_at(blocks, item[2]) for item in found if item[4].kind in VIEWS}
    return [
        item
        for item in found
        if not item[4].lead
        or ((first_other is None or item[2] < first_other) and _block_at(blocks, item[2]) not in answered)
    ]


def _beside_the_point(
    found: list[tuple[int, int, int, int, PropositionMatch]],
    blocks: list[Block],
    arguing: list[SentenceSpan],
    lang: Lang,
) -> list[tuple[int, int, int, int, PropositionMatch]]:
    """The proposition cues found, less each question reported in the middle of a body paragraph
    that goes on to answer it ("I asked whether a second printer would have helped. She agreed
    that…", "One member also asked whether X. It might help, but…") when the author states a view
    (`VIEWS`) that takes up at most one of its words (`_shares`: an alternative names the thing it
    would replace, "a second shutter" beside "replace the shutter motor"): the question was one
    point met on the way (an alternative weighed, an objection answered), and the view is what
    the text argues. A question in a title or heading, in the opening paragraph or in a paragraph
    of its own ("The editor asked whether X.", an audience member's question) puts the text's
    issue; so does one whose words the author's view takes up."""
    views = [item[4].proposition for item in found if item[4].kind in VIEWS and item[4].fit]
    opening = arguing[0].block if arguing else None

    def aside(item: tuple[int, int, int, int, PropositionMatch]) -> bool:
        at = _block_at(blocks, item[2])
        return (
            item[4].kind == "question"
            and at is not None
            and blocks[at].kind is BlockKind.BODY
            and at != opening
            and any(s.block == at and s.start >= item[3] for s in arguing)
            and bool(views)
            and not any(_shares(view, item[4].proposition, lang) for view in views)
        )

    return [item for item in found if not aside(item)]


def _block_at(blocks: list[Block], offset: int) -> int | None:
    """The index of the block holding ``offset``, or None."""
    return next((i for i, b in enumerate(blocks) if b.start <= offset < b.end), None)


def _header(blocks: list[Block]) -> list[Block]:
    """The text's title, and the headings and captions above its first body line: the lines that
    name what the text is about or asks, before it says anything."""
    body = next((b.start for b in blocks if b.kind is BlockKind.BODY), None)
    return [
        b
        for b in blocks
        if b.kind is BlockKind.TITLE
        or (b.kind in (BlockKind.HEADING, BlockKind.CAPTION) and (body is None or b.start < body))
    ]


def _header_grams(text: str, blocks: list[Block], lang: Lang) -> list[set[str]]:
    """The words (English) or character pairs (Chinese) of each line of the text's header
    (`_header`, `argkg.ingest.proposition.grams`), read once per text."""
    return [grams(text[b.start : b.end], lang) for b in _header(blocks)]


def _restates(statement: str, header: list[set[str]], lang: Lang) -> bool:
    """Whether ``statement`` restates a line of the text's header (``header``: `_header_grams`):
    holds at least two of its words (English) or character pairs (Chinese), and half of them
    ("我应该去学游泳" under the caption "我想学游泳"). A statement that only names the header's
    subject ("操场" under "学校操场,为什么不能在周末向居民开放?") does not restate it."""
    said = grams(statement, lang)
    return any(len(said & line) >= max(2, len(line) / 2) for line in header)


def _asks_in_title(text: str, blocks: list[Block], lang: Lang) -> bool:
    """Whether the text's title, or a line of its header before the first body line, asks the
    debated question ("X 靠不靠谱?——专访…", a minute's "班会主题:X该不该Y", "Topic: should X?"):
    then a question the body asks on a line of its own (an interviewer's, a speaker's "…吧?") is
    one step of it, no issue of its own, and the header gives the text's issue
    (`_document_issue`)."""
    return any(
        (match := match_proposition(_title_line(text, block), lang, heading=True)) is not None
        and match.kind == "question"
        for block in _header(blocks)
    )


def _title_parts(text: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """A title, heading or headline at ``text[start:end]`` as lines to search for a proposition,
    each (start, end, heading): its words before a subtitle and the subtitle, when it has one (a
    meeting's title names the proposal in its subtitle: "Town hall meeting - Proposed X"; a Chinese
    title that asks its question before one, "路口要装红绿灯？听听居民怎么说", asks it alone)."""
    found = _SUBTITLE.search(text, start, end)
    if found is None:
        return [(start, end, True)]
    lines = [(start, found.start(), True)]
    if text[found.end() : end].strip():
        lines.append((found.end(), found.end() + len(text[found.end() : end].rstrip()), True))
    return lines


def _title_line(text: str, block: Block) -> str:
    """A title or heading's words, without Markdown marks or a subtitle (`_title_parts`)."""
    start = _after_marks(text, block)
    return text[start : _title_parts(text, start, block.end)[0][1]]


#: Where a title's subtitle starts: a dash between words ("问题?——专访…", "Question - a reply") or,
#: in a Chinese title, the words right after its question mark ("要不要X？一文看懂", as a Chinese
#: headline sets off its subtitle; not an aside in brackets, "X？（三）", nor a closing quote).
_SUBTITLE = re.compile(r"\s*(?:——|—|–|\s-\s)\s*|(?:(?<=？)|(?<=\?)(?=\s*[\u4e00-\u9fff]))\s*(?=\w)")


def _question_sentences(
    text: str,
    inside: list[SentenceSpan],
    blocks: list[Block],
    section: SectionSpan,
    lang: Lang,
    *,
    standalone: bool,
) -> list[SentenceSpan]:
    """Question sentences that raise an issue in a section without a question heading: one on a
    short line of its own (in an appendix or an untitled text, unless ``standalone`` is False: the
    title asks the text's question), one a side's marker answers directly, one a bare answer on
    the next line answers ("…?" / "No."), and the question that ends the labelled line opening a
    Q&A ("问:… 还来得及吗?")."""
    max_chars = layout_data(lang).headings.max_chars
    standalone_allowed = standalone and section.kind in (SectionKind.APPENDIX, SectionKind.OTHER)
    label = re.compile(layout_data(lang).example)
    opening = inside[0].block if inside else None
    found = []
    for i, sentence in enumerate(inside):
        words = text[sentence.start : sentence.end]
        if not words.endswith("?"):
            continue
        block = blocks[sentence.block]
        alone = (block.start, block.end) == (sentence.start, sentence.end) and len(words) <= max_chars
        # a short question line that opens an untitled text's intro is its headline: it puts the
        # question the whole text then weighs ("Did the new bus lane really cut journey times?")
        headline = standalone and alone and i == 0 and section.kind is SectionKind.INTRO
        nxt = inside[i + 1] if i + 1 < len(inside) else None
        before_marker = nxt is not None and match_marker(text[nxt.start : nxt.end], lang) is not None
        asked = (
            sentence.block == opening
            and sentence.end >= len(text[: block.end].rstrip())
            and label.match(text[block.start : block.end]) is not None
        )
        # a question whose line a bare answer follows ("…?" / "No."), as on a consultation form
        replied = _bare_answer(text, inside, sentence.end, lang) is not None
        if (alone and (standalone_allowed or headline)) or before_marker or asked or replied:
            found.append(sentence)
    return found


def _standalone_questions(
    text: str, inside: list[SentenceSpan], blocks: list[Block], lang: Lang
) -> list[SentenceSpan]:
    """Questions that stand alone on a short line of their own."""
    max_chars = layout_data(lang).headings.max_chars
    return [
        s
        for s in inside
        if text[s.start : s.end].rstrip().endswith(("?", "？"))
        and (blocks[s.block].start, blocks[s.block].end) == (s.start, s.end)
        and s.end - s.start <= max_chars
    ]


def find_positions(parts: Parts) -> list[Position]:
    """Find the positions of a text: marked blocks, and unmarked ones for marker-less issues.

    Args:
        parts: the normalised text, its language, lines, sections, sentences and issues
            (`find_issues`).

    Returns:
        The positions in text order, numbered per section.
    """
    text, lang, issues = parts.text, parts.lang, parts.issues
    blocks, sections, sentences = parts.blocks, parts.sections, parts.sentences
    questions = {(i.question_start, i.question_end) for i in issues}
    arguing = [s for s in argumentative(sentences, blocks, text) if (s.start, s.end) not in questions]
    if not issues and argues_nothing(text, arguing, blocks, parts.dialectic, lang):
        return []  # every statement of a text that argues nothing is neutral background
    found: list[Position] = []
    for k, section in enumerate(sections):
        inside = [s for s in arguing if section.start <= s.start < section.end]
        marked = _marked(text, inside, issues, k, lang)
        found += marked
        regions = [
            (index, _unmarked(inside, issues, index, section))
            for index in _unmarked_regions(k, section, issues, marked)
        ]
        # the argued opening before a region's first marked position
        openings = [
            (index, _preamble(inside, issues, index, section, marked)) for index in _marked_regions(marked)
        ]
        regions += [(index, region) for index, region in openings if _argues_in(text, region, lang)]
        regions += [
            (_debated_one(issues), run)
            for run in _unheld(inside, section, _concluded_after(sections, k), marked, regions)
            if _argues_in(text, run, lang)
        ]
        for index, region in regions:
            if index is None and not _argues_in(text, region, lang):
                continue
            if region:
                author = issues[index].author if index is not None else None
                found.append(
                    Position(
                        start=region[0].start,
                        end=region[-1].end,
                        section=k,
                        issue=index,
                        stance=author or Stance.PRO,
                        ordinal=0,
                        marked=False,
                    )
                )
    counts = dict.fromkeys(range(len(sections)), 0)
    numbered = []
    for position in sorted(found, key=lambda p: p.start):
        numbered.append(position.model_copy(update={"ordinal": counts[position.section]}))
        counts[position.section] += 1
    return numbered


def _marked(text: str, inside: list[SentenceSpan], issues: list[Issue], k: int, lang: Lang) -> list[Position]:
    """The marked positions of section ``k`` (numbered later).

    A side's name that a contrast answers in the same sentence ("Critics claim X, but the data
    show the opposite") starts a position of the other side: the sentence replies to them.
    """
    found: list[Position] = []
    current: list[SentenceSpan] = []
    head: Position | None = None
    for sentence in inside:
        issue = _issue_at(issues, sentence.start)
        marker = (
            None
            if on_roster(text, sentence.start, sentence.end, lang)
            else match_marker(text[sentence.start : sentence.end], lang)
        )
        authored = issue is not None and issues[issue].author is not None
        if marker is not None and (marker.kind == "opener" or (marker.kind == "phrase" and authored)):
            marker = None  # a turn of the argument, or a voice the author answers: see sides
        if head is not None and (marker is not None or issue != head.issue):
            found.append(head.model_copy(update={"end": current[-1].end}))
            head = None
        if marker is not None:
            replied = (
                marker.kind == "phrase"
                and answered(text[sentence.start : sentence.end], lang) is marker.stance
            )
            head = Position(
                start=sentence.start,
                end=sentence.end,
                section=k,
                issue=issue,
                stance=other_side(marker.stance) if replied else marker.stance,
                ordinal=0,
                marker_start=sentence.start + marker.start,
                marker_end=sentence.start + marker.end,
            )
            current = []
        current.append(sentence)
    if head is not None:
        found.append(head.model_copy(update={"end": current[-1].end}))
    return found


def _unmarked(
    inside: list[SentenceSpan], issues: list[Issue], index: int | None, section: SectionSpan
) -> list[SentenceSpan]:
    """The sentences of an unmarked region: its issue's (or the untitled section's)."""
    return [s for s in inside if _region(issues, index, section).contains(s)]


def _marked_regions(marked: list[Position]) -> list[int | None]:
    """The issues (None: the section) that marked positions argue, in order."""
    return list(dict.fromkeys(position.issue for position in marked))


def _preamble(
    inside: list[SentenceSpan],
    issues: list[Issue],
    index: int | None,
    section: SectionSpan,
    marked: list[Position],
) -> list[SentenceSpan]:
    """The sentences of a marked region before its first marked position: an issue's (or a
    section's) opening that argues before any side is named (a columnist's own case before
    "Critics say…", the first voices a report quotes before "反对者则认为…") is the author's or
    the first speakers', read sentence by sentence, not background."""
    first = min(p.start for p in marked if p.issue == index)
    return [s for s in _unmarked(inside, issues, index, section) if s.end <= first]


def _unheld(
    inside: list[SentenceSpan],
    section: SectionSpan,
    concluded_after: bool,
    marked: list[Position],
    regions: list[tuple[int | None, list[SentenceSpan]]],
) -> list[list[SentenceSpan]]:
    """The runs of a section's argumentative sentences that no marked position and no region
    already found holds, in a section that is no appendix: the body of a report whose thesis
    stands only in its closing recommendation, the remarks before the question a meeting's
    record puts, a review's opinions under a heading read as a conclusion ("审查意见") that
    another conclusion follows (``concluded_after``: "Summary" before "Recommendation"): a text
    concludes once, so the earlier is its body. An analyst reads a text that argues as arguing
    throughout: such a run that argues (`_argues_in`) argues on the text's question, not beside
    it. The text's conclusion itself adds no argument: what it holds besides its conclusions
    follows from them or qualifies them (the conditions of an approval, a caveat on the
    estimates)."""
    if section.kind is SectionKind.APPENDIX or (
        section.kind is SectionKind.CONCLUSION and not concluded_after
    ):
        return []
    held = [*marked, *(Span(start=r[0].start, end=r[-1].end) for _, r in regions if r)]
    runs: list[list[SentenceSpan]] = [[]]
    for sentence in inside:
        if any(h.contains(sentence) for h in held):
            runs.append([])
        else:
            runs[-1].append(sentence)
    return [run for run in runs if run]


def _concluded_after(sections: list[SectionSpan], k: int) -> bool:
    """Whether a section read as a conclusion follows section ``k``."""
    return any(s.kind is SectionKind.CONCLUSION for s in sections[k + 1 :])


def _debated_one(issues: list[Issue]) -> int | None:
    """The issue a text debates as a whole: its only debated one (None: none, or several)."""
    debated = [i for i, issue in enumerate(issues) if issue.debated]
    return debated[0] if len(debated) == 1 else None


def _unmarked_regions(
    k: int, section: SectionSpan, issues: list[Issue], marked: list[Position]
) -> list[int | None]:
    """Issues of section ``k`` (or the untitled text, None) that need an unmarked position."""
    argued = {position.issue for position in marked}
    own = [i for i, issue in enumerate(issues) if issue.section == k]
    if not own and section.kind not in (SectionKind.CONCLUSION, SectionKind.APPENDIX):
        own = [i for i, issue in enumerate(issues) if issue.start <= section.start < issue.end]
    regions: list[int | None] = [i for i in own if i not in argued]
    # a titled section argues on its own too in a text that debates no question at all (a
    # review's "二、主要意见", a report's findings)
    untitled = (section.kind is SectionKind.OTHER and not section.title) or (
        section.kind in (SectionKind.OTHER, SectionKind.DEBATE) and not issues
    )
    if untitled and not own and not marked:
        regions.append(None)
    return regions


def orient(text: str, issues: list[Issue], positions: list[Position], lang: Lang) -> list[Issue]:
    """Set each question's orientation: -1 when it is asked the con side's way.

    A question is asked the con side's way when its affirmative proposition is a harm
    (`argkg.ingest.sides.polarity` below zero: "Will the data run out?") or when the con side's
    first statement on it affirms it while the pro side's first one does not (shares its words
    without a negation). A proposition taken from a thesis or a side's statement is affirmative
    by construction and keeps +1.

    Args:
        text: the normalised text.
        issues: the issues (`find_issues`).
        positions: their positions (`find_positions`).
        lang: the text's language.

    Returns:
        The issues, reoriented where needed.
    """
    result = []
    for index, issue in enumerate(issues):
        asked = issue.question.rstrip().endswith(("?", "？"))
        first = {
            p.stance: text[p.start : p.end]
            for p in reversed(positions)
            if p.issue == index and p.marked and p.stance is not Stance.NEUTRAL
        }
        harm = polarity(issue.proposition, lang) < 0
        con_way = _affirms(first.get(Stance.CON), issue.proposition, lang) and not _affirms(
            first.get(Stance.PRO), issue.proposition, lang
        )
        if asked and (harm or con_way):
            issue = issue.model_copy(update={"orientation": -1})
        result.append(issue)
    return result


def _affirms(statement: str | None, proposition: str, lang: Lang) -> bool:
    """Whether a side's first statement restates the proposition without negating it."""
    if statement is None:
        return False
    first = re.split(r"[。.!！;；]", statement, maxsplit=1)[0]
    return _shares(first, proposition, lang) and not negated(first, lang)


def _after_marks(text: str, block: Block) -> int:
    """Where a title or heading line's words start, after Markdown marks ("## ")."""
    start = block.start
    while start < block.end and text[start] in "#>*_ \t":
        start += 1
    return start


def _argues(sentence: str, lang: Lang) -> bool:
    """Whether a sentence argues anything: an opinion cue, a side's voice or an evaluation."""
    return argues(sentence, lang) or bool(voices(sentence, lang)) or evaluation(sentence, lang) != 0


def _argues_in(text: str, region: list[SentenceSpan], lang: Lang) -> bool:
    """Whether a region without a debated proposition argues: some sentence argues and it is no
    how-to (two or more numbered steps: "第一步:…"; a step's "成功" or "需要" argues nothing)."""
    words = [text[s.start : s.end] for s in region]
    return sum(is_step(w, lang) for w in words) < 2 and any(_argues(w, lang) for w in words)


def _region(issues: list[Issue], index: int | None, section: SectionSpan) -> Issue | SectionSpan:
    return section if index is None else issues[index]


def _issue_at(issues: list[Issue], offset: int) -> int | None:
    return next((i for i, issue in enumerate(issues) if issue.start <= offset < issue.end), None)


@component("argkg_positions")
class PositionComponent(Component):
    """spaCy component: the text's debated questions and the sides on them (``issues``, ``positions``)."""

    assigns = ("issues", "positions")
    requires = ("blocks", "sections", "sentences", "dialectic")

    def find(self, parts: Parts) -> Parts:
        """Find the text's issues and their positions, and orient each issue."""
        issues = find_issues(parts)
        positions = find_positions(filled(parts, issues=issues))
        oriented = orient(parts.text, issues, positions, parts.lang)
        return filled(parts, issues=oriented, positions=positions)
