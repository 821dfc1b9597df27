"""Group documents by what they are about: the decision behind a shared issue (DESIGN.md §6).

Short texts on one question often never state it ("keeping animals in cages is cruel" and
"zoos save species" argue one question), and the wording of their theses is then no guide.
Each document gets a content profile instead: the content words of the whole text (English
words lower-cased and stemmed, Chinese words cut by jieba, a long one read as the dictionary
words within it, numbers kept; stop words out, and the Chinese words every text uses, by
jieba's general idf table; the words of ``concepts.yaml`` read as their concept, so that a
Chinese and an English text, or two texts in synonyms, share their terms:
`argkg.ingest.concepts`), the words of its focus sentence (the question it states or its
thesis, else its first sentence) counted ``1 + lead_weight`` times since they name its topic,
except the clause that says who the writer is ("I'm 15.", "I teach Year 9 English.", "作为一名
护士，…": ``self_introductions``), which names the writer, not the question (`weighed`).
Profiles are weighted with scikit-learn's TF-IDF (fitted on the documents being grouped: a word
every document uses weighs little) and compared by cosine (`similarities`).
A stated question in both documents raises the pair's similarity (`with_questions`): the same
wording to 1, a certain merge. Two documents whose only overlap is function words score 0.

`group` is average-link agglomerative clustering down to `TopicSettings.join_threshold`: it
depends on the set of documents, not their order. Groups that are already fixed (the issues
of stored documents, a question the user stated) never merge with each other, but new
documents may join them. The thresholds live in ``ingest/data/topics.yaml``.
"""

import math
import re
from collections.abc import Callable, Sequence
from functools import cache

import numpy as np
import numpy.typing as npt
from pydantic import BaseModel, ConfigDict
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, TfidfVectorizer

from argkg.ingest import segment
from argkg.ingest.concepts import WORD, concepts, stem
from argkg.ingest.lexicon import load_data

__all__ = [
    "TopicSettings",
    "topic_settings",
    "stem",
    "common_word",
    "lead",
    "weighed",
    "terms",
    "profile",
    "Apart",
    "named_only",
    "similarities",
    "with_questions",
    "group",
    "nearest",
    "central",
]

Matrix = npt.NDArray[np.float64]

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")
#: The possessive ending of an English word ("kids'", "city's"): "kids'" is "kids".
_POSSESSIVE = re.compile(r"'s?$")
#: An English contraction ("won't", "I'd", "they're"): a function word, never a topic.
_CONTRACTION = re.compile(r"(?:n't|'d|'ll|'re|'ve|'m)$")
_SENTENCE_END = re.compile(r"(?<=[.?!。？！])\s*")
#: Where a sentence's first clause ends: after it, a self-introduction turns to what it argues.
_CLAUSE_END = re.compile(r"[,，;；:：]\s*")


