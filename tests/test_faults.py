"""Faults: kills at any moment of an ingest, a Neo4j server that vanishes mid-ingest, wrong passwords.

The kill test times one whole ``argkg ingest`` of new versions of three stored documents, then
runs it again (flipping the versions) and SIGKILLs it at shares of that time, so the kills fall
on the steps of the write (extraction, the transaction, the commit, the file swap); after each,
every document must be wholly old or wholly new, and the next write clears any temp file. The vanishing server is a `TcpProxy` in front of
the test server, cut between the documents of one write transaction.
"""

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from factories import EXAMPLES, REFERENCE_ARTICLE, own_lines
from neo4j import GraphDatabase
from tcp_proxy import TcpProxy

import argkg.graph.neo4j_store as neo4j_store
from argkg import workflows
from argkg.cli import main
from argkg.config import Settings
from argkg.graph.neo4j_conf import bolt_port
from argkg.graph.neo4j_store import Neo4jStore
from argkg.ingest import ingest_paths
from argkg.queries import analyse

#: When each killed run is killed, as a share of the time a whole run took (most fall late,
#: where the write happens).
KILL_FRACTIONS = (0.5, 0.8, 0.9, 0.95, 0.99)
#: Further runs, each killed at half the fastest run seen, when none of those above was caught in
#: time: a shared machine whose load falls between the timing and the kills runs them faster.
_RETRIES = 5
_PROBE_USER = "argkg_probe"
_WRONG_PASSWORD = "Wrong-pw-7731-never-shown"


def _empty_neo4j(settings: Settings) -> None:
    store = Neo4jStore(settings)
    store.run_write("MATCH (n) DETACH DELETE n")
    store.close()


@pytest.fixture(params=["embedded", "neo4j"])
def settings(request: pytest.FixtureRequest, tmp_path: Path) -> Settings:
    """An empty store of each kind."""
    if request.param == "embedded":
        return Settings(store="embedded", data_dir=tmp_path / "store")
    server: Settings = request.getfixturevalue("neo4j_server")
    _empty_neo4j(server)
    return server


def _lines(graph: Any) -> set[str]:
    return own_lines(graph)


def test_a_kill_at_any_moment_leaves_each_document_old_or_new(settings: Settings, tmp_path: Path) -> None:
    originals = [EXAMPLES[0], EXAMPLES[1], REFERENCE_ARTICLE]
    paths = [tmp_path / f"doc-{i}.txt" for i in range(len(originals))]
    texts: list[tuple[str, str]] = []
    versions: dict[str, list[set[str]]] = {}
    for path, original in zip(paths, originals, strict=True):
        text = original.read_text(encoding="utf-8")
        texts.append((text, text.replace("\n", "\n\n", 1)))
        for version in texts[-1]:
            path.write_text(version, encoding="utf-8")
            graph = analyse(ingest_paths([path.resolve()])[0])
            versions.setdefault(graph.document.source, []).append(_lines(graph))

    def files_at(version: int) -> None:
        for path, both in zip(paths, texts, strict=True):
            path.write_text(both[version], encoding="utf-8")

    files_at(0)
    workflows.ingest(paths, settings=settings)
    command = [sys.executable, "-m", "argkg.cli", "--store", settings.store, "--data", str(settings.data_dir)]
    command += ["ingest", *map(str, paths)]
    whole_run = min(_timed(command, before=partial(files_at, version)) for version in (1, 0))
    kills, version = 0, 0
    for number, fraction in enumerate((*KILL_FRACTIONS, *[KILL_FRACTIONS[0]] * _RETRIES)):
        if number >= len(KILL_FRACTIONS) and kills:
            break
        version = 1 - number % 2
        files_at(version)
        began = time.monotonic()
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            process.wait(fraction * whole_run)
            whole_run = min(whole_run, time.monotonic() - began)  # the machine sped up: keep its pace
        except subprocess.TimeoutExpired:
            os.kill(process.pid, signal.SIGKILL)
            process.wait()
            kills += 1
        with workflows.store_session(settings) as store:
            stored = {
                g.document.source: _lines(g) for g in store.documents() if g.document.source in versions
            }
        assert sorted(stored) == sorted(versions)
        for source, lines in stored.items():
            assert lines in versions[source], f"{source} is neither wholly old nor wholly new"
    assert kills > 0
    subprocess.run(command, check=True, capture_output=True)
    with workflows.store_session(settings) as store:
        stored = {g.document.source: _lines(g) for g in store.documents() if g.document.source in versions}
    assert all(stored[source] == both[version] for source, both in versions.items())
    if settings.store == "embedded":
        assert sorted(p.name for p in settings.data_dir.iterdir() if p.suffix == ".tmp") == []


