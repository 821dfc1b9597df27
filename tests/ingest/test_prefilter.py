"""`Prefiltered.finditer` finds exactly what ``pattern.finditer`` finds, for any text."""

import importlib
import re
import string
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from argkg.ingest.lexicon import alternation
from argkg.ingest.literals import Literals
from argkg.ingest.numbers.scanner import _scanner
from argkg.ingest.prefilter import (
    _ASCII_CASES,
    UNLOWERED,
    Prefiltered,
    ScreenedList,
    _engine_cased,
    first_class,
    folded_strings,
    needed_strings,
    screen,
)
from argkg.schema import Lang

#: Patterns of the shapes the numbers data uses, written here: a lookbehind before digits, an
#: optional prefix, a case-insensitive word, anchors, groups, alternations, and ones that are
#: not filtered (may match nothing, begin with any character or a negated class).
PATTERNS = [
    r"(?<![\d.])\d+(?:\.\d+){2,}",
    r"(?:\d{2}[ \t]*月[ \t]*)?\d{1,2}[ \t]*日",
    r"(?<![\d零一二三])[百千万]元(?=机|档)",
    r"(?i)(?<![\w])(?:kilo|ſtep)s?\b",
    r"(?i)(?<![a-z])(?:kilos|kilo|step)(?![a-z])",
    r"(?i)\b(?:ok|k)\d",
    r"(?m)^[ \t]*\d+[:：]",
    r"\b(?:\(|\[)?0\d{2,3}(?:\)|\])?",
    r"(?<!\d)(?P<day>[1-9]|[12]\d)\s*(?:st|nd)",
    r"\d*",
    r".\d",
    r"[^a-z]\d",
    r"(?i)\bk\d",
    r"(?=\d)(?:\d\d|\d-)",
    r"(?:ab|-\d)+",
]

_ALPHABET = st.sampled_from(list("0123456789.,-:：年月日百千万元机档零一 \t\n()[]stndkKſSTEPkilo\u212aabx"))


def _spans(found: object) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in found]  # type: ignore[attr-defined]


@settings(max_examples=300, deadline=None)
@given(st.text(_ALPHABET, max_size=60))
def test_the_matches_are_finditers(text: str) -> None:
    for written in PATTERNS:
        pattern = re.compile(written)
        assert _spans(Prefiltered(pattern).finditer(text)) == _spans(pattern.finditer(text)), written


@settings(max_examples=100, deadline=None)
@given(st.text(_ALPHABET, max_size=80))
def test_the_numbers_datas_patterns_match_as_before(text: str) -> None:
    for lang in Lang:
        scanner = _scanner(lang)
        for screened in (scanner._skips, scanner._dates, scanner._bare_pairs):
            for filtered in screened.patterns:
                assert _spans(filtered.finditer(text)) == _spans(filtered.pattern.finditer(text))
            # the list's screens, read at once, let through every match of each pattern, in order
            found = [(index, m.span()) for index, m in screened.finditer(text)]
            own = [
                (index, m.span())
                for index, p in enumerate(screened.patterns)
                for m in p.pattern.finditer(text)
            ]
            assert found == own


def test_a_folded_pattern_with_leading_strings_is_tried_where_they_stand() -> None:
    kilos, okay = (Prefiltered(re.compile(p)) for p in PATTERNS[4:6])
    assert kilos._leads is not None and okay._leads is not None
    text = "KILOS kilo Kilos STEP steps \u212ailo ok1 Ok2 k3 xk4 \u0130k5"  # the Kelvin sign, İ
    for pattern in (kilos, okay):
        assert _spans(pattern.finditer(text)) == _spans(pattern.pattern.finditer(text))
        assert _spans(pattern.finditer(text[:-3])) == _spans(pattern.pattern.finditer(text[:-3]))


def test_the_first_characters_are_read_through_assertions_and_optional_parts() -> None:
    found = first_class(re.compile(r"(?<![\d.])(?:0?[1-9]|x)\s*月"))
    assert found is not None
    assert {c for c in "0123456789xy月 " if found.fullmatch(c)} == set("0123456789x")


def test_case_insensitive_first_characters_match_every_case() -> None:
    found = first_class(re.compile(r"(?i)\bk\d"))
    assert found is not None
    assert all(found.fullmatch(c) for c in "kK\u212a")


