"""Restated claims: RESTATES edges between claims of different documents that say the same thing.

Two claims of different documents restate each other when

- in one language, their content terms (`argkg.ingest.issue_terms.content_terms`) overlap
  exactly by a Dice coefficient of at least `CANDIDATE_DICE` and their soft Dice
  (`issue_terms.terms_similarity`, the one issues are matched with) reaches `WORDING_THRESHOLD`
  (near-duplicates and close paraphrases: "Cities should ban cars" and "Cars should be banned
  from cities" score 1.0); the score is the soft Dice, the basis ``wording``;
- across Chinese and English, where wording cannot be compared, they mention at least one same
  entity and cite at least one same number (value and unit; a count by its value), and what they
  share is at least `ANCHOR_THRESHOLD` of the union of their entities and numbers (the score,
  basis ``entities_numbers``).

Both tests look at the two claims only (their text, their document's language, the entities they
MENTION and the numbers they CITE), so the set of edges is a function of the stored claims: the
order documents arrive in, re-ingesting, or ingesting them in one batch changes nothing. Only
candidate pairs are scored: pairs that share terms (or entities and numbers) enough to pass the
exact test, found with binary sparse matrices (one product of the new claims' rows with all
claims' rows, in slices), never by looking at all pairs in Python. The exact test is what makes
the candidates complete: a pair outside them fails it.

In one language a claim never restates its negation: two claims of which one says the opposite
of the other (`argkg.ingest.issue_terms.opposed`: an odd count of negations, words that do away
with something, judgements against it and opposite words between them; "X should be banned" and
"X should not be banned") are no pair, however alike their terms. Across languages the two
lexicons of such words differ ("太大了" is a judgement, "too large" is not), so that count would
oppose restatements: there only negations count (`argkg.ingest.issue_terms.negations`), and a
pair of which one holds an odd count and the other an even one is no pair ("裁员是一个错误的决定"
and "cutting the jobs was not a mistake"). The edge's
``same_side`` says whether the two claims' arguments take the same side in their documents.
"""

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache

import numpy as np
from scipy import sparse

from argkg.ingest.issue_terms import (
    Opposition,
    content_terms,
    contradicts,
    negations,
    opposition,
    terms_similarity,
)
from argkg.schema import Basis, Claim, DocumentGraph, Evidence, EvidenceKind, Lang, Relationship, RelType

__all__ = ["ANCHOR_THRESHOLD", "CANDIDATE_DICE", "WORDING_THRESHOLD", "restate"]

#: Least soft Dice of content terms at which two claims in one language restate each other.
WORDING_THRESHOLD = 0.7
#: Least exact Dice of content terms as well (what the candidate index can find completely).
CANDIDATE_DICE = 0.5
#: Least share of the union of two claims' entities and numbers that they have in common
#: (zh and en; at least one entity and one number among them).
ANCHOR_THRESHOLD = 0.5
#: Rows of new claims multiplied at once (bounds the memory of one product).
_SLICE = 2_000


@dataclass(frozen=True)
class _Claim:
    """What the tests look at: the claim, its document, language and stance, terms, entities, numbers."""

    id: str
    text: str
    doc_id: str
    lang: Lang
    stance: str
    terms: frozenset[str]
    entities: frozenset[str]
    numbers: frozenset[str]


def _number_key(number: Evidence) -> str:
    """A number as two claims compare it: its value and unit; a count's unit is the counted noun
    in the text's language ("people", "jobs", 人), so counts compare by value alone."""
    unit = "count" if number.kind is EvidenceKind.COUNT else number.unit
    return f"{number.value:.6g}:{unit}"


def _claims(graph: DocumentGraph) -> Iterator[_Claim]:
    index = graph.node_index
    entities: dict[str, set[str]] = {}
    numbers: dict[str, set[str]] = {}
    for rel in graph.relationships:
        if rel.type is RelType.MENTIONS:
            entities.setdefault(rel.start, set()).add(rel.end)
        elif rel.type is RelType.CITES:
            cited = index[rel.end]
            if isinstance(cited, Evidence):
                numbers.setdefault(rel.start, set()).add(_number_key(cited))
    for claim in graph.of_type(Claim):
        yield _Claim(
            id=claim.id,
            text=claim.text,
            doc_id=graph.document.id,
            lang=graph.document.lang,
            stance=claim.stance.value,
            terms=content_terms(claim.text),
            entities=frozenset(entities.get(claim.id, ())),
            numbers=frozenset(numbers.get(claim.id, ())),
        )


def _matrix(rows: Sequence[frozenset[str]], vocabulary: dict[str, int]) -> sparse.csr_matrix:
    """Binary rows over ``vocabulary`` (grown with any new key)."""
    indptr, indices = [0], list[int]()
    for keys in rows:
        indices.extend(vocabulary.setdefault(key, len(vocabulary)) for key in sorted(keys))
        indptr.append(len(indices))
    data = np.ones(len(indices), dtype=np.int32)
    return sparse.csr_matrix((data, indices, indptr), shape=(len(rows), max(len(vocabulary), 1)))


