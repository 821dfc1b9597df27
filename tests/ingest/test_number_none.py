"""A text without a number (stop 45): the scanner returns no mention before its whole-text scans
for proposed items, decision blocks, vote tallies and bare pairs, which only keep, drop or
reread the numbers already found; a text with a number still runs them."""

import pytest

from argkg.ingest.numbers import find_numbers, scanner
from argkg.schema.vocabulary import Lang


class _RanError(Exception):
    """Raised by a stand-in for a scan that a text without a number must not reach."""


def _never(*args: object, **kwargs: object) -> list[tuple[int, int]]:
    raise _RanError


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (Lang.EN, "Homework should be optional. Pupils learn more when they choose to practise."),
        (Lang.ZH, "作业应当自愿。学生自己选择练习时学得更多。"),
    ],
)
def test_text_without_number_skips_the_later_scans(
    monkeypatch: pytest.MonkeyPatch, lang: Lang, text: str
) -> None:
    monkeypatch.setattr(scanner, "tallies", _never)
    monkeypatch.setattr(scanner, "decided_blocks", _never)
    assert find_numbers(text, lang) == []


def test_text_with_number_still_runs_the_later_scans(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(scanner, "tallies", _never)
    with pytest.raises(_RanError):
        find_numbers("Pupils spend 40 minutes a night on homework.", Lang.EN)


def test_text_with_number_keeps_its_mention() -> None:
    assert [m.surface for m in find_numbers("Traffic grew by 9% last year.", Lang.EN)] == ["9%"]
