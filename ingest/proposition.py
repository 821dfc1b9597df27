"""The debated proposition a text argues, from the cues any argumentative text carries.

A debate's motion ("辩题:X", "Motion: X", "This house would X"), the author's thesis ("我方观点
是 X", "本文认为 X", "I contend that X", "In my opinion, X", "We recommend X", an institution's own
view: "本所认为X", "Staff recommends that X", a verdict that opens the text: "X is a mistake",
"X 是错误的"), a side's statement ("正方认为 X", "Opponents argue that X", a claim put to a
discussion in quotes: "本期围绕一句话展开:“X”"), a title or heading that frames the debate ("X 的利与
弊", "The pros and cons of X", "Arguments against X", a plan put out for comment: "【征求意见】关
于X的方案", also in a message's subject line, `subject_start`) or asks it ("Should X?"), and, for
a text with none of these, its central ask: a proposal ("I'd like to propose that we X",
"业委会提议X"), a request ("I am asking for X", "我要求X"), a decision taken or refused
("Outcome: we will X", "we are unable to accept X", "从本学期起,X", the writer's own announced
change: "We're ending X"), and, below all of these, a change someone else announces
or plans ("From September, phones will be collected at the gate", "The council plans to close
X", "学校决定下学期起X"): whether it should happen is what the text's reactions weigh, put as its
affirmative ("phones should be collected at the gate"); its author argues the side of the
writer's own reaction to it (`reaction_side`: "I'm against this", "我举双手赞成", "但我不赞成全员
X"), else none is known. Last of all, when nothing is put to a decision, a verdict that only its
predicate marks, anywhere in the text ("The district court was right to uphold X", "A tasting
menu and nothing else is a poor deal", "X得不偿失"): the writer's judgement, argued pro as it
stands, whatever the polarity of its words ("X is a mistake" counts only where it opens a
text). The cues are data (``ingest/data/<lang>/proposition.yaml``): each names its kind, the
part of the match that is the proposition and, for a framing or an ask, the template of its
affirmative form ("we should X", "应当X"). A title may also demand in the imperative ("Keep X
open", "把X还给Y").

A question cue may count only where it leads (``where: lead``): a yes/no question put in the body
before any other cue's proposition ("Should X?" opening a poll report, an audience member's
question to a panel) is what the voices after it answer; one asked after a view is stated is
rhetorical. The match says so (``lead``); the text's reader (`argkg.ingest.positions`) drops it
when another cue's proposition comes first. A conversation's message seldom carries its question
mark: a message line (``said``) that asks a yes/no question by its form
(`argkg.ingest.questions.asks_by_form`: "我们要不要换一家", "are you still X") is searched as if
it had it, with a space between Chinese words read as the pause it marks in a chat; a cue that
counts only there (``where: message``: "are you X?" opening a message) leads like ``lead``.

A proposition that opens with a concession argues its main clause ("虽然X,但Y": Y). It is
never a concession clause ("I'll grant that X", "X, but Y", "虽然X") nor a
fragment that leans on an earlier sentence ("it is right", "这是对的"): a cue whose proposition is
one (``not_propositions`` in the data) is passed over for the next cue or line, and such a match
is only returned, marked unfit, when the line has no other, for the author's side it tells.

A stated proposition that a negation rewrite of the data turns affirmative ("X 弊大于利" ->
"X 利大于弊", "X should not Y" -> "X should Y") is argued by the other side: an author who
writes "I argue that X should not Y" argues con on "X should Y", and a party or a decision-maker
who asks or decides that a request be dismissed ("the appeal be dismissed", "对X的请求不予支持")
argues con on the request, which is what is put to decision. A side's statement that no
rewrite turns around is used only when the pro side states it. An ask is argued by the text's
author: pro, or the side its cue names (a refusal, "we are unable to accept X", argues con on
"we should accept X"). So is one the text reports ("the committee's proposal to X", "代表建议
X"): read as the author's, the replies and comments around it keep the sides their words give
(read as a report, with no side of the author's, they would all turn neutral). Not checked: irony, a thesis
negated by its predicate alone ("X is harmful" stays the proposition, argued pro).

An options paper recommends an option by its label ("We recommend Option B"): what is debated is
what the option does, spelled out from the line that sets it out (`spelled_option`).

A text none of whose lines carries a cue still argues a thesis: `argkg.ingest.positions` takes
the statement it is most about (`content_centrality`) among those that judge (`judges`:
"X are better off Y", "X不如Y"), the writer's own view or advice first ("Don't X", "We're going
to X", "X is liable", "别X", "劝你X", "X得是Y"), preferring the opening and closing paragraphs
(`thesis_place`).
"""

