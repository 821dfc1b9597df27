"""The analysis graph's rows in a form that loads directly, beside the sealed embedded file.

Parsing 25 MB of JSON lines costs seconds; unpickling the same rows (plain tuples, dicts,
strings and numbers) costs a tenth of that. The snapshot is a cache, never the record: its first
line names the sha256 of the records it was made of (the seal's) and the sha256 of its own
pickle, and a snapshot that does not match the file's seal or itself (missing, from a killed
write, edited) is ignored and the JSON lines are read. ``graph.jsonl`` stays as it was, byte
for byte: the same graph gives the same file.
Unpickling allows no class or function at all (`_PlainData`), so a planted file cannot run
code; it can only fail to match its hash or to load.
"""

import hashlib
import io
import pickle
from collections.abc import Iterable

from argkg.graph.networkx_graph import Rows, records_to_rows
from argkg.schema import Record

__all__ = ["dump_snapshot", "load_snapshot", "sha256_of"]


def dump_snapshot(records: Iterable[Record], digest: str) -> bytes:
    """Return the snapshot of the analysis graph that ``records`` (whose sha256 is ``digest``) describe."""
    data = pickle.dumps(records_to_rows(records), protocol=pickle.HIGHEST_PROTOCOL)
    return f"{digest} {sha256_of(data)}\n".encode("ascii") + data


def load_snapshot(snapshot: bytes, digest: str) -> Rows | None:
    """Return the rows of a snapshot of the records whose sha256 is ``digest``, or None.

    None when ``snapshot`` is of other records, damaged, or not a snapshot at all.
    """
    first, _, data = snapshot.partition(b"\n")
    if first.decode("ascii", errors="replace").split() != [digest, sha256_of(data)]:
        return None
    try:
        rows = _PlainData(io.BytesIO(data)).load()
    except (pickle.UnpicklingError, EOFError, ValueError, TypeError, IndexError, KeyError, MemoryError):
        return None
    if not (isinstance(rows, tuple) and len(rows) == 2 and all(isinstance(part, list) for part in rows)):
        return None
    nodes, edges = rows
    return nodes, edges


def sha256_of(data: bytes) -> str:
    """The hex sha256 of ``data``."""
    return hashlib.sha256(data).hexdigest()


class _PlainData(pickle.Unpickler):
    """An unpickler of builtin containers and scalars only: any class or function is refused."""

    def find_class(self, module: str, name: str) -> object:
        raise pickle.UnpicklingError(f"a snapshot holds plain data, not {module}.{name}")
