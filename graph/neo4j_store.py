"""The Neo4j store: one document, one managed write transaction.

Writing a document runs inside one `session.execute_write`: first the stored document with the
same source or id is detached and deleted, label by label, with the shared nodes (entities,
issues) no other document links to any more, then the nodes are merged with one
``UNWIND $rows`` batch per label and the relationships with one batch per (type, start label,
end label). The transaction function only calls ``tx.run``, so the driver may retry it. Labels
and types come from the schema's enums; every value (the text included) is a parameter, so a
text that looks like Cypher is stored as text. Uniqueness constraints on ``id`` per label, an
index on ``doc_id`` per label and a full-text index on claim text are created by the first write
of each store object (reads need no schema rights).
"""

from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

import networkx as nx
from neo4j import Driver, GraphDatabase, ManagedTransaction
from neo4j.exceptions import (
    AuthError,
    ClientError,
    DriverError,
    Neo4jError,
    ServiceUnavailable,
    SessionExpired,
)

from argkg.config import Settings
from argkg.errors import InputError, StoreError, StoreUnavailable
from argkg.graph.networkx_graph import graphs_to_networkx
from argkg.schema import (
    SHARED_LABELS,
    DocumentGraph,
    NodeLabel,
    Record,
    RelType,
    graph_records,
    graphs_from_records,
    merged_records,
)

__all__ = ["Neo4jStore", "Row"]

Row = dict[str, Any]
_CONNECT_TIMEOUT_SECONDS = 3.0
_FULLTEXT_INDEX = "argkg_claim_text"


class Neo4jStore:
    """A `GraphStore` on a Neo4j server reached with the official driver.

    Args:
        settings: the ``NEO4J_*`` connection settings.

    Raises:
        StoreUnavailable: the server does not answer or refuses the credentials (names the URI).
    """

    def __init__(self, settings: Settings) -> None:
        self.uri = settings.neo4j_uri
        self.database = settings.neo4j_database
        self._driver: Driver = GraphDatabase.driver(
            settings.neo4j_uri,
            auth=(settings.neo4j_username, settings.neo4j_password),
            connection_timeout=_CONNECT_TIMEOUT_SECONDS,
            connection_acquisition_timeout=2 * _CONNECT_TIMEOUT_SECONDS,
            max_transaction_retry_time=5.0,
            notifications_min_severity="OFF",
        )
        self._schema_ready = False
        with self._translate_errors():
            self._driver.verify_connectivity()

    def write(self, graphs: Sequence[DocumentGraph]) -> None:
        """Store each graph in its own transaction, replacing the document with the same source or id."""
        with self._translate_errors(), self._driver.session(database=self.database) as session:
            if not self._schema_ready:
                self._ensure_schema()
                self._schema_ready = True
            for graph in graphs:
                session.execute_write(_write_document, _document_batches(graph))

    def remove(self, sources: Sequence[str]) -> list[str]:
        """Remove the documents with these sources or ids in one transaction, and orphaned shared nodes."""
        with self._translate_errors(), self._driver.session(database=self.database) as session:
            removed: list[str] = session.execute_write(_remove_documents, list(sources))
        return sorted(removed)

    def documents(self) -> list[DocumentGraph]:
        """Return every stored document graph, sorted by document id, validated on the way in.

        The two read queries return rows already shaped as export records.
        """
        return graphs_from_records(self.run_read(_READ_NODES) + self.run_read(_READ_RELATIONSHIPS))

    def records(self) -> list[Record]:
        """Return the export records of every stored document (validated)."""
        return list(merged_records(self.documents()))

    def load(self) -> nx.MultiDiGraph:
        """Return everything stored as the analysis graph."""
        return graphs_to_networkx(self.documents())

    def run_read(self, query: str, params: Mapping[str, object] | None = None) -> list[Row]:
        """Run ``query`` in a managed read transaction; a query that writes is refused.

        Raises:
            InputError: the query is invalid.
            StoreError: the query tries to write.
        """
        return self._run(query, params or {}, write=False)

    def run_write(self, query: str, params: Mapping[str, object] | None = None) -> list[Row]:
        """Run ``query`` in a managed write transaction."""
        return self._run(query, params or {}, write=True)

    def close(self) -> None:
        """Close the driver and its connections."""
        self._driver.close()

    def _run(self, query: str, params: Mapping[str, object], *, write: bool) -> list[Row]:
        def work(tx: ManagedTransaction) -> list[Row]:
            return [record.data() for record in tx.run(query, dict(params))]

        with self._translate_errors(), self._driver.session(database=self.database) as session:
            runner: Callable[..., list[Row]] = session.execute_write if write else session.execute_read
            return runner(work)

    def _ensure_schema(self) -> None:
        with self._driver.session(database=self.database) as session:
            for label in NodeLabel:
                session.run(_constraint_query(label)).consume()
                session.run(_doc_index_query(label)).consume()
            session.run(
                f"CREATE FULLTEXT INDEX {_FULLTEXT_INDEX} IF NOT EXISTS FOR (n:Claim) ON EACH [n.text]"
            ).consume()

    @contextmanager
    def _translate_errors(self) -> Iterator[None]:
        try:
            yield
        except (ServiceUnavailable, SessionExpired) as exc:
            raise StoreUnavailable(self.uri, _one_line(exc) or "no answer") from exc
        except AuthError as exc:
            raise StoreUnavailable(
                self.uri, "the server refused the credentials (check NEO4J_PASSWORD)"
            ) from exc
        except ClientError as exc:
            message = _one_line(exc)
            if "read access mode" in message or "read only" in message.lower():
                raise StoreError(f"the query writes; pass --write to allow it ({message})") from exc
            raise InputError(f"Neo4j refused the query: {message}") from exc
        except (Neo4jError, DriverError) as exc:
            raise StoreError(f"Neo4j at {self.uri} failed: {_one_line(exc)}") from exc


