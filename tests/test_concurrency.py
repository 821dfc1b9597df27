"""The concurrency matrix: ingest × analyse × export × report × query at random moments, both stores.

Each round starts from a store holding version 1 of ``a.txt`` and ``b.txt``, rewrites ``a.txt``
to version 2, and forks one process per command, each after a random delay. Every export must
show each document exactly as one whole version (its records equal to those of the analysed
version 1 or version 2); every command must succeed; at the end ``a.txt`` is version 2 (no
analyse undid it), ``b.txt`` is untouched, ``c.txt`` is stored, and no source is stored twice.
"""

import json
import multiprocessing
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from factories import EXAMPLES, own_lines

from argkg import workflows
from argkg.config import Settings
from argkg.graph.neo4j_store import Neo4jStore
from argkg.ingest import ingest_paths
from argkg.queries import analyse
from argkg.schema import graphs_from_records

ROUNDS = 3
#: Upper bound of each command's random start delay.
MAX_DELAY_SECONDS = 0.6
COMMANDS = ("ingest", "analyse", "analyse", "export", "export", "report", "query")


@pytest.fixture(params=["embedded", "neo4j"])
def store_kind(request: pytest.FixtureRequest) -> str:
    """Which store the round runs on."""
    kind: str = request.param
    if kind == "neo4j":
        request.getfixturevalue("neo4j_server")
    return kind


def _settings(kind: str, folder: Path) -> Settings:
    if kind == "embedded":
        return Settings(store="embedded", data_dir=folder / "store")
    return Settings.from_env(store="neo4j")


def _empty(settings: Settings) -> None:
    if settings.store == "neo4j":
        store = Neo4jStore(settings)
        store.run_write("MATCH (n) DETACH DELETE n")
        store.close()


def _command(name: str, settings: Settings, folder: Path, delay: float, results: Any) -> None:
    """One command in its own process; puts (name, error or None, export text or None)."""
    import time

    time.sleep(delay)
    try:
        exported = None
        if name == "ingest":
            workflows.ingest([folder / "a.txt", folder / "c.txt"], settings=settings)
        elif name == "analyse":
            workflows.analyse_store(settings=settings)
        elif name == "export":
            exported = workflows.export(settings=settings)
        elif name == "report":
            workflows.report(settings=settings, fmt="md", output=folder / f"report-{delay}.md")
        else:
            workflows.query("cruxes", settings=settings)
        results.put((name, None, exported))
    except BaseException as exc:  # reported to the parent, which fails the test
        results.put((name, f"{type(exc).__name__}: {exc}", None))


def _canonical(text: str) -> dict[str, set[str]]:
    """Per document source, the set of its record lines (raises on a torn export)."""
    records = [json.loads(line) for line in text.splitlines()]
    return {g.document.source: own_lines(g) for g in graphs_from_records(records)}


def _round(kind: str, folder: Path, rng: random.Random) -> Iterator[str]:
    """Run one round; yield every broken promise."""
    settings = _settings(kind, folder)
    _empty(settings)
    v1, v2 = EXAMPLES[0].read_text(encoding="utf-8"), EXAMPLES[1].read_text(encoding="utf-8")
    a, b, c = folder / "a.txt", folder / "b.txt", folder / "c.txt"
    a.write_text(v1, encoding="utf-8")
    b.write_text(v2, encoding="utf-8")
    c.write_text(v1.replace("Congestion charging", "Road pricing", 1), encoding="utf-8")
    workflows.ingest([a, b], settings=settings)
    a.write_text(v1.replace("Congestion charging", "Road tolls", 1), encoding="utf-8")
    versions: dict[str, list[set[str]]] = {}
    for path, texts in ((a, (v1, a.read_text(encoding="utf-8"))), (b, (v2,)), (c, (c.read_text("utf-8"),))):
        for text in texts:
            path.write_text(text, encoding="utf-8")
            graph = analyse(ingest_paths([path.resolve()])[0])
            versions.setdefault(str(path.resolve()), []).append(own_lines(graph))
    context = multiprocessing.get_context("fork")
    results = context.Queue()
    processes = [
        context.Process(
            target=_command, args=(name, settings, folder, rng.uniform(0, MAX_DELAY_SECONDS), results)
        )
        for name in COMMANDS
    ]
    for process in processes:
        process.start()
    outcomes = [results.get(timeout=120) for _ in processes]
    for process in processes:
        process.join(60)
    for name, error, exported in outcomes:
        if error is not None:
            yield f"{kind}: {name} failed: {error}"
        if exported is not None:
            for source, lines in _canonical(exported).items():
                if lines not in versions[source]:
                    yield f"{kind}: export shows {source} neither wholly old nor wholly new"
    with workflows.store_session(settings) as store:
        final = [g for g in store.documents() if g.document.source in versions]
    sources = [g.document.source for g in final]
    if sorted(sources) != sorted(versions):
        yield f"{kind}: stored sources {sources}, expected each of {sorted(versions)} once"
    for graph in final:
        lines = own_lines(graph)
        if lines != versions[graph.document.source][-1]:
            yield f"{kind}: {graph.document.source} is not its newest version"


def test_no_lost_duplicated_or_torn_document(store_kind: str, tmp_path: Path) -> None:
    rng = random.Random()
    broken: list[str] = []
    for number in range(ROUNDS):
        folder = tmp_path / f"round-{number}"
        folder.mkdir()
        broken.extend(_round(store_kind, folder, rng))
    assert broken == []
