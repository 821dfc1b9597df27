"""`GraphStore`: what every store offers, so the CLI and the analyses need not know which one runs.

A store keeps whole documents. Writing a document replaces any stored document with the same
``source`` or the same id, all at once; writing the same graph twice changes nothing.
"""

from collections.abc import Sequence
from typing import Protocol

import networkx as nx

from argkg.schema import DocumentGraph, Record

__all__ = ["GraphStore"]


class GraphStore(Protocol):
    """A place that keeps document graphs (embedded file or Neo4j)."""

    def write(self, graphs: Sequence[DocumentGraph]) -> None:
        """Store each graph, replacing the stored document with the same source or id.

        Each document is written all or nothing.
        """
        ...

    def documents(self) -> list[DocumentGraph]:
        """Return every stored document graph, sorted by document id."""
        ...

    def records(self) -> list[Record]:
        """Return the export records of everything stored (APOC JSON shape)."""
        ...

    def load(self) -> nx.MultiDiGraph:
        """Return everything stored as the analysis graph (see `argkg.graph.networkx_graph`)."""
        ...

    def close(self) -> None:
        """Release connections or locks."""
        ...
