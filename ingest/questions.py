"""From a debated yes/no question to the affirmative proposition the debate is about.

"房价会下跌吗?" debates whether "房价会下跌"; "Will prices fall?" whether "prices will fall".
The rules are data (``ingest/data/<lang>/questions.yaml``): rewrites tried in order
(``是否X`` -> ``X``, ``能否X`` -> ``能X``, A-not-A ``会不会`` -> ``会``), then trailing particles
and question marks are stripped. English questions that open with an auxiliary are inverted
by moving it after the subject; the subject is found without a tagger, so it is a heuristic
(see the data file): it ends before the first predicate word (a verb, adverb or predicative
adjective; not right after a determiner: "the ban" is a noun), "not", a participle or an
adverb, or (after a copula) a determiner that follows a non-determiner; otherwise it is all
but the last word after a copula and the first noun after another auxiliary. After an
auxiliary that is no copula, a verb that is a common noun too and is followed by a plain verb
(none of the adverbs and adjectives) ends a compound noun instead: "Does remote work hurt Y?"
-> "remote work hurts Y", not "remote works hurt Y".

A do-support auxiliary is dropped and its verb inflected instead: "Does X reduce Y?" -> "X
reduces Y", "Do X need Y?" -> "X need Y", "Did X cause Y?" -> "X caused Y". The verb is the
first word after the subject that is no adverb; irregular forms are listed in the data, other
verbs take the data's suffix rules; "Does X not..." keeps its auxiliary ("X does not..."). A
subject the heuristic cuts short gets a noun inflected ("Does the rich world owe aid?" ->
"the rich worlds owe aid").

Not handled: wh-questions ("Why does X?") keep their words, minus the question mark; after a
copula a verb-like noun still ends the subject ("Is remote work fair?" -> "remote is work
fair"); a plain verb that is really a noun makes a compound too ("Does the law limit work
hours?" -> "the law limit works hours").
"""

import re
from functools import cache

from pydantic import BaseModel, ConfigDict

from argkg.ingest.lexicon import load_data
from argkg.schema.vocabulary import Lang

__all__ = ["is_informational", "is_retort", "affirmative", "is_predicate_word", "asks_by_form"]

_PUNCT = ".,;:!?\"'“”"


