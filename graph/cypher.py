"""`run_cypher`: a user's own Cypher on the Neo4j server, read-only unless they ask to write."""

from collections.abc import Mapping

from argkg.config import Settings
from argkg.graph.neo4j_store import Neo4jStore, Row

__all__ = ["run_cypher"]


def run_cypher(
    query: str, *, settings: Settings, params: Mapping[str, object], write: bool = False
) -> list[Row]:
    """Run ``query`` with ``params`` on the configured Neo4j server (whatever ``--store`` says).

    A read transaction refuses writes, so without ``write`` a query that creates, sets or
    deletes anything fails with a clear message and changes nothing.

    Raises:
        StoreUnavailable: the server cannot be reached.
        StoreError: the query writes and ``write`` is off.
        InputError: the query is invalid.
    """
    store = Neo4jStore(settings)
    try:
        return store.run_write(query, params) if write else store.run_read(query, params)
    finally:
        store.close()
