"""A kill at any step of an embedded write leaves the store whole: old or new, never damaged.

Each case runs a writer in a child process that kills itself with SIGKILL at one step of
`EmbeddedStore.write` (after reading the store, on creating the temporary file, halfway through
writing it, before and after its fsync, right after the snapshot's rename, right after the graph
file's rename); the store must then validate
whole (`check_store`), hold either the old or the new documents, and take the next write.
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from factories import OTHER_TEXT, build_tiny_graph

from argkg.graph import EmbeddedStore
from argkg.graph.repair import check_store

_WRITER = """
import io, os, signal, sys, tempfile
from pathlib import Path
from factories import OTHER_TEXT, build_tiny_graph
from argkg.graph import EmbeddedStore
from argkg.graph import embedded

data, step = Path(sys.argv[1]), sys.argv[2]


def die(*args, **kwargs):
    os.kill(os.getpid(), signal.SIGKILL)


def after(real):
    def run(*args, **kwargs):
        real(*args, **kwargs)
        die()
    return run


class HalfWriter:
    def __init__(self, raw):
        self.raw = raw

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.raw.close()

    def write(self, data):
        self.raw.write(data[: len(data) // 2])
        self.raw.flush()
        die()


def after_call(real, number):
    calls = []
    def run(*args, **kwargs):
        real(*args, **kwargs)
        calls.append(args)
        if len(calls) == number:
            die()
    return run


if step == "read":
    EmbeddedStore.documents = after(EmbeddedStore.documents)
elif step == "mkstemp":
    tempfile.mkstemp = die
elif step == "half-written":
    real_fdopen = os.fdopen
    os.fdopen = lambda fd, mode, **kwargs: HalfWriter(real_fdopen(fd, mode, **kwargs))
elif step == "before-fsync":
    os.fsync = die
elif step == "after-fsync":
    os.fsync = after(os.fsync)
elif step == "after-snapshot-rename":
    os.replace = after_call(os.replace, 1)
elif step == "after-rename":
    os.replace = after_call(os.replace, 2)
EmbeddedStore(data).write([build_tiny_graph(OTHER_TEXT, source="b.txt")])
"""

STEPS = [
    "read",
    "mkstemp",
    "half-written",
    "before-fsync",
    "after-fsync",
    "after-snapshot-rename",
    "after-rename",
]


@pytest.mark.parametrize("step", STEPS)
def test_a_kill_at_any_write_step_leaves_the_store_whole(tmp_path: Path, step: str) -> None:
    EmbeddedStore(tmp_path).write([build_tiny_graph(source="a.txt")])
    tests = str(Path(__file__).resolve().parents[1])
    killed = subprocess.run(
        [sys.executable, "-c", _WRITER, str(tmp_path), step],
        env={**os.environ, "PYTHONPATH": os.pathsep.join([tests, os.environ.get("PYTHONPATH", "")])},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert killed.returncode == -9, killed.stderr
    assert check_store(tmp_path).clean
    sources = sorted(g.document.source for g in EmbeddedStore(tmp_path).documents())
    assert sources in (["a.txt"], ["a.txt", "b.txt"])
    if step == "after-rename":
        assert sources == ["a.txt", "b.txt"]
    assert {g.document.source for g in EmbeddedStore(tmp_path).documents()} == {
        source for _, source in EmbeddedStore(tmp_path).load().nodes(data="source") if source
    }  # the snapshot the load reads is the graph file's, or none
    EmbeddedStore(tmp_path).write([build_tiny_graph(OTHER_TEXT.replace("10%", "11%"), source="c.txt")])
    assert check_store(tmp_path).clean
    assert "c.txt" in {g.document.source for g in EmbeddedStore(tmp_path).documents()}
