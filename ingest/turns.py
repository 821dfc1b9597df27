"""Speaker turns: who speaks each line of a transcript, thread or interview, and their side.

A line that opens with a speaker's label and a colon ("The Prime Minister:", "反方二辩：",
"3楼：", "A:", "Maria Lopez:"; a thread's floor also without a colon, "3楼 …") opens a turn
that runs to the next labelled line, or to a heading before it (a chair's turn to a caption
line too: the speeches under the speakers' lines are no chair's). The labels are
data (``ingest/data/<lang>/turns.yaml``); a text needs a few labelled lines (``min_turns``)
before its labels are read as speakers, so a lone "Note:" opens nothing.

A turn's side on the debated proposition comes from, in order:

1. the speaker's role: a side of the motion ("Government", "Leader of the Opposition", "正方一辩")
   or a chair ("The Speaker", "主持人": neutral; a chair's turn makes no claims);
2. a turn that opens by saying it will be fair ("说句公道话", ``fair``): it speaks up for whom the
   matter's opening case runs down, the other side than the opener's (else than the latest sided
   turn's); agreement or disagreement with the turn it answers ("支持楼主", "I disagree"; "我赞同孙某的看法":
   the named speaker's turn): that turn's side or the other one;
3. a reply to an earlier turn ("回复3楼", "replying to #3", a quote of it: "> …"): the other
   side than that turn's (a quote of the thread's opening post: con);
4. the side the speaker declares ("我支持装", "I oppose it"), or the one a verdict of theirs that keeps
   things as they are or ends them takes on the proposition ("这口井不能动", "Keep the uniform";
   `argkg.ingest.sides.kept_side`), or, on a question of two options
   (`argkg.ingest.voices.asked_options`), the option they pick ("The quiet room, hands down",
   "我选买图书", ``picks``: the first option is pro); a disclaimer turned by a contrast ("I'm not
   against X. But…", "我不反对X，但…", ``disclaims``): con; a thread's first turn that puts a
   proposal ("I propose that…", "业委会提议…", ``proposes``), or whose label names them its
   proposer ("（申请人）", ``proposer``): pro;
5. in a conversation whose roles name no side, what the speaker does across their turns: one who
   raises doubts in most of them ("顶楼不是都漏水吗？", "What if it goes wrong?", ``doubts``) argues
   con, one who answers them pro (`_doubters`); else the side the same speaker took in an
   earlier turn (a chat's "浩浩爸爸" speaking again; not under a label that names only the kind
   of post, "Answer:", straight after the same label);
   else a rhetorical challenge to what is put ("凭什么…?", "Who pays for that?", ``challenges``):
   con; else their own first-person view ("我觉得…应该…", "I believe they should"): pro unless
   negated; else the evaluative polarity of what they say (`argkg.ingest.sides.evaluation`); and
   at last, for a turn still without a side, the one they take in a later turn (an
   interviewee's final answer);
6. the thread's opener ("楼主"): pro, they put the proposition;
7. in a debate whose roles name sides, the other side than the turn before (speakers alternate);
8. in a transcript whose roles name none, following on from another speaker: adding to them
   ("I'd add…") takes their side, answering them with a contrast ("Nobody doubts X. But…") the
   other side;
   else, in English, words that read plainly negative as a whole (VADER's compound score at or
   below ``complains_below``: a caller who only lists what goes wrong, "The last bus is always
   late and the shelter leaks"): con, the speaker objects; never pro, a speaker who puts nothing
   argues for it already by default; not where the proposition does away with what they speak of
   ("ban X": a complaint about X argues for it);
9. in a conversation of two parties who argue with each other (`_two_parties`), one on each
   side: where both are read on one side, the one whose own cues say it less often argues the
   other.

Otherwise the side is unknown (None) and `argkg.ingest.sides` reads it statement by statement.
It is never inherited from another speaker's turn before. An asker's turn ("Q:", "问：") argues nothing
of its own: only a side's voice it reports counts.
"""

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from itertools import pairwise, takewhile

from pydantic import BaseModel, ConfigDict, Field

from argkg.ingest.component import Component, component
from argkg.ingest.lexicon import any_pattern, load_data
from argkg.ingest.memo import per_document
from argkg.ingest.parts import Parts, filled
from argkg.ingest.sides import (
    argues_as_author,
    contrasted,
    declared,
    evaluation,
    grants,
    heading_side,
    kept_side,
    negated,
    opens_with_contrast,
    other_side,
    tone,
)
from argkg.ingest.spans import Block, BlockKind, Span
from argkg.ingest.voices import Options, asked_options, direction
from argkg.schema.vocabulary import Lang, Stance

__all__ = [
    "Turn",
    "TurnComponent",
    "doubts",
    "proposes",
    "find_turns",
    "message_header",
    "message_lines",
    "opens_with_answer",
    "questioner",
    "timestamp_end",
    "speakers",
    "speech_start",
    "turn_sides",
]


