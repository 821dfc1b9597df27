"""Exporters: serialise stored documents in the formats argument tools read.

`EXPORTERS` is the one registry of export formats: a name (``argkg export --format NAME``)
and the function that turns the stored document graphs into the file's text. ``json`` is the
APOC-shaped JSON lines of `argkg.schema.records` (DESIGN.md §3).
"""

from collections.abc import Callable, Sequence

from argkg.graph.exporters.aif import dumps_aif
from argkg.graph.exporters.argdown import graphs_to_argdown
from argkg.graph.exporters.graphml import graphs_to_graphml
from argkg.schema import DocumentGraph, dumps_records, merged_records

__all__ = ["EXPORTERS", "Exporter", "export_text"]

#: Turns the stored documents into the text of one export file.
Exporter = Callable[[Sequence[DocumentGraph]], str]


def _apoc_json(graphs: Sequence[DocumentGraph]) -> str:
    return dumps_records(merged_records(graphs))


#: Export format name -> exporter.
EXPORTERS: dict[str, Exporter] = {
    "json": _apoc_json,
    "aif": dumps_aif,
    "argdown": graphs_to_argdown,
    "graphml": graphs_to_graphml,
}


def export_text(graphs: Sequence[DocumentGraph], fmt: str) -> str:
    """Return ``graphs`` in the export format ``fmt`` (a key of `EXPORTERS`)."""
    return EXPORTERS[fmt](graphs)
