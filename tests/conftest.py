"""Fixtures shared by every test package."""

from collections.abc import Callable

import pytest
from factories import build_tiny_graph

from argkg.schema import DocumentGraph

GraphFactory = Callable[..., DocumentGraph]


@pytest.fixture
def tiny_graph() -> DocumentGraph:
    """A small valid document graph."""
    return build_tiny_graph()


@pytest.fixture
def make_graph() -> GraphFactory:
    """Build a small valid graph over a given text and source."""
    return build_tiny_graph


from neo4j_fixtures import neo4j_server  # noqa: E402,F401  (the real server, shared by the session)
