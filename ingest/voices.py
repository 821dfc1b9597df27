"""Reported voices and sides named "for" or "against" something, read against the proposition.

A reported voice is someone other than the author whose words a sentence gives with a verb of
saying ("王女士表示，…", "他认为…", "a spokesperson said…", "according to X, …"); the cues are
data (``ingest/data/<lang>/voices.yaml``). Its side on the debated proposition is:

- con for a speaker who warns or worries ("警告", "担心", "warned"), pro for one who urges or
  welcomes ("呼吁", "urged"): they speak of the proposal's consequences;
- else the evaluative polarity of what they say (`argkg.ingest.sides.polarity`), towards the
  proposition's object: for a proposition that negates its object ("ban X", "推迟 X"), harm
  said of X without naming the prohibition argues for the proposition;
- else neutral: a voice that only informs ("工作人员介绍…") has no side of its own; its side
  does not spread to the next voice (`argkg.ingest.sides` lets it go on with the side argued
  where it stands, and argue nothing where nothing argues yet).

"The case against X", "支持 X" name a side towards X; X may be the proposition's object or the
proposition itself, so the side is turned when the proposition negates X (`relative_side`);
an X the proposition does not speak of ("支持楼主") names no side on it, a pronoun ("the
second point against it") speaks of the proposition.
"""

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from pydantic import BaseModel, ConfigDict, Field

from argkg.ingest.issue_terms import content_terms
from argkg.ingest.lexicon import alternation, any_pattern, load_data
from argkg.ingest.sides import (
    Statement,
    argues_as_author,
    contrasted,
    evaluation,
    keeps,
    labelled,
    negated,
    opens_with_contrast,
    other_side,
    polarity,
    problems_heading,
    proposes_keeping,
)
from argkg.schema.vocabulary import Lang, Stance

__all__ = [
    "Voice",
    "reported",
    "voice_side",
    "reports",
    "relative_side",
    "target_side",
    "present_side",
    "prospect_side",
    "counter_side",
    "problem_side",
    "verb_side",
    "named_side",
    "opposes",
    "bears_on",
    "direction",
    "Options",
    "options",
    "asked_options",
]


