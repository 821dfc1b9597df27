"""The Neo4j store: one batch, one managed write transaction; one read, one checked snapshot.

Writing a batch runs inside one `session.execute_write`, so a failure or a kill at any point
leaves every document of the batch as it was. The transaction first takes argkg's write lock:
it increments ``version`` on the single ``ArgkgLock`` node, which holds that node's write lock
until the commit, so argkg's writers run one after another (as on the embedded store) and
`update` can read, change and write a document with no other write in between. Then the
documents go in rounds (a round: documents with distinct sources and ids, so writing them
together is writing them one by one): the stored documents with the same source or id are found
in one query, detached and deleted label by label with the shared nodes (entities, issues) no
other document links to any more; the documents' own nodes, new after that delete, are CREATEd
with ``UNWIND $rows`` queries per label across the documents of the round, the shared nodes
MERGEd on their id, and the relationships CREATEd per (type, start label, end label) after index
lookups of their ends, `_CHUNK_ROWS` rows per query. The transaction function only calls
``tx.run``, so the driver may retry it. Labels and types come from the schema's enums; every
value (the text included) is a parameter, so a text that looks like Cypher is stored as text.

`load` streams two projections (node rows, relationship rows) straight into the analysis graph,
with no model per record; `documents` still validates what it reads. Neo4j reads are
read-committed, not snapshots, so a read runs in one read transaction that
reads the lock's ``version`` before and after its queries and starts again when a write
committed in between (or when what it read does not fit together). Uniqueness constraints on
``id`` per label, on ``Document.source`` and on the lock, an index on ``doc_id`` per label and a
full-text index on claim text are created by the first write of each store object (reads need
no schema rights). The lock node has no ``doc_id``, so exports and analyses never see it.
"""

import logging
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, TypeVar

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
from argkg.gcpause import pausing_cycle_collection
from argkg.graph.networkx_graph import EdgeRow, NodeRow, rows_to_networkx
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

__all__ = ["Neo4jStore", "QueryPlan", "Row", "refuses_credentials"]

Row = dict[str, Any]
_T = TypeVar("_T")
_CONNECT_TIMEOUT_SECONDS = 3.0
_FULLTEXT_INDEX = "argkg_claim_text"
#: How often a read starts again because a write committed while it ran (a user's query; argkg's
#: own reads take the write lock after `_OPTIMISTIC_ATTEMPTS`).
_SNAPSHOT_ATTEMPTS = 20
_OPTIMISTIC_ATTEMPTS = 3
#: Server answers that mean "these credentials are refused" (a wrong password, too many of them).
_AUTH_CODES = frozenset(
    {
        "Neo.ClientError.Security.Unauthorized",
        "Neo.ClientError.Security.AuthenticationRateLimit",
        "Neo.ClientError.Security.CredentialsExpired",
        "Neo.ClientError.Security.TokenExpired",
    }
)
_REFUSED = "the server refuses these credentials (check NEO4J_USERNAME and NEO4J_PASSWORD)"


