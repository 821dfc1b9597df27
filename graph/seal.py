"""The embedded store file's seal: a first line with the checksum of the rest.

A sealed file starts with ``{"type":"checksum","lines":N,"sha256":H,"documents":{id: h}}``: the
record lines that follow number N and their UTF-8 bytes hash to H, and each document's own
records (`document_digest`) hash to its h, so a repair can tell which document was damaged.
The snapshot written with the file (`argkg.graph.snapshot`) names H, the records it was made of.
The seal is written in the same atomic rename as the records, so a clean file always
validates, and a truncated line, a missing record or an edited text does not: damage is told
from a clean file before anything relies on it. A file whose first line is a record was
written before seals existed; it still loads, and is sealed on its next write.
"""

import json
from collections.abc import Sequence
from typing import NamedTuple

from argkg.errors import InputError
from argkg.graph.snapshot import dump_snapshot, sha256_of
from argkg.schema import DocumentGraph, dumps_records, graph_records, merged_records

__all__ = [
    "seal",
    "unseal",
    "sealed_digest",
    "damaged",
    "document_digest",
    "Sealed",
    "Unsealed",
    "SEAL_TYPE",
]

#: The ``type`` of the seal record (record types are ``node`` and ``relationship``).
SEAL_TYPE = "checksum"


class Sealed(NamedTuple):
    """A store file to write: its text (seal line, then records) and the snapshot of its records."""

    text: str
    snapshot: bytes


class Unsealed(NamedTuple):
    """A store file taken apart: its record lines, whether it was sealed, its documents' digests."""

    body: str
    sealed: bool
    documents: dict[str, str]


def seal(graphs: Sequence[DocumentGraph]) -> Sealed:
    """Return the store file of ``graphs``: the seal line, then the sorted record lines; and its snapshot."""
    records = list(merged_records(graphs))
    content = dumps_records(records)
    digest = _sha256(content)
    header = {
        "type": SEAL_TYPE,
        "lines": content.count("\n"),
        "sha256": digest,
        "documents": {g.document.id: document_digest(g) for g in graphs},
    }
    text = json.dumps(header, sort_keys=True, separators=(",", ":")) + "\n" + content
    return Sealed(text, dump_snapshot(records, digest))


def document_digest(graph: DocumentGraph) -> str:
    """The sha256 of one document's canonical record lines."""
    return _sha256(dumps_records(graph_records(graph)))


def unseal(text: str, *, name: str, verify: bool = True) -> Unsealed:
    """Take a store file's seal off and (unless ``verify`` is off) check the records against it.

    Args:
        text: the whole file.
        name: the file, for messages.
        verify: raise when the records do not match the seal.

    Returns:
        The record lines (the text after the seal line, or the whole text when unsealed),
        whether the file was sealed, and the sealed documents' digests.

    Raises:
        InputError: ``verify`` is on and the records do not match the seal (see `damaged`).
    """
    first, _, body = text.partition("\n")
    header = _seal_record(first)
    if header is None:
        return Unsealed(text, False, {})
    if verify:
        _verify(header, body.count("\n"), _sha256(body), name)
    documents = header.get("documents")
    return Unsealed(body, True, dict(documents) if isinstance(documents, dict) else {})


def sealed_digest(data: bytes, *, name: str) -> str | None:
    """The sha256 of a sealed file's records, once they match the seal.

    Works on the file's bytes, so that a load from the snapshot never decodes the records.

    Returns:
        None for an unsealed file.

    Raises:
        InputError: the records do not match the seal (see `damaged`).
    """
    first, _, body = data.partition(b"\n")
    header = _seal_record(first.decode("utf-8", errors="replace"))
    if header is None:
        return None
    digest = sha256_of(body)
    _verify(header, body.count(b"\n"), digest, name)
    return digest


def _verify(header: dict[str, object], lines: int, digest: str, name: str) -> None:
    if header.get("lines") != lines or header.get("sha256") != digest:
        raise damaged(name, "its records do not match its checksum (a line is missing, cut or edited)")


def damaged(name: str, detail: str) -> InputError:
    """The one-line error for a store file that does not validate, saying how to recover."""
    return InputError(
        f"the store {name} is damaged: {detail}; nothing was changed. "
        "`argkg store check` shows what validates, `argkg store repair` keeps it and sets the rest aside"
    )


def _seal_record(line: str) -> dict[str, object] | None:
    try:
        record = json.loads(line)
    except json.JSONDecodeError:
        return None
    return record if isinstance(record, dict) and record.get("type") == SEAL_TYPE else None


def _sha256(text: str) -> str:
    return sha256_of(text.encode("utf-8"))
