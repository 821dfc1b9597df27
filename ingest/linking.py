"""Link each document's debated question to the issue that several documents share (DESIGN.md §6).

A document argues an issue through its debate assumptions (the affirmative reading of a question
it asks) or, when it asks none, through its thesis (its first main claim). Which issue its main
proposition argues is decided by what the whole document is about (`link_all` groups the batch
with the stored documents through `argkg.ingest.topics`; see `_decisions`); any further
proposition of a long document is matched by content against the issues already known (the
store's, plus those of documents linked earlier in the same batch; two questions of one document
are one issue only when worded alike): the wording is normalised (`issue_key`), reduced to content
terms (`content_terms`: stop words and negations dropped, English words stemmed, Chinese read as
character pairs, from ``ingest/data/<lang>/issues.yaml``) and compared with a soft Dice
coefficient whose term matching is rapidfuzz's ``fuzz.ratio`` (`similarity`), to which the
overlap of the whole document with the issue's other documents is added (short texts on one
question share their vocabulary well beyond the thesis). The best known issue whose sum reaches
`MATCH_THRESHOLD` is the proposition's issue; otherwise the proposition raises a new issue keyed
by its own normalised wording. The ON_ISSUE score is the wording's similarity alone, a function
of the two wordings, so that re-ingesting changes nothing. The threshold is conservative: a wrong merge is
worse than a missed one, and an `IssueOverride` (``argkg link``/``unlink``, ``ingest --question``)
states what matching cannot tell.

The link is explicit, not a merge of nodes: each document keeps its own debate assumption (its
analyses stay per document) and gains ``ON_ISSUE`` edges to the shared `Issue`: from the
assumption, or the thesis claim, that states the proposition (with the match score and a
polarity: deny when it says the opposite of the issue's wording) and from the Document (with
its stance on the issue).

Stance: a proposition's side is what its document's claims do to it (SUPPORTS only: pro,
ATTACKS only: con, both: mixed; a thesis takes its main claim's stance), reversed when the
proposition opposes the issue's wording (`opposed`: an odd count of negations and opposite
words between them, "ban" against "allow"). Not checked: a paraphrase that reverses meaning
without a listed word ("keep" against "scrap") keeps its side.
"""

import re
import unicodedata
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from pydantic import BaseModel, ConfigDict
from rapidfuzz import fuzz, process

from argkg.ingest import topics
from argkg.ingest.lexicon import load_data
from argkg.ingest.topics import stem as _stem
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
    "TERM_MATCH",
    "issue_key",
    "content_terms",
    "similarity",
    "opposed",
    "link_issues",
    "link_all",
]

#: Least sum of the wording's `similarity` and the documents' overlap at which a proposition
#: joins a known issue (wording alone must reach it when the issue has no other document).
MATCH_THRESHOLD = 0.5
#: Least rapidfuzz ``fuzz.ratio`` (0..100) at which two content terms count as one.
TERM_MATCH = 85.0

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")
_LATIN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


