"""`GraphStore`: what every store offers, so the CLI and the analyses need not know which one runs.

A store keeps whole documents. Writing a document replaces any stored document with the same
``source`` or the same id, all at once; writing the same graph twice changes nothing. One `write`
is all or nothing for the whole batch, `update` rewrites stored documents without letting another
command's write slip in between its read and its write, and every read returns one consistent
state of the store (never the nodes of a write without its relationships). Shared
nodes (entities, issues: DESIGN.md §6) are kept once, while any stored document links to them.
"""

from collections.abc import Callable, Sequence
from typing import Protocol

import networkx as nx

from argkg.schema import DocumentGraph, Record

__all__ = ["GraphStore"]


class GraphStore(Protocol):
    """A place that keeps document graphs (embedded file or Neo4j)."""

    def write(self, graphs: Sequence[DocumentGraph]) -> dict[str, str]:
        """Store each graph, replacing the stored document with the same source or id.

        The batch is written all or nothing: a failure leaves every document as it was.

        Returns:
            For each written source whose text was already stored under another source, that
            other source (the one document now bears the written source).
        """
        ...

    def write_prepared(
        self, prepare: Callable[[list[DocumentGraph]], list[DocumentGraph]]
    ) -> tuple[list[DocumentGraph], dict[str, str]]:
        """Read the stored documents, write ``prepare(stored)``, all under the write lock.

        For writes that depend on what is stored (linking new documents to the shared issues):
        no other write lands between the read and the write, and the store is read once.
        ``prepare`` may run more than once (a retried transaction) and must not have effects.

        Returns:
            The graphs written, and what `write` returns for them.
        """
        ...

    def update(self, change: Callable[[DocumentGraph], DocumentGraph]) -> list[DocumentGraph]:
        """Replace each stored document ``g`` by ``change(g)``; return the new documents.

        No other write lands between the read of a document and the write of its new version,
        so a newer version stored meanwhile by another command is never undone.
        """
        ...

    def remove(self, sources: Sequence[str]) -> list[str]:
        """Remove the documents with these sources (or document ids), and the shared nodes only they used.

        Returns:
            The sources of the documents removed, sorted.
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
