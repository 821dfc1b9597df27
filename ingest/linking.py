"""Link each document's debated question to the issue that several documents share (DESIGN.md §6).

A document argues an issue through its debate assumptions (the affirmative reading of a question
it asks) or, when it asks none, through its thesis (its first main claim with a side; its other
main claims and its first claim are other wordings of it, matched as well). Each such
proposition is matched by content against the issues already known (the store's, plus those
of documents linked earlier in the same batch; two questions of one document are one issue only
when worded alike) with `argkg.ingest.issue_terms.similarity`, to which the overlap of the whole
document with the issue's other documents is added (short texts on one question share their
vocabulary well beyond the thesis). The best known issue whose wording reaches `WORDING_FLOOR`
and whose sum reaches `MATCH_THRESHOLD` is the proposition's issue; otherwise the proposition
raises a new issue keyed by its own normalised wording. Which issue a document's main proposition
argues is first decided by what the whole document is about: `link_all` groups the batch with the
stored documents through `argkg.ingest.topics` (see `_decisions`), so that texts on one question
that word it differently, or never state it, argue one issue. The ON_ISSUE score is the wording's
similarity alone, a function of the two wordings, so that re-ingesting changes nothing. The
thresholds are conservative: a wrong merge is worse than a missed one, and an `IssueOverride`
(``argkg link``/``unlink``, ``ingest --question``) states what matching cannot tell.

The link is explicit, not a merge of nodes: each document keeps its own debate assumption (its
analyses stay per document) and gains ``ON_ISSUE`` edges to the shared `Issue`: from the
assumption, or the thesis claim, that states the proposition (with the match score and a
polarity: deny when it says the opposite of the issue's wording, `issue_terms.opposed`) and
from the Document (with its stance on the issue).

Stance: the document's side is read from its own sentences against the issue's wording
(`argkg.ingest.issue_side.document_side`); only a document none of whose sentences is worded
like the issue takes the side its claims give its propositions (SUPPORTS only: pro, ATTACKS
only: con, both: mixed; a thesis takes its main claim's stance), reversed when the proposition
opposes the issue's wording. A document that only gives its reasons (the loose vote decides)
takes the side of the stating document of its issue it is most like, when clearly more like one
side than the other (`_agreed`).
"""

import re
from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from argkg.ingest import glossary, topics
from argkg.ingest.issue_side import PEER_FLOOR, PEER_MARGIN, closest, concept_side, document_side, stated_side
from argkg.ingest.issue_terms import (
    anaphoric,
    content_terms,
    issue_data,
    issue_key,
    opposed,
    proposes,
    similarity,
    suffixes,
    topic_similarity,
    without_frames,
)
from argkg.ingest.langdetect import detect_lang
from argkg.schema import (
    Assumption,
    AssumptionOrigin,
    Claim,
    DocumentGraph,
    Issue,
    IssueOverride,
    IssueStance,
    Lang,
    Node,
    Polarity,
    Relationship,
    RelType,
    Role,
    Stance,
    shared_id,
)

__all__ = [
    "MATCH_THRESHOLD",
    "WORDING_FLOOR",
    "link_issues",
    "link_all",
    "stated_question",
]

#: Least sum of the wording's `similarity` and the documents' overlap at which a proposition
#: joins a known issue (wording alone must reach it when the issue has no other document).
MATCH_THRESHOLD = 0.5
#: Least `similarity` of wording at which a proposition may join a known issue at all, however
#: alike the documents are (two questions on one topic share their vocabulary).
WORDING_FLOOR = 0.4
#: How a question ends: a question is the neutral wording of an issue, a thesis one side's.
_ASKS = ("?", "？")
#: What ends a sentence or line: where a stated question starts (`_asked`).
_SENTENCE_END = re.compile(r"[.!?。！？\n]")


@dataclass(frozen=True)
class _Proposition:
    """One proposition a document argues: its wording and node, its side, other wordings of it.

    ``alternatives`` are the document's other thesis-like sentences (its other main claims, its
    first claim) as (text, node id): matched as well, the best match links the document.
    """

    text: str
    node_id: str
    side: IssueStance
    alternatives: tuple[tuple[str, str], ...] = ()


