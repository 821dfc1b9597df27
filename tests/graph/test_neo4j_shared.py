"""Shared entities and issues on the real Neo4j server: the same graph as the embedded store
after writes, re-writes and removals; a shared node stays while a document uses it."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from argkg.config import Settings
from argkg.graph import EmbeddedStore, GraphStore, graphs_to_networkx
from argkg.graph.neo4j_store import Neo4jStore
from argkg.ingest import ingest_text
from argkg.ingest.linking import link_issues
from argkg.queries import issues, run_cypher_analysis
from argkg.schema import DocumentGraph, Issue, dumps_records

TEXTS = {
    "pro.txt": "Cities should ban cars from their centres. Google says the air gets cleaner.\n",
    "con.txt": "Cars should not be banned from city centres. Shops lose customers, Google says.\n",
    "zh.txt": "城市应该禁止汽车进入市中心。谷歌说空气会更干净。\n",
}


@pytest.fixture
def neo4j(neo4j_server: Settings) -> Iterator[Neo4jStore]:
    """A Neo4j store on an emptied database."""
    store = Neo4jStore(neo4j_server)
    store.run_write("MATCH (n) DETACH DELETE n")
    yield store
    store.close()


def _linked() -> list[DocumentGraph]:
    known: list[Issue] = []
    graphs = []
    for source, text in TEXTS.items():
        graph = link_issues(ingest_text(text, source=source), known)
        known.extend(i for i in graph.of_type(Issue) if i not in known)
        graphs.append(graph)
    return graphs


def _same(a: GraphStore, b: GraphStore) -> str:
    exported = dumps_records(a.records())
    assert exported == dumps_records(b.records())
    return exported


def test_shared_nodes_agree_across_stores_through_updates(neo4j: Neo4jStore, tmp_path: Path) -> None:
    embedded = EmbeddedStore(tmp_path)
    graphs = _linked()
    for store in (neo4j, embedded):
        store.write(graphs)
    full = _same(neo4j, embedded)
    shared = neo4j.run_read(
        "MATCH (n) WHERE n.doc_id IS NULL AND NOT n:ArgkgLock RETURN labels(n)[0] AS label, count(n) AS n"
    )
    assert {row["label"]: row["n"] for row in shared} == {"Entity": 1, "Issue": 2}
    for store in (neo4j, embedded):
        store.write(graphs[:1])
    assert _same(neo4j, embedded) == full
    for store in (neo4j, embedded):
        assert store.remove(["pro.txt"]) == ["pro.txt"]
    _same(neo4j, embedded)
    used = neo4j.run_read("MATCH (n:Entity) RETURN count(n) AS n")[0]["n"]
    assert used == 1
    for store in (neo4j, embedded):
        assert store.remove(["con.txt", "zh.txt"]) == ["con.txt", "zh.txt"]
    assert _same(neo4j, embedded) == ""
    assert neo4j.run_read("MATCH (n) WHERE NOT n:ArgkgLock RETURN count(n) AS n")[0]["n"] == 0


def test_issues_cypher_twin_gives_the_networkx_answer(neo4j: Neo4jStore) -> None:
    graphs = _linked()
    neo4j.write(graphs)
    expected = issues(graphs_to_networkx(graphs))
    assert len(expected) == 2 and any(len(i.sources) == 2 for i in expected)
    assert run_cypher_analysis("issues", neo4j.run_read) == expected


def test_a_prepared_write_links_against_what_both_stores_hold(neo4j: Neo4jStore, tmp_path: Path) -> None:
    from argkg.ingest.linking import link_all

    embedded = EmbeddedStore(tmp_path)
    first, *rest = [ingest_text(text, source=source) for source, text in TEXTS.items()]
    for store in (neo4j, embedded):
        store.write(link_all([first], []))
        seen: list[list[str]] = []

        def prepare(stored: list[DocumentGraph], seen: list[list[str]] = seen) -> list[DocumentGraph]:
            seen.append([g.document.source for g in stored])
            return link_all(rest, stored)

        written, moved = store.write_prepared(prepare)
        assert seen[-1] == ["pro.txt"] and moved == {} and len(written) == 2
    _same(neo4j, embedded)
