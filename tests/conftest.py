"""Fixtures shared by every test package."""

from collections.abc import Callable

import pytest

from argkg.schema import DocumentGraph
from factories import build_tiny_graph

GraphFactory = Callable[..., DocumentGraph]


@pytest.fixture
def tiny_graph() -> DocumentGraph:
    """A small valid document graph."""
    return build_tiny_graph()


@pytest.fixture
def make_graph() -> GraphFactory:
    """Build a small valid graph over a given text and source."""
    return build_tiny_graph
