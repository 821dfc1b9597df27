"""`argkg store check` and `argkg store repair`: what of a damaged embedded store still validates.

The store file is read line by line, without trusting it: each line must be a JSON record; the
records are grouped by document, and a document validates when its records rebuild a valid
`DocumentGraph` whose text still hashes to its ``sha256`` and, in a sealed file, whose records
still hash to the digest the seal holds for it (so a document missing one relationship, or with
an edited property, does not validate). `repair` keeps the documents that
validate, writes them as a new sealed file and sets every other line aside, verbatim, in a dated
file beside the store (``graph.jsonl.set-aside-<UTC time>``), so nothing is lost.
"""

import json
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path

from pydantic import BaseModel

from argkg.errors import InputError
from argkg.graph.embedded import EmbeddedStore
from argkg.graph.seal import document_digest, unseal
from argkg.schema import DocumentGraph, graphs_from_records, text_sha256

__all__ = ["StoreCheck", "check_store", "repair_store"]


class StoreCheck(BaseModel):
    """What a check of the store file found.

    Attributes:
        path: the store file.
        sealed: the file has a checksum line.
        checksum_ok: the records match the checksum (False for an unsealed file).
        documents: the sources of the documents that validate.
        bad_documents: the ids (or sources) of the documents that do not, with the reason.
        bad_lines: the file's line numbers that are not JSON records of a known document.
        set_aside: where `repair_store` put what it did not keep.
    """

    path: Path
    sealed: bool
    checksum_ok: bool
    documents: list[str]
    bad_documents: list[str]
    bad_lines: list[int]
    set_aside: Path | None = None

    @property
    def clean(self) -> bool:
        """Whether the file validates whole."""
        return (self.checksum_ok or not self.sealed) and not self.bad_documents and not self.bad_lines


class _Reading(BaseModel):
    check: StoreCheck
    kept: list[DocumentGraph]
    rejected_lines: list[str]


def check_store(data_dir: Path) -> StoreCheck:
    """Check the embedded store under ``data_dir`` without changing it.

    Raises:
        InputError: the store file cannot be read at all.
    """
    return _read(EmbeddedStore(data_dir)).check


def repair_store(data_dir: Path) -> StoreCheck:
    """Keep what validates in the store under ``data_dir``; set the rest aside beside it.

    A clean store is left as it is.

    Raises:
        InputError: the store file cannot be read, or the set-aside file cannot be written.
    """
    store = EmbeddedStore(data_dir)
    reading = _read(store)
    if reading.check.clean:
        return reading.check
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    aside = store.path.with_name(f"{store.path.name}.set-aside-{stamp}")
    try:
        aside.write_text("".join(line + "\n" for line in reading.rejected_lines), encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot write {aside}: {exc.strerror or exc}") from exc
    store.rewrite(reading.kept)
    return reading.check.model_copy(update={"set_aside": aside})


def _read(store: EmbeddedStore) -> _Reading:
    try:
        text = store.path.read_bytes().decode("utf-8", errors="replace")
    except FileNotFoundError:
        text = ""
    except OSError as exc:
        raise InputError(f"cannot read the graph file {store.path}: {exc.strerror or exc}") from exc
    body, sealed, digests = unseal(text, name=str(store.path), verify=False)
    try:
        unseal(text, name=str(store.path))
        checksum_ok = sealed
    except InputError:
        checksum_ok = False
    first = 2 if sealed else 1
    by_doc: dict[str, list[tuple[int, str, dict[str, object]]]] = defaultdict(list)
    bad_lines: list[int] = []
    rejected: list[str] = []
    parsed = [(n, line, _record(line)) for n, line in enumerate(body.splitlines(), start=first)]
    owners = {r["id"]: _doc_of(r) for _, _, r in parsed if r is not None and r.get("type") == "node"}
    for number, line, record in parsed:
        doc = None if record is None else _owner(record, owners)
        if record is None or doc is None:
            bad_lines.append(number)
            rejected.append(line)
        else:
            by_doc[doc].append((number, line, record))
    kept: list[DocumentGraph] = []
    bad_documents = [
        f"{doc_id}: all its records are missing" for doc_id in sorted(set(digests) - set(by_doc))
    ]
    for doc_id, entries in sorted(by_doc.items()):
        problem, graph = _validate(
            [record for _, _, record in entries], digests.get(doc_id) if sealed else None
        )
        if graph is None:
            bad_documents.append(f"{doc_id}: {problem}")
            rejected.extend(line for _, line, _ in entries)
        else:
            kept.append(graph)
    check = StoreCheck(
        path=store.path,
        sealed=sealed,
        checksum_ok=checksum_ok,
        documents=[g.document.source for g in kept],
        bad_documents=bad_documents,
        bad_lines=bad_lines,
    )
    return _Reading(check=check, kept=kept, rejected_lines=rejected)


def _record(line: str) -> dict[str, object] | None:
    try:
        record = json.loads(line)
    except json.JSONDecodeError:
        return None
    if not isinstance(record, dict) or not isinstance(record.get("id"), str):
        return None
    return record


def _doc_of(record: dict[str, object]) -> str | None:
    properties = record.get("properties")
    doc = properties.get("doc_id") if isinstance(properties, dict) else None
    return doc if isinstance(doc, str) else None


def _owner(record: dict[str, object], owners: dict[object, str | None]) -> str | None:
    """The document a record belongs to: a node's ``doc_id``, a relationship's start node's."""
    if record.get("type") == "node":
        return _doc_of(record)
    start = record.get("start")
    return owners.get(start.get("id")) if isinstance(start, dict) else None


def _validate(records: list[dict[str, object]], digest: str | None) -> tuple[str, DocumentGraph | None]:
    """A document's graph when its records rebuild one valid document, intact and as sealed.

    ``digest`` is what the seal holds for the document (None for an unsealed file: not compared).
    """
    try:
        graphs = graphs_from_records(records, partial=True)
    except InputError as exc:
        return str(exc), None
    if len(graphs) != 1:
        return "its Document node is missing", None
    document = graphs[0].document
    if text_sha256(document.text) != document.sha256:
        return "its text does not match its sha256 (edited)", None
    if digest is not None and document_digest(graphs[0]) != digest:
        return "its records differ from the sealed ones (a record is missing or edited)", None
    return "", graphs[0]
