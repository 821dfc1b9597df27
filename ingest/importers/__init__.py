"""Importers: read the field's argument formats into validated document graphs.

`IMPORTERS` is the one registry of import formats: a name (``argkg import FILE --format NAME``)
and the function that reads one file into document graphs, through the same pydantic schema
ingest builds, so the analyses, reports and stores treat an imported debate like an ingested
one. A bad file raises `InputError` naming the file and the place, before anything is written.
"""

from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from argkg.ingest.importers.aif import read_aif
from argkg.ingest.importers.brat import read_brat
from argkg.ingest.importers.graphml import read_graphml
from argkg.ingest.importers.kialo import read_kialo
from argkg.ingest.importers.microtexts import read_microtext
from argkg.schema import DocumentGraph

__all__ = ["IMPORTERS", "Importer"]


class Importer(NamedTuple):
    """One import format.

    Attributes:
        read: reads one file into document graphs.
        suffixes: the file endings taken from a folder given to ``argkg import``.
    """

    read: Callable[[Path], list[DocumentGraph]]
    suffixes: tuple[str, ...]


#: Import format name -> importer.
IMPORTERS: dict[str, Importer] = {
    "aif": Importer(read_aif, (".json",)),
    "kialo": Importer(read_kialo, (".txt",)),
    "microtexts": Importer(read_microtext, (".xml",)),
    "brat": Importer(read_brat, (".ann",)),
    "graphml": Importer(read_graphml, (".graphml",)),
}
