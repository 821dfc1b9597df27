"""Who speaks in each part of a decision document, and on which side of what one party asks.

A hearing's determination, a tribunal's judgment, an appeal decision, an ombudsman's decision,
a 复议决定书 or an arbitration's 处理决定 is written by the deciding body, but most of it reports
others: the party that asks (the applicant, the appellant, the claimant, 申请人, 申诉人) puts its
case, the party that answers (the respondent, the council, the objectors, 被申请人) puts its own,
and then the body gives its reasons and its order; a member who disagrees may add a dissent. An
analyst reads each part as its speaker's, not as the author's voice throughout:

- the asking party's part argues for what it asks (the question the body decides), the answering
  party's part against it;
- the body's own part ("Reasons", "My findings", "本机关认为", "经审理查明", "The majority")
  takes the side of its operative outcome: for the request where the outcome grants it ("The
  appeal is allowed", "I uphold this complaint", "撤销原决定"), against it where it refuses it
  ("The application is refused", "驳回申请，维持原决定"); a point the body grants before it
  turns ("Members accept that X. However, …") is the other side's;
- a dissent takes the other side than the outcome;
- where the body itself puts the measure (a penalty it intends) and a party's part is that
  party's defence against it ("当事人陈述申辩情况", "Representations against the proposed
  penalty"), the defence argues against the measure and the outcome grants or refuses the
  defence ("该项理由不予采纳": the body keeps its measure, and argues for it).

A part opens at a heading, caption or label line that names it (``parts`` in
``ingest/data/<lang>/decisions.yaml``) and runs to the next part, to the next heading that opens
none or to a caption naming another contributor ("Notes from the clerk"; ``others``); a numbered
heading run into its part's first numbered paragraph ("3. Reasons 3.1 We…") opens the part too. A
heading that names a party's reply, representations or objection ("Response from the landlord",
"Written representations of the operator") opens the answering party's part. A heading that
names a party only by its name ("The Harbour Club's case") opens the answering party's part where
the party's own words refuse what is asked (``refusals``: the sentence opening its part, "The
operator does not accept that…", or one whose subject is the name a header field gives its role,
"Rider: Ms Kay Lund" and "Lund admits X but denies that Y" for "The rider's case"): an analyst
reads the party that denies as the one that answers, though a tribunal may hear its case first.
Else it opens the asking party's part where it is the first other party so named (a record puts
the party that asks first), else the answering one's. A paragraph that opens on a party's words
in the record's voice ("The respondent argues that…", "The residents opposed the scheme", or the
party's name from a header field, "Business: Quickfix Ltd" and "Quickfix says…"; ``openers``,
``parties``) is that party's, inside any part, and one that opens on a member who would have
decided the other way ("One member, Ms Q, would have allowed the appeal") is a dissent. Where the
outcome is partial (both granted and refused, "维持…；撤销…"), the body's part and the dissent are
left to the other readings, and the parties' parts are still told apart; where no outcome cue
speaks, the body takes the side the text's own conclusions give its author. A text is read so
only when it has two parts of different speakers, one of them a party's, or a dissent (a body
deciding by majority): a single "Reasons" heading in an essay makes no decision document.
"""

import re
from collections.abc import Sequence
from enum import StrEnum
from functools import cache
from typing import NamedTuple

from pydantic import BaseModel, ConfigDict

from argkg.ingest.lexicon import any_pattern, load_data
from argkg.ingest.sides import other_side
from argkg.ingest.spans import Block, BlockKind
from argkg.schema.vocabulary import Lang, Stance

__all__ = ["Part", "PartSide", "decision_parts", "part_side"]


class Part(StrEnum):
    """Who speaks in a part of a decision document."""

    ASKS = "asks"
    ANSWERS = "answers"
    DEFENDS = "defends"
    DECIDES = "decides"
    DISSENTS = "dissents"


class PartSide(NamedTuple):
    """The part a block belongs to and the side that part takes on what the asking party asks
    (None: the body's, which no outcome cue states, waits for the author's side)."""

    part: Part
    side: Stance | None


