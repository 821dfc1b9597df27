"""The embedded store: every document's records in one JSON-lines file, no server needed.

The file ``<data dir>/graph.jsonl`` holds the export records (APOC JSON shape, sorted), which
`load` turns into a networkx `MultiDiGraph`. A write takes an exclusive file lock, reads the
current file, replaces the written documents and renames a fully written temporary file over
the old one: a crash before the rename leaves the previous graph intact, and two concurrent
`argkg ingest` runs are serialised instead of losing each other's documents.
"""

import json
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

import networkx as nx
from filelock import FileLock, Timeout

from argkg.errors import InputError, StoreUnavailable
from argkg.graph.networkx_graph import graphs_to_networkx
from argkg.schema import DocumentGraph, Record, dumps_records, graphs_from_records, merged_records

__all__ = ["EmbeddedStore", "GRAPH_FILE"]

GRAPH_FILE = "graph.jsonl"
_LOCK_TIMEOUT_SECONDS = 60.0
#: Mode of the graph file before the umask, as for any file a program creates (mkstemp's is 0600).
_FILE_MODE = 0o666


class EmbeddedStore:
    """A `GraphStore` kept in one file under ``data_dir``.

    Args:
        data_dir: the folder of the graph file; created on first write.
    """

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.path = data_dir / GRAPH_FILE
        self._lock = FileLock(str(data_dir / (GRAPH_FILE + ".lock")), timeout=_LOCK_TIMEOUT_SECONDS)

    def write(self, graphs: Sequence[DocumentGraph]) -> None:
        """Store each graph, replacing stored documents with the same source or id."""
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreUnavailable(str(self.path), exc.strerror or str(exc)) from exc
        try:
            with self._lock:
                kept = _replace(self.documents(), graphs)
                self._write_atomically(dumps_records(merged_records(kept)))
        except Timeout as exc:
            raise StoreUnavailable(str(self.path), "another argkg process holds the lock") from exc

    def remove(self, sources: Sequence[str]) -> list[str]:
        """Remove the documents with these sources or ids; shared nodes go with their last user."""
        wanted = set(sources)
        try:
            with self._lock:
                stored = self.documents()
                gone = [g for g in stored if {g.document.source, g.document.id} & wanted]
                if gone:
                    gone_ids = {g.document.id for g in gone}
                    kept = [g for g in stored if g.document.id not in gone_ids]
                    self._write_atomically(dumps_records(merged_records(kept)))
        except Timeout as exc:
            raise StoreUnavailable(str(self.path), "another argkg process holds the lock") from exc
        return sorted(g.document.source for g in gone)

    def documents(self) -> list[DocumentGraph]:
        """Return every stored document graph, sorted by document id, validated on the way in."""
        return graphs_from_records(self._raw_records())

    def records(self) -> list[Record]:
        """Return the export records of every stored document (validated)."""
        return list(merged_records(self.documents()))

    def load(self) -> nx.MultiDiGraph:
        """Return everything stored as the analysis graph."""
        return graphs_to_networkx(self.documents())

    def close(self) -> None:
        """Nothing to release: the lock is held only during a write."""

    def _raw_records(self) -> list[Record]:
        """The file's records as JSON, unvalidated; a missing file is an empty store."""
        try:
            lines = self.path.read_text(encoding="utf-8").splitlines()
        except FileNotFoundError:
            return []
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"cannot read the graph file {self.path}: {exc}") from exc
        records = []
        for number, line in enumerate(lines, start=1):
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise InputError(f"{self.path}:{number}: not a JSON record ({exc.msg})") from exc
        return records

    def _write_atomically(self, content: str) -> None:
        fd, tmp_name = tempfile.mkstemp(dir=self.data_dir, prefix=".graph-", suffix=".tmp")
        os.fchmod(fd, _FILE_MODE & ~_current_umask())
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as tmp:
                tmp.write(content)
                tmp.flush()
                os.fsync(tmp.fileno())
            os.replace(tmp_name, self.path)
        finally:
            if os.path.exists(tmp_name):
                os.unlink(tmp_name)


def _replace(stored: list[DocumentGraph], new: Sequence[DocumentGraph]) -> list[DocumentGraph]:
    """Return ``stored`` without the documents ``new`` replaces, plus ``new``, sorted by id."""
    replaced_sources = {g.document.source for g in new}
    replaced_ids = {g.document.id for g in new}
    kept = [
        g for g in stored if g.document.source not in replaced_sources and g.document.id not in replaced_ids
    ]
    by_id = {g.document.id: g for g in [*kept, *new]}
    return [by_id[doc_id] for doc_id in sorted(by_id)]


def _current_umask() -> int:
    """Return the process umask (reading it means setting it; it is set straight back)."""
    mask = os.umask(0)
    os.umask(mask)
    return mask
