"""Which debated questions a statement bears on, and which answer it needs from each.

The builder asks this module, for every conclusion, which debated questions (issues) it rests
on (`Bearing`: the issue, the ``basis`` and the ``polarity``); the cues and thresholds are in
``ingest/data/<lang>/dependencies.yaml``.

**Content** (basis ``lexical``). Every debated issue is represented by its question and the
statements argued under it (the claims and the positions' conclusions inside its span, a
statement never scored against itself). A statement is scored against an issue by
the mean cosine of its ``top_k`` most similar texts among those, in a TF-IDF space fitted on the
document's own questions, claims and conclusions (`argkg.ingest.tfidf.TfIdf`: scikit-learn's
``TfidfVectorizer`` with sub-linear term frequency, without its per-call overhead). Terms are
content words (jieba's words of two or more ideographs for Chinese, the words that are no stop
words for English), Latin words and numbers, plus one term per entity named in the text. The
statement bears on each issue whose score reaches ``min_similarity`` and ``relative_similarity``
times the best score; but when a clause of it restates issues' propositions
(`argkg.ingest.conditionals.restates`), on those issues only.

**References** (basis ``reference``). A back-reference to a side argued earlier ("上面的消极观点",
"the critics above") points at the debated issues before the statement where that side argued:
those the statement bears on by content, or all of them when it bears on none; a reference to a
numbered section ("讨论 2", "in section 2") bears on that section's issue.

**Direction.** A statement's *side* is +1 (the document's pro side) or -1 (con): the side of
the position it concludes; else, for a back-reference to a side, that side, reversed when the
rest of the reference's clause negates; else con when the statement holds a negation or doubt
cue ("行不通", "unclear", "no evidence") and pro otherwise. Its polarity on an issue is ``affirm`` when side
times the issue's ``orientation`` is positive (`argkg.ingest.spans.Issue`), else ``deny``.
A statement (or antecedent) with a clause that restates the issue's proposition needs it
answered as that clause says: ``affirm``, ``deny`` when the clause negates.

**Main claims.** A side's main claim rests on the other debated issues a clause of it restates
or it refers back to, answered its side's way (its own issue it argues instead).

**Conditionals.** An antecedent bears on the issue it restates (basis ``lexical``); in a final
conclusion, else on the best-scoring issue when that reaches ``min_similarity`` (basis
``conditional``; the antecedents of a claim or of a position's conclusion argue that position's
own issue, which the position already links). Its polarity is read from the antecedent itself
("如果 X 不可行" is X's negation).

**Scenarios** (basis ``scenario``). Two final conclusions of one section whose credences sum
to 1 (within ``scenario_tolerance``) are alternatives, the author's overall verdict: both rest
on every debated issue, with opposite polarities (`scenarios` says which takes which side).

A final conclusion whose own conditional bears on a debated issue rests on that issue through
the conditional only (in the conditional's groups, see `argkg.ingest.dependencies`).

**Reach.** A conclusion section closes the debate of the issues before it, so a text that holds
several debates one after another (a dossier, a corpus pasted into one file) is read debate by
debate: a statement is compared with, refers back to and (as a final conclusion or scenario)
rests on the debated issues of its own debate only (`Bearings.reach`). Each statement then
meets a bounded number of issues, so the work and the DEPENDS_ON edges grow with the length of
the text, not with its square.
"""

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, cached_property
from typing import NamedTuple

import numpy as np
from pydantic import BaseModel, ConfigDict, Field
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from argkg.ingest import segment
from argkg.ingest.conditionals import restates
from argkg.ingest.entities import EntityMention, entity_key
from argkg.ingest.lexicon import alternation, load_data
from argkg.ingest.spans import Antecedent, ConclusionSpan, Issue, Position, SectionSpan, Span
from argkg.ingest.tfidf import TfIdf
from argkg.schema.vocabulary import Basis, Lang, Polarity, SectionKind, Stance

__all__ = ["Bearing", "Bearings", "negates", "scenarios"]


class Bearing(NamedTuple):
    """One debated issue a statement rests on: its index, why, and the answer needed."""

    issue: int
    basis: Basis
    polarity: Polarity