@dataclass(frozen=True)
class QueryPlan:
    """What ``EXPLAIN`` says of a query.

    Attributes:
        query_type: ``r`` (reads), ``rw``, ``w`` (writes) or ``s`` (schema, administration or
            a ``dbms`` procedure), as the server classifies it.
        operators: every operator of the plan, as (name without ``@database``, details).
    """

    query_type: str
    operators: tuple[tuple[str, str], ...]


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

    def write(self, graphs: Sequence[DocumentGraph]) -> dict[str, str]:
        """Store the graphs in one transaction, replacing the documents with the same source or id."""
        return self._write(lambda tx: _write_documents(tx, graphs))

    def write_prepared(
        self, prepare: Callable[[list[DocumentGraph]], list[DocumentGraph]]
    ) -> tuple[list[DocumentGraph], dict[str, str]]:
        """Read the stored documents, prepare, and write in one transaction that holds argkg's
        lock only for the write: it is taken after ``prepare``, and the write goes ahead only
        if no other write committed since the read (else the step runs again), so a slow
        ``prepare`` does not keep other commands waiting on the lock. After
        `_OPTIMISTIC_ATTEMPTS`, the step takes the lock before it reads, as `update` does.
        """

        def optimistic(tx: ManagedTransaction) -> tuple[list[DocumentGraph], dict[str, str]] | None:
            version = _lock_version(tx)
            try:
                graphs = prepare(graphs_from_records(_read_records(tx, None)))
            except InputError:
                return None  # a write landed between the reads of nodes and relationships
            tx.run(_HOLD_LOCK).consume()
            if _lock_version(tx) != version:
                return None  # another write landed since the read: read and prepare again
            return graphs, _write_documents(tx, graphs)

        def locked(tx: ManagedTransaction) -> tuple[list[DocumentGraph], dict[str, str]]:
            _take_lock(tx)
            graphs = prepare(graphs_from_records(_read_records(tx, None)))
            return graphs, _write_documents(tx, graphs)

        for _ in range(_OPTIMISTIC_ATTEMPTS):
            done = self._write(optimistic)
            if done is not None:
                return done
        return self._write(locked)

    def update(self, change: Callable[[DocumentGraph], DocumentGraph]) -> list[DocumentGraph]:
        """Replace each stored document by ``change(document)``, one locked transaction per document.

        Each transaction takes the write lock, then reads the document it rewrites, so a newer
        version written by another command before the lock is what gets changed, never undone.
        """
        changed: list[DocumentGraph] = []
        ids = self._snapshot(lambda tx: [row["id"] for row in tx.run(_DOCUMENT_IDS)], may_lock=True)
        for doc_id in ids:

            def rewrite(tx: ManagedTransaction, doc_id: str = doc_id) -> DocumentGraph | None:
                _take_lock(tx)
                stored = graphs_from_records(_read_records(tx, doc_id), partial=True)
                if not stored:
                    return None  # removed meanwhile
                graph = change(stored[0])
                _write_documents(tx, [graph])
                return graph

            graph = self._write(rewrite)
            if graph is not None:
                changed.append(graph)
        return changed

    def remove(self, sources: Sequence[str]) -> list[str]:
        """Remove the documents with these sources or ids in one transaction, and orphaned shared nodes."""
        return sorted(self._write(lambda tx: _remove_documents(tx, list(sources))))

    def documents(self) -> list[DocumentGraph]:
        """Return every stored document graph, sorted by document id, from one consistent read."""
        return self._snapshot(lambda tx: graphs_from_records(_read_records(tx, None)), may_lock=True)

    def records(self) -> list[Record]:
        """Return the export records of every stored document (validated)."""
        return list(merged_records(self.documents()))

    def load(self) -> nx.MultiDiGraph:
        """Return everything stored as the analysis graph, streamed in two projections (no models)."""
        return self._snapshot(_read_graph, may_lock=True)

    def run_read(self, query: str, params: Mapping[str, object] | None = None) -> list[Row]:
        """Run ``query`` in a managed read transaction (a consistent snapshot); a write is refused.

        Raises:
            InputError: the query is invalid.
            StoreError: the query tries to write.
        """
        return self._run(query, params or {}, write=False)

    def plan(self, query: str, params: Mapping[str, object] | None = None) -> QueryPlan:
        """Return what ``query`` would do (``EXPLAIN``: its type and operators), running nothing.

        Raises:
            InputError: the query is invalid.
        """

        def work(tx: ManagedTransaction) -> QueryPlan:
            summary = tx.run("EXPLAIN " + query, dict(params or {})).consume()
            operators: list[tuple[str, str]] = []
            pending = [summary.plan or {}]
            while pending:
                step = pending.pop()
                name = str(step.get("operatorType", "")).split("@", 1)[0]
                operators.append((name, str(step.get("args", {}).get("Details", ""))))
                pending.extend(step.get("children", []))
            return QueryPlan(query_type=summary.query_type or "", operators=tuple(operators))

        with self._translate_errors(), self._driver.session(database=self.database) as session:
            return session.execute_read(work)

    def run_write(self, query: str, params: Mapping[str, object] | None = None) -> list[Row]:
        """Run ``query`` in a managed write transaction."""
        return self._run(query, params or {}, write=True)

    def close(self) -> None:
        """Close the driver and its connections."""
        self._driver.close()

    def _run(self, query: str, params: Mapping[str, object], *, write: bool) -> list[Row]:
        def work(tx: ManagedTransaction) -> list[Row]:
            return [record.data() for record in tx.run(query, dict(params))]

        return self._write(work) if write else self._snapshot(work)

    def _write(self, work: Callable[[ManagedTransaction], _T]) -> _T:
        """Run ``work`` in one managed write transaction (creating the schema first, once)."""
        with self._translate_errors(), self._driver.session(database=self.database) as session:
            if not self._schema_ready:
                self._ensure_schema()
                self._schema_ready = True
            return session.execute_write(work)

    def _snapshot(self, work: Callable[[ManagedTransaction], _T], *, may_lock: bool = False) -> _T:
        """Run ``work`` in a read transaction again until no argkg write committed while it ran.

        ``work`` may also raise `InputError` when what it read does not fit together (a
        relationship whose node it did not see): that read starts again too. When writes keep
        landing, a read that ``may_lock`` (argkg's own reads, never a user's query) stops
        trying after `_OPTIMISTIC_ATTEMPTS` and reads inside a write transaction that holds
        argkg's write lock (without changing anything), so it waits for the writers instead.
        """

        def checked(tx: ManagedTransaction) -> tuple[int, _T | InputError, int]:
            before = _lock_version(tx)
            try:
                result: _T | InputError = work(tx)
            except InputError as exc:
                result = exc
            return before, result, _lock_version(tx)

        def locked(tx: ManagedTransaction) -> _T:
            tx.run(_HOLD_LOCK).consume()
            return work(tx)

        attempts = _OPTIMISTIC_ATTEMPTS if may_lock else _SNAPSHOT_ATTEMPTS
        with self._translate_errors(), self._driver.session(database=self.database) as session:
            for _ in range(attempts):
                before, result, after = session.execute_read(checked)
                if before == after:
                    if isinstance(result, InputError):
                        raise result
                    return result
        if may_lock:
            return self._write(locked)
        raise StoreError(f"Neo4j at {self.uri} changed during each of {attempts} reads; try again")

    def _ensure_schema(self) -> None:
        """Create the constraints and indexes; first drop the extra Documents an older argkg left.

        Before writes were serialised, a race could store two Documents for one source, which
        would stop the uniqueness constraint on ``Document.source`` from being created. All but
        one of them (the first by id) go, with their nodes; the write that follows replaces the
        one left.
        """
        with self._driver.session(database=self.database) as session:
            session.execute_write(lambda tx: tx.run(_DROP_DUPLICATE_DOCUMENTS).consume())
            for label in NodeLabel:
                session.run(_constraint_query(label)).consume()
                session.run(_doc_index_query(label)).consume()
            for query in _EXTRA_SCHEMA:
                session.run(query).consume()

    @contextmanager
    def _translate_errors(self) -> Iterator[None]:
        """Turn driver failures into argkg errors of one line; keep the driver's log off stderr.

        The driver logs a warning for each retry of a transaction; those are counted and the
        count ends the message of a failure that followed them.
        """
        with _driver_log() as log:
            try:
                yield
            except (Neo4jError, DriverError) as exc:
                raise _translate(exc, self.uri, _retries(log)) from exc


