"""`run_cypher`: a user's own Cypher on the Neo4j server, read-only unless they ask to write.

Without ``--write`` a query is first planned with ``EXPLAIN`` (which runs nothing) and refused
unless the server classifies it as a pure read and its plan holds no operator that reaches
outside the graph or administers the server: ``LOAD CSV``, a ``dbms.*`` procedure, an
administration command, terminating transactions. Then it runs in a read transaction, which
refuses any write the plan did not show. The server's own configuration refuses ``LOAD CSV``
even with ``--write`` (see `argkg.graph.neo4j_conf`).
"""

from collections.abc import Mapping

from argkg.config import Settings
from argkg.errors import StoreError
from argkg.graph.neo4j_store import Neo4jStore, QueryPlan, Row

__all__ = ["run_cypher"]

#: Plan operators refused without ``--write`` even in a query the server calls a read.
_REFUSED_OPERATORS = frozenset({"LoadCSV", "AdministrationCommand", "TerminateTransactions"})
#: What the server's query types mean, for the message.
_QUERY_TYPES = {"rw": "reads and writes", "w": "writes", "s": "changes the schema or administers the server"}


def run_cypher(
    query: str, *, settings: Settings, params: Mapping[str, object], write: bool = False
) -> list[Row]:
    """Run ``query`` with ``params`` on the configured Neo4j server (whatever ``--store`` says).

    Raises:
        StoreUnavailable: the server cannot be reached.
        StoreError: the query writes, administers the server or loads a file or URL, and
            ``write`` is off; nothing ran.
        InputError: the query is invalid.
    """
    store = Neo4jStore(settings)
    try:
        if write:
            return store.run_write(query, params)
        refusal = _refusal(store.plan(query, params))
        if refusal is not None:
            raise StoreError(f"the query {refusal}; pass --write to allow it")
        return store.run_read(query, params)
    finally:
        store.close()


def _refusal(plan: QueryPlan) -> str | None:
    """Why a query with this plan may not run read-only, or ``None`` when it may."""
    for name, details in plan.operators:
        if name in _REFUSED_OPERATORS:
            return f"uses {name}"
        if name == "ProcedureCall" and details.lower().startswith("dbms."):
            return f"calls {details.split('(', 1)[0]}"
    if plan.query_type != "r":
        return _QUERY_TYPES.get(plan.query_type, f"is of type {plan.query_type!r}")
    return None