import re
from collections.abc import Sequence
from functools import cache
from itertools import compress
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from argkg.ingest.concepts import stem
from argkg.ingest.issue_terms import suffixes
from argkg.ingest.lexicon import any_pattern, load_data
from argkg.ingest.memo import per_document
from argkg.ingest.prefilter import Prefiltered, ScreenedList
from argkg.ingest.questions import affirmative, asks_by_form, is_informational
from argkg.ingest.sides import keeps
from argkg.ingest.tfidf import TfIdf
from argkg.ingest.turns import timestamp_end
from argkg.schema.vocabulary import Lang, Stance

__all__ = [
    "PropositionMatch",
    "VIEWS",
    "affirmed",
    "match_proposition",
    "fallback_min_central",
    "grams",
    "is_tip",
    "judges",
    "names",
    "content_centrality",
    "directs",
    "thesis_place",
    "reaction_side",
    "subject_start",
    "spelled_option",
    "labelled",
]

Kind = Literal["motion", "thesis", "pro", "con", "framing", "question", "ask", "change", "verdict"]

#: The kinds of cue that state the writer's own view: a thesis its cue announces ("I believe X",
#: "本所认为X") and a verdict its predicate gives ("X was right to Y", "X is a poor deal").
VIEWS: tuple[Kind, ...] = ("thesis", "verdict")


