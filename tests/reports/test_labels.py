"""One translation table: every word a template prints comes from labels.yaml, in both languages."""

import re
from importlib import resources

import pytest

from argkg.errors import InputError
from argkg.reports.labels import Labels, load_labels
from argkg.schema import EvidenceKind, Stance

_TEMPLATES = resources.files("argkg.reports") / "templates"
_CJK = re.compile(r"[\u3000-\u9fff\uff00-\uffef]")


def _templates() -> dict[str, str]:
    return {f.name: f.read_text(encoding="utf-8") for f in _TEMPLATES.iterdir() if f.name.endswith(".j2")}


def test_both_languages_have_the_same_words() -> None:
    zh, en = load_labels("zh"), load_labels("en")
    assert set(zh.text) == set(en.text)
    assert set(zh.kind) == set(en.kind) == {k.value for k in EvidenceKind}
    assert zh.stance[Stance.PRO] != en.stance[Stance.PRO]


def test_every_word_a_template_uses_is_in_the_table() -> None:
    used = {key for text in _templates().values() for key in re.findall(r"\bt\.(\w+)", text)}
    assert used, "the templates print no label at all"
    assert used <= set(load_labels("en").text)


def test_templates_hold_no_chinese_words() -> None:
    assert {name: _CJK.findall(text) for name, text in _templates().items() if _CJK.search(text)} == {}


def test_unknown_language_is_an_input_error() -> None:
    with pytest.raises(InputError, match="'fr'"):
        load_labels("fr")


def test_a_table_missing_an_enum_member_is_rejected() -> None:
    words = load_labels("en").model_dump()
    del words["kind"]["money"]
    with pytest.raises(ValueError, match="kind lacks money"):
        Labels.model_validate(words)
