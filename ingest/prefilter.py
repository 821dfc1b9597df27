"""Whole-text regex scans that try a pattern only where one of its matches could begin.

Python's regex engine tries a pattern at every position of the text. It skips quickly to the
next possible first character when the pattern begins with a literal or a character class, but
not when it begins with an assertion (a lookbehind such as ``(?<![\\d.])``, a lookahead, ``\\b``)
or is case-insensitive: then every position costs a full attempt. The numbers scanner runs a few
dozen such patterns (skips, dates, quotes) over each whole text, and that was about a tenth of
a Chinese text's extraction.

`Prefiltered` reads, from the parsed pattern, the characters any match must begin with (its
assertions are zero-width: they restrict where a match starts, never what it starts with) and
compiles them into one character class. `Prefiltered.finditer` then searches the class, which the
engine does fast, and tries the pattern only where it finds one, at that position, with the
pattern's own ``match`` (which sees the whole text: lookbehinds, ``\\b`` and ``^`` read what lies
before the position as ``finditer`` would). The matches are those of ``pattern.finditer(text)``,
one for one: a position whose character is not in the class cannot begin a match, and after a
match the search goes on at its end, as ``finditer`` does. A pattern whose first characters
cannot be read (one that may match the empty string, begins with any character, a negated class,
a backreference) is scanned by ``pattern.finditer`` itself.

A group with a local case flag is read as its items without the flag when that changes nothing it
matches (`_unflagged`): a cue list grouped by first letter (`argkg.ingest.lexicon.case_grouped`,
``(?i)(?-i:[Ssſ])(?:aid|ays)``) keeps the leading and needed strings of its words; any other
local flag's group is passed over (its first characters cannot be told).
"""

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from functools import lru_cache
from importlib import import_module
from itertools import compress
from string import ascii_letters
from typing import Any, cast

from argkg.ingest.literals import Literals, trie_pattern
from argkg.ingest.memo import per_document

# the regex parser and its op codes (``sre_parse`` and ``sre_constants`` before Python 3.11)
_parse: Any = import_module("re._parser")
_sre: Any = import_module("re._constants")
#: the engine itself, for its test of which characters have a case
_engine: Any = import_module("_sre")

__all__ = [
    "Prefiltered",
    "ScreenedList",
    "first_class",
    "needed_strings",
    "screen",
    "folded_strings",
    "UNLOWERED",
]