def _sides(graph: DocumentGraph) -> list[_Proposition]:
    """The propositions ``graph`` argues: its debate assumptions, else its thesis; none worded
    without a single word (symbols and emoji name no question a shared issue could hold).

    A thesis that only points back ("This is why I support it", "所以我支持这个做法":
    `issue_terms.anaphoric`) names no question, so the next one stands for the document (an
    anaphoric one only when every thesis is). A debate assumption that points back ("应该",
    answering a question) is kept: its side is the document's (leaving it out lost sides on
    set 1).
    """
    found = []
    for assumption in graph.of_type(Assumption):
        if assumption.origin is not AssumptionOrigin.DEBATE or not issue_key(assumption.text):
            continue
        kinds: set[RelType] = {
            rel.type
            for rel in graph.relationships
            if rel.end == assumption.id and rel.type in (RelType.SUPPORTS, RelType.ATTACKS)
        }
        found.append(_Proposition(assumption.text, assumption.id, _side(kinds)))
    if found:
        return found
    mains = sorted(
        (c for c in graph.of_type(Claim) if c.role is Role.MAIN and c.stance is not Stance.NEUTRAL),
        key=lambda claim: (claim.stance is not Stance.PRO, claim.start),
    )
    claims = sorted((c for c in graph.of_type(Claim) if content_terms(c.text)), key=lambda c: c.start)
    others = [c for c in graph.of_type(Claim) if c.role is Role.MAIN and c not in mains]
    ranked = dict.fromkeys([*mains, *sorted(others, key=lambda c: c.start), *claims[:1]])
    worded = [claim for claim in ranked if issue_key(claim.text)]
    theses = [claim for claim in worded if not anaphoric(claim.text)] or worded
    if not theses:
        return []
    first = theses[0]
    side = IssueStance(first.stance.value) if first in mains else IssueStance.NEUTRAL
    return [_Proposition(first.text, first.id, side, tuple((c.text, c.id) for c in theses[1:]))]


def _side(kinds: set[RelType]) -> IssueStance:
    if kinds == {RelType.SUPPORTS}:
        return IssueStance.PRO
    if kinds == {RelType.ATTACKS}:
        return IssueStance.CON
    return IssueStance.MIXED if kinds else IssueStance.NEUTRAL


def _combined(sides: Sequence[IssueStance]) -> IssueStance:
    """One document's stance on an issue from its propositions' sides."""
    taken = set(sides) - {IssueStance.NEUTRAL}
    if not taken:
        return IssueStance.NEUTRAL
    return taken.pop() if len(taken) == 1 else IssueStance.MIXED


def _reversed(side: IssueStance) -> IssueStance:
    swap = {IssueStance.PRO: IssueStance.CON, IssueStance.CON: IssueStance.PRO}
    return swap.get(side, side)


def _new_issue(text: str, key: str) -> Issue:
    return Issue(id=shared_id("Issue", key), text=text, key=key)


def _unlinked(text: str, sha256: str) -> Issue:
    """Return the issue of a document that shares its issue with no other (``argkg unlink``)."""
    return _new_issue(text, f"{issue_key(text)} #{sha256[:16]}")


def _dice(a: str, b: str) -> float:
    """The overlap of two texts' content terms (exact terms: cheap on whole documents)."""
    terms_a, terms_b = content_terms(a), content_terms(b)
    if not terms_a or not terms_b:
        return 0.0
    return 2 * len(terms_a & terms_b) / (len(terms_a) + len(terms_b))


def _best(
    graph: DocumentGraph,
    wordings: Sequence[tuple[str, str]],
    candidates: Sequence[Issue],
    context: Mapping[str, Sequence[str]],
    prefer: Collection[str],
) -> tuple[Issue, float, tuple[str, str]] | None:
    """The candidate issue one of ``wordings`` joins, with its similarity to the issue and itself.

    ``wordings`` are one proposition's (text, node id), its own first. A candidate qualifies
    when a wording's similarity to it plus the overlap of the document with the candidate's
    other documents (``context``) reaches `MATCH_THRESHOLD`; a qualifying ``prefer`` candidate
    (the issue the stored document argues) wins, else the highest sum (ties: the earlier
    wording, the smaller id).
    """
    scored = []
    for candidate in candidates:
        others = context.get(candidate.id, ())
        overlap = max((_dice(graph.document.text, other) for other in others), default=0.0)
        for index, (text, node_id) in enumerate(wordings):
            wording = 1.0 if candidate.key == issue_key(text) else similarity(text, candidate.text)
            if wording >= WORDING_FLOOR and wording + overlap >= MATCH_THRESHOLD:
                rank = (candidate.id not in prefer, -(wording + overlap), index, candidate.id)
                scored.append((rank, wording, candidate, (text, node_id)))
    if not scored:
        return None
    _, wording, best, chosen = min(scored, key=lambda row: row[0])
    return best, round(wording, 4), chosen


