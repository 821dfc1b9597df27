"""A Doc's text and token offsets, computed once and equal to what spaCy gives."""

import gc

import pytest
from spacy.tokens import Doc

from argkg.ingest import docview
from argkg.ingest.docview import doc_text, sentence_bounds, token_offsets
from argkg.ingest.pipeline import build_nlp
from argkg.schema import Lang

TEXTS = {
    Lang.ZH: "如果数据用完了,模型就会停止进步。  GPT-4 的得分是 86.4%!\n\n第二段𠀀文字",
    Lang.EN: "Pro: the charge  cuts traffic by 20%.\n\nCon: it's unfair—café owners say so. 😀 ok",
}


@pytest.mark.parametrize("lang", [Lang.ZH, Lang.EN])
def test_text_and_offsets_are_spacys(lang: Lang) -> None:
    doc = build_nlp(lang).make_doc(TEXTS[lang])
    assert doc_text(doc) == doc.text == TEXTS[lang]
    assert token_offsets(doc) == [(t.idx, t.idx + len(t)) for t in doc]
    assert [doc_text(doc)[a:b] for a, b in token_offsets(doc)] == [t.text for t in doc]


def test_each_is_computed_once_per_doc() -> None:
    doc = build_nlp(Lang.EN).make_doc(TEXTS[Lang.EN])
    assert doc_text(doc) is doc_text(doc)
    assert token_offsets(doc) is token_offsets(doc)
    other = build_nlp(Lang.EN).make_doc("Another text.")
    assert doc_text(other) == "Another text."


def test_an_empty_doc_has_no_tokens() -> None:
    doc = build_nlp(Lang.EN).make_doc("")
    assert token_offsets(doc) == []
    assert doc_text(doc) == ""


def test_nothing_is_kept_after_the_doc_is_gone() -> None:
    doc: Doc | None = build_nlp(Lang.EN).make_doc("A short life.")
    assert doc is not None
    doc_text(doc)
    token_offsets(doc)
    before = len(docview._VIEWS)
    doc = None
    gc.collect()
    assert len(docview._VIEWS) == before - 1


def test_the_cache_stays_out_of_the_docs_bytes() -> None:
    nlp = build_nlp(Lang.EN)
    doc = nlp.make_doc(TEXTS[Lang.EN])
    plain = doc.to_bytes()
    doc_text(doc)
    token_offsets(doc)
    assert doc.to_bytes() == plain


def test_sentences_are_kept_once_set_and_not_before() -> None:
    nlp = build_nlp(Lang.EN)
    doc = nlp.make_doc("One made-up sentence. And another one.")
    assert sentence_bounds(doc) == []
    doc = nlp("One made-up sentence. And another one.")
    bounds = sentence_bounds(doc)
    assert bounds == [(s.start_char, s.end_char) for s in doc.sents]
    assert len(bounds) == 2 and sentence_bounds(doc) is bounds
