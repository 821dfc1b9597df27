"""The embedded store: round trips, replace-by-document, atomic writes and concurrent writers."""

import multiprocessing
import os
import pickle
from collections.abc import Callable
from pathlib import Path

import pytest
from factories import OTHER_TEXT, graph_lines, write_many

from argkg.errors import InputError
from argkg.graph import EmbeddedStore, graphs_to_networkx
from argkg.graph.embedded import GRAPH_FILE, SNAPSHOT_FILE
from argkg.graph.snapshot import load_snapshot, sha256_of
from argkg.schema import DocumentGraph, dumps_records, graph_records

GraphFactory = Callable[..., DocumentGraph]


def test_round_trip_is_byte_identical(tmp_path: Path, tiny_graph: DocumentGraph) -> None:
    store = EmbeddedStore(tmp_path)
    store.write([tiny_graph])
    first = dumps_records(store.records())
    reloaded = EmbeddedStore(tmp_path)
    reloaded.write(reloaded.documents())
    assert dumps_records(reloaded.records()) == first
    assert first == dumps_records(graph_records(tiny_graph))


def test_reingest_changes_nothing(tmp_path: Path, tiny_graph: DocumentGraph) -> None:
    store = EmbeddedStore(tmp_path)
    store.write([tiny_graph])
    before = (tmp_path / GRAPH_FILE).read_bytes()
    store.write([tiny_graph])
    assert (tmp_path / GRAPH_FILE).read_bytes() == before


def test_changed_text_replaces_its_document_only(tmp_path: Path, make_graph: GraphFactory) -> None:
    store = EmbeddedStore(tmp_path)
    store.write([make_graph(source="a.txt"), make_graph(OTHER_TEXT, source="b.txt")])
    edited = make_graph(OTHER_TEXT.replace("10%", "12%"), source="b.txt")
    store.write([edited])
    docs = {g.document.source: g for g in store.documents()}
    assert set(docs) == {"a.txt", "b.txt"}
    assert _canonical(docs["b.txt"]) == _canonical(edited)
    assert _canonical(docs["a.txt"]) == _canonical(make_graph(source="a.txt"))


def _canonical(graph: DocumentGraph) -> str:
    return dumps_records(graph_records(graph))


def test_load_gives_the_analysis_graph(tmp_path: Path, tiny_graph: DocumentGraph) -> None:
    store = EmbeddedStore(tmp_path)
    store.write([tiny_graph])
    graph = store.load()
    assert graph.number_of_nodes() == len(tiny_graph.nodes) + 1
    assert graph.number_of_edges() == len(tiny_graph.relationships)
    assert {data["label"] for _, data in graph.nodes(data=True)} >= {"Claim", "Conclusion", "Assumption"}
    assert {data["type"] for _, _, data in graph.edges(data=True)} >= {"DEPENDS_ON", "CITES"}


def test_a_sealed_file_loads_without_models_into_the_validated_graph(
    tmp_path: Path, make_graph: GraphFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    import argkg.graph.embedded as module

    store = EmbeddedStore(tmp_path)
    store.write([make_graph(source="a.txt"), make_graph(OTHER_TEXT, source="b.txt")])
    validated = graph_lines(graphs_to_networkx(store.documents()))

    def no_models(records: object) -> None:
        raise AssertionError("a sealed file is trusted: no model is built on load")

    def no_json(records: object) -> None:
        raise AssertionError("a snapshot of the sealed records is read, not the JSON lines")

    monkeypatch.setattr(module, "graphs_from_records", no_models)
    monkeypatch.setattr(module, "records_to_networkx", no_json)
    assert graph_lines(store.load()) == validated
    assert len(validated) > 10


def test_crash_before_rename_keeps_previous_graph(
    tmp_path: Path, make_graph: GraphFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = EmbeddedStore(tmp_path)
    store.write([make_graph(source="a.txt")])
    before = (tmp_path / GRAPH_FILE).read_bytes()

    def crash(src: str, dst: str) -> None:
        raise OSError("simulated crash between writing the temp file and the rename")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError, match="simulated crash"):
        store.write([make_graph(OTHER_TEXT, source="b.txt")])
    monkeypatch.undo()
    assert (tmp_path / GRAPH_FILE).read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_corrupt_file_is_reported_with_line(tmp_path: Path) -> None:
    (tmp_path / GRAPH_FILE).write_text("{not json}\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"graph\.jsonl:1 is damaged: not a JSON record"):
        EmbeddedStore(tmp_path).documents()


def test_concurrent_writers_keep_each_others_documents(tmp_path: Path) -> None:
    context = multiprocessing.get_context("spawn")
    workers = [context.Process(target=write_many, args=(str(tmp_path), i, 8)) for i in range(4)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=120)
        assert worker.exitcode == 0
    sources = sorted(g.document.source for g in EmbeddedStore(tmp_path).documents())
    assert sources == [f"doc-{i}.txt" for i in range(4)]


def test_graph_file_gets_the_usual_permissions(tmp_path: Path, tiny_graph: DocumentGraph) -> None:
    EmbeddedStore(tmp_path).write([tiny_graph])
    mask = os.umask(0)
    os.umask(mask)
    assert (tmp_path / GRAPH_FILE).stat().st_mode & 0o777 == 0o666 & ~mask


@pytest.mark.parametrize(
    "content,match",
    [
        (b'{"type":"node"}\n', "invalid record"),
        (b"[1, 2]\n", "invalid record"),
        (b"\xff\xfe\x00garbage\n", "cannot read the graph file"),
    ],
)
def test_malformed_store_file_is_an_input_error(tmp_path: Path, content: bytes, match: str) -> None:
    (tmp_path / GRAPH_FILE).write_bytes(content)
    store = EmbeddedStore(tmp_path)
    for read in (store.documents, store.records, store.load):
        with pytest.raises(InputError, match=match):
            read()


def test_a_folder_in_place_of_the_graph_file_is_an_input_error(tmp_path: Path) -> None:
    (tmp_path / GRAPH_FILE).mkdir()
    with pytest.raises(InputError, match="cannot read the graph file"):
        EmbeddedStore(tmp_path).documents()


def test_a_killed_writes_temp_file_goes_with_the_next_write(
    tmp_path: Path, tiny_graph: DocumentGraph
) -> None:
    store = EmbeddedStore(tmp_path)
    store.write([tiny_graph])
    leftover = tmp_path / ".graph-killed.tmp"
    leftover.write_text("half a graph", encoding="utf-8")
    store.write([tiny_graph])
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [GRAPH_FILE, SNAPSHOT_FILE, GRAPH_FILE + ".lock"]
    )


def test_a_snapshot_the_seal_does_not_name_is_ignored(tmp_path: Path, make_graph: GraphFactory) -> None:
    store = EmbeddedStore(tmp_path)
    store.write([make_graph(source="a.txt")])
    expected = graph_lines(store.load())
    other = EmbeddedStore(tmp_path / "other")
    other.write([make_graph(OTHER_TEXT, source="b.txt")])
    (tmp_path / SNAPSHOT_FILE).write_bytes((tmp_path / "other" / SNAPSHOT_FILE).read_bytes())
    assert graph_lines(store.load()) == expected  # read from the JSON lines
    (tmp_path / SNAPSHOT_FILE).unlink()
    assert graph_lines(store.load()) == expected


def test_a_snapshot_runs_no_code() -> None:
    planted = pickle.dumps(([(os.system, ("true",))], []))  # a function inside
    digest = "0" * 64
    assert load_snapshot(f"{digest} {sha256_of(planted)}\n".encode() + planted, digest) is None
    assert load_snapshot(b"not a snapshot", digest) is None