class _Reference(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    pattern: str
    side: Stance | None = None


class _DependencyData(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    min_similarity: float = Field(gt=0.0, le=1.0)
    relative_similarity: float = Field(gt=0.0, le=1.0)
    top_k: int = Field(ge=1)
    scenario_tolerance: float = Field(ge=0.0, lt=0.5)
    max_reach: int = Field(ge=1)
    negations: list[str]
    not_negations: list[str] = []
    references: list[_Reference]
    ordinals: dict[str, int] = {}


@cache
def _data(lang: Lang) -> _DependencyData:
    return load_data("dependencies", _DependencyData, lang.value)


@cache
def _patterns(lang: Lang) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(negation cue, words that hold a negation cue but negate nothing)."""
    flags = re.IGNORECASE if lang is Lang.EN else 0
    data = _data(lang)
    return re.compile(alternation(data.negations, ignore_case=lang is Lang.EN), flags), re.compile(
        alternation(data.not_negations, ignore_case=lang is Lang.EN), flags
    )


def negates(text: str, lang: Lang) -> bool:
    """Whether ``text`` holds a negation or doubt cue (outside the ``not_negations`` words)."""
    negation, exempt = _patterns(lang)
    return negation.search(exempt.sub(" ", text)) is not None


#: an entity's token in a statement's words (`Bearings._words`), and where a clause ends
_ENTITY_TOKEN = re.compile(r"entity:\S+")
_CLAUSE_BREAK = re.compile(r"[,;:。!?]")
#: what `_terms` keeps: numbers, English words, Chinese words of two or more ideographs
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_ENGLISH_WORD = re.compile(r"[a-z][a-z0-9'-]*")
#: a Chinese term is a whole word, read in the words lowered, one per line (jieba's words hold
#: no blank but a blank word, and one regex over them all costs less than a match per word)
_CHINESE_TERMS = re.compile(r"^(?:[\u3400-\u9fff]{2,}|[a-z][a-z0-9'.-]*)$", re.MULTILINE)


def _terms(text: str, lang: Lang) -> list[str]:
    """The content terms of ``text`` (see the module docstring), entities aside."""
    numbers = _NUMBER.findall(text)
    if lang is Lang.EN:
        words = _ENGLISH_WORD.findall(text.lower())
        kept = [w.removesuffix("'s") for w in words if w not in ENGLISH_STOP_WORDS and len(w) > 1]
        return [w.rstrip("s") if len(w) > 3 else w for w in kept] + numbers
    return _CHINESE_TERMS.findall("\n".join(segment.lcut(text)).lower()) + numbers


def _sign(stance: Stance) -> int:
    return 1 if stance is Stance.PRO else -1


@dataclass(frozen=True)
class _Reach:
    """One back-reference found in a statement: the issues it points at, the side named, and
    whether the rest of its clause negates it ("上面的消极观点并没有提到…")."""

    issues: tuple[int, ...]
    side: Stance | None
    negated: bool


class Bearings:
    """The debated issues of one text, ready to say what each statement rests on."""

    def __init__(
        self,
        text: str,
        lang: Lang,
        issues: Sequence[Issue],
        sections: Sequence[SectionSpan],
        statements: Sequence[Span],
        argued: Sequence[tuple[Span, Stance]],
        entities: Sequence[EntityMention] = (),
    ) -> None:
        """Fit the TF-IDF space on the text's questions and ``statements``.

        Args:
            text: the normalised text.
            lang: its language.
            issues: its issues (only the debated ones are linked).
            sections: its sections.
            statements: its claims and conclusions (the documents the IDF is fitted on).
            argued: its claims and its positions' conclusions, with their side (what each
                issue is argued with).
            entities: its entity mentions.
        """
        self.text, self.lang, self.issues, self.sections = text, lang, issues, sections
        self.data = _data(lang)
        self.debated = [k for k, issue in enumerate(issues) if issue.debated]
        # a conclusion section closes the debate of the issues before it (see "Reach")
        # (one that no debated issue follows closes nothing: what comes after it, an appendix,
        # still looks back on the last debate)
        starts = [issues[k].start for k in self.debated]
        self._closings = sorted(
            s.end for s in sections if s.kind is SectionKind.CONCLUSION and any(x >= s.end for x in starts)
        )
        self._debates: dict[int, list[int]] = {}
        for k in self.debated:
            self._debates.setdefault(self._debate(issues[k].start), []).append(k)
        ordered = sorted(entities, key=lambda m: m.start)
        self._entity_starts = [m.start for m in ordered]
        self._ordered_entities = ordered
        self._term_cache: dict[str, str] = {}  # words -> their terms, joined (a text is cut once)
        self._rows_of: dict[str, np.ndarray] = {}  # words -> their TF-IDF row (`_vectors`)
        # what the IDF is fitted on, once a statement is scored (`_vectorizer`)
        self._documents = [issue.question for issue in issues] + [self._words(s) for s in statements]
        self._sides: dict[int, set[Stance]] = {}
        self._matrices: dict[int, np.ndarray] = {}
        self._rows: dict[int, list[Span | None]] = {}  # what each row of a matrix is (None: the question)
        self._side_matrices: dict[int, tuple[np.ndarray, np.ndarray]] = {}
        for k in self.debated:
            inside = [(c, s) for c, s in argued if issues[k].start <= c.start < issues[k].end]
            self._sides[k] = {s for _, s in inside}
            self._rows[k] = [None, *(c for c, _ in inside)]
            self._matrices[k] = self._vectors([issues[k].question, *(self._words(c) for c, _ in inside)])
            pro, con = ([self._words(c) for c, s in inside if s is side] for side in (Stance.PRO, Stance.CON))
            self._side_matrices[k] = (self._vectors(pro), self._vectors(con))

    def _debate(self, position: int) -> int:
        """Which debate of the text ``position`` lies in: the conclusion sections closed before it."""
        return bisect.bisect_right(self._closings, position)

    def reach(self, span: Span) -> list[int]:
        """The debated issues of the debate ``span`` belongs to, at most the data's ``max_reach``
        nearest to it, in text order (see "Reach")."""
        debate = self._debates.get(self._debate(span.start), [])
        if len(debate) <= self.data.max_reach:
            return debate
        nearest = sorted(debate, key=lambda k: abs(self.issues[k].start - span.start))
        return sorted(nearest[: self.data.max_reach])

    def _words(self, span: Span) -> str:
        """The span's words, with one token per entity named inside it."""
        first = bisect.bisect_left(self._entity_starts, span.start)
        last = bisect.bisect_left(self._entity_starts, span.end, lo=first)
        names = [
            "entity:" + entity_key(m.name).replace(" ", "_")
            for m in self._ordered_entities[first:last]
            if m.end <= span.end
        ]
        return " ".join([self.text[span.start : span.end], *names])

    def _terms(self, words: str) -> str:
        """The terms of ``words`` (`_terms`, plus its entity tokens), joined by spaces.

        Memoised per text: the same statement is scored against several issues and sides, and
        cutting its words (jieba for Chinese) is the costly part.
        """
        found = self._term_cache.get(words)
        if found is None:
            entities = _ENTITY_TOKEN.findall(words)
            found = " ".join(_terms(_ENTITY_TOKEN.sub(" ", words), self.lang) + entities)
            self._term_cache[words] = found
        return found

    @cached_property
    def _vectorizer(self) -> TfIdf | None:
        """The TF-IDF space of the text's questions and statements (None: no content term).

        Fitted on the first score asked, as a text without a debated issue asks none (most
        short texts): cutting every statement into terms was the cost.
        """
        fitted = [self._terms(d) for d in self._documents]
        return TfIdf(fitted) if any(fitted) else None

    def _vectors(self, texts: Sequence[str]) -> np.ndarray:
        """One TF-IDF row per text; each text's row is computed once per text (memoised: every
        statement's row goes into its issue's matrix and its side's, and is scored again as a
        span; a row depends on its own text only)."""
        if self._vectorizer is None or not texts:
            size = 0 if self._vectorizer is None else len(self._vectorizer.vocabulary)
            return np.zeros((len(texts), size))
        missing = [t for t in dict.fromkeys(texts) if t not in self._rows_of]
        if missing:
            rows = self._vectorizer.vectors([self._terms(t) for t in missing])
            self._rows_of.update(zip(missing, rows, strict=True))
        return np.array([self._rows_of[t] for t in texts])

    def similarities(self, span: Span) -> dict[int, float]:
        """Score ``span`` against every debated issue (mean of its ``top_k`` best cosines)."""
        reach = self.reach(span)
        if not reach:
            return {}
        vector = self._vectors([self._words(span)])[0]
        scores = {}
        for k in reach:
            matrix = self._matrices[k]
            others = [i for i, row in enumerate(self._rows[k]) if row is None or row.start != span.start]
            scores[k] = self._top(matrix[others], vector)
        return scores

    def agreement(self, span: Span) -> float:
        """How much closer ``span`` lies to the pro side's claims than to the con side's.

        The mean, over the debated issues, of the difference between its ``top_k`` scores
        against each side's claims.
        """
        reach = self.reach(span)
        if not reach:
            return 0.0
        vector = self._vectors([self._words(span)])[0]
        gaps = [
            self._top(self._side_matrices[k][0], vector) - self._top(self._side_matrices[k][1], vector)
            for k in reach
        ]
        return float(np.mean(gaps)) if gaps else 0.0

    def _top(self, matrix: np.ndarray, vector: np.ndarray) -> float:
        cosines = np.sort(matrix @ vector)[::-1][: self.data.top_k]
        return float(cosines.mean()) if cosines.size else 0.0

    def restated(self, span: Span, words: str | None = None) -> dict[int, str]:
        """The debated issues (within reach) a clause of ``span`` (or of ``words``, its words when
        they differ from the span's) restates, each with that clause."""
        found: dict[int, str] = {}
        text = self.text[span.start : span.end] if words is None else words
        for clause in _CLAUSE_BREAK.split(text):
            for k in self.reach(span):
                if k not in found and restates(clause, self.issues[k].proposition, self.lang):
                    found[k] = clause
        return found

    def by_content(self, span: Span) -> list[int]:
        """The debated issues ``span`` bears on by content (see the module docstring)."""
        restated = self.restated(span)
        if restated:
            return list(restated)
        scores = self.similarities(span)
        best = max(scores.values(), default=0.0)
        floor = max(self.data.min_similarity, self.data.relative_similarity * best)
        return [k for k, score in scores.items() if score >= floor]

    def best(self, span: Span) -> int | None:
        """The best-scoring debated issue of ``span`` when it reaches ``min_similarity``."""
        scores = self.similarities(span)
        k = max(scores, key=lambda i: scores[i], default=None)
        return k if k is not None and scores[k] >= self.data.min_similarity else None

    def references(self, span: Span) -> list[_Reach]:
        """The back-references of ``span``: the debated issues each points at, and its side."""
        words = self.text[span.start : span.end]
        flags = re.IGNORECASE if self.lang is Lang.EN else 0
        found = []
        for rule in self.data.references:
            for m in re.finditer(rule.pattern, words, flags):
                ordinal = m.groupdict().get("section")
                if ordinal is not None:
                    number = int(ordinal) if ordinal.isdigit() else self.data.ordinals.get(ordinal.lower())
                    issues = tuple(k for k in self.reach(span) if self._ordinal(k) == number)
                else:
                    before = [k for k in self.reach(span) if self.issues[k].end <= span.start]
                    issues = tuple(k for k in before if rule.side in self._sides[k])
                clause = _CLAUSE_BREAK.split(words[m.end() :], maxsplit=1)[0]
                if issues:
                    found.append(_Reach(issues, rule.side, negates(clause, self.lang)))
        return found

    def _ordinal(self, k: int) -> int:
        return self.sections[self.issues[k].section].ordinal

    def side(self, span: Span, position: Position | None = None) -> int:
        """The side ``span`` takes: +1 pro, -1 con (see the module docstring)."""
        negated = negates(self.text[span.start : span.end], self.lang)
        if position is not None:
            return _sign(position.stance)
        named = next((r for r in self.references(span) if r.side is not None), None)
        if named is not None and named.side is not None:
            return -_sign(named.side) if named.negated else _sign(named.side)
        return -1 if negated else 1

    def polarity(self, span: Span, k: int, side: int, words: str | None = None) -> Polarity:
        """The answer ``span`` (on ``side``; its ``words`` when they differ from the span's) needs
        from issue ``k``."""
        restated = self.restated(span, words)
        if k in restated:
            return Polarity.DENY if negates(restated[k], self.lang) else Polarity.AFFIRM
        return Polarity.AFFIRM if side * self.issues[k].orientation > 0 else Polarity.DENY

    def antecedent(self, antecedent: Antecedent, *, by_content: bool) -> Bearing | None:
        """The debated issue a conditional's antecedent bears on, if any (read from its text).

        One it restates is ``lexical``; with ``by_content`` (a conclusion's conditional), else
        the best-scoring issue, ``conditional``.
        """
        k, basis = antecedent.issue, Basis.LEXICAL
        if k is None and by_content:
            k, basis = self.best(antecedent), Basis.CONDITIONAL
        if k is None:
            return None
        side = -1 if negates(antecedent.text, self.lang) else 1
        return Bearing(k, basis, self.polarity(antecedent, k, side, antecedent.text))

    def main_claim(self, claim: Span, position: Position) -> list[Bearing]:
        """The other debated issues a side's main claim rests on: those a clause of it restates
        (``lexical``) or it refers back to (``reference``), answered its side's way.

        Its own issue it argues (SUPPORTS or ATTACKS), so that one is left out.
        """
        found = {k: Basis.LEXICAL for k in self.restated(claim)}
        for reach in self.references(claim):
            for k in reach.issues:
                found.setdefault(k, Basis.REFERENCE)
        sign = _sign(position.stance)
        return [Bearing(k, b, self.polarity(claim, k, sign)) for k, b in found.items() if k != position.issue]

    def conclusion(self, conclusion: ConclusionSpan, positions: Sequence[Position]) -> list[Bearing]:
        """The debated issues a conclusion rests on by content, reference or scope.

        Args:
            conclusion: the conclusion.
            positions: the text's positions (a conclusion inside one rests on its issue).

        Returns:
            One bearing per issue, content first, then references, then the issue of the
            position it concludes (``structural``); a final conclusion that nothing links
            rests on every debated issue (``structural``).
        """
        inside = conclusion.position is not None and not conclusion.final
        position = positions[conclusion.position] if inside and conclusion.position is not None else None
        sign = self.side(conclusion, position)
        found: dict[int, Basis] = {k: Basis.LEXICAL for k in self.by_content(conclusion)}
        content = set(found)
        for reach in self.references(conclusion):
            for k in reach.issues:
                if k in content or not content or reach.side is None:
                    found[k] = Basis.REFERENCE
        scope = position.issue if position is not None else None
        if scope is not None:  # a side concludes on its own question (none when it is not debated)
            found = {k: b for k, b in found.items() if k == scope or b is Basis.REFERENCE}
            if scope in self.debated:
                found.setdefault(scope, Basis.STRUCTURAL)
        if not found and conclusion.final:
            found = dict.fromkeys(self.reach(conclusion), Basis.STRUCTURAL)
        return [Bearing(k, b, self.polarity(conclusion, k, sign)) for k, b in found.items()]


def scenarios(bearings: Bearings, conclusions: Sequence[ConclusionSpan]) -> dict[int, int]:
    """Pair complementary scenarios: conclusion index -> its side (+1 or -1).

    Two final conclusions of one section with credences summing to 1 (within the data's
    ``scenario_tolerance``) are a pair. When exactly one of them negates, it is con (-1) and
    the other pro (+1); else the one whose words lie closer to the pro side's claims
    (`Bearings.agreement`) is pro.
    """
    tolerance = bearings.data.scenario_tolerance
    sides: dict[int, int] = {}
    for i, a in enumerate(conclusions):
        for j in range(i + 1, len(conclusions)):
            b = conclusions[j]
            if i in sides or j in sides or a.credence is None or b.credence is None:
                continue
            if a.section != b.section or not (a.final and b.final):
                continue
            if abs(a.credence + b.credence - 1.0) > tolerance:
                continue
            negated = [negates(bearings.text[c.start : c.end], bearings.lang) for c in (a, b)]
            a_pro = (
                not negated[0] if negated[0] != negated[1] else bearings.agreement(a) >= bearings.agreement(b)
            )
            sides[i], sides[j] = (1, -1) if a_pro else (-1, 1)
    return sides