def _shared(
    new: Sequence[frozenset[str]], every: Sequence[frozenset[str]], least_dice: float
) -> Iterator[tuple[int, int]]:
    """(row of ``new``, row of ``every``) for each pair with a key in common whose keys' Dice
    coefficient reaches ``least_dice`` (filtered on arrays: a common key is no candidate yet)."""
    vocabulary: dict[str, int] = {}
    transposed = _matrix(every, vocabulary).T.tocsr()
    left = _matrix(new, vocabulary)  # every holds new: the vocabulary does not grow
    new_sizes = np.array([len(keys) for keys in new])
    every_sizes = np.array([len(keys) for keys in every])
    for first in range(0, left.shape[0], _SLICE):
        product = (left[first : first + _SLICE] @ transposed).tocoo()
        rows = product.row + first
        keep = 2 * product.data >= least_dice * (new_sizes[rows] + every_sizes[product.col])
        yield from zip(rows[keep].tolist(), product.col[keep].tolist(), strict=True)


def _edge(a: _Claim, b: _Claim, score: float, basis: Basis) -> Relationship:
    first, second = (a, b) if a.id < b.id else (b, a)
    return Relationship(
        type=RelType.RESTATES,
        start=first.id,
        end=second.id,
        score=round(score, 4),
        basis=basis,
        same_side=a.stance == b.stance,
    )


def _worded(a: _Claim, b: _Claim, read: Callable[[str], Opposition]) -> Relationship | None:
    """The edge of two claims in one language whose terms are alike and which do not say
    opposite things (``read``: each text's `Opposition`, read once per search)."""
    if a.lang is not b.lang:
        return None
    score = terms_similarity(a.terms, b.terms)
    if score < WORDING_THRESHOLD or contradicts(read(a.text), read(b.text)):
        return None
    return _edge(a, b, score, Basis.WORDING)


def _anchored(a: _Claim, b: _Claim) -> Relationship | None:
    if a.lang is b.lang or not (a.entities & b.entities) or not (a.numbers & b.numbers):
        return None
    if negations(a.text) % 2 != negations(b.text) % 2:  # one denies what the other says
        return None
    shared = len(a.entities & b.entities) + len(a.numbers & b.numbers)
    union = len(a.entities | b.entities) + len(a.numbers | b.numbers)
    score = shared / union
    return _edge(a, b, score, Basis.ENTITIES_NUMBERS) if score >= ANCHOR_THRESHOLD else None


def _restatements(new: Sequence[_Claim], every: Sequence[_Claim]) -> dict[str, Relationship]:
    """The RESTATES edges between ``new`` claims and ``every`` claim (of other documents), by id."""
    found: dict[str, Relationship] = {}
    # a wording's negations and opposite words, read once for every pair it is in: the same claim
    # in several documents (a syndicated piece) is read once
    read = cache(opposition)
    for i, j in _shared([c.terms for c in new], [c.terms for c in every], CANDIDATE_DICE):
        a, b = new[i], every[j]
        if a.doc_id != b.doc_id and (edge := _worded(a, b, read)) is not None:
            found[edge.id] = edge
    for i, j in _shared([c.entities for c in new], [c.entities for c in every], 0.0):
        a, b = new[i], every[j]
        if a.doc_id != b.doc_id and (edge := _anchored(a, b)) is not None:
            found[edge.id] = edge
    return found


def restate(graphs: Sequence[DocumentGraph], stored: Sequence[DocumentGraph]) -> list[DocumentGraph]:
    """Return ``graphs`` each holding the RESTATES edges of its claims (`DocumentGraph.restates`).

    Args:
        graphs: the documents about to be stored (a later one replaces an earlier one, or a
            stored one, with its source or id).
        stored: the documents the store holds.

    Returns:
        ``graphs``, each with every edge between one of its claims and a claim of another
        document of the store after the write (the stored ones it does not replace, and the
        batch's).
    """
    sources = {g.document.source for g in graphs}
    ids = {g.document.id for g in graphs}
    kept = [g for g in stored if g.document.source not in sources and g.document.id not in ids]
    written: list[DocumentGraph] = []
    for graph in reversed(graphs):  # a later graph replaces an earlier one with its source or id
        doc = graph.document
        if all(doc.source != g.document.source and doc.id != g.document.id for g in written):
            written.append(graph)
    new = [c for g in written for c in _claims(g)]
    every = new + [c for g in kept for c in _claims(g)]
    edges = _restatements(new, every)
    held: dict[str, list[Relationship]] = {}
    doc_of = {c.id: c.doc_id for c in every}
    for edge in edges.values():
        for end in (edge.start, edge.end):
            held.setdefault(doc_of[end], []).append(edge)
    final = {id(g) for g in written}
    result = []
    for graph in graphs:
        mine = sorted(held.get(graph.document.id, ()), key=lambda r: r.id) if id(graph) in final else []
        result.append(graph.model_copy(update={"restates": tuple(mine)}))
    return result
