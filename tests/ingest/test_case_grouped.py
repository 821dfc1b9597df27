"""Case-insensitive cue alternations grouped by first character (`case_grouped`): the matches of
a grouped alternation are those of the plain one, on invented cue lists and texts."""

import random
import re

import pytest

from argkg.ingest.lexicon import alternation, any_pattern

#: invented cues: literals sharing first letters (one a prefix of another), the letters whose
#: case-insensitive matches reach beyond ASCII (i, k, s), signs, a regex, a non-Latin word
CUES = [
    "kettle",
    "keep",
    "kee",
    "sum",
    "sums",
    "so",
    "ink",
    "it is",
    "ice",
    "e.g.",
    "a+b",
    "s?x",
    "zone",
    "Ünder",
    "9 lives",
]
#: characters a text is made of: the cues' letters in both cases and their other case-insensitive matches
CHARS = "kKetlpsSumoOinIcgaz9 .+?xbnÜüÄ\u212a\u017f\u0130\u0131-"


def _texts(count: int) -> list[str]:
    """Invented texts: cues in random cases, glued to random characters."""
    rng = random.Random(7)
    texts = []
    for _ in range(count):
        parts = []
        for _ in range(rng.randint(1, 8)):
            cue = rng.choice(CUES)
            parts.append("".join(c.upper() if rng.random() < 0.4 else c for c in cue))
            parts.append("".join(rng.choice(CHARS) for _ in range(rng.randint(0, 3))))
        texts.append("".join(parts))
    return texts


def _matches(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


@pytest.mark.parametrize("flags", [re.IGNORECASE, re.IGNORECASE | re.ASCII])
def test_a_grouped_cue_list_matches_as_the_plain_one(flags: int) -> None:
    cues = [*CUES[:11], "s+x", *CUES[11:]]  # a regex in the middle ends a run of literals
    grouped = any_pattern(cues, flags)
    plain = re.compile("|".join(f"(?:{c})" for c in cues), flags)
    assert grouped.pattern != plain.pattern
    for text in _texts(400):
        assert _matches(grouped, text) == _matches(plain, text), text


def test_a_grouped_word_list_matches_as_the_plain_one() -> None:
    grouped = re.compile(alternation(CUES, ignore_case=True), re.IGNORECASE)
    plain = re.compile(alternation(CUES), re.IGNORECASE)
    assert grouped.pattern != plain.pattern
    for text in _texts(400):
        assert _matches(grouped, text) == _matches(plain, text), text


def test_literals_are_grouped_by_first_letter_in_their_order_and_other_patterns_left_alone() -> None:
    assert any_pattern(["says", "a\\.b", "said", "x+"], re.IGNORECASE).pattern == (
        "(?-i:[Ssſ])(?:ays|aid)|(?-i:[Aa])\\.b|(?:x+)"
    )
    assert any_pattern(["says", "said"]).pattern == "(?:says)|(?:said)"  # case-sensitive: as it was


def test_each_ascii_character_is_tested_as_exactly_what_it_matches_case_insensitively() -> None:
    """The class a literal's first character becomes matches the characters the engine matches to
    it, and no character matches two ASCII characters (so no position can enter two groups)."""
    every = "".join(chr(code) for code in range(0x110000) if not 0xD800 <= code < 0xE000)
    owner: dict[str, str] = {}
    for code in range(32, 127):
        char = chr(code)
        if re.escape(char) != char:
            continue  # a sign: a literal writes it escaped, and it is not grouped
        matched = set(re.compile(re.escape(char), re.IGNORECASE).findall(every))
        assert set(any_pattern([char], re.IGNORECASE).findall(every)) == matched
        for other in matched:
            assert owner.setdefault(other, char.lower()) == char.lower()