_CATEGORIES = {
    _sre.CATEGORY_DIGIT: r"\d",
    _sre.CATEGORY_NOT_DIGIT: r"\D",
    _sre.CATEGORY_SPACE: r"\s",
    _sre.CATEGORY_NOT_SPACE: r"\S",
    _sre.CATEGORY_WORD: r"\w",
    _sre.CATEGORY_NOT_WORD: r"\W",
}
_REPEATS = {_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", _sre.MAX_REPEAT)}
_ZERO_WIDTH = {_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT}
_FLAGS = re.IGNORECASE | re.ASCII  # the flags that decide which characters a class matches
_MAX_RANGE = 16  # a class range of more characters is too common to filter on (a-z, 一-鿿)
_MAX_LETTERS = 0  # Latin letters begin too many words to filter on


class _UnknownError(Exception):
    """The first characters of a (part of a) pattern cannot be told."""


#: the characters other than ASCII letters that the engine matches case-insensitively to one
#: (the Kelvin sign, dotted capital I, dotless i, long s; a test derives them from the engine's
#: case tables): with the ASCII letters, every character whose case an ASCII letter shares
_ASCII_CASES = frozenset(map(ord, ascii_letters + "\u212a\u0130\u0131\u017f"))

#: one member of a character class as the parser gives it: (LITERAL, code), (RANGE, (low, high))
#: or (CATEGORY, category)
_Member = tuple[object, object]


def _class_items(items: list[_Member]) -> list[_Member]:
    """The members of a parsed character class; a negated class is unknown."""
    for op, value in items:
        if not (op is _sre.LITERAL or op is _sre.RANGE or (op is _sre.CATEGORY and value in _CATEGORIES)):
            raise _UnknownError  # NEGATE, or a category the class syntax cannot write
    return items


def _firsts(sequence: object) -> tuple[list[_Member], bool]:
    """The class members a match of ``sequence`` (a parsed pattern) may begin with, and whether
    it may match the empty string (then what follows it may begin the match too)."""
    found: list[_Member] = []
    for op, value in sequence:  # type: ignore[attr-defined]
        if op in _ZERO_WIDTH:
            continue  # an assertion consumes nothing: the next item begins the match
        if op is _sre.LITERAL:
            return [*found, (op, value)], False
        if op is _sre.IN:
            return [*found, *_class_items(value)], False
        if op is _sre.SUBPATTERN:
            _group, add_flags, del_flags, inner = value
            if add_flags or del_flags:
                raise _UnknownError  # a local flag changes what its characters match
            members, empty = _firsts(inner)
        elif op is getattr(_sre, "ATOMIC_GROUP", None):
            members, empty = _firsts(value)
        elif op is _sre.BRANCH:
            members, empty = [], False
            for alternative in value[1]:
                more, may_be_empty = _firsts(alternative)
                members += more
                empty = empty or may_be_empty
        elif op in _REPEATS:
            low, _high, inner = value
            members, empty = _firsts(inner)
            empty = empty or low == 0
        else:  # any character, a negated literal, a backreference, a conditional group
            raise _UnknownError
        found += members
        if not empty:
            return found, False
    return found, True


def _written(member: _Member) -> str:
    """A class member as written inside ``[...]`` (``re.escape`` escapes ``-``, ``]``, ``^``, ``\\``)."""
    op, value = member
    if op is _sre.LITERAL:
        return re.escape(chr(value))  # type: ignore[arg-type]
    if op is _sre.RANGE:
        low, high = cast(tuple[int, int], value)
        return f"{re.escape(chr(low))}-{re.escape(chr(high))}"
    return _CATEGORIES[value]


def _rare(members: list[_Member]) -> bool:
    """Whether characters of these members are rare in running text, so that trying the pattern
    at each of them (a call from Python) costs less than the engine's attempt at every position:
    digits, punctuation, symbols and a few named ideographs (百, 千), not a Latin letter, a whole
    category of letters or blanks, a wide range or a blank."""
    letters = set()
    for op, value in members:
        if op is _sre.CATEGORY:
            if value is not _sre.CATEGORY_DIGIT:
                return False
        elif op is _sre.RANGE:
            low, high = cast(tuple[int, int], value)
            if high - low >= _MAX_RANGE:
                return False
        else:
            char = chr(value)  # type: ignore[arg-type]
            if char.isspace():
                return False
            if char.isascii() and char.isalpha():
                letters.add(char.lower())
    return len(letters) <= _MAX_LETTERS


@lru_cache(maxsize=8)
def _parsed(pattern: re.Pattern[str]) -> Any:
    """``pattern`` parsed (read, never changed): `Prefiltered` reads it three times, and parsing
    (in Python) costs more than compiling the few hundred cue patterns otherwise would."""
    return _parse.parse(pattern.pattern, pattern.flags)


@lru_cache(maxsize=8)
def _read(pattern: re.Pattern[str]) -> Any:
    """`_parsed` ``pattern`` with each group whose local case flag changes nothing read as its
    items without the flag (`_unflagged`): what the readers of first characters, leading and
    needed strings and anchors walk."""
    return _unflagged(_parsed(pattern), pattern.flags)


def _unflagged(sequence: Any, flags: int) -> list[tuple[object, object]]:
    """``sequence`` (a parsed pattern read with ``flags``) rebuilt (never changed in place) with
    each group whose local flags are case flags that change nothing it matches (`_same_cases`)
    read as its items without the flags, a class among them that matches what one of its
    characters matches as that character (``(?-i:[Ssſ])`` in a case-insensitive pattern is
    ``s``). Other groups with local flags are kept as they are (the readers pass over them or
    give up)."""
    rebuilt: list[tuple[object, object]] = []
    for op, value in sequence:
        if op is _sre.SUBPATTERN:
            group, add_flags, del_flags, inner = value
            if not (add_flags or del_flags):
                value = (group, 0, 0, _unflagged(inner, flags))
            else:
                plain = _same_cases(inner, add_flags, del_flags, flags)
                if plain is not None:  # its items, in the sequence (a group matters to no reader)
                    rebuilt += plain
                    continue
        elif op is _sre.BRANCH:
            value = (value[0], [_unflagged(alternative, flags) for alternative in value[1]])
        elif op in _REPEATS:
            value = (value[0], value[1], _unflagged(value[2], flags))
        elif op is getattr(_sre, "ATOMIC_GROUP", None):
            value = _unflagged(value, flags)
        rebuilt.append((op, value))
    return rebuilt


def _same_cases(inner: Any, add_flags: int, del_flags: int, flags: int) -> list[tuple[object, object]] | None:
    """The items of a group with local flags (``inner``, in a pattern read with ``flags``) as they
    read without those flags, when that changes nothing they match; else None.

    So when the local flags are case flags only and either restate the pattern's own, or each
    item is a literal or a class of literals whose characters either have no case (the engine
    matches them only to themselves) or are ASCII letters and the characters that share their
    case (`_ASCII_CASES`), each matching the same of those characters with and without the
    flags: a case-only flag around a class that already lists every case, or around literals
    without case. A class is then read as the one of its characters that matches as much (the
    first in code-point order): the leading and needed strings are made of literals."""
    if (add_flags | del_flags) & ~re.IGNORECASE:
        return None
    local = (flags | add_flags) & ~del_flags
    if local == flags:  # the flag restates the pattern's own
        return _unflagged(inner, flags)
    items: list[tuple[object, object]] = []
    for op, value in inner:
        if op is _sre.LITERAL:
            codes: tuple[int, ...] = (value,)
        elif op is _sre.IN and all(member is _sre.LITERAL for member, _code in value):
            codes = tuple(sorted(code for _member, code in value))
        else:
            return None
        as_one = _as_one(codes, local & _FLAGS, flags & _FLAGS)
        if as_one is None:
            return None
        items.append((_sre.LITERAL, as_one) if op is _sre.IN else (op, value))
    return items


@lru_cache(maxsize=256)
def _as_one(codes: tuple[int, ...], local: int, flags: int) -> int | None:
    """For the characters ``codes`` of a class (or a literal), with and without case flags: the
    first of them that matches under ``flags`` what the class matches under ``local`` and under
    ``flags``, when those are the same; else None. Only characters without case or of
    `_ASCII_CASES` are told: which characters may match those is known."""
    if not all(code in _ASCII_CASES or not _engine.unicode_iscased(code) for code in codes):
        return None
    candidates = [chr(code) for code in sorted(_ASCII_CASES.union(codes))]
    written = "[" + "".join(re.escape(chr(code)) for code in codes) + "]"
    matched = {c for c in candidates if re.fullmatch(written, c, local)}
    if matched != {c for c in candidates if re.fullmatch(written, c, flags)}:
        return None
    for code in codes:
        if {c for c in candidates if re.fullmatch(re.escape(chr(code)), c, flags)} == matched:
            return code
    return None


def _engine_skips(pattern: re.Pattern[str]) -> bool:
    """Whether the engine itself skips to the characters a match can begin with (the prefixes
    ``re._compiler`` reads): the pattern is case-sensitive and begins, maybe inside groups, with
    a literal, a class, or an alternation each of whose branches begins with a literal. Not with
    an assertion or an optional part, nor with an alternation of branches that begin with
    assertions or groups (inline markup's ``(?<!…)(\\*\\*)…|(`)…``): the engine then tries every
    position."""
    if pattern.flags & re.IGNORECASE:
        return False
    sequence = _parsed(pattern)
    while len(sequence):
        op, value = sequence[0]
        if op is not _sre.SUBPATTERN or value[1] or value[2]:
            break
        sequence = value[3]  # a group without flags: its first item begins the match
    if not len(sequence):
        return False
    if op is _sre.BRANCH:
        return all(len(branch) and branch[0][0] is _sre.LITERAL for branch in value[1])
    return op is _sre.LITERAL or op is _sre.IN


def first_class(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A pattern of one character class that matches every character a match of ``pattern``
    can begin with, with ``pattern``'s case and ASCII flags; None when that cannot be told or
    ``pattern`` may match the empty string."""
    members = _first_members(pattern)
    if members is None:
        return None
    return re.compile("[" + "".join(dict.fromkeys(map(_written, members))) + "]", pattern.flags & _FLAGS)


def _first_members(pattern: re.Pattern[str]) -> list[_Member] | None:
    """The class members a match of ``pattern`` begins with; None when they cannot be told or
    ``pattern`` may match the empty string."""
    try:
        members, empty = _firsts(_read(pattern))
    except _UnknownError:
        return None
    return None if empty or not members else members


def _needed(sequence: Any) -> list[str] | None:
    """Strings one of which every match of ``sequence`` (a parsed pattern) holds, the choice whose
    shortest string is longest; None when none is found. A run of literals in the sequence is one
    such choice; an alternation whose every branch needs strings is another (the branches' strings
    together: a cue list joined as ``(?:a)|(?:b)``); so is what a group or a repeat of at least
    one holds, and what a run followed by an alternation holds, read as the run before each
    alternative (`_run_into`). Assertions and optional parts are passed over (a match need not
    hold what they name)."""
    choices: list[list[str]] = []
    run = ""
    for op, value in sequence:
        if op is _sre.LITERAL:
            run += chr(value)
            continue
        if run:
            choices.append([run])
            alternatives = _run_into(run, op, value)
            if alternatives is not None:  # what each alternative needs with the run before it
                joined = _needed([(_sre.BRANCH, (None, alternatives))])
                if joined is not None:
                    choices.append(joined)
            run = ""
        if op is _sre.BRANCH:  # one of what each alternative needs (its literals, its groups')
            each = [_needed(alternative) for alternative in value[1]]
            if all(strings is not None for strings in each):
                choices.append([string for strings in each for string in strings or ()])
        elif op is _sre.SUBPATTERN and not (value[1] or value[2]):
            inner = _needed(value[3])
            if inner is not None:
                choices.append(inner)
        elif op in _REPEATS and value[0] >= 1:
            inner = _needed(value[2])
            if inner is not None:
                choices.append(inner)
    if run:
        choices.append([run])
    return max(choices, key=lambda strings: min(map(len, strings))) if choices else None


def needed_strings(pattern: re.Pattern[str]) -> list[str] | None:
    """Strings one of which every text ``pattern`` matches in holds, as the pattern's literals
    (matched with its flags: a case-insensitive pattern's strings in any case); None when none is
    found."""
    if pattern.flags & re.VERBOSE:
        return None
    strings = _needed(_read(pattern))
    return None if strings is None else list(dict.fromkeys(strings))


def screen(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A pattern that finds one of `needed_strings` of ``pattern`` in every text where
    ``pattern`` finds a match; None when there are none.

    The strings are runs of ``pattern``'s own literals, so compiled with its case and ASCII flags
    they match wherever its match holds them, in whatever case the engine lets them match (K
    and the Kelvin sign alike). One search of their trie (`trie_pattern`) runs in the engine,
    where looking for each string in turn cost a Python loop and, for a case-insensitive pattern,
    a lowered copy of the text per pattern; at each position the trie follows the one path the
    text spells, where an alternation of the strings tried them one by one."""
    strings = needed_strings(pattern)
    if strings is None:
        return None
    return re.compile(trie_pattern(strings), pattern.flags & _FLAGS)


def folded_strings(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """For a case-insensitive ``pattern`` whose needed strings hold cased letters, all ASCII:
    those strings lowered, one of which a text lowered holds wherever ``pattern`` matches in it;
    None for any other pattern.

    The engine skips ahead only to a first character it can compare as it is: a case-insensitive
    alternation of English words is tried at every position of the text, word by word, which
    cost more than the patterns it spared. In a text lowered, each string's every case is its
    lowered self (the Kelvin sign lowers to k), but for the characters of `UNLOWERED`.
    """
    if not pattern.flags & re.IGNORECASE:
        return None
    strings = needed_strings(pattern)
    if strings is None or not all(map(str.isascii, strings)) or not any(map(_cased, strings)):
        return None
    return frozenset(string.lower() for string in strings)


#: the lowered strings of every folded screen (`folded_strings`), looked for in a text lowered all
#: at once: a sentence is screened by dozens of cue lists, each of which searched it on its own
FOLDED = Literals()

#: the strings of every cue list's case-sensitive screens (`ScreenedList`), looked for in a text as
#: it is, all at once: a sentence is screened by dozens of cue lists, each of which looked for its
#: own strings in it
CASED = Literals()


#: the characters that a case-insensitive pattern matches to an ASCII letter and that ``str.lower``
#: does not turn into that letter (dotted capital I, dotless i, long s; a test derives them from
#: the engine's case tables)
UNLOWERED = re.compile("[\u0130\u0131\u017f]")


def _engine_cased(string: str) -> bool:
    """Whether ``string`` holds a character that the regex engine matches case-insensitively to
    another (``_sre.unicode_iscased``, the test by which it compiles a literal to ignore case)."""
    return any(_engine.unicode_iscased(ord(char)) for char in string)


def _cased(string: str) -> bool:
    """Whether ``string`` holds a letter with another case (an ideograph has none)."""
    return string.lower() != string.upper()


def _prefixes(sequence: Any) -> list[str] | None:
    """Strings one of which every match of ``sequence`` (a parsed pattern) begins with, its
    leading assertions passed over: its leading run of literals (before each alternative of an
    alternation that comes next, `_run_into`), or each alternative's of a leading alternation or
    group; None when a match may begin otherwise."""
    for index, (op, value) in enumerate(sequence):
        if op in _ZERO_WIDTH:
            continue
        if op is _sre.LITERAL:
            run = ""
            for item, code in sequence[index:]:
                if item is not _sre.LITERAL:
                    alternatives = _run_into(run, item, code)
                    if alternatives is None:
                        return [run]
                    return _prefixes([(_sre.BRANCH, (None, alternatives))])
                run += chr(code)
            return [run]
        if op is _sre.BRANCH:
            each = [_prefixes(alternative) for alternative in value[1]]
            return None if any(strings is None for strings in each) else [s for ss in each for s in ss or ()]
        if op is _sre.SUBPATTERN and not (value[1] or value[2]):
            return _prefixes(value[3])
        return None
    return None


def _run_into(run: str, op: object, value: Any) -> list[list[tuple[object, object]]] | None:
    """The alternatives of the item that follows ``run`` (literals), an alternation or a group
    without flags of one, each with the run's literals before it; None for another item. A word
    list grouped by first letter (``s(?:aid|ays)``) is read as its words (``said|says``): their
    leading and needed strings are the whole words', as the list's were before grouping."""
    if op is _sre.SUBPATTERN and not (value[1] or value[2]) and len(value[3]) == 1:
        op, value = value[3][0]
    if op is not _sre.BRANCH:
        return None
    literals = [(_sre.LITERAL, ord(char)) for char in run]
    return [[*literals, *alternative] for alternative in value[1]]


def _anchored(sequence: Any, *, multiline: bool) -> bool:
    """Whether every match of ``sequence`` (a parsed pattern) begins at the text's start (``^``
    without MULTILINE, ``\\A``), each branch of a leading alternation or group included."""
    if not len(sequence):
        return False
    op, value = sequence[0]
    if op is _sre.AT:
        return value is _sre.AT_BEGINNING_STRING or (value is _sre.AT_BEGINNING and not multiline)
    if op is _sre.SUBPATTERN and not (value[1] or value[2]):
        return _anchored(value[3], multiline=multiline)
    if op is _sre.BRANCH:
        return all(_anchored(alternative, multiline=multiline) for alternative in value[1])
    return False


class Prefiltered:
    """A compiled pattern whose ``finditer`` tries it only where a match could begin, and that is
    not run on a text that lacks every string a match must hold.

    Args:
        pattern: the pattern; its matches are what ``pattern.finditer`` gives.
    """

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        # a pattern anchored at the text's start fails at once elsewhere: a screen of its own, or
        # trying it at each of its first characters or leading strings, would cost more (the
        # shared scan of folded strings costs it a set operation: it is screened by that)
        anchored = _anchored(_read(pattern), multiline=bool(pattern.flags & re.MULTILINE))
        members = _first_members(pattern)
        useful = members is not None and _rare(members) and not _engine_skips(pattern) and not anchored
        self._starts = first_class(pattern) if useful else None
        # a folded screen's strings, looked for with every other's (`FOLDED`)
        self._lowered = folded_strings(pattern)
        if self._lowered is not None:
            FOLDED.add(self._lowered)
        # one screen per other pattern (each costs a parse and a compile in every process)
        self._screen = None if anchored or self._lowered is not None else screen(pattern)
        # the screen's strings as `ScreenedList` looks for them with ``in``: as they are for a
        # case-sensitive one (its strings match only themselves) and for a case-insensitive one
        # whose strings hold no character the engine reads with its case (ideographs, digits,
        # signs: the engine compiles them as plain literals)
        strings = needed_strings(pattern) if self._screen is not None else None
        as_they_are = strings and (not pattern.flags & re.IGNORECASE or not any(map(_engine_cased, strings)))
        self._strings = frozenset(strings) if self._screen is not None and as_they_are and strings else None
        # a folded pattern that the engine tries at every position, whose every match begins with
        # one of a few ASCII strings (a cue list of English words behind a lookbehind): tried only
        # where the text lowered holds one of them (`_led`)
        led = self._lowered is not None and self._starts is None and not anchored
        leads = _prefixes(_read(pattern)) if led else None
        self._leads = (
            re.compile(trie_pattern(lead.lower() for lead in leads))
            if leads and all(map(str.isascii, leads))
            else None
        )

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        """The first match of the pattern in ``text`` from ``pos`` on, as ``pattern.search(text,
        pos)`` gives it (a match from ``pos`` on holds its needed string from ``pos`` on)."""
        return self.pattern.search(text, pos) if self._may_hold(text, pos) else None

    def _may_hold(self, text: str, pos: int) -> bool:
        """False when ``text`` from ``pos`` on holds none of the strings every match needs.

        A text lowered holds a case-insensitive pattern's ASCII strings wherever the pattern
        matches them, unless it holds a character that the engine matches to an ASCII letter and
        ``str.lower`` does not turn into it (`UNLOWERED`: then the pattern is tried unscreened);
        lowering may lengthen a text (İ), so only what lies from ``pos`` on is lowered.
        """
        if self._lowered is not None:
            if not text.isascii() and UNLOWERED.search(text) is not None:
                return True
            return not self._lowered.isdisjoint(FOLDED.held(_lowered(text[pos:] if pos else text)))
        return self._screen is None or self._screen.search(text, pos) is not None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The matches of the pattern in ``text``, as ``pattern.finditer(text)`` gives them.

        Not a generator: most texts a pattern is asked about are screened out, and answering
        them with an empty iterator spares making and running a generator for each."""
        return self._scan(text) if self._may_hold(text, 0) else iter(())

    def _scan(self, text: str) -> Iterator[re.Match[str]]:
        """`finditer` past the screen: tried only at the characters a match can begin with (the
        engine's own iterator where they cannot be told)."""
        if self._starts is None:
            if self._leads is not None and (text.isascii() or UNLOWERED.search(text) is None):
                return self._led(text)
            return self.pattern.finditer(text)
        return self._started(text)

    def _started(self, text: str) -> Iterator[re.Match[str]]:
        """`_scan` of a pattern with first characters (``_starts``): tried only at them."""
        pos = 0
        while (found := self.first_from(text, pos)) is not None:
            yield found
            pos = found.end()  # never empty: a pattern that may match nothing is not filtered

    def _led(self, text: str) -> Iterator[re.Match[str]]:
        """`_scan` of a pattern with leading strings (``_leads``): tried only where the text
        lowered holds one of them, each occurrence in turn (they may overlap). Lowering keeps
        every offset of a text without a character of `UNLOWERED`, and turns each character that
        the engine matches to a lead's letter into that letter."""
        lowered = _lowered(text)
        search, match = self._leads.search, self.pattern.match  # type: ignore[union-attr]
        pos = 0
        while (lead := search(lowered, pos)) is not None:
            found = match(text, lead.start())
            if found is None:
                pos = lead.start() + 1
            else:
                yield found
                pos = found.end()  # never empty: a match begins with a lead

    def first_from(self, text: str, pos: int) -> re.Match[str] | None:
        """The first match from ``pos`` on, as ``pattern.search(text, pos)`` gives it, tried only
        at the characters a match can begin with and not screened: for a caller that searches
        one text again and again from where its last match left off (a screen would read the
        rest of the text at each call)."""
        if self._starts is None:
            return self.pattern.search(text, pos)
        positions = _positions(self._starts, text)
        match = self.pattern.match
        for at in positions[bisect_left(positions, pos) :]:
            found = match(text, at)
            if found is not None:
                return found
        return None


class ScreenedList:
    """Patterns that are each searched in the same texts (a cue list): which of them a text may
    hold a match of, told for all of them at once.

    `Prefiltered.search` screens each pattern with a regex search of the text: a sentence tried
    with fifty cues cost fifty searches. Here each distinct string that one of the patterns needs
    is looked for once per text, as its screen would find it: a case-sensitive pattern's strings
    among the strings the text holds (`CASED`, one scan of the text for every list's strings); a
    folded screen's among the strings the text lowered holds (`FOLDED`), but for a text that
    holds a character of `UNLOWERED`. A pattern may hold a match only when one of its strings is
    there (a case-insensitive pattern's strings as they are too when none of their characters
    has a case: a Chinese cue list). A pattern with another screen (case-insensitive strings
    with cased letters that are not all ASCII) or none is screened by itself, as `Prefiltered`
    does.

    Args:
        patterns: the patterns, in the order `holding` answers for them.
    """

    def __init__(self, patterns: Iterable[Prefiltered]) -> None:
        self.patterns = tuple(patterns)
        self._strings = frozenset(s for p in self.patterns for s in p._strings or ())
        CASED.add(self._strings)
        #: per string, the patterns (their indices) that one of its occurrences lets through: a
        #: sentence holds few of the strings, so marking their patterns costs less than asking
        #: each pattern whether it holds one of its own
        self._needing = _by_string((i, p._strings) for i, p in enumerate(self.patterns))
        self._needing_lowered = _by_string((i, p._lowered) for i, p in enumerate(self.patterns))
        self._lowered = frozenset(self._needing_lowered)
        #: the patterns screened by their lowered strings, those screened by themselves, and those
        #: not screened at all
        self._folded = tuple(i for i, p in enumerate(self.patterns) if p._lowered is not None)
        unlisted = [(i, p) for i, p in enumerate(self.patterns) if p._strings is None and p._lowered is None]
        self._own = tuple((i, p) for i, p in unlisted if p._screen is not None)
        self._open = tuple(i for i, p in unlisted if p._screen is None)

    def holding(self, text: str) -> list[bool]:
        """For each pattern, False when it cannot match in ``text`` (its ``pattern.search(text)`` is
        None), else True: what `Prefiltered.search` would search."""
        holds = [False] * len(self.patterns)
        if self._strings:
            for string in self._strings & CASED.held(text):
                for index in self._needing[string]:
                    holds[index] = True
        if self._folded:
            # the folded screens read the text lowered, but for a text where lowering would miss a
            # case the engine matches (`UNLOWERED`): then every folded pattern is tried
            if text.isascii() or UNLOWERED.search(text) is None:
                for string in self._lowered & FOLDED.held(_lowered(text)):
                    for index in self._needing_lowered[string]:
                        holds[index] = True
            else:
                for index in self._folded:
                    holds[index] = True
        for index in self._open:
            holds[index] = True
        for index, pattern in self._own:
            if pattern._may_hold(text, 0):
                holds[index] = True
        return holds

    def finditer(self, text: str) -> Iterator[tuple[int, re.Match[str]]]:
        """(the pattern's index, its match) for every match of each pattern in ``text``, pattern by
        pattern in their order, each pattern's matches as ``pattern.finditer(text)`` gives them."""
        for index, pattern in compress(enumerate(self.patterns), self.holding(text)):
            for found in pattern._scan(text):
                yield index, found


def _by_string(needs: Iterable[tuple[int, frozenset[str] | None]]) -> dict[str, tuple[int, ...]]:
    """Per string, the indices of the patterns that need it (``needs``: index, strings or None)."""
    found: dict[str, list[int]] = {}
    for index, strings in needs:
        for string in strings or ():
            found.setdefault(string, []).append(index)
    return {string: tuple(indices) for string, indices in found.items()}


@per_document
def _lowered(text: str) -> str:
    """``text`` lowered: a whole text is screened, then scanned, by each folded pattern."""
    return text.lower()


@per_document
def _positions(starts: re.Pattern[str], text: str) -> list[int]:
    """Where the characters of ``starts`` (a `first_class`) stand in ``text``, in order: the
    numbers' skips and numerals, most of them beginning with a digit, each walked the same
    positions of one text, with a search per position and pattern; one pass finds them for all."""
    return [found.start() for found in starts.finditer(text)]
