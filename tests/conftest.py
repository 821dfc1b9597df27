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


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test that reaches the real Neo4j server (through the ``neo4j_server`` fixture,
    directly or through another fixture) ``neo4j``, so that ``-m "not neo4j"`` runs the rest
    without starting or touching the shared server."""
    for item in items:
        if "neo4j_server" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.neo4j)
