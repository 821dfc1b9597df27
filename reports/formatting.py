"""How a report writes numbers, credences and Markdown text: pure functions the templates use.

Numbers are shown so a reader sees both size and unit: ``0.7 percent`` as ``70%``, ``1e24 FLOP``
as ``1 × 10²⁴ FLOP``, a year as itself. Markdown escaping makes any input text print as text:
every character Markdown (CommonMark or GitHub's) would read as markup is backslash-escaped, and
``<``, ``>``, ``&`` become entities so raw HTML in a text never reaches a Markdown renderer as HTML.

>>> format_number(2024.0), format_number(1e24), format_number(0.00001), format_number(18.25)
('2024', '1 × 10²⁴', '1 × 10⁻⁵', '18.25')
>>> md_escape("*bold* <b>x</b> | [a](b)")
'\\\\*bold\\\\* &lt;b&gt;x&lt;/b&gt; \\\\| \\\\[a\\\\](b)'
"""

import re

__all__ = ["format_number", "format_percent", "quantity", "md_escape"]

_SUPERSCRIPT = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")
_LARGE = 1e6
_SMALL = 1e-3
_PERCENT = "percent"
_ENTITIES = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"))
_INLINE = re.compile(r"([\\`*_\[\]|~#!])")
_WHITESPACE = re.compile(r"\s+")
#: What starts a block at the beginning of a line: a list bullet, a setext rule, ``1.``/``1)``.
_BLOCK_START = re.compile(r"^( ?(?:\d+)?)([-+=.)])")


def format_number(value: float) -> str:
    """Write ``value`` for a reader: integers plainly, very large or small ones as ``m × 10ⁿ``."""
    magnitude = abs(value)
    if magnitude and (magnitude >= _LARGE or magnitude < _SMALL):
        mantissa, exponent = f"{value:.3e}".split("e")
        mantissa = mantissa.rstrip("0").rstrip(".")
        return f"{mantissa} × 10{str(int(exponent)).translate(_SUPERSCRIPT)}"
    if value == int(value):
        return str(int(value))
    return f"{value:.4g}"


def format_percent(value: float) -> str:
    """Write a probability in [0, 1] as a percentage (``0.7`` -> ``70%``)."""
    return f"{format_number(round(value * 100, 2))}%"


def quantity(value: float, unit: str, unit_label: str) -> str:
    """Write a normalised value with its unit (``percent`` values are shown as percentages).

    Args:
        value: the normalised value.
        unit: the stored unit.
        unit_label: how the unit is shown in the report's language (may be empty).

    Returns:
        The number and its unit, as a reader expects them.
    """
    if unit == _PERCENT:
        return format_percent(value)
    number = format_number(value)
    return f"{number} {unit_label}" if unit_label else number


def md_escape(text: object) -> str:
    """Escape ``text`` for Markdown so that it prints literally, on one line.

    Args:
        text: any value; it is converted with ``str`` first.

    Returns:
        ``text`` with markup characters escaped and each run of whitespace (line breaks
        included) made one space, so it cannot start a block or end a table cell.
    """
    out = str(text)
    for raw, entity in _ENTITIES:
        out = out.replace(raw, entity)
    out = _WHITESPACE.sub(" ", _INLINE.sub(r"\\\1", out))
    return _BLOCK_START.sub(r"\1\\\2", out, count=1)
