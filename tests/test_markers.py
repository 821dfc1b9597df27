"""The ``neo4j`` marker: ``-m "not neo4j"`` leaves out exactly the tests that reach the server."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
#: A module with tests on both sides: one reaches Neo4j through its fixture, the others do not.
MIXED = "tests/ingest/test_restates.py"


def _collected(*options: str) -> list[str]:
    """The test ids pytest collects from `MIXED` with ``options``, without running them."""
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", *options, MIXED],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    return [line for line in done.stdout.splitlines() if "::" in line]


def test_not_neo4j_leaves_out_the_tests_that_reach_the_server_and_keeps_the_others() -> None:
    every = _collected()
    kept = _collected("-m", "not neo4j")
    server = _collected("-m", "neo4j")
    assert any("neo4j" in test for test in server)
    assert set(kept) | set(server) == set(every) and not set(kept) & set(server)
    assert kept and all("test_neo4j" not in test for test in kept)
