"""The examples in argkg.reports' docstrings run (pytest's doctest collection covers schema/ and
queries/ only)."""

import doctest
import importlib

import pytest

_MODULES = ["labels", "provenance", "formatting", "picture"]


@pytest.mark.parametrize("name", _MODULES)
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(f"argkg.reports.{name}")
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.attempted > 0
    assert result.failed == 0