def _resolve(
    graph: DocumentGraph,
    proposition: _Proposition,
    known: list[Issue],
    override: IssueOverride | None,
    context: Mapping[str, Sequence[str]],
    prefer: Collection[str],
) -> tuple[Issue, float, tuple[str, str]]:
    """The issue ``proposition`` argues, the ON_ISSUE score and the wording that links it."""
    own = (proposition.text, proposition.node_id)
    if override is None:
        found = _best(graph, [own, *proposition.alternatives], known, context, prefer)
        if found is not None:
            return found
        return _new_issue(proposition.text, issue_key(proposition.text)), 1.0, own
    if override.question is not None:
        return _new_issue(override.question, issue_key(override.question)), 1.0, own
    return _unlinked(proposition.text, graph.document.sha256), 1.0, own


def link_issues(
    graph: DocumentGraph,
    known: Sequence[Issue],
    *,
    override: IssueOverride | None = None,
    context: Mapping[str, Sequence[str]] | None = None,
    prefer: Collection[str] = (),
    decided: Issue | None = None,
) -> DocumentGraph:
    """Return ``graph`` with ON_ISSUE links to the shared issues it argues (any old links replaced).

    Args:
        graph: one document's graph.
        known: the issues already stored or linked (shared nodes).
        override: what the user said about this document's issue, if anything.
        context: issue id -> the texts of the other documents that argue it; a document much
            like them needs less likeness of wording to join the issue.
        prefer: the issues this document argued when it was last stored: kept while they still
            qualify, so that re-ingesting into a grown store does not move the document.
        decided: the issue the document's topic group argues (`link_all`): its proposition most
            like the issue's wording argues it; any others are matched by wording as before.

    Returns:
        The graph plus its `Issue` nodes, an ON_ISSUE edge from each debate assumption or the
        thesis claim (score, polarity: deny when it says the opposite of the issue's wording)
        and one from the Document to each issue (stance, score). A document that argues nothing
        (no debate assumption, no main claim with a side) gets no link, unless ``override``
        names its question.
    """
    nodes: list[Node] = [n for n in graph.nodes if not isinstance(n, Issue)]
    rels = [rel for rel in graph.relationships if rel.type is not RelType.ON_ISSUE]
    propositions = _sides(graph)
    if not propositions and override is not None and override.question is not None:
        propositions = [_Proposition(override.question, graph.document.id, IssueStance.NEUTRAL)]
    elif not propositions and decided is not None:
        propositions = [_Proposition(decided.text, graph.document.id, IssueStance.NEUTRAL)]
    candidates = list(known)  # not this document's own new issues: its questions stay apart
    issues: dict[str, Issue] = {}
    sides: dict[str, list[IssueStance]] = {}
    scores: dict[str, float] = {}
    debated = {a.id: a for a in graph.of_type(Assumption) if a.origin is AssumptionOrigin.DEBATE}
    asked: dict[str, str] = {}
    chosen = max(
        range(len(propositions)),
        key=lambda n: (similarity(propositions[n].text, decided.text) if decided else 0.0, -n),
        default=None,
    )
    for n, proposition in enumerate(propositions):
        if decided is not None and override is None and n == chosen:
            same = issue_key(proposition.text) == decided.key
            score = 1.0 if same else round(similarity(proposition.text, decided.text), 4)
            issue, text, node_id = decided, proposition.text, proposition.node_id
        else:
            issue, score, (text, node_id) = _resolve(
                graph, proposition, candidates, override, context or {}, prefer
            )
        issues.setdefault(issue.id, issue)
        if node_id in debated:
            asked.setdefault(issue.id, _stated(graph, debated[node_id]))
        deny = opposed(text, issue.text)
        side = proposition.side if node_id == proposition.node_id else IssueStance.NEUTRAL
        sides.setdefault(issue.id, []).append(_reversed(side) if deny else side)
        scores[issue.id] = max(scores.get(issue.id, 0.0), score)
        if node_id != graph.document.id:
            polarity = Polarity.DENY if deny else Polarity.AFFIRM
            rels.append(
                Relationship(
                    type=RelType.ON_ISSUE,
                    start=node_id,
                    end=issue.id,
                    score=score,
                    polarity=polarity,
                )
            )
    for issue_id, issue in issues.items():
        nodes.append(issue)
        stance = _stance(graph, issue.text, asked.get(issue_id), sides[issue_id])
        rels.append(
            Relationship(
                type=RelType.ON_ISSUE,
                start=graph.document.id,
                end=issue_id,
                stance=stance,
                score=scores[issue_id],
            )
        )
    return DocumentGraph(
        document=graph.document, nodes=tuple(nodes), relationships=tuple(dict.fromkeys(rels))
    )


