"""The spaCy pipeline: components and their order."""

import jieba
import pytest

from argkg.ingest.pipeline import build_nlp
from argkg.schema import Lang

COMPONENTS = [
    "argkg_layout",
    "argkg_turns",
    "argkg_sentences",
    "argkg_numbers",
    "argkg_entities",
    "argkg_attribution",
    "argkg_dialectic",
    "argkg_positions",
    "argkg_conclusions",
    "argkg_claims",
    "argkg_conditionals",
]


@pytest.mark.parametrize("lang", [Lang.ZH, Lang.EN])
def test_pipeline_runs_the_components_in_order(lang: Lang) -> None:
    nlp = build_nlp(lang)
    assert nlp.lang == lang.value
    assert nlp.pipe_names == COMPONENTS


def test_zh_uses_jieba() -> None:
    text = "如果数据用完了,模型就会停止进步。"
    assert [t.text for t in build_nlp(Lang.ZH).make_doc(text)] == list(jieba.cut(text))


def test_pipe_batches() -> None:
    nlp = build_nlp(Lang.EN)
    docs = list(nlp.pipe(["Pro: yes. Really.", "Con: no."]))
    assert [len(d._.argkg_sentences) for d in docs] == [2, 1]
