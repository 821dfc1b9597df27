"""The spaCy pipeline: a blank Chinese (jieba) or English language plus argkg's components.

The component list and order come from ``ingest/data/pipeline.yaml``: layout, sentences, the
numbers, entities, attribution and dialectic components (optional: left out while their module
does not exist), then positions, conclusions, claims and conditionals. Importing a component's
module registers its factory (``@Language.factory`` beside the class).
"""

import importlib
import importlib.util
import logging

import jieba
import spacy
from pydantic import BaseModel, ConfigDict
from spacy.language import Language

from argkg.errors import InputError
from argkg.ingest.lexicon import load_data
from argkg.schema.vocabulary import Lang

__all__ = ["build_nlp", "component_names"]


class _Component(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str
    module: str
    optional: bool = False


class _PipelineData(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    components: list[_Component]


def component_names() -> list[str]:
    """Return the names of the components the pipeline runs, in order (available ones only)."""
    return [c.name for c in _available()]


def build_nlp(lang: Lang) -> Language:
    """Build the pipeline for ``lang``.

    Args:
        lang: the language of the texts it will read.

    Returns:
        ``spacy.blank("zh")`` segmented by jieba, or ``spacy.blank("en")``, with argkg's
        components added in order.

    Raises:
        InputError: a required component's module is missing.
    """
    if lang is Lang.ZH:
        jieba.setLogLevel(logging.WARNING)
        nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    else:
        nlp = spacy.blank("en")
    for component in _available():
        importlib.import_module(component.module)
        nlp.add_pipe(component.name)
    return nlp


def _available() -> list[_Component]:
    components = []
    for component in load_data("pipeline", _PipelineData).components:
        if importlib.util.find_spec(component.module) is not None:
            components.append(component)
        elif not component.optional:
            raise InputError(f"pipeline component {component.name}: module {component.module} is missing")
    return components