def _stance(graph: DocumentGraph, issue: str, asked: str | None, sides: Sequence[IssueStance]) -> IssueStance:
    """A document's stance on an issue: from its sentences against the issue's wording, else
    from its propositions' sides, else from its sentences against the concepts the issue names
    (`issue_side.concept_side`: the other language, listed synonyms), else neutral.

    A document in the other language than the issue's wording reads its sentences by concept
    before its propositions' sides: its sentences share no word with the wording, so
    `document_side` never says, and the concepts are the same reading across languages, while
    the sides read every thesis as pro its own wording. Measured against concepts last: set 3
    0.73 -> 0.76, own corpus 0.99 -> 1.00, topic set 0.80 -> 0.78 (a group turned around), set
    6, the others and crossdev3 equal; before the propositions' sides for every document, set 6
    rose too but the topic set fell to 0.76."""
    found = document_side(graph.document, issue, asked)
    if found is None and detect_lang(issue) is not graph.document.lang:
        found = concept_side(graph.document, issue, asked)
    found = found or _combined(sides)
    if found is IssueStance.NEUTRAL:
        return concept_side(graph.document, issue, asked) or found
    return found


def _document_links(graph: DocumentGraph) -> list[Relationship]:
    """The ON_ISSUE edges of a document's Document node."""
    return [r for r in graph.relationships if r.type is RelType.ON_ISSUE and r.start == graph.document.id]


def _document_issue(graph: DocumentGraph, sharing: Mapping[str, int]) -> str | None:
    """The issue a stored document argues most surely: the one most stored documents argue (its
    topic group's, which a document in another language joins with a wording score of 0), then
    its Document's best-scored ON_ISSUE. ``sharing``: issue id -> how many stored documents argue it."""
    links = _document_links(graph)
    return min(links, key=lambda r: (-sharing.get(r.end, 0), -(r.score or 0.0), r.end)).end if links else None


def stated_question(graph: DocumentGraph) -> str | None:
    """The question a document states (its first debate assumption with a content term), if any:
    the question sentence itself when the assumption is the answer right after it (`_asked`)."""
    debate = [
        a for a in graph.of_type(Assumption) if a.origin is AssumptionOrigin.DEBATE and content_terms(a.text)
    ]
    if not debate:
        return None
    first = min(debate, key=lambda a: (a.start or 0, a.id))
    asked = _asked(graph.document.text, first.start) if not first.text.endswith(_ASKS) else None
    return asked if asked is not None and content_terms(asked) else first.text


def _stated(graph: DocumentGraph, assumption: Assumption) -> str:
    """The wording of the question a debate assumption answers, for reading the document's
    answers to it (`issue_side.document_side`'s ``asked``): the assumption's own, or, when it
    names nothing (the bare answer "应该", "Yes"), the question right before it (`_asked`),
    which the answer after it turns ("小学生应不应该用AI写作业？我的看法是不应该。" on a question
    worded in English, whose words that sentence does not share)."""
    if content_terms(assumption.text):
        return assumption.text
    return _asked(graph.document.text, assumption.start) or assumption.text


def _asked(text: str, start: int | None) -> str | None:
    """The question that ``text`` asks right before ``start`` (only a frame such as "I think" or
    "在我看来" between them, no sentence end), or None. A question answered in the text ("Should
    X? I think we have to face it.", "应不应该X？在我看来早就该装了。") yields the answer as its
    debate proposition, which names nothing the other documents share; the question names the
    issue they argue, neutrally, as a group's wording should."""
    if start is None:
        return None
    before = text[:start]
    end = max(before.rfind(mark) for mark in _ASKS)
    if end < 0 or _SENTENCE_END.search(before[end + 1 :]):
        return None
    opening = max((m.end() for m in _SENTENCE_END.finditer(before[:end])), default=0)
    return before[opening : end + 1].strip() or None


