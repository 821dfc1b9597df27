"""The embedded store: every document's records in one JSON-lines file, no server needed.

The file ``<data dir>/graph.jsonl`` holds the export records (APOC JSON shape, sorted), which
`load` turns into a networkx `MultiDiGraph`. A write takes an exclusive file lock, reads the
current file, replaces the written documents and renames a fully written temporary file over
the old one: a crash before the rename leaves the previous graph intact, and two concurrent
`argkg ingest` runs are serialised instead of losing each other's documents. `update` reads,
changes and writes under that same lock, so an `analyse` never undoes an `ingest` that ran
meanwhile. A write also removes the temporary files that a killed write left behind (only a
holder of the lock creates them, so none of them belongs to a live write). Reads take no lock:
the file is only ever replaced whole, so a read sees one complete state.

The file is sealed (`argkg.graph.seal`): its first line holds the checksum of the records. A
file that does not validate is never read in part nor overwritten: every read, and so every
write, refuses it with a message pointing at `argkg store check` and `argkg store repair`.

Validate on the way in, trust on the way out: every record was validated (as a pydantic model)
before it was written, so once the checksum matches, `load` builds the analysis graph with no
model in between, from the snapshot written beside the file (``graph.snapshot``, see
`argkg.graph.snapshot`) when it is of the sealed records, else from the JSON records. It costs one
hash of each file and one unpickling, linear in the store's size. An unsealed file, which
nothing vouches for, is validated as before. The snapshot is renamed into place before the file,
so a kill between the two leaves a file whose snapshot is of other records: it is read from its
JSON lines (and the next write writes both again).
"""

import json
import os
import tempfile
import warnings
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import NamedTuple

import networkx as nx
from filelock import FileLock, Timeout

from argkg.errors import InputError, StoreNote, StoreUnavailable
from argkg.gcpause import pausing_cycle_collection
from argkg.graph.networkx_graph import Rows, graphs_to_networkx, records_to_networkx, rows_to_networkx
from argkg.graph.seal import damaged, seal, sealed_digest, unseal
from argkg.graph.snapshot import load_snapshot
from argkg.schema import DocumentGraph, Record, graphs_from_records, merged_records, with_restatements

__all__ = ["EmbeddedStore", "GRAPH_FILE", "SNAPSHOT_FILE"]