def refuses_credentials(exc: BaseException) -> bool:
    """Whether ``exc`` is the server refusing the credentials (also after too many attempts)."""
    return isinstance(exc, AuthError) or getattr(exc, "code", None) in _AUTH_CODES


def _translate(exc: Neo4jError | DriverError, uri: str, retries: int) -> Exception:
    after = f" (after {retries} retries)" if retries else ""
    if refuses_credentials(exc):
        return StoreUnavailable(uri, _REFUSED)
    if isinstance(exc, ServiceUnavailable | SessionExpired):
        return StoreUnavailable(uri, (_one_line(exc) or "no answer") + after)
    if isinstance(exc, ClientError):
        message = _one_line(exc)
        if "read access mode" in message or "read only" in message.lower():
            return StoreError(f"the query writes; pass --write to allow it ({message})")
        return InputError(f"Neo4j refused the query: {message}")
    return StoreError(f"Neo4j at {uri} failed: {_one_line(exc)}{after}")


class _Collect(logging.Handler):
    """Keeps the warnings it receives, for `_retries` to count."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@contextmanager
def _driver_log() -> Iterator[_Collect]:
    """Collect the driver's warnings (logger ``neo4j``) instead of letting them reach stderr."""
    logger = logging.getLogger("neo4j")
    handler, propagate = _Collect(), logger.propagate
    logger.addHandler(handler)
    logger.propagate = False
    try:
        yield handler
    finally:
        logger.removeHandler(handler)
        logger.propagate = propagate


def _retries(log: _Collect) -> int:
    """How many times the driver said it would retry a transaction."""
    return sum("retried" in record.getMessage() for record in log.records)