class _Relative(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    pro: list[str]
    con: list[str]


class _Options(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    pair: list[str]
    replaced: list[str]
    standard: str
    choosing: list[str]
    asked: str = ""


class _Prospect(BaseModel):
    """``prospect`` of ``voices.yaml``: what a statement says will follow from the proposal."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    modal: list[str]
    averted: list[str]
    burdens: list[str]
    futile: list[str] = []
    blanket: list[str] = []
    restricting: list[str] = []
    conditions: list[str] = []


class _VoicesData(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    reported: list[str]
    author: str
    against: list[str]
    for_: list[str] = Field(alias="for")
    prohibitive: list[str]
    bans: list[str]
    lifting: list[str]
    relative: _Relative
    anaphors: list[str]
    proposal: str | None = None
    options: _Options
    report_min_voices: int
    present: list[str] = []
    opposing: str | None = None
    prospect: _Prospect | None = None
    counters: list[str] = []


@dataclass(frozen=True)
class Voice:
    """A voice reported in a sentence: who speaks, with which verb, saying what."""

    speaker: str
    verb: str
    content: str


class _ProspectRules(NamedTuple):
    """``prospect`` compiled: each of its lists as one pattern."""

    modal: re.Pattern[str]
    averted: re.Pattern[str]
    burdens: re.Pattern[str]
    futile: re.Pattern[str]
    blanket: re.Pattern[str]
    restricting: re.Pattern[str]
    conditions: re.Pattern[str]


@dataclass(frozen=True)
class _Compiled:
    data: _VoicesData
    reported: tuple[re.Pattern[str], ...]
    author: re.Pattern[str]
    prohibitive: re.Pattern[str]
    bans: re.Pattern[str]
    lifting: re.Pattern[str]
    relative: tuple[tuple[Stance, re.Pattern[str]], ...]
    anaphor: re.Pattern[str]
    proposal: re.Pattern[str] | None
    pair: tuple[re.Pattern[str], ...]
    replaced: tuple[re.Pattern[str], ...]
    standard: re.Pattern[str]
    choosing: re.Pattern[str]
    asked: re.Pattern[str] | None
    present: re.Pattern[str] | None
    opposing: re.Pattern[str] | None
    prospect: _ProspectRules | None
    counters: re.Pattern[str] | None


@dataclass(frozen=True)
class Options:
    """The two options a text weighs: the proposition's target and the one it would replace.

    Attributes:
        target: content terms of the option the proposition (or the author's choice) names.
        alternative: content terms of the other option, none of the target's.
    """

    target: frozenset[str]
    alternative: frozenset[str]
    lang: Lang

    def of(self, clause: str) -> int:
        """1 when ``clause`` names the target only, -1 the alternative only, else 0; the standard
        of a comparison ("faster than X", "比X快") names no subject, a possessive ("X's lens")
        names X."""
        terms = content_terms(_compiled(self.lang).standard.sub(" ", _POSSESSIVE.sub("", clause)))
        named = (bool(terms & self.target), bool(terms & self.alternative))
        return {(True, False): 1, (False, True): -1}.get(named, 0)

    def subject(self, sentence: str) -> int:
        """`of` the sentence's first clause (after a speaker's label): the option it speaks of,
        which its paragraph goes on speaking of ("七中就在小区门口", not "近来，有观点主张X")."""
        clauses = _CLAUSE.split(sentence.strip())
        return self.of(clauses[1 if labelled(sentence) and len(clauses) > 1 else 0])


def options(text: str, lang: Lang, proposition: str | None) -> Options | None:
    """The option the proposition's target would replace in ``text``, or None.

    A pair of options in the title ("X vs Y", "X还是Y", "X和Y买哪个") or a replacement anywhere
    ("switched from X to Y", "与其X不如Y", "比起X，") gives the two options; the target is the one
    the proposition names, else the one the replacement names as such, else the one the author
    chooses last ("get the X", "建议直接上X"), else the one the closing paragraph names first
    (its verdict, "高铁比飞机划算"). None when no pair is found or the target stays unknown.
    """
    rules = _compiled(lang)
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines:
        return None
    named = content_terms(proposition) if proposition else frozenset()
    pairs: list[tuple[str, str, str | None]] = [
        (found.group("a"), found.group("b"), None)
        for pattern in rules.pair
        if (found := pattern.search(lines[0])) is not None
    ]
    for line in lines:
        for pattern in rules.replaced:
            for found in pattern.finditer(line):
                target = found.groupdict().get("target")
                pairs.append((found.group("alt"), target or "", target))
    for first, second, given in pairs:
        a, b = content_terms(first), content_terms(second)
        if a and not given and not second and named and not a & named:
            return Options(
                target=named, alternative=a, lang=lang
            )  # "比起X，…": the proposition's target against X
        if not a or not b or a == b:
            continue
        chosen = (
            Options(target=b, alternative=a - b, lang=lang)
            if given is not None
            else _pick(text, a, b, named, lang)
        )
        if chosen is not None:
            return chosen
    return None


def asked_options(proposition: str | None, lang: Lang) -> Options | None:
    """The two options a question asks its readers to choose between, as `Options` whose target
    is the first ("Room 4: a quiet room or a games room?", "经费用途：修操场，还是买图书"), or None.

    A question of two options puts neither as the change: a careful reader takes its first
    option as what is debated and the second as what argues against it, whoever picks which.
    Read from the proposition's last part (after a subject's colon or dash), split once by the
    language's ``asked`` separator ("or", "还是"); each side must name a content term the other
    does not.
    """
    separator = _compiled(lang).asked
    if not proposition or separator is None:
        return None
    parts = separator.split(_LAST_PART.split(proposition)[-1])
    if len(parts) != 2:
        return None
    first, second = content_terms(parts[0]), content_terms(parts[1])
    if not first - second or not second - first:
        return None
    return Options(target=first - second, alternative=second - first, lang=lang)


#: What a subject line or an agenda item puts before its question ("Subject: Room 4 — X or Y").
_LAST_PART = re.compile(r"[:：—–]")


def _pick(
    text: str, a: frozenset[str], b: frozenset[str], named: frozenset[str], lang: Lang
) -> Options | None:
    """Which of two options is the target (see `options`), as `Options`, or None."""
    rules = _compiled(lang)
    first, second = (
        Options(target=a, alternative=b - a, lang=lang),
        Options(target=b, alternative=a - b, lang=lang),
    )
    by_name = (bool(a & named), bool(b & named))
    if by_name != (True, True) and any(by_name):
        return first if by_name[0] else second
    choices = [first.of(text[m.end() : m.end() + 24]) for m in rules.choosing.finditer(text)]
    for side in reversed(choices):
        if side:
            return first if side > 0 else second
    closing = [line for line in text.splitlines() if line.strip()][-1]
    for word in _WORDS.findall(closing):
        at_a = min((word.find(t) for t in a if t in word), default=-1)
        at_b = min((word.find(t) for t in b if t in word), default=-1)
        side = first.of(word) or (0 if min(at_a, at_b) < 0 else 1 if at_a < at_b else -1)
        if side:
            return first if side > 0 else second
    return None


#: A possessive ending ("the Galaxy's lens"), which would hide the option's name from its terms.
_POSSESSIVE = re.compile(r"['’]s\b")

#: The words of a line (English) or its runs of ideographs (Chinese), where an option is named.
_WORDS = re.compile(r"[A-Za-z][\w'-]*|[\u4e00-\u9fff]+")


def reported(sentence: str, lang: Lang) -> Voice | None:
    """The voice ``sentence`` reports, or None (none, or the author's own)."""
    rules = _compiled(lang)
    for pattern in rules.reported:
        found = pattern.match(sentence.strip())
        if found is not None and not rules.author.match(found.group("speaker")):
            return Voice(found.group("speaker"), found.group("verb"), found.group("content"))
    return None


def voice_side(voice: Voice, lang: Lang, proposition: str | None) -> Stance:
    """The side a reported voice takes on ``proposition`` (see the module docstring)."""
    rules = _compiled(lang)
    if (named := named_side(voice, lang, proposition)) is not None:
        return named
    score = polarity(voice.content, lang)
    if not score:
        return Stance.NEUTRAL
    side = Stance.PRO if score > 0 else Stance.CON
    return side if _direction(voice.content, proposition, rules) > 0 else other_side(side)


def verb_side(voice: Voice, lang: Lang) -> Stance | None:
    """The side a reported voice's verb names alone ("warned", "担心": con; "urged": pro), or None."""
    verb = voice.verb.lower()
    data = _compiled(lang).data
    return Stance.CON if verb in data.against else Stance.PRO if verb in data.for_ else None


def named_side(voice: Voice, lang: Lang, proposition: str | None) -> Stance | None:
    """The side a reported voice takes by what it does rather than by its words' polarity: its
    verb names one (`verb_side`: "warned", "担心"), or it puts forward keeping what is on a
    proposition that changes it ("另有意见认为,可以续签两年", `argkg.ingest.sides.proposes_keeping`);
    else None. Such a side holds in the author's own text too, unless a contrast answers it."""
    return verb_side(voice, lang) or proposes_keeping(voice.content, lang, proposition)


def opposes(voice: Voice, lang: Lang) -> bool:
    """Whether the voice's speaker is the party the author argues against: the addressee of a reply
    ("You claim that…", "贵司另称…") or the other side named as such ("对方表示…")."""
    pattern = _compiled(lang).opposing
    return pattern is not None and pattern.match(voice.speaker.strip()) is not None


def reports(statements: Sequence[Statement], lang: Lang) -> bool:
    """Whether statements without a stated proposition only report voices: a news report.

    So they do when at least ``report_min_voices`` of them report a voice and none is the
    author's own view ("我认为", "I believe").
    """
    voiced = sum(s.voice is not None for s in statements)
    own = any(argues_as_author(s.text, lang) for s in statements)
    return voiced >= _compiled(lang).data.report_min_voices and not own


def relative_side(sentence: str, lang: Lang, proposition: str | None) -> Stance | None:
    """The side of "the case for/against X" towards the proposition, or None when none is named.

    X that names the proposal itself ("this proposal", "这个提案": ``proposal`` in the data) names
    the proposition, not its object, so its side is not turned by a proposition
    that negates its object ("I support this proposal" is for "abolish X")."""
    rules = _compiled(lang)
    for side, pattern in rules.relative:
        found = pattern.search(sentence)
        if found is None:
            continue
        thing = found.group("object")
        if rules.proposal is not None and rules.proposal.match(thing):
            return side  # "I support this proposal": the proposition itself, however it is worded
        named = _about(thing, proposition, lang) or _opposes(thing, proposition or "", rules)
        if rules.anaphor.match(thing) or named:
            return side if _direction(thing, proposition, rules) > 0 else other_side(side)
    return None


def target_side(
    sentence: str, lang: Lang, proposition: str | None, weighed: Options | None = None, topic: int = 0
) -> Stance | None:
    """The side an unvoiced statement takes by what it says of the proposition's target, or None.

    Only a statement that shares content words with the proposition counts, or one that names
    the ban the proposition lifts (its opposite, `_opposes`: "the ban has done harm"). One that
    negates the wording of an unnegated proposition in one clause argues against it; else the side of the
    benefit and harm words in its clauses that name the target (`_names`;
    `argkg.ingest.sides.evaluation`; VADER alone misreads the topic's own words, "poverty", as a
    stance), turned for a proposition that negates its object, as for a reported voice, or that
    is itself a harm ("X harms Y"). None when it says neither, or when
    a contrast turns it midway (its parts argue apart).

    In a text that weighs the target against another option (``weighed``, `options`), a clause
    that names only the other option argues the other way ("the vacuum is lighter": against the
    robot); a statement that names neither option (its subject a pronoun or a part, "它钻进去就
    出不来", "The screen is slow") speaks of its paragraph's ``topic`` (1: the target, -1: the
    other option, 0: none), the option the paragraph last spoke of (`Options.subject`).
    """
    rules = _compiled(lang)
    if proposition is None or contrasted(sentence, lang) or _proposed(sentence, proposition, lang):
        return None
    weighing = weighed is not None and (weighed.of(sentence) or topic)
    if (
        not weighing
        and not _about(sentence, proposition, lang)
        and not _opposes(sentence, proposition, rules)
    ):
        return None
    clauses = _CLAUSE.split(sentence)
    # a negation in the clause that restates the proposition, not one elsewhere ("Our position has
    # not changed: X will be better")
    if not negated(proposition, lang) and any(
        negated(c, lang) and _restates(c, proposition) for c in clauses
    ):
        return Stance.CON
    if weighed is not None and weighing:
        said = [weighed.of(clause) for clause in clauses]
        subject = next((side for side in said if side), topic)
        score = sum(
            evaluation(clause, lang) * (side or subject) for clause, side in zip(clauses, said, strict=True)
        )
    else:
        score = sum(evaluation(clause, lang) for clause in clauses if _names(clause, proposition, rules))
    if not score:
        return None
    if weighed is not None and weighing:
        return Stance.PRO if score > 0 else Stance.CON  # said of one of the options, not of the wording
    side = Stance.PRO if score * (-1 if evaluation(proposition, lang) < 0 else 1) > 0 else Stance.CON
    return side if _direction(sentence, proposition, rules) > 0 else other_side(side)


def present_side(sentence: str, lang: Lang, proposition: str | None) -> Stance | None:
    """The side a statement takes by what it says of the present state of things, or None.

    A text that proposes a change argues from the problem to the remedy: a harm of the way
    things are now ("目前我们全部依赖第三方，旺季时货就排在后面", "Currently half the bins
    overflow") is the cost the proposal would end, so it argues for the change, and a benefit of
    the present state ("The bin has been emptied for free for twenty years") argues against it;
    for a proposition that keeps things as they are ("保留X", "keep X") the other way round. Only
    a statement that speaks of the present (a ``present`` cue of ``voices.yaml``: "目前", "现行",
    "currently", "at present") and does not name the proposition's target (what it says of the
    target is `target_side`'s), holds benefit or harm words and no contrast; else None.
    """
    rules = _compiled(lang)
    if (
        proposition is None
        or rules.present is None
        or rules.present.search(sentence) is None
        or contrasted(sentence, lang)
        or content_terms(proposition) & content_terms(sentence)
    ):
        return None
    score = evaluation(sentence, lang)
    if not score:
        return None
    side = Stance.PRO if score < 0 else Stance.CON
    return other_side(side) if keeps(proposition, lang) else side


def prospect_side(sentence: str, lang: Lang, proposition: str | None) -> Stance | None:
    """The side a statement takes by what it says the proposal will bring, or None.

    The mirror of `present_side`: a harm of the way things are now argues for a change, a harm
    the change itself would bring argues against it. A statement in the proposal's future or
    under its condition (a ``modal`` word of ``voices.yaml``'s ``prospect``: "would", "once we",
    "就会", "一旦") that states a cost, a burden, a loss, a lack or no way back (a harm word of
    `argkg.ingest.sides.evaluation`, or a ``burdens`` cue when it holds no evaluation word: "it
    would add another £400 a year", "拆了就回不去了") argues against the proposal; for a
    proposition that keeps things as they are the other way round.

    None where an ``averted`` cue keeps the harm with the status quo (the condition that the
    proposal does NOT go ahead, "otherwise", "否则"; a counterfactual; a comparison; a refusal of
    another option; a habit, "whenever", "每次"), where the statement speaks of the present (a
    ``present`` cue: `present_side` reads it), where a contrast turns it midway or opens it ("But
    it would cost…" answers the side before, which the discourse reads), where it holds no such
    word, or where its evaluation words say the proposal helps.

    A doubt that the proposal brings what it promises (a ``futile`` cue: "治标不治本", "一纸空文",
    "a sticking plaster", "too good to be true") argues against it without a modal word: the other
    side's case is often that the change will not work, stated without a marker; the ``averted``
    and ``present`` cues still give such a doubt to the status quo ("现行规定就是一纸空文").

    Where the proposition does away with what the statement speaks of (`direction`: "close the
    depot" and "the depot would lose money again next year"), the harm it foresees is the fate of
    the thing the proposal ends: it argues for the proposal, as its harms do in `target_side`
    (one that both keeps a thing and ends another, "keep the library, end the late fee", is
    turned once, not twice).

    A charge that the measure is blanket or overdone (a ``blanket`` cue: "一刀切", "因噎废食")
    argues against a proposal that restricts (a ``prohibitive`` or ``restricting`` word in it:
    "谢绝…入店", "取消…"), for lifting the ban it is said of ("一刀切的禁令" and "禁令应当放宽"),
    and takes no side on a proposal that restricts nothing ("还该自己开车": the charge is then
    against the other side's remedy).
    """
    rules = _compiled(lang)
    if (
        proposition is None
        or rules.prospect is None
        or contrasted(sentence, lang)
        or opens_with_contrast(sentence, lang)
    ):
        return None
    prospect = rules.prospect
    opening = _proposed(sentence, proposition, lang)
    if opening:
        return _brought(sentence[opening:], proposition, lang)
    now = rules.present is not None and rules.present.search(sentence) is not None
    if now or prospect.averted.search(sentence) is not None:
        return None
    if prospect.blanket.search(sentence) is not None:
        if _lifts(proposition, rules):
            return Stance.PRO if rules.bans.search(sentence) else None
        restricting = prospect.restricting.search(proposition) or rules.prohibitive.search(proposition)
        return Stance.CON if restricting else None
    # a doubt that the proposal brings what it promises needs no modal word and outweighs the
    # benefit words it names ("别被广告骗了", "a sticking plaster")
    futile = prospect.futile.search(sentence) is not None
    if not futile:
        if prospect.modal.search(sentence) is None:
            return None
        score = evaluation(sentence, lang)
        if score > 0 or (score == 0 and prospect.burdens.search(sentence) is None):
            return None
    ends = keeps(proposition, lang) or direction(sentence, lang, proposition) < 0
    return Stance.PRO if ends else Stance.CON


def _proposed(sentence: str, proposition: str, lang: Lang) -> int:
    """Where an opening condition that puts the proposal's own course ends ("如果将票价提高到…，"):
    a ``conditions`` cue of ``voices.yaml``'s ``prospect`` whose words name the proposition
    (`_about`) and hold no ``present`` or ``averted`` cue (not "如果继续现行做法，", "如果不…，":
    the way things are); else 0."""
    rules = _compiled(lang)
    if rules.prospect is None or (found := rules.prospect.conditions.search(sentence)) is None:
        return 0
    condition = found.group(0)
    if not _about(condition, proposition, lang) or rules.prospect.averted.search(condition) is not None:
        return 0
    return 0 if rules.present is not None and rules.present.search(condition) else found.end()


def _brought(consequence: str, proposition: str, lang: Lang) -> Stance | None:
    """The side of what the proposal is said to bring under its stated condition (`_proposed`):
    a cost, a burden or a harm (an evaluation below zero, or a ``burdens`` cue with none) against
    it, a benefit for it; turned for a proposition that keeps things as they are; None for neither.
    A present word here gives the circumstances the course would meet ("在当前预算下难以落实"), not
    the present state's harm."""
    rules = _compiled(lang)
    score = evaluation(consequence, lang)
    if not score and rules.prospect is not None and rules.prospect.burdens.search(consequence):
        score = -1
    if not score:
        return None
    side = Stance.PRO if score > 0 else Stance.CON
    return other_side(side) if keeps(proposition, lang) else side


def counter_side(sentence: str, lang: Lang, proposition: str | None) -> Stance | None:
    """Con when ``sentence`` urges another course than the proposal, else None.

    Who tells the reader to do something else ("Buy a used one and keep the change", "Then spend
    it on the buses") argues against what is proposed: a counter-proposal is the commonest
    objection put with no side word. Read only for an imperative opening (a ``counters`` cue of
    ``voices.yaml``) whose words name nothing of the proposition's target (`bears_on`: "Reopen the
    pool this summer" urges the proposal itself), that is no question, and whose object is more
    than a bare pronoun ("Do it.", "Go for it!": the proposal urged in other words).
    """
    rules = _compiled(lang)
    if proposition is None or rules.counters is None or bears_on(sentence, lang, proposition):
        return None
    said = sentence.strip()
    if said.endswith(("?", "？")) or rules.counters.search(said) is None:
        return None
    return Stance.CON


def problem_side(title: str, sentence: str, lang: Lang, proposition: str | None) -> Stance | None:
    """The side of a statement in a section of the problems things have now ("三、存在问题",
    `argkg.ingest.sides.problems_heading`) on a proposition that changes them, or None (then the
    heading's own side, con, holds).

    A report that goes from its problems to its proposal ("存在问题" then "我建议…") states
    problems the change would end: a statement there that speaks of the present (a ``present``
    cue), does not name the proposition's target, or names what the proposition does away with
    ("end the permit scheme" and "Only 212 of the 400 permits were sold") argues for the change.
    Not for a proposition that keeps or goes on with something ("值得继续推进"): the problems are
    then its own.
    """
    if proposition is None or not problems_heading(title, lang) or keeps(proposition, lang):
        return None
    rules = _compiled(lang)
    now = rules.present is not None and rules.present.search(sentence) is not None
    named = bool(content_terms(proposition) & content_terms(sentence))
    return Stance.PRO if now or not named or _direction(sentence, proposition, rules) < 0 else None


#: Where a sentence's clauses part: what a benefit or harm word in one clause evaluates is named there.
_CLAUSE = re.compile(r"[,;:，；：、]")


def _names(clause: str, proposition: str, rules: _Compiled) -> bool:
    """Whether ``clause`` names the proposition's target (one content word of it) or the ban it
    lifts: a benefit or harm word in it evaluates that ("The desk is noisy", not "and staff
    turnover is what hurts pupils")."""
    return bool(content_terms(proposition) & content_terms(clause)) or _opposes(clause, proposition, rules)


def direction(said: str, lang: Lang, proposition: str | None) -> int:
    """-1 when the proposition negates what ``said`` speaks of ("ban X", "取消X"; ``said`` shares a
    content word with it) and ``said`` does not name the prohibition itself: harm said of X then
    argues for the proposition; else 1."""
    if proposition is None or not content_terms(proposition) & content_terms(said):
        return 1
    return _direction(said, proposition, _compiled(lang))


def bears_on(sentence: str, lang: Lang, proposition: str | None) -> bool:
    """Whether ``sentence`` speaks of the proposition's target: it shares its content words
    (`_about`); never without a proposition."""
    return proposition is not None and _about(sentence, proposition, lang)


def _about(thing: str, proposition: str | None, lang: Lang) -> bool:
    """Whether ``thing`` shares words with the proposition (anything when there is none)."""
    if proposition is None:
        return True
    shared = content_terms(proposition) & content_terms(thing)
    return len(shared) >= (1 if lang is Lang.EN else 2)


def _restates(thing: str, proposition: str) -> bool:
    """Whether ``thing`` holds at least half of the proposition's content words."""
    terms = content_terms(proposition)
    return bool(terms) and 2 * len(terms & content_terms(thing)) >= len(terms)


def _direction(said: str, proposition: str | None, rules: _Compiled) -> int:
    """-1 when the proposition negates what ``said`` is about ("ban X" and "X harms"; "lift the
    ban" and "the ban harms"), else 1.

    A proposition that lifts a ban (`_lifts`) negates a negation: what is said of the ban argues
    the other way, what is said of the thing banned its own way ("lift the ban on X" and "X
    harms": against lifting it).
    """
    if proposition is None:
        return 1
    if _lifts(proposition, rules):
        return -1 if rules.bans.search(said) else 1
    if rules.prohibitive.search(proposition) is None:
        return 1
    return 1 if rules.prohibitive.search(said) else -1


def _lifts(proposition: str, rules: _Compiled) -> bool:
    """Whether ``proposition`` lifts a prohibition: it names a ban and a word that removes one
    ("lift the hosepipe ban", "禁令应当放宽")."""
    return rules.bans.search(proposition) is not None and rules.lifting.search(proposition) is not None


def _opposes(thing: str, proposition: str, rules: _Compiled) -> bool:
    """Whether ``thing`` names the ban that ``proposition`` lifts: it speaks of the proposition's
    opposite, the state of things the proposition would end, whatever other words it shares."""
    return _lifts(proposition, rules) and rules.bans.search(thing) is not None


@cache
def _compiled(lang: Lang) -> _Compiled:
    data = load_data("voices", _VoicesData, lang.value)
    flags = re.IGNORECASE if lang is Lang.EN else 0
    caseless = lang is Lang.EN
    bounded = r"\b(?:{})\b" if lang is Lang.EN else "(?:{})"
    return _Compiled(
        data=data,
        reported=tuple(re.compile(p, flags) for p in data.reported),
        author=re.compile(data.author, flags),
        prohibitive=re.compile(bounded.format(alternation(data.prohibitive, ignore_case=caseless)), flags),
        bans=re.compile("|".join(data.bans), flags),
        lifting=re.compile(bounded.format(alternation(data.lifting, ignore_case=caseless)), flags),
        relative=tuple(
            (side, re.compile(p, flags))
            for side in (Stance.PRO, Stance.CON)
            for p in getattr(data.relative, side.value)
        ),
        anaphor=re.compile(bounded.format(alternation(data.anaphors, ignore_case=caseless)), flags),
        proposal=re.compile(data.proposal, flags) if data.proposal else None,
        pair=tuple(re.compile(p, flags) for p in data.options.pair),
        replaced=tuple(re.compile(p, flags) for p in data.options.replaced),
        standard=re.compile(data.options.standard, flags),
        present=re.compile("|".join(data.present), flags) if data.present else None,
        opposing=re.compile(data.opposing, flags) if data.opposing else None,
        prospect=_ProspectRules(
            modal=re.compile("|".join(data.prospect.modal), flags),
            averted=re.compile("|".join(data.prospect.averted), flags),
            burdens=re.compile("|".join(data.prospect.burdens), flags),
            futile=any_pattern(data.prospect.futile, flags),
            blanket=any_pattern(data.prospect.blanket, flags),
            restricting=any_pattern(data.prospect.restricting, flags),
            conditions=any_pattern(data.prospect.conditions, flags),
        )
        if data.prospect
        else None,
        counters=any_pattern(data.counters, flags) if data.counters else None,
        choosing=re.compile(bounded.format(alternation(data.options.choosing, ignore_case=caseless)), flags),
        asked=re.compile(data.options.asked, flags) if data.options.asked else None,
    )