class TopicSettings(BaseModel):
    """The thresholds of topic grouping (``ingest/data/topics.yaml``)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    join_threshold: float
    attach_threshold: float
    attach_margin: float
    centroid_margin: float
    attach_size: int
    wording_margin: float
    wording_floor: float
    motion_share: float
    motion_leak: float
    lead_weight: int
    question_weight: float
    common_idf: float
    self_introductions: tuple[str, ...]
    glossary_weight: float
    glossary_senses: int
    glossary_floor: float
    glossary_endings: tuple[tuple[str, str], ...]


@cache
def topic_settings() -> TopicSettings:
    """Return the validated thresholds of topic grouping."""
    return load_data("topics", TopicSettings)


def terms(text: str, stop_words: frozenset[str], suffixes: Sequence[str]) -> list[str]:
    """The content terms of ``text``, listed words as their concepts (`argkg.ingest.concepts`);
    a word of one or two letters counts only when listed ("ai", "tv"); action concepts (ban,
    allow, require: `Concepts.actions`) say what a question asks done, not what it is about."""
    table = concepts(tuple(suffixes))
    found = [
        table.english.get(stemmed, stemmed)
        for found_word in WORD.findall(text.casefold())
        for word in [_POSSESSIVE.sub("", found_word)]
        if word not in stop_words and word not in ENGLISH_STOP_WORDS and not _CONTRACTION.search(word)
        for stemmed in [stem(word, suffixes)]
        if len(word) > 2 or word[0].isdigit() or stemmed in table.english
    ]
    for run in _CJK.findall(text):
        for word, keys in table.chinese_words(run):
            found.extend(keys or _chinese_terms(word, stop_words))
    return [term for term in found if term not in table.actions]


def _chinese_terms(word: str, stop_words: frozenset[str]) -> list[str]:
    """The terms of a Chinese word that names no concept: the dictionary words within it, else
    the word itself (none for one character, a stop word or a common word: `common_word`).

    jieba cuts one phrase as one long word in one text and as two shorter ones in another, so
    texts on one question would share no term; a long word read as its parts matches both
    (`argkg.ingest.segment.parts`).
    """
    if len(word) < 2 or word in stop_words or common_word(word):
        return []
    parts = segment.parts(word)
    return [part for part in parts if part not in stop_words and not common_word(part)] or [word]


def common_word(word: str) -> bool:
    """Whether ``word`` is a word every Chinese text uses (its general idf below ``common_idf``)."""
    idf = segment.general_idf(word)
    return idf is not None and idf < topic_settings().common_idf


def lead(text: str) -> str:
    """Return the first sentence of ``text``.

    >>> lead("Zoos are cruel. Lions pace.")
    'Zoos are cruel.'
    """
    return _SENTENCE_END.split(text.strip(), maxsplit=1)[0]


@cache
def _self_introduction() -> re.Pattern[str]:
    """The opening of a sentence that says who the writer is (``self_introductions``)."""
    return re.compile("|".join(f"(?:{p})" for p in topic_settings().self_introductions), re.IGNORECASE)


def weighed(text: str, sentence: str) -> str | None:
    """Return the part of ``sentence`` (a document's focus, else its first sentence) whose words
    name the document's topic: the sentence, unless it opens by saying who the writer is.

    A crowd's letters often open with the writer ("I'm 15.", "I served two tours.", "女儿五年级"),
    and a reader grouping them by question skips that line for what the writer argues: the
    rest of the sentence after the introducing clause ("As a teacher, I hope X" -> "I hope X"),
    else the text's first sentence that introduces no one (None when every one does).

    >>> weighed("I'm 15. Summer is short.", "I'm 15.")
    'Summer is short.'
    >>> weighed("x", "As a nurse, I back the ban.")
    'I back the ban.'
    >>> weighed("x", "Zoos are cruel.")
    'Zoos are cruel.'
    """
    introduces = _self_introduction()
    if not introduces.match(sentence.strip()):
        return sentence
    rest = _CLAUSE_END.split(sentence, maxsplit=1)[1:]
    if rest and rest[0].strip(" .!?。！？"):
        return rest[0]
    sentences = (s for s in _SENTENCE_END.split(text.strip()) if s.strip())
    return next((s for s in sentences if not introduces.match(s.strip())), None)


def profile(
    text: str, *, stop_words: frozenset[str], suffixes: Sequence[str], focus: str | None = None
) -> list[str]:
    """Return a document's content terms, those of its focus sentence repeated (``lead_weight``).

    Args:
        text: the document's text.
        stop_words: words that carry no topic, in any language (scikit-learn's English list is
            added).
        suffixes: English endings to strip, longest first.
        focus: the sentence that says what the document argues (its stated question or thesis),
            if known: it weighs more in place of the first sentence, which in a short text often
            opens with an anecdote; the first sentence still does when the focus has no term.

    >>> profile("Zoos are cruel. Lions pace.", stop_words=frozenset(), suffixes=("s",))
    ['zoo', 'cruel', 'lion', 'pace', 'zoo', 'cruel']
    >>> profile("Zoos are cruel. Lions pace.", stop_words=frozenset(), suffixes=("s",), focus="Lions pace.")
    ['zoo', 'cruel', 'lion', 'pace', 'lion', 'pace']
    """
    focused = terms(focus, stop_words, suffixes) if focus is not None else []
    sentence = weighed(text, focus if focused and focus is not None else lead(text))
    first = terms(sentence, stop_words, suffixes) if sentence is not None else []
    return terms(text, stop_words, suffixes) + first * topic_settings().lead_weight


def similarities(profiles: Sequence[Sequence[str]]) -> Matrix:
    """Return the TF-IDF cosine similarity of every pair of profiles (1 on the diagonal).

    >>> m = similarities([["zoo", "cage"], ["zoo", "lion"], ["tax", "sugar"]])
    >>> bool(m[0, 1] > 0), float(m[0, 2])
    (True, 0.0)
    """
    if not any(profiles):
        return np.eye(len(profiles))
    vectorizer = TfidfVectorizer(analyzer=list, sublinear_tf=True)
    matrix = vectorizer.fit_transform([list(p) for p in profiles])
    found: Matrix = np.asarray((matrix @ matrix.T).toarray(), dtype=np.float64)
    np.fill_diagonal(found, 1.0)
    return found


def with_questions(
    matrix: Matrix,
    questions: Sequence[str | None],
    wording: Callable[[str, str], float],
    key: Callable[[str], str],
) -> Matrix:
    """Raise the similarity of documents that both state a question by their questions' likeness.

    Args:
        matrix: `similarities` of the documents.
        questions: each document's stated question, or None.
        wording: the content similarity of two questions, 0..1.
        key: the normalised wording of a question (equal keys: similarity 1).
    """
    raised = matrix.copy()
    weight = topic_settings().question_weight
    stated = [(i, q) for i, q in enumerate(questions) if q is not None]
    for n, (i, a) in enumerate(stated):
        for j, b in stated[n + 1 :]:
            cue = 1.0 if key(a) == key(b) else weight * wording(a, b)
            raised[i, j] = raised[j, i] = max(raised[i, j], cue)
    return raised


#: Whether two groups of documents (their indices) argue different questions however alike
#: their words: a veto on merging them (`group`).
Apart = Callable[[Sequence[int], Sequence[int]], bool]


def named_only(motion: Sequence[str], own: Sequence[set[str]], other: Sequence[set[str]]) -> set[str]:
    """The terms of a group's ``motion`` that its documents argue about and the other group's
    hardly name: used by at least ``motion_share`` of the group's documents (``own``, each a set
    of terms: two at least) and by at most ``motion_leak`` of the other group's (``other``): one
    letter on the night ferry that mentions in passing the school run it would serve does not
    make "school" a word of the night-ferry question.

    >>> sorted(named_only(["ferri", "night"], [{"ferri", "night"}, {"ferri", "night"}], [{"ferri", "fare"}]))
    ['night']
    """
    settings = topic_settings()
    least = max(2.0, settings.motion_share * len(own))
    most = settings.motion_leak * len(other)
    return {
        term
        for term in set(motion)
        if sum(term in found for found in own) >= least and sum(term in found for found in other) <= most
    }


def _never_apart(first: Sequence[int], second: Sequence[int]) -> bool:
    """No veto: any two groups may merge on similarity alone."""
    return False


def group(matrix: Matrix, fixed: Sequence[str | None], apart: Apart = _never_apart) -> list[int]:
    """Cluster documents by average-link similarity down to the join threshold, then let a
    document left alone join the group it is clearly most like (`_attached`).

    Args:
        matrix: the documents' pairwise similarities.
        fixed: a label per document or None; documents with one label start as one group, and
            two groups with different labels never merge.
        apart: asked before two groups of two or more documents merge (or a small group joins a
            larger one: `_attached`); when it says they argue different questions, they stay
            apart and the clustering goes on with the next most alike pair. Asked again once
            either group has grown, since a group's question is read from its members.

    Returns:
        Each document's group number: the smallest index among the group's documents, so the
        result does not depend on how equal-scoring merges are ordered.

    >>> m = np.array([[1, .5, 0], [.5, 1, 0], [0, 0, 1.]])
    >>> group(m, [None, None, None])
    [0, 0, 2]
    >>> group(m, ["a", "b", None])
    [0, 1, 2]
    >>> group(m, [None, None, None], apart=lambda a, b: True)
    [0, 0, 2]
    """
    sums = matrix.astype(np.float64).copy()
    sizes = np.ones(len(fixed))
    labels: list[str | None] = list(fixed)
    alive = np.ones(len(fixed), dtype=bool)
    owner = list(range(len(fixed)))
    first: dict[str, int] = {}
    for i, label in enumerate(fixed):
        if label is not None and first.setdefault(label, i) != i:
            _merge(sums, sizes, alive, owner, first[label], i)
    threshold = topic_settings().join_threshold
    vetoed = np.zeros((len(fixed), len(fixed)), dtype=bool)
    while True:
        average = sums / np.outer(sizes, sizes)
        labelled = np.array([label is not None for label in labels])
        allowed = np.outer(alive, alive) & ~np.outer(labelled, labelled) & ~np.eye(len(fixed), dtype=bool)
        average[~allowed | vetoed] = -1.0
        found = np.unravel_index(int(np.argmax(average)), average.shape)
        first_group, second_group = sorted(int(i) for i in found)
        if average[first_group, second_group] < threshold:
            break
        if _vetoed(apart, owner, first_group, second_group):
            vetoed[first_group, second_group] = vetoed[second_group, first_group] = True
            continue
        _merge(sums, sizes, alive, owner, first_group, second_group)
        vetoed[first_group, :] = vetoed[:, first_group] = False
        if labels[first_group] is None:
            labels[first_group] = labels[second_group]
    return _attached(matrix, owner, fixed, apart)


def _vetoed(apart: Apart, owner: Sequence[int], first: int, second: int) -> bool:
    """Whether ``apart`` keeps groups ``first`` and ``second``, both of two or more documents,
    from merging (a lone document has no question of its own to set against a group's)."""
    members = [[i for i, group_of in enumerate(owner) if group_of == g] for g in (first, second)]
    return min(len(items) for items in members) > 1 and apart(*members)


def _attached(matrix: Matrix, owner: list[int], fixed: Sequence[str | None], apart: Apart) -> list[int]:
    """Let each free document left alone, or in a small group, join the group it is clearly
    most like, in rounds.

    A short text shares few words with any other, so average-link clustering leaves many alone,
    or in pairs that the average over a larger group keeps below the join threshold. Such a
    group joins the group of two or more documents with the highest mean similarity to it when
    that mean reaches ``attach_threshold`` and is at least ``attach_margin`` times the next
    group's, or whose centroid it is ``centroid_margin`` times closer to (`_attach_round`): a
    clear best, not a near tie between topics. Within a round every such group is
    decided against the groups as they stand, not against each other, so the order does not
    matter; rounds repeat while groups join, since a pair that took a third member is now a
    group another document may be clearly closest to (groups only ever merge, so the rounds
    end).
    """
    while True:
        joined = _attach_round(matrix, owner, fixed, apart)
        if joined == owner:
            return owner
        owner = joined


def _attach_round(matrix: Matrix, owner: list[int], fixed: Sequence[str | None], apart: Apart) -> list[int]:
    """One round of `_attached`: each small free group against the groups of two or more.

    A group of at most ``attach_size`` documents, none fixed, joins the group (of two or more)
    with the highest mean similarity between their documents when that mean is clear
    (``attach_threshold``, ``attach_margin``), or when it is clearly closest to what that group's
    documents share: the mean divided by the square root of the group's own mean similarity
    (`_tightness`), the cosine with the group's centroid (``centroid_margin``). A group whose
    letters each argue one side of their question in other words is loose, and the plain mean
    holds that against a document as much as against its own members; the centroid does not.
    The joins of one round are decided against the
    groups as they stand and applied strongest first as unions, so neither the documents' order
    nor which of two small groups is the mover matters; two fixed groups never join, nor two
    groups of two or more that ``apart`` keeps apart.
    """
    settings = topic_settings()
    members: dict[int, list[int]] = {}
    for i, group_of in enumerate(owner):
        members.setdefault(group_of, []).append(i)
    labels = {
        g: next((fixed[i] for i in items if fixed[i] is not None), None) for g, items in members.items()
    }
    targets = sorted(g for g, items in members.items() if len(items) > 1)
    tightness = {h: _tightness(matrix, members[h]) for h in targets}
    joins: list[tuple[float, int, int]] = []
    for g, items in members.items():
        if len(items) > settings.attach_size or labels[g] is not None or _certain(matrix, items):
            continue
        mean = {h: float(matrix[np.ix_(items, members[h])].mean()) for h in targets if h != g}
        closeness = {h: m / math.sqrt(tightness[h]) if tightness[h] > 0 else 0.0 for h, m in mean.items()}
        for measure, margin in ((mean, settings.attach_margin), (closeness, settings.centroid_margin)):
            best_group = _clear_best(measure, margin)
            if best_group is not None and mean[best_group] >= settings.attach_threshold:
                joins.append((-mean[best_group], g, best_group))
                break
    root = {g: g for g in members}

    def find(g: int) -> int:
        while root[g] != g:
            g = root[g]
        return g

    def owner_of() -> list[int]:
        return [find(group_of) for group_of in owner]

    for _, g, h in sorted(joins):
        a, b = find(g), find(h)
        if a != b and (labels[a] is None or labels[b] is None) and not _vetoed(apart, owner_of(), a, b):
            keep, fold = min(a, b), max(a, b)
            root[fold] = keep
            labels[keep] = labels[a] or labels[b]
    return [find(group_of) for group_of in owner]


def _certain(matrix: Matrix, items: Sequence[int]) -> bool:
    """Whether a group of two or more documents all state one question (similarity 1 between
    every two: `with_questions`): an issue as sure as a fixed one, which other documents may
    join but which does not move into another group: two such pairs on different questions,
    both nearest to a chance pair of texts on a third question, would otherwise become one issue
    through it."""
    return len(items) > 1 and bool((matrix[np.ix_(items, items)] >= 1.0).all())


def nearest(matrix: Matrix, groups: Sequence[int], item: int) -> int | None:
    """The group (of two or more documents, not ``item``'s own) with the highest mean similarity
    to document ``item`` when that mean reaches ``attach_threshold`` and is ``wording_margin``
    times the next group's, else None: a lone document's clearly nearest group, by a margin too
    small for joining on similarity alone (`group`), that a second cue may confirm
    (`argkg.ingest.linking`: its thesis worded like the group's question)."""
    settings = topic_settings()
    members: dict[int, list[int]] = {}
    for i, group_of in enumerate(groups):
        members.setdefault(group_of, []).append(i)
    mean = {
        g: float(matrix[item, items].mean())
        for g, items in members.items()
        if len(items) > 1 and g != groups[item]
    }
    best = _clear_best(mean, settings.wording_margin)
    return best if best is not None and mean[best] >= settings.attach_threshold else None


def _tightness(matrix: Matrix, members: Sequence[int]) -> float:
    """The mean similarity over every pair of a group's documents, each with itself included."""
    return float(matrix[np.ix_(members, members)].mean())


def _clear_best(scores: dict[int, float], margin: float) -> int | None:
    """The group with the highest score when it is at least ``margin`` times the next one's."""
    ranked = sorted(scores.items(), key=lambda item: (-item[1], item[0]))
    if not ranked or (len(ranked) > 1 and ranked[0][1] < margin * ranked[1][1]):
        return None
    return ranked[0][0]


def _merge(
    sums: Matrix, sizes: Matrix, alive: npt.NDArray[np.bool_], owner: list[int], a: int, b: int
) -> None:
    """Fold group ``b`` into group ``a`` (``a < b``): sums of similarities, size, members."""
    sums[a, :] += sums[b, :]
    sums[:, a] += sums[:, b]
    sizes[a] += sizes[b]
    alive[b] = False
    for i, group_of in enumerate(owner):
        if group_of == b:
            owner[i] = a


def central(matrix: Matrix, items: Sequence[int]) -> list[int]:
    """Return ``items`` from the most central (highest mean similarity to the others) down."""
    return sorted(items, key=lambda i: (-float(matrix[i, list(items)].sum()), i))
