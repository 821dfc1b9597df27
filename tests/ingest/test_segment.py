"""The block-memoised segmenter gives exactly jieba's words, and keeps one document's blocks."""

import itertools

import jieba
import pytest
import spacy
from factories import REFERENCE_ARTICLE
from hypothesis import given, settings
from hypothesis import strategies as st
from jieba import finalseg
from spacy.util import get_words_and_spaces

from argkg.ingest import segment
from argkg.ingest.pipeline import build_nlp
from argkg.schema import Lang

TEXTS = [
    "如果数据用完了,模型就会停止进步。  GPT-4 的得分是 86.4%!\n\n第二段𠀀文字",
    "Scaling Law 真的起过作用吗？\r\n我认为：是的——至少在2023年之前。",
    "   ",
    "",
    "a+b#c&d_e%f-g.h 中文。中文。中文。",
]

#: Ideographs, Latin letters, digits, jieba's block signs, blanks and punctuation, mixed.
_ALPHABET = st.sampled_from(list("数据模型进步停止的是了我们认为不aZ09+#&._%- \t\n\r，。！？“”()、—𠀀😀"))


@pytest.mark.parametrize("text", TEXTS)
def test_words_and_offsets_are_jiebas(text: str) -> None:
    segment.forget()
    assert segment.lcut(text) == jieba.lcut(text)
    assert list(segment.tokenize(text)) == list(jieba.tokenize(text))
    assert segment.lcut(text) == jieba.lcut(text)  # again, from the kept blocks


@settings(max_examples=200, deadline=None)
@given(st.text(_ALPHABET, max_size=40))
def test_any_text_is_cut_as_jieba_cuts_it(text: str) -> None:
    assert segment.lcut(text) == jieba.lcut(text)


#: Ideographs that make dictionary words in several ways (中华/华人/人民/共和国...), rare ones the
#: HMM has to join, and Latin letters and digits, which jieba's blocks also hold.
_BLOCK_ALPHABET = st.sampled_from(list("中华人民共和国研究生命起源南京市长江大桥的了在是蔄齉龘乂aB7.%-"))


@settings(max_examples=300, deadline=None)
@given(st.text(_BLOCK_ALPHABET, min_size=1, max_size=30))
def test_a_block_takes_jiebas_route_and_hmm_words(text: str) -> None:
    for block in segment._BLOCK.findall(text):
        assert segment._cut_block(block) == list(jieba.cut(block))


#: Ideographs of dictionary words and of none, common and rare, for blocks of ideographs only,
#: which jieba-rs cuts (`segment._PURE`).
_IDEOGRAPHS = st.sampled_from(
    list("中华人民共和国研究生命起源南京市长江大桥的了在是常施蔄齉龘乂鿕数据模型进步停止")
)


@settings(max_examples=400, deadline=None)
@given(
    st.text(_IDEOGRAPHS, min_size=1, max_size=40) | st.text(st.sampled_from(list("aBzCEO079")), min_size=1)
)
def test_a_block_of_one_kind_is_cut_by_jieba_rs_as_jieba_cuts_it(text: str) -> None:
    assert segment._PURE.fullmatch(text)
    assert segment._cut_block(text) == list(jieba.cut(text)) == segment._cut_mixed(text)


#: Runs whose HMM paths permute the same words, so that their scores tie but for rounding (a
#: character repeated, as in laughter; or two characters swapping states), of which jieba-rs's
#: HMM, with its emission log probabilities rounded to six decimals, picked the other path.
_NEAR_TIES = ["京国国国南", "国民和人国和国和国研", "国国和国和国国和共和"]


@pytest.mark.parametrize("block", _NEAR_TIES)
def test_a_block_whose_hmm_paths_tie_is_cut_as_jieba_cuts_it(block: str) -> None:
    assert segment._PURE.fullmatch(block)
    assert segment._cut_block(block) == list(jieba.cut(block))


def test_every_run_around_a_repeated_character_is_cut_as_jieba_cuts_it() -> None:
    """Every block a + b * k + c (k = 2..5) over ideographs of words and of none."""
    chars = "京国南人和民哈啊的"
    for a, b, c in itertools.product(chars, repeat=3):
        for k in range(2, 6):
            block = a + b * k + c
            assert segment._cut_block(block) == list(jieba.cut(block)), block


def test_a_mixed_block_is_left_to_jiebas_steps() -> None:
    """jieba-rs reads these runs otherwise (see the module's docstring)."""
    for block in ("空腹血糖11.2mmol", "low-income", "e常在的施"):
        assert not segment._PURE.fullmatch(block)
        assert segment._cut_block(block) == list(jieba.cut(block))


def test_a_part_of_a_cut_text_is_cut_as_jieba_cuts_it() -> None:
    text = REFERENCE_ARTICLE.read_text(encoding="utf-8")[:20000]
    segment.forget()
    assert segment.lcut(text) == jieba.lcut(text)
    for start in range(0, len(text) - 200, 997):
        part = text[start : start + 200 + start % 50]
        assert list(segment.tokenize(part)) == list(jieba.tokenize(part))


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from(list("数据模型的a9.%- \t\n\r\u3000\u00a0，。")), max_size=40))
def test_words_and_spaces_are_spacys_for_jiebas_words(text: str) -> None:
    words = [word for word in jieba.lcut(text) if word]
    assert segment.words_and_spaces(text) == get_words_and_spaces(words, text)


@pytest.mark.parametrize("text", [*TEXTS[:3], TEXTS[4], "  两个空格  之后\n\n\n 新段落 "])
def test_the_pipeline_tokenizer_gives_spacys_jieba_tokens(text: str) -> None:
    spacys = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}}).tokenizer(text)
    doc = build_nlp(Lang.ZH).make_doc(text)
    assert [(t.text, t.whitespace_) for t in doc] == [(t.text, t.whitespace_) for t in spacys]


def test_the_pipeline_tokenizer_keeps_one_documents_blocks() -> None:
    nlp = build_nlp(Lang.ZH)
    nlp.make_doc("第一篇文章讨论数据。")
    assert "第一篇文章讨论数据" in segment._blocks
    doc = nlp.make_doc("第二篇文章讨论模型。")
    assert [t.text for t in doc] == jieba.lcut("第二篇文章讨论模型。")
    assert list(segment._blocks) == ["第二篇文章讨论模型"]


def test_full_mode_is_refused() -> None:
    with pytest.raises(ValueError, match="default"):
        list(segment.cut("数据", cut_all=True))


#: Ideographs common and rare (some outside the HMM's emission tables), and what finalseg splits
#: apart from them (Latin letters, digits, signs).
_HMM_ALPHABET = st.sampled_from(
    list("的一是了我不人在他有这个上们来到时大地为子中你说生国年着就那和要蔄齉龘乂鿕鿖aZ09.%-")
)


@settings(max_examples=400, deadline=None)
@given(st.text(_HMM_ALPHABET, min_size=1, max_size=30))
def test_the_hmm_cuts_as_jiebas_finalseg(text: str) -> None:
    assert segment._hmm_cut(text) == list(finalseg.cut(text))
