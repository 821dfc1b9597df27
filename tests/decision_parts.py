"""What the decision-part tests share (importable: ``tests/`` is on pytest's pythonpath): the part
of a decision record that the line holding some words belongs to."""

from collections.abc import Callable

from argkg.ingest.decisions import PartSide, decision_parts
from argkg.ingest.layout import analyse_layout
from argkg.schema import Lang


def part_reader(text: str, lang: Lang) -> Callable[[str], PartSide | None]:
    """A function giving the part (`decision_parts`) of the first line of ``text`` that holds the
    words it is asked about (StopIteration: no line does)."""
    blocks, _ = analyse_layout(text, lang)
    found = decision_parts(text, blocks, lang)

    def part_of(words: str) -> PartSide | None:
        return next(p for b, p in zip(blocks, found, strict=True) if words in text[b.start : b.end])

    return part_of
