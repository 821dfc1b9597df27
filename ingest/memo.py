"""Answers kept for the document being read: `per_document` and `forget`.

Several stages ask the same question of the same sentence (whether it voices a side, argues,
states a probability, matches a proposition cue): claims, positions, sides and conclusions each
read every sentence, and one stage reads it again for each issue or side. A function decorated
with `per_document` keeps its answers, keyed by its arguments, until `forget` is called; the
pipeline's tokenizer calls `forget` before each new text (`argkg.ingest.pipeline`), so what is
kept is the current document's answers only: one document never speeds up another (the
benchmarks read copies of one text), and memory stays bounded by one text (and by
``_MAX_KEPT`` answers per function for calls outside the pipeline). Only pure functions of
hashable arguments whose results are never changed by their callers may be decorated: a kept
answer is then the answer.
"""

from collections.abc import Callable
from functools import lru_cache
from typing import TypeVar, cast

__all__ = ["per_document", "on_forget", "forget"]

_F = TypeVar("_F", bound=Callable[..., object])
_MAX_KEPT = 65_536
_forgetters: list[Callable[[], None]] = []


def per_document(function: _F) -> _F:
    """Keep ``function``'s answers until the next `forget` (see the module docstring)."""
    kept = lru_cache(maxsize=_MAX_KEPT)(function)
    _forgetters.append(kept.cache_clear)
    return cast(_F, kept)


def on_forget(drop: Callable[[], None]) -> None:
    """Have `forget` call ``drop`` too (a module that keeps its own per-document state)."""
    _forgetters.append(drop)


def forget() -> None:
    """Drop every kept answer: a new document begins."""
    for drop in _forgetters:
        drop()
