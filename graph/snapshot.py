"""The analysis graph's rows in a form that loads directly, beside the sealed embedded file.

Parsing 25 MB of JSON lines costs seconds; unpickling the same rows (plain tuples, dicts,
strings and numbers) costs a tenth of that. The snapshot is a cache, never the record: the seal
line of ``graph.jsonl`` holds the sha256 of the snapshot written with it, and a snapshot that
does not match (missing, from a killed write, edited) is ignored and the JSON lines are read.
Unpickling allows no class or function at all (`_PlainData`), so a planted file cannot run
code; it can only fail to match its hash or to load.
"""

import io
import pickle
from collections.abc import Iterable

from argkg.graph.networkx_graph import Rows, records_to_rows
from argkg.schema import Record

__all__ = ["dump_snapshot", "load_snapshot"]


def dump_snapshot(records: Iterable[Record]) -> bytes:
    """Return the snapshot of the analysis graph that ``records`` describe."""
    return pickle.dumps(records_to_rows(records), protocol=pickle.HIGHEST_PROTOCOL)


def load_snapshot(data: bytes) -> Rows | None:
    """Return the rows of a snapshot, or None when ``data`` is not one."""
    try:
        rows = _PlainData(io.BytesIO(data)).load()
    except (pickle.UnpicklingError, EOFError, ValueError, TypeError, IndexError, KeyError, MemoryError):
        return None
    if not (isinstance(rows, tuple) and len(rows) == 2 and all(isinstance(part, list) for part in rows)):
        return None
    nodes, edges = rows
    return nodes, edges


class _PlainData(pickle.Unpickler):
    """An unpickler of builtin containers and scalars only: any class or function is refused."""

    def find_class(self, module: str, name: str) -> object:
        raise pickle.UnpicklingError(f"a snapshot holds plain data, not {module}.{name}")