def _constraint_query(label: NodeLabel) -> str:
    name = f"argkg_{label.value.lower()}_id"
    return f"CREATE CONSTRAINT {name} IF NOT EXISTS FOR (n:{label.value}) REQUIRE n.id IS UNIQUE"


def _doc_index_query(label: NodeLabel) -> str:
    name = f"argkg_{label.value.lower()}_doc"
    return f"CREATE INDEX {name} IF NOT EXISTS FOR (n:{label.value}) ON (n.doc_id)"


#: Rows sent in one ``UNWIND`` query: large enough that the round trips do not count, small
#: enough that one query's parameters stay a few MB (measured in the README, "At scale").
_CHUNK_ROWS = 5_000


@dataclass
class _Round:
    """Documents written together: no two share a source or an id, so their order is free.

    Their rows are grouped so that each group is a few ``UNWIND`` queries: nodes per label,
    relationships per (type, start label, end label), across every document of the round.
    """

    documents: list[Row] = field(default_factory=list)
    nodes: dict[str, list[Row]] = field(default_factory=lambda: defaultdict(list))
    relationships: dict[tuple[str, str, str], list[Row]] = field(default_factory=lambda: defaultdict(list))
    shared: dict[str, Row] = field(default_factory=dict)

    def takes(self, graph: DocumentGraph) -> bool:
        """Whether ``graph`` can join: no document of the round has its source or id."""
        document = graph.document
        return all(row["source"] != document.source and row["id"] != document.id for row in self.documents)

    def add(self, graph: DocumentGraph) -> None:
        """Add the rows of ``graph``; a shared node once, with the least spelling of its name.

        RESTATES edges are left to `_write_restatements` (they end in other documents).
        """
        self.documents.append({"source": graph.document.source, "id": graph.document.id})
        for record in graph_records(graph):
            if record["type"] == "relationship" and record["label"] == RelType.RESTATES.value:
                continue
            if record["type"] == "relationship":
                key = (record["label"], record["start"]["labels"][0], record["end"]["labels"][0])
                ends = {"start": record["start"]["id"], "end": record["end"]["id"]}
                self.relationships[key].append({**ends, "properties": record["properties"]})
            elif NodeLabel(record["labels"][0]) in SHARED_LABELS:
                kept = self.shared.get(record["id"])
                if kept is None or record["properties"].get("name", "") < kept["properties"].get("name", ""):
                    self.shared[record["id"]] = record
            else:
                self.nodes[record["labels"][0]].append(record["properties"])


def _rounds(graphs: Sequence[DocumentGraph]) -> list[_Round]:
    """Split ``graphs`` into rounds written one after the other, in order.

    A document that shares its source or id with one already in the round replaces it, as
    writing them one by one would: it starts the next round.
    """
    rounds = [_Round()]
    for graph in graphs:
        if not rounds[-1].takes(graph):
            rounds.append(_Round())
        rounds[-1].add(graph)
    return rounds


_EXTRA_SCHEMA = (
    f"CREATE FULLTEXT INDEX {_FULLTEXT_INDEX} IF NOT EXISTS FOR (n:Claim) ON EACH [n.text]",
    "CREATE CONSTRAINT argkg_document_source IF NOT EXISTS FOR (n:Document) REQUIRE n.source IS UNIQUE",
    "CREATE CONSTRAINT argkg_lock_name IF NOT EXISTS FOR (n:ArgkgLock) REQUIRE n.name IS UNIQUE",
)
_DROP_DUPLICATE_DOCUMENTS = """
MATCH (d:Document) WITH d.source AS source, d.id AS id ORDER BY id
WITH source, collect(id) AS ids WHERE size(ids) > 1
UNWIND ids[1..] AS extra
MATCH (n) WHERE n.doc_id = extra DETACH DELETE n
"""
_TAKE_LOCK = "MERGE (l:ArgkgLock {name: 'store'}) SET l.version = coalesce(l.version, 0) + 1"
#: Holds the write lock like `_TAKE_LOCK` but leaves the version: for a read that must not race.
_HOLD_LOCK = "MERGE (l:ArgkgLock {name: 'store'}) SET l.version = coalesce(l.version, 0)"
_LOCK_VERSION = "OPTIONAL MATCH (l:ArgkgLock {name: 'store'}) RETURN coalesce(l.version, 0) AS version"