class _Parts(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    asks: list[str]
    answers: list[str]
    defends: list[str] = []
    decides: list[str]
    dissents: list[str]


class _Openers(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    asks: list[str]
    answers: list[str]
    dissents: list[str] = []


class _Parties(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    asks: str
    answers: str


class _Outcome(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    grants: list[str]
    refuses: list[str]


class _DecisionsData(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    parts: _Parts
    named: str | None = None
    others: str | None = None
    openers: _Openers
    speaks: str
    parties: _Parties
    titles: list[str]
    outcome: _Outcome
    grants: list[str]
    refusals: str | None = None
    fields: str | None = None


class _Cues(NamedTuple):
    parts: dict[Part, re.Pattern[str]]
    named: re.Pattern[str] | None
    others: re.Pattern[str] | None
    openers: dict[Part, re.Pattern[str]]
    speaks: str
    parties: dict[Part, re.Pattern[str]]
    titles: frozenset[str]
    grants: re.Pattern[str]
    refuses: re.Pattern[str]
    conceded: re.Pattern[str]
    refusals: re.Pattern[str] | None
    fields: re.Pattern[str] | None


@cache
def _compiled(lang: Lang) -> _Cues:
    data = load_data("decisions", _DecisionsData, lang.value)
    return _Cues(
        parts={part: any_pattern(getattr(data.parts, part.value), re.IGNORECASE) for part in Part},
        named=re.compile(data.named, re.IGNORECASE) if data.named else None,
        others=re.compile(data.others, re.IGNORECASE) if data.others else None,
        openers={
            Part.ASKS: any_pattern(data.openers.asks, re.IGNORECASE),
            Part.ANSWERS: any_pattern(data.openers.answers, re.IGNORECASE),
            Part.DISSENTS: any_pattern(data.openers.dissents, re.IGNORECASE),
        },
        speaks=data.speaks,
        parties={
            Part.ASKS: re.compile(data.parties.asks, re.IGNORECASE),
            Part.ANSWERS: re.compile(data.parties.answers, re.IGNORECASE),
        },
        titles=frozenset(data.titles),
        grants=any_pattern(data.outcome.grants, re.IGNORECASE),
        refuses=any_pattern(data.outcome.refuses, re.IGNORECASE),
        conceded=any_pattern(data.grants, re.IGNORECASE),
        refusals=re.compile(data.refusals, re.IGNORECASE) if data.refusals else None,
        fields=re.compile(data.fields) if data.fields else None,
    )


#: The lines that open a part for the lines below them: a heading, a caption, a title.
_LABELS = (BlockKind.TITLE, BlockKind.HEADING, BlockKind.CAPTION)
#: Where a numbered heading runs into the first numbered paragraph of its part ("3. Reasons 3.1 We…").
_RUN_IN = re.compile(r"(?<=\S)\s+(?=\d{1,2}\.\d{1,2}\s)")
#: A body line that is only a label ("本机关认为:", "Reasons:"): a few words, a colon, no sentence.
_BARE_LABEL = re.compile(r"^[^。.!?！？]{1,30}[:：]$")


def _marked(
    line: str, cues: _Cues, named: list[str], refusing: frozenset[str], *, label: bool
) -> Part | None:
    """The part a line opens by naming it, or None.

    A heading (``label``) that names a party's part only by the party's name opens the answering
    party's part where it names a reply ("Response from the landlord") or where the party's own
    words refuse what is asked (``refusing``, `_refusing`), else the asking party's where it
    names the first other party so named ("The Harbour Club's case": a record puts the party
    that asks first), else the answering one's; ``named`` holds the parties named so far, in
    order, and is extended here ("" first where the asking party was named by its role).
    """
    found = next((p for p, cue in cues.parts.items() if cue.match(line)), None)
    if found is Part.ASKS and not named:
        named.append("")  # the asking party is named by its role: every party named later answers
    party = cues.named.match(line) if found is None and label and cues.named is not None else None
    if party is None:
        return found
    who = _party(party.group("who") or "")
    named += [] if who in named else [who]
    first = next((n for n in named if n not in refusing), None)
    return Part.ASKS if who and who == first else Part.ANSWERS


def _labels(line: str, cues: _Cues) -> bool:
    """Whether a body line is only a label: a few words and a colon ("Reasons:"), or a line that is
    nothing but a party's part named by its name, too long for a heading ("2. Written representations
    of the operator (received 3 May)")."""
    named = cues.named is not None and cues.named.match(line) is not None
    return named or _BARE_LABEL.match(line) is not None


def _party(who: str) -> str:
    """A party as a heading names it, to compare: lower case, without "the" ("The Player" -> "player")."""
    return re.sub(r"^the\s+", "", who.strip().lower())


def _sentences(line: str) -> list[str]:
    """The sentences of a body line, cut at a full stop, question or exclamation mark."""
    return [s for s in re.split(r"(?<=[.!?])\s+", line.strip()) if s]


def _refusing(text: str, blocks: Sequence[Block], cues: _Cues) -> frozenset[str]:
    """The parties, as their part's heading names them (`_party`), whose own words refuse what is
    asked: the sentence that opens their part ("Written representations of the operator" and "The
    operator does not accept that…"), or any sentence whose subject is the name a header field
    gives their role ("Member: Ms Jo Quinn", "Ms Quinn admits X but denies that Y", and "The
    member's case"). An analyst reads the party that denies as the one that answers, whichever the
    record names first: a tribunal may hear the accused's case before the prosecutor's.
    """
    if cues.refusals is None or cues.named is None:
        return frozenset()
    lines = [text[b.start : b.end].strip() for b in blocks]
    body = [b.kind is BlockKind.BODY for b in blocks]
    said = [_sentences(line) if kept else [] for line, kept in zip(lines, body, strict=True)]
    refusals = [cues.refusals.match(s) for sentences in said for s in sentences]
    subjects = {_subject(found.group("who"), cues.titles) for found in refusals if found is not None}
    playing = _playing(lines, cues)
    result = set()
    for i, line in enumerate(lines):
        heading = cues.named.match(line)
        if heading is None or not heading.group("who"):
            continue
        party = _party(heading.group("who"))
        opening = next((sentences[0] for sentences in said[i + 1 :] if sentences), "")
        if cues.refusals.match(opening) is not None or playing.get(party, set()) & subjects:
            result.add(party)
    return frozenset(result)


def _playing(lines: Sequence[str], cues: _Cues) -> dict[str, set[str]]:
    """Per role (as `_party` gives it), the ways the header fields name who plays it ("Rider: Ms Kay
    Lund" -> "rider": "ms kay lund", "lund"), in lower case."""
    found: dict[str, set[str]] = {}
    for line in lines:
        field = cues.fields.match(line) if cues.fields is not None else None
        if field is not None:
            words = field.group("name").lower().split()
            found.setdefault(_party(field.group("role")), set()).update({" ".join(words), words[-1]})
    return found


def _subject(who: str, titles: frozenset[str]) -> str:
    """The subject of a refusal as a header field's name would give it: lower case, without a
    courtesy title ("Mr Quinn" -> "quinn")."""
    words = who.strip().lower().split()
    return " ".join(words[1:] if len(words) > 1 and words[0].rstrip(".") in titles else words)


def _names(name: str, titles: frozenset[str]) -> list[str]:
    """The ways a party's name from a header field is written again: in full, by its first word
    unless that is a title ("Quickfix" of "Quickfix Ltd"), by its title and last word ("Mr Obi")."""
    words = name.split()
    if not words:
        return []
    found = [name.strip()]
    if words[0].lower().rstrip(".") in titles:
        found += [f"{words[0]} {words[-1]}"] if len(words) > 2 else []
    elif len(words) > 1:
        found.append(words[0])
    return found


def _party_openers(text: str, blocks: Sequence[Block], cues: _Cues) -> dict[Part, re.Pattern[str]]:
    """Per party, the paragraph opening on its name from a header field and a speaking verb."""
    result = dict(cues.openers)
    for part, field in cues.parties.items():
        names: list[str] = []
        for block in blocks:
            found = field.match(text[block.start : block.end].strip())
            names += _names(found.group("name"), cues.titles) if found is not None else []
        if names:
            named = "|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True))
            pattern = rf"^\W*(?:{named}){cues.speaks}"
            result[part] = re.compile(f"{result[part].pattern}|{pattern}", re.IGNORECASE)
    return result


#: An operative outcome that grants part of what was asked and refuses the rest ("维持…；撤销…").
_PARTIAL = "partial"


def _outcome(text: str, blocks: Sequence[Block], cues: _Cues) -> Stance | str | None:
    """The side the operative outcome takes on what the asking party asks: pro where it grants it,
    con where it refuses it, `_PARTIAL` where it does both, None where no outcome cue speaks."""
    granted = refused = False
    for block in blocks:
        line = text[block.start : block.end]
        granted = granted or cues.grants.search(line) is not None
        refused = refused or cues.refuses.search(line) is not None
    if granted and refused:
        return _PARTIAL
    return Stance.PRO if granted else Stance.CON if refused else None


def _side(part: Part, outcome: Stance | str | None) -> Stance | None:
    """The side of ``part`` by its speaker and the ``outcome``: None where the body's side waits for
    the author's (`part_side`)."""
    if part is Part.ASKS:
        return Stance.PRO
    if part in (Part.ANSWERS, Part.DEFENDS):
        return Stance.CON
    if not isinstance(outcome, Stance):
        return None
    return outcome if part is Part.DECIDES else other_side(outcome)


def decision_parts(text: str, blocks: Sequence[Block], lang: Lang) -> list[PartSide | None]:
    """Per block, the part of a decision document it belongs to and that part's side, or None
    (outside any part, or the text is no decision document; see the module docstring)."""
    cues = _compiled(lang)
    openers = _party_openers(text, blocks, cues)
    outcome = _outcome(text, blocks, cues)
    refusing = _refusing(text, blocks, cues)
    parts: list[Part | None] = []
    running: Part | None = None
    named: list[str] = []
    for block in blocks:
        line = text[block.start : block.end].strip()
        # a numbered heading run into its part's first numbered paragraph ("3. Reasons 3.1 We…")
        lead = _RUN_IN.split(line, 1)[0] if block.kind is BlockKind.BODY else line
        if lead != line and (run_in := _marked(lead, cues, named, refusing, label=True)) is not None:
            running = run_in
            parts.append(running)
            continue
        bare = block.kind is BlockKind.BODY and _labels(line, cues)
        label = block.kind in _LABELS or bare
        marked = _marked(line, cues, named, refusing, label=label)
        if label:
            # a heading that names no part ends the one before, and so does a caption that names
            # another contributor ("Notes from the clerk"); a sub-heading of the part ("Access") does
            # not, nor does a bare label in its body (a reply's salutation, "Dear Ms Reyes:", or
            # its "We decide as follows:")
            sub = block.kind is BlockKind.CAPTION or bare
            kept = sub and (cues.others is None or not cues.others.match(line))
            running = marked if marked is not None or not kept else running
            parts.append(running)
            continue
        opened = next((p for p, o in openers.items() if o.match(line)), None)
        parts.append(marked or opened or running)
    spoken = {p for p in parts if p is not None}
    # a dissent shows a body that decides by majority, whatever else its record names
    if Part.DISSENTS not in spoken and (
        len(spoken) < 2 or not spoken & {Part.ASKS, Part.ANSWERS, Part.DEFENDS}
    ):
        return [None] * len(blocks)
    if Part.DEFENDS in spoken and isinstance(outcome, Stance):
        # the body puts the measure itself: what its outcome grants or refuses is the defence
        outcome = other_side(outcome)
    partial = outcome == _PARTIAL
    result: list[PartSide | None] = []
    for part in parts:
        body = part in (Part.DECIDES, Part.DISSENTS)
        result.append(None if part is None or (body and partial) else PartSide(part, _side(part, outcome)))
    return result


def part_side(part: PartSide, sentence: str, lang: Lang, author: Stance | None) -> Stance | None:
    """The side of ``sentence`` in ``part``: the part's, but the other one for a point the body
    grants in its own part before it turns ("Members accept that X."). Where no outcome cue
    speaks ("The trophy goes to the visitors."), the body takes the side its conclusions give the
    ``author`` (the text's own verdict, `argkg.ingest.claims`), a dissent the other one; None
    while that is not known."""
    side = part.side
    if side is None and author in (Stance.PRO, Stance.CON):
        side = author if part.part is Part.DECIDES else other_side(author)
    if side is None:
        return None
    conceded = _compiled(lang).conceded
    granting = part.part in (Part.DECIDES, Part.DISSENTS)
    if granting and conceded.search(sentence.strip()) is not None:
        return other_side(side)
    return side