class _IssueData(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    stop_words: list[str]
    negations: list[str]
    suffixes: list[str]
    opposites: list[tuple[str, str]]


@dataclass(frozen=True)
class _Proposition:
    """One proposition a document argues: its text, the node it lives on, its document's side."""

    text: str
    node_id: str
    side: IssueStance


@cache
def _data(lang: Lang) -> _IssueData:
    return load_data("issues", _IssueData, lang.value)


def issue_key(text: str) -> str:
    """Return the normalised wording of a question: NFKC, case-folded, punctuation dropped.

    >>> issue_key("Should  Cities ban cars?")
    'should cities ban cars'
    """
    folded = unicodedata.normalize("NFKC", text).casefold()
    kept = "".join(ch if ch.isalnum() or ch.isspace() or ch == "'" else " " for ch in folded)
    return " ".join(kept.split())


def _words(text: str) -> list[str]:
    """The blank-separated words of the normalised ``text``, with "n't" split off."""
    key = issue_key(text).replace("n't", " n't")
    return [w for w in re.split(r"\s+", key) if w]


def _count_words(text: str, words: Sequence[str]) -> int:
    """Occurrences of ``words`` in Chinese runs of ``text``, longest first, none counted twice."""
    count = 0
    for run in _CJK.findall(text):
        for word in sorted(words, key=len, reverse=True):
            count += run.count(word)
            run = run.replace(word, " ")
    return count


@cache
def content_terms(text: str) -> frozenset[str]:
    """Return the content terms of a proposition: stemmed English words, Chinese character pairs.

    >>> sorted(content_terms("Should cities ban the cars?"))
    ['ban', 'car', 'citi']
    >>> sorted(content_terms("城市应该禁止汽车"))
    ['城市', '止汽', '汽车', '禁止']
    """
    en, zh = _data(Lang.EN), _data(Lang.ZH)
    drop_en = frozenset(en.stop_words) | frozenset(en.negations)
    terms: set[str] = set()
    for word in _LATIN.findall(issue_key(text)):
        if word not in drop_en and not word.endswith("n't"):
            terms.add(_stem(word, _suffixes()))
    zh_drop = sorted({*zh.stop_words, *zh.negations}, key=len, reverse=True)
    for run in _CJK.findall(text):
        for word in zh_drop:
            run = run.replace(word, " ")
        for piece in run.split():
            terms.update(piece[i : i + 2] for i in range(max(len(piece) - 1, 1)))
    return frozenset(terms)


def _matched(terms: frozenset[str], others: frozenset[str]) -> int:
    """How many of ``terms`` have a counterpart in ``others`` (fuzz.ratio >= TERM_MATCH)."""
    choices = sorted(others)
    return sum(
        1
        for term in terms
        if term in others or process.extractOne(term, choices, scorer=fuzz.ratio, score_cutoff=TERM_MATCH)
    )


def similarity(a: str, b: str) -> float:
    """Return how alike two propositions are in content, 0..1 (a soft Dice coefficient of terms).

    >>> similarity("Should cities ban cars?", "Cars should be banned from cities")
    1.0
    >>> similarity("Should cities ban cars?", "Is nuclear power safe?")
    0.0
    """
    terms_a, terms_b = content_terms(a), content_terms(b)
    if not terms_a or not terms_b:
        return 0.0
    return (_matched(terms_a, terms_b) + _matched(terms_b, terms_a)) / (len(terms_a) + len(terms_b))


def opposed(a: str, b: str) -> bool:
    """Whether ``a`` says the opposite of ``b``: an odd count of negations and opposite words.

    >>> opposed("Cities should ban cars", "Cities should not ban cars")
    True
    >>> opposed("Cities should ban cars", "Cars should be allowed in cities")
    True
    >>> opposed("Cities should not ban cars", "城市不应该禁止汽车")
    False
    """
    en, zh = _data(Lang.EN), _data(Lang.ZH)
    flips = 0
    for text in (a, b):
        flips += sum(1 for w in _words(text) if w in en.negations)
        flips += _count_words(text, zh.negations)
    words_a, words_b = _opposite_words(a), _opposite_words(b)
    for x, y in _opposite_pairs():
        if (x in words_a and y in words_b) or (y in words_a and x in words_b):
            flips += 1
    return flips % 2 == 1


@cache
def _opposite_pairs() -> frozenset[tuple[str, str]]:
    suffixes = _suffixes()
    return frozenset(
        (_stem(x, suffixes), _stem(y, suffixes)) for lang in Lang for x, y in _data(lang).opposites
    )


@cache
def _suffixes() -> tuple[str, ...]:
    return tuple(sorted(_data(Lang.EN).suffixes, key=len, reverse=True))


def _opposite_words(text: str) -> frozenset[str]:
    """The stemmed English words of ``text`` and the short substrings of its Chinese runs."""
    found = {_stem(w, _suffixes()) for w in _LATIN.findall(issue_key(text))}
    for run in _CJK.findall(text):
        found |= {run[i:j] for i in range(len(run)) for j in range(i + 1, min(len(run), i + 4) + 1)}
    return frozenset(found)


def _sides(graph: DocumentGraph) -> list[_Proposition]:
    """The propositions ``graph`` argues: its debate assumptions, else its thesis."""
    found = []
    for assumption in graph.of_type(Assumption):
        if assumption.origin is not AssumptionOrigin.DEBATE:
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
    if not mains:
        return []
    return [_Proposition(mains[0].text, mains[0].id, IssueStance(mains[0].stance.value))]


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
    text: str,
    candidates: Sequence[Issue],
    context: Mapping[str, Sequence[str]],
    prefer: Collection[str],
) -> tuple[Issue, float] | None:
    """The candidate issue ``text`` joins, with the proposition's similarity to its wording.

    A candidate qualifies when the proposition's similarity to its wording plus the overlap of
    the document with the candidate's other documents (``context``) reaches `MATCH_THRESHOLD`;
    a qualifying ``prefer`` candidate (the issue the stored document argues) wins, else the
    highest sum (ties: the smaller id).
    """
    key = issue_key(text)
    scored = []
    for candidate in candidates:
        wording = 1.0 if candidate.key == key else similarity(text, candidate.text)
        others = context.get(candidate.id, ())
        overlap = max((_dice(graph.document.text, other) for other in others), default=0.0)
        if wording + overlap >= MATCH_THRESHOLD:
            scored.append(
                (candidate.id not in prefer, -(wording + overlap), candidate.id, wording, candidate)
            )
    if not scored:
        return None
    *_, wording, best = min(scored, key=lambda row: row[:3])
    return best, round(wording, 4)


