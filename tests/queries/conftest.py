"""Hand-built graphs for the analyses, and a real Neo4j to run their Cypher twins on."""

from collections.abc import Callable, Iterator, Mapping
from typing import Any, Self

import networkx as nx
import pytest
from hypothesis import strategies as st
from neo4j import Driver, GraphDatabase, RoutingControl

from argkg.config import Settings
from argkg.graph.networkx_graph import graphs_to_networkx
from argkg.queries import (
    assumption_sources,
    balance,
    contested,
    critical,
    cruxes,
    depends,
    evidence,
    issues,
    restated,
)
from argkg.queries.cypher import Runner
from argkg.schema import (
    Assumption,
    Claim,
    Conclusion,
    Document,
    DocumentGraph,
    Evidence,
    Node,
    NodeLabel,
    Relationship,
    RelType,
    Section,
    graph_records,
    text_sha256,
)

DOC_ID = "doc"


class GraphBuilder:
    """Builds a valid one-document graph from short ids; each spanned node quotes its own ``[id]``."""

    def __init__(self) -> None:
        self._specs: list[tuple[type[Node], str, dict[str, Any]]] = []
        self._rels: dict[str, Relationship] = {}

    def assumption(self, *ids: str, text: str | None = None, origin: str = "debate") -> Self:
        for node_id in ids:
            self._specs.append(
                (Assumption, node_id, {"text": text or f"assumption {node_id}", "origin": origin})
            )
        return self

    def claim(self, *ids: str, stance: str = "pro", role: str = "main") -> Self:
        for node_id in ids:
            self._specs.append((Claim, node_id, {"stance": stance, "role": role}))
        return self

    def conclusion(self, *ids: str, credence: float | None = None) -> Self:
        for node_id in ids:
            self._specs.append((Conclusion, node_id, {"credence": credence}))
        return self

    def section(self, node_id: str, *, ordinal: int = 1, kind: str = "debate", title: str = "") -> Self:
        self._specs.append((Section, node_id, {"ordinal": ordinal, "kind": kind, "title": title or node_id}))
        return self

    def evidence(self, node_id: str, value: float, *, unit: str = "percent", kind: str = "ratio") -> Self:
        self._specs.append((Evidence, node_id, {"value": value, "unit": unit, "kind": kind}))
        return self

    def rel(self, rel_type: str, start: str, *ends: str, **props: Any) -> Self:
        for end in ends:
            rel = Relationship(type=rel_type, start=start, end=end, **props)
            self._rels[rel.id] = rel
        return self

    def depends(
        self, start: str, *ends: str, group: int = 0, basis: str = "structural", polarity: str | None = None
    ) -> Self:
        return self.rel("DEPENDS_ON", start, *ends, group=group, basis=basis, polarity=polarity)

    def supports(self, start: str, *ends: str) -> Self:
        return self.rel("SUPPORTS", start, *ends)

    def attacks(self, start: str, *ends: str) -> Self:
        return self.rel("ATTACKS", start, *ends)

    def build(self) -> DocumentGraph:
        quotes = [f"[{node_id}]" for cls, node_id, _ in self._specs if cls is not Assumption]
        text = " ".join(quotes) or "-"
        document = Document(
            id=DOC_ID,
            doc_id=DOC_ID,
            title="t",
            lang="en",
            source="t.txt",
            text=text,
            sha256=text_sha256(text),
        )
        nodes = []
        for cls, node_id, fields in self._specs:
            if cls is not Assumption:
                start = text.index(f"[{node_id}]")
                fields = {**fields, "start": start, "end": start + len(node_id) + 2}
                quoted = {Claim: "text", Conclusion: "text", Evidence: "surface"}.get(cls)
                if quoted:
                    fields[quoted] = f"[{node_id}]"
            nodes.append(cls(id=node_id, doc_id=DOC_ID, **fields))
        return DocumentGraph(document=document, nodes=tuple(nodes), relationships=tuple(self._rels.values()))

    def nx(self) -> nx.MultiDiGraph:
        return graphs_to_networkx([self.build()])


@pytest.fixture(scope="session")
def builder() -> Callable[[], GraphBuilder]:
    """A fresh `GraphBuilder` per call (session-scoped, so hypothesis tests may use it)."""
    return GraphBuilder


