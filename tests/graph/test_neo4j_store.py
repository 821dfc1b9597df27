"""The Neo4j store on the real local server: same graph as the embedded store, safe writes."""

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from factories import (
    EXAMPLES,
    OTHER_TEXT,
    REFERENCE_ARTICLE,
    build_large_graph,
    build_tiny_graph,
    graph_lines,
)

from argkg.config import Settings
from argkg.errors import ArgkgError, InputError, StoreError, StoreUnavailable
from argkg.graph import EmbeddedStore
from argkg.graph.cypher import run_cypher
from argkg.graph.neo4j_store import Neo4jStore
from argkg.schema import Claim, DocumentGraph, dumps_records, graph_records


@pytest.fixture
def store(neo4j_server: Settings) -> Iterator[Neo4jStore]:
    """A Neo4j store on an emptied database."""
    store = Neo4jStore(neo4j_server)
    store.run_write("MATCH (n) DETACH DELETE n")
    yield store
    store.close()


def _counts(store: Neo4jStore) -> tuple[int, int]:
    """Nodes and relationships of the stored documents (argkg's write-lock node aside)."""
    query = (
        "MATCH (n) WHERE NOT n:ArgkgLock WITH count(n) AS n OPTIONAL MATCH ()-[r]->() RETURN n, count(r) AS r"
    )
    row = store.run_read(query)[0]
    return row["n"], row["r"]


def test_neo4j_and_embedded_exports_are_identical(store: Neo4jStore, tmp_path: Path) -> None:
    graphs = [build_tiny_graph(source="a.txt"), build_tiny_graph(OTHER_TEXT, source="b.txt")]
    store.write(graphs)
    embedded = EmbeddedStore(tmp_path)
    embedded.write(graphs)
    assert dumps_records(store.records()) == dumps_records(embedded.records())


def test_reingest_changes_no_count(store: Neo4jStore, tiny_graph: DocumentGraph) -> None:
    store.write([tiny_graph])
    before = _counts(store)
    store.write([tiny_graph])
    assert _counts(store) == before
    assert before == (len(tiny_graph.nodes) + 1, len(tiny_graph.relationships))


def test_edited_text_replaces_its_document_only(store: Neo4jStore) -> None:
    store.write([build_tiny_graph(source="a.txt"), build_tiny_graph(OTHER_TEXT, source="b.txt")])
    edited = build_tiny_graph(OTHER_TEXT.replace("10%", "12%"), source="b.txt")
    store.write([edited])
    docs = {g.document.source: g for g in store.documents()}
    assert set(docs) == {"a.txt", "b.txt"}
    assert dumps_records(graph_records(docs["b.txt"])) == dumps_records(graph_records(edited))
    assert dumps_records(graph_records(docs["a.txt"])) == dumps_records(
        graph_records(build_tiny_graph(source="a.txt"))
    )


def test_a_batch_is_written_as_one_document_after_the_other(store: Neo4jStore, tmp_path: Path) -> None:
    store.write([build_tiny_graph(source="old.txt")])
    edited = build_tiny_graph(OTHER_TEXT.replace("10%", "12%"), source="b.txt")
    batch = [
        build_tiny_graph(OTHER_TEXT, source="b.txt"),
        build_tiny_graph(source="a.txt"),  # the text of old.txt: it moves to a.txt
        edited,  # replaces the first b.txt of the same batch
    ]
    assert store.write(batch) == {"a.txt": "old.txt"}
    embedded = EmbeddedStore(tmp_path)
    embedded.write([build_tiny_graph(source="a.txt"), edited])
    assert dumps_records(store.records()) == dumps_records(embedded.records())
    assert _counts(store) == (
        sum(len(g.nodes) + 1 for g in embedded.documents()),
        sum(len(g.relationships) for g in embedded.documents()),
    )