class _Cue(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: Kind
    pattern: str
    template: str = "{p}"
    side: Stance | None = None
    where: Literal["any", "heading", "opening", "lead", "message"] = "any"


class _Rewrite(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    pattern: str
    replace: str
    window: int | None = None


#: The side a reaction takes: pro, con, or keep (keeping things as they are: con on a change, pro
#: on a proposition that itself keeps them).
_Side = Literal["pro", "con", "keep"]


class _PropositionData(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    cues: list[_Cue]
    negation_window: int
    negations: list[_Rewrite]
    not_propositions: list[str]
    concessions: list[str]
    fallback_min_central: float = Field(ge=0.0, le=1.0)
    judges: list[str] = []
    own_views: list[str] = []
    advises: list[str] = []
    directs: list[str] = []
    thesis_place: float = Field(default=0.0, ge=0.0)
    thesis_paragraphs: int = Field(default=0, ge=0)
    not_central_theses: list[str] = []
    changes: list[_Rewrite] = []
    negated_advice: list[_Rewrite] = []
    reactions: dict[_Side, list[str]] = {}
    concluding: dict[_Side, list[str]] = {}
    subject: str | None = None
    option: str | None = None
    label: str | None = None
    label_line: str | None = None


class PropositionMatch(BaseModel):
    """A proposition cue found in one line or sentence.

    Attributes:
        kind: which cue found it (motion, thesis, pro, con, framing, question, ask, change,
            verdict).
        start, end: the span of the proposition as written, relative to the line.
        proposition: its affirmative form (the debate assumption's text).
        author: the side the line's author argues on it (a thesis, an ask or a framing that
            takes a side), else None.
        fit: False when the proposition is a concession clause or a fragment
            (``not_propositions``): it is never the text's debated proposition, but a thesis
            put so still tells the author's side and voice.
        lead: the cue counts in a body sentence only before every other cue's proposition of
            the text (``where: lead`` or ``message``: a question put before anyone states a
            view), which the caller that reads the whole text checks.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: Kind
    start: int
    end: int
    proposition: str
    author: Stance | None
    fit: bool = True
    lead: bool = False


def fallback_min_central(lang: Lang) -> float:
    """How central (`argkg.ingest.dialectic`) a sentence must be to stand as a text's thesis
    when no cue names a proposition (``proposition.yaml``)."""
    return _compiled(lang)[0].fallback_min_central


def judges(sentence: str, lang: Lang, *, advice: bool = True) -> int:
    """How ``sentence`` judges: 2 when it gives the writer's own view in so many words ("I think
    X", "我却觉得X", ``own_views``) or their advice, recommendation, decision or verdict in its own
    form ("Don't X", "I would not recommend X", "We're going to X", "X is liable", "别X",
    "劝你X", "公司决定X", "X得是Y", ``advises``; an imperative, "Drop X", "别X", `directs`), 1
    when it evaluates, compares or prescribes
    ("X is better off Y", "X is worth more than Y", "X不如Y", "应该X", ``judges``), else 0. A
    text that names no proposition argues one such statement as its thesis
    (`argkg.ingest.positions`), the writer's own view or advice first; a statement that only
    reports or describes is no thesis however central. Without ``advice`` an advice counts for
    nothing: what the sentence judges besides."""
    views = ("own_views", "advises") if advice else ("own_views",)
    if (advice and directs(sentence, lang)) or any(
        _judging(lang, cues).search(sentence) is not None for cues in views
    ):
        return 2
    return int(_judging(lang, "judges").search(sentence) is not None)


def affirmed(thesis: str, lang: Lang) -> tuple[str, Stance]:
    """A thesis no cue named, as the proposition it debates and the side its writer argues: an
    advice to leave something alone ("Don't X", "面包机就别再买了", ``negated_advice``) or a
    thesis whose predicate is negated near its start ("X should not Y", "We are not going to
    pay for X", ``negations`` within ``negation_window``, as a cue's thesis is turned) argues
    con on its affirmative form: what is debated is the thing done or not, and a text whose
    thesis denies it argues against it, so that the sides of its statements point the way they
    would under a thesis worded the other way round. Any other is argued pro as it stands. Only
    the advice's own negation or one in the thesis's first clause (up to its first comma) turns
    it: a later clause's negations ("应当作为X，而不是Y", "X, not Y") are no verdict on it."""
    data = _compiled(lang)[0]
    head = _CLAUSE_BREAK.split(thesis, maxsplit=1)[0]
    turned = _turned(head, data, lang)
    flipped = _rewritten(thesis, data.negated_advice, lang, None) or (
        None if turned is None else turned + thesis[len(head) :]
    )
    return (thesis, Stance.PRO) if flipped is None else (flipped, Stance.CON)


#: What ends a thesis's first clause: a comma (a later clause's negation is no verdict on it).
_CLAUSE_BREAK = re.compile(r"[,，]")


def thesis_place(lang: Lang) -> tuple[int, float]:
    """How many paragraphs that argue a text needs for its judging statement most about it to
    stand as its thesis (``thesis_paragraphs``), and what one in its opening or closing paragraph
    adds to its content centrality (`content_centrality`, ``thesis_place``): an author states a
    thesis there and the reasons in between; a one-paragraph comment gives no such place and
    too few statements for centrality to tell its subject."""
    data = _compiled(lang)[0]
    return data.thesis_paragraphs, data.thesis_place


def content_centrality(statements: Sequence[str], context: Sequence[str], lang: Lang) -> list[float]:
    """How much each of ``statements`` is what the text is about: its mean TF-IDF cosine with
    every other statement and each line of ``context`` (a title), over their content words
    (English, four letters or more) or character pairs (Chinese, `grams`). The statement that
    shares the most rarer words with the rest of the text names its subject."""
    texts = [*statements, *context]
    if len(texts) < 2:
        return [0.0] * len(statements)
    terms = [" ".join(_terms(t, lang)) for t in texts]
    vectors = TfIdf(terms).vectors(terms)
    similar = vectors @ vectors.T
    return [float((similar[i].sum() - similar[i, i]) / (len(texts) - 1)) for i in range(len(statements))]


def _terms(statement: str, lang: Lang) -> list[str]:
    """The content words (English) or character pairs of Chinese characters of a statement, with
    their repeats: its terms for `content_centrality`."""
    if lang is Lang.EN:
        return re.findall(r"[a-z]{4,}", statement.lower())
    return [
        run[i : i + 2] for run in re.findall(r"[\u4e00-\u9fff]{2,}", statement) for i in range(len(run) - 1)
    ]


def directs(sentence: str, lang: Lang) -> bool:
    """Whether ``sentence`` is an imperative to give something up or leave it alone ("Do not X",
    "Drop X", "别X", ``directs``): the writer's advice where a text states its thesis, in its
    opening or closing paragraph (`argkg.ingest.positions`), but an instruction or a step
    between them ("Do not overtighten it")."""
    return _judging(lang, "directs").search(sentence) is not None


@cache
def _judging(lang: Lang, cues: Literal["judges", "own_views", "advises", "directs"]) -> re.Pattern[str]:
    """The language's pattern of a judging statement, of the writer's own view or of their
    advice."""
    flags = re.IGNORECASE if lang is Lang.EN else 0
    return any_pattern(getattr(_compiled(lang)[0], cues), flags)


def is_tip(sentence: str, lang: Lang) -> bool:
    """Whether ``sentence`` is a practical tip or note ("Tip: if X, choose Y, because Z", "小贴士:…",
    ``not_central_theses``): advice on how to do something, however central, is no thesis a
    text argues (`argkg.ingest.positions` does not fall back on it)."""
    return _tips(lang).search(sentence) is not None


def reaction_side(
    sentence: str, lang: Lang, proposition: str | None = None, *, concluding: bool = False
) -> Stance | None:
    """The side a writer takes on an announced change, a plan put out for comment or a question
    put to a decision in so many words ("I'm against this", "I welcome it", "我举双手赞成", "we
    urge you to vote No", ``reactions``), or None: a text that reports a change or the question
    put to voters states no side of its own by reporting it, but its author's reaction or answer
    to it does, and so does the author's recommendation on it ("We do not recommend X", "Keep
    X" where the change would replace X). A reaction that names what it is to (its group
    "object": "我不赞成全员X", "I oppose the X") counts only when that names the ``proposition``
    (shares a word of it, two character pairs in Chinese, `_names`; never without one):
    "我不同意他的说法" reacts to a voice, not to the plan. A bare decision word or imperative
    ("APPROVE, subject to conditions", "Keep X.", ``concluding``) is the author's verdict only
    where the text concludes (``concluding``: the sentence stands in a recommendation, decision
    or conclusion section); elsewhere it is one option among others."""
    for side, pattern in _reactions(lang, concluding):
        found = pattern.search(sentence)
        if found is None:
            continue
        named = found.groupdict().get("object")
        if named is None or (proposition is not None and names(named, proposition, lang)):
            if side == "keep":
                # keeping things as they are argues for a proposition that keeps them, against a change
                return Stance.PRO if proposition is not None and keeps(proposition, lang) else Stance.CON
            return Stance(side)
    return None


def names(named: str, proposition: str, lang: Lang) -> bool:
    """Whether a reaction's object ``named`` names ``proposition``: shares an English word of it
    (`_stems`), or two Chinese character pairs (one, "通过" in "应予通过", is as often a word the
    proposition's template added as a word of the thing proposed)."""
    return len(_stems(named, lang) & _stems(proposition, lang)) >= (1 if lang is Lang.EN else 2)


def _stems(statement: str, lang: Lang) -> set[str]:
    """The `grams` of a statement, an English word stemmed as the issue terms are
    (`argkg.ingest.concepts.stem`: "rents" and "rent", "levies" and "levy", "replacing" and
    "replace" name one thing): a reaction's object names the proposition in its own inflection."""
    found = grams(statement, lang)
    return {stem(w, suffixes()) for w in found} if lang is Lang.EN else found


def grams(statement: str, lang: Lang) -> set[str]:
    """The content words (English, four letters or more) or character pairs (Chinese) of a
    statement: what two statements share when they speak of the same thing."""
    if lang is Lang.EN:
        return set(re.findall(r"[a-z]{4,}", statement.lower()))
    return {statement[i : i + 2] for i in range(len(statement) - 1)}


def subject_start(line: str, lang: Lang) -> tuple[int, bool] | None:
    """Where the subject of a message's subject line starts ("Subject: Re: X", "主题:回复:X": X)
    and whether the message replies to it, or None when ``line`` is none (``subject``): the layout
    reads the line as a header, but it names what the message weighs, as a title does. A reply's
    subject names the other writer's proposal ("回复:关于X的提议"): no thesis of the replier's."""
    pattern = _subject(lang)
    found = pattern.match(line) if pattern is not None else None
    return (found.start("title"), found.group("reply") is not None) if found is not None else None


def spelled_option(proposition: str, text: str, lang: Lang) -> str:
    """``proposition`` with the option it names by its label alone spelled out from the line of
    ``text`` that sets that option out ("we should adopt Option B" -> "we should adopt Option B:
    Close the branch on Saturdays", ``option``), else as it is: an options paper recommends an
    option by its label, and what is debated is what the option does, which its own line says.
    The line's first sentence is taken, and the next one too when the first only names the option
    in a few words ("Gradual change."). Not checked: a label that the text sets out twice."""
    pattern = _compiled(lang)[0].option
    named = re.search(pattern, proposition, re.IGNORECASE) if pattern is not None else None
    if named is None:
        return proposition
    label = re.escape(named.group("label")).replace(r"\ ", r"\s*")
    line = re.search(rf"(?m)^\W*{label}\W*?[:：.—–-]+\W*(?P<said>\w[^\n]*)", text, re.IGNORECASE)
    if line is None:
        return proposition
    sentences = re.findall(r"[^.。!！?？]+[.。!！?？]?", line.group("said"))
    said = sentences[0].strip()
    if len(said) < _NAMED_ONLY and len(sentences) > 1:
        said = f"{said} {sentences[1].strip()}"
    return f"{proposition}: {said.rstrip('.。*_ ')}"


def labelled(heading: str, line: str, lang: Lang) -> tuple[str, int] | None:
    """``line`` as its label's form writes it on one line ("Motion: That members may X."), and
    how far that moves its words, when ``heading``, the heading just above it, is only a label of
    what it states (``label``: "RESOLUTION", "Motion 3 (proposed by the board)", "Issue",
    "Decision") and the line is in a form's own wording (``label_line``: "That X.", "Whether to
    X.", "To X."), else None: the label names what the line is, a motion, an issue put to a
    decision or a decision taken, which the cues read only beside it; a sentence in its writer's
    own voice ("We have concluded that X") states itself. An opening quote of the line (a
    resolution quoted as put to the vote) is dropped."""
    data = _compiled(lang)[0]
    found = re.match(data.label, heading.strip(), re.IGNORECASE) if data.label is not None else None
    words = line.lstrip(' "“')
    if found is None or data.label_line is None or re.match(data.label_line, words, re.IGNORECASE) is None:
        return None
    head = f"{found.group('label')}: "
    return head + words, len(head) - (len(line) - len(words))


#: How short (in characters) an option's first sentence is when it only names the option ("Gradual
#: change."), so that the next sentence says what it does.
_NAMED_ONLY = 24


@cache
def _subject(lang: Lang) -> re.Pattern[str] | None:
    """The language's subject-line pattern (``subject``), if it has one."""
    subject = _compiled(lang)[0].subject
    return re.compile(subject, re.IGNORECASE if lang is Lang.EN else 0) if subject else None


@cache
def _reactions(lang: Lang, concluding: bool) -> tuple[tuple[_Side, re.Pattern[str]], ...]:
    """The language's reaction patterns (``reactions``, then ``concluding`` ones where the text
    concludes), each with its side (``keep``: keeping things as they are, whose side depends on
    the proposition), in the data's order."""
    flags = re.IGNORECASE if lang is Lang.EN else 0
    data = _compiled(lang)[0]
    groups = (data.reactions, data.concluding) if concluding else (data.reactions,)
    return tuple(
        (side, re.compile(p, flags)) for group in groups for side, listed in group.items() for p in listed
    )


@cache
def _tips(lang: Lang) -> re.Pattern[str]:
    flags = re.IGNORECASE if lang is Lang.EN else 0
    return any_pattern(_compiled(lang)[0].not_central_theses, flags)


@per_document
def match_proposition(
    line: str, lang: Lang, *, heading: bool, opening: bool = False, said: bool = False
) -> PropositionMatch | None:
    """Return the first proposition cue of ``line``, or None.

    Args:
        line: a title, a heading or a sentence (a leading time stamp, "[00:21] ", is read past).
        lang: its language.
        heading: the line is a title or heading (framings and questions count only there).
        opening: the line is the text's first body sentence (a verdict counts there and in
            titles and headings: "Permanent remote work is a mistake.").
        said: the line is a conversation's message (a question by its form counts unmarked).

    Returns:
        The match; None when no cue applies or the stated proposition cannot be told apart
        from its negation (a con side's statement that no rewrite turns affirmative). A
        concession clause or a fragment is returned (``fit`` False) only when no other cue of
        the line gives a proposition.
    """
    data, compiled, unfit = _compiled(lang)
    skip = timestamp_end(line, lang)
    body = line[skip:]  # what every cue is searched in
    asked = said and not line.rstrip().endswith(_MARKS) and asks_by_form(body, lang)
    if asked:
        body = _as_asked(body)
    passed: PropositionMatch | None = None  # the first concession clause or fragment
    # only the cues the screen leaves (`ScreenedList.holding`): the others cannot match
    for cue, pattern in compress(zip(data.cues, compiled.patterns, strict=True), compiled.holding(body)):
        if (
            (cue.where == "heading" and (not heading or asked))  # a message is no title that asks
            or (cue.where == "opening" and not (heading or opening))
            or (cue.where == "message" and not asked)
        ):
            continue
        found = pattern.pattern.search(body)
        if found is None or not found.group("p").strip(" ,，:："):
            continue
        raw = found.group("p")
        start = skip + found.start("p") + len(raw) - len(raw.lstrip(' ,，:："“'))
        end = min(len(line), skip + found.end("p") - (len(raw) - len(_without_tail(raw))))
        start += _main_clause(line[start:end], lang)
        stated = line[start:end]
        flipped = _turned(stated, data, lang)
        if cue.kind == "question":
            if is_informational(stated, lang):
                continue
            return PropositionMatch(
                kind=cue.kind,
                start=start,
                end=end,
                proposition=cue.template.format(p=affirmative(stated, lang)),
                author=None,
                lead=cue.where == "message" or (cue.where == "lead" and not heading),
            )
        if cue.kind in ("change", "verdict"):
            # the change as announced ("X will no longer Y" -> "X should no longer Y"); the verdict as
            # judged, whatever the polarity of its words ("X you cannot leave is a poor deal")
            flipped = None
        base = flipped if flipped is not None else stated
        text = cue.template.format(p=_should(base, data, lang) if cue.kind == "change" else base)
        negated = flipped is not None
        if cue.kind == "con" and not negated:
            continue
        author: Stance | None = None
        if cue.kind in (*VIEWS, "ask") and cue.side is not None:
            author = cue.side  # a cue that argues against what it names ("we urge you not to X")
        elif cue.kind in (*VIEWS, "ask"):
            author = Stance.CON if negated else Stance.PRO
        elif cue.kind == "framing":
            author = cue.side
        fit = unfit.search(stated) is None
        match = PropositionMatch(
            kind=cue.kind,
            start=start,
            end=end,
            proposition=text,
            author=author,
            fit=fit,
            lead=cue.where == "lead" and not heading,
        )
        if fit:
            return match
        passed = passed or match
    return passed


#: The marks that end a sentence: a message that ends in one is read as written.
_MARKS = tuple(".。!！?？")

#: A space between Chinese words (or a word and a figure): a chat's pause, where prose has a comma.
_CJK_SPACE = re.compile(r"(?<=\w)[ \u3000](?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])[ \u3000](?=\w)")


def _as_asked(message: str) -> str:
    """A message that asks by its form, as it would read written out: its pauses as commas and its
    question mark at the end. Every character keeps its offset (one for one, the mark after)."""
    return _CJK_SPACE.sub("，", message.rstrip()) + "?" + message[len(message.rstrip()) :]


def _without_tail(raw: str) -> str:
    """``raw`` less its trailing spaces, stops, colons and quotes, but keeping a closing quote
    whose opening quote it holds (说“不” keeps its quote; a quoted thesis, X”, loses it)."""
    core = raw.rstrip(' ,，:：.。"”')
    kept = core.lstrip(' ,，:："“')  # what the proposition keeps of its start
    if raw[len(core) :].startswith("”") and kept.count("“") > kept.count("”"):
        core += "”"
    return core


def _should(stated: str, data: _PropositionData, lang: Lang) -> str:
    """An announced change as the question it puts (``changes``): "phones will be collected" ->
    "phones should be collected", "X 将实行 Y" -> "X 应实行 Y"."""
    return _rewritten(stated, data.changes, lang, None) or stated


def _main_clause(stated: str, lang: Lang) -> int:
    """Where the main clause of a proposition that opens with a concession starts ("虽然X,但Y":
    Y; "although X, Y": Y), else 0: the conceded clause is not what the text argues."""
    for pattern in _concessions(lang):
        found = pattern.match(stated)
        if found is not None:
            return found.start("main")
    return 0


@cache
def _concessions(lang: Lang) -> tuple[re.Pattern[str], ...]:
    """The language's concession patterns (``concessions``), each with its own group "main"."""
    flags = re.IGNORECASE if lang is Lang.EN else 0
    return tuple(re.compile(p, flags) for p in _compiled(lang)[0].concessions)


def _turned(stated: str, data: _PropositionData, lang: Lang) -> str | None:
    """The affirmative form of a negated proposition, or None when it is not negated."""
    return _rewritten(stated, data.negations, lang, data.negation_window)


def _rewritten(stated: str, rules: list[_Rewrite], lang: Lang, window: int | None) -> str | None:
    """``stated`` with the first of ``rules`` that applies within a rule's window (else
    ``window``; None: anywhere) rewritten, or None when none applies."""
    flags = re.IGNORECASE if lang is Lang.EN else 0
    for rule in rules:
        found = re.search(rule.pattern, stated[: rule.window or window], flags)
        if found is not None:
            return stated[: found.start()] + rule.replace + stated[found.end() :]
    return None


@cache
def _compiled(lang: Lang) -> tuple[_PropositionData, ScreenedList, re.Pattern[str]]:
    """The language's cue data, its cues' patterns and the pattern of what no proposition may be;
    each sentence is searched with every cue, so a cue is not run on a sentence that lacks every
    word it needs, which is told for all cues at once (`ScreenedList`)."""
    data = load_data("proposition", _PropositionData, lang.value)
    flags = re.IGNORECASE if lang is Lang.EN else 0
    unfit = any_pattern(data.not_propositions, flags)
    return data, ScreenedList(Prefiltered(re.compile(cue.pattern, flags)) for cue in data.cues), unfit