def _take_lock(tx: ManagedTransaction) -> None:
    """Hold argkg's write lock until ``tx`` ends, and mark the store as changed."""
    tx.run(_TAKE_LOCK).consume()


def _lock_version(tx: ManagedTransaction) -> int:
    """How many argkg writes have committed (0 on a store argkg never wrote)."""
    version: int = tx.run(_LOCK_VERSION).single(strict=True)["version"]
    return version


def _write_documents(tx: ManagedTransaction, graphs: Sequence[DocumentGraph]) -> dict[str, str]:
    """Write a batch of documents under argkg's write lock (taken first, released at commit).

    Returns the written sources whose text was stored under another source, with that source.
    """
    _take_lock(tx)
    documents = [{"source": g.document.source, "id": g.document.id} for g in graphs]
    kept = {row["properties"]["id"]: row.data() for row in tx.run(_RESTATES_OF, documents=documents)}
    moved: dict[str, str] = {}
    for batch in _rounds(graphs):
        moved.update(_write_round(tx, batch))
    _write_restatements(tx, graphs, kept)
    return moved


#: The RESTATES edges of the stored documents the written ones replace (same source or id),
#: kept while both their claims are written again (the embedded store's `with_restatements` rule).
_RESTATES_OF = """
UNWIND $documents AS doc
MATCH (d:Document) WHERE d.source = doc.source OR d.id = doc.id
MATCH (a:Claim {doc_id: d.id})-[r:RESTATES]-(:Claim)
RETURN DISTINCT startNode(r).id AS start, endNode(r).id AS end, properties(r) AS properties
"""


def _write_restatements(
    tx: ManagedTransaction, graphs: Sequence[DocumentGraph], kept: dict[str, Row]
) -> None:
    """MERGE the RESTATES edges the graphs hold and those of replaced documents (``kept``) whose
    two claims are stored after the write; an edge with a claim that is gone is not written."""
    rows = dict(kept)
    for graph in graphs:
        for rel in graph.restates:
            rows[rel.id] = {"start": rel.start, "end": rel.end, "properties": rel.properties()}
    _unwind(
        tx,
        "UNWIND $rows AS row MATCH (a:Claim {id: row.start}) MATCH (b:Claim {id: row.end}) "
        "MERGE (a)-[r:RESTATES {id: row.properties.id}]->(b) SET r = row.properties",
        [rows[rel_id] for rel_id in sorted(rows)],
    )


def _remove_documents(tx: ManagedTransaction, sources: list[str]) -> list[str]:
    _take_lock(tx)
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


#: The stored documents that each written document replaces: those with its source or its id.
_REPLACED = """
UNWIND $documents AS doc
CALL (doc) {
  MATCH (d:Document {source: doc.source}) RETURN d
  UNION
  MATCH (d:Document {id: doc.id}) RETURN d
}
RETURN doc.source AS source, doc.id AS wanted, d.id AS id, d.source AS stored
"""


def _write_round(tx: ManagedTransaction, batch: _Round) -> dict[str, str]:
    """Replace the round's documents; return, per source, the other source its text was stored under.

    The documents' own nodes and relationships are new after the delete, so they are CREATEd;
    only shared nodes are MERGEd (on their id, under the uniqueness constraint).
    """
    moved: dict[str, str] = {}
    replaced = {row["id"] for row in batch.documents}
    for row in tx.run(_REPLACED, documents=batch.documents):
        replaced.add(row["id"])
        if row["id"] == row["wanted"] and row["stored"] != row["source"]:
            moved[row["source"]] = row["stored"]
    _delete_documents(tx, sorted(replaced))
    for label_name, rows in sorted(batch.nodes.items()):
        _unwind(tx, f"UNWIND $rows AS row CREATE (n:{NodeLabel(label_name).value}) SET n = row", rows)
    shared: dict[str, list[Row]] = defaultdict(list)
    for node_id in sorted(batch.shared):
        record = batch.shared[node_id]
        shared[record["labels"][0]].append(record["properties"])
    for label_name, rows in sorted(shared.items()):
        # a shared node's copies differ at most in an entity name's spelling: keep the least
        label = NodeLabel(label_name)
        _unwind(
            tx,
            f"UNWIND $rows AS row MERGE (n:{label.value} {{id: row.id}}) ON CREATE SET n = row "
            "ON MATCH SET n.name = CASE WHEN row.name < n.name THEN row.name ELSE n.name END",
            rows,
        )
    for (type_name, start_name, end_name), rows in sorted(batch.relationships.items()):
        start, end, rel_type = NodeLabel(start_name), NodeLabel(end_name), RelType(type_name)
        _unwind(
            tx,
            f"UNWIND $rows AS row MATCH (a:{start.value} {{id: row.start}}) "
            f"MATCH (b:{end.value} {{id: row.end}}) "
            f"CREATE (a)-[r:{rel_type.value}]->(b) SET r = row.properties",
            rows,
        )
    return moved


