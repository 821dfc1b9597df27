"""The real local Neo4j server that the tests share (imported into ``tests/conftest.py``).

The server's data lives in ``ARGKG_TEST_NEO4J_DATA`` (default ``/tmp/argkg-test-neo4j``), apart
from any developer's data dir; its HTTP port is ``ARGKG_TEST_NEO4J_HTTP_PORT`` (default 7474), so that
two checkouts can each run a server (with ``NEO4J_URI`` naming another Bolt port); the other
settings come from the environment as in the CLI. The
fixture never skips: a server that cannot start fails the tests that need it. It stops the
server at the end of the session only if it started it.
"""

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from argkg.config import Settings
from argkg.graph.neo4j_server import start, status, stop

__all__ = ["TEST_NEO4J_DATA", "neo4j_server"]

TEST_NEO4J_DATA = Path(os.environ.get("ARGKG_TEST_NEO4J_DATA", "/tmp/argkg-test-neo4j"))
TEST_NEO4J_HTTP_PORT = int(os.environ.get("ARGKG_TEST_NEO4J_HTTP_PORT", "7474"))


@pytest.fixture(scope="session")
def neo4j_server() -> Iterator[Settings]:
    """Start (or reuse) the test server and yield the settings that reach it."""
    settings = Settings.from_env(store="neo4j", data_dir=TEST_NEO4J_DATA)
    already_running = status(settings).pid is not None
    start(settings, http_port=TEST_NEO4J_HTTP_PORT)
    yield settings
    if not already_running:
        stop(settings)
