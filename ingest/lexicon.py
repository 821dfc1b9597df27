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

__all__ = [
    "load_data",
    "read_yaml",
    "longest_first",
    "alternation",
    "any_pattern",
    "case_grouped",
    "one_of",
    "word_pattern",
]

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
    are none): a data file's list of cue patterns, searched at once; read case-insensitively, its
    plain literals are grouped by first character (`case_grouped`)."""
    alternatives = [(_literal_lead(p), p) for p in patterns]
    if flags & re.IGNORECASE and not flags & re.VERBOSE:  # a verbose pattern's blanks are not literals
        return re.compile(case_grouped(alternatives, flags) or "(?!)", flags)
    return re.compile("|".join(f"(?:{p})" for _lead, p in alternatives) or "(?!)", flags)


#: a regex that is a plain literal: characters without a special meaning, or escaped signs
_PLAIN_LITERAL = re.compile(r"(?:[^\\.^$*+?{}\[\]|()]|\\[^A-Za-z0-9])+")

#: the characters other than an ASCII letter's two cases that the engine may match to it read
#: case-insensitively (the Kelvin sign, dotted capital I, dotless i, long s; a test checks every
#: character against every ASCII character)
_OTHER_CASES = "\u212a\u0130\u0131\u017f"


def _literal_lead(pattern: str) -> str:
    """The first character of ``pattern`` when it is a plain literal that begins with an ASCII
    character written as itself (``said``, ``e\\.g\\.``), else ``""``."""
    return (
        pattern[0]
        if pattern[:1].isascii() and _PLAIN_LITERAL.fullmatch(pattern) and pattern[0] != "\\"
        else ""
    )


def case_grouped(alternatives: Iterable[tuple[str, str]], flags: int) -> str:
    """An alternation of ``alternatives`` for a pattern compiled with ``flags`` (IGNORECASE), each
    run of those that begin with a plain ASCII character grouped by that character, which is
    tested as a case-sensitive class of the characters it matches (``(?i)said|argued|says`` ->
    ``(?-i:[Ssſ])(?:aid|ays)|(?-i:[Aa])rgued``).

    The engine passes over an alternative that begins with a case-sensitive class the character
    at hand is not in at the cost of one comparison, but enters each that begins with a
    case-insensitive literal to fail inside it: a case-insensitive list of a hundred English cues
    cost a hundred entries at every position it was tried at. The matches are the same: no
    character matches two distinct ASCII characters read case-insensitively, so at a position at
    most one group of a run can match, and within it the alternatives keep their order, which
    keeps the leftmost-first choice. An alternative that does not begin so (``lead`` empty) is
    left as it is and ends the run.

    Args:
        alternatives: ``(lead, pattern)`` pairs: ``pattern`` is an alternative without a
            top-level ``|``, ``lead`` its first character when that is an ASCII character written
            as itself (then ``pattern[1:]`` is the rest of the alternative), else ``""``.
        flags: the flags the alternation is compiled with.

    Returns:
        The alternation ("" when there are no alternatives).
    """
    out: list[str] = []
    run: dict[str, list[str]] = {}
    for lead, pattern in alternatives:
        if lead:
            run.setdefault(lead.lower(), []).append(pattern[1:])
            continue
        out.extend(_groups(run, flags))
        run = {}
        out.append(f"(?:{pattern})")
    out.extend(_groups(run, flags))
    return "|".join(out)


def _groups(run: dict[str, list[str]], flags: int) -> list[str]:
    """A run's groups as alternatives: each first character's class before its rests' alternation."""
    return [
        _case_class(lead, flags) + (rests[0] if len(rests) == 1 else f"(?:{'|'.join(rests)})")
        for lead, rests in run.items()
    ]


@cache
def _case_class(char: str, flags: int) -> str:
    """The characters that ``char``, an ASCII character, matches under ``flags`` (its case flags),
    as the engine answers for each candidate, written as a case-sensitive class (or the one
    character, escaped)."""
    literal = re.compile(re.escape(char), flags & (re.IGNORECASE | re.ASCII))
    found = sorted(c for c in {char, char.lower(), char.upper(), *_OTHER_CASES} if literal.fullmatch(c))
    return re.escape(found[0]) if len(found) == 1 else f"(?-i:[{''.join(found)}])"


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


def alternation(
    words: Iterable[str], *, glued: bool = False, suffixes: Iterable[str] = (), ignore_case: bool = False
) -> str:
    """Return a regex alternation of ``words``, longest first, Latin words bounded by non-letters.

    Args:
        words: literal words; a space inside a word matches any run of blanks (or none).
        glued: the words may follow a letter or digit directly (units after a number).
        suffixes: words that may follow a Latin word directly (ten|fold).
        ignore_case: the pattern is to be compiled with IGNORECASE (not ASCII): its Latin words
            are grouped by first letter (`case_grouped`).

    Returns:
        The pattern (never matches when ``words`` is empty).
    """
    bound = "(?![A-Za-z0-9])"
    tails = longest_first(suffixes)
    if tails:
        bound = f"(?:{bound}|(?=(?:{'|'.join(map(re.escape, tails))}){bound}))"
    latin: list[tuple[str, str]] = []
    other: list[str] = []
    for word in longest_first(words):
        pattern = r"\s*".join(re.escape(piece) for piece in word.split(" "))
        if word[-1:].isascii() and word[-1:].isalnum():
            pattern += bound
        if word[:1].isascii() and word[:1].isalpha():  # the pattern begins with the letter itself
            latin.append((word[0], pattern))
        else:
            other.append(pattern)
    if not latin:
        return "|".join(other) if other else "(?!)"
    joined = case_grouped(latin, re.IGNORECASE) if ignore_case else "|".join(p for _lead, p in latin)
    if not glued:  # one lookbehind for all Latin words keeps the regex fast
        other.insert(0, f"(?<![A-Za-z])(?:{joined})")
    else:
        other.insert(0, joined)
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
    return re.compile(alternation(words, ignore_case=ignore_case), re.IGNORECASE if ignore_case else 0)
