"""Loading argkg's language data: cue lexicons, units, numeral words and patterns.

Data is not code: every list a component matches against lives in a YAML file under
``ingest/data/<lang>/`` (or ``ingest/data/`` for what all languages share) and is validated by
a pydantic model on load, so a typo in a data file fails with the file and field named.
`alternation` turns such a word list into a regex; `word_pattern` compiles it once per list.
"""

import re
from collections.abc import Iterable
from functools import cache
from importlib import resources
from typing import TypeVar, cast

import yaml
from pydantic import BaseModel, ValidationError

from argkg.errors import InputError

__all__ = ["load_data", "read_yaml", "longest_first", "alternation", "any_pattern", "one_of", "word_pattern"]

_M = TypeVar("_M", bound=BaseModel)

#: libyaml's safe loader where PyYAML was built with it: it reads the same values (a test holds
#: every data file to that) about eight times faster than the pure-Python one, which took a
#: third of a CPU second to read all the data files, in every process that extracts
_LOADER = yaml.CSafeLoader if yaml.__with_libyaml__ else yaml.SafeLoader


def load_data(name: str, model: type[_M], lang: str | None = None) -> _M:
    """Load and validate ``ingest/data/[<lang>/]<name>.yaml``.

    Args:
        name: the file's stem.
        model: the pydantic model the file must satisfy.
        lang: the language folder, or None for the shared folder.

    Returns:
        The validated model (cached: every call with the same arguments returns the same object).

    Raises:
        InputError: the file is missing or does not satisfy ``model``.
    """
    return cast(_M, _load(name, model, lang))


def read_yaml(text: str) -> object:
    """Parse a YAML document safely (plain data only), with libyaml where it is installed."""
    return yaml.load(text, Loader=_LOADER)


@cache
def _load(name: str, model: type[_M], lang: str | None) -> _M:
    folder = resources.files("argkg.ingest") / "data"
    if lang is not None:
        folder = folder / lang
    path = folder / f"{name}.yaml"
    try:
        raw = read_yaml(path.read_text(encoding="utf-8"))
        return model.model_validate(raw)
    except FileNotFoundError as exc:
        raise InputError(f"no language data {name!r} for {lang or 'all languages'}") from exc
    except (yaml.YAMLError, ValidationError) as exc:
        raise InputError(f"invalid language data in {path}: {str(exc).splitlines()[0]}") from exc


def any_pattern(patterns: Iterable[str], flags: int = 0) -> re.Pattern[str]:
    """One pattern that matches where any of the regexes ``patterns`` matches (never, when there
    are none): a data file's list of cue patterns, searched at once."""
    return re.compile("|".join(f"(?:{p})" for p in patterns) or "(?!)", flags)


#: a pattern's leading global flags (``(?i)``, ``(?m)``), which an alternation may not hold
_GLOBAL_FLAGS = re.compile(r"\A\(\?([aiLmsux]+)\)")


def one_of(patterns: Iterable[str], flags: int = 0) -> re.Pattern[str]:
    """`any_pattern` of ``patterns``, built once per list and flags: one search of a text for a
    whole cue list, where ``any(p.search(text) for p in compiled)`` searched it once per cue.

    The alternation finds a match exactly where one of the patterns does (each is tried at every
    position, in the list's order), for ``search``, ``match`` and ``fullmatch`` alike. A pattern's
    leading global flags (``(?i)…``) apply to it alone, as they did: they become a scoped group
    (``(?i:…)``). The patterns must not refer to their groups by number, which the alternation
    renumbers (none of argkg's cue lists does).

    Args:
        patterns: the regexes, as a data file lists them.
        flags: the flags every one of them is compiled with.

    Returns:
        The compiled alternation (never matches when there are none).
    """
    return _one_of(tuple(patterns), flags)


@cache
def _one_of(patterns: tuple[str, ...], flags: int) -> re.Pattern[str]:
    return any_pattern(map(_scoped, patterns), flags)


def _scoped(pattern: str) -> str:
    """``pattern`` with its leading global flags, if any, scoped to it (``(?i)x`` -> ``(?i:x)``)."""
    return _GLOBAL_FLAGS.sub(r"(?\1:", pattern, count=1) + ")" if _GLOBAL_FLAGS.match(pattern) else pattern


def longest_first(words: Iterable[str]) -> list[str]:
    """Return the distinct ``words``, longest first, words of one length in code-point order.

    The order of words of one length must not come from iterating a set: a set of str iterates
    in an order set by the hash seed (``PYTHONHASHSEED``), and words blanked out of a text one
    after another ("ab" then "bc" out of "abc" leaves "c"; "bc" then "ab" leaves "a") or tried
    one after another give another result in another order, so the same text read otherwise
    from run to run.

    >>> longest_first({"bc", "a", "ab"})
    ['ab', 'bc', 'a']
    """
    return sorted(set(words), key=lambda w: (-len(w), w))


def alternation(words: Iterable[str], *, glued: bool = False, suffixes: Iterable[str] = ()) -> str:
    """Return a regex alternation of ``words``, longest first, Latin words bounded by non-letters.

    Args:
        words: literal words; a space inside a word matches any run of blanks (or none).
        glued: the words may follow a letter or digit directly (units after a number).
        suffixes: words that may follow a Latin word directly (ten|fold).

    Returns:
        The pattern (never matches when ``words`` is empty).
    """
    bound = "(?![A-Za-z0-9])"
    tails = longest_first(suffixes)
    if tails:
        bound = f"(?:{bound}|(?=(?:{'|'.join(map(re.escape, tails))}){bound}))"
    latin: list[str] = []
    other: list[str] = []
    for word in longest_first(words):
        pattern = r"\s*".join(re.escape(piece) for piece in word.split(" "))
        if word[-1:].isascii() and word[-1:].isalnum():
            pattern += bound
        (latin if word[:1].isascii() and word[:1].isalpha() else other).append(pattern)
    if latin and not glued:  # one lookbehind for all Latin words keeps the regex fast
        other.insert(0, "(?<![A-Za-z])(?:" + "|".join(latin) + ")")
    else:
        other = latin + other
    return "|".join(other) if other else "(?!)"


def word_pattern(words: Iterable[str], *, ignore_case: bool = False) -> re.Pattern[str]:
    """Return `alternation` of ``words`` compiled, built once per word list and case flag.

    Components match the same few lexicons in every sentence; building the alternation (sorting,
    escaping) on each call was a tenth of the extraction time.

    Args:
        words: literal words, as for `alternation`.
        ignore_case: match case-insensitively.

    Returns:
        The compiled pattern.
    """
    return _word_pattern(tuple(words), ignore_case)


@cache
def _word_pattern(words: tuple[str, ...], ignore_case: bool) -> re.Pattern[str]:
    return re.compile(alternation(words), re.IGNORECASE if ignore_case else 0)