def _focus(graph: DocumentGraph) -> str | None:
    """The sentence that says what ``graph`` argues, to weigh most in its topic profile: its
    stated question, else the first proposition it takes a side on (a thesis, not the first
    claim `_sides` falls back to, which is any sentence); neither when it only points back
    (`anaphoric`: its words are the ones before it). None without one: the first sentence
    weighs then."""
    found = stated_question(graph)
    if found is not None and not anaphoric(found):
        return found
    taken = (p for p in _sides(graph) if p.side is not IssueStance.NEUTRAL and not anaphoric(p.text))
    return next((p.text for p in taken), None)


@cache
def _topic_stop_words() -> frozenset[str]:
    data = [issue_data(lang) for lang in Lang]
    return frozenset(w for d in data for w in (*d.stop_words, *d.negations))


def _grouped(
    graphs: Sequence[DocumentGraph],
    stored: Sequence[DocumentGraph],
    overrides: Mapping[str, IssueOverride],
    known: Mapping[str, Issue],
) -> tuple[list[DocumentGraph], list[Issue | None]]:
    """The documents to group and the issue each is fixed to (None: free to group).

    Fixed: a stored document to the issue it argues, a new one to its ``--question``, and a
    re-ingested one whose text is unchanged to the issue it argued (re-ingesting changes
    nothing). Left out: a stored document replaced by a new one or with no issue, and unlinked
    documents.
    """
    fresh = {g.document.source: g.document.sha256 for g in graphs}
    docs: list[DocumentGraph] = []
    fixed: list[Issue | None] = []
    previous: dict[str, Issue] = {}
    sharing = Counter(r.end for graph in stored for r in _document_links(graph))
    for graph in stored:
        issue_id = _document_issue(graph, sharing)
        source = graph.document.source
        override = overrides.get(source)
        if issue_id is None or (override is not None and override.unlinked):
            continue
        if source in fresh:
            if fresh[source] == graph.document.sha256:
                previous[source] = known[issue_id]
            continue
        docs.append(graph)
        fixed.append(known[issue_id])
    for graph in graphs:
        override = overrides.get(graph.document.source)
        if override is not None and override.question is not None:
            docs.append(graph)
            fixed.append(_new_issue(override.question, issue_key(override.question)))
        elif override is None:
            docs.append(graph)
            fixed.append(previous.get(graph.document.source))
    return docs, fixed


def _wordings(graph: DocumentGraph) -> list[str]:
    """The wordings of what ``graph`` argues: its stated question, its thesis and other theses."""
    found = [w for w in (stated_question(graph),) if w is not None]
    for proposition in _sides(graph)[:1]:
        found.extend([proposition.text, *(text for text, _ in proposition.alternatives)])
    return [w for w in dict.fromkeys(found) if content_terms(w)]


def _wording(ordered: Sequence[DocumentGraph]) -> str | None:
    """The wording of a new group's issue: the stated question or thesis most like what the
    other documents argue (the sum over them of its best `similarity` to one of their
    wordings), so that as many documents as possible take their side against it; ties go to
    the more central document; without any, the first lead sentence that has words at all
    (None when no document has one: a text of symbols and emoji names no question).
    ``ordered``: the group, most central first.

    Stated questions come first, then questions, then theses that propose what someone should
    do (`issue_terms.proposes`: a motion's shape, which a stated question has already), then
    the rest: a thesis the reader took from a line that argues nothing (who the writer is, a
    bare fact) names no question, however many words it shares with the group. A group none
    of whose theses proposes anything still takes the best-supported one."""
    wordings = [_wordings(graph) for graph in ordered]
    candidates = [(w, j) for j, found in enumerate(wordings) for w in found]
    if not candidates:
        leads = (topics.lead(graph.document.text) for graph in ordered)
        return next((lead for lead in leads if issue_key(lead)), None)

    def support(candidate: tuple[str, int]) -> float:
        text, own = candidate
        return sum(
            max((similarity(text, other) for other in found), default=0.0)
            for j, found in enumerate(wordings)
            if j != own
        )

    stated = {q for q in (stated_question(graph) for graph in ordered) if q is not None}
    return max(
        candidates,
        key=lambda c: (
            c[0] in stated,
            c[0].endswith(_ASKS),
            c[0] in stated or proposes(c[0]),
            support(c),
            -c[1],
        ),
    )[0]


