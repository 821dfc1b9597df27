"""Many files: read lazily in bounded chunks, extracted in several processes, progress heard."""

import gc
import multiprocessing
import os
import pickle
import threading
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

import pytest

from argkg.errors import ArgkgError, InputError
from argkg.ingest import ingest_paths
from argkg.ingest.batches import read_chunks
from argkg.ingest.workers import _unpickled
from argkg.schema import DocumentGraph

TEXTS = Path(__file__).parent / "texts"


def test_chunks_are_bounded_by_characters_and_by_files() -> None:
    sizes = {Path(f"f{i}"): size for i, size in enumerate([3, 3, 5, 1, 1, 1, 1])}
    chunks = list(read_chunks(sizes, lambda path: "x" * sizes[path], max_chars=6, max_docs=3))
    assert [[source for _, source, _ in chunk] for chunk in chunks] == [
        ["f0", "f1"],
        ["f2", "f3"],
        ["f4", "f5", "f6"],
    ]


def test_files_are_read_one_chunk_at_a_time() -> None:
    read: list[str] = []

    def reader(path: Path) -> str:
        read.append(path.name)
        return "text"

    chunks = read_chunks((Path(f"f{i}") for i in range(10)), reader, max_docs=4)
    first = next(chunks)
    assert len(first) == 4
    assert read == ["f0", "f1", "f2", "f3"]


def test_a_bad_file_fails_when_its_chunk_is_read() -> None:
    def reader(path: Path) -> str:
        if path.name == "f2":
            raise InputError("f2 is binary data")
        return "text"

    chunks = read_chunks([Path("f0"), Path("f1"), Path("f2")], reader, max_docs=2)
    assert len(next(chunks)) == 2
    with pytest.raises(InputError, match="f2"):
        next(chunks)


class _Recorder:
    """A `Progress` that writes down what it hears."""

    def __init__(self) -> None:
        self.total: int | None = None
        self.heard: list[tuple[str, int]] = []

    def start(self, documents: int) -> None:
        self.total = documents

    def done(self, source: str, chars: int) -> None:
        self.heard.append((source, chars))


def test_two_jobs_give_the_graphs_of_one_in_the_order_of_the_paths() -> None:
    paths = sorted(p for p in TEXTS.iterdir() if p.is_file())
    serial = ingest_paths(paths)
    heard = _Recorder()
    parallel = ingest_paths(paths, jobs=2, progress=heard)
    assert parallel == serial
    assert [graph.document.source for graph in parallel] == [str(path) for path in paths]
    assert {graph.document.lang.value for graph in parallel} == {"zh", "en"}
    assert heard.total == len(paths)
    lengths = {graph.document.source: len(graph.document.text) for graph in serial}
    assert sorted(heard.heard) == sorted(lengths.items())


def test_the_cycle_collector_is_off_while_a_document_is_extracted_and_on_after() -> None:
    seen: list[bool] = []

    def finish(graph: DocumentGraph) -> DocumentGraph:
        seen.append(gc.isenabled())
        return graph

    assert gc.isenabled()
    ingest_paths([TEXTS / "en_plain.txt", TEXTS / "zh_markdown.md"], finish=finish)
    assert seen == [False, False]
    assert gc.isenabled()


def test_jobs_below_one_are_refused() -> None:
    with pytest.raises(InputError, match="jobs must be at least 1"):
        ingest_paths([TEXTS / "en_plain.txt"], jobs=0)


#: The test process; the processes that help it extract are others.
_TESTS = os.getpid()


def _helped(marker: Path) -> None:
    """In a helper process, mark ``marker``; in the test process, wait until a helper has, so
    that with two jobs both processes take documents however loaded the machine is."""
    if os.getpid() != _TESTS:
        marker.touch()
        return
    waited = 0.0
    while not marker.exists():
        assert waited < 60, "no helper process took a document"
        time.sleep(0.01)
        waited += 0.01


