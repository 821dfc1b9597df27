"""Which side of the debated proposition a statement argues, from the argument's own cues.

Built for texts that do not label their sides line by line: an op-ed, a news piece, a
pros-and-cons article, a debate speech. `assign_sides` walks the statements of one debated
region in order and gives each a stance towards the region's proposition, combining, from the
strongest cue to the weakest:

1. a side the statement declares outright ("我支持装", "I oppose the plan", a ballot line "Vote NO
   on 4", a refusal "委员会认为目前还不宜批准") or the author's answer inside it ("I'd say no"); a
   label giving it as a claim the author refutes ("Myth: X", "误区:"): the other side than the
   author's, and one giving the author's answer ("Fact: Y", "真相:"): the author's side, unless
   the answer opens by granting the claim ("Fact: It is true that X"); then a side's
   voice anywhere in the statement ("反方则提醒", "advocates say", "companies fired
   back, arguing"), unless a contrast later in the statement answers it ("Critics claim X, but
   the data show the opposite": the statement argues the other side than the voice);
   A member's dissent from a body's decision ("Member Ode, dissenting: …") argues the other side
   than the section it stands in (or than the statement before it);
2. the side its section heading names ("好处", "Disadvantages");
3. the opponent's voice that `argkg.ingest.dialectic` found (a reported objection, a
   concession, a statement the next one answers): the other side of the author's; a
   statement that the next one turns from ("On the other hand, ...") is not taken for the
   opponent's by that turn alone: the turn goes to the other side than its own;
   a reported voice whose verb names a side ("some schools worry that…") and that no contrast
   in the statement answers takes that side, in the author's own text too; a question or view
   the other party puts to the author with no side named ("Parents have asked whether…",
   "有的业主说…") takes the other side without carrying it on: what follows answers it;
4. for a text whose author only reports the sides of a stated proposition (a motion, a
   pros-and-cons title, a question, and no thesis of their own), the evaluative polarity of
   the statement: words that say the debated thing helps or harms ("好处", "弊端",
   "advantage", "risk"), a negator just before a word flips it, and so does a proposition that
   does away with what the statement speaks of ("取消排名" and "排名的坏处不少": pro);
   A reported voice that answers the statement before ("X replied that…") takes the other side
   than it; one whose subject is a pronoun ("He added that…") goes on with its side; an
   interviewer's challenge ("记者:可是…", "Q: But…") takes the other side than the answer before.
   In a chat or show whose labelled lines no turn holds, a speaker who spoke before keeps their
   side, until they say they changed their mind ("我改主意了", "I've changed my mind"): the
   other side from there on; a new speaker opens on the side their words evaluate.
5. a contrast opener right after the author's own verdict (a conclusion: "I agree that X.
   However, Y"): a reservation, the other side; a fault named in what was argued just before
   ("The trouble is that…", "My worry is…"): the other side;
6. what the statement says the proposal will bring (`Statement.prospect`: "it would add £400 a
   year", "一旦拆了就回不去了"): a cost, a loss, a lack or no way back argues against it wherever
   the statement stands, without carrying that side on to the statements after it, while a
   harm of the present state stays with the side that wants the change;
   what the statement evaluates once the region argues (`Statement.toward`: a drawback of the
   product the author recommends, a cost of the ban the proposition lifts): that side, over its
   place in the layout (the block after the thesis, "一方面…"), which the steps below read;
   the author taking the word again (a conclusion, "因此", "Therefore", a first-person view,
   "我认为", "I believe"): the author's side; a switch ("另一方面", "On the other hand"): the
   other side than the statement before, across a paragraph break too; a contrast opener
   ("但是", "However") after the other side: back to the author's side;
7. inheritance: the side of the statement before it (at a paragraph's start, the author's:
   the side their block's own verdict declares (a letter, a reply, a party's statement), else
   pro unless their thesis argues against the proposition, or, for a paragraph that adds to
   the one before, "And…", "Second, …", "此外…", that one's side); after a statement that announces
   the other side's case ("Let me begin with what the critics of X get right", "先说说反对者
   的理由"), the other side than the author's, to the end of the next paragraph (of its own
   paragraph when the case follows it there: "We have heard the objections. X. Y.").

A statement before anything in the region argues (no voice, no evaluation word, no cue of an
opinion such as "should", "因为", "我认为", and not the region's most central one) is neutral:
it argues nothing (a news lead, a scene-setting opening; only in the region's first paragraph
where the author argues or the text states the proposition it reports on), unless the next statement of its
paragraph adds to it ("also", "此外") and takes a side: then it argued that side; or the next
paragraph turns from it with a contrast ("But…", "可是…"): then it argued the author's side and
the contrast the other, from which the region argues on. Where the text states the proposition
(a call-in, a thread, a Q&A, a news report, a post), the lead is the opening paragraph that puts
the question: a speaker's statement after it argues (their turn's side, else the side argued
before it in its paragraph, else the author's) unless it only informs or is procedural. The cues
are data (``ingest/data/<lang>/sides.yaml``). `polarity` scores a proposition's own evaluative polarity
(for English also with the VADER lexicon), which tells a question asked the con side's way.
Not checked: irony, sides voiced by names alone ("Smith says...").
"""

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache, partial

from pydantic import BaseModel, ConfigDict
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from argkg.ingest.dialectic import concedes
from argkg.ingest.lexicon import alternation, any_pattern, load_data
from argkg.ingest.memo import per_document
from argkg.ingest.prefilter import Prefiltered, ScreenedList
from argkg.schema.vocabulary import Lang, Stance

__all__ = [
    "restated_side",
    "Statement",
    "assign_sides",
    "argues_nothing",
    "voices",
    "declared",
    "answered",
    "conceded_side",
    "contrasted",
    "heading_side",
    "answers_voice",
    "proposes_keeping",
    "problems_heading",
    "reply_label",
    "byline",
    "evaluation",
    "polarity",
    "tone",
    "tone_side",
    "argues",
    "argues_as_author",
    "negated",
    "rejected",
    "answer_side",
    "verdict_side",
    "is_procedural",
    "states_rule",
    "sets_procedure",
    "instructs",
    "abstains",
    "is_step",
    "opens_with_contrast",
    "labelled",
    "kept_side",
    "keeps",
    "other_side",
    "grants",
]


