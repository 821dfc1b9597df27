"""Compare an English and a Chinese text by their words through a dictionary (DESIGN.md §6).

Topic grouping (`argkg.ingest.topics`) joins texts in the two languages only through the words
of ``concepts.yaml``, a short list of the vocabulary of public debate, and a crowd's texts on one
question in two languages share little of it: most pairs left apart on the development sets are
of that kind. An English-Chinese dictionary (the word list of the ``cedict`` package: some
100,000 English headwords, each with its Chinese glosses) reads every English content word as
the Chinese words of its first ``glossary_senses`` senses, and a Chinese text as its own words
(each word and the dictionary words within it, common words out); two texts in different
languages are compared by the TF-IDF cosine of these bags (`cross_similarities`).

A gloss lists every sense of a word ("fair": beautiful, woman, fair-skinned, blond), so a small
cosine is chance: below ``glossary_floor`` it counts as none. The settings live in
``ingest/data/topics.yaml``.
"""

import csv
import re
from collections.abc import Collection, Sequence
from functools import cache
from importlib import resources

import numpy as np
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, TfidfVectorizer

from argkg.ingest import segment
from argkg.ingest.concepts import WORD
from argkg.ingest.topics import Matrix, common_word, topic_settings
from argkg.schema import Lang

__all__ = ["glosses", "english_words", "chinese_words", "cross_similarities"]

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")
#: What a gloss holds besides its Chinese words: a field in brackets ("[律]"), a note in
#: parentheses, a part-of-speech mark ("n.", "vt.").
_GLOSS_NOISE = re.compile(
    r"\[[^\]]*\]|\([^)]*\)|（[^）]*）|\b(?:n|adj|adv|vt|vi|v|prep|conj|pron|art|num|int|abbr)\."
)
#: What separates the senses of a gloss.
_SENSES = re.compile(r"[,;，；/]")


@cache
def _table() -> dict[str, tuple[str, ...]]:
    """English headword (one word, lower case) -> its Chinese senses in the dictionary's order."""
    found: dict[str, tuple[str, ...]] = {}
    path = resources.files("cedict").joinpath("csv/EnWords.csv")
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            word = row["word"].strip().lower()
            if " " in word:
                continue
            senses = (s.strip() for s in _SENSES.split(_GLOSS_NOISE.sub(",", row["translation"])))
            chinese = tuple(dict.fromkeys(s for s in senses if _CJK.fullmatch(s)))
            if chinese:
                found[word] = chinese
    return found


def glosses(word: str) -> tuple[str, ...]:
    """The Chinese senses of an English word, its own entry first, else that of the first base
    form its ending gives (``glossary_endings``: "taxes" -> "tax", "cities" -> "city").

    >>> glosses("menus")[0]
    '菜单'
    """
    table = _table()
    word = word.lower()
    if word in table:
        return table[word]
    for ending, base in topic_settings().glossary_endings:
        if word.endswith(ending) and word[: -len(ending)] + base in table:
            return table[word[: -len(ending)] + base]
    return ()


def _kept(word: str) -> bool:
    return len(word) > 1 and not common_word(word)


def english_words(text: str, stop_words: Collection[str]) -> list[str]:
    """The Chinese words of an English text: of each content word, the words of its first
    ``glossary_senses`` senses (a sense jieba cuts into no word of two characters counts whole)."""
    senses = topic_settings().glossary_senses
    found = []
    for word in WORD.findall(text.casefold()):
        if len(word) < 3 or word in ENGLISH_STOP_WORDS or word in stop_words:
            continue
        for sense in glosses(word)[:senses]:
            words = [w for w in segment.cut(sense) if _kept(w)]
            found.extend(words or ([sense] if _kept(sense) else []))
    return found


def chinese_words(text: str, stop_words: Collection[str]) -> list[str]:
    """The words of a Chinese text that name something: each word of two or more characters,
    not a stop word or a common one, and the uncommon dictionary words within it."""
    found = []
    for run in _CJK.findall(text):
        for word in segment.cut(run):
            if len(word) < 2 or word in stop_words or common_word(word):
                continue
            found.append(word)
            found.extend(part for part in segment.parts(word) if not common_word(part))
    return found


def cross_similarities(texts: Sequence[tuple[str, Lang]], stop_words: Collection[str]) -> Matrix:
    """The dictionary similarity of every two texts in different languages (0 for two texts in
    one language and below ``glossary_floor``): the TF-IDF cosine of their Chinese words
    (`english_words`, `chinese_words`), fitted on the texts given.

    >>> texts = [("Menus should list calories.", Lang.EN), ("菜单应该标注卡路里。", Lang.ZH)]
    >>> m = cross_similarities(texts, ())
    >>> bool(m[0, 1] > 0), float(m[0, 0])
    (True, 0.0)
    """
    bags = [
        chinese_words(text, stop_words) if lang is Lang.ZH else english_words(text, stop_words)
        for text, lang in texts
    ]
    found: Matrix = np.zeros((len(texts), len(texts)))
    if not any(bags):
        return found
    vectors = TfidfVectorizer(analyzer=list, sublinear_tf=True).fit_transform(bags)
    found = np.asarray((vectors @ vectors.T).toarray(), dtype=np.float64)
    chinese = np.array([lang is Lang.ZH for _, lang in texts])
    found[np.equal.outer(chinese, chinese) | (found < topic_settings().glossary_floor)] = 0.0
    return found
