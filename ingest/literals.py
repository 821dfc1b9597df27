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
    built, a few on the first texts); the trie is compiled again, once, at the first text read
    after strings were added.
    """

    def __init__(self) -> None:
        self._strings: set[str] = set()
        self._finder: re.Pattern[str] | None = None
        self._prefixes: dict[str, frozenset[str]] = {}
        #: counts the additions: the strings a text holds are kept per text and generation, so that
        #: a string added after a text was scanned is looked for when that text is scanned again
        self.generation = 0

    def add(self, strings: Iterable[str]) -> None:
        """Look for ``strings`` too (an empty string is held by every text: left out)."""
        new = {string for string in strings if string} - self._strings
        if new:
            self._strings |= new
            self._finder = None
            self.generation += 1

    def held(self, text: str) -> frozenset[str]:
        """The strings that ``text`` holds (case-sensitively), kept for the document being read."""
        return _held(self, text, self.generation)

    def scan(self, text: str) -> frozenset[str]:
        """The strings that ``text`` holds, found by one search of the trie (`held` keeps them)."""
        if not self._strings:
            return frozenset()
        if self._finder is None:
            self._finder = _finder(self._strings)
            self._prefixes = _prefixes(self._strings)
        found: set[str] = set()
        for longest in set(self._finder.findall(text)):
            found |= self._prefixes[longest]
        return frozenset(found)


@per_document
def _held(literals: Literals, text: str, generation: int) -> frozenset[str]:
    """`Literals.scan`, kept: a sentence is screened by dozens of cue lists."""
    del generation  # a key only: the answer for the strings there are now
    return literals.scan(text)


def _finder(strings: set[str]) -> re.Pattern[str]:
    """A pattern whose ``findall`` gives, for each position of a text where one of ``strings``
    begins, the longest that begins there.

    Each match consumes the one character a string begins with, which the engine skips ahead to
    (a text's other characters are passed over in the engine's own loop), and reads the string
    from it in a lookahead inside a one-character lookbehind: the next match is looked for from
    the next character, so strings that overlap are all found."""
    firsts = "".join(sorted({re.escape(string[0]) for string in strings}))
    return re.compile(f"[{firsts}](?<=(?=({trie_pattern(strings)}))[\\s\\S])")


def _prefixes(strings: set[str]) -> dict[str, frozenset[str]]:
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