def _group_wording(
    docs: Sequence[DocumentGraph],
    fixed: Sequence[Issue | None],
    matrix: topics.Matrix,
    members: Sequence[int],
) -> str | None:
    """The wording of the issue a group argues: its fixed issue's, else `_wording`'s."""
    label = next((issue for issue in (fixed[j] for j in members) if issue is not None), None)
    if label is not None:
        return label.text
    return _wording([docs[j] for j in topics.central(matrix, members)])


def _confirmed(
    docs: Sequence[DocumentGraph], fixed: Sequence[Issue | None], matrix: topics.Matrix, groups: list[int]
) -> list[int]:
    """``groups`` with each free document left alone moved into the group it is clearly nearest
    to (`topics.nearest`) when one of its wordings is also like that group's issue wording
    (``wording_floor``): two cues agreeing where similarity alone is too close to call (a lone
    text is as often nearest to another question's group by a margin of 1.5 to 2 as to its
    own's). Decided against the groups as they stand, so the order of documents does not matter.
    """
    floor = topics.topic_settings().wording_floor
    sizes = Counter(groups)
    worded: dict[int, str | None] = {}
    moved = list(groups)
    for i, graph in enumerate(docs):
        if fixed[i] is not None or sizes[groups[i]] > 1:
            continue
        target = topics.nearest(matrix, groups, i)
        if target is None:
            continue
        if target not in worded:
            worded[target] = _group_wording(
                docs, fixed, matrix, [j for j, g in enumerate(groups) if g == target]
            )
        wording = worded[target]
        if wording is not None and any(similarity(w, wording) >= floor for w in _wordings(graph)):
            moved[i] = target
    return moved


def _motion(ordered: Sequence[DocumentGraph]) -> str | None:
    """The question a group of documents states (most central first): its issue wording
    (`_wording`) when one of its documents states it (`stated_question`) or asks it; None when
    the wording is only a thesis, which may be a reason ("riders should not pay twice for one
    trip") rather than the question."""
    wording = _wording(ordered)
    stated = {stated_question(graph) for graph in ordered}
    if wording is None or not (wording in stated or wording.endswith(_ASKS)):
        return None
    return wording


def _apart(
    docs: Sequence[DocumentGraph], matrix: topics.Matrix, profiles: Sequence[Sequence[str]]
) -> topics.Apart:
    """A veto on merging two groups (`topics.group`) whose motions name different things.

    An analyst who finds one stack of letters asking that "the ferry should run at night" and
    another that "the ferry fare should be halved" keeps them as two questions, however many
    words (ferry, crossing, island) the letters share: most of the first stack talk of the
    night and none of the second does, and most of the second talk of the fare and none of the
    first. So two groups whose motions (`_motion`) are in one language stay apart when each
    motion names a term its own group's documents mostly use and the other group's never do
    (`topics.named_only`, over the documents' content terms without action words: what is
    done, to what). One side alone is no sign (a group on one question may talk of one aspect
    the other never does); motions in two languages are not compared (their words do not meet).
    """
    motions: dict[tuple[int, ...], tuple[list[str], Lang] | None] = {}
    found = [set(profile) for profile in profiles]

    def motion(members: Sequence[int]) -> tuple[list[str], Lang] | None:
        key = tuple(sorted(members))
        if key not in motions:
            wording = _motion([docs[j] for j in topics.central(matrix, key)])
            motions[key] = (
                None
                if wording is None
                else (
                    topics.terms(without_frames(wording), _topic_stop_words(), suffixes()),
                    detect_lang(wording),
                )
            )
        return motions[key]

    def apart(first: Sequence[int], second: Sequence[int]) -> bool:
        a, b = motion(first), motion(second)
        if a is None or b is None or a[1] is not b[1]:
            return False
        own, other = [found[i] for i in first], [found[i] for i in second]
        return bool(topics.named_only(a[0], own, other) and topics.named_only(b[0], other, own))

    return apart