@pytest.mark.parametrize("written", [r"\d*", r".\d", r"[^a-z]\d", r"(?P<x>a)?(?(x)b|\d)", r"(?=\d)"])
def test_patterns_whose_first_characters_cannot_be_told_are_not_filtered(written: str) -> None:
    assert first_class(re.compile(written)) is None


@pytest.mark.parametrize(
    ("written", "filtered"),
    [
        (r"(?<![\d.])\d+", True),  # a lookbehind: the engine tries every position
        (r"[百千]元", False),  # begins with a class: the engine skips to it itself
        (r"(?<![\w])[a-z]+", False),  # letters are too common to filter on
        (r"(?<!\S)[ \t]*\d", False),  # blanks too
    ],
)
def test_only_rare_first_characters_after_an_assertion_are_filtered(written: str, filtered: bool) -> None:
    assert (Prefiltered(re.compile(written))._starts is not None) is filtered


#: Cue-like patterns: words in an alternation, a literal run, a group repeated, a case-insensitive
#: one (whose words hold letters with other cases: K, the Kelvin sign, ſ), an ideograph cue
#: case-insensitive (ideographs have no case), and ones with no needed string.
SEARCHED = [
    (r"(?:^|[,;])\s*(?:we|they) (?:argue|claim)s? that (?P<p>.+)", re.IGNORECASE),
    (r"\bknow(?:s|n)?\b", re.IGNORECASE),
    (r"(?:我方|本方)(?:坚持)?认为\s*(?P<p>[^。]+)", re.IGNORECASE),
    (r"(?:ab){2,}c", 0),
    (r"(?:虽然|尽管)[^，]*，", 0),
    (r"\d+|x", 0),
    (r"(?:a|)b", 0),
    (r"(?:(?:we|they) argue)|(?:\bknows?\b)|(?:(?:虽然|尽管)[^，]*，)", re.IGNORECASE),  # a cue list
    (r"(?:c)|(?:x\d)|(?:\d+)", 0),  # a cue list with a cue that needs no string
    (r"(?:^\W*(?:we|they) argue)|(?:^,\s*known)", re.IGNORECASE),  # anchored at the start
    (r"(?m)^\W*(?:we|they) argue", re.IGNORECASE),  # at any line's start
]

_CUE_ALPHABET = st.sampled_from(
    [
        *"we they argue claims that know knows known ",
        "K",
        "\u212a",
        "ſ",
        "\u0130",
        "\u0131",
        "I",
        "i",
        "我方",
        "本方",
        "坚持",
        "认为",
        "虽然",
        "，",
        "ab",
        "c",
        "。",
        ",",
        ";",
        "7",
        "x",
        "W",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_CUE_ALPHABET, max_size=25).map("".join))