def _constraint_query(label: NodeLabel) -> str:
    name = f"argkg_{label.value.lower()}_id"
    return f"CREATE CONSTRAINT {name} IF NOT EXISTS FOR (n:{label.value}) REQUIRE n.id IS UNIQUE"


def _doc_index_query(label: NodeLabel) -> str:
    name = f"argkg_{label.value.lower()}_doc"
    return f"CREATE INDEX {name} IF NOT EXISTS FOR (n:{label.value}) ON (n.doc_id)"


class _Batches:
    """One document's rows, grouped so that each group is one ``UNWIND`` query."""

    def __init__(self, source: str, doc_id: str) -> None:
        self.source = source
        self.doc_id = doc_id
        self.nodes: dict[str, list[Row]] = defaultdict(list)
        self.relationships: dict[tuple[str, str, str], list[Row]] = defaultdict(list)


def _document_batches(graph: DocumentGraph) -> _Batches:
    batches = _Batches(graph.document.source, graph.document.id)
    for record in graph_records(graph):
        if record["type"] == "node":
            batches.nodes[record["labels"][0]].append(record["properties"])
        else:
            key = (record["label"], record["start"]["labels"][0], record["end"]["labels"][0])
            batches.relationships[key].append(
                {
                    "start": record["start"]["id"],
                    "end": record["end"]["id"],
                    "properties": record["properties"],
                }
            )
    return batches


def _remove_documents(tx: ManagedTransaction, sources: list[str]) -> list[str]:
    found = tx.run(
        "MATCH (d:Document) WHERE d.source IN $keys OR d.id IN $keys "
        "RETURN collect(d.id) AS ids, collect(d.source) AS sources",
        keys=sources,
    ).single(strict=True)
    _delete_documents(tx, found["ids"])
    return list(found["sources"])


def _delete_documents(tx: ManagedTransaction, ids: list[str]) -> None:
    """Delete the documents' own nodes, then every shared node no relationship reaches any more."""
    for label in NodeLabel:
        tx.run(f"MATCH (n:{label.value}) WHERE n.doc_id IN $ids DETACH DELETE n", ids=ids).consume()
    for label in sorted(SHARED_LABELS):
        tx.run(f"MATCH (n:{label.value}) WHERE NOT (n)--() DELETE n").consume()


def _write_document(tx: ManagedTransaction, batches: _Batches) -> None:
    old = tx.run(
        "MATCH (d:Document) WHERE d.source = $source OR d.id = $doc_id RETURN collect(d.id) AS ids",
        source=batches.source,
        doc_id=batches.doc_id,
    ).single(strict=True)["ids"]
    _delete_documents(tx, old)
    for label_name, rows in sorted(batches.nodes.items()):
        label = NodeLabel(label_name)
        if label in SHARED_LABELS:
            # a shared node's copies differ at most in an entity name's spelling: keep the least
            tx.run(
                f"UNWIND $rows AS row MERGE (n:{label.value} {{id: row.id}}) ON CREATE SET n = row "
                "ON MATCH SET n.name = CASE WHEN row.name < n.name THEN row.name ELSE n.name END",
                rows=rows,
            ).consume()
            continue
        tx.run(f"UNWIND $rows AS row MERGE (n:{label.value} {{id: row.id}}) SET n = row", rows=rows).consume()
    for (type_name, start_name, end_name), rows in sorted(batches.relationships.items()):
        start, end, rel_type = NodeLabel(start_name), NodeLabel(end_name), RelType(type_name)
        tx.run(
            f"UNWIND $rows AS row MATCH (a:{start.value} {{id: row.start}}) "
            f"MATCH (b:{end.value} {{id: row.end}}) "
            f"MERGE (a)-[r:{rel_type.value} {{id: row.properties.id}}]->(b) SET r = row.properties",
            rows=rows,
        ).consume()


_READ_NODES = f"""
MATCH (n) WHERE n.doc_id IS NOT NULL OR {" OR ".join(f"n:{label.value}" for label in sorted(SHARED_LABELS))}
RETURN 'node' AS type, n.id AS id, labels(n) AS labels, properties(n) AS properties
"""

_READ_RELATIONSHIPS = """
MATCH (a)-[r]->(b) WHERE r.id IS NOT NULL
RETURN 'relationship' AS type, r.id AS id, type(r) AS label,
       {id: a.id, labels: labels(a)} AS start, {id: b.id, labels: labels(b)} AS end,
       properties(r) AS properties
"""


def _one_line(exc: BaseException) -> str:
    message = getattr(exc, "message", None) or str(exc)
    return message.strip().splitlines()[0] if message.strip() else type(exc).__name__