def _decisions(
    graphs: Sequence[DocumentGraph],
    stored: Sequence[DocumentGraph],
    overrides: Mapping[str, IssueOverride],
    known: Mapping[str, Issue],
) -> dict[str, Issue]:
    """Decide, by topic (`argkg.ingest.topics`), the issue each new document argues, by source.

    The fixed documents (`_grouped`) form groups that never merge with each other; the other
    new documents join the group they are most like, or group among themselves. A group without
    a fixed issue argues the question its most central document states, else the first thesis
    with a content term from the most central document down, else the most central document's
    first sentence. A new document that argues nothing (no debate assumption, no thesis with a
    side) argues its group's issue with a neutral stance, and nothing when alone.

    Two documents in different languages are also as alike as their words read through a
    dictionary (`argkg.ingest.glossary`), added to their topic likeness: the concepts alone
    share too few words across languages.

    Two stated questions raise their documents' likeness by what they are about
    (`issue_terms.topic_similarity`), not by the action both ask for: "Zoos should be closed"
    and "Should testing cosmetics on animals be prohibited?" share only "ban", which made them
    one group on the topic set once concepts no longer kept them apart (stop 27).
    """
    fresh = {g.document.source for g in graphs}
    docs, fixed = _grouped(graphs, stored, overrides, known)
    profiles = [
        topics.profile(g.document.text, stop_words=_topic_stop_words(), suffixes=suffixes(), focus=_focus(g))
        for g in docs
    ]
    questions = [stated_question(g) for g in docs]
    matrix = topics.with_questions(topics.similarities(profiles), questions, topic_similarity, issue_key)
    texts = [(g.document.text, g.document.lang) for g in docs]
    across = glossary.cross_similarities(texts, _topic_stop_words())
    matrix = matrix + topics.topic_settings().glossary_weight * across
    labels = [i.id if i is not None else None for i in fixed]
    groups = _confirmed(docs, fixed, matrix, topics.group(matrix, labels, _apart(docs, matrix, profiles)))
    decided: dict[str, Issue] = {}
    worded: dict[int, str | None] = {}
    for i, graph in enumerate(docs):
        members = [j for j, g in enumerate(groups) if g == groups[i]]
        alone = len(members) == 1 and fixed[i] is None
        if graph.document.source not in fresh or (alone and not _sides(graph)):
            continue
        label = next((issue for issue in (fixed[j] for j in members) if issue is not None), None)
        if label is None:
            key = min(members)
            if key not in worded:
                worded[key] = _wording([docs[j] for j in topics.central(matrix, members)])
            wording = worded[key]
            if wording is None:
                continue
            label = _new_issue(wording, issue_key(wording))
        decided[graph.document.source] = label
    return decided


def link_all(
    graphs: Sequence[DocumentGraph],
    stored: Sequence[DocumentGraph],
    overrides: Mapping[str, IssueOverride] | None = None,
) -> list[DocumentGraph]:
    """Link each graph in turn against the stored documents and the graphs linked before it.

    Args:
        graphs: the documents about to be stored, in order.
        stored: the documents the store holds (a graph replaces the one with its source).
        overrides: what the user said, by document source.

    Returns:
        The linked graphs, in order.
    """
    members: dict[str, dict[str, str]] = {}
    known: dict[str, Issue] = {}

    def add(graph: DocumentGraph) -> None:
        for issue in graph.of_type(Issue):
            known.setdefault(issue.id, issue)
            members.setdefault(issue.id, {})[graph.document.source] = graph.document.text

    for graph in stored:
        add(graph)
    previous = {g.document.source: {i.id for i in g.of_type(Issue)} for g in stored}
    decided = _decisions(graphs, stored, overrides or {}, known)
    linked = []
    for graph in graphs:
        source = graph.document.source
        context = {
            issue_id: [text for other, text in sorted(texts.items()) if other != source]
            for issue_id, texts in members.items()
        }
        done = link_issues(
            graph,
            [known[i] for i in sorted(known)],
            override=(overrides or {}).get(source),
            context=context,
            prefer=previous.get(source, set()),
            decided=decided.get(source),
        )
        add(done)
        linked.append(done)
    return _agreed(linked, stored)


@dataclass(frozen=True)
class _Reading:
    """How one document's side on one issue was read (`_readings`): ``stated`` when a sentence
    worded like the issue says it (`issue_side.stated_side`), ``reasons`` when only the loose
    vote over its reasons does."""

    graph: int
    issue: str
    stance: IssueStance
    stated: bool
    reasons: bool


