"""Which of many literal strings a text holds, found for all of them in one scan: `Literals`.

A cue list's screen (`argkg.ingest.prefilter`) asks whether a sentence holds one of the
strings every match of the list needs. Asked list by list, each of a few hundred English cue
lists searched the sentence with its own alternation of strings, which the regex engine tries
at every position, string by string: a sixth of an English text's extraction. `Literals` holds
the strings of all the lists and finds, in one search of a text, every string of them it holds;
each list then asks whether that set and its own strings meet (a set operation, no search).

The one search is of a trie of the strings (`trie_pattern`): at each position of the text where
one of them may begin, the engine follows the one path of the trie that the text spells, a
character at a time, and returns the longest string that begins there. Every shorter string that begins there
is a prefix of it (`_prefixes`); a string that begins elsewhere is found at its own position.
So the strings found, with their prefixes, are exactly the strings the text holds.
"""

import re
from collections.abc import Iterable

from argkg.ingest.memo import per_document

__all__ = ["Literals", "trie_pattern"]

#: a trie node: the next character's nodes, and "" when a string ends at the node
_Node = dict[str, "_Node"]


class Literals:
    """A growing set of literal strings, and which of them a text holds.

    Strings are added as the cue lists that need them are built (most when the pipeline is
    built, the rest in bursts on the first text). Compiling the trie of all of them again after
    each burst cost more than the scans it served (a tenth of a second per process), so the
    strings are held in a few tries (`_Trie`), each compiled once: the strings added since the
    last scan become a new trie, merged with the last ones while they hold at least half as many
    strings as the one before them (as a binary counter carries), which keeps the tries few and
    the strings compiled about twice. Few is still several (English: five folded tries after the
    first texts), and every text is searched once per trie: once no string has been added for as
    many scans as there are strings (the bursts are over; compiling is linear in the strings, so
    the scans done meanwhile bound its cost), the tries become one (`_settle`): a tenth less CPU
    on short English texts, for one compile of some 30 ms per process.
    """

    def __init__(self) -> None:
        self._strings: set[str] = set()
        self._pending: set[str] = set()
        self._tries: list[_Trie] = []
        self._quiet = 0  # scans since a string was last added
        #: counts the additions: the strings a text holds are kept per text and generation, so that
        #: a string added after a text was scanned is looked for when that text is scanned again
        self.generation = 0

    def add(self, strings: Iterable[str]) -> None:
        """Look for ``strings`` too (an empty string is held by every text: left out)."""
        new = {string for string in strings if string} - self._strings
        if new:
            self._strings |= new
            self._pending |= new
            self.generation += 1
            self._quiet = 0

    def held(self, text: str) -> frozenset[str]:
        """The strings that ``text`` holds (case-sensitively), kept for the document being read."""
        return _held(self, text, self.generation)

    def scan(self, text: str) -> frozenset[str]:
        """The strings that ``text`` holds, found by one search of each trie (`held` keeps them)."""
        if self._pending:
            self._compile()
        elif len(self._tries) > 1:
            self._settle()
        if len(self._tries) == 1:
            return self._tries[0].scan(text)
        return frozenset().union(*(trie.scan(text) for trie in self._tries))

    def _settle(self) -> None:
        """Count a scan with no string added; make the tries one once there have been as many
        such scans as strings (see the class docstring)."""
        self._quiet += 1
        if self._quiet >= len(self._strings):
            self._tries = [_Trie(frozenset(self._strings))]

    def _compile(self) -> None:
        """Make the pending strings a trie, merged with the last tries while they are not much
        smaller than the one before them."""
        tries = [*(trie.strings for trie in self._tries), frozenset(self._pending)]
        first = len(tries) - 1
        while first > 0 and 2 * sum(map(len, tries[first:])) >= len(tries[first - 1]):
            first -= 1
        self._tries[first:] = [_Trie(frozenset().union(*tries[first:]))]
        self._pending = set()


class _Trie:
    """Some of the strings of a `Literals`, compiled to be found in one search."""

    def __init__(self, strings: frozenset[str]) -> None:
        self.strings = strings
        self._finder = _finder(strings)
        self._prefixes = _prefixes(strings)

    def scan(self, text: str) -> frozenset[str]:
        """The strings that ``text`` holds: the longest that begins at each position, and the
        strings that begin it."""
        found: set[str] = set()
        for longest in set(self._finder.findall(text)):
            found |= self._prefixes[longest]
        return frozenset(found)


@per_document
def _held(literals: Literals, text: str, generation: int) -> frozenset[str]:
    """`Literals.scan`, kept: a sentence is screened by dozens of cue lists."""
    del generation  # a key only: the answer for the strings there are now
    return literals.scan(text)


def _finder(strings: frozenset[str]) -> re.Pattern[str]:
    """A pattern whose ``findall`` gives, for each position of a text where one of ``strings``
    begins, the longest that begins there.

    Each match consumes the one character a string begins with, which the engine skips ahead to
    (a text's other characters are passed over in the engine's own loop), and reads the string
    from it in a lookahead inside a one-character lookbehind: the next match is looked for from
    the next character, so strings that overlap are all found."""
    firsts = "".join(sorted({re.escape(string[0]) for string in strings}))
    return re.compile(f"[{firsts}](?<=(?=({trie_pattern(strings)}))[\\s\\S])")


def _prefixes(strings: frozenset[str]) -> dict[str, frozenset[str]]:
    """Per string, the strings that begin it (itself among them): what a text holds wherever it
    holds the string."""
    return {s: frozenset(s[:end] for end in range(1, len(s) + 1) if s[:end] in strings) for s in strings}


def trie_pattern(strings: Iterable[str]) -> str:
    """A regex that matches, at a position, the longest of ``strings`` that begins there.

    The strings' trie written as nested alternations: a node's children are tried before the
    string that ends at it, so the engine goes as far down the text's one path through the trie
    as it can and backs up only to the deepest node where a string ends.

    >>> re.match(trie_pattern(["ab", "abcd", "b"]), "abcx")[0]
    'ab'
    """
    root: _Node = {}
    for string in strings:
        node = root
        for char in string:
            node = node.setdefault(char, {})
        node[""] = {}
    return _written(root) if root else "(?!)"  # no strings: never matches (the empty one: everywhere)


def _written(node: _Node) -> str:
    """The pattern of a trie node's strings, without the characters that lead to it."""
    branches = [re.escape(char) + _written(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    written = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    return f"(?:{written})?" if "" in node else written
