"""Language data helpers: the YAML reader and the word-list alternation every component compiles its cues with."""

import re
from pathlib import Path

import pytest
import yaml

from argkg.ingest import lexicon
from argkg.ingest.lexicon import alternation, read_yaml, word_pattern


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
    assert pattern.pattern == alternation(words)
    assert [m.group() for m in pattern.finditer("IF it rains, as  long as 如果")] == [
        "IF",
        "as  long as",
        "如果",
    ]
    assert word_pattern(words).search("IF") is None


def test_every_data_file_reads_the_same_with_the_loader_used_as_with_pure_python_yaml() -> None:
    files = sorted((Path(lexicon.__file__).parent / "data").rglob("*.yaml"))
    assert len(files) > 30
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert read_yaml(text) == yaml.load(text, Loader=yaml.SafeLoader), path


def test_the_yaml_reader_builds_no_python_object() -> None:
    with pytest.raises(yaml.YAMLError):
        read_yaml("!!python/object/apply:os.system ['true']")
