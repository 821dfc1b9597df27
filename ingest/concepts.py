"""Words as the concepts they name, in English and Chinese alike (DESIGN.md §6).

Topic grouping (`argkg.ingest.topics`) compares documents by their content terms, and a
Chinese and an English text on one question share none: "学校" is not "school". The groups of
``ingest/data/concepts.yaml`` (everyday vocabulary of public debate, both languages) name one
concept each, keyed by the stem of the group's first English word: every listed English word
(stemmed) and every listed Chinese word reads as that key, so the two texts share their terms,
and so do two texts that word one question with listed synonyms ("kids", "children", "孩子").
The Chinese names of ``gazetteer.yaml`` read as the words of their English names (谷歌: google).

Chinese runs are cut by jieba, as the pipeline cuts them, and a listed word names its concept
only as a whole word or a run of whole words: at each word the longest run of words that
spells a listed word ("学生", "写", "作业" -> student, homework; "家庭" "作业" -> 家庭作业),
and an unlisted word of three or more characters that jieba keeps whole is read as the words it
is compounded of, as jieba would cut it were it not one word ("体育课": 体育, 课). A listed word
merely inside a longer word is not that word: "小时候" (childhood) holds "小时" (hour) but is cut
小, 时候, and reading such words as the listed one made texts on different questions share a
concept neither argues. Also here: the English stemmer the content terms share (`stem`).
"""

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from pydantic import BaseModel, ConfigDict, field_validator

from argkg.errors import InputError
from argkg.ingest import segment
from argkg.ingest.entities import known_names
from argkg.ingest.lexicon import load_data

__all__ = ["WORD", "ConceptData", "Concepts", "concepts", "stem"]

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
#: A Latin-script word or a number, in case-folded text.
WORD = re.compile(r"[a-z][a-z'-]+|\d[\d.,]*\d|\d")


def stem(word: str, suffixes: Sequence[str]) -> str:
    """Strip endings until none fits (three letters stay); y -> i; a doubled last consonant once.

    >>> stem("taxes", ("es", "s"))
    'tax'
    """
    stripped = True
    while stripped:
        stripped = False
        for suffix in suffixes:
            if word.endswith(suffix) and len(word) - len(suffix) >= 3:
                word, stripped = word[: -len(suffix)], True
                break
    if word.endswith("y") and len(word) > 3:
        word = word[:-1] + "i"
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiou":
        word = word[:-1]
    return word


class ConceptData(BaseModel):
    """The contents of ``concepts.yaml``: groups of words, English first, that name one concept.

    Attributes:
        groups: concepts that name what a text is about.
        actions: concepts that name what a policy does to it (ban, allow, require): concepts
            all the same, but no topic (`Concepts.actions`).
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    groups: list[list[str]]
    actions: list[list[str]] = []

    @field_validator("groups", "actions")
    @classmethod
    def _english_first(cls, groups: list[list[str]]) -> list[list[str]]:
        for group in groups:
            if not group or _CJK.search(group[0]):
                raise ValueError(f"a concept group starts with an English word: {group}")
        return groups


@dataclass(frozen=True)
class Concepts:
    """The concept groups compiled for one stemmer.

    Attributes:
        english: stemmed English word -> its concept key.
        chinese: Chinese word -> the keys of the groups that list it.
        longest: the length in characters of the longest listed Chinese word.
        actions: the keys of the action concepts (``actions`` in the data), which topic
            grouping leaves out: two questions that both ask to ban something share them.
    """

    english: dict[str, str]
    chinese: dict[str, tuple[str, ...]]
    longest: int
    actions: frozenset[str] = frozenset()

    def chinese_words(self, run: str) -> list[tuple[str, tuple[str, ...]]]:
        """Cut a run of Chinese characters into jieba's words, each with the concepts it names
        (or none); a run of whole words that spells a listed word is that one word.

        >>> table = concepts(("s",))
        >>> [keys or word for word, keys in table.chinese_words("学生写作业")]
        [('student',), '写', ('homework',)]
        >>> [keys or word for word, keys in table.chinese_words("小时候上体育课")]
        ['小时候', '上', ('exercise',), ('lesson',)]
        """
        words = segment.lcut(run)
        found: list[tuple[str, tuple[str, ...]]] = []
        at = 0
        while at < len(words):
            end, spelled = at + 1, words[at]
            for stop in range(at + 2, len(words) + 1):
                joined = "".join(words[at:stop])
                if len(joined) > self.longest:
                    break
                if joined in self.chinese:
                    end, spelled = stop, joined
            found.extend((piece, self.chinese.get(piece, ())) for piece in self._compound(spelled))
            at = end
        return found

    def _compound(self, word: str) -> list[str]:
        """A word of three or more characters that is not listed, as the words it is compounded
        of when one of them is a listed word of two or more characters (`segment.split`: "体育课"
        -> 体育, 课; "小时候" stays whole, as it is no 小时), else the word alone.

        jieba keeps many compounds whole ("退休年龄", "人脸识别"), and a text that writes the
        compound argues the concepts of its parts.
        """
        if len(word) < 3 or word in self.chinese:
            return [word]
        pieces = segment.split(word)
        return pieces if any(len(piece) > 1 and piece in self.chinese for piece in pieces) else [word]


@cache
def concepts(suffixes: tuple[str, ...]) -> Concepts:
    """Return the concept groups of ``concepts.yaml``, English words stemmed with ``suffixes``.

    Raises:
        InputError: one English stem is listed in two groups.
    """
    data = load_data("concepts", ConceptData)
    english: dict[str, str] = {}
    chinese: dict[str, list[str]] = {}
    for group in [*data.groups, *data.actions]:
        key = stem(group[0].casefold(), suffixes)
        for word in group:
            if _CJK.search(word):
                chinese.setdefault(word, []).append(key)
                continue
            stemmed = stem(word.casefold(), suffixes)
            if english.setdefault(stemmed, key) != key:
                raise InputError(f"concepts.yaml: {word!r} is in two groups ({english[stemmed]}, {key})")
    for name, aliases in known_names().items():
        keys = [stem(word, suffixes) for word in WORD.findall(name.casefold())]
        for alias in aliases:
            if _CJK.search(alias) and keys:
                chinese.setdefault(alias, []).extend(english.get(k, k) for k in keys)
    return Concepts(
        english=english,
        chinese={word: tuple(dict.fromkeys(keys)) for word, keys in chinese.items()},
        longest=max(map(len, chinese), default=0),
        actions=frozenset(stem(group[0].casefold(), suffixes) for group in data.actions),
    )
