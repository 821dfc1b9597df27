"""From a debated yes/no question to the affirmative proposition the debate is about.

"现有数据会被用光吗?" debates whether "现有数据会被用光"; "Will data run out?" whether "data
will run out". The rules are data (``ingest/data/<lang>/questions.yaml``): rewrites tried in
order (``是否X`` -> ``X``, ``能否X`` -> ``能X``, A-not-A ``会不会`` -> ``会``), then trailing
particles and question marks are stripped. English questions that open with an auxiliary are
inverted by moving it after the subject; the subject is found without a tagger, so it is a
heuristic (see the data file): it ends before the first predicate word, a participle or an
adverb, or (after a copula) a determiner that follows a non-determiner; otherwise it is all
but the last word after a copula and the first noun after another auxiliary.
Not handled: wh-questions ("Why does X?") keep their words, minus the question mark.
"""

import re
from functools import cache

from pydantic import BaseModel, ConfigDict

from argkg.ingest.lexicon import load_data
from argkg.schema.vocabulary import Lang

__all__ = ["affirmative"]


class _Rewrite(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    pattern: str
    replace: str


class _QuestionData(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    rewrites: list[_Rewrite]
    trailing: list[str]
    auxiliaries: list[str] = []
    predicate_words: list[str] = []
    determiners: list[str] = []
    suffixes: list[str] = []
    weak_suffixes: list[str] = []
    copulas: list[str] = []


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
        text = _invert(text, data)
    return _strip_trailing(text, data.trailing) or question.strip()


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


def _invert(text: str, data: _QuestionData) -> str:
    words = text.split()
    if len(words) < 2 or words[0].lower() not in data.auxiliaries:
        return text
    aux, rest = words[0].lower(), words[1:]
    cut = _subject_length(rest, data, copula=aux in data.copulas)
    return " ".join([*rest[:cut], aux, *rest[cut:]])


def _subject_length(words: list[str], data: _QuestionData, *, copula: bool) -> int:
    """Number of leading words that make up the subject (at least one)."""
    norm = [w.lower().strip(".,;:!?\"'“”") for w in words]
    determiners = set(data.determiners)
    weak = None
    for i in range(1, len(norm)):
        word, after_determiner = norm[i], norm[i - 1] in determiners
        if word in data.predicate_words or (copula and word in determiners and not after_determiner):
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
