"""Language data helpers: the YAML reader and the word-list alternation every component compiles its cues with."""

import re
from pathlib import Path

import pytest
import yaml

from argkg.ingest import lexicon
from argkg.ingest.lexicon import alternation, one_of, read_yaml, word_pattern


def test_alternation_allows_a_glued_suffix_only_when_asked() -> None:
    assert re.compile(alternation(["ten"])).match("tenfold") is None
    assert re.compile(alternation(["ten"], suffixes=["fold"])).match("tenfold") is not None
    assert re.compile(alternation(["ten"], suffixes=["fold"])).match("tenfolds") is None


def test_alternation_prefers_longer_words_and_bounds_latin_words() -> None:
    pattern = re.compile(alternation(["年", "个月", "month", "months"]))
    assert pattern.match("个月")[0] == "个月"  # type: ignore[index]
    assert pattern.match("months")[0] == "months"  # type: ignore[index]
    assert pattern.search("monthsx") is None
    assert pattern.search("xmonths") is None


def test_alternation_of_no_words_matches_nothing() -> None:
    assert re.compile(alternation([])).search("anything") is None
    assert re.compile(f"(?:{alternation([])})").search("") is None


def test_a_space_in_a_word_matches_any_blanks() -> None:
    pattern = re.compile(alternation(["on the other hand"]))
    assert pattern.match("on  the\nother hand") is not None


def test_word_pattern_is_the_compiled_alternation_built_once() -> None:
    words = ["if", "as long as", "如果"]
    pattern = word_pattern(words, ignore_case=True)
    assert pattern is word_pattern(list(words), ignore_case=True)
    assert pattern.pattern == alternation(words, ignore_case=True)
    assert [m.group() for m in pattern.finditer("IF it rains, as  long as 如果")] == [
        "IF",
        "as  long as",
        "如果",
    ]
    assert word_pattern(words).search("IF") is None


#: Cue patterns of the shapes the data files list (invented here): anchored, with lookarounds,
#: with groups and alternations of their own, with a leading global flag.
_CUES = [
    r"^(?:but|yet)\b",
    r"(?<![a-z])grant(?:ed)? that",
    r"(?:we|I) (?:agree|concede)",
    r"(?i)\bFAIR POINT\b",
    r"(?P<who>critics|opponents) say",
    r"不过|然而",
]
_TEXTS = [
    "but it works",
    "It works, but",
    "Granted that it costs",
    "regranted that",
    "we concede this",
    "I agree",
    "A fair point.",
    "critics say so",
    "不过这也不错",
    "这也不错",
    "",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_one_of_a_list_matches_where_one_of_its_patterns_does(text: str) -> None:
    joined = one_of(_CUES, re.IGNORECASE)
    compiled = [re.compile(cue, re.IGNORECASE) for cue in _CUES]
    assert (joined.search(text) is not None) == any(p.search(text) for p in compiled)
    assert (joined.match(text) is not None) == any(p.match(text) for p in compiled)
    assert (joined.fullmatch(text) is not None) == any(p.fullmatch(text) for p in compiled)


def test_one_of_keeps_a_leading_flag_to_its_own_pattern() -> None:
    joined = one_of([r"(?i)fair point", r"Noted"])
    assert joined.search("A FAIR POINT") is not None
    assert joined.search("NOTED") is None  # the flag does not reach the other pattern
    assert joined.search("Noted") is not None


def test_one_of_no_patterns_matches_nothing() -> None:
    assert one_of([]).search("anything") is None


def test_one_of_is_built_once_per_list_and_flags() -> None:
    assert one_of(["a", "b"]) is one_of(("a", "b"))
    assert one_of(["a", "b"]) is not one_of(["a", "b"], re.IGNORECASE)


def test_every_data_file_reads_the_same_with_the_loader_used_as_with_pure_python_yaml() -> None:
    files = sorted((Path(lexicon.__file__).parent / "data").rglob("*.yaml"))
    assert len(files) > 30
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert read_yaml(text) == yaml.load(text, Loader=yaml.SafeLoader), path


def test_the_yaml_reader_builds_no_python_object() -> None:
    with pytest.raises(yaml.YAMLError):
        read_yaml("!!python/object/apply:os.system ['true']")