@st.composite
def _random_graphs(draw: st.DrawFn) -> DocumentGraph:
    """Small graphs: up to 5 assumptions, 5 claims, 4 conclusions, 2 sections and 2 numbers.

    DEPENDS_ON edges (groups 0-2, polarity none, affirm or deny), SUPPORTS and ATTACKS are drawn
    freely, so cycles, self-loops, parallel edges, both answers to one question, claims on both
    sides and unused assumptions all occur.
    """
    assumptions = [f"A{i}" for i in range(draw(st.integers(1, 5)))]
    claims = [f"K{i}" for i in range(draw(st.integers(0, 5)))]
    conclusions = [f"C{i}" for i in range(draw(st.integers(1, 4)))]
    everything = assumptions + claims + conclusions
    b = GraphBuilder().assumption(*assumptions).conclusion(*conclusions)
    for claim in claims:
        b.claim(claim, stance=draw(st.sampled_from(["pro", "con", "neutral"])))
    dependency = st.tuples(
        st.sampled_from(claims + conclusions),
        st.sampled_from(everything),
        st.integers(0, 2),
        st.sampled_from([None, "affirm", "deny"]),
    )
    for start, end, group, polarity in draw(st.lists(dependency, max_size=16)):
        b.depends(start, end, group=group, polarity=polarity)
    if not claims:
        return b.build()
    argue = st.lists(st.tuples(st.sampled_from(claims), st.sampled_from(everything)), max_size=8)
    for rel_type in ("SUPPORTS", "ATTACKS"):
        for start, end in draw(argue):
            b.rel(rel_type, start, end)
    for ordinal in range(draw(st.integers(0, 2))):
        b.section(f"S{ordinal}", ordinal=ordinal, kind=draw(st.sampled_from(["debate", "intro"])))
        b.rel("CONTAINS", f"S{ordinal}", *draw(st.sets(st.sampled_from(claims))))
    for number in range(draw(st.integers(0, 2))):
        b.evidence(f"E{number}", draw(st.floats(-1e12, 1e12)))
        b.rel("CITES", draw(st.sampled_from(claims)), f"E{number}")
    return b.build()


@pytest.fixture(scope="session")
def random_graphs() -> st.SearchStrategy[DocumentGraph]:
    """A hypothesis strategy of random valid graphs (draw it with ``st.data()``)."""
    return _random_graphs()


@pytest.fixture(scope="session")
def twins() -> dict[str, Callable[[nx.MultiDiGraph], list[Any]]]:
    """The networkx analysis behind each Cypher analysis, by name."""
    return {
        "contested": contested,
        "depends": depends,
        "critical": critical,
        "cruxes": cruxes,
        "evidence": evidence,
        "balance": balance,
        "issues": issues,
        "assumption_sources": assumption_sources,
        "restated": restated,
    }


@pytest.fixture(scope="session")
def neo4j_driver(neo4j_server: Settings) -> Iterator[Driver]:
    driver = GraphDatabase.driver(
        neo4j_server.neo4j_uri, auth=(neo4j_server.neo4j_username, neo4j_server.neo4j_password)
    )
    yield driver
    driver.close()


@pytest.fixture(scope="session")
def in_neo4j(neo4j_driver: Driver, neo4j_server: Settings) -> Callable[[DocumentGraph], Runner]:
    """Replace the whole test database with one graph; return a read runner over it."""
    database = neo4j_server.neo4j_database

    def load(graph: DocumentGraph) -> Runner:
        with neo4j_driver.session(database=database) as session:
            session.execute_write(_replace_all, list(graph_records(graph)))

        def run(query: str, parameters: Mapping[str, object]) -> list[dict[str, object]]:
            records, _, _ = neo4j_driver.execute_query(
                query, dict(parameters), database_=database, routing_=RoutingControl.READ
            )
            return [record.data() for record in records]

        return run

    return load


def _replace_all(tx: Any, records: list[dict[str, Any]]) -> None:
    """Delete everything, then create the nodes per label and the relationships per type."""
    tx.run("MATCH (n) DETACH DELETE n").consume()
    nodes = [record for record in records if record["type"] == "node"]
    for label in NodeLabel:
        rows = [record["properties"] for record in nodes if record["labels"] == [label.value]]
        tx.run(f"UNWIND $rows AS r CREATE (n:{label.value}) SET n = r", rows=rows).consume()
    rels = [record for record in records if record["type"] == "relationship"]
    for rel_type in RelType:
        rows = [
            {"start": record["start"]["id"], "end": record["end"]["id"], "properties": record["properties"]}
            for record in rels
            if record["label"] == rel_type.value
        ]
        query = (
            "UNWIND $rows AS r MATCH (s {id: r.start}) MATCH (e {id: r.end}) "
            f"CREATE (s)-[x:{rel_type.value}]->(e) SET x = r.properties"
        )
        tx.run(query, rows=rows).consume()