def test_search_and_finditer_find_what_re_finds(text: str) -> None:
    for written, flags in SEARCHED:
        pattern = re.compile(written, flags)
        assert _spans(Prefiltered(pattern).finditer(text)) == _spans(pattern.finditer(text))
        for pos in (0, len(text) // 3):
            found, expected = Prefiltered(pattern).search(text, pos), pattern.search(text, pos)
            assert (found and (found.span(), found.groupdict())) == (
                expected and (expected.span(), expected.groupdict())
            )


@settings(max_examples=300, deadline=None)
@given(st.lists(_CUE_ALPHABET, max_size=25).map("".join))
def test_a_screened_list_tries_every_pattern_that_matches(text: str) -> None:
    patterns = [Prefiltered(re.compile(written, flags)) for written, flags in SEARCHED]
    holding = ScreenedList(patterns).holding(text)
    assert len(holding) == len(patterns)
    for pattern, holds in zip(patterns, holding, strict=True):
        if not holds:  # passed over only where its own screen passes it over, so it finds nothing
            assert not pattern._may_hold(text, 0), pattern.pattern
            assert pattern.pattern.search(text) is None, pattern.pattern


@settings(max_examples=200, deadline=None)
@given(st.lists(_CUE_ALPHABET, max_size=25).map("".join))
def test_a_screened_lists_matches_are_each_patterns_finditer(text: str) -> None:
    compiled = [re.compile(written, flags) for written, flags in SEARCHED]
    found = [(index, m.span()) for index, m in ScreenedList(map(Prefiltered, compiled)).finditer(text)]
    assert found == [(index, m.span()) for index, p in enumerate(compiled) for m in p.finditer(text)]


def test_a_screened_list_passes_over_the_patterns_whose_strings_a_text_lacks() -> None:
    cased = Prefiltered(re.compile(r"(?:我方|本方)认为"))
    folded = Prefiltered(re.compile(r"\bwe argue\b", re.IGNORECASE))
    screened = ScreenedList([cased, folded])
    assert screened.holding("我方认为") == [True, False]
    assert screened.holding("WE ARGUE") == [False, True]
    assert screened.holding("no cue") == [False, False]
    assert screened.holding("\u0130 no cue") == [False, True]  # lowering misses a case: tried


def test_a_list_made_after_a_text_was_screened_finds_its_own_strings_in_that_text() -> None:
    # every list's case-sensitive strings are looked for in one scan of the text (`CASED`), kept
    # per text: a list made later adds strings that the kept answer did not look for
    first = ScreenedList([Prefiltered(re.compile(r"甲方(?:认为|主张)"))])
    assert first.holding("乙方反对甲方认为的") == [True]
    later = ScreenedList([Prefiltered(re.compile(r"乙方反对")), Prefiltered(re.compile(r"丙方"))])
    assert later.holding("乙方反对甲方认为的") == [True, False]
    assert first.holding("乙方反对甲方认为的") == [True]


def test_a_string_several_patterns_need_lets_each_of_them_through() -> None:
    opinion = Prefiltered(re.compile(r"我方认为"))
    either = Prefiltered(re.compile(r"(?:他们|我方)认为"))
    support = Prefiltered(re.compile(r"我方支持"))
    screened = ScreenedList([opinion, either, support])
    assert screened.holding("我方认为如此") == [True, True, False]
    assert screened.holding("他们认为如此") == [False, True, False]
    assert screened.holding("我方支持他们") == [False, True, True]  # 我方 and 他们 let `either` through


def test_a_case_insensitive_cue_without_cased_characters_is_screened_by_its_strings() -> None:
    chinese = Prefiltered(re.compile(r"(?:我方|本方)认为", re.IGNORECASE))
    cased = Prefiltered(re.compile(r"k认为", re.IGNORECASE))  # k is also K and the Kelvin sign
    assert chinese._strings == frozenset(needed_strings(chinese.pattern) or ())
    assert cased._strings is None  # screened by its own search, which reads k's cases
    screened = ScreenedList([chinese, cased])
    assert screened.holding("我方认为") == [True, False]
    assert screened.holding("他们认为") == [False, False]
    assert screened.holding("K认为") == [False, True]
    assert screened.holding("\u212a认为") == [False, True]


def test_the_engine_matches_a_character_without_case_only_to_itself() -> None:
    """Why an ignore-case cue of such characters may be looked for with ``in``."""
    sample = [
        chr(c) for r in ((0, 0x250), (0x370, 0x400), (0x2100, 0x2150), (0x4E00, 0x4E40)) for c in range(*r)
    ]
    sample += ["\uff21", "\uff41", "，", "。"]
    for char in sample:
        if not _engine_cased(char):
            pattern = re.compile(re.escape(char), re.IGNORECASE)
            assert [other for other in sample if pattern.fullmatch(other)] == [char], repr(char)


def test_the_needed_strings_are_read_from_the_pattern() -> None:
    assert needed_strings(re.compile(r"(?:^|,)\s*(?:we|they) argue that (?P<p>.+)", re.I)) == [" argue that "]
    assert needed_strings(re.compile(r"(?:我方|本方)认为", re.I)) in (["我方", "本方"], ["认为"])
    assert needed_strings(re.compile(r"(?:ab){2,}c")) in (["ab"], ["c"])
    assert needed_strings(re.compile(r"\d+|x")) is None
    assert needed_strings(re.compile(r"(?:a|)b")) == ["b"]
    assert needed_strings(re.compile(r"(?i:ab)c")) == ["c"]  # a local flag's group is passed over
    # a cue list: what each cue needs, together; none when one cue needs nothing
    assert needed_strings(re.compile(r"(?:(?:we|they) argue)|(?:\bthus\b)|(?:所以)")) == [
        " argue",
        "thus",
        "所以",
    ]
    assert needed_strings(re.compile(r"(?:so)|(?:\d+)")) is None


@settings(max_examples=300, deadline=None)
@given(st.lists(_CUE_ALPHABET, max_size=25).map("".join))
def test_the_screen_finds_a_string_wherever_the_pattern_matches(text: str) -> None:
    for written, flags in SEARCHED:
        pattern = re.compile(written, flags)
        screened = screen(pattern)
        if screened is not None and pattern.search(text) is not None:
            assert screened.search(text) is not None, written


def test_a_case_insensitive_screen_matches_every_case_the_pattern_does() -> None:
    # the Kelvin sign matches k, the long s matches s, a capital sharp s matches sharp s
    for written, text in ((r"(?i)\bknows\b", "\u212anowſ"), (r"(?i)stra\u00dfe", "STRA\u1e9eE")):
        pattern = re.compile(written)
        screened = screen(pattern)
        assert pattern.search(text) is not None
        assert screened is not None and screened.search(text) is not None
        assert Prefiltered(pattern).search(text) is not None
    assert screen(re.compile(r"(?i)argue that")).search("they ARGUED") is None  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("written", "anchored"),
    [
        (r"^\W*(?:thus|so)\b", True),
        (r"(?:^\W*(?:thus|so))|(?:^but)", True),
        (r"\Athus", True),
        (r"(?m)^thus", False),  # any line's start: the whole text is searched
        (r"(?:^thus)|but", False),
    ],
)
def test_a_pattern_anchored_at_the_start_has_no_screen_of_its_own(written: str, anchored: bool) -> None:
    folded = Prefiltered(re.compile(written, re.IGNORECASE))
    assert folded._lowered is not None  # the shared scan's strings screen it: a set operation
    assert (folded._leads is None) is anchored  # not tried at each leading string
    assert (Prefiltered(re.compile(written))._screen is None) is anchored  # nor searched for them
    assert folded.search("Thus it is") is not None and folded.search("It is so") is None