def _timed(command: list[str], *, before: Callable[[], None]) -> float:
    """Seconds a whole run of ``command`` takes (after ``before`` has prepared its files)."""
    before()
    began = time.monotonic()
    subprocess.run(command, check=True, capture_output=True)
    return time.monotonic() - began


def test_server_gone_mid_ingest_exits_3_on_one_line_then_the_same_command_succeeds(
    neo4j_server: Settings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _empty_neo4j(neo4j_server)
    proxy = TcpProxy(bolt_port(neo4j_server.neo4j_uri))
    monkeypatch.setenv("NEO4J_URI", f"bolt://127.0.0.1:{proxy.port}")
    paths = [tmp_path / "a.txt", tmp_path / "b.txt"]
    for path, example in zip(paths, EXAMPLES, strict=True):
        path.write_text(example.read_text(encoding="utf-8"), encoding="utf-8")
    real_unwind = neo4j_store._unwind
    queries: list[str] = []

    def cut_before_the_second_query(tx: Any, query: str, rows: Any) -> None:
        queries.append(query)
        if len(queries) == 2:
            proxy.cut()
        real_unwind(tx, query, rows)

    monkeypatch.setattr(neo4j_store, "_unwind", cut_before_the_second_query)
    command = ["--store", "neo4j", "ingest", *map(str, paths)]
    try:
        assert main(command) == 3
        err = capsys.readouterr().err
        assert len(err.strip().splitlines()) == 1, err
        assert f"127.0.0.1:{proxy.port}" in err
        store = Neo4jStore(neo4j_server)
        mine = [str(p.resolve()) for p in paths]
        assert [g.document.source for g in store.documents() if g.document.source in mine] == []
        monkeypatch.setattr(neo4j_store, "_unwind", real_unwind)
        proxy.resume()
        assert main(command) == 0
        assert sorted(g.document.source for g in store.documents() if g.document.source in mine) == mine
        store.close()
    finally:
        proxy.cut()


@pytest.fixture
def probe_user(neo4j_server: Settings) -> Iterator[str]:
    """A second Neo4j user, so that locking it out with wrong passwords spares ``neo4j``."""
    auth = (neo4j_server.neo4j_username, neo4j_server.neo4j_password)
    with GraphDatabase.driver(neo4j_server.neo4j_uri, auth=auth) as driver:
        driver.execute_query(
            f"CREATE OR REPLACE USER {_PROBE_USER} SET PLAINTEXT PASSWORD 'probe-right-pw' CHANGE NOT REQUIRED",
            database_="system",
        )
        yield _PROBE_USER
        driver.execute_query(f"DROP USER {_PROBE_USER} IF EXISTS", database_="system")


def test_wrong_passwords_exit_3_every_time_without_the_password(
    probe_user: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("NEO4J_USERNAME", probe_user)
    monkeypatch.setenv("NEO4J_PASSWORD", _WRONG_PASSWORD)
    for _ in range(5):  # the server locks the user out after three
        assert main(["--store", "neo4j", "export"]) == 3
        err = capsys.readouterr().err
        assert len(err.strip().splitlines()) == 1
        assert "refuses these credentials" in err
        assert _WRONG_PASSWORD not in err


def test_status_tells_refused_credentials_from_down(
    probe_user: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("NEO4J_USERNAME", probe_user)
    monkeypatch.setenv("NEO4J_PASSWORD", _WRONG_PASSWORD)
    assert main(["--data", str(tmp_path), "neo4j", "status"]) == 3
    assert "refuses these credentials" in capsys.readouterr().err
    monkeypatch.setenv("NEO4J_URI", "bolt://127.0.0.1:7699")
    assert main(["--data", str(tmp_path), "neo4j", "status"]) == 0
    assert "neo4j is down" in capsys.readouterr().out
