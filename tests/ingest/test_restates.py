"""RESTATES edges (`argkg.ingest.restates`): found on ingest, stored as a function of the stored
claims in any order of ingests, replacements and removals, never dangling."""

import json
import tempfile
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path

import pytest
from factories import run_cli
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from argkg.config import Settings
from argkg.errors import InputError
from argkg.graph import EmbeddedStore, GraphStore
from argkg.graph.neo4j_store import Neo4jStore
from argkg.ingest import ingest_text
from argkg.ingest.restates import restate
from argkg.queries import Restatement, restated, run_cypher_analysis
from argkg.schema import Claim, DocumentGraph, RelType, dumps_records, graph_records, graphs_from_records
from argkg.workflows import analyse_store, ingest, query

TEXTS = (
    (
        "a.txt",
        "Cities should ban cars from their centres. Google says that pollution fell by 30% after the ban.\n",
    ),
    ("b.txt", "Cars should be banned from city centres. The weather was fine.\n"),
    ("c.txt", "城市应该禁止汽车。谷歌说禁令之后污染下降了30%。\n"),
    ("d.txt", "Sugary drinks should be taxed. Sales fell by 10%.\n"),
    ("e.txt", "Sugary drinks should be taxed heavily. Cars should be banned from city centres.\n"),
    # a second version of a.txt: replaces the first, with other claims
    ("a.txt", "Sugary drinks should be taxed. Google says that pollution fell by 30% after the ban.\n"),
)


@cache
def _graph(index: int) -> DocumentGraph:
    source, text = TEXTS[index]
    return ingest_text(text, source=source)


def _ingest(store: GraphStore, indices: Sequence[int]) -> None:
    batch = [_graph(i) for i in indices]
    store.write_prepared(lambda stored: restate(batch, stored))


def _edges(store: GraphStore) -> dict[str, dict[str, object]]:
    return {r.id: r.properties() | {"ends": (r.start, r.end)} for g in store.documents() for r in g.restates}


def test_restatements_in_one_language_and_across_two() -> None:
    graphs = restate([_graph(i) for i in range(4)], [])
    docs = {g.document.id: i for i, g in enumerate(graphs)}
    claims = {c.id: docs[c.doc_id] for g in graphs for c in g.of_type(Claim)}
    pairs = {tuple(sorted((claims[r.start], claims[r.end]))): r.basis for g in graphs for r in g.restates}
    assert pairs.get((0, 1)) == "wording"
    assert pairs.get((0, 2)) == "entities_numbers"
    assert all(3 not in pair for pair in pairs)
    for graph in graphs:
        assert all(
            r.type is RelType.RESTATES and 0 < (r.score or 0) <= 1 and r.start < r.end for r in graph.restates
        )


def _restated_sources(texts: dict[str, str]) -> set[frozenset[str]]:
    """The pairs of sources whose claims restate each other, the texts ingested as one batch."""
    graphs = restate([ingest_text(text, source=source) for source, text in texts.items()], [])
    source_of = {c.id: g.document.source for g in graphs for c in g.of_type(Claim)}
    return {frozenset((source_of[r.start], source_of[r.end])) for g in graphs for r in g.restates}


def test_a_claim_never_restates_its_negation_in_one_language() -> None:
    texts = {
        "yes.txt": "Cities should ban cars from their centres.\n",
        "no.txt": "Cities should not ban cars from their centres.\n",
        "same.txt": "Cars should be banned from city centres.\n",
        "还是.txt": "城市应该禁止汽车进入市中心。\n",
        "不.txt": "城市不应该禁止汽车进入市中心。\n",
    }
    pairs = _restated_sources(texts)
    assert frozenset(("yes.txt", "same.txt")) in pairs
    assert not any("no.txt" in pair or "不.txt" in pair for pair in pairs)


def test_across_languages_a_denial_is_no_restatement() -> None:
    texts = {
        "zh.txt": "英特尔裁员了15000人，这是一个错误的决定。\n",
        "en.txt": "Intel cut 15,000 jobs, and that was a mistake.\n",
        "not.txt": "Intel cut 15,000 jobs, and that was not a mistake.\n",
    }
    pairs = _restated_sources(texts)
    assert frozenset(("zh.txt", "en.txt")) in pairs
    assert frozenset(("zh.txt", "not.txt")) not in pairs