class _Sides(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    pro: list[str]
    con: list[str]


class _Evaluation(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    positive: list[str]
    negative: list[str]
    negators: list[str]
    diminishers: list[str] = []
    not_negators: list[str] = []
    post_negators: list[str] = []
    # how many words may stand between a word and a post_negator ("problem gambling fall")
    post_gap: int = 0
    window: int
    # a verb that says what a thing brings about ("X会使Y", "X导致Y"): only its effect Y is scored
    causes: list[str] = []


class _SidesData(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    voices: _Sides
    declared: _Sides
    headings: _Sides
    problems: list[str] = []
    reply_labels: list[str] = []
    bylines: list[str] = []
    evaluation: _Evaluation
    contrast: list[str]
    continues: list[str]
    rejoinders: list[str]
    replies: list[str]
    turning: list[str] = []
    switch: list[str]
    faults: list[str] = []
    dissents: list[str] = []
    changes: list[str]
    rejects: list[str]
    myths: list[str]
    facts: list[str]
    answers: _Sides
    verdicts: _Sides
    announces: list[str]
    adds: list[str]
    carries: list[str]
    points: list[str]
    numbering: list[str] = []
    agrees: list[str]
    author: list[str]
    argues: list[str]
    consequences: list[str]
    normative: list[str]
    steps: list[str]
    grants: list[str] = []
    provisos: list[str] = []
    raised: list[str] = []
    keeps: list[str] = []
    keep_words: list[str] = []
    pointers: list[str] = []
    ends: list[str] = []
    end_words: list[str] = []
    procedural: list[str]
    opposites: list[tuple[str, str]] = []
    notices: list[str] = []
    rules_in_force: list[str] = []
    procedures: list[str] = []
    instructions: list[str] = []
    imperatives: list[str] = []
    abstains: list[str] = []
    lead_ins: list[str] = []
    procedural_max_chars: int
    label_max_chars: int


@dataclass(frozen=True)
class _Sided:
    """Cues of either side, all searched in each sentence: screened together (`ScreenedList`)."""

    cues: ScreenedList
    sides: tuple[Stance, ...]  # each cue's side

    def found(self, sentence: str) -> list[tuple[int, Stance]]:
        """(where it begins, its cue's side) for every match of each cue in ``sentence``, cue by
        cue."""
        return [(found.start(), self.sides[index]) for index, found in self.cues.finditer(sentence)]


@dataclass(frozen=True)
class _Compiled:
    data: _SidesData
    voices: _Sided
    declared: _Sided
    headings: tuple[tuple[Stance, Prefiltered], ...]
    words: Prefiltered  # the evaluation words: a long alternation, screened
    polarity: dict[str, int]
    negators: re.Pattern[str]
    flips: re.Pattern[str]
    diminishers: re.Pattern[str]
    causes: Prefiltered
    contrast: Prefiltered
    continues: Prefiltered
    rejoinders: Prefiltered
    replies: Prefiltered
    turning: Prefiltered
    switch: Prefiltered
    faults: Prefiltered
    dissents: Prefiltered
    changes: Prefiltered
    rejects: Prefiltered
    myths: Prefiltered
    facts: Prefiltered
    answers: tuple[tuple[Stance, Prefiltered], ...]
    verdicts: _Sided
    announces: Prefiltered
    adds: Prefiltered
    carries: Prefiltered
    points: Prefiltered
    numbering: Prefiltered
    agrees: Prefiltered
    author: Prefiltered
    argues: Prefiltered
    consequences: Prefiltered
    normative: Prefiltered
    steps: Prefiltered
    problems: Prefiltered
    reply_labels: Prefiltered
    bylines: Prefiltered
    grants: Prefiltered
    provisos: Prefiltered
    raised: Prefiltered
    keeps: Prefiltered
    keep_words: Prefiltered
    pointers: Prefiltered
    ends: Prefiltered
    end_words: Prefiltered
    procedural: Prefiltered
    notices: Prefiltered
    rules_in_force: Prefiltered
    procedures: Prefiltered
    instructions: Prefiltered
    imperatives: Prefiltered
    abstains: Prefiltered
    lead_ins: Prefiltered


@dataclass(frozen=True)
class Statement:
    """One statement of a debated region, as `assign_sides` needs it.

    Attributes:
        text: the statement.
        paragraph: an id shared by the statements of one paragraph (line).
        opponent: the dialectic component found it voices the opponent.
        heading: the side its section heading names, or None.
        central: it is the region's most central statement (the author's thesis): never
            neutral.
        after_verdict: it comes right after one of the author's conclusions.
        turn: the speaker's turn it belongs to (`argkg.ingest.turns`), None outside turns: a
            new turn starts afresh, never inheriting the side of the turn before.
        speaker: the side of its turn's speaker, when known: the author's side in that turn.
        voice: the side of the voice it reports (`argkg.ingest.voices`; neutral for a voice
            that only informs), None when it reports none.
        relative: the side it names towards the proposition ("the case against X"), or None.
        toward: the side its evaluation of the proposition's target takes
            (`argkg.ingest.voices.target_side`), or None: where nothing before it argues, it
            argues that side rather than the author's.
        warned: the side its reported voice takes by what it does (`argkg.ingest.voices.named_side`:
            its verb, "担心", "warned": con; keeping what a change would end), or None:
            unless a contrast in it answers the voice, it takes that side against the one the
            region argues at this point, in the author's own text too.
        block: the side its block's own verdict declares (a letter's "我支持…", a decision's
            "I uphold this complaint"), or None: the author's side within that block, wherever
            the verdict stands in it.
        direction: -1 when the proposition negates what the statement speaks of ("取消期末排名"
            and "排名的坏处不少"), else 1: its benefit and harm words then argue the other way
            (`argkg.ingest.voices.direction`).
        harmful: the proposition itself says the debated thing harms ("A tasting menu is a poor
            deal", `evaluation` below zero): a harm word after a turning contrast then argues for
            it (`_turned`).
        opposing: its reported voice is the party the author argues against (the addressee of a
            reply, "You claim that…", "贵司另称…"; `argkg.ingest.voices.opposes`): in a text whose
            author argues, the other side than the author's, whatever its words.
        about: it speaks of the proposition's target (shares its content words,
            `argkg.ingest.voices.bears_on`): before the author's thesis, it argues (`_before_thesis`).
        counter: the side of another course it urges in the imperative (`argkg.ingest.voices.counter_side`:
            "Then spend it on the buses", con), or None: read as ``prospect`` is.
        prospect: the side of what it says the proposal will bring (`argkg.ingest.voices.prospect_side`:
            a cost, a loss, a lack or no way back, "it would add £400 a year": con), or None: where
            no side's voice, heading or declared side speaks, that side over the one its place gives.
        conceded: the side the clause it concedes declares (`conceded_side`: "我们赞同这个思路，
            但…"), or None: the statement argues the other side, whatever its place gives.
        leaning: the side the opening of its contribution takes by its tone (`tone_side`: a reply
            in a thread that opens "This plan punishes the careful ones"), where the contribution
            declares none and is not the author's own (`argkg.ingest.claims`), or None: its
            default side, over the author's.
    """

    text: str
    paragraph: int
    opponent: bool
    heading: Stance | None
    central: bool = False
    after_verdict: bool = False
    turn: int | None = None
    speaker: Stance | None = None
    voice: Stance | None = None
    relative: Stance | None = None
    toward: Stance | None = None
    warned: Stance | None = None
    block: Stance | None = None
    direction: int = 1
    harmful: bool = False
    opposing: bool = False
    about: bool = False
    prospect: Stance | None = None
    counter: Stance | None = None
    conceded: Stance | None = None
    leaning: Stance | None = None


def other_side(stance: Stance) -> Stance:
    """Pro for con and con for pro (neutral stays neutral)."""
    return {Stance.PRO: Stance.CON, Stance.CON: Stance.PRO}.get(stance, stance)


def assign_sides(
    statements: Sequence[Statement],
    lang: Lang,
    *,
    author: Stance,
    reporting: bool,
    argued: bool = False,
    debated: bool = False,
    stated: bool = False,
) -> list[Stance]:
    """The stance of each statement towards its region's proposition (see the module docstring).

    Args:
        statements: the region's statements in text order.
        lang: their language.
        author: the side the author argues (pro unless their thesis argues against it).
        reporting: the author only reports the sides of a stated proposition (a motion, a
            pros-and-cons title, a question, and no thesis): evaluation words decide where no
            voice does.
        argued: the author stated their thesis before the region (a brief's "Key findings"
            after its summary): the region argues from its first statement on, none of its
            statements is a neutral lead.
        debated: the author's thesis on the region's proposition argues; with it, or with a
            statement that takes a side in so many words (`_takes_sides`), the lead ends with the
            region's first paragraph: a recipe or a notice without either stays unargued throughout.
        stated: the region debates a proposition the text states (a motion, a question, an
            agenda item): in a report of it, too, the lead ends with the region's first
            paragraph, and a later statement with no cue of its own argues the side argued at
            its place (the reasons and evidence a meeting's or a thread's speakers give), not
            nothing, unless some statement reports a voice (a news report, whose own lines
            between its voices inform).

    Returns:
        One stance per statement.
    """
    rules = _compiled(lang)
    statements = [_unnumbered(s, rules) for s in statements]
    result: list[Stance] = []
    current: Stance | None = author if argued else None
    paragraph: int | None = None
    turn: int | None = None
    announced = False  # the other side's announced case runs on into the next paragraph
    owned: Stance | None = None  # the side the author last declared in their own words
    spoken: list[tuple[str, Stance]] = []  # a speaker's label and the side their turn opened on
    speaking: str | None = None  # the label of the turn that no turn holds, while it runs
    unargued: set[int] = set()  # statements left unsided because nothing before them argues
    own: list[bool] = []  # per statement: its own words give its side, not its place (`_led`)
    # the author argues somewhere: after the lead paragraph, a plain statement is their evidence
    arguing = not reporting and (debated or _takes_sides(statements, lang))
    # a report on a stated proposition whose statements report no voice (a meeting's record, a
    # thread): its speakers' statements argue; a news report's own lines between its voices inform
    spoken_for = reporting and stated and all(s.voice is None for s in statements)
    granting = [_grants(s.text, rules, lang) for s in statements]  # read once: `_after_grant` asks often
    answered: Stance | None = None  # the other side's heading the author has begun to answer under it
    opened = 0  # the paragraph where the statements under the current heading begin
    professed: int | None = None  # the paragraph where the author last gave their own view
    for i, statement in enumerate(statements):
        if i == 0 or statements[i - 1].heading is not statement.heading:
            opened = statement.paragraph
        answered = _answered_heading(statement, answered, author, rules, later=statement.paragraph != opened)
        if answered is not None:
            statement = replace(statement, heading=None)  # the author's answer, not the heading's case
        default = statement.heading or statement.speaker or statement.block or statement.leaning or author
        following = statements[i + 1].text.strip() if i + 1 < len(statements) else ""
        rebutted = bool(following) and rules.contrast.search(following) is not None
        # a voice the author grants first and answers right after ("文章说 X。Y 确实存在。但…")
        later = statements[i + 2] if i + 2 < len(statements) else None
        rebutted = rebutted or (
            statement.voice is not None
            and later is not None
            and later.paragraph == statement.paragraph
            and rules.contrast.search(later.text.strip()) is not None
        )
        opening = statement.text.strip()
        new_turn = statement.turn != turn
        if new_turn:
            turn, paragraph, current, owned = statement.turn, statement.paragraph, statement.speaker, None
        # a paragraph opened by a speaker's label ("生2:", "Q:") that no turn holds starts a turn too
        label = _LABEL.match(opening) if statement.paragraph != paragraph else None
        if label is not None and rules.lead_ins.search(label.group(0)):
            label = None  # "调整的理由如下：…" introduces its paragraph's points, no speaker's
        if label is not None or statement.paragraph != paragraph:
            speaking = label.group(0) if label is not None else None
        # a paragraph that adds to the one before ("And…", "Second, …", "此外…") goes on with the
        # side the author declared there (not with a side the author only reported or granted)
        carried = owned is not None and current is owned and rules.carries.search(statement.text.strip())
        if statement.paragraph != paragraph and not carried:
            # the lead (a news opening, the change a post reacts to) is the region's first
            # paragraph: from the next one on, an author who argues argues, whether or not a
            # statement before gave a cue of it
            # (in a report on a stated proposition whose sides no reported voice carries too)
            # (and a paragraph of a contribution whose own verdict or header declares its side, a
            # review under its rating: its contributor argues that side from its first words)
            argued_here = (
                current is not None
                or statement.block is not None
                or statement.leaning is not None
                or ((arguing or spoken_for) and paragraph is not None)
            )
            paragraph, current = statement.paragraph, (default if argued_here else None)
            current, announced = (other_side(default) if announced else current), False
        if _answers_question(statements, result, i, default):
            current = default  # "有人会问：X？" answered by the author's next statement
        paragraph = statement.paragraph
        answering = _answering_turn(statement, result, spoken, rules) if new_turn or label else None
        current = answering or current
        if label is not None and answering is None:
            # a speaker who spoke before goes on with their side where nothing stronger speaks;
            # a new one opens on the side their words evaluate the debated thing ("周妈妈:…走过场")
            current = (
                _last_side(label.group(0), spoken) or _evaluated(opening[label.end() :], lang) or current
            )
        if following and rules.switch.search(following):
            statement = replace(statement, opponent=False)  # the side the next one turns from
        before = result[-1] if result and result[-1] is not Stance.NEUTRAL else current
        if new_turn:
            # a turn that opens by answering ("Counterpoint: …", "I disagree") answers what was said
            # before it, never its own speaker's side, after a reply that argued nothing too
            before = next((s for s in reversed(result) if s in (Stance.PRO, Stance.CON)), current)
        args = (default, current, before, rules, lang)
        granted = _after_grant(statements, granting, i)
        pointed = answers_voice(statements, i, lang)

        if statement.paragraph == professed:
            # after the author's own view in its paragraph ("I back the plan. Book the hall
            # early…"), an imperative tells how to carry it out: no counter-proposal
            statement = replace(statement, counter=None)
        if statement.central or rules.author.search(opening) or declared(statement.text, lang):
            professed = statement.paragraph
        # `_side` with what this statement's place decides (its place, as `args`, is given per call)
        read = partial(_side, reporting=reporting, rebutted=rebutted, granted=granted, pointed=pointed)
        side = read(statement, *args)
        mirrored = (other_side(default), _other(current), _other(before), rules, lang)
        raw = side
        if answering is not None and not _answers(statement.text, lang) and not voices(statement.text, lang):
            side = answering
        changed = _changed_mind(statement, speaking, spoken, rules)
        side = changed or side
        if changed is None and _turns_from_lead(statements, i, unargued, rules):
            # "X saves two hours a day. But the rent is higher.": the lead the contrast answers
            # argued the author's side, the contrast the other one, and the region argues from here
            result[i - 1], side = default, other_side(default)
            unargued.discard(i - 1)
        if side is None and current is None:
            unargued.add(i)
        # a reported voice's side is its own (unless a side speaks in it, "advocates say"): it
        # does not spread to the statements after it; the author's own answer does ("As for the
        # loan, I would say no")
        heard = statement.voice is not None and not voices(statement.text, lang)
        heard = heard and not _answers(statement.text, lang)
        # nor does the other party's question or view put to the author with no side named
        # ("Parents have asked whether…", "有的业主说…"): the author answers it next (where its
        # backing runs on up to a reply, the dialectic component marks that the opponent's too)
        raised = rules.raised.search(statement.text) is not None
        heard = heard or (statement.opponent and side is other_side(default) and raised)
        # nor does a side the statement takes only by leaning to it (`_leaning`): the region
        # now argues, the author's side
        leaned = (
            current is None
            and _leaning(statement, default) is not None
            and side != read(replace(statement, toward=None), *args)
        )
        # nor does a side the statement takes only by what it says the proposal will bring or by
        # the other course it urges: a cost named in passing does not turn the speaker's case
        heard = heard or (
            (statement.prospect or statement.counter) is side
            and side != read(replace(statement, prospect=None, counter=None), *args)
        )
        # the other party's case ("You claim that…") is what the author answers next: their side
        answered_party = statement.opposing and not reporting
        current = (
            default if leaned or answered_party else (side if side is not None and not heard else current)
        )
        if side is not None and _answers(statement.text, lang) and not voices(statement.text, lang):
            owned = side
        if rules.announces.search(statement.text):  # "what the critics get right": their case follows
            # to the end of the next paragraph when the announcement ends its own; else the rest
            # of its paragraph is the case ("We have heard the objections. X. Y.")
            last = i + 1 == len(statements) or statements[i + 1].paragraph != statement.paragraph
            current, announced = other_side(default), last
        sided = side in (Stance.PRO, Stance.CON)
        if speaking is not None and (label is not None or changed is not None) and side is not None and sided:
            spoken.append((speaking, side))
        result.append(side or Stance.NEUTRAL)
        # its own words give its side when the side its place gives, turned round, does not change it
        # (read again only for a side the statement kept as it read it)
        own.append(side is raw and sided and read(statement, *mirrored) is side)
    result = _led(statements, result, own, unargued, lang, reporting=reporting)
    unargued = {i for i in unargued if result[i] is Stance.NEUTRAL}
    result = _added_to(statements, result, unargued, rules)
    result = _granted(statements, result, rules, lang)
    result = _before_thesis(statements, result, unargued) if not reporting else result
    # where the text states the proposition (a report of it too), its speakers and posters argue
    result = _turn_leads(statements, result, unargued, lang) if arguing or stated else result
    result = _spoken_leads(statements, result, unargued, author, lang) if stated else result
    return _placed_only(statements, result, own, lang)


def _unnumbered(statement: Statement, rules: _Compiled) -> Statement:
    """``statement`` without the section number that opens its paragraph ("4.3 Those in favour
    argue…", "[12] The respondent says…"): a report's, a paper's or a judgment's paragraphs are
    numbered, and the cues that read a sentence's opening ("Those in favour", "However") stand
    after the number. A numbered point ("2. The costs are too high.", ``points``) keeps its number,
    which states its paragraph's side as a heading would."""
    found = rules.numbering.search(statement.text)
    return statement if found is None else replace(statement, text=statement.text[found.end() :])


def _placed_only(
    statements: Sequence[Statement], result: list[Stance], own: Sequence[bool], lang: Lang
) -> list[Stance]:
    """``result`` with each statement that only informs (`informs`: an arrangement, a procedure
    and its time limit, a rule in force, an abstention; or a working instruction, `instructs`, that
    does not speak of the proposition's target) and whose side only its place gave (the
    side before it, its paragraph's, its speaker's, its section heading's or its decision part's;
    not its own words: ``own``) read neutral.

    A careful reader does not count "Objections must reach the clerk within 14 days" or "按规定，
    会员须提前一周预约" for the side argued around it: the line tells how things are done, whoever
    wins. Its own side stays where its words give it (a declared side, an evaluation of the
    target, a prospect), and a reported voice, the opponent's statement, the other party's case
    and the author's thesis keep theirs.
    """
    sided = list(result)
    # a bare imperative instructs beside another instruction, bare or marked ("Check X. Never do Y.")
    any_kind = [instructs(s.text, lang, run=True) for s in statements]
    for i, statement in enumerate(statements):
        run = any(any_kind[j] for j in (i - 1, i + 1) if 0 <= j < len(statements))
        if (
            result[i] in (Stance.PRO, Stance.CON)
            and (not own[i] or result[i] is statement.heading)
            and statement.voice is None
            and not statement.central
            and not statement.opponent
            and not statement.opposing
            and statement.toward is None
            and statement.prospect is None
            and (
                informs(statement.text, lang)
                or (instructs(statement.text, lang, run=run) and not statement.about)
            )
        ):
            sided[i] = Stance.NEUTRAL
    return sided


def _answered_heading(
    statement: Statement, answered: Stance | None, author: Stance, rules: _Compiled, *, later: bool
) -> Stance | None:
    """The heading side the author answers under at ``statement``: ``answered`` (the one answered so
    far) while the statement stays under it, else the statement's own heading when that names the
    other side than the author's and the statement, ``later`` than the section's first paragraph,
    turns from it ("But…", "但…") or speaks in the author's voice ("We believe…", "因此…"), else None.

    A section of the other side's case ("Objections we looked at", "Disadvantages") often ends
    with the author's answer to it: from the statement that turns on, to the end of the section,
    the statements argue the author's side, not the heading's. A turn in the section's first
    paragraph is the other side's own ("REBUTTAL TO THE ARGUMENT IN FAVOR": "Nobody is against X.
    But…"): it has stated no case yet that the author could answer.
    """
    heading = statement.heading
    if heading is None or heading is author:
        return None
    if answered is heading:
        return answered
    if not later:
        return None
    opening = statement.text.strip()
    turns = rules.turning.search(opening) is not None or rules.author.search(opening) is not None
    return heading if turns else None


def _other(stance: Stance | None) -> Stance | None:
    """`other_side` of ``stance``, None for None."""
    return None if stance is None else other_side(stance)


def _led(
    statements: Sequence[Statement],
    result: list[Stance],
    own: Sequence[bool],
    unargued: set[int],
    lang: Lang,
    *,
    reporting: bool,
) -> list[Stance]:
    """``result`` with the statements of a paragraph before its first statement whose own words
    give a side (``own``: a declared side, a side's voice, an evaluation of the target, a heading;
    not a side its place gives) taking the side those statements argue from there (`_point`): the
    facts and reasons that lead up to a point argue the point ("Fees went up twice. Half the
    members left. The rise was a mistake."), where they would otherwise take the side the
    paragraph opened on (the author's) or none.

    Not across a contrast or a switch ("But…", "On the other hand…") before that statement, which
    turns from what came before; not for the author's thesis, a reported voice or the opponent's
    statement, whose sides are their own; not from a reported voice that only informs or the
    opponent's statement; not for a statement left unsided that only informs or is procedural
    (the positive evidence that it argues nothing); and not in a speaker's turn
    (`argkg.ingest.turns`) or a paragraph a speaker's label opens ("Dr Lee: …"), where a
    speaker's own rules apply.
    """
    rules = _compiled(lang)
    sided = list(result)
    start = 0
    for i, statement in enumerate(statements):
        if i > 0 and statement.paragraph != statements[i - 1].paragraph:
            start = i
        heard = statement.voice is not None and not voices(statement.text, lang)
        if not own[i] or any(own[start:i]) or statement.opponent or heard or labelled(statements[start].text):
            continue
        if any(not _leads_up(statements[k], statements[k + 1], rules, lang) for k in range(start, i)):
            continue
        point = _point(statements, result, own, i, lang, reporting=reporting)
        for k in range(start, i):
            unsided = k in unargued
            text = statements[k].text
            neutral = unsided and (informs(text, lang) or is_procedural(text, lang))
            if point is not None and not neutral and (unsided or result[k] is not Stance.NEUTRAL):
                sided[k] = point
    return sided


def _point(
    statements: Sequence[Statement],
    result: Sequence[Stance],
    own: Sequence[bool],
    i: int,
    lang: Lang,
    *,
    reporting: bool,
) -> Stance | None:
    """The side the statements whose own words give one argue from statement ``i`` to the end of its
    paragraph or the next contrast or switch ("But…"), by weighted majority, or None on a tie or
    without one: a declared side or the author's answer counts twice; an evaluation of the target
    counts once, and only where the author reports the sides (``reporting``): in the author's own
    argued text, a drawback after their reasons is a concession, and the reasons before it stay
    the author's."""
    rules = _compiled(lang)
    weights = {Stance.PRO: 0, Stance.CON: 0}
    for j in range(i, len(statements)):
        here = statements[j]
        if here.paragraph != statements[i].paragraph or (j > i and _turns_away(here.text, rules)):
            break
        if own[j] and result[j] in weights:
            weights[result[j]] += 2 if _answers(here.text, lang) else int(reporting)
    if weights[Stance.PRO] == weights[Stance.CON]:
        return None
    return Stance.PRO if weights[Stance.PRO] > weights[Stance.CON] else Stance.CON


def _turns_away(sentence: str, rules: _Compiled) -> bool:
    """Whether ``sentence`` opens with a contrast or a switch ("But…", "On the other hand…")."""
    opening = sentence.strip()
    return rules.contrast.search(opening) is not None or rules.switch.search(opening) is not None


def _leads_up(statement: Statement, following: Statement, rules: _Compiled, lang: Lang) -> bool:
    """Whether ``statement`` may argue the point its paragraph comes to after it (`_led`): the
    author's own words outside a speaker's turn, not the opponent's, not the author's thesis nor
    a view they give as theirs ("I think…", whose side is the author's), and ``following`` does not
    turn away from it with a contrast or a switch."""
    return (
        statement.turn is None
        and following.turn is None
        and statement.voice is None
        and not statement.central
        and not statement.opponent
        and not statement.opposing
        and not argues_as_author(statement.text, lang)
        and not _turns_away(following.text, rules)
    )


def _before_thesis(statements: Sequence[Statement], result: list[Stance], unargued: set[int]) -> list[Stance]:
    """``result`` with the statements left unargued before the author's thesis (the reasons a
    submission or a note gives before its recommendation) argued, paragraph by paragraph: a
    paragraph before the thesis one of whose statements speaks of the proposition's target
    (`Statement.about`) gives its reasons, each of its unargued statements takes the side its words
    evaluate of the target (`Statement.toward`), else the thesis's side; a paragraph that never
    names the target stays a lead (a scene set, a greeting). Without a marked thesis, the first
    statement the region argues in the author's words stands for it, and only its own paragraph
    gives its reasons (an essay's opening that reports the debate stays a lead). Reported voices
    keep their own reading."""
    central = next((i for i, s in enumerate(statements) if s.central), None)
    sided_at = (
        i for i, s in enumerate(statements) if result[i] in (Stance.PRO, Stance.CON) and s.voice is None
    )
    thesis = central if central is not None else next(sided_at, None)
    if thesis is None:
        return result
    sided = list(result)
    bearing = {s.paragraph for s in statements[:thesis] if s.about and s.voice is None}
    if central is None:
        bearing &= {statements[thesis].paragraph}  # only the first claim's own paragraph gives its reasons
    for i in sorted(unargued):
        statement = statements[i]
        if i < thesis and statement.paragraph in bearing and statement.voice is None:
            sided[i] = statement.toward or result[thesis]
    return sided


def _turn_leads(
    statements: Sequence[Statement], result: list[Stance], unargued: set[int], lang: Lang
) -> list[Stance]:
    """``result`` with each statement that opens a speaker's turn before any cue of a side (a
    caller's story before their point) taking the side of the first sided statement of the same
    turn, not a reported voice's: a speaker argues one side, from their first words on. Not for a
    statement that only informs (`informs`), nor for a reported voice or the opponent's."""
    sided = list(result)
    for i in sorted(unargued):
        statement = statements[i]
        if (
            statement.turn is None
            or statement.voice is not None
            or statement.opponent
            or informs(statement.text, lang)
        ):
            continue
        later = (
            result[j]
            for j in range(i + 1, len(statements))
            if statements[j].turn == statement.turn and statements[j].voice is None
        )
        sided[i] = next((side for side in later if side in (Stance.PRO, Stance.CON)), sided[i])
    return sided


def _spoken_leads(
    statements: Sequence[Statement], result: list[Stance], unargued: set[int], author: Stance, lang: Lang
) -> list[Stance]:
    """``result`` with each statement still unargued after the region's first paragraph where
    the text states the proposition (a call-in, a thread, a Q&A, a meeting's record, a news
    report between its voices, a post) taking the side argued before it in its paragraph, else
    its own default side (its heading's, its speaker's, its block's verdict, the author's): the
    question is put in the opening paragraph, and what the callers and posters say after it
    argues, the facts and stories they tell too. Not for a statement that only informs
    (`informs`) or argues nothing by its form (`is_procedural`), the positive evidence of a
    neutral reading, nor for a reported voice or the opponent's statement, whose side is their
    own."""
    sided = list(result)
    first = statements[0].paragraph if statements else None
    for i in sorted(unargued):
        statement = statements[i]
        if (
            statement.paragraph == first
            or result[i] is not Stance.NEUTRAL
            or statement.voice is not None
            or statement.opponent
            or informs(statement.text, lang)
            or is_procedural(statement.text, lang)
        ):
            continue
        earlier = (
            sided[j]
            for j in range(i - 1, -1, -1)
            if statements[j].paragraph == statement.paragraph and sided[j] in (Stance.PRO, Stance.CON)
        )
        default = statement.heading or statement.speaker or statement.block or author
        sided[i] = next(earlier, default)
    return sided


def _takes_sides(statements: Sequence[Statement], lang: Lang) -> bool:
    """Whether a statement of the region takes a side in so many words: a declared side or
    verdict, the author's own view ("我觉得", "I believe"), a contrast or a concession, a side's
    voice, the other side's case announced ("There are costs."). "Should" and "一定要" alone do
    not: a how-to's steps and a notice's rules use them."""
    rules = _compiled(lang)
    return any(
        rules.announces.search(s.text) is not None
        or declared(s.text, lang) is not None
        or verdict_side(s.text, lang) is not None
        or argues_as_author(s.text, lang)
        or contrasted(s.text, lang)
        or concedes(s.text, lang)
        or voices(s.text, lang)
        for s in statements
    )


def _turns_from_lead(statements: Sequence[Statement], i: int, unargued: set[int], rules: _Compiled) -> bool:
    """Whether statement ``i`` opens a new paragraph (a diary's or a post's next line) with a
    contrast ("But…", "可是…") right after a statement left unsided because nothing before it
    argued (a lead line with no cue of an opinion): the contrast turns from what that line said,
    so the two argue opposite sides. Not inside one paragraph, where a contrast after a
    background sentence frames the author's own view (an essay's opening: "X matters. But it
    is hard to find."), nor for reported voices, whose sides are their own."""
    statement = statements[i]
    return (
        i - 1 in unargued
        and statements[i - 1].paragraph != statement.paragraph
        and statement.voice is None
        and statements[i - 1].voice is None
        and rules.contrast.search(statement.text.strip()) is not None
    )


def _answering_turn(
    statement: Statement, result: Sequence[Stance], spoken: Sequence[tuple[str, Stance]], rules: _Compiled
) -> Stance | None:
    """The side a turn of a speaker whose side is unknown takes by answering what was said before:
    the other side than the last sided statement when it opens with a contrast or a disagreement
    ("可是…", "But…", "我不太同意…", "I disagree"), the side of an earlier speaker it agrees
    with by name ("我同意小王。", "I agree with Sam."; ``spoken``: each earlier labelled turn's
    label and side); else None. The turn argues that side from its first statement on."""
    opening = _LABEL.sub("", statement.text.strip(), 1)
    if statement.speaker is not None:
        return None
    agreed = rules.agrees.search(opening)
    if agreed is not None:
        name = agreed.group("name").strip()
        return next((side for label, side in reversed(spoken) if name in label), None)
    last = next((side for side in reversed(result) if side in (Stance.PRO, Stance.CON)), None)
    answers = rules.contrast.search(opening) is not None or rules.switch.search(opening) is not None
    return other_side(last) if answers and last is not None else None


def _answers_question(
    statements: Sequence[Statement], result: Sequence[Stance], i: int, default: Stance
) -> bool:
    """Whether statement ``i`` answers the other side's question just before it, in its paragraph.

    A question that argues the other side ("还有家长问：…能顾得过来吗？", "Isn't it just…?", or
    one more after it) is answered by the author's next statement that asks nothing: that one
    argues the author's side again, where it would otherwise go on with the question's.
    """
    if i == 0 or result[i - 1] is not other_side(default) or statements[i].turn != statements[i - 1].turn:
        return False
    before, here = statements[i - 1], statements[i]
    asked = before.text.rstrip().endswith(("?", "？"))
    return asked and before.paragraph == here.paragraph and not here.text.rstrip().endswith(("?", "？"))


def _last_side(label: str, spoken: Sequence[tuple[str, Stance]]) -> Stance | None:
    """The side the speaker of ``label`` took last among the labelled turns ``spoken``, if any."""
    return next((side for said, side in reversed(spoken) if said == label), None)


def _evaluated(text: str, lang: Lang) -> Stance | None:
    """The side ``text`` takes by its evaluation words alone (`evaluation`), or None."""
    score = evaluation(text, lang)
    return None if not score else Stance.PRO if score > 0 else Stance.CON


def _changed_mind(
    statement: Statement, speaking: str | None, spoken: Sequence[tuple[str, Stance]], rules: _Compiled
) -> Stance | None:
    """The other side than the one the labelled speaker took before, when the statement says
    they changed their mind ("我改主意了", "I've changed my mind"); else None. In a chat or a
    show whose turns no `argkg.ingest.turns` rule took, a speaker may cross over halfway."""
    if speaking is None or statement.speaker is not None or not rules.changes.search(statement.text):
        return None
    earlier = _last_side(speaking, spoken)
    return other_side(earlier) if earlier is not None else None


def _answers(sentence: str, lang: Lang) -> bool:
    """Whether ``sentence`` declares a side or gives the author's answer (`declared`, `verdict_side`)."""
    return declared(sentence, lang) is not None or verdict_side(sentence, lang) is not None


def _added_to(
    statements: Sequence[Statement], result: list[Stance], unargued: set[int], rules: _Compiled
) -> list[Stance]:
    """``result`` with each statement left unsided because nothing before it argued taking the
    side of the next statement of its paragraph when that one adds to it (``adds``: "also",
    "此外"): what it adds to argued that side too ("X would cut costs. It is also quicker.").

    Not for a reported voice or the opponent's statement, whose side is their own.
    """
    sided = list(result)
    for i in sorted(unargued):
        statement = statements[i]
        after = statements[i + 1] if i + 1 < len(statements) else None
        if (
            after is not None
            and after.paragraph == statement.paragraph
            and result[i + 1] in (Stance.PRO, Stance.CON)
            and rules.adds.search(after.text) is not None
            and statement.voice is None
            and not statement.opponent
        ):
            sided[i] = result[i + 1]
    return sided


def _granted(
    statements: Sequence[Statement], result: list[Stance], rules: _Compiled, lang: Lang
) -> list[Stance]:
    """``result`` with each statement that grants a point ("我同意熬夜不好。", "噪音问题确实存在",
    "Amara is right that X"; a concession, `argkg.ingest.dialectic.concedes`, or a ``grants``
    cue) right before a statement that answers it with a contrast ("但…", "But…", in its
    paragraph or opening the next one, in the same turn) taking the other side than that
    answer: what the author grants before turning away is the other side's point, whatever
    side its own words ("我同意") or its place would give it. So is the reported voice the grant
    answers in its paragraph ("有人提出,X;Y。我们认为这一意见有一定道理。但…"), with the
    statements between them: the point granted is theirs.
    """
    sided = list(result)
    for i in range(len(statements) - 1):
        statement, answer = statements[i], statements[i + 1]
        if (
            result[i + 1] in (Stance.PRO, Stance.CON)
            and answer.turn == statement.turn
            and answer.paragraph - statement.paragraph <= 1
            and rules.contrast.search(answer.text.strip()) is not None
            and _grants(statement.text, rules, lang)
            and not contrasted(statement.text, lang)
        ):
            for j in range(_granted_voice(statements, i), i + 1):
                sided[j] = other_side(result[i + 1])
    return sided


def answers_voice(statements: Sequence[Statement], i: int, lang: Lang) -> bool:
    """Whether statement ``i`` declares a side only on what the reported voice right before it in
    its paragraph puts forward ("It was also suggested that we keep the scheme. We do not
    recommend this."): its object points back (``pointers``), so the side it declares is on the
    voice's proposal, not on the proposition, nor its block's verdict."""
    if i == 0:
        return False
    here, before = statements[i], statements[i - 1]
    return (
        before.voice is not None
        and before.paragraph == here.paragraph
        and _compiled(lang).pointers.search(here.text) is not None
    )


def _granted_voice(statements: Sequence[Statement], i: int) -> int:
    """The index of the reported voice in statement ``i``'s paragraph and turn before it, the
    nearest one, whose point the grant at ``i`` takes up; ``i`` when none is there."""
    here = statements[i]
    for j in range(i - 1, -1, -1):
        before = statements[j]
        if before.paragraph != here.paragraph or before.turn != here.turn:
            break
        if before.voice is not None:
            return j
    return i


def _after_grant(statements: Sequence[Statement], granting: Sequence[bool], i: int) -> bool:
    """Whether a statement of the same turn in statement ``i``'s paragraph before it, or in the
    paragraph before that, grants a point (``granting``: `_grants` of each statement): a contrast
    at ``i`` answers the grant ("说实话，老人带娃有老人带娃的好：…。" then "但这两年下来，问题也越来
    越多。")."""
    here = statements[i]
    return any(
        granted and s.turn == here.turn and here.paragraph - 1 <= s.paragraph <= here.paragraph
        for s, granted in zip(statements[:i], granting[:i], strict=True)
    )


def _grants(sentence: str, rules: _Compiled, lang: Lang) -> bool:
    """Whether ``sentence`` grants a point ("我同意熬夜不好。", "Amara is right that X"): a
    ``grants`` cue or a concession (`argkg.ingest.dialectic.concedes`)."""
    return rules.grants.search(sentence) is not None or concedes(sentence, lang)


def grants(sentence: str, lang: Lang) -> bool:
    """Whether ``sentence`` grants a point (`_grants` with the language's rules): a speaker who
    opens so before turning away answers the speaker before (`argkg.ingest.turns`)."""
    return _grants(sentence, _compiled(lang), lang)


def argues_nothing(statements: Sequence[Statement], lang: Lang) -> bool:
    """Whether a region without a debated proposition argues nothing at all: none of its
    statements holds an evaluation word, a first-person view, a declared side, a side's voice,
    a side named towards something, a contrast, a concession, the opponent's voice
    (`argkg.ingest.dialectic`) or a consequence predicted from doing something ("If you make
    people pay, those who can will take the tram"), and its most central statement carries no
    cue of an opinion and no evaluative polarity (`polarity`: "X is the wrong answer", "is
    lazy"): a notice, a specification sheet, a timetable.

    Such a region's statements are neutral however they are worded ("must", "first" and
    "建议" give instructions there, not reasons).
    """
    rules = _compiled(lang)
    return not any(
        evaluation(s.text, lang)
        or argues_as_author(s.text, lang)
        or declared(s.text, lang) is not None
        or voices(s.text, lang)
        or s.relative is not None
        or s.heading is not None
        or s.speaker in (Stance.PRO, Stance.CON)
        or s.voice in (Stance.PRO, Stance.CON)
        or contrasted(s.text, lang)
        or opens_with_contrast(s.text, lang)
        or concedes(s.text, lang)
        or s.opponent
        or rules.consequences.search(s.text) is not None
        or (s.central and (argues(s.text, lang) or polarity(s.text, lang) != 0))
        for s in statements
    )


#: The marks that open a quotation.
_QUOTES = '"“「『'


def _side(
    statement: Statement,
    default: Stance,
    current: Stance | None,
    before: Stance | None,
    rules: _Compiled,
    lang: Lang,
    *,
    reporting: bool,
    rebutted: bool,
    granted: bool = False,
    pointed: bool = False,
) -> Stance | None:
    """One statement's side, from the strongest cue to the weakest; None: it argues nothing.

    ``current`` is the side the region argues at this point, ``before`` the side of the
    statement just before (a reported voice's own side, which does not spread); ``granted``: the
    statement before grants a point ("我同意熬夜不好。"), which a contrast here answers;
    ``pointed``: the statement declares a side only on what the voice just before it puts forward
    (`answers_voice`): backing it takes that voice's side, refusing it the other one.

    A reported voice the next statement answers ("X says… Yet…") is the opponent's in a text
    whose author argues, where an unanswered one is evidence the author cites; in a report or a
    speaker's turn it takes its own side, and one that only informs goes on with the side argued
    at this point (none where nothing argues yet).
    """
    found = voices(statement.text, lang)
    score = evaluation(statement.text, lang)
    opening = statement.text.strip()
    if statement.relative is not None:
        return statement.relative
    if statement.conceded is not None:
        return other_side(statement.conceded)  # "我们赞同这个思路，但…": the agreement is the point granted
    if (side := declared(statement.text, lang) or verdict_side(statement.text, lang)) is not None:
        if pointed and before in (Stance.PRO, Stance.CON):
            return before if side is Stance.PRO else other_side(before)  # "We do not recommend this"
        return side  # or the author's answer, given inside the sentence: "As for the loan, I would say no"
    # a line that is only a quotation under a heading that names whose words it is ("The club's case",
    # "Objections") is that side's, not a claim the author quotes to refute
    quoted = statement.heading is not None and opening[:1] in _QUOTES
    if rules.myths.search(opening) and not quoted:
        return other_side(default)  # "Myth: X": a claim the author goes on to refute
    if rules.facts.search(opening):
        # "Fact: Y", the author's answer, unless it grants the claim first ("Fact: It is true that X")
        return other_side(default) if concedes(_LABEL.sub("", opening, 1), lang) else default
    if found:
        replied = answered(statement.text, lang)
        return found[0][1] if replied is None else other_side(replied)
    decided = statement.heading or before
    if decided in (Stance.PRO, Stance.CON) and rules.dissents.search(opening):
        return other_side(decided)  # "Member Ode, dissenting: …": against the body's decision
    if statement.heading is not None:
        return statement.heading
    if informs(statement.text, lang):
        return None  # an arrangement, a pointer to a document, how to respond: it argues nothing
    if score and rules.points.search(opening):
        # a numbered point that evaluates ("（三）财务上存在较大风险。", "2. The costs are too high.")
        # states its paragraph's side, as a heading would: the other way when the proposition does
        # away with what it speaks of ("停止运行班车" and "（二）运行成本居高不下")
        return Stance.PRO if score * statement.direction > 0 else Stance.CON
    # in the turn of a speaker whose side is known, what they do not answer next and do not
    # concede in so many words ("这种担心有它的道理") is their own evidence
    if statement.opposing and not reporting:
        return other_side(default)  # "You claim that…", "贵司另称…": the case the author answers
    known = statement.speaker in (Stance.PRO, Stance.CON)
    cited = known and not rebutted and not concedes(statement.text, lang)
    if (statement.opponent and not cited) or (statement.voice is not None and rebutted and not reporting):
        return other_side(default)
    if before in (Stance.PRO, Stance.CON) and rules.rejoinders.search(opening):
        return other_side(before)  # "X replied that…": answers the statement before
    # an interviewer's challenge ("可是…", "But…") puts the other side than the answer before
    challenge = statement.speaker is Stance.NEUTRAL and rules.contrast.search(_LABEL.sub("", opening, 1))
    if before in (Stance.PRO, Stance.CON) and challenge:
        return other_side(before)
    sided_before = before in (Stance.PRO, Stance.CON)
    if statement.voice is Stance.NEUTRAL and sided_before and rules.continues.search(opening):
        return before  # "He added that…": the same speaker goes on
    if statement.warned not in (None, current) and not rules.replies.search(statement.text):
        return statement.warned  # "some schools worry that…": a side the author reports, unanswered
    if statement.voice is not None and (reporting or statement.speaker is not None):
        # a voice that only informs goes on with the side argued at this point ("申请方陈述：…。公司表示，
        # 上调后将增加巡逻。": the party's own words); where nothing argues yet, it argues nothing
        return statement.voice if statement.voice is not Stance.NEUTRAL else current
    # what it says the proposal will bring (a cost, a loss, no way back) argues against it,
    # wherever it stands: the other side's case is mostly unmarked; and so does another course it
    # urges, once the region argues (before, an imperative is an instruction, "Fill in both copies") and
    # where no side of its speaker's or block's is known (one who said "Yes, go ahead" and goes on
    # "Book a contractor early" tells how to carry the proposal out)
    undeclared = current is not None and statement.speaker is None and statement.block is None
    brought = statement.prospect or (statement.counter if undeclared else None)
    if brought is not None and not statement.central:
        return brought
    if reporting and score and statement.speaker is None:
        # what it evaluates of the target (or of the option the target would replace) decides
        return statement.toward or (Stance.PRO if score * statement.direction > 0 else Stance.CON)
    if statement.after_verdict and rules.contrast.search(opening):
        return other_side(default)  # a reservation after the author's verdict
    faulted = before if before in (Stance.PRO, Stance.CON) else current
    if faulted is not None and not known and rules.faults.search(opening):
        # "The trouble is that…", "My objection is…": a fault found in what was argued just before,
        # the other side ("That would be cheaper." "The trouble is that it needs a second visit.");
        # in the turn of a speaker whose side is known, it answers the turn before: their own side
        return other_side(faulted)
    if current is None:
        evaluative = not reporting and rules.words.search(statement.text) is not None
        argued = (statement.central and not reporting) or argues(statement.text, lang) or score or evaluative
        return (_leaning(statement, default) or default) if argued else None
    if rules.author.search(opening):
        return default
    if rules.switch.search(opening):
        # "另一方面…" turns from what the statement before argued, also across a paragraph break,
        # where ``current`` went back to the author's side
        return other_side(before if before in (Stance.PRO, Stance.CON) else current)
    if current is not default and rules.contrast.search(opening):
        return default
    if not granted and before is current and (turned := _turned(statement, current, rules, lang)) is not None:
        return turned
    if _evaluates(statement, score, rules):
        # what it says of the proposition's target (a drawback of the product recommended, a cost
        # of the ban to be lifted) decides over the side it would only inherit from its place
        # ("一方面…", the block after the author's thesis); a cue of the discourse above is stronger
        return statement.toward
    return current


def _turned(statement: Statement, current: Stance, rules: _Compiled, lang: Lang) -> Stance | None:
    """The other side than ``current`` when a contrast opening the statement turns it against
    ``current``, else None.

    A contrast that opens the statement ("但是时间控制有问题。", "But the running costs are high.")
    brings in what the side argued at this point has to answer: when its words say the debated
    thing harms where ``current`` is pro (or helps where it is con, `evaluation`, turned by
    ``direction`` and by a proposition that is itself a harm), the statement argues the other
    side, and its paragraph goes on with it. Only the ``turning`` openers, not one that insists
    ("其实", "in fact"), and not the author's thesis; `_side` asks it only where the statement
    before argued ``current`` too and no point was granted just before: a contrast after a granted
    point, or after the other side's case the author let in ("Let me be fair first…"), comes back
    to the author's side, whatever its words.
    """
    if statement.central or current not in (Stance.PRO, Stance.CON):
        return None
    opening = statement.text.strip()
    found = rules.turning.search(opening)
    if found is None:
        return None
    sign = -statement.direction if statement.harmful else statement.direction
    score = evaluation(opening[found.end() :], lang) * sign
    against = score < 0 if current is Stance.PRO else score > 0
    return other_side(current) if against else None


#: A speaker's label that opens the first statement of their turn ("记者:", "Q:").
_LABEL = re.compile(r"^[^:：\s]{1,20}[:：]\s*")


def _evaluates(statement: Statement, score: int, rules: _Compiled) -> bool:
    """Whether the statement's own evaluation of the proposition's target gives its side
    (`Statement.toward` from benefit and harm words, ``score``), rather than the side its place
    inherits: not for the author's thesis, nor for a statement that answers the one before
    ("但问题出在…", "Yet most of that cost…") or states what should be done ("应当…"), whose side
    is the discourse's, nor where the proposition negates what the statement speaks of
    (``direction``: "ban gas blowers" and "battery blowers cost more" may speak of the
    replacement, not of the thing banned)."""
    opening = statement.text.strip()
    return (
        statement.toward is not None
        and score != 0
        and statement.direction > 0
        and not statement.central
        and rules.contrast.search(opening) is None
        and rules.normative.search(opening) is None
    )


def kept_side(sentence: str, lang: Lang, proposition: str | None) -> Stance | None:
    """The side of a verdict that keeps things as they are ("我希望学校保留X", "Keep the uniform",
    "leave the road open") or ends them ("agreed to end the trial", "决定取消X"), or None.

    Keeping argues for a proposition that itself keeps something ("should we keep X?") and
    against any other (a change); ending argues for a proposition that ends something
    ("取消期中考试") and against any other.
    """
    rules = _compiled(lang)
    for verdict, words in ((rules.keeps, rules.keep_words), (rules.ends, rules.end_words)):
        if verdict.search(sentence) is not None:
            same = proposition is not None and words.search(proposition) is not None
            return Stance.PRO if same else Stance.CON
    return None


def proposes_keeping(said: str, lang: Lang, proposition: str | None) -> Stance | None:
    """The side of what a voice puts forward when it is to keep things as they are ("可以保留一条
    线路", "we keep the scheme for one more year"): pro on a proposition that keeps something, con on
    a change (a request to end or replace what the voice would keep); None without a proposition,
    without a ``keep_words`` word in its first clause (what it puts forward, not evidence it adds:
    "they value the days off: 31 nurses asked to keep the pattern"), or with a negator just before
    it ("不保留", "not keep").
    """
    if proposition is None:
        return None
    rules = _compiled(lang)
    found = rules.keep_words.search(_CLAUSE_BREAK.split(said, maxsplit=1)[0])
    if found is None:
        return None
    if negated(said[max(0, found.start() - _reach(rules, lang)) : found.start()], lang):
        return None
    return Stance.PRO if keeps(proposition, lang) else Stance.CON


#: Where a voice's first clause ends.
_CLAUSE_BREAK = re.compile(r"[,，:：;；]")


def keeps(proposition: str, lang: Lang) -> bool:
    """Whether ``proposition`` keeps things as they are ("保留固定工位", "keep the uniform"): a
    ``keep_words`` word in it."""
    return _compiled(lang).keep_words.search(proposition) is not None


def labelled(sentence: str) -> bool:
    """Whether ``sentence`` opens with a speaker's label ("李妈妈：…", "Q: …")."""
    return _LABEL.match(sentence.strip()) is not None


def _leaning(statement: Statement, default: Stance) -> Stance | None:
    """The other side than ``default`` when the statement evaluates the target that way, else None.

    Never for the author's thesis; such a side is the statement's own and does not spread.
    """
    if statement.central or statement.toward is None or statement.toward is default:
        return None
    return statement.toward


@per_document
def voices(sentence: str, lang: Lang) -> list[tuple[int, Stance]]:
    """The sides voiced in ``sentence``: (offset of the voice, side), in text order (one list
    kept per sentence and document, `argkg.ingest.memo`: read it, do not change it)."""
    return sorted(_compiled(lang).voices.found(sentence))


@per_document
def declared(sentence: str, lang: Lang) -> Stance | None:
    """The side ``sentence`` declares outright ("我支持装", "I oppose the plan"), or None.

    The last declaration counts ("早到可以,但我还是反对": con). Kept per sentence and document
    (`argkg.ingest.memo`): the sides, the unargued reading and the notices ask it of the same
    sentences.
    """
    found = sorted(_compiled(lang).declared.found(sentence))
    return found[-1][1] if found else None


def conceded_side(sentence: str, start: int, end: int, lang: Lang) -> Stance | None:
    """The side the clause ``sentence[start:end]``, which the sentence concedes, declares outright
    ("我们赞同这个思路，但预算不够", "We back the aim, but…"), when the rest declares none; else None.

    Who grants a point and turns from it argues the other side: the agreement put first is the
    point granted, the contrast after it is the speaker's case ("我们赞同这个思路，但…" argues against).
    Not when the contrast only puts a condition on it (a ``provisos`` cue, "我赞成，但要有规矩"):
    support on a condition is support.
    """
    side = declared(sentence[start:end], lang)
    rest = sentence[:start] + sentence[end:]
    if side is None or declared(rest, lang) is not None or voices(rest, lang):
        return None
    return None if _compiled(lang).provisos.search(sentence[end:]) else side


def answered(sentence: str, lang: Lang) -> Stance | None:
    """The side of a voice that a contrast later in ``sentence`` answers, or None.

    "Critics claim X, but the data show the opposite", "批评者认为 X,但是 Y": the critics' side
    (con); the sentence itself argues the other side, and only its first clause is theirs.
    """
    found = voices(sentence, lang)
    if not found:
        return None
    reply = _compiled(lang).replies.search(sentence, found[0][0])
    return found[0][1] if reply is not None else None


def contrasted(sentence: str, lang: Lang) -> bool:
    """Whether a contrast turns ``sentence`` midway ("X, but Y", "虽然 X,但是 Y"): its parts argue apart."""
    return _compiled(lang).replies.search(sentence) is not None


def heading_side(title: str, lang: Lang) -> Stance | None:
    """The side a section heading names ("好处": pro, "Disadvantages": con, a section of problems
    "存在问题": con), or None; a bullet mark before the heading's words ("■ 担忧的声音", "▶ Risks")
    is layout, not part of them."""
    title = _BULLETS.sub("", title)
    side = next((side for side, pattern in _compiled(lang).headings if pattern.search(title)), None)
    return Stance.CON if side is None and problems_heading(title, lang) else side


#: Bullet marks that open a heading or caption line: the bullets of General Punctuation, arrows,
#: geometric shapes, miscellaneous symbols and dingbats, "※".
_BULLETS = re.compile(r"^[\s\u2022\u2023\u2043\u2190-\u21ff\u25a0-\u25ff\u2600-\u27bf\u203b]+")


def byline(line: str, lang: Lang) -> bool:
    """Whether ``line`` is the header of one contributor's post, reply or comment ("Reply from Ann
    Cole · Tue 09:14", "sam_p · 3 Mar · ▲57", "Lee K. · 12 helpful"): who wrote what
    follows and when, or how readers rated it.

    A thread, a feed or a comments page is a run of such contributions, each a voice of its own
    (`argkg.ingest.claims`); a report's section heading ("Background", "What objectors said")
    is none. The cues are data (``bylines`` in ``ingest/data/<lang>/sides.yaml``).
    """
    return _compiled(lang).bylines.search(_BULLETS.sub("", line)) is not None


def reply_label(line: str, lang: Lang) -> bool:
    """Whether ``line`` labels a party's reply to what comes before it ("Reply from the club
    secretary", "Response from the landlord", "物业回复:", "房东的回复"), naming no side itself.

    A file of a complaint, an appeal or a review keeps each party's words under its own label;
    the reply under such a label answers the request before it, so it argues the other side
    (`argkg.ingest.claims`), where a heading that names a side ("Rebuttal to the case for",
    "对反对意见的答复") says which side it argues in so many words (`heading_side`).
    """
    return _compiled(lang).reply_labels.search(_BULLETS.sub("", line)) is not None


def problems_heading(title: str, lang: Lang) -> bool:
    """Whether ``title`` heads a section of the problems things have now ("三、存在问题")."""
    return _compiled(lang).problems.search(title) is not None


@per_document
def evaluation(text: str, lang: Lang) -> int:
    """Benefit words minus harm words in ``text``; a negator or a word that makes the thing
    smaller (``diminishers``: "low costs", "避免浪费") just before a word flips it, and so does one
    of the data's ``post_negators`` right after it ("好处没有"). Diminishers negate no statement
    (`negated`): "people make fewer mistakes" still affirms.

    A statement that says what a thing brings about (a ``causes`` verb: "X会使Y", "X导致Y") is
    judged by its effect alone, where the effect holds an evaluation word: the cause names the
    thing judged, often in the proposal's own words ("提高票价会使乘客流失": the proposal's 提高 is
    no benefit the statement claims)."""
    rules = _compiled(lang)
    cause = rules.causes.search(text)
    if cause is not None and (effect := _scored(text[cause.end() :], rules, lang)):
        return effect
    return _scored(text, rules, lang)


def _scored(text: str, rules: _Compiled, lang: Lang) -> int:
    """Benefit words minus harm words in ``text``, each flipped by a negator or diminisher before
    it or a post-negator after it (`evaluation`)."""
    score = 0
    masked: str | None = None  # the text masked once, when it holds a word (`_masked` is costly)
    for found in rules.words.finditer(text):
        value = rules.polarity[found.group(0).lower()]
        masked = _masked(text, rules) if masked is None else masked
        before = masked[max(0, found.start() - _reach(rules, lang)) : found.start()]
        # both deny in turn: "have not seen problem gambling fall" keeps the harm up
        denied = (rules.flips.search(before) is not None) != _denied_after(text, found.end(), rules)
        score += -value if denied else value
    return score


def _denied_after(text: str, end: int, rules: _Compiled) -> bool:
    """Whether a ``post_negators`` word follows the evaluation word ending at ``end``, right
    after it or past up to ``post_gap`` words ("costs fall", "problem gambling fall")."""
    data = rules.data.evaluation
    if not data.post_negators:
        return False
    at = end
    for _ in range(data.post_gap + 1):
        if text.startswith(tuple(data.post_negators), at):
            return True
        word = _NEXT_WORD.match(text, at)
        if word is None:
            return False
        at = word.end()
    return False


#: The next word of an English text, with the space before it.
_NEXT_WORD = re.compile(r"[ -]+[^\W\d_]+")


def polarity(text: str, lang: Lang) -> float:
    """The evaluative polarity of a proposition: negative when its truth is a harm.

    The evaluation words count one each; English text adds VADER's compound score, except a
    harm VADER reads in a text that makes a thing smaller (``diminishers``): VADER does not see
    that "the trial reduced absences" lessens the harm it names, `evaluation` does.
    """
    return float(evaluation(text, lang)) + (tone(text, lang) or 0.0)


def tone(text: str, lang: Lang) -> float | None:
    """VADER's compound score of ``text`` (-1 plainly negative to 1 plainly positive): the tone of
    what is said as a whole, not of what it evaluates; 0 for a harm VADER reads in a text that
    makes a thing smaller (``diminishers``: VADER does not see that "the trial cut absences"
    lessens the harm it names); None where VADER does not read the language (Chinese)."""
    if lang is not Lang.EN:
        return None
    compound = float(_vader().polarity_scores(text)["compound"])
    return compound if compound > 0 or _compiled(lang).diminishers.search(text) is None else 0.0


def tone_side(statement: Statement, lang: Lang) -> Stance | None:
    """The side ``statement`` takes by its tone alone (`tone`), or None where the tone is mild or
    unread (Chinese).

    A contributor who opens their reply, comment or letter with a plain judgement ("This plan
    punishes the careful ones.", "What a great idea.") states their side in it, with or without a
    benefit or harm word of `evaluation`: a harsh word for the proposal argues against it, turned
    by ``direction`` where the proposition does away with what the statement speaks of.
    """
    score = tone(statement.text, lang)
    if score is None or abs(score) < _PLAIN_TONE:
        return None
    return Stance.PRO if score * statement.direction > 0 else Stance.CON


#: The least VADER compound score, either way, that reads as a plain judgement (VADER's own
#: threshold for a positive or negative sentence is 0.05; a mild word alone stays below this).
_PLAIN_TONE = 0.3


def rejected(thesis: str, lang: Lang) -> str | None:
    """The thing a thesis only rejects ("the committee should reject this proposal": "this proposal"), or
    None: that thing is what is debated, and the thesis argues against it."""
    found = _compiled(lang).rejects.search(thesis.strip())
    return found.group("object").strip() if found is not None else None


def answer_side(line: str, lang: Lang) -> Stance | None:
    """The side a bare answer to a yes/no question gives ("No.": con, "是的。": pro), or None."""
    return next((side for side, pattern in _compiled(lang).answers if pattern.search(line.strip())), None)


@per_document
def verdict_side(sentence: str, lang: Lang) -> Stance | None:
    """The side of the author's answer to the text's question given inside ``sentence`` ("I'd
    say no", "let me make the case that the answer is no", "我的答案是否定的"), or None.

    The last answer in the sentence counts. Kept per sentence and document, as `declared`.
    """
    found = sorted(_compiled(lang).verdicts.found(sentence))
    return found[-1][1] if found else None


def restated_side(sentence: str, proposition: str, lang: Lang) -> Stance | None:
    """The side of a judgement that restates ``proposition`` with its predicate kept or turned
    ("X合法" restated as "X违法", "X is lawful" as "X is unlawful"), or None.

    The sentence restates the proposition when it holds at least half of its character pairs or
    content words (`argkg.ingest.proposition.grams` in spirit: the same subject and act); the
    predicate is a word of ``opposites`` in the data that ends the proposition (not one inside a
    name it holds, "《X可行性研究报告》应予通过"): the sentence
    argues con when it holds that word's opposite instead, pro when it holds the word itself
    and no negator before it ("不合法"). A court's or a reviewer's verdict on the question it
    put ("本案焦点是X是否合法" … "综上，X违法") tells its author's side so.
    """
    rules = _compiled(lang)
    if not _restates(sentence, proposition, lang):
        return None
    for first, second in rules.data.opposites:
        for word, other in ((first, second), (second, first)):
            if not proposition.rstrip("。.!！?？ ").endswith(word) or other in proposition:
                continue  # the predicate ends the proposition ("X合法"), not a word inside a name
            if other in sentence:
                return Stance.CON
            at = sentence.find(word)
            if at >= 0:
                return (
                    Stance.CON
                    if negated(sentence[max(0, at - _reach(rules, lang)) : at], lang)
                    else Stance.PRO
                )
    return None


def _restates(sentence: str, proposition: str, lang: Lang) -> bool:
    """Whether ``sentence`` holds at least half of ``proposition``'s character pairs (Chinese) or
    words of four letters or more (English)."""
    if lang is Lang.EN:
        wanted = frozenset(re.findall(r"[a-z]{4,}", proposition.lower()))
        held = len(wanted & set(re.findall(r"[a-z]{4,}", sentence.lower())))
    else:
        # a pair is held where it stands in the sentence: no set of the sentence's own pairs
        wanted = _pairs(proposition)
        held = sum(pair in sentence for pair in wanted)
    return bool(wanted) and 2 * held >= len(wanted)


@per_document
def _pairs(text: str) -> frozenset[str]:
    """The character pairs of ``text``: a text has a few propositions, each read against every
    judging sentence (`restated_side`)."""
    return frozenset(text[i : i + 2] for i in range(len(text) - 1))


def negated(text: str, lang: Lang) -> bool:
    """Whether ``text`` holds a negator ("不", "not"; not inside a word such as "不断")."""
    rules = _compiled(lang)
    return rules.negators.search(_masked(text, rules)) is not None


def _masked(text: str, rules: _Compiled) -> str:
    """``text`` with the words that only look negated blanked out (same length)."""
    for word in rules.data.evaluation.not_negators:
        text = text.replace(word, " " * len(word))
    return text


@per_document
def argues(sentence: str, lang: Lang) -> bool:
    """Whether ``sentence`` carries a cue of an opinion ("should", "因为", "我认为")."""
    return _compiled(lang).argues.search(sentence) is not None


def is_step(sentence: str, lang: Lang) -> bool:
    """Whether ``sentence`` is a numbered step of a how-to ("第一步:…", "Step 2: …")."""
    return _compiled(lang).steps.search(sentence) is not None


def opens_with_contrast(sentence: str, lang: Lang) -> bool:
    """Whether ``sentence`` opens by answering what came before ("但是…", "However, …")."""
    return _compiled(lang).contrast.search(sentence.lstrip()) is not None


def argues_as_author(sentence: str, lang: Lang) -> bool:
    """Whether the author speaks in their own voice in ``sentence`` ("我认为", "I believe")."""
    return _compiled(lang).author.search(sentence) is not None


@per_document
def informs(sentence: str, lang: Lang) -> bool:
    """Whether ``sentence`` only informs, the positive evidence a neutral reading needs inside a
    region that argues: an arrangement (a meeting's date and place, a deadline, when something is
    sent or paid out), a pointer to a document ("The full report is attached"), how to respond
    ("Please send comments to…", "请于周五前填写问卷"), with no evaluation word, no cue of an
    opinion and no side declared in it (the ``notices`` cues of ``sides.yaml``); or a rule in
    force it reports (`states_rule`); or how and by when something is done (`sets_procedure`);
    or the speaker saying they take no side (`abstains`).
    """
    rules = _compiled(lang)
    return (
        (
            rules.notices.search(sentence) is not None
            and not evaluation(sentence, lang)
            and not argues(sentence, lang)
            and declared(sentence, lang) is None
        )
        or states_rule(sentence, lang)
        or sets_procedure(sentence, lang)
        or abstains(sentence, lang)
    )


def states_rule(sentence: str, lang: Lang) -> bool:
    """Whether ``sentence`` reports a rule in force, which argues for neither side of what is
    debated under it: what a regulation or a set of rules lays down ("按规定，会员须提前一周预约",
    "Under the rules, a quorum of ten is needed"), a control measure on a form ("Control: helmets
    worn at all times"), a procedural requirement ("A simple majority is required"); the
    ``rules_in_force`` cues of ``sides.yaml``. Its "must" or "须" is the rule's, not the author's,
    so an opinion cue does not make it argue; an evaluation word, the author's own voice or a
    declared side does.
    """
    return _compiled(lang).rules_in_force.search(sentence) is not None and _takes_no_side(sentence, lang)


def sets_procedure(sentence: str, lang: Lang) -> bool:
    """Whether ``sentence`` sets out how and by when something is done, which argues for neither
    side of what is debated: a time limit on what must or may be done ("Comments must reach us
    by 5 pm on Friday", "请于月底前交回回执"), the addressee's right of appeal ("If you are not
    satisfied with this reply, you may ask for a review", "如对本决定不服，可于十五日内申请复议"),
    a turn's or a member's allowance ("Each speaker has two minutes"), a prohibition laid down
    for all ("摊主不得占用盲道"); the ``procedures`` cues of ``sides.yaml``. Its "must" or "不得"
    is the procedure's, not the author's: a statement that evaluates, speaks as the author,
    declares a side or turns a contrast argues.
    """
    return _compiled(lang).procedures.search(sentence) is not None and _lays_down(sentence, lang)


def instructs(sentence: str, lang: Lang, *, run: bool = False) -> bool:
    """Whether ``sentence`` is a working instruction, how something is done or handled: marked as
    one ("Never leave the urn on", "Please wear gloves") or laid down for a class of things
    ("Spare keys must be kept in the office"; the ``instructions`` cues of ``sides.yaml``), or,
    within a ``run`` of instructions (a rota's or a care sheet's lines), a bare imperative of
    handling ("Check the tyres before each trip"; ``imperatives``), with no evaluation word, no
    author's voice, no declared side and no contrast. Whether it urges a side of the debate
    depends on what it speaks of, which the caller checks: "Keep the old timetable" does."""
    rules = _compiled(lang)
    cued = rules.instructions.search(sentence) is not None or (
        run and rules.imperatives.search(sentence) is not None
    )
    return cued and _lays_down(sentence, lang)


def _lays_down(sentence: str, lang: Lang) -> bool:
    """Whether a cued procedure or instruction only lays down how things are done: no evaluation
    word, author's voice or declared side (`_takes_no_side`), and no contrast turned in it or
    opening it ("But the form must reach us by Friday" answers someone)."""
    return (
        _takes_no_side(sentence, lang)
        and not contrasted(sentence, lang)
        and not opens_with_contrast(sentence, lang)
    )


def abstains(sentence: str, lang: Lang) -> bool:
    """Whether the speaker of ``sentence`` says they take no side or could not judge ("We take no
    position on the fee", "I cannot judge the umpire's call from the video", "我无法判断谁先出手";
    the ``abstains`` cues of ``sides.yaml``): a witness's or a member's abstention argues
    for neither side, unless a contrast in the same statement goes on to argue ("I couldn't see
    the start, but the finish was clearly unfair"), or it evaluates, speaks as the author or
    declares a side.
    """
    rules = _compiled(lang)
    return (
        rules.abstains.search(sentence) is not None
        and rules.replies.search(sentence) is None
        and _takes_no_side(sentence, lang)
    )


def _takes_no_side(sentence: str, lang: Lang) -> bool:
    """No evaluation word, no author's own voice and no declared side in ``sentence``: what a
    statement whose form argues nothing needs to read neutral."""
    return (
        not evaluation(sentence, lang)
        and not argues_as_author(sentence, lang)
        and declared(sentence, lang) is None
    )


@per_document
def is_procedural(sentence: str, lang: Lang) -> bool:
    """Whether ``sentence`` argues nothing by its form: a greeting, an address, a bare label.

    A sentence up to ``procedural_max_chars`` long, or up to twice that without any opinion
    cue or evaluation word ("谢谢主持人,各位评委、各位同学大家好。", a label naming an
    answerer), may be one.
    """
    rules = _compiled(lang)
    stripped = sentence.strip(" *_#>")
    limit = rules.data.procedural_max_chars
    plain = len(stripped) <= 2 * limit and not argues(stripped, lang) and not rules.words.search(stripped)
    if stripped.endswith((":", "：")) and (len(stripped) <= rules.data.label_max_chars or plain):
        return True
    if len(stripped) > limit and not plain:
        return False
    return rules.procedural.search(stripped) is not None


def _reach(rules: _Compiled, lang: Lang) -> int:
    """How many characters before an evaluation word a negator may stand."""
    return rules.data.evaluation.window * (6 if lang is Lang.EN else 1)


@cache
def _vader() -> SentimentIntensityAnalyzer:
    return SentimentIntensityAnalyzer()


@cache
def _compiled(lang: Lang) -> _Compiled:
    data = load_data("sides", _SidesData, lang.value)
    flags = re.IGNORECASE if lang is Lang.EN else 0

    # each sentence is searched with every sided cue: not one that lacks every word a cue needs
    def sided(lists: _Sides) -> tuple[tuple[Stance, Prefiltered], ...]:
        return tuple(
            (side, Prefiltered(re.compile(p, flags)))
            for side in (Stance.PRO, Stance.CON)
            for p in getattr(lists, side.value)
        )

    # sided cues searched together: a sentence's words looked for once for all of them
    def screened(lists: _Sides) -> _Sided:
        cues = sided(lists)
        return _Sided(ScreenedList(cue for _, cue in cues), tuple(side for side, _ in cues))

    # a cue list is one alternation, searched only in a sentence holding a word one of its cues needs
    def any_of(patterns: list[str]) -> Prefiltered:
        return Prefiltered(any_pattern(patterns, flags))

    # the first side whose cues match decides: each side's cues one alternation, pro before con
    def first_side(lists: _Sides) -> tuple[tuple[Stance, Prefiltered], ...]:
        return tuple((side, any_of(getattr(lists, side.value))) for side in (Stance.PRO, Stance.CON))

    evaluation_words = data.evaluation
    flipping = [*evaluation_words.negators, *evaluation_words.diminishers]
    polarity_of = {w.lower(): 1 for w in evaluation_words.positive} | {
        w.lower(): -1 for w in evaluation_words.negative
    }
    return _Compiled(
        data=data,
        voices=screened(data.voices),
        declared=screened(data.declared),
        headings=first_side(data.headings),
        words=Prefiltered(re.compile(alternation(polarity_of, ignore_case=lang is Lang.EN), flags)),
        polarity=polarity_of,
        negators=re.compile(
            f"(?:{alternation(evaluation_words.negators, ignore_case=lang is Lang.EN)})", flags
        ),
        flips=re.compile(f"(?:{alternation(flipping, ignore_case=lang is Lang.EN)})", flags),
        diminishers=re.compile(
            f"(?:{alternation(evaluation_words.diminishers, ignore_case=lang is Lang.EN)})", flags
        ),
        causes=any_of(evaluation_words.causes),
        contrast=any_of(data.contrast),
        continues=any_of(data.continues),
        rejoinders=any_of(data.rejoinders),
        replies=any_of(data.replies),
        turning=any_of(data.turning),
        switch=any_of(data.switch),
        faults=any_of(data.faults),
        dissents=any_of(data.dissents),
        changes=any_of(data.changes),
        rejects=any_of(data.rejects),
        myths=any_of(data.myths),
        facts=any_of(data.facts),
        answers=first_side(data.answers),
        verdicts=screened(data.verdicts),
        announces=any_of(data.announces),
        adds=any_of(data.adds),
        carries=any_of(data.carries),
        points=any_of(data.points),
        numbering=any_of(data.numbering),
        agrees=any_of(data.agrees),
        author=any_of(data.author),
        argues=any_of(data.argues),
        consequences=any_of(data.consequences),
        normative=any_of(data.normative),
        steps=any_of(data.steps),
        problems=any_of(data.problems),
        reply_labels=any_of(data.reply_labels),
        bylines=any_of(data.bylines),
        grants=any_of(data.grants),
        provisos=any_of(data.provisos),
        raised=any_of(data.raised),
        keeps=any_of(data.keeps),
        keep_words=any_of(data.keep_words),
        pointers=any_of(data.pointers),
        ends=any_of(data.ends),
        end_words=any_of(data.end_words),
        procedural=any_of(data.procedural),
        notices=any_of(data.notices),
        rules_in_force=any_of(data.rules_in_force),
        procedures=any_of(data.procedures),
        instructions=any_of(data.instructions),
        imperatives=any_of(data.imperatives),
        abstains=any_of(data.abstains),
        lead_ins=any_of(data.lead_ins),
    )
