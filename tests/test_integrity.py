"""Integrity under concurrency, on both stores: no lost version, no half batch, no torn read.

Each test runs once on the embedded store and once on the real Neo4j test server (ids
``embedded`` and ``neo4j``). The interleavings are forced with a thread that writes while a
command is between its read and its write; `tests/test_concurrency.py` adds random ones.
"""

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from factories import EXAMPLES

import argkg.errors
import argkg.queries
from argkg import workflows
from argkg.config import Settings
from argkg.graph.neo4j_store import Neo4jStore
from argkg.ingest import ingest_paths
from argkg.schema import DocumentGraph, text_sha256

#: How long the racing writer is given to land while `analyse` holds its document.
_RACE_WINDOW_SECONDS = 2.0


@pytest.fixture(params=["embedded", "neo4j"])
def settings(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Settings]:
    """Settings for an empty store of each kind."""
    if request.param == "embedded":
        yield Settings(store="embedded", data_dir=tmp_path / "store")
        return
    server: Settings = request.getfixturevalue("neo4j_server")
    store = Neo4jStore(server)
    store.run_write("MATCH (n) DETACH DELETE n")
    store.close()
    yield server


def _versions(text: str) -> tuple[str, str]:
    return text, text.replace("Congestion charging", "Road pricing", 1)


def _stored(settings: Settings, folder: Path) -> list[DocumentGraph]:
    """The stored documents whose files lie in ``folder`` (other tests may share the server)."""
    with workflows.store_session(settings) as store:
        return [g for g in store.documents() if Path(g.document.source).parent == folder.resolve()]


def test_analyse_never_undoes_an_ingest_that_lands_meanwhile(
    settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    v1, v2 = _versions(EXAMPLES[0].read_text(encoding="utf-8"))
    path = tmp_path / "debate.txt"
    path.write_text(v1, encoding="utf-8")
    workflows.ingest([path], settings=settings)
    path.write_text(v2, encoding="utf-8")
    newer = ingest_paths([path.resolve()])[0]

    def write_newer() -> None:
        with workflows.store_session(settings) as store:
            store.write([newer])

    racer = threading.Thread(target=write_newer)
    real_analyse = argkg.queries.analyse

    def analyse_while_another_command_writes(graph: DocumentGraph) -> DocumentGraph:
        if not racer.is_alive() and racer.ident is None:
            racer.start()
            racer.join(_RACE_WINDOW_SECONDS)
        return real_analyse(graph)

    monkeypatch.setattr(argkg.queries, "analyse", analyse_while_another_command_writes)
    workflows.analyse_store(settings=settings)
    racer.join(60)
    assert not racer.is_alive()
    stored = _stored(settings, tmp_path)
    assert [g.document.source for g in stored] == [str(path.resolve())]
    assert stored[0].document.sha256 == text_sha256(newer.document.text)


def test_ingest_of_identical_files_reports_the_duplicates(settings: Settings, tmp_path: Path) -> None:
    text = EXAMPLES[0].read_text(encoding="utf-8")
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(text, encoding="utf-8")
    second.write_text(text, encoding="utf-8")
    result = workflows.ingest([first, second], settings=settings)
    assert [g.document.source for g in result.documents] == [str(first.resolve())]
    assert [(d.source, d.same_as, d.stored_as) for d in result.duplicates] == [
        (str(second.resolve()), str(first.resolve()), str(first.resolve()))
    ]
    assert [g.document.source for g in _stored(settings, tmp_path)] == [str(first.resolve())]
    again = workflows.ingest([second], settings=settings)
    assert [(d.source, d.same_as, d.stored_as) for d in again.duplicates] == [
        (str(second.resolve()), str(first.resolve()), str(second.resolve()))
    ]
    assert [g.document.source for g in _stored(settings, tmp_path)] == [str(second.resolve())]


def test_keep_going_stores_the_good_files_and_lists_the_bad(settings: Settings, tmp_path: Path) -> None:
    good = [tmp_path / "a.txt", tmp_path / "c.txt"]
    for path, example in zip(good, EXAMPLES, strict=True):
        path.write_text(example.read_text(encoding="utf-8"), encoding="utf-8")
    bad = tmp_path / "b.txt"
    bad.write_text("   \n", encoding="utf-8")
    result = workflows.ingest([good[0], bad, good[1]], settings=settings, keep_going=True)
    assert [s.source for s in result.skipped] == [str(bad.resolve())]
    assert sorted(g.document.source for g in _stored(settings, tmp_path)) == sorted(
        str(p.resolve()) for p in good
    )


def test_a_bad_file_in_a_batch_stores_nothing(settings: Settings, tmp_path: Path) -> None:
    good = tmp_path / "a.txt"
    good.write_text(EXAMPLES[0].read_text(encoding="utf-8"), encoding="utf-8")
    bad = tmp_path / "b.txt"
    bad.write_text("   \n", encoding="utf-8")
    with pytest.raises(argkg.errors.InputError, match=r"b\.txt"):
        workflows.ingest([good, bad], settings=settings)
    assert _stored(settings, tmp_path) == []
