"""The spaCy pipeline: components, order, optional ones."""

import jieba
import pytest

from argkg.errors import InputError
from argkg.ingest import pipeline
from argkg.ingest.pipeline import build_nlp, component_names
from argkg.schema import Lang

CORE = [
    "argkg_layout",
    "argkg_sentences",
    "argkg_positions",
    "argkg_conclusions",
    "argkg_claims",
    "argkg_conditionals",
]


@pytest.mark.parametrize("lang", [Lang.ZH, Lang.EN])
def test_pipeline_runs_the_components_in_order(lang: Lang) -> None:
    nlp = build_nlp(lang)
    assert nlp.lang == lang.value
    assert nlp.pipe_names == component_names()
    assert [name for name in nlp.pipe_names if name in CORE] == CORE
    assert nlp.pipe_names.index("argkg_sentences") < nlp.pipe_names.index("argkg_positions")


def test_zh_uses_jieba() -> None:
    text = "如果数据用完了,模型就会停止进步。"
    assert [t.text for t in build_nlp(Lang.ZH).make_doc(text)] == list(jieba.cut(text))


def test_pipe_batches() -> None:
    nlp = build_nlp(Lang.EN)
    docs = list(nlp.pipe(["Pro: yes. Really.", "Con: no."]))
    assert [len(d._.argkg_sentences) for d in docs] == [2, 1]


def test_missing_optional_module_is_left_out(monkeypatch: pytest.MonkeyPatch) -> None:
    data = pipeline._PipelineData(
        components=[
            pipeline._Component(name="argkg_layout", module="argkg.ingest.layout"),
            pipeline._Component(name="argkg_nothing", module="argkg.ingest.not_there", optional=True),
        ]
    )
    monkeypatch.setattr(pipeline, "load_data", lambda *args: data)
    assert component_names() == ["argkg_layout"]


def test_missing_required_module_is_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    data = pipeline._PipelineData(
        components=[pipeline._Component(name="argkg_nothing", module="argkg.ingest.not_there")]
    )
    monkeypatch.setattr(pipeline, "load_data", lambda *args: data)
    with pytest.raises(InputError, match="not_there"):
        build_nlp(Lang.EN)
