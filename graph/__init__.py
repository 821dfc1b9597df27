"""Graph stores: the embedded default (networkx + a file) and Neo4j.

`open_store` is the one place that picks a store from the settings; nothing else in argkg
talks to Neo4j directly.
"""

from argkg.config import Settings
from argkg.graph.base import GraphStore
from argkg.graph.embedded import EmbeddedStore
from argkg.graph.networkx_graph import graphs_to_networkx, records_to_networkx

__all__ = ["GraphStore", "EmbeddedStore", "open_store", "graphs_to_networkx", "records_to_networkx"]


def open_store(settings: Settings) -> GraphStore:
    """Open the store the settings name.

    Raises:
        StoreUnavailable: the Neo4j server cannot be reached (exit 3, names the URI).
    """
    if settings.store == "neo4j":
        from argkg.graph.neo4j_store import Neo4jStore

        return Neo4jStore(settings)
    return EmbeddedStore(settings.data_dir)