class _Rewrite(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    pattern: str
    replace: str


class _QuestionData(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    rewrites: list[_Rewrite]
    trailing: list[str]
    auxiliaries: list[str] = []
    verbs: list[str] = []
    adjectives: list[str] = []
    noun_verbs: list[str] = []
    determiners: list[str] = []
    suffixes: list[str] = []
    weak_suffixes: list[str] = []
    copulas: list[str] = []
    do_support: dict[str, str] = {}
    adverbs: list[str] = []
    ly_verbs: list[str] = []
    keep_auxiliary: list[str] = []
    irregular: dict[str, dict[str, str]] = {}
    inflections: dict[str, list[_Rewrite]] = {}
    informational: list[str] = []
    retorts: list[str] = []
    unmarked: list[str] = []


def affirmative(question: str, lang: Lang) -> str:
    """Return the affirmative proposition a yes/no question asks about.

    Args:
        question: the question as written.
        lang: its language.

    Returns:
        The proposition; the question without its question mark when no rule applies.
    """
    data = _data(lang)
    text = _strip_trailing(question.strip(), data.trailing)
    for rule in data.rewrites:
        if re.search(rule.pattern, text):
            text = re.sub(rule.pattern, rule.replace, text, count=1)
            break
    if data.auxiliaries:
        text = _invert(text, data, _predicate_words(lang))
    return _strip_trailing(text, data.trailing) or question.strip()


def is_informational(question: str, lang: Lang) -> bool:
    """Whether ``question`` asks for information rather than debating a proposition.

    A FAQ's "How do I return an item?" or "开放时间是什么?" has no yes or no answer to argue
    for or against; a debated question ("Should X?", "X 吗?", "如何看待 X?") does. The patterns
    are the data's ``informational`` list.
    """
    return any(re.search(pattern, question.strip(), re.IGNORECASE) for pattern in _data(lang).informational)


def is_retort(question: str, lang: Lang) -> bool:
    """Whether ``question`` is a retort that puts nothing to a decision (the data's ``retorts``).

    A bare comparison thrown back at another speaker ("那也比失业强吧?", "Better than nothing,
    right?") says the speaker's option is the lesser evil; it asks no one to weigh a proposition,
    so an analyst never takes it for the question a text debates, even on a line of its own.
    """
    return any(re.search(pattern, question.strip(), re.IGNORECASE) for pattern in _data(lang).retorts)


def asks_by_form(message: str, lang: Lang) -> bool:
    """Whether a chat message written without its question mark asks a yes/no question by its
    form (the data's ``unmarked`` patterns): "我们要不要换一家", "还去不去", "are you still
    coming", "should we cancel". A chat's messages seldom carry their final mark, yet a reader
    hears the question in the words; a statement ("we should cancel") has none of these forms.
    """
    return any(re.search(pattern, message.strip(), re.IGNORECASE) for pattern in _data(lang).unmarked)


def is_predicate_word(word: str, lang: Lang) -> bool:
    """Whether ``word`` is one of the data's predicate words, also with an -s, -es or -ed ending.

    Predicate words are the verbs, adverbs and adjectives that end a question's subject. Lets
    other components tell a clause ("prices rise") from a noun phrase without a tagger; always
    False for a language without predicate words.
    """
    words = _predicate_words(lang)
    norm = word.lower()
    stems = {norm, *(norm.removesuffix(ending) for ending in ("s", "es", "ed", "d"))}
    return any(stem in words for stem in stems)


@cache
def _predicate_words(lang: Lang) -> frozenset[str]:
    data = _data(lang)
    return frozenset([*data.verbs, *data.adverbs, *data.adjectives])


@cache
def _data(lang: Lang) -> _QuestionData:
    return load_data("questions", _QuestionData, lang.value)


def _strip_trailing(text: str, trailing: list[str]) -> str:
    changed = True
    while changed and text:
        changed = False
        for tail in trailing:
            if text.endswith(tail):
                text, changed = text[: -len(tail)], True
    return text


def _invert(text: str, data: _QuestionData, heads: frozenset[str]) -> str:
    words = text.split()
    if len(words) < 2 or words[0].lower() not in data.auxiliaries:
        return text
    aux, rest = words[0].lower(), words[1:]
    cut = _subject_length(rest, data, heads, copula=aux in data.copulas)
    subject, predicate = rest[:cut], rest[cut:]
    form = data.do_support.get(aux)
    verb = _verb_index(predicate, data) if form is not None else None
    if form is not None and verb is not None:
        predicate = [*predicate[:verb], _inflect(predicate[verb], form, data), *predicate[verb + 1 :]]
        return " ".join([*subject, *predicate])
    return " ".join([*subject, aux, *predicate])


def _verb_index(predicate: list[str], data: _QuestionData) -> int | None:
    """Index of the verb a do-support auxiliary carries; None to keep the auxiliary."""
    for i, word in enumerate(predicate):
        norm = word.lower()
        if norm in data.keep_auxiliary:
            return None
        if norm not in data.adverbs and (not norm.endswith("ly") or norm in data.ly_verbs):
            return i
    return None


def _inflect(word: str, form: str, data: _QuestionData) -> str:
    """``word`` (a verb in base form, maybe with punctuation after it) in ``form``.

    The verb takes its irregular form, else the first suffix rule that applies.
    """
    verb = word.rstrip(_PUNCT)
    tail = word[len(verb) :]
    irregular = data.irregular.get(form, {}).get(verb.lower())
    if irregular is not None:
        return irregular + tail
    for rule in data.inflections.get(form, []):
        if re.search(rule.pattern, verb):
            return re.sub(rule.pattern, rule.replace, verb, count=1) + tail
    return word


def _subject_length(words: list[str], data: _QuestionData, heads: frozenset[str], *, copula: bool) -> int:
    """Number of leading words that make up the subject (at least one).

    ``heads`` are the predicate words: verbs, adverbs and adjectives.
    """
    norm = [w.lower().strip(_PUNCT) for w in words]
    determiners = set(data.determiners)
    weak = None
    for i in range(1, len(norm)):
        word, after_determiner = norm[i], norm[i - 1] in determiners
        if word in data.keep_auxiliary:
            return i
        if word in heads and not after_determiner and (copula or not _in_compound(words, norm, i, data)):
            return i
        if copula and word in determiners and not after_determiner:
            return i
        if not after_determiner and word.endswith(tuple(data.suffixes)):
            return i
        if weak is None and copula and not after_determiner and word.endswith(tuple(data.weak_suffixes)):
            weak = i
    if weak is not None:
        return weak
    if copula:
        return max(1, len(words) - 1)
    leading = next((i for i, word in enumerate(norm) if word not in determiners), len(norm) - 1)
    return leading + 1


def _in_compound(words: list[str], norm: list[str], i: int, data: _QuestionData) -> bool:
    """Whether the verb-like ``words[i]`` is rather the noun that ends a compound ("remote work").

    It is when it can be a noun and the next word, with no punctuation between, is plainly a
    verb: "Does remote work hurt Y?".
    """
    if norm[i] not in data.noun_verbs or i + 1 >= len(norm) or words[i][-1] in _PUNCT:
        return False
    after = norm[i + 1]
    return after in data.verbs and after not in data.adverbs and after not in data.adjectives