def test_the_folded_strings_are_looked_for_in_an_ascii_text_lowered() -> None:
    folded = folded_strings(re.compile(r"(?:\bhowever\b)|(?:we argue)", re.IGNORECASE))
    assert folded == {"however", "we argue"}
    literals = Literals()
    literals.add(folded)
    assert literals.scan("HOWEVER, no.".lower()) == {"however"}
    assert not literals.scan("How ever".lower())
    assert folded_strings(re.compile(r"however")) is None  # case-sensitive: `screen` serves
    assert folded_strings(re.compile(r"但是|然而", re.IGNORECASE)) is None  # no cased letter


def test_unlowered_holds_every_character_the_engine_folds_to_a_letter_that_lower_does_not() -> None:
    # the engine's own case tables: a character matches ASCII letter a case-insensitively when
    # it lowers (by the engine) to a's lower case, or is one of its extra cases
    casefix = importlib.import_module("re._casefix")
    engine = importlib.import_module("_sre")
    letters = {engine.unicode_tolower(ord(a)): a for a in string.ascii_lowercase}
    unlowered = set()
    for code in range(128, sys.maxunicode + 1):
        lowered = engine.unicode_tolower(code)
        matched = [letters[lowered]] if lowered in letters else []
        matched += [letters[c] for c in casefix._EXTRA_CASES.get(lowered, ()) if c in letters]
        if any(chr(code).lower() != a for a in matched):
            unlowered.add(chr(code))
    assert unlowered == {c for c in map(chr, range(sys.maxunicode + 1)) if UNLOWERED.fullmatch(c)}
    for char in unlowered:  # and the engine does match them so
        assert any(re.fullmatch(a, char, re.IGNORECASE) for a in string.ascii_lowercase)


def test_a_case_insensitive_screen_reads_a_non_ascii_text_lowered_past_pos() -> None:
    pattern = Prefiltered(re.compile(r"\bwe argue\b", re.IGNORECASE))
    assert pattern._lowered is not None
    for text, pos in (
        ("\u201cWE ARGUE\u201d", 0),
        ("İİ we argue", 2),
        ("\u0130 WE ARGUE", 1),
        ("wE ARGUE ı", 0),
    ):
        assert pattern.search(text, pos) is not None
    assert pattern.search("\u201cwe argued\u201d") is None


#: Patterns with groups of a local case flag, written here: word lists grouped by first letter as
#: `alternation` groups them (a case-sensitive class of every case of the letter), a digit without
#: case behind ``(?-i:…)`` or ``(?i:…)``, and ones whose flag does change what they match (a class that lacks
#: the long s or the Kelvin sign, ``(?i:…)`` in a case-sensitive pattern, a flag other than case).
FLAGGED = [
    re.compile(
        alternation(["kite", "knot", "sock", "stew", "ski lift", "7up", "ab"], ignore_case=True), re.I
    ),
    re.compile(alternation(["kite", "Knot", "e.g."], glued=True, ignore_case=True), re.I),
    re.compile(r"(?<![\w])(?-i:7)\s*(?:kite|sock)s?", re.I),
    re.compile(r"(?<![\w])(?-i:[Ss])(?:ock|tew)", re.I),
    re.compile(r"(?<![\w])(?-i:[Kk])(?:ite|not)", re.I),
    re.compile(r"(?<![\w])(?i:[Kk])(?:ite|not)"),
    re.compile(r"(?<![\w])(?i:7)\s*kite"),
    re.compile(r"(?<![\w])(?s:7.)kite", re.I),
]

