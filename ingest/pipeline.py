"""The spaCy pipeline: a blank Chinese (jieba) or English language plus argkg's components.

The component list and order come from ``ingest/data/pipeline.yaml``: layout, sentences,
numbers, entities, attribution, dialectic, then positions, conclusions, claims and
conditionals; every one of them runs. Importing a component's module registers its factory
(``@Language.factory`` beside the class); importing this module registers the msgpack
support of the span models (`argkg.ingest.docbytes`), so its Docs serialise (``doc.to_bytes()``,
``nlp.pipe(n_process=N)``).
"""

import importlib
import logging

import jieba
import spacy
from pydantic import BaseModel, ConfigDict
from spacy.language import Language

from argkg.ingest import docbytes  # noqa: F401  (registers the span models' msgpack support)
from argkg.ingest.lexicon import load_data
from argkg.schema.vocabulary import Lang

__all__ = ["build_nlp"]


class _Component(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str
    module: str


class _PipelineData(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    components: list[_Component]


def build_nlp(lang: Lang) -> Language:
    """Build the pipeline for ``lang``.

    Args:
        lang: the language of the texts it will read.

    Returns:
        ``spacy.blank("zh")`` segmented by jieba, or ``spacy.blank("en")``, with argkg's
        components added in order.
    """
    if lang is Lang.ZH:
        jieba.setLogLevel(logging.WARNING)
        nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    else:
        nlp = spacy.blank("en")
    for component in load_data("pipeline", _PipelineData).components:
        importlib.import_module(component.module)
        nlp.add_pipe(component.name)
    return nlp
