"""`Literals` finds, in one scan, exactly the strings a text holds."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from argkg.ingest.literals import Literals, trie_pattern
from argkg.ingest.memo import forget

#: few letters, so that strings overlap, nest and share beginnings and ends
_WORDS = st.text(alphabet="ab c.", min_size=1, max_size=6)


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORDS, max_size=12), st.text(alphabet="ab c.x", max_size=40))
def test_the_strings_found_are_those_the_text_holds(strings: list[str], text: str) -> None:
    literals = Literals()
    literals.add(strings)
    assert literals.scan(text) == {s for s in strings if s in text}


def test_a_string_that_begins_where_a_longer_one_does_is_found() -> None:
    literals = Literals()
    literals.add(["can", "cannot", "not", "not be", "nothing"])
    assert literals.scan("we cannot be sure") == {"can", "cannot", "not", "not be"}


def test_the_trie_matches_the_longest_string_at_a_position() -> None:
    pattern = re.compile(trie_pattern(["in", "in my view", "in my", "i"]))
    assert pattern.match("in my opinion")[0] == "in my"  # type: ignore[index]
    assert pattern.match("in my view,")[0] == "in my view"  # type: ignore[index]
    assert pattern.match("it")[0] == "i"  # type: ignore[index]
    assert pattern.match("on") is None
    assert re.compile(trie_pattern([])).search("anything") is None


def test_a_string_added_after_a_text_was_scanned_is_found_in_it() -> None:
    forget()
    literals = Literals()
    literals.add(["alpha"])
    assert literals.held("alpha beta") == {"alpha"}
    literals.add(["beta", ""])  # the empty string is left out
    assert literals.held("alpha beta") == {"alpha", "beta"}
    forget()


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=8), st.text(alphabet="aAb c.x", max_size=30), st.booleans())
def test_the_trie_matches_where_an_alternation_of_the_strings_does(
    strings: list[str], text: str, ignore_case: bool
) -> None:
    flags = re.IGNORECASE if ignore_case else 0
    trie = re.compile(trie_pattern(strings), flags)
    alternation = re.compile("|".join(map(re.escape, strings)), flags)
    for pos in range(len(text) + 1):
        assert (trie.match(text, pos) is None) is (alternation.match(text, pos) is None)


def test_strings_added_in_bursts_are_found_as_if_added_at_once() -> None:
    literals = Literals()
    added: list[str] = []
    for burst in (["in", "on"], ["in my view", "view"], ["n"], ["o"], ["my"], ["on my"]):
        literals.add(burst)
        added += burst
        for text in ("on my view", "in my view"):
            assert literals.scan(text) == {s for s in added if s in text}
    assert literals.scan("on my view") == {"on", "n", "o", "my", "on my", "view"}
    assert literals.scan("in my view") == {"in", "in my view", "view", "n", "my"}
    assert len(literals._tries) < 6  # the bursts were merged as they came


def test_the_tries_become_one_once_no_string_comes_for_as_many_scans_as_strings() -> None:
    literals = Literals()
    added: list[str] = []
    for burst in (["in", "on", "view", "my"], ["in my view"], ["n"], ["o"]):
        literals.add(burst)
        added += burst
        literals.scan("on my view")
    assert len(literals._tries) > 1
    for _ in range(len(added) - 1):
        literals.scan("in my view")
    assert len(literals._tries) > 1  # one scan short of settling
    assert literals.scan("in my view") == {"in", "in my view", "view", "n", "my"}
    assert len(literals._tries) == 1
    assert literals.scan("on my view") == {"on", "n", "o", "my", "view"}
    literals.add(["on my"])  # a new burst: the count starts again
    assert literals.scan("on my view") == {"on", "n", "o", "my", "view", "on my"}
    assert len(literals._tries) == 2