def _unwind(tx: ManagedTransaction, query: str, rows: list[Row]) -> None:
    """Run ``query`` (which unwinds ``$rows``) on ``rows``, `_CHUNK_ROWS` at a time."""
    for first in range(0, len(rows), _CHUNK_ROWS):
        tx.run(query, rows=rows[first : first + _CHUNK_ROWS]).consume()


_DOCUMENT_IDS = "MATCH (d:Document) RETURN d.id AS id ORDER BY id"

#: A node that documents share (DESIGN.md §6): it has no doc_id.
_SHARED = " OR ".join(f"n:{label.value}" for label in sorted(SHARED_LABELS))
#: One document's nodes and the shared nodes it links to, or (``$doc_id`` null) every node of
#: every document and every shared node; never the lock node.
_READ_NODES = f"""
MATCH (n) WHERE n.doc_id = $doc_id OR ($doc_id IS NULL AND (n.doc_id IS NOT NULL OR {_SHARED}))
RETURN 'node' AS type, n.id AS id, labels(n) AS labels, properties(n) AS properties
UNION
MATCH (a)--(n) WHERE a.doc_id = $doc_id AND ({_SHARED})
RETURN 'node' AS type, n.id AS id, labels(n) AS labels, properties(n) AS properties
"""

_READ_RELATIONSHIPS = """
MATCH (a)-[r]->(b) WHERE r.id IS NOT NULL AND ($doc_id IS NULL OR a.doc_id = $doc_id)
RETURN 'relationship' AS type, r.id AS id, type(r) AS label,
       {id: a.id, labels: labels(a)} AS start, {id: b.id, labels: labels(b)} AS end,
       properties(r) AS properties
"""


def _read_records(tx: ManagedTransaction, doc_id: str | None) -> list[Record]:
    """The export records of one document (or all, for ``None``), nodes and relationships in ``tx``."""
    queries = (_READ_NODES, _READ_RELATIONSHIPS)
    return [record.data() for query in queries for record in tx.run(query, doc_id=doc_id)]


#: Every node of every document and every shared node (never the lock node), one list per label:
#: a few large records stream far faster than one record per node (0.2 s of client CPU, not 2 s,
#: for 100 documents).
_LOAD_NODES = f"""
MATCH (n) WHERE n.doc_id IS NOT NULL OR {_SHARED}
RETURN labels(n)[0] AS label, collect([n.id, properties(n)]) AS rows
"""
#: Every relationship argkg wrote, one list per type.
_LOAD_RELATIONSHIPS = """
MATCH (a)-[r]->(b) WHERE r.id IS NOT NULL
RETURN type(r) AS type, collect([a.id, b.id, r.id, properties(r)]) AS rows
"""


@pausing_cycle_collection
def _read_graph(tx: ManagedTransaction) -> nx.MultiDiGraph:
    """The analysis graph of everything stored, read in ``tx`` as two projections.

    The cycle collector is paused meanwhile, as for the embedded store's load (`argkg.gcpause`).

    Raises:
        InputError: a relationship ends at a node the read did not see (a write overlapped it).
    """
    nodes: list[NodeRow] = [
        (node_id, found["label"], properties)
        for found in tx.run(_LOAD_NODES)
        for node_id, properties in found["rows"]
    ]
    edges: list[EdgeRow] = [
        (start, end, rel_id, found["type"], properties)
        for found in tx.run(_LOAD_RELATIONSHIPS)
        for start, end, rel_id, properties in found["rows"]
    ]
    try:
        return rows_to_networkx(nodes, edges)
    except KeyError as exc:
        raise InputError(f"a relationship ends at node {exc} that the read did not see") from exc


def _one_line(exc: BaseException) -> str:
    """The first line of the driver's message, without the colon that announced the next lines."""
    message = getattr(exc, "message", None) or str(exc)
    return message.strip().splitlines()[0].rstrip(": ") if message.strip() else type(exc).__name__