class _Roles(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    pro: list[str]
    con: list[str]
    neutral: list[str]


class _TurnsData(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    roles: _Roles
    speakers: list[str]
    asker: list[str]
    questioner: list[str] = []
    first: list[str]
    reply: str
    bare: str
    agree: list[str]
    disagree: list[str]
    adds: list[str]
    rebuts: list[str]
    min_turns: int
    label_max_chars: int
    timestamp: str
    roster: list[str]
    not_names: str = r"(?!)"
    headers: list[str] = []
    header_lead: str = ""
    answer_yes: list[str] = []
    answer_no: list[str] = []
    echo: str = r"(?!)"
    echo_not: str = r"(?!)"
    actions: list[tuple[str, str]] = []
    action_not: str = r"(?!)"
    posts: list[str] = []
    proposes: list[str] = []
    proposer: list[str] = []
    refuses: list[str] = []
    picks: list[str] = []
    disclaims: list[str] = []
    challenges: list[str] = []
    fair: list[str] = []
    doubts: list[str] = []
    thread_label: str = r"(?!)"
    not_thread_labels: str = r"(?!)"
    handle: str = r"(?!)"
    complains_below: float | None = None


class Turn(Span):
    """One speaker's turn: from its label to where the next turn (or the text) starts.

    Attributes:
        body: where its words start, after the label's colon.
        label: the speaker's label.
        reply_to: the label of the turn it replies to, when its label says ("4楼 回复3楼").
        role: the side its role names (neutral for a chair), or None when the role names none.
        asker: the speaker asks rather than argues (an interviewer).
        first: the speaker opened the thread.
        parent: the index of the turn it is nested under in a thread whose message headers are
            indented by depth (a top-level reply: the opening post's), else None.
        questions: its header says it is a question ("Question from u/x (412 upvotes)"): its
            poster asks, and may argue too, unlike an asker ("Q:").
        headed: a message's header line opens it (who writes and when, "Dana Wu  9:52 AM"), not
            a label before the words: a chat's or a thread's message, never an author's column.
    """

    body: int = Field(ge=0)
    label: str
    reply_to: str | None
    role: Stance | None
    asker: bool
    first: bool
    parent: int | None = None
    questions: bool = False
    headed: bool = False

    @property
    def chair(self) -> bool:
        """The turn is a chair's: it argues nothing."""
        return self.role is Stance.NEUTRAL

    def holds(self, span: Span) -> bool:
        """Whether ``span`` starts inside the turn (a statement may run past its end)."""
        return self.holds_offset(span.start)

    def holds_offset(self, offset: int) -> bool:
        """Whether the text offset ``offset`` lies inside the turn."""
        return self.start <= offset < self.end


@dataclass(frozen=True, eq=False)
class _Compiled:
    """A language's turns data with its patterns compiled (one per language, `_compiled`).

    Compared and hashed by identity: the per-document answers of `_label` and `_header_match`
    are keyed by it, and hashing its every pattern at each call would cost more than they save.
    """

    data: _TurnsData
    roles: tuple[tuple[Stance, re.Pattern[str]], ...]
    speakers: re.Pattern[str]
    asker: re.Pattern[str]
    questioner: re.Pattern[str]
    first: re.Pattern[str]
    reply: re.Pattern[str]
    bare: re.Pattern[str]
    agree: re.Pattern[str]
    disagree: re.Pattern[str]
    adds: re.Pattern[str]
    rebuts: re.Pattern[str]
    timestamp: re.Pattern[str]
    roster: re.Pattern[str]
    headers: tuple[re.Pattern[str], ...]
    header_lead: re.Pattern[str]
    yes: re.Pattern[str]
    no: re.Pattern[str]
    echo: re.Pattern[str]
    actions: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]
    action_not: re.Pattern[str]
    echo_not: re.Pattern[str]
    not_names: re.Pattern[str]
    posts: re.Pattern[str]
    proposes: re.Pattern[str]
    proposer: re.Pattern[str]
    refuses: re.Pattern[str]
    picks: tuple[re.Pattern[str], ...]
    disclaims: re.Pattern[str]
    challenges: re.Pattern[str]
    fair: re.Pattern[str]
    doubts: re.Pattern[str]
    thread_label: re.Pattern[str]
    handle: re.Pattern[str]
    not_thread_labels: re.Pattern[str]


def find_turns(text: str, blocks: list[Block], lang: Lang) -> list[Turn]:
    """The speaker turns of a text, in text order (none unless ``min_turns`` lines are labelled)."""
    rules = _compiled(lang)
    heads: list[tuple[Block, int, str, str | None, Stance | None]] = []
    named = _roster(tuple(text[b.start : b.end] for b in blocks), lang)
    labels: list[str] = []
    for block in blocks:
        line = text[block.start : block.end]
        if _roster_line(line, rules) is not None:
            continue  # the list of who takes part opens no turn
        # a thread's header line ("u/name - 38 points", "Dana Wu  9:52 AM") reads as a caption,
        # a post's byline with its mark ("Posted by u/ann (verified)") as boilerplate: it opens a
        # turn too (a bare "Posted by ann · 3 hours ago" atop a text is its title's line)
        headed = _header(line, rules) is not None
        # a speaker's label alone on its line before the words below it ("已购买用户 阿青：") reads as a
        # caption too: `_label` takes it only when it names a speaker
        alone = line.rstrip().endswith((":", "："))
        header = (
            block.kind is BlockKind.CAPTION and (rules.bare.match(line) is not None or headed or alone)
        ) or (block.kind is BlockKind.BOILERPLATE and headed)
        if block.kind not in (BlockKind.BODY, BlockKind.EXAMPLE, BlockKind.NOTE) and not header:
            continue
        found = _named_label(line, named, rules) or _label(line, rules)
        if found is None:
            continue
        colon, label, reply_to, role = found
        earlier = next((e for e in reversed(labels) if _same_speaker(label, e)), None)
        if earlier is None and _alias(line, rules):
            continue  # a bare name in a header ("【刘明】") is a speaker only once a fuller label named them
        labels.append(earlier or label)
        heads.append((block, colon, earlier or label, reply_to, role))
    if len(heads) < rules.data.min_turns or all(role is Stance.NEUTRAL for *_, role in heads):
        return []  # only a chair's lines labelled: their turns would swallow the unlabelled speakers' words
    ends = _turn_ends(text, blocks, [(block, role is Stance.NEUTRAL) for block, *_, role in heads], lang)
    parents = _parents(text, [block for block, *_ in heads], rules)
    return [
        Turn(
            start=block.start,
            end=end,
            body=_message_start(text, block, end, rules) or block.start + colon + 1,
            label=label,
            reply_to=reply_to,
            role=role,
            asker=rules.asker.fullmatch(label) is not None,
            # a thread's first message under a header ("Priya Raman  9:41 AM") opened the thread;
            # an e-mail thread's first may be its newest, quoting the older ones below it
            first=rules.first.fullmatch(label) is not None
            or (
                i == 0
                and _header(text[block.start : block.end], rules) is not None
                and not _header_mails(text[block.start : block.end], rules)
            ),
            parent=parents[i],
            questions=_header_asks(text[block.start : block.end], rules),
            headed=_header(text[block.start : block.end], rules) is not None,
        )
        for i, ((block, colon, label, reply_to, role), end) in enumerate(zip(heads, ends, strict=True))
    ]


def _message_start(text: str, head: Block, end: int, rules: _Compiled) -> int | None:
    """Where the message under an e-mail's header line ``head`` starts (the turn runs to ``end``):
    after the header's fields ("Sent: …", "To: …", "Subject: …"), at the first blank line below
    it, and past a salutation on a line of its own ("Dear Jo,"); None for any other label or
    header, or a header with no blank line in its turn.

    The fields say who and when, not what the writer answers: a reply's opening words
    ("I disagree.") are read where the message starts (`turn_sides`)."""
    if not _header_mails(text[head.start : head.end], rules):
        return None
    gap = _BLANK_LINE.search(text, head.end, end)
    if gap is None or gap.end() >= end:
        return None
    greeting = _SALUTATION.match(text, gap.end(), end)
    return greeting.end() if greeting is not None and greeting.end() < end else gap.end()


#: A blank line and the spaces after it: where an e-mail's header fields end.
_BLANK_LINE = re.compile(r"\n[ \t]*\n\s*")
#: A message's salutation on a line of its own ("Hi all,", "Dear Ms Park,", "陈晓：") and the
#: spaces after it: whom the message greets, before what it says.
_SALUTATION = re.compile(r"[^\n.!?。！？]{1,30}[,，:：][ \t]*\n\s*")


def _parents(text: str, heads: list[Block], rules: _Compiled) -> list[int | None]:
    """Per turn, the turn it is nested under when the thread indents its message headers by depth
    ("  ▲ ann 8 hours ago" under the opening post, "    ▲ bo 7 hours ago" under ann's): the
    nearest earlier header indented less, the opening post for a top-level reply; all None when
    the headers are not indented by depth (a transcript, a flat thread).
    """
    depths = [block.start - (text.rfind("\n", 0, block.start) + 1) for block in heads]
    if not any(_header(text[b.start : b.end], rules) for b in heads) or len(set(depths[1:])) < 2:
        return [None] * len(heads)
    return [None] + [
        next((j for j in reversed(range(i)) if depths[j] < depths[i]), 0) for i in range(1, len(heads))
    ]


def _same_speaker(label: str, earlier: str) -> bool:
    """Whether ``label`` names the speaker of the earlier label ``earlier``: the same label with
    less description in brackets ("Q (Sandra Okafor)" after "Q (Sandra Okafor, Coldharbour
    Lane)") or none ("KAY" after "KAY (Eastfield)"), a shorter form of the same name ("CLLR OSEI"
    after "CLLR KWAME OSEI", "刘明" after "市卫健委医政处处长　刘明").

    A transcript names a speaker in full on their first turn and shortly after: one speaker's
    turns share a label, so that they keep their side (`_said_before`).
    """
    short, full = _described(label), _described(earlier)
    if short == full or (_BRACKETED.search(short) is None and _TRAILING_NOTE.sub("", full) == short):
        return True
    words, whole = short.split(), full.split()
    if len(words) >= 2 and words[0] == whole[0] and words[-1] == whole[-1] and set(words) <= set(whole):
        return True
    squeezed = re.sub(r"\s+", "", short)
    return (
        len(squeezed) >= 2
        and re.fullmatch(r"[\u4e00-\u9fff]+", squeezed) is not None
        and (
            re.sub(r"\s+", "", full).endswith(squeezed) or (len(squeezed) >= 3 and full.startswith(squeezed))
        )
    )


def _described(label: str) -> str:
    """``label`` with only the first piece of the description in its brackets: "Q (Sandra
    Okafor, Coldharbour Lane)" -> "Q (Sandra Okafor)"."""
    return re.sub(r"\s*[,，][^()（）]*(?=[)）])", "", label).strip()


def timestamp_end(line: str, lang: Lang) -> int:
    """Where the words of ``line`` start after a leading time stamp ("[00:21] ", "[20:05] "), else 0.

    A recording's or a chat's time stamp is no part of what is said: a cue anchored at the
    start of a sentence ("先说结论:X") reads past it.
    """
    stamped = _compiled(lang).timestamp.match(line)
    return stamped.end() if stamped is not None else 0


def speech_start(text: str, start: int, end: int, turns: Sequence[Turn], lang: Lang) -> int:
    """Where what is said in the sentence ``text[start:end]`` starts: after the label of a turn
    that opens inside it ("[20:03] 李老师:各位家长晚上好!"), else after a leading time stamp
    (`timestamp_end`: "[02:40] 所以我的建议是:X"), else at ``start``.
    """
    body = next((t.body for t in turns if start < t.body < end), None)
    return body if body is not None else start + timestamp_end(text[start:end], lang)


def turn_sides(
    text: str, turns: list[Turn], said: list[list[str]], lang: Lang, proposition: str | None = None
) -> list[Stance | None]:
    """The side of each turn (see the module docstring).

    Args:
        text: the normalised text.
        turns: the turns in text order.
        said: the statements of each turn, in text order (the label left in the first).
        lang: their language.
        proposition: the debated proposition, when known: a question of two options
            (`argkg.ingest.voices.asked_options`) lets a turn's pick of one of them say its side.

    Returns:
        One side per turn: pro, con, neutral (a chair or an asker), or None when unknown.
    """
    rules = _compiled(lang)
    sided = any(t.role in (Stance.PRO, Stance.CON) for t in turns)
    respondents = _respondents(turns, rules)
    doubters = {} if sided else _doubters(text, turns, said, rules)
    # who opens the matter: the first to speak but a chair or an asker ("审：现在开庭…" opens no case)
    opener = next((i for i, t in enumerate(turns) if not t.chair and not t.asker), None)
    choice = asked_options(proposition, lang)
    reading = _Reading(text, turns, rules, lang, respondents, doubters, opener, sided, choice, proposition)
    result: list[Stance | None] = []
    weights: list[int] = []  # per turn, how much its side is the speaker's own (`_DECLARED`, `_kept_sides`)
    for i, statements in enumerate(said):
        side, weight = reading.side(i, _unlabelled(text, turns[i], statements), result)
        result.append(side)
        weights.append(weight if side is not None else _KEPT)
    return _two_parties(turns, _kept_sides(turns, _said_later(turns, result), weights, rules), weights, rules)


@dataclass(frozen=True)
class _Reading:
    """What `turn_sides` reads each turn against: the text, its turns and the language's rules,
    the speakers who answer questions (`_respondents`) or raise doubts (`_doubters`), the turn
    that opens the matter (the first but a chair's or an asker's), whether roles name sides, the
    two options of a question of two (``choice``) and the debated proposition, when known."""

    text: str
    turns: list[Turn]
    rules: _Compiled
    lang: Lang
    respondents: set[str]
    doubters: dict[str, Stance]
    opener: int | None
    sided: bool
    choice: Options | None
    proposition: str | None

    def side(self, i: int, words: list[str], result: list[Stance | None]) -> tuple[Stance | None, int]:
        """The side of turn ``i`` (its statements ``words``, without the label) after the sides
        ``result`` of the turns before it, with how much it is the speaker's own (`_DECLARED`, …)."""
        text, turns, rules, lang = self.text, self.turns, self.rules, self.lang
        turn = turns[i]
        opening = text[turn.body : turn.end].strip()
        if turn.role is not None:
            return turn.role, _DECLARED
        if turn.asker:
            return Stance.NEUTRAL, _DECLARED
        if rules.proposer.search(turn.label):
            return Stance.PRO, _DECLARED  # "X代表（申请人）": who applies for what is decided
        if rules.fair.match(opening) and (side := self._opened(i, result)) is not None:
            return other_side(side), _CUED  # "说句公道话": speaks up for whom the opening case runs down
        if (side := _answering(opening, turn, turns, result, rules)) is not None:
            return side, _ANSWERED
        # a respondent's yes or no answers the challenge put to them, not the matter asked about
        if (
            turn.label not in self.respondents
            and (side := _yes_or_no(text, opening, i, turns, result, rules)) is not None
        ):
            return side, _CUED
        if side := _granted_then_answered(opening, turn, turns, result, lang) or _quoting(
            text, turn, turns, result
        ):
            return side, _ANSWERED
        if (side := next((d for s in words if (d := declared(s, lang)) is not None), None)) is not None:
            return side, _DECLARED
        if (side := self._kept(words)) is not None:
            return side, _DECLARED
        if (side := self._picked(words)) is not None:
            return side, _DECLARED
        if self._disclaims(words):
            return Stance.CON, _DECLARED
        # the thread opens with a proposal or a demand: its proposer puts the matter
        if i == self.opener and any(rules.proposes.search(s) for s in words[:2]):
            return Stance.PRO, _DECLARED
        if self._refuses(i, words, result):
            return Stance.CON, _DECLARED  # another party refuses the demand that opened the matter
        if (side := self.doubters.get(turn.label)) is not None:
            return side, _CUED
        if (side := _said_before(turn, turns, result, rules)) is not None:
            return side, _KEPT
        if any(rules.challenges.search(s) for s in words[:2]):
            return Stance.CON, _CUED  # "凭什么…?", "Who pays for that?": an objection to what is put
        if (side := _own_view(words, lang)) is not None:
            return side, _CUED
        # the one who answers the questions defends what is asked about; who asks, challenges it
        if (side := _respondent_side(turn, self.respondents, rules)) is not None:
            return side, _ANSWERED
        if (side := _evaluated(words, lang)) is not None:
            return side, _ANSWERED
        if turn.first:
            return Stance.PRO, _KEPT
        if self.sided and (side := _alternated(result)) is not None:
            return side, _KEPT
        if (side := _following_on(turn, turns, result, words, rules, lang)) is not None:
            return side, _ANSWERED
        return (Stance.CON if _complains(words, rules, lang, self.proposition) else None), _ANSWERED

    def _opened(self, i: int, result: list[Stance | None]) -> Stance | None:
        """The side of the turn that opened the matter, when it came before turn ``i`` and took
        one, else of the latest sided turn before ``i`` (`_target`)."""
        opened = result[self.opener] if self.opener is not None and self.opener < i else None
        return opened if opened in (Stance.PRO, Stance.CON) else _target(None, self.turns, result)

    def _kept(self, words: list[str]) -> Stance | None:
        """The side the first of the turn's statements that keeps things as they are or ends them
        takes on the debated proposition ("这口井不能动。" on a plan to build over it: con;
        `argkg.ingest.sides.kept_side`), or None, also where no proposition is known."""
        if self.proposition is None:
            return None
        return next((k for s in words if (k := kept_side(s, self.lang, self.proposition)) is not None), None)

    def _picked(self, words: list[str]) -> Stance | None:
        """The side of the option of a question of two options (``choice``) that the turn picks
        in one of its statements ("The quiet room, hands down", "我选买图书"; ``picks``; the
        first pick counts), or None."""
        if self.choice is None:
            return None
        for statement in words:
            for pattern in self.rules.picks:
                found = pattern.search(statement)
                if found is not None and (named := self.choice.of(found.group("option"))):
                    return Stance.PRO if named > 0 else Stance.CON
        return None

    def _disclaims(self, words: list[str]) -> bool:
        """Whether one of the turn's first three statements says the speaker is not against what
        is put and turns from it with a contrast, in it or opening the next statement ("I'm not
        against a new pool. But…", "我不反对建停车场，但…"; ``disclaims``): the objection follows."""
        for k, statement in enumerate(words[:3]):
            if self.rules.disclaims.search(statement) is None:
                continue
            following = words[k + 1] if k + 1 < len(words) else ""
            if contrasted(statement, self.lang) or opens_with_contrast(following, self.lang):
                return True
        return False

    def _refuses(self, i: int, words: list[str], result: list[Stance | None]) -> bool:
        """Whether turn ``i`` is another party's who refuses, in its first statements, the demand
        that opened the matter ("I am keeping the deposit", "这四万块我们不能退"; ``refuses``)."""
        opener = self.opener
        if opener is None or opener >= i or result[opener] is not Stance.PRO:
            return False
        turn = self.turns[i]
        # its opening words whether or not they were kept as a statement ("I am keeping the deposit.")
        said = [*_SENTENCE_END.split(self.text[turn.body : turn.end].strip(), maxsplit=2)[:2], *words[:2]]
        return turn.label != self.turns[opener].label and any(self.rules.refuses.search(s) for s in said)


#: Where a sentence ends: after its stop, before the spaces that follow it.
_SENTENCE_END = re.compile(r"(?<=[.!?。！？])\s*")

#: How much a turn's side is its speaker's own: a side they state (their role, a declared side, the
#: demand that opens the matter, a refusal of it), a cue of their own (a yes or a no, a doubt, a
#: challenge, a first-person view), a reading of how they answer the turn before (an agreement, a
#: contrast, what their words evaluate), or a side kept from elsewhere (their own turn before, a
#: debate's alternation).
_DECLARED, _CUED, _ANSWERED, _KEPT = 3, 2, 1, 0


def _alternated(sides: list[Stance | None]) -> Stance | None:
    """The other side than the latest sided turn's, in a debate whose roles name sides (speakers
    alternate), else None."""
    before = next((s for s in reversed(sides) if s in (Stance.PRO, Stance.CON)), None)
    return other_side(before) if before is not None else None


def _respondent_side(turn: Turn, respondents: set[str], rules: _Compiled) -> Stance | None:
    """Pro for a respondent's turn (they defend what is asked about), con for a questioner's,
    else None (`_respondents`)."""
    if not respondents:
        return None
    return Stance.PRO if turn.label in respondents else Stance.CON if _questions(turn, rules) else None


def _kept_sides(
    turns: list[Turn], sides: list[Stance | None], weights: list[int], rules: _Compiled
) -> list[Stance | None]:
    """``sides`` with each speaker keeping the side they state: a speaker whose turns that state a
    side (`_DECLARED`: a demand, a refusal, a declared side) state one more often than the other
    takes it in every turn that no cue of their own sides, wherever it stands among their turns
    (a party who opens by refusing a demand stays its opponent when, later, what their words
    evaluate reads the other way). A turn cued on its own (`_CUED`) keeps its side, and a chair's,
    an asker's or a label that names only the kind of post (``posts``, each by someone else) is
    left as it is.
    """
    votes: dict[str, dict[Stance, int]] = {}
    for turn, side, weight in zip(turns, sides, weights, strict=True):
        if weight >= _DECLARED and side in (Stance.PRO, Stance.CON) and not rules.posts.fullmatch(turn.label):
            tally = votes.setdefault(turn.label, {Stance.PRO: 0, Stance.CON: 0})
            tally[side] += 1
    kept = {
        label: Stance.PRO if tally[Stance.PRO] > tally[Stance.CON] else Stance.CON
        for label, tally in votes.items()
        if tally[Stance.PRO] != tally[Stance.CON]
    }
    return [
        kept.get(turn.label, side) if weight < _CUED and not turn.chair and not turn.asker else side
        for turn, side, weight in zip(turns, sides, weights, strict=True)
    ]


def _two_parties(
    turns: list[Turn], sides: list[Stance | None], weights: list[int], rules: _Compiled
) -> list[Stance | None]:
    """``sides`` with the two speakers of a conversation between two parties on opposite sides.

    Two speakers who talk with each other turn by turn (a dialogue, a crosstalk act, a chat
    between two people; no chair, no asker, no label that names only the kind of post, each
    speaking twice or more) argue against each other. When both are read, and every sided turn
    of both reads one side, the cues read one of them the wrong way round: the one whose own
    cues (`_CUED` or stronger) give that side less often argues the other side (their lone cue a
    yes to the other's rhetorical question or a point they grant), in every sided turn but one
    whose side they state (`_DECLARED`); on a tie, the first speaker, who put the matter, argues
    for it and the other party against it. A party no cue reads takes the other side than the
    one read where every turn is a message under its header (a chat export: two people who write
    to each other), and is left to the statements' own reading elsewhere: labels such as "What
    they say:" and "The facts:" are the author's two columns, and the author answers the first in
    the second. A third speaker, or sides that already differ, leave ``sides`` as they are too.
    """
    parties = {t.label for t in turns}
    if len(parties) != 2 or any(t.chair or t.asker or rules.posts.fullmatch(t.label) for t in turns):
        return sides
    read = {s for s in sides if s in (Stance.PRO, Stance.CON)}
    if len(read) != 1 or not all(sum(t.label == label for t in turns) >= 2 for label in parties):
        return sides
    [side] = read
    said = {t.label for t, s in zip(turns, sides, strict=True) if s is side}
    if said != parties:
        # one party read: in a chat, the other writes against them
        chat = all(t.headed for t in turns)
        return [
            other_side(side) if chat and t.label not in said and s is None else s
            for t, s in zip(turns, sides, strict=True)
        ]
    cued = {
        label: sum(t.label == label and w >= _CUED for t, w in zip(turns, weights, strict=True))
        for label in parties
    }
    weaker, stronger = sorted(parties, key=lambda label: cued[label])
    if cued[weaker] == cued[stronger]:
        # the first speaker put the matter (a buyer's offer, a landlord's notice of a rise): they
        # argue for it, the one who answers them against it
        return [
            s if s is None or w >= _DECLARED else Stance.PRO if t.label == turns[0].label else Stance.CON
            for t, s, w in zip(turns, sides, weights, strict=True)
        ]
    return [
        other_side(side) if t.label == weaker and s is side and w < _DECLARED else s
        for t, s, w in zip(turns, sides, weights, strict=True)
    ]


def _doubters(text: str, turns: list[Turn], said: list[list[str]], rules: _Compiled) -> dict[str, Stance]:
    """The side of each speaker of a conversation whose roles name none, from what they do across
    their turns: one who raises doubts in two turns or more and in most of theirs ("顶楼不是都漏水吗？",
    "那五年以后呢？", "What if it floods?", ``doubts``) argues against what is put; one who speaks
    straight after the doubters' turns and raises none (the agent, the doctor answering the family)
    argues for it. Empty when no speaker doubts so, or none answers: a chat of equals is read turn
    by turn.
    """
    doubting: dict[str, list[bool]] = {}
    for turn, statements in zip(turns, said, strict=True):
        if turn.chair or turn.asker:
            continue
        words = _unlabelled(text, turn, statements)
        doubting.setdefault(turn.label, []).append(any(rules.doubts.search(s.strip()) for s in words))
    doubters = {
        label for label, turns_ in doubting.items() if sum(turns_) >= 2 and 2 * sum(turns_) > len(turns_)
    }
    answering: dict[str, int] = {}
    for before, turn in pairwise(turns):
        if before.label in doubters and turn.label not in doubters and turn.label != before.label:
            answering[turn.label] = answering.get(turn.label, 0) + 1
    answerers = {
        label for label, count in answering.items() if count >= 2 and sum(doubting.get(label, [])) <= 1
    }
    if not doubters or not answerers:
        return {}
    return dict.fromkeys(doubters, Stance.CON) | dict.fromkeys(answerers, Stance.PRO)


def proposes(sentence: str, lang: Lang) -> bool:
    """Whether ``sentence`` puts a proposal or a demand (``proposes`` in the turns data: "I propose
    that we X", "我们建议X", "我要求退款")."""
    return _compiled(lang).proposes.search(sentence.strip()) is not None


def doubts(sentence: str, lang: Lang) -> bool:
    """Whether ``sentence`` raises a doubt or an objection to what is put (``doubts`` in the
    turns data: "顶楼不是都漏水吗？", "What if it floods?")."""
    return _compiled(lang).doubts.search(sentence.strip()) is not None


def _said_later(turns: list[Turn], sides: list[Stance | None]) -> list[Stance | None]:
    """``sides`` with each unknown side of a speaker who takes a side in a later turn set to it:
    an interviewee who answers "我会推荐" at the end argued that side all along."""
    result = list(sides)
    for i in reversed(range(len(turns))):
        if result[i] is None:
            result[i] = next(
                (
                    s
                    for t, s in zip(turns[i + 1 :], result[i + 1 :], strict=True)
                    if t.label == turns[i].label and s in (Stance.PRO, Stance.CON)
                ),
                None,
            )
    return result


def _following_on(
    turn: Turn,
    turns: list[Turn],
    result: list[Stance | None],
    statements: list[str],
    rules: _Compiled,
    lang: Lang,
) -> Stance | None:
    """The side of a turn that follows on from another speaker's, in a transcript whose roles
    name no side: one that adds to it ("I'd add…", "我补充…") takes its side, one that answers
    it in its first two statements, with a contrast ("Nobody doubts X. But…") or by denying its
    ground ("that is no reason to wait"), the other side.

    The speaker answered, when their own words gave no side, is taken to have put the matter
    (pro, like a thread's opener): ``result`` is filled in for them.
    """
    opening = statements[0] if statements else ""
    # an addition that names whom it adds to ("To add to what Omar said", after a word of
    # introduction) takes that speaker's side wherever it stands in the turn's first statements
    added = (rules.adds.search(s) for s in statements[:3])
    named = next((n for m in added if m is not None and (n := m.groupdict().get("named"))), None)
    squeezed = re.sub(r"\s+", "", named or "")
    side = next(
        (
            s
            for t, s in zip(reversed(turns[: len(result)]), reversed(result), strict=True)
            if squeezed and t.label != turn.label and _names(re.sub(r"\s+", "", t.label), squeezed)
        ),
        None,
    )
    if side in (Stance.PRO, Stance.CON):
        return side
    adds = rules.adds.search(opening) is not None
    answers = any(opens_with_contrast(s, lang) or rules.rebuts.search(s) for s in statements[:2])
    if not (adds or answers):
        return None
    earlier = [
        i
        for i, t in enumerate(turns[: len(result)])
        if t.label != turn.label and not t.chair and not t.asker and result[i] is not Stance.NEUTRAL
    ]
    if not earlier:
        return None
    last = earlier[-1]
    if result[last] is None and any(result[i] in (Stance.PRO, Stance.CON) for i in earlier):
        return None  # the speaker answered is not the one who put the matter: no side known
    before = result[last] = result[last] or Stance.PRO
    return before if adds else other_side(before)


def _answering(
    opening: str, turn: Turn, turns: list[Turn], sides: list[Stance | None], rules: _Compiled
) -> Stance | None:
    """The side of a turn that agrees with, disagrees with or replies to an earlier one."""
    reply = rules.reply.match(opening)
    agreed = rules.agree.search(opening)
    named = agreed.groupdict().get("named") if agreed else None
    name = turn.reply_to or (reply.group("target") if reply else None) or named
    target = _target(name, turns, sides)
    if target is None:
        return None
    if agreed:
        return target
    if rules.disagree.search(opening) or name is not None:
        return other_side(target)
    return None


def _granted_then_answered(
    opening: str, turn: Turn, turns: list[Turn], sides: list[Stance | None], lang: Lang
) -> Stance | None:
    """The other side than the speaker's just before when the turn opens by granting a point and
    turns away from it ("这个问题确实存在，但不能因此就否定小组合作"); the other side than an earlier
    speaker's when the turn's first sentence names them (a
    capitalised word of their label, "Helen" for "DR HELEN PRICE") before a contrast that turns
    from what they said ("Helen's injury figures are real, but they have to be read against the
    number of trips."): it grants their point to answer it. None when no earlier sided speaker
    is named so.
    """
    first, *rest = re.split(r"(?<=[.!?。!?])\s*", opening, maxsplit=2)
    if grants(first, lang) and (contrasted(first, lang) or (rest and opens_with_contrast(rest[0], lang))):
        # "这个问题确实存在，但…", "分工是能解决一部分。但…": the point of the speaker just before is
        # granted, then answered
        before = next(
            (s for t, s in zip(reversed(turns[: len(sides)]), reversed(sides), strict=True) if not t.chair),
            None,
        )
        last = turns[len(sides) - 1] if sides else None
        if last is not None and last.label != turn.label and before in (Stance.PRO, Stance.CON):
            return other_side(before)
    if not contrasted(first, lang):
        return None
    head = re.split(r"[,，]|\bbut\b|但", first, maxsplit=1)[0].casefold()
    for earlier, side in zip(reversed(turns[: len(sides)]), reversed(sides), strict=True):
        if earlier.label == turn.label or side not in (Stance.PRO, Stance.CON):
            continue
        names = [w for w in re.findall(r"[^\W\d_]{3,}", _BRACKETED.sub("", earlier.label)) if w[0].isupper()]
        if any(re.search(rf"\b{re.escape(n.casefold())}\b", head) for n in names):
            return other_side(side)
    return None


def _yes_or_no(
    text: str, opening: str, index: int, turns: list[Turn], sides: list[Stance | None], rules: _Compiled
) -> Stance | None:
    """The side of a turn that opens with a yes or a no ("Yes, for four years now.", "No.",
    "对,完全够用。", "不够。"; ``answer_yes`` and ``answer_no`` in the turns data, or, in Chinese,
    the question's own predicate said back, ``echo``: "够了。" to "…就够了吗?", "不值得" to "…值得吗?").

    It answers the turn it is nested under (`Turn.parent`), else the latest turn before it that
    asks something and is not a chair's, else the question the text opens with (a flat thread's
    answers each answer the opening question, not the answer before them). A yes to a question takes the side
    the question asks about (pro: a thread's or an interview's question puts the proposition), a
    no the other; a yes to a turn that argued takes that turn's side, a no the other: the side
    follows the answer, not the order of the replies.
    """
    turn = turns[index]
    answered = turn.parent
    if answered is None:
        answered = next(
            (j for j in reversed(range(index)) if not turns[j].chair and _asks(text, turns[j])), None
        )
    asking = turns[answered] if answered is not None else None
    asked = text[asking.body : asking.end] if asking is not None else text[: turns[0].start]
    clause = _first_clause(opening)
    if not clause:
        return None
    predicate = next(reversed(list(rules.echo.finditer(asked))), None)
    echoed = predicate.group("predicate") if predicate is not None else ""
    said = rules.echo_not.sub("", clause)
    yes = rules.yes.fullmatch(clause) is not None or (said == clause and bool(echoed) and clause in echoed)
    no = rules.no.fullmatch(clause) is not None or (said != clause and bool(said) and said in echoed)
    if yes == no:
        # no yes or no: an answer that names the action to take, read against the question's words
        named = _named_action(opening, [asked, text[: turns[0].end]], rules)
        if named is None:
            return None
        yes, no = named, not named
        if asking is not None and not _words_ask(asked, rules):
            answered = None  # the question the text opens with holds the action, not the turn answered
    if answered is None or _asks(text, turns[answered]):
        return Stance.PRO if yes else Stance.CON
    side = sides[answered]
    if side not in (Stance.PRO, Stance.CON):
        return None
    return side if yes else other_side(side)


def _named_action(opening: str, questions: list[str], rules: _Compiled) -> bool | None:
    """Whether an answer that names what to do says yes (True) or no (False) to a question, None
    when it names no action the question asks about: "Ban them, I say." to "should e-bikes be
    allowed…?" says no (``actions``: it names the opposite action), "Keep it." to "Should schools
    drop homework?" says no, "不要带了吧" to "…允许带…?" says no (``action_not``: it negates a word
    the question asks with).

    The answer's first clause is read, or the next after a greeting of one word ("Morning. Ban them."); the
    question is the first of ``questions`` (the turn answered, then the text's opening) that holds
    either action.
    """
    clauses = [c.strip() for c in re.split(r"[,.!?;:，。！？；：、—]", opening.strip(), maxsplit=2)[:2]]
    if len(clauses[0].split()) > 1 or len(clauses[0]) > (12 if clauses[0].isascii() else 2):
        clauses = clauses[:1]  # only a greeting or an address of a word comes before the answer
    questions = [_questions_of(q) for q in questions]
    for clause in clauses:
        negated = rules.action_not.match(clause)
        if negated is not None:
            echo = negated.group("echo")
            if any(re.search(rf"\b{re.escape(echo)}\b" if echo.isascii() else echo, q) for q in questions):
                return False
        for one, other in rules.actions:
            said = one if one.match(clause) else other if other.match(clause) else None
            if said is None:
                continue
            for question in questions:
                if one.search(question) or other.search(question):
                    return said.search(question) is not None
    return None


def _words_ask(asked: str, rules: _Compiled) -> bool:
    """Whether the questions of the turn answered name an action of ``actions`` (else the
    answer's action is read against the text's opening question)."""
    questions = " ".join(_QUESTION.findall(asked))
    return any(one.search(questions) or other.search(questions) for one, other in rules.actions)


@per_document
def _questions_of(text: str) -> str:
    """The questions of ``text`` (`_QUESTION`), joined by spaces: `_named_action` reads the same
    opening turn against each answer of a thread, and finding its questions was the cost."""
    return " ".join(_QUESTION.findall(text))


#: A question: the run of a sentence up to its question mark, tried only where a sentence starts
#: (a scan from inside a run would fail at its stop again, quadratic in the run's length).
_QUESTION = re.compile(r"(?:^|(?<=[.!?。！？\n]))[^.!?。！？\n]*[?？]")


def _asks(text: str, turn: Turn) -> bool:
    """Whether the turn's words ask a question (hold a question mark)."""
    return re.search(r"[?？]", text[turn.body : turn.end]) is not None


def opens_with_answer(said: str, lang: Lang) -> bool:
    """Whether ``said`` (a turn's first statement, without its label) opens with a bare yes or no
    ("Yes, for four years now.", "不是。"): the speaker's own answer, never a concession to the
    other side ("Yes, X. But…" grants X only when a contrast follows in the same turn's words)."""
    rules = _compiled(lang)
    clause = _first_clause(said)
    return bool(clause) and any(p.fullmatch(clause) is not None for p in (rules.yes, rules.no))


def _first_clause(said: str) -> str:
    """The words of ``said`` up to its first clause mark ("Yes, for four years now." -> "Yes")."""
    return re.split(r"[,.!?;:，。！？；：、—]", said.strip(), maxsplit=1)[0].strip()


def _quoting(text: str, turn: Turn, turns: list[Turn], sides: list[Stance | None]) -> Stance | None:
    """The side of a turn that opens by quoting what it answers ("> Deposits cover damage."): the
    other side than whoever first wrote the quoted words (the thread's opener, pro, when no turn
    before holds them)."""
    lines = [line.strip() for line in text[turn.body : turn.end].splitlines() if line.strip()]
    # the quote opens the turn's words, or the line after its header ("u/name - 21 points")
    quote = next((line for line in lines[:2] if line.startswith(">")), None)
    if quote is None:
        return None
    quoted = quote.lstrip("> ").strip()
    first = text.find(quoted) if quoted else -1
    if first < 0 or first >= turn.start:
        return None
    author = next((s for t, s in zip(turns, sides, strict=False) if t.start <= first < t.end), Stance.PRO)
    return other_side(author) if author in (Stance.PRO, Stance.CON) else None


def _target(name: str | None, turns: list[Turn], sides: list[Stance | None]) -> Stance | None:
    """The side of the turn a reply names (by its label), else of the latest sided turn; None
    when the named speaker took no side yet (whom the reply answers is known, their side not)."""
    earlier = list(zip(turns[: len(sides)], sides, strict=True))
    sided = [(t, s) for t, s in earlier if s in (Stance.PRO, Stance.CON)]
    if name is not None:
        squeezed = re.sub(r"\s+", "", name)
        # a floor or name opens its label ("3楼"); a surname ends it ("9栋业主代表孙某")
        named = [s for t, s in earlier if _names(re.sub(r"\s+", "", t.label), squeezed)]
        if named:
            return next((s for s in reversed(named) if s in (Stance.PRO, Stance.CON)), None)
    return sided[-1][1] if sided else None


def _names(label: str, name: str) -> bool:
    """Whether ``name`` names the speaker of ``label``: it opens the label, or ends it after a
    description of the speaker (a surname, two characters or more)."""
    return label.startswith(name) or (len(name) >= 2 and label.endswith(name))


def _unlabelled(text: str, turn: Turn, statements: list[str]) -> list[str]:
    """The turn's statements, the first without the speaker's label it may hold ("[20:05] 甲:")."""
    head = text[turn.start : turn.body]
    if statements and statements[0].startswith(head):
        return [statements[0][len(head) :], *statements[1:]]
    return statements


def _said_before(
    turn: Turn, turns: list[Turn], sides: list[Stance | None], rules: _Compiled
) -> Stance | None:
    """The side the same speaker (same label) took in their latest sided turn before, if any:
    a speaker who speaks again without a new cue keeps their side.

    A label that names the kind of post, not who wrote it (``posts``: "Answer:", "回复："), and
    that follows the same label straight after is another poster's (a product page's answers one
    below the other, each by someone else): it keeps no side. In an interview's alternating
    "Q:"/"A:" the one answering speaks again only after the question between."""
    index = len(sides)
    if index and turns[index - 1].label == turn.label and rules.posts.fullmatch(turn.label):
        return None
    return next(
        (
            s
            for t, s in zip(reversed(turns[: len(sides)]), reversed(sides), strict=True)
            if t.label == turn.label and s in (Stance.PRO, Stance.CON)
        ),
        None,
    )


def speakers(turns: Sequence[Turn], lang: Lang) -> list[int]:
    """Per turn, who speaks it, as the index of that speaker's first turn: the turns under one
    label are one speaker's, but a label that names only the kind of post, not who wrote it
    (``posts``: "Answer:", "回复："), is each time another poster's (a product page's answers
    one below the other)."""
    posts = _compiled(lang).posts
    first: dict[str, int] = {}
    return [
        i if posts.fullmatch(turn.label) else first.setdefault(turn.label, i) for i, turn in enumerate(turns)
    ]


def _respondents(turns: list[Turn], rules: _Compiled) -> set[str]:
    """The labels of the speakers who answer questions: two turns or more right after a
    questioner's (`_questions`; a chair's turn between does not count), and most of those that
    follow another speaker's (an opening statement and a closing word aside), as an official at a
    press conference ("【记者】…【刘明】…") or a developer at a town-hall Q&A ("Q (…): … A (…): …").

    A respondent stands for the matter asked about and defends it against the questions: their
    turns argue for it unless their own first-person view says otherwise.
    """
    arguing = [t for t in turns if not t.chair]
    answers: dict[str, list[bool]] = {}
    for before, turn in pairwise(arguing):
        if not _questions(turn, rules) and before.label != turn.label:
            answers.setdefault(turn.label, []).append(_questions(before, rules))
    return {label for label, after in answers.items() if sum(after) >= 2 and 2 * sum(after) > len(after)}


def questioner(turn: Turn, lang: Lang) -> bool:
    """Whether the turn is a questioner's: an asker's, a questioner's ("网友“梧桐树下”问", ``questioner``
    in the turns data), a question's under its header, or one whose label is an asker's with who
    asks in brackets ("Q (Sandra Okafor, Coldharbour Lane)")."""
    return _questions(turn, _compiled(lang))


def _questions(turn: Turn, rules: _Compiled) -> bool:
    """`questioner` with the language's rules."""
    who = _BRACKETED.sub("", re.sub(r"\s*@\S{1,12}$", "", turn.label)).strip()
    asks = (rules.asker, rules.questioner)
    return turn.asker or turn.questions or any(p.fullmatch(who) is not None for p in asks)


def _own_view(statements: list[str], lang: Lang) -> Stance | None:
    """The side of the speaker's first-person view ("I believe they should"), pro unless negated."""
    for statement in statements:
        if argues_as_author(statement, lang):
            return Stance.CON if negated(statement, lang) else Stance.PRO
    return None


def _evaluated(statements: list[str], lang: Lang) -> Stance | None:
    """The side of the evaluative polarity of what the speaker says, if any."""
    score = sum(evaluation(s, lang) for s in statements)
    if score:
        return Stance.PRO if score > 0 else Stance.CON
    return None


def _complains(statements: list[str], rules: _Compiled, lang: Lang, proposition: str | None) -> bool:
    """Whether the speaker's words, read as a whole, are plainly negative (`argkg.ingest.sides.tone`
    at or below ``complains_below``; English only): a caller who only complains ("The last bus is
    always late and the shelter leaks") objects to what is put, where no cue of theirs names a side;
    not where the proposition does away with what they speak of ("ban X" and what goes wrong with
    X, `argkg.ingest.voices.direction`): that complaint argues for it."""
    threshold = rules.data.complains_below
    if threshold is None or not statements:
        return False
    words = " ".join(statements)
    said = tone(words, lang)
    return said is not None and said <= threshold and direction(words, lang, proposition) > 0


def opens_turn(line: str, lang: Lang) -> bool:
    """Whether ``line`` opens a speaker's turn: a speaker's label, a post's bare label or a
    message's header line (a hard-wrapped paragraph never joins it, `argkg.ingest.wrap`)."""
    rules = _compiled(lang)
    return rules.bare.match(line) is not None or _label(line, rules) is not None


def message_lines(lines: Sequence[str], paragraphs: Sequence[bool], lang: Lang) -> set[int]:
    """The indices of the lines of a conversation that are its messages: the lines that open a
    turn with words after the label ("[10:02] Anna: we should go", "3楼 我反对"), when
    ``min_turns`` lines or more do; and, when ``min_turns`` lines or more are a message's header
    alone on its line ("阿杰 20:01", "大姐 王秀兰:", "2楼 回复 楼主", a floor's "1楼 7栋 老陈" with
    the post on the lines under it), the lines under each header up to a blank line or the next
    turn (not under an e-mail's "From: X": its header's fields).

    A chat's messages seldom end in a full stop: read line by line, a short one looks like a
    figure's caption (`argkg.ingest.layout`), yet each is something a speaker says. Not
    messages: a line under a labelled turn's words (a byline, "By Kirsty M. on 12 March", a stage
    direction, "(众笑)"), a line of a header's fields ("答辩人:X  导师:Y", another label after the
    first), a lone labelled line among headers (a thread's "CMV: X" title line), and a line with
    no words (`_says`: a sticker, "[OK]").

    Args:
        lines: the text's non-empty lines, stripped.
        paragraphs: per line, whether a blank line comes before it.
        lang: their language.
    """
    rules = _compiled(lang)
    named = _roster(tuple(lines), lang)
    said: list[int] = []
    headers: list[int] = []
    for i, line in enumerate(lines):
        labelled = _named_label(line, named, rules) or _label(line, rules)
        if labelled is None and rules.bare.match(line) is None:
            continue
        words = line[labelled[0] + 1 :].strip() if labelled is not None else ""
        # a floor's label with what follows on its own line under it names the poster ("1楼　7栋 老陈"),
        # a reply's only whom it answers ("2楼 回复 楼主"): headers of the message below
        under = i + 1 < len(lines) and not paragraphs[i + 1] and labelled is not None
        floor = under and rules.bare.match(line) is not None and not any(ch in ":：" for ch in line)
        reply = rules.reply.match(words)
        if not words or floor or (reply is not None and not words[reply.end() :].strip()):
            headers.append(i)
        elif not any(ch in ":：" for ch in words):
            said.append(i)
    found = set(said) if len(said) >= rules.data.min_turns else set()
    if len(headers) < rules.data.min_turns:
        return found
    openers = sorted({*said, *headers})
    # (an e-mail's header is a block of fields, "Sent: …", "To: …", its message after a blank line)
    for i in (i for i in headers if not _header_mails(lines[i], rules)):
        stop = next((j for j in openers if j > i), len(lines))
        below = takewhile(lambda j: not paragraphs[j], range(i + 1, stop))
        found.update(j for j in below if _says(lines[j]))
    return found


def _says(line: str) -> bool:
    """Whether a message's line holds words: not only a sticker, an emoji or an attachment's
    placeholder ("[OK]", "[图片]", "👍")."""
    return re.search(r"[^\W\d_]", _BRACKETED.sub("", line)) is not None


def message_header(line: str, lang: Lang) -> bool:
    """Whether ``line`` is a message's header on a line of its own ("Dana Wu  9:52 AM",
    "Speaker 2  00:14:03", "From: Jo Park <jo@x.org>"): it names who writes, it says nothing."""
    return _header(line, _compiled(lang)) is not None


def _header(line: str, rules: _Compiled) -> str | None:
    """The poster a message's header line names ("Dana Wu  9:52 AM", "Reply · u/pete · 88 points"),
    else None (the patterns are ``headers`` in the language's turns data).

    A chat export or a thread heads each message with a line of its own that names who writes
    and when (or how liked): no colon follows the name, so `_label` misses it.
    """
    found = _header_match(line, rules)
    if found is None:
        return None
    named = found.groupdict()
    return (named.get("name") or named.get("alias") or "").strip() or None


@per_document
def _header_match(line: str, rules: _Compiled) -> re.Match[str] | None:
    """The match of a header pattern on the whole of ``line``, past a thread's vote arrow or
    collapse mark (``header_lead``: "▲ ", "[–] "), else None.

    Kept for the document (`argkg.ingest.memo`): `_label`, `_header_asks` and `_alias` ask it of
    the same lines (a match is never changed by its readers)."""
    stripped = line.strip(" *_>")
    lead = rules.header_lead.match(stripped)
    stripped = stripped[lead.end() :] if lead is not None else stripped
    return next((m for p in rules.headers if (m := p.fullmatch(stripped)) is not None), None)


def _header_asks(line: str, rules: _Compiled) -> bool:
    """Whether ``line`` is a post's header that says the post is a question (the group "ask":
    "Question from u/maple_dad (412 upvotes)")."""
    found = _header_match(line, rules)
    return found is not None and found.groupdict().get("ask") is not None


def _header_mails(line: str, rules: _Compiled) -> bool:
    """Whether ``line`` is an e-mail's header (the group "mail": "From: Jo Park <jo@x.org>",
    "On 3 May, Jo Park wrote:"), whose thread may quote the newest message first."""
    found = _header_match(line, rules)
    return found is not None and found.groupdict().get("mail") is not None


def _alias(line: str, rules: _Compiled) -> bool:
    """Whether ``line`` is a header that gives only a bare name (the group "alias": "【刘明】"),
    which names a speaker only when a fuller label named them before."""
    found = _header_match(line, rules)
    return found is not None and found.groupdict().get("name") is None


@per_document
def _label(line: str, rules: _Compiled) -> tuple[int, str, str | None, Stance | None] | None:
    """(where the label's colon stands, label, turn it replies to, role's side) for a speaker's label.

    Kept for the document (`argkg.ingest.memo`): the reading view (`opens_turn`), the layout's
    message lines (`message_lines`), the turns and the thread labels each ask it of every line."""
    poster = _header(line, rules)
    if poster is not None:  # the message's words start on the line below its header
        return len(line.rstrip()), poster, None, _role_side(poster, rules)
    stamped = rules.timestamp.match(line)
    if stamped is not None:  # a chat line ("[20:05] 朵朵妈妈:"): whoever is named after the time speaks
        colon = _colon(line, stamped.end())
        name = line[stamped.end() : colon].strip(" *_#>") if colon is not None else ""
        if colon is None or not name or colon - stamped.end() > rules.data.label_max_chars:
            return None
        if rules.not_names.search(name):
            return None  # a sentence that opens a colon ("[02:40] 所以我的建议是:X"), no name
        return colon, name, None, _role_side(name, rules)
    colon = _colon(line)
    bare = rules.bare.match(line)
    if bare is not None:
        # the label stands without a colon, or holds one ("01:03 …"): its words start after it
        colon = bare.end()
        head = line[:colon].strip(" *_>")
    elif colon is not None:  # a markdown heading's "#" is no part of the label, a post's "#2" is
        head = line[:colon].strip(" *_>")
        head = head if re.match(r"#\d", head) else head.strip("#").strip()
    inside = _BRACKETED.search(line[:colon]) if colon is not None else None
    # a description in brackets after the name ("Q (Gareth Hughes, farmer):") is no part of its length
    if colon is None or colon - (len(inside.group(0)) if inside else 0) > rules.data.label_max_chars:
        return None
    # only "答(网友“老周”):" and a post's header ("Reply from Jo P.") may stand on a line of their own
    alone = colon + 1 >= len(line.rstrip()) and bare is None
    for side, pattern in (*rules.roles, (None, rules.speakers)):
        # the whole label first: a longer name ("DR HELEN PRICE") before a shorter one it opens with
        found = pattern.fullmatch(head) or pattern.match(head)
        if found is None:
            continue
        rest = head[found.end() :].strip()
        reply = rules.reply.match(rest)
        if alone and _BRACKETED.fullmatch(rest) is None and not _alone_label(head, side, rest, rules):
            return None
        if not rest or (reply is not None and not _poster(head[: found.end()], rest, rules)):
            return colon, head[: found.end()], reply.group("target") if reply else None, side
        if _named(rest, rules) or _poster(head[: found.end()], rest, rules):
            # a role or a kind of speaker, then who it is ("主持人林然", "连麦嘉宾 周医生", "弹幕提问 @橘子")
            return colon, head, None, side
        noted = _TRAILING_NOTE.sub("", rest)
        if noted != rest and _HAN_NAME.fullmatch(noted) is not None:
            # and a note on who they are in brackets ("居民代表 钟某（退休教师）"): no part of the label
            # (a Chinese name only: an English role, name and note, "Cllr Ann Lee (Ward 3)", was
            # not checked, and opening it turned a statement on the validation set)
            return colon, head[: len(head) - len(rest) + len(noted)], None, side
        bracketed = _BRACKETED.fullmatch(rest)  # a side after the name: "HELEN MARSH (FOR)"
        named = _role_side(bracketed.group(1), rules) if bracketed is not None else None
        if named is not None:
            return colon, head[: found.end()], None, named
        if bracketed is not None and _STAMP.search(bracketed.group(1)):
            return colon, head[: found.end()], None, side  # when it was said ("Raf (3 Mar 10:03):"): no one
        if bracketed is not None:  # who speaks, in brackets: "答(网友“老周”):", "PRESENTER (Nadia Rees):"
            return colon, head, None, side
    return None


#: a colon, Latin or full-width
_COLON = re.compile("[:：]")


def _colon(line: str, start: int = 0) -> int | None:
    """Where the first colon of ``line`` from ``start`` on stands, or None (one regex search: a
    label is looked for on every line, and a loop over its characters cost more); one inside a
    note in brackets that ends right before a colon ("王阿姨（举着牌子：要求稳定）：") is the note's,
    and the label's colon is the one after it."""
    found = _COLON.search(line, start)
    if found is None:
        return None
    before = line[start : found.start()]
    inside = sum(map(before.count, "(（")) > sum(map(before.count, ")）"))
    noted = _NOTE_THEN_COLON.match(line, found.start()) if inside else None
    return noted.end() - 1 if noted is not None else found.start()


#: The rest of a note in brackets that holds a colon, then the label's colon after it.
_NOTE_THEN_COLON = re.compile(r"[^()（）\n]{0,60}[)）]\s*[:：]")


#: A time of day ("10:03", "9.40"): a note in brackets that holds one says when, not who.
_STAMP = re.compile(r"\b\d{1,2}[:.]\d{2}\b")

_BRACKETED = re.compile(r"[(（\[]\s*([^()（）\[\]]{1,60}?)\s*[)）\]]")


def _alone_label(head: str, side: Stance | None, rest: str, rules: _Compiled) -> bool:
    """Whether a label standing alone on its line before the words below it is a speaker's: a
    role's or an asker's ("主持人：", "网友“梧桐树下”问："), or a kind of speaker with who it is
    ("主持人林然：", "连麦嘉宾 周医生：", "弹幕提问 @橘子："); not bare name-shaped words, which a
    heading's are too ("Key Findings:")."""
    if rest:
        return _named(rest, rules) or _poster(head[: len(head) - len(rest)].strip(), rest, rules)
    return side is not None or any(p.fullmatch(head) is not None for p in (rules.asker, rules.questioner))


def _named(rest: str, rules: _Compiled) -> bool:
    """Whether ``rest``, the words after a role or a kind of speaker in a label, names who it is:
    a Chinese given name or name with a title ("晓雯", "周医生"), or capitalised words ("Jane
    Hill"); not a verb of saying or a clause ("主持人表示", "记者了解到", ``not_names``)."""
    return _PERSON.fullmatch(rest) is not None and rules.not_names.search(rest) is None


def _poster(kind: str, rest: str, rules: _Compiled) -> bool:
    """Whether ``rest`` is "@name" after an asker's kind of label ("弹幕提问 @橘子汽水"): who asks,
    not a reply to them."""
    return rest.startswith("@") and rules.questioner.fullmatch(kind) is not None


#: Who a label names after a role: two to four Chinese characters (a name with a title, "周主任", or a
#: nickname, "小鹿妈妈"), or one to three capitalised words.
_PERSON = re.compile(r"[\u4e00-\u9fff]{2,4}|(?-i:[A-Z][\w'.-]*(?: [A-Z][\w'.-]*){0,2})|@\S{1,12}")


@per_document
def _roster(lines: tuple[str, ...], lang: Lang) -> dict[str, Stance | None]:
    """The people a transcript's roster lines name (`_roster_line`), each with the side of their role.

    Kept for the document (`argkg.ingest.memo`; the callers never change it): the layout's
    message lines and the turns read the same lines, and each line is tried as a label.
    """
    rules = _compiled(lang)
    named: dict[str, Stance | None] = {}
    for line in lines:
        named |= _roster_line(line, rules) or {}
    # a poster's label that is a role's ("审：" in a record of short labels) keeps that role's side, and
    # one the roster names keeps the role the roster gives it (a chair's name)
    return {name: _role_side(name, rules) for name in _posters(lines, rules)} | named


def _posters(lines: Sequence[str], rules: _Compiled) -> list[str]:
    """Names that a text's lines show to be speakers without any role: a bare name alone on a
    line before its words, on two lines or more ("陈立新：" in an interview) or with a title where
    two names with titles or more stand so ("孙伟老师：" in a meeting's record), and the names of a
    comment section's lines that reply to one another ("老城根儿：回复@晚风拂柳：…": both), a
    record's names with a note in brackets before their words, on two lines or more ("张建国（二
    房）：我看…", `_NOTED_NAME`), and a text message thread's one-word labels (`_thread_labels`)."""
    alone: list[str] = []
    noted: list[str] = []
    posters: list[str] = []
    for raw in lines:
        line = raw.strip()
        note = _NOTED_NAME.match(line)
        # (its words are on the lines below or a sentence: a header's "上诉人（原审被告）：某公司" names a
        # party, it speaks no words)
        said = line[note.end() :].strip() if note is not None else ""
        if (
            note is not None
            and (not said or _SPOKEN.search(said))
            and not rules.not_thread_labels.fullmatch(note.group(1))
        ):
            noted.append(note.group(1))
        bare = _BARE_NAME.fullmatch(line)
        # (a role's label, "主持人林然：", keeps its role: `_label` reads it)
        if bare is not None and not any(p.match(bare.group(1)) for _, p in rules.roles):
            alone.append(bare.group(1))
        colon = _colon(line)
        if colon is None or colon > rules.data.label_max_chars:
            continue
        reply = rules.reply.match(line[colon + 1 :])
        head = line[:colon].strip()
        # (not a field's label: an e-mail's "Subject: RE: …" names no poster)
        if (
            reply is not None
            and re.fullmatch(r"[^\s:：,，。!！?？]{2,16}", head)
            and rules.not_thread_labels.fullmatch(head) is None
        ):
            posters += [head, reply.group("target")]
    # a name with a title ("孙伟老师：") alone on its line speaks once too where two such names or more do
    titled = [name for name in dict.fromkeys(alone) if rules.speakers.fullmatch(name) is not None]
    return (
        [
            name
            for name in dict.fromkeys(alone)
            if alone.count(name) >= 2 or (len(titled) >= 2 and name in titled)
        ]
        + (noted if len(noted) >= 2 else [])
        + posters
        + _thread_labels(lines, rules)
        + _handles(lines, rules)
    )


def _handles(lines: Sequence[str], rules: _Compiled) -> list[str]:
    """The screen names that open a comment section's lines before a colon ("Kim_R:", "Dev99:",
    "NorthStar:"; ``handle`` in the turns data), read as posters where ``_HANDLE_LINES`` lines or
    more open so with two names or more.

    A screen name is shaped as no field's label is (an underscore, a digit or a capital inside one
    word), so a comment's length does not matter, as it does for a text thread's plain names
    (`_thread_labels`); a name met once is a poster too, once others show the layout."""
    found = [m.group(1) for raw in lines if (m := rules.handle.match(raw.strip())) is not None]
    names = list(dict.fromkeys(found))
    return names if len(found) >= _HANDLE_LINES and len(names) >= 2 else []


#: A comment section: this many lines opened by screen names (`_handles`).
_HANDLE_LINES = 3


#: A message thread: this many lines in a row, each opened by one of two labels or more that take turns,
#: and none longer than a text message (160 characters): a field's long entries ("Myth: X" / "Fact: a
#: paragraph") are no messages.
_THREAD_LINES = 4
_MESSAGE_CHARS = 160


def _thread_labels(lines: Sequence[str], rules: _Compiled) -> list[str]:
    """The one-word labels of a message thread ("Me: are you still…", "Dad: probably yes"), which
    no speaker pattern knows (a single capitalised word may be a field's label, "Note:"): read
    as speakers where ``_THREAD_LINES`` lines or more in a row open with them, two or more
    labels each opening two of them and taking turns at least as often as there are labels, each
    line no longer than a text message (``thread_label`` in the turns data; a field's words,
    "Pros:", are ``not_thread_labels``). None in a text a chair's labelled lines lead (a panel,
    a meeting with "主持人阿杰："), unless the chair takes turns under a label of the same kind
    (a hearing's record that shortens every label to a character, "审：", "原：", "被："): there
    the labelled speakers are read as before, the bare names around them left to the statements
    (reading them as turns there turned sides the wrong way on argkg's own 圆桌 and 读书会 texts,
    a cause not yet found)."""
    # (a chair's label met once, a record's header line "审判员：X", speaks no turn)
    heads = [_label(line.strip(), rules) for line in lines]
    chaired = [head[1] for head in heads if head is not None and head[3] is Stance.NEUTRAL]
    chairs = {label for label in chaired if chaired.count(label) >= 2}
    found: list[str] = []
    run: list[str] = []
    for raw in [*lines, ""]:
        head = rules.thread_label.match(raw.strip())
        short = len(raw.strip()) <= _MESSAGE_CHARS
        if head is not None and short and rules.not_thread_labels.fullmatch(head.group(1)) is None:
            run.append(head.group(1))
            continue
        kept = [label for label in dict.fromkeys(run) if run.count(label) >= 2]
        changes = sum(one != other for one, other in pairwise(run))
        if len(run) >= _THREAD_LINES and len(kept) >= 2 and changes >= len(kept):
            found += kept
        run = []
    return found if chairs <= set(found) else []


#: A speaker's name with a note on who they are in brackets, opening a line before its colon
#: ("张建国（二房）：", "李娜（列席）：…"): a meeting's record or a transcript that introduces
#: each speaker so; two such lines make the names speakers' labels (`_posters`).
_NOTED_NAME = re.compile(r"([\u4e00-\u9fff]{2,4})\s*[(（][^()（）\n]{1,40}[)）]\s*[:：]")
#: A sentence's end or pause: the words after a label are speech, not a name or a field's value.
_SPOKEN = re.compile(r"[。！？!?，,；;…]")

#: A speaker's bare name alone on its line before a colon: two to six Chinese characters ("陈立新：",
#: "赵国强老师：").
_BARE_NAME = re.compile(r"([\u4e00-\u9fff]{2,6})\s*[:：]")


def _roster_line(line: str, rules: _Compiled) -> dict[str, Stance | None] | None:
    """The names a roster line lists ("嘉宾:王某(…)、李某(…)", "Witnesses: Ann Lee, Director,
    X; Bo Chan, …"), each with the side of their role (a chair's label, "主持人:", or "(Chair)"
    after the name: neutral; else the role in brackets after the name, else None); None when
    the line is no roster: one whose words after the label are not all names ("Moderator:
    Welcome.") is a turn.

    A name in a roster is a speaker's label wherever a line opens with it, whatever its form.
    """
    found = rules.roster.match(line)
    if found is None:
        return None
    chair = _role_side(found.group("label").strip(), rules) is Stance.NEUTRAL
    names = found.group("names").strip().rstrip("。.")
    pieces = _LIST_MARK.split(names)
    if len(pieces) == 1:
        pieces = _LIST_COMMA.split(names)
    named: dict[str, Stance | None] = {}
    for piece in pieces:
        head = _LIST_COMMA.split(piece)[0]
        bracketed = _BRACKETED.search(head)
        # a role before the name, a space between ("主治医师 林涛", "患者长子 赵国庆"): the name is the
        # last word
        name = _BRACKETED.sub("", head).strip(" *_\u3000")
        words = name.split()
        if len(words) > 1 and _NAME.fullmatch(name) is None and _HAN_NAME.fullmatch(words[-1]) is not None:
            name = words[-1]
        if _NAME.fullmatch(name) is None:
            return None
        role = _role_side(bracketed.group(1), rules) if bracketed is not None else None
        named[name] = Stance.NEUTRAL if chair else role
    return named


#: What parts a roster's names, and a comma what parts a name from its role ("Ann Lee, Director"),
#: outside the note in brackets after a name: "小李（记录，列席）" is one name, its note two words.
_LIST_MARK = re.compile(r"[;；、](?![^()（）]*[)）])")
_LIST_COMMA = re.compile(r"[,，](?![^()（）]*[)）])")
#: A person's name as a roster lists it: two to four Chinese characters, or one to four
#: capitalised words ("Dame Helen Brierley").
_NAME = re.compile(r"[\u4e00-\u9fff·]{2,4}|[A-Z][\w'.-]*(?: [A-Z][\w'.-]*){0,3}")
#: A Chinese name after its role in a roster: two to four characters.
_HAN_NAME = re.compile(r"[\u4e00-\u9fff·]{2,4}")


def _named_label(
    line: str, named: dict[str, Stance | None], rules: _Compiled
) -> tuple[int, str, str | None, Stance | None] | None:
    """(colon, label, None, side) for a line opening with a name from the roster and a colon
    (after a question number or a title, "Q113 Tom Ashdown:"; before a note on who they are in
    brackets, "张建国（二房）："), else None."""
    colon = _colon(line)
    head = _TRAILING_NOTE.sub("", line[:colon].strip(" *_#>")) if colon is not None else ""
    # (a note in brackets on who the speaker is counts for no part of the label's length)
    if colon is None or len(_BRACKETED.sub("", head)) > rules.data.label_max_chars:
        return None
    handle = head.lstrip("@")
    for name, side in named.items():
        # a poster's reply to another, "@A 回复 @B：" (a note on who A is may stand between)
        rest = _LEADING_NOTE.sub("", handle[len(name) :]) if handle.startswith(name) else ""
        reply = rules.reply.fullmatch(rest.strip()) if rest else None
        if reply is not None:
            return colon, name, reply.group("target"), side
    for name, side in named.items():
        if head.endswith(name) and len(head) - len(name) <= 8:
            return colon, name, None, side
    return None


#: A note in brackets that ends a label ("（二房）", " (Chair)"): who the named speaker is.
_TRAILING_NOTE = re.compile(r"\s*[(（][^()（）]{1,40}[)）]$")
#: The same note right after the name, before what else the label says ("（会长）回复 @小李").
_LEADING_NOTE = re.compile(r"^\s*[(（][^()（）]{1,40}[)）]")


def _role_side(words: str, rules: _Compiled) -> Stance | None:
    """The side a role names when ``words`` are all of it ("for", "Opposition", "反方"), else None."""
    for side, pattern in rules.roles:
        found = pattern.match(words)
        if found is not None and found.end() == len(words):
            return side
    return None


def _turn_ends(text: str, blocks: list[Block], heads: list[tuple[Block, bool]], lang: Lang) -> list[int]:
    """Where each turn ends, given each turn's label line and whether it is a chair's.

    A turn runs to where the next turn starts, unless a line that heads what follows comes
    first: a heading, a caption that names a side (`heading_side`: a debate's bench over its
    speech, "SECOND OPPOSITION (Name)", "【反方结辩】", opens someone else's words), or, after a
    chair's label, any caption. Then (and for the last turn) it ends with the last line above
    that one. A chair's turn makes no claims, so one that ran on would lose what it swallows:
    the "Chair: X." or "Judge: X" line of a transcript's header speaks none of the speeches
    under the speakers' lines below it ("Proposition, second speaker (X)").
    """
    starts = [b.start for b in blocks]
    captions = [b for b in blocks if b.kind is BlockKind.CAPTION]
    sided = {b.start for b in captions if heading_side(text[b.start : b.end].strip(), lang) is not None}
    stops = {
        chair: [
            b.start
            for b in blocks
            if b.kind in _HEADS or (b.kind is BlockKind.CAPTION and (chair or b.start in sided))
        ]
        for chair in (False, True)
    }
    ends = []
    for k, (head, chair) in enumerate(heads):
        nxt = heads[k + 1][0].start if k + 1 < len(heads) else None
        after = bisect_right(stops[chair], head.start)
        stop = stops[chair][after] if after < len(stops[chair]) else None
        if nxt is not None and (stop is None or nxt <= stop):
            ends.append(nxt)
            continue
        last = bisect_left(starts, stop) - 1 if stop is not None else len(blocks) - 1
        ends.append(max(head.end, blocks[last].end))
    return ends


#: Lines that head what follows them: a turn does not run past one.
_HEADS = (BlockKind.TITLE, BlockKind.HEADING)


@cache
def _compiled(lang: Lang) -> _Compiled:
    data = load_data("turns", _TurnsData, lang.value)
    flags = re.IGNORECASE if lang is Lang.EN else 0

    def any_of(patterns: list[str]) -> re.Pattern[str]:
        return any_pattern(patterns, flags)

    roles = data.roles
    return _Compiled(
        data=data,
        roles=tuple(
            (side, any_of(getattr(roles, side.value))) for side in (Stance.PRO, Stance.CON, Stance.NEUTRAL)
        ),
        speakers=any_of(data.speakers),
        asker=any_of(data.asker),
        questioner=any_of(data.questioner),
        first=any_of(data.first),
        reply=re.compile(data.reply, flags),
        bare=re.compile(data.bare, flags),
        agree=any_of(data.agree),
        disagree=any_of(data.disagree),
        adds=any_of(data.adds),
        rebuts=any_of(data.rebuts),
        timestamp=re.compile(data.timestamp, flags),
        roster=re.compile(rf"^\s*(?P<label>{any_of(data.roster).pattern})\s*[:：]\s*(?P<names>.+)$", flags),
        headers=tuple(re.compile(p, flags) for p in data.headers),
        header_lead=re.compile(data.header_lead, flags),
        yes=any_of(data.answer_yes),
        no=any_of(data.answer_no),
        echo=re.compile(data.echo, flags),
        actions=tuple((re.compile(one, flags), re.compile(other, flags)) for one, other in data.actions),
        action_not=re.compile(data.action_not, flags),
        echo_not=re.compile(data.echo_not),
        not_names=re.compile(data.not_names, re.IGNORECASE),
        posts=any_of(data.posts),
        proposes=any_of(data.proposes),
        proposer=any_of(data.proposer),
        refuses=any_of(data.refuses),
        picks=tuple(re.compile(p, flags) for p in data.picks),
        disclaims=any_of(data.disclaims),
        challenges=any_of(data.challenges),
        fair=any_of(data.fair),
        doubts=any_of(data.doubts),
        thread_label=re.compile(data.thread_label),
        handle=re.compile(data.handle),
        not_thread_labels=re.compile(data.not_thread_labels, re.IGNORECASE),
    )


@component("argkg_turns")
class TurnComponent(Component):
    """spaCy component: the speaker turns of the text (``turns``), found once for the stages
    that read them (conclusions leave a turn's label out, claims take each turn's side)."""

    assigns = ("turns",)
    requires = ("blocks",)

    def find(self, parts: Parts) -> Parts:
        """Find the text's speaker turns."""
        return filled(parts, turns=find_turns(parts.text, parts.blocks, parts.lang))