_FLAGGED_ALPHABET = st.sampled_from(
    [
        *"kiteKITEnotNOTsockSOCKstewSTEW 7up7UPab-",
        "\u212a",
        "\u017f",
        "\u0130",
        "\u0131",
        "\n",
        "ski lift",
        "e.g.",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_FLAGGED_ALPHABET, max_size=30).map("".join))
def test_patterns_with_a_local_case_flag_match_as_finditer(text: str) -> None:
    for pattern in FLAGGED:
        assert _spans(Prefiltered(pattern).finditer(text)) == _spans(pattern.finditer(text)), pattern.pattern
        assert (Prefiltered(pattern).search(text) is None) == (pattern.search(text) is None), pattern.pattern
    found = [(index, m.span()) for index, m in ScreenedList(map(Prefiltered, FLAGGED)).finditer(text)]
    assert found == [(index, m.span()) for index, p in enumerate(FLAGGED) for m in p.finditer(text)]


def test_a_word_list_grouped_by_first_letter_keeps_its_screens() -> None:
    words = ["kite", "Knot", "sock", "stew", "e.g.", "a mess", "awful"]
    grouped = Prefiltered(re.compile(alternation(words, ignore_case=True), re.I))
    plain = Prefiltered(re.compile(alternation(words), re.I))
    assert "(?-i:" in grouped.pattern.pattern
    assert needed_strings(grouped.pattern) is not None
    assert sorted(s.lower() for s in needed_strings(grouped.pattern) or ()) == sorted(
        s.lower() for s in needed_strings(plain.pattern) or ()
    )
    assert grouped._lowered == plain._lowered == {"kite", "knot", "sock", "stew", "e.g.", "mess", "awful"}
    assert grouped._leads is not None and plain._leads is not None
    assert grouped._leads.pattern == plain._leads.pattern  # tried only where a whole word stands


def test_a_digit_without_case_behind_a_case_flag_is_a_first_character() -> None:
    for flagged in (FLAGGED[2], FLAGGED[6]):
        found = first_class(flagged)
        assert found is not None and {c for c in "7kKs \u212a" if found.fullmatch(c)} == {"7"}
    pattern = Prefiltered(FLAGGED[2])
    assert pattern._starts is not None  # a rare first character: tried only at each 7
    assert _spans(pattern.finditer("7 kites, 7SOCK, x7kite")) == [((0, 7), {}), ((9, 14), {})]


@pytest.mark.parametrize(
    ("pattern", "needed"),
    [
        (FLAGGED[3], ["ock", "tew"]),  # [Ss] lacks the long s that s matches case-insensitively
        (FLAGGED[4], ["ite", "not"]),  # [Kk] lacks the Kelvin sign
        (FLAGGED[5], ["ite", "not"]),  # (?i:[Kk]) matches the Kelvin sign too, as the pattern does not
        (FLAGGED[7], ["kite"]),  # DOTALL is not a case flag
    ],
)
def test_a_local_flag_that_changes_what_a_group_matches_is_passed_over(
    pattern: re.Pattern[str], needed: list[str]
) -> None:
    assert needed_strings(pattern) == needed
    assert first_class(pattern) is None


def test_ascii_cases_hold_every_character_the_engine_matches_to_one_of_them() -> None:
    """Why `_as_one` need try only those characters (and a class's own, which have no case)."""
    every = re.compile("[" + "".join(re.escape(chr(code)) for code in _ASCII_CASES) + "]", re.I)
    assert {ord(c) for c in every.findall("".join(map(chr, range(sys.maxunicode + 1))))} == _ASCII_CASES


def test_a_local_flag_that_restates_the_patterns_own_is_read_through() -> None:
    pattern = re.compile(r"(?<![\w])(?i:7\d|x)\s*kites?", re.I)
    found = first_class(pattern)
    assert found is not None and {c for c in "7xX\u212ak0" if found.fullmatch(c)} == {"7", "x", "X"}
    assert needed_strings(pattern) == ["kite"]