def test_stored_once_under_the_start_claim_and_dropped_with_either_claim(tmp_path: Path) -> None:
    store = EmbeddedStore(tmp_path)
    _ingest(store, [0])
    _ingest(store, [1, 2])
    stored = store.documents()
    held = [r for g in stored for r in g.restates]
    assert len(held) == len({r.id for r in held}) >= 2
    for graph in stored:
        own = {n.id for n in graph.nodes}
        assert all(r.start in own and r.end not in own for r in graph.restates)
    G = store.load()
    assert sum(1 for *_, t in G.edges(data="type") if t == "RESTATES") == len(held)
    store.remove(["a.txt"])
    assert _edges(store) == {}


def test_a_dangling_edge_is_a_damaged_store(tmp_path: Path) -> None:
    store = EmbeddedStore(tmp_path)
    _ingest(store, [0, 1])
    holder = next(g for g in store.documents() if g.restates)
    records = list(graph_records(holder))
    with pytest.raises(InputError, match="RESTATES"):
        graphs_from_records(records)
    assert graphs_from_records(records, partial=True)[0].restates == holder.restates


_STEPS = st.lists(
    st.one_of(
        st.tuples(
            st.just("ingest"),
            st.lists(st.integers(0, len(TEXTS) - 1), min_size=1, max_size=3, unique_by=lambda i: TEXTS[i][0]),
        ),
        st.tuples(st.just("remove"), st.sampled_from(sorted({s for s, _ in TEXTS}))),
    ),
    min_size=1,
    max_size=6,
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_STEPS)
def test_the_stored_edges_are_a_function_of_the_stored_claims(steps: list[tuple[str, object]]) -> None:
    with tempfile.TemporaryDirectory() as path, tempfile.TemporaryDirectory() as other:
        store = EmbeddedStore(Path(path))
        for action, argument in steps:
            if action == "ingest":
                _ingest(store, argument)  # type: ignore[arg-type]
            else:
                store.remove([str(argument)])
        final = store.documents()  # validates: no edge ends at a claim that is not stored
        fresh = EmbeddedStore(Path(other))
        index = {_graph(i).document.id: i for i in range(len(TEXTS))}
        _ingest(fresh, [index[g.document.id] for g in reversed(final)])
        assert _edges(store) == _edges(fresh)
        if final:  # re-ingesting a stored document changes nothing
            before = store.path.read_bytes()
            _ingest(store, [index[final[0].document.id]])
            assert store.path.read_bytes() == before


def test_neo4j_holds_the_same_edges_through_the_same_steps(neo4j_server: Settings, tmp_path: Path) -> None:
    neo4j = Neo4jStore(neo4j_server)
    neo4j.run_write("MATCH (n) DETACH DELETE n")
    embedded = EmbeddedStore(tmp_path)
    steps: list[Callable[[GraphStore], object]] = [
        lambda s: _ingest(s, [0, 1]),
        lambda s: _ingest(s, [2, 4]),
        lambda s: s.update(lambda g: g.model_copy(update={"restates": ()})),  # as `analyse` rewrites
        lambda s: _ingest(s, [5, 3]),  # a.txt replaced by another text
        lambda s: _ingest(s, [1]),  # re-ingested
        lambda s: s.remove(["c.txt"]),
    ]
    try:
        for step in steps:
            for store in (neo4j, embedded):
                step(store)
            assert _edges(neo4j) == _edges(embedded)
            assert dumps_records(neo4j.records()) == dumps_records(embedded.records())
        assert _edges(neo4j)
        G = neo4j.load()
        assert sorted(k for *_, k, t in G.edges(keys=True, data="type") if t == "RESTATES") == sorted(
            _edges(neo4j)
        )
        answer = restated(G)
        assert answer == run_cypher_analysis("restated", neo4j.run_read) == restated(embedded.load())
        assert max(r.sources for r in answer) >= 3
    finally:
        neo4j.close()


def test_ingest_stores_the_edges_that_analyse_keeps_and_query_reads(tmp_path: Path) -> None:
    for source, text in TEXTS[:3]:
        (tmp_path / source).write_text(text, encoding="utf-8")
    settings = Settings.from_env(store="embedded", data_dir=tmp_path / "data")
    ingest([tmp_path / "a.txt"], settings=settings)
    ingest([tmp_path / "b.txt", tmp_path / "c.txt"], settings=settings)
    found = query("restated", settings=settings)
    assert isinstance(found, list) and found
    analyse_store(settings=settings)
    assert query("restated", settings=settings) == found
    pairs = [r for r in found if isinstance(r, Restatement)]
    assert len(pairs) == len(found) >= 2 and all(r.sources >= 2 for r in pairs)
    result = run_cli("--data", str(tmp_path / "data"), "query", "restated", "--json")
    assert result.returncode == 0
    assert json.loads(result.stdout) == [r.model_dump(mode="json") for r in pairs]