def test_cypher_looking_text_is_stored_verbatim(store: Neo4jStore) -> None:
    text = "Debate: Will `x` win?\nPro: '}) DETACH DELETE n // $param wins 10% now.\nIf so, ok.\nConclusion: prices will fall."
    victim = build_tiny_graph(source="victim.txt")
    store.write([victim])
    hostile = build_tiny_graph(text, source="hostile.txt")
    store.write([hostile])
    stored = {g.document.source: g for g in store.documents()}
    assert set(stored) == {"victim.txt", "hostile.txt"}
    assert stored["hostile.txt"].document.text == text
    assert stored["hostile.txt"].of_type(Claim)[0].text.startswith("'}) DETACH DELETE n // $param")


def test_fulltext_index_finds_claims(store: Neo4jStore, tiny_graph: DocumentGraph) -> None:
    store.write([tiny_graph])
    rows = store.run_read(
        "CALL db.index.fulltext.queryNodes('argkg_claim_text', $q) YIELD node RETURN node.id AS id",
        {"q": "prices"},
    )
    assert [row["id"] for row in rows] == [tiny_graph.of_type(Claim)[0].id]


def test_read_only_cypher_refuses_a_write(neo4j_server: Settings, store: Neo4jStore) -> None:
    with pytest.raises(StoreError, match=r"--write"):
        run_cypher("CREATE (n:Probe) RETURN n", settings=neo4j_server, params={})
    assert _counts(store) == (0, 0)
    rows = run_cypher(
        "CREATE (n:Probe {v: $v}) RETURN n.v AS v", settings=neo4j_server, params={"v": 3}, write=True
    )
    assert rows == [{"v": 3}]


def test_invalid_cypher_is_an_input_error(neo4j_server: Settings) -> None:
    with pytest.raises(InputError, match="Neo4j refused the query"):
        run_cypher("MATCH (n RETURN n", settings=neo4j_server, params={})


def test_stopped_server_is_unavailable_with_the_uri() -> None:
    settings = Settings(store="neo4j", neo4j_uri="bolt://127.0.0.1:7699")
    with pytest.raises(StoreUnavailable, match=r"bolt://127\.0\.0\.1:7699"):
        Neo4jStore(settings)


def test_ingested_texts_give_identical_exports_in_both_stores(store: Neo4jStore, tmp_path: Path) -> None:
    from argkg.ingest import ingest_paths
    from argkg.queries import analyse

    graphs = [analyse(g) for g in ingest_paths([REFERENCE_ARTICLE, *EXAMPLES])]
    store.write(graphs)
    embedded = EmbeddedStore(tmp_path)
    embedded.write(graphs)
    exported = dumps_records(store.records())
    assert exported == dumps_records(embedded.records())
    assert exported.count('"labels":["Claim"]') > 50
    assert graph_lines(store.load()) == graph_lines(embedded.load())
    store.write(graphs)
    assert dumps_records(store.records()) == exported


def test_a_batch_that_fails_midway_writes_nothing(store: Neo4jStore, monkeypatch: pytest.MonkeyPatch) -> None:
    import argkg.graph.neo4j_store as module

    store.write([build_tiny_graph(source="old.txt")])
    before = dumps_records(store.records())
    real_unwind = module._unwind
    queries: list[str] = []

    def fail_on_the_second_query(tx: Any, query: str, rows: Any) -> None:
        queries.append(query)
        if len(queries) == 2:
            tx.run("RETURN 1 / 0 AS x").consume()  # the server fails mid-transaction
        real_unwind(tx, query, rows)

    monkeypatch.setattr(module, "_unwind", fail_on_the_second_query)
    graphs = [build_tiny_graph(OTHER_TEXT, source="a.txt"), build_tiny_graph(source="b.txt")]
    with pytest.raises(ArgkgError):
        store.write(graphs)
    assert dumps_records(store.records()) == before


