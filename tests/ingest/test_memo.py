"""Answers kept per document: asked twice, computed once; dropped as the next text begins."""

import pytest

from argkg.ingest import memo
from argkg.ingest.pipeline import build_nlp
from argkg.schema import Lang

_asked: list[str] = []


@memo.per_document
def _length(text: str) -> int:
    _asked.append(text)
    return len(text)


def test_an_answer_is_kept_until_forget() -> None:
    memo.forget()
    _asked.clear()
    assert _length("abc") == _length("abc") == 3
    assert _length("de") == 2
    assert _asked == ["abc", "de"]
    memo.forget()
    assert _length("abc") == 3
    assert _asked == ["abc", "de", "abc"]


@pytest.mark.parametrize("lang", [Lang.EN, Lang.ZH])
def test_the_pipeline_forgets_as_each_text_begins(lang: Lang) -> None:
    nlp = build_nlp(lang)
    memo.forget()
    _asked.clear()
    _length("kept")
    _length("kept")
    nlp.make_doc("A new text begins.")
    _length("kept")
    assert _asked == ["kept", "kept"]