def _built_by(graph: DocumentGraph, *, marker: Path | None = None) -> DocumentGraph:
    """A `Finish` that titles the graph with the process that built it (after `_helped`)."""
    if marker is not None:
        _helped(marker)
    document = graph.document.model_copy(update={"title": f"process {os.getpid()}"})
    return graph.model_copy(update={"document": document})


def test_with_two_jobs_this_process_and_a_helper_build_and_finish_the_graphs(tmp_path: Path) -> None:
    paths = sorted(p for p in TEXTS.iterdir() if p.is_file())
    serial = ingest_paths(paths, finish=_built_by)
    parallel = ingest_paths(paths, jobs=2, finish=partial(_built_by, marker=tmp_path / "helped"))
    assert {graph.document.title for graph in serial} == {f"process {_TESTS}"}
    builders = {graph.document.title for graph in parallel}
    assert f"process {_TESTS}" in builders
    assert len(builders) == 2
    assert [g.model_copy(update={"document": None}) for g in parallel] == [
        g.model_copy(update={"document": None}) for g in serial
    ]


def test_a_bad_file_among_two_jobs_is_an_input_error(tmp_path: Path) -> None:
    blank = tmp_path / "blank.txt"
    blank.write_text(" \n\u3000\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"blank\.txt"):
        ingest_paths([TEXTS / "en_plain.txt", blank, TEXTS / "en_plain.txt"], jobs=2)


def _dies(graph: DocumentGraph, *, marker: Path) -> DocumentGraph:
    """A `Finish` that kills the helper process it runs in (after `_helped`); this one goes on."""
    _helped(marker)
    if os.getpid() != _TESTS:
        os._exit(9)
    return graph


def test_a_worker_that_dies_is_an_error_not_a_hang(tmp_path: Path) -> None:
    paths = sorted(p for p in TEXTS.iterdir() if p.is_file())
    with pytest.raises(ArgkgError, match="worker process"):
        ingest_paths(paths, jobs=2, finish=partial(_dies, marker=tmp_path / "helped"))


def _slow_exit(graph: DocumentGraph, *, marker: Path) -> DocumentGraph:
    """A `Finish` that, in a helper process (after `_helped`), keeps the helper from exiting for
    a minute once its work is done (a process waits for its non-daemon threads on exit)."""
    _helped(marker)
    if os.getpid() != _TESTS:
        threading.Thread(target=time.sleep, args=(60,)).start()
    return graph


def test_a_helper_that_has_sent_its_graphs_is_not_waited_for(tmp_path: Path) -> None:
    paths = sorted(p for p in TEXTS.iterdir() if p.is_file())[:4]
    began = time.monotonic()
    try:
        graphs = ingest_paths(paths, jobs=2, finish=partial(_slow_exit, marker=tmp_path / "helped"))
        assert time.monotonic() - began < 50
        assert [graph.document.source for graph in graphs] == [str(path) for path in paths]
        assert multiprocessing.active_children(), "the helper should still be exiting"
    finally:
        for child in multiprocessing.active_children():
            child.terminate()
            child.join()


#: Whether the cycle collector was on each time an `_Unpickled` was unpickled.
_COLLECTING: list[bool] = []


class _Unpickled:
    """Writes down in `_COLLECTING`, when it is unpickled, whether the cycle collector was on."""

    def __reduce__(self) -> tuple[Callable[[], "_Unpickled"], tuple[()]]:
        return _made, ()


def _made() -> _Unpickled:
    _COLLECTING.append(gc.isenabled())
    return _Unpickled()


def test_a_helpers_graph_is_unpickled_with_the_cycle_collector_paused() -> None:
    _COLLECTING.clear()
    index, outcome = _unpickled(pickle.dumps((3, _Unpickled())))
    assert index == 3
    assert isinstance(outcome, _Unpickled)
    assert _COLLECTING == [False]
    assert gc.isenabled()
