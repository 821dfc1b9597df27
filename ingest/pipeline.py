"""The spaCy pipeline: a blank Chinese (jieba) or English language plus argkg's components.

The component list and order come from ``ingest/data/pipeline.yaml``: layout, sentences,
numbers, entities, attribution, dialectic, then positions, conclusions, claims and
conditionals; every one of them runs. Importing a component's module registers its factory
(`argkg.ingest.component.component` on the class: every component is built the same way from
the pipeline and reads and writes the Doc's `argkg.ingest.parts.Parts`). The language's
tokenizer is wrapped in `BoundedTokenizer` (``max_run_chars`` in the same file), so that
tokenising costs time linear in the text's length; the Chinese tokenizer's words come from
`argkg.ingest.segment` (``words_and_spaces``: spaCy's jieba tokenizer's words, without its
quadratic alignment), which keeps each block's words for the later stages that segment parts of
the same text; both languages' tokenizers call `argkg.ingest.memo.forget` as each text begins.
spaCy's own ``max_length`` guard is lifted, as argkg's size limit
(`argkg.ingest.reader.check_size`) is checked before a text reaches the pipeline. Importing this
module registers the msgpack support of the span models (`argkg.ingest.docbytes`), so its Docs
serialise (``doc.to_bytes()``, ``nlp.pipe(n_process=N)``).
"""

import importlib
import logging
import sys
from typing import cast

import jieba
import spacy
from pydantic import BaseModel, ConfigDict, Field
from spacy.language import Language

from argkg.ingest import (
    docbytes,  # noqa: F401  (registers the span models' msgpack support)
    memo,
    segment,
)
from argkg.ingest.lexicon import load_data
from argkg.ingest.tokenizer import BoundedTokenizer, Tokenizer
from argkg.schema.vocabulary import Lang

__all__ = ["build_nlp"]


class _Component(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str
    module: str


class _PipelineData(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    components: list[_Component]
    max_run_chars: int = Field(gt=0)


def build_nlp(lang: Lang) -> Language:
    """Build the pipeline for ``lang``.

    Args:
        lang: the language of the texts it will read.

    Returns:
        ``spacy.blank("zh")`` segmented by jieba, or ``spacy.blank("en")``, with argkg's
        components added in order.
    """
    data = load_data("pipeline", _PipelineData)
    if lang is Lang.ZH:
        jieba.setLogLevel(logging.WARNING)
        nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
        nlp.tokenizer = BoundedTokenizer(
            cast(Tokenizer, nlp.tokenizer),
            max_run=data.max_run_chars,
            begin=memo.forget,
            split=segment.words_and_spaces,
        )
    else:
        nlp = spacy.blank("en")
        nlp.tokenizer = BoundedTokenizer(
            cast(Tokenizer, nlp.tokenizer), max_run=data.max_run_chars, begin=memo.forget
        )
    nlp.max_length = sys.maxsize
    for component in data.components:
        importlib.import_module(component.module)
        nlp.add_pipe(component.name)
    return nlp
