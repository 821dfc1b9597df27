"""Numbers show their size and unit; any text escaped for Markdown prints as itself."""

import html
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from argkg.reports.formatting import format_number, format_percent, md_escape, quantity


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (0.0, "0"),
        (2024.0, "2024"),
        (18.25, "18.25"),
        (-3.5, "-3.5"),
        (1e35, "1 × 10³⁵"),
        (1.5e9, "1.5 × 10⁹"),
        (1e-5, "1 × 10⁻⁵"),
        (0.333333, "0.3333"),
        (999999.0, "999999"),
    ],
)
def test_format_number(value: float, expected: str) -> None:
    assert format_number(value) == expected


def test_quantity_shows_percentages_and_units() -> None:
    assert quantity(0.7, "percent", "%") == "70%"
    assert format_percent(0.305) == "30.5%"
    assert quantity(5e11, "USD", "美元") == "5 × 10¹¹ 美元"
    assert quantity(2024.0, "year", "") == "2024"


def test_md_escape_neutralises_markup() -> None:
    escaped = md_escape('<script>alert(1)</script> "><img src=x onerror=alert(1)> *a* [b](c) | `d`')
    assert "<" not in escaped and ">" not in escaped
    assert "\\*a\\*" in escaped and "\\[b\\](c)" in escaped and "\\|" in escaped and "\\`d\\`" in escaped


@pytest.mark.parametrize("text", ["- item", "+ item", "1. first", "12) twelfth", "# title", "=== rule"])
def test_md_escape_cannot_start_a_block(text: str) -> None:
    escaped = md_escape(text)
    assert re.match(r"^([-+=#]|\d+[.)])", escaped) is None


@given(st.text(max_size=60))
def test_md_escape_is_one_line_that_unescapes_to_the_text(text: str) -> None:
    escaped = md_escape(text)
    assert "\n" not in escaped and "\r" not in escaped
    unescaped = html.unescape(re.sub(r"\\(.)", r"\1", escaped))
    assert unescaped == re.sub(r"\s+", " ", text)