def test_a_read_that_overlaps_a_write_starts_again(
    neo4j_server: Settings, store: Neo4jStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    import argkg.graph.neo4j_store as module

    store.write([build_tiny_graph(source="a.txt")])
    real_read_records = module._read_records
    writes: list[str] = []

    def read_while_another_command_writes(tx: Any, doc_id: str | None) -> list[Any]:
        records = real_read_records(tx, doc_id)
        if not writes:
            other = Neo4jStore(neo4j_server)
            other.write([build_tiny_graph(OTHER_TEXT, source="b.txt")])
            other.close()
            writes.append("b.txt")
        return records

    monkeypatch.setattr(module, "_read_records", read_while_another_command_writes)
    assert sorted(g.document.source for g in store.documents()) == ["a.txt", "b.txt"]


def test_a_one_megabyte_document_goes_in_whole(store: Neo4jStore) -> None:
    large = build_large_graph(1_000_000, source="large.txt")
    assert len(large.document.text) > 950_000
    store.write([large])
    [stored] = [g for g in store.documents() if g.document.source == "large.txt"]
    assert dumps_records(graph_records(stored)) == dumps_records(graph_records(large))


def test_duplicate_documents_left_by_an_older_argkg_are_repaired(
    neo4j_server: Settings, store: Neo4jStore
) -> None:
    store.run_write("DROP CONSTRAINT argkg_document_source IF EXISTS")
    for doc_id, title in (("doc-v1", "V1 title"), ("doc-v2", "V2 title")):
        store.run_write(
            "CREATE (:Document {id: $id, doc_id: $id, source: 'race.txt', title: $title})",
            {"id": doc_id, "title": title},
        )
    fresh = Neo4jStore(neo4j_server)
    edited = build_tiny_graph(source="race.txt")
    fresh.write([edited])
    sources = [g.document.source for g in fresh.documents()]
    assert sources.count("race.txt") == 1
    rows = fresh.run_read("SHOW CONSTRAINTS YIELD name WHERE name = 'argkg_document_source' RETURN name")
    assert rows == [{"name": "argkg_document_source"}]
    fresh.close()


def test_a_read_that_writes_keep_overtaking_waits_for_the_lock(
    store: Neo4jStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    import argkg.graph.neo4j_store as module

    store.write([build_tiny_graph(source="a.txt")])
    versions = iter(range(1_000_000))
    monkeypatch.setattr(module, "_lock_version", lambda tx: next(versions))  # a write between every two reads
    assert [g.document.source for g in store.documents() if g.document.source == "a.txt"] == ["a.txt"]
    with pytest.raises(StoreError, match="changed during each of"):
        store.run_read("MATCH (d:Document) RETURN d.source AS source")


def test_keep_going_lists_the_documents_the_store_refuses(
    neo4j_server: Settings, store: Neo4jStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import argkg.graph.neo4j_store as module
    from argkg import workflows

    paths = [tmp_path / name for name in ("a.txt", "b.txt", "c.txt")]
    for path, text in zip(paths, [*EXAMPLES, REFERENCE_ARTICLE], strict=True):
        path.write_text(text.read_text(encoding="utf-8"), encoding="utf-8")
    real_write_round = module._write_round

    def refuse_b(tx: Any, batch: Any) -> dict[str, str]:
        if any(document["source"].endswith("b.txt") for document in batch.documents):
            tx.run("RETURN 1 / 0 AS x").consume()
        return real_write_round(tx, batch)

    monkeypatch.setattr(module, "_write_round", refuse_b)
    with pytest.raises(ArgkgError):
        workflows.ingest(paths, settings=neo4j_server)
    result = workflows.ingest(paths, settings=neo4j_server, keep_going=True)
    mine = {str(p.resolve()) for p in paths}
    assert [s.source for s in result.skipped] == [str(paths[1].resolve())]
    stored = sorted(g.document.source for g in store.documents() if g.document.source in mine)
    assert stored == sorted(str(paths[i].resolve()) for i in (0, 2))
    assert sorted(g.document.source for g in result.documents) == stored