def _agreed(linked: list[DocumentGraph], stored: Sequence[DocumentGraph]) -> list[DocumentGraph]:
    """``linked`` with the stance of each document that only gives its reasons (read by the loose
    vote, no sentence as close to the issue's wording as `PEER_FLOOR`) on an issue replaced by the
    side of the documents of that issue, new or stored, that
    state their side and that it is most like (TF-IDF cosine of content terms, one language):
    writers on one side give the same reasons, while the loose vote reads every reason that
    shares the issue's words as for it. Only when the nearest document of one side is
    `PEER_MARGIN` more alike than the nearest of the other; a document with no stating peer of
    either side keeps its loose vote. Every document is compared with the whole batch at once,
    so the result does not depend on the order of the batch. Stored documents are read again
    only when they argue an issue such a document argues, in its language: each costs one
    reading of its sentences (`issue_side.stated_side`)."""
    fresh = [r for i, g in enumerate(linked) for r in _readings(i, g, reasons=True)]
    asking = [r for r in fresh if r.reasons]
    if not asking:
        return linked
    issues = {r.issue for r in asking}
    langs = {linked[r.graph].document.lang for r in asking}
    sources = {g.document.source for g in linked}
    peers = [
        g
        for g in stored
        if g.document.source not in sources
        and g.document.lang in langs
        and any(r.end in issues for r in _document_links(g))
    ]
    graphs = [*linked, *peers]
    readings = fresh + [
        r
        for i, g in enumerate(peers, start=len(linked))
        for r in _readings(i, g, reasons=False)
        if r.issue in issues
    ]
    matrix = topics.similarities([sorted(content_terms(g.document.text)) for g in graphs])
    turned: dict[tuple[int, str], IssueStance] = {}
    for reading in asking:
        lang = graphs[reading.graph].document.lang
        nearest = {
            side: max(
                (
                    float(matrix[reading.graph, peer.graph])
                    for peer in readings
                    if peer.stated
                    and peer.issue == reading.issue
                    and peer.stance is side
                    and graphs[peer.graph].document.lang is lang
                ),
                default=None,
            )
            for side in (IssueStance.PRO, IssueStance.CON)
        }
        pro, con = nearest[IssueStance.PRO], nearest[IssueStance.CON]
        if pro is not None and con is not None and abs(pro - con) > PEER_MARGIN:
            turned[reading.graph, reading.issue] = IssueStance.PRO if pro > con else IssueStance.CON
    return [_restanced(i, g, turned) for i, g in enumerate(linked)]


def _readings(index: int, graph: DocumentGraph, *, reasons: bool) -> list[_Reading]:
    """How the side of ``graph`` (at ``index``) on each issue its Document links to with a side was
    read: its sentences against the issue's wording, with the question of its own that links it
    (`_stated`), as `_stance` read them; whether only its reasons say it (the loose vote) is read
    only when ``reasons`` asks (else False): a stored document is only ever a peer."""
    wordings = {issue.id: issue.text for issue in graph.of_type(Issue)}
    debated = {a.id: a for a in graph.of_type(Assumption) if a.origin is AssumptionOrigin.DEBATE}
    asked: dict[str, str] = {}
    for rel in graph.relationships:
        if rel.type is RelType.ON_ISSUE and rel.start in debated:
            asked.setdefault(rel.end, _stated(graph, debated[rel.start]))
    found = []
    for rel in _document_links(graph):
        if rel.end not in wordings or rel.stance not in (IssueStance.PRO, IssueStance.CON):
            continue
        wording, question = wordings[rel.end], asked.get(rel.end)
        stated = stated_side(graph.document, wording, question) is not None
        loose = (
            reasons
            and not stated
            and document_side(graph.document, wording, question) is not None
            and closest(graph.document, wording) < PEER_FLOOR
        )
        found.append(_Reading(index, rel.end, rel.stance, stated, loose))
    return found


def _restanced(
    index: int, graph: DocumentGraph, turned: Mapping[tuple[int, str], IssueStance]
) -> DocumentGraph:
    """``graph`` with the stance of its Document's ON_ISSUE edges set as ``turned`` says (by graph
    index and issue id)."""
    if not any(key[0] == index for key in turned):
        return graph
    rels = tuple(
        r.model_copy(update={"stance": turned[index, r.end]})
        if r.type is RelType.ON_ISSUE and r.start == graph.document.id and (index, r.end) in turned
        else r
        for r in graph.relationships
    )
    return graph.model_copy(update={"relationships": rels})