def _resolve(
    graph: DocumentGraph,
    proposition: _Proposition,
    known: list[Issue],
    override: IssueOverride | None,
    context: Mapping[str, Sequence[str]],
    prefer: Collection[str],
) -> tuple[Issue, float]:
    if override is None:
        found = _best(graph, proposition.text, known, context, prefer)
        if found is not None:
            return found
        return _new_issue(proposition.text, issue_key(proposition.text)), 1.0
    if override.question is not None:
        return _new_issue(override.question, issue_key(override.question)), 1.0
    return _unlinked(proposition.text, graph.document.sha256), 1.0


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
    chosen = max(
        range(len(propositions)),
        key=lambda n: (similarity(propositions[n].text, decided.text) if decided else 0.0, -n),
        default=None,
    )
    for n, proposition in enumerate(propositions):
        if decided is not None and override is None and n == chosen:
            same = issue_key(proposition.text) == decided.key
            issue, score = decided, 1.0 if same else round(similarity(proposition.text, decided.text), 4)
        else:
            issue, score = _resolve(graph, proposition, candidates, override, context or {}, prefer)
        issues.setdefault(issue.id, issue)
        deny = opposed(proposition.text, issue.text)
        sides.setdefault(issue.id, []).append(_reversed(proposition.side) if deny else proposition.side)
        scores[issue.id] = max(scores.get(issue.id, 0.0), score)
        if proposition.node_id != graph.document.id:
            polarity = Polarity.DENY if deny else Polarity.AFFIRM
            rels.append(
                Relationship(
                    type=RelType.ON_ISSUE,
                    start=proposition.node_id,
                    end=issue.id,
                    score=score,
                    polarity=polarity,
                )
            )
    for issue_id, issue in issues.items():
        nodes.append(issue)
        stance = _combined(sides[issue_id])
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


def _document_issue(graph: DocumentGraph) -> str | None:
    """The issue a stored document argues most surely (its Document's best-scored ON_ISSUE)."""
    links = [r for r in graph.relationships if r.type is RelType.ON_ISSUE and r.start == graph.document.id]
    return min(links, key=lambda r: (-(r.score or 0.0), r.end)).end if links else None


def _question(graph: DocumentGraph) -> str | None:
    """The question a document states (its first debate assumption with a content term), if any."""
    debate = [
        a for a in graph.of_type(Assumption) if a.origin is AssumptionOrigin.DEBATE and content_terms(a.text)
    ]
    return min(debate, key=lambda a: (a.start or 0, a.id)).text if debate else None


@cache
def _topic_stop_words() -> frozenset[str]:
    return frozenset(w for lang in Lang for w in (*_data(lang).stop_words, *_data(lang).negations))


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
    for graph in stored:
        issue_id = _document_issue(graph)
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
    """
    fresh = {g.document.source for g in graphs}
    docs, fixed = _grouped(graphs, stored, overrides, known)
    profiles = [
        topics.profile(g.document.text, stop_words=_topic_stop_words(), suffixes=_suffixes()) for g in docs
    ]
    questions = [_question(g) for g in docs]
    matrix = topics.with_questions(topics.similarities(profiles), questions, similarity, issue_key)
    groups = topics.group(matrix, [issue.id if issue is not None else None for issue in fixed])
    decided: dict[str, Issue] = {}
    for i, graph in enumerate(docs):
        members = [j for j, g in enumerate(groups) if g == groups[i]]
        alone = len(members) == 1 and fixed[i] is None
        if graph.document.source not in fresh or (alone and not _sides(graph)):
            continue
        label = next((issue for issue in (fixed[j] for j in members) if issue is not None), None)
        if label is None:
            ordered = topics.central(matrix, members)
            stated = [q for q in (questions[j] for j in ordered) if q is not None]
            theses = [s.text for j in ordered for s in _sides(docs[j])[:1] if content_terms(s.text)]
            text = (stated or theses or [topics.lead(docs[ordered[0]].document.text)])[0]
            label = _new_issue(text, issue_key(text))
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
    return linked