GRAPH_FILE = "graph.jsonl"
SNAPSHOT_FILE = "graph.snapshot"
_TMP_PREFIX, _TMP_SUFFIX = ".graph-", ".tmp"
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
        self.snapshot_path = data_dir / SNAPSHOT_FILE
        self._lock = FileLock(str(data_dir / (GRAPH_FILE + ".lock")), timeout=_LOCK_TIMEOUT_SECONDS)

    def write(self, graphs: Sequence[DocumentGraph]) -> dict[str, str]:
        """Store each graph, replacing stored documents with the same source or id (one file swap)."""
        return self.write_prepared(lambda _: list(graphs))[1]

    def write_prepared(
        self, prepare: Callable[[list[DocumentGraph]], list[DocumentGraph]]
    ) -> tuple[list[DocumentGraph], dict[str, str]]:
        """Read the stored documents and write ``prepare(stored)`` in one hold of the lock."""
        with self._locked():
            stored = self.documents()
            graphs = prepare(stored)
            self._commit(_settled([*stored, *graphs], _replace(stored, graphs)))
        return graphs, _moved(stored, graphs)

    def update(self, change: Callable[[DocumentGraph], DocumentGraph]) -> list[DocumentGraph]:
        """Replace each stored document by ``change(document)``, all under the store's lock."""
        with self._locked():
            stored = self.documents()
            changed = [change(graph) for graph in stored]
            self._commit(_settled([*stored, *changed], _replace([], changed)))
        return changed

    @contextmanager
    def _locked(self) -> Iterator[None]:
        """Hold the store's lock (creating the folder first); clear a killed write's temp files."""
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreUnavailable(str(self.path), exc.strerror or str(exc)) from exc
        try:
            self._lock.acquire()
        except Timeout as exc:
            raise StoreUnavailable(str(self.path), "another argkg process holds the lock") from exc
        try:
            for stale in self.data_dir.glob(f"{_TMP_PREFIX}*{_TMP_SUFFIX}"):
                stale.unlink(missing_ok=True)
            yield
        finally:
            self._lock.release()

    def rewrite(self, graphs: Sequence[DocumentGraph]) -> None:
        """Replace the whole file with exactly ``graphs``, without reading it (`argkg store repair`)."""
        with self._locked():
            self._commit(_settled(graphs, graphs))

    def _commit(self, graphs: Sequence[DocumentGraph]) -> None:
        sealed = seal(graphs)
        self._write_atomically(self.snapshot_path, sealed.snapshot)
        self._write_atomically(self.path, sealed.text.encode("utf-8"))

    def remove(self, sources: Sequence[str]) -> list[str]:
        """Remove the documents with these sources or ids; shared nodes go with their last user."""
        wanted = set(sources)
        with self._locked():
            stored = self.documents()
            gone = [g for g in stored if {g.document.source, g.document.id} & wanted]
            if gone:
                gone_ids = {g.document.id for g in gone}
                kept = [g for g in stored if g.document.id not in gone_ids]
                self._commit(_settled(kept, kept))
        return sorted(g.document.source for g in gone)

    def documents(self) -> list[DocumentGraph]:
        """Return every stored document graph, sorted by document id, validated on the way in.

        Raises:
            InputError: the file does not validate (a damaged store; the message says how to
                recover).
        """
        return self._validated(self._parse(_decoded(self._read_bytes(), self.path)).records)

    def _validated(self, records: list[Record]) -> list[DocumentGraph]:
        try:
            return graphs_from_records(records)
        except InputError as exc:
            raise damaged(str(self.path), str(exc)) from exc

    def records(self) -> list[Record]:
        """Return the export records of every stored document (validated)."""
        return list(merged_records(self.documents()))

    @pausing_cycle_collection
    def load(self) -> nx.MultiDiGraph:
        """Return everything stored as the analysis graph; a sealed file's records are trusted.

        The cycle collector is paused meanwhile (`argkg.gcpause`): unpickling and filling the
        graph allocate a million containers, which it would walk again and again (two thirds of
        the load's CPU at 100 documents).
        """
        data = self._read_bytes()
        rows = self._snapshot(sealed_digest(data, name=str(self.path)))
        try:
            if rows is not None:
                return rows_to_networkx(*rows)
            records, sealed = self._parse(_decoded(data, self.path))
            if sealed:
                return records_to_networkx(records)
        except (KeyError, IndexError, TypeError, ValueError) as exc:
            raise damaged(str(self.path), f"a record refers to what is not there ({exc})") from exc
        return graphs_to_networkx(self._validated(records))

    def _snapshot(self, digest: str | None) -> Rows | None:
        """The snapshot's rows when it is of the records ``digest`` seals, else None (read the records)."""
        if digest is None:
            return None
        try:
            return load_snapshot(self.snapshot_path.read_bytes(), digest)
        except OSError:
            return None

    def close(self) -> None:
        """Nothing to release: the lock is held only during a write."""

    def _read_bytes(self) -> bytes:
        """The whole store file; a missing file is an empty store."""
        try:
            return self.path.read_bytes()
        except FileNotFoundError:
            return b""
        except OSError as exc:
            raise InputError(f"cannot read the graph file {self.path}: {exc}") from exc

    def _parse(self, text: str) -> "_FileRecords":
        """The file's records as JSON, unvalidated, and whether its seal vouched for them.

        An empty file is an empty (sealed) store. An unsealed file (written before seals) is
        read with a `StoreNote` warning.
        """
        if not text:
            return _FileRecords([], True)
        body, sealed, _ = unseal(text, name=str(self.path))
        if not sealed and body:
            warnings.warn(
                f"{self.path} has no checksum (written by an older argkg); it is sealed on the next write",
                StoreNote,
                stacklevel=3,
            )
        records = []
        for number, line in enumerate(body.splitlines(), start=2 if sealed else 1):
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise damaged(f"{self.path}:{number}", f"not a JSON record ({exc.msg})") from exc
        return _FileRecords(records, sealed)

    def _write_atomically(self, path: Path, content: bytes) -> None:
        """Write ``content`` to a temporary file, flush it to disk and rename it over ``path``."""
        fd, tmp_name = tempfile.mkstemp(dir=self.data_dir, prefix=_TMP_PREFIX, suffix=_TMP_SUFFIX)
        os.fchmod(fd, _FILE_MODE & ~_current_umask())
        try:
            with os.fdopen(fd, "wb") as tmp:
                tmp.write(content)
                tmp.flush()
                os.fsync(tmp.fileno())
            os.replace(tmp_name, path)
        finally:
            if os.path.exists(tmp_name):
                os.unlink(tmp_name)


def _decoded(data: bytes, path: Path) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"cannot read the graph file {path}: {exc}") from exc


class _FileRecords(NamedTuple):
    """The records of the store file, and whether its checksum matched them."""

    records: list[Record]
    sealed: bool


def _replace(stored: list[DocumentGraph], new: Sequence[DocumentGraph]) -> list[DocumentGraph]:
    """Return ``stored`` without the documents ``new`` replaces, plus ``new``, sorted by id."""
    replaced_sources = {g.document.source for g in new}
    replaced_ids = {g.document.id for g in new}
    kept = [
        g for g in stored if g.document.source not in replaced_sources and g.document.id not in replaced_ids
    ]
    by_id = {g.document.id: g for g in [*kept, *new]}
    return [by_id[doc_id] for doc_id in sorted(by_id)]


def _settled(known: Sequence[DocumentGraph], graphs: Sequence[DocumentGraph]) -> list[DocumentGraph]:
    """``graphs`` holding the RESTATES edges of ``known`` (what was stored and what is written)
    whose two claims are in ``graphs``: those of removed or replaced claims go, the others stay
    (as a Neo4j store keeps them)."""
    return with_restatements(graphs, (rel for graph in known for rel in graph.restates))


def _current_umask() -> int:
    """Return the process umask (reading it means setting it; it is set straight back)."""
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _moved(stored: Sequence[DocumentGraph], graphs: Sequence[DocumentGraph]) -> dict[str, str]:
    """The written sources whose text was stored under another source, with that source."""
    sources = {g.document.id: g.document.source for g in stored}
    return {
        g.document.source: sources[g.document.id]
        for g in graphs
        if sources.get(g.document.id, g.document.source) != g.document.source
    }
