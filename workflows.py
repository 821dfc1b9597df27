"""What each command does, as plain keyword-only functions the CLI and the tests call.

Data flows one way: text → `argkg.ingest` → `argkg.schema` objects → `argkg.graph` store →
`argkg.queries` → `argkg.reports`. These functions only connect the stages; they raise
`argkg.errors` exceptions and print nothing.
"""

import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel

from argkg.config import Settings
from argkg.errors import ArgkgError, InputError, StoreUnavailable
from argkg.graph import GraphStore, graphs_to_networkx, open_store
from argkg.schema import DocumentGraph, Lang
from argkg.sharing import keep_question, link_batch

if TYPE_CHECKING:
    from argkg.ingest.batches import Finish, Progress

__all__ = [
    "ANALYSES",
    "DemoResult",
    "Duplicate",
    "IngestResult",
    "Skipped",
    "ingest",
    "import_files",
    "export",
    "query",
    "analyse_store",
    "report",
    "demo",
    "example_paths",
    "store_session",
]

#: Names ``argkg query`` accepts.
ANALYSES = (
    "contested",
    "depends",
    "critical",
    "whatif",
    "cruxes",
    "evidence",
    "balance",
    "issues",
    "sources",
    "restated",
)

ReportFormat = Literal["html", "md"]


@contextmanager
def store_session(settings: Settings) -> Iterator[GraphStore]:
    """Open the configured store for the length of a ``with`` block."""
    store = open_store(settings)
    try:
        yield store
    finally:
        store.close()


class Skipped(BaseModel):
    """A file that ``ingest --keep-going`` left out, and why."""

    source: str
    reason: str


class Duplicate(BaseModel):
    """A file whose text is the text of another file (of the batch, or stored): one document.

    Attributes:
        source: the file.
        same_as: the other file.
        stored_as: the source the one document bears now (the batch's first file, or the
            newly ingested file when the text was stored before under ``same_as``).
    """

    source: str
    same_as: str
    stored_as: str


class IngestResult(BaseModel):
    """What one `ingest` stored, left out and found twice."""

    documents: list[DocumentGraph]
    skipped: list[Skipped] = []
    duplicates: list[Duplicate] = []


def ingest(
    paths: Sequence[Path],
    *,
    settings: Settings,
    lang: Lang | Literal["auto"] = "auto",
    analyse: bool = True,
    keep_going: bool = False,
    question: str | None = None,
    jobs: int = 1,
    progress: "Progress | None" = None,
    scheduler: str | None = None,
) -> IngestResult:
    """Extract the argument graph of each file and store them all in one write.

    A folder stands for the text files below it (see `TEXT_SUFFIXES`). Every file is read and
    extracted before anything is written, and the store writes the batch all or nothing, so a
    bad file (or a failed write) leaves the store as it was. With ``keep_going`` a file that
    cannot be read or extracted is left out and listed instead, and when the store refuses the
    batch, each document is written alone and those it refuses are listed too (a store that is
    unavailable still stops the command). Files with the same text are one
    document (its id is a function of the text): the first is stored, the others are listed, and
    so is a file whose text was stored before under another source (it now bears the new one).
    Each document is linked to the shared issues before it is stored; ``question`` states the
    debated question every file argues (kept for re-ingest, see `argkg.sharing.link_batch`).
    ``jobs`` processes extract at once; ``progress`` hears of each document extracted. With a
    Dask ``scheduler`` (an address, or ``local`` for a local cluster of ``jobs`` workers) the
    documents are extracted on that cluster instead (`argkg.ingest.distributed`) and written
    here the same way.

    Returns:
        The stored document graphs in the order of ``paths`` (a folder's files sorted by name),
        the skipped files and the duplicates.

    Raises:
        InputError: a file cannot be read or ingested (unless ``keep_going``), or a folder
            holds no text file.
    """
    from argkg.queries import analyse as analyse_graph

    files = _files(paths, TEXT_SUFFIXES, what="text")
    graphs, skipped = _extract(
        files,
        lang,
        max_chars=settings.max_chars,
        keep_going=keep_going,
        jobs=jobs,
        progress=progress,
        finish=analyse_graph if analyse else None,
        scheduler=scheduler,
    )
    graphs, duplicates = _distinct(graphs)
    if graphs:
        with store_session(settings) as store:
            graphs, moved, refused = _store(
                store, graphs, keep_going=keep_going, settings=settings, question=question
            )
        keep_question(graphs, data_dir=settings.data_dir, question=question)
        skipped += refused
        duplicates += [Duplicate(source=new, same_as=old, stored_as=new) for new, old in moved.items()]
    return IngestResult(documents=graphs, skipped=skipped, duplicates=duplicates)


def _store(
    store: GraphStore,
    graphs: list[DocumentGraph],
    *,
    keep_going: bool,
    settings: Settings,
    question: str | None,
) -> tuple[list[DocumentGraph], dict[str, str], list[Skipped]]:
    """Link and write the batch in one locked write; with ``keep_going``, when the store
    refuses it, each document alone.

    Returns the stored (linked) graphs, the sources whose text was stored under another source
    (see `GraphStore.write`) and the documents the store refused.
    """

    def linked(batch: list[DocumentGraph]) -> Callable[[list[DocumentGraph]], list[DocumentGraph]]:
        return lambda stored: link_batch(batch, stored=stored, data_dir=settings.data_dir, question=question)

    try:
        written, moved = store.write_prepared(linked(graphs))
        return written, moved, []
    except StoreUnavailable:
        raise
    except ArgkgError:
        if not keep_going:
            raise
    kept: list[DocumentGraph] = []
    moved = {}
    refused: list[Skipped] = []
    for graph in graphs:
        try:
            written, more = store.write_prepared(linked([graph]))
            moved.update(more)
            kept.extend(written)
        except StoreUnavailable:
            raise
        except ArgkgError as exc:
            source = graph.document.source
            refused.append(Skipped(source=source, reason=f"{source}: the store refused it: {exc}"))
    return kept, moved, refused


def _extract(
    files: Sequence[Path],
    lang: Lang | Literal["auto"],
    *,
    max_chars: int,
    keep_going: bool,
    jobs: int = 1,
    progress: "Progress | None" = None,
    finish: "Finish | None" = None,
    scheduler: str | None = None,
) -> tuple[list[DocumentGraph], list[Skipped]]:
    """Extract every file in one pipeline batch, or (``keep_going``) each alone, skipping bad ones.

    ``finish`` (the analyses) runs on each graph where it is built, in this process and its helpers with
    ``jobs``, on the cluster's workers with a ``scheduler``.
    """
    from argkg.ingest import ingest_paths

    if scheduler is not None:
        if keep_going:
            raise InputError("--keep-going works without --scheduler only: run the bad files apart")
        from argkg.ingest.distributed import ingest_on_cluster

        return ingest_on_cluster(
            files,
            scheduler=scheduler,
            lang=lang,
            max_chars=max_chars,
            workers=jobs,
            progress=progress,
            finish=finish,
        ), []
    if not keep_going:
        return ingest_paths(
            files, lang=lang, max_chars=max_chars, jobs=jobs, progress=progress, finish=finish
        ), []
    graphs: list[DocumentGraph] = []
    skipped: list[Skipped] = []
    for path in files:
        try:
            graphs.extend(ingest_paths([path], lang=lang, max_chars=max_chars, finish=finish))
        except InputError as exc:
            skipped.append(Skipped(source=str(path), reason=str(exc)))
    return graphs, skipped


def _distinct(graphs: Sequence[DocumentGraph]) -> tuple[list[DocumentGraph], list[Duplicate]]:
    """Keep the first graph of each document id; list the other sources as its duplicates."""
    first: dict[str, DocumentGraph] = {}
    duplicates: list[Duplicate] = []
    for graph in graphs:
        kept = first.setdefault(graph.document.id, graph)
        if kept is not graph and kept.document.source != graph.document.source:
            source, same_as = graph.document.source, kept.document.source
            duplicates.append(Duplicate(source=source, same_as=same_as, stored_as=same_as))
    return list(first.values()), duplicates


#: File endings `ingest` takes from a folder.
TEXT_SUFFIXES = (".txt", ".md", ".markdown")


def import_files(
    paths: Sequence[Path], *, fmt: str, settings: Settings, analyse: bool = True
) -> list[DocumentGraph]:
    """Read annotated debates in the format ``fmt`` and store them, as `ingest` stores texts.

    A folder stands for its files with the format's endings. Every file is read and validated
    before anything is written, so a bad file leaves the store as it was.

    Returns:
        The stored document graphs, file by file.

    Raises:
        InputError: unknown format, or a file is malformed (the message names it and the place).
    """
    from argkg.ingest.importers import IMPORTERS
    from argkg.queries import analyse as analyse_graph

    importer = IMPORTERS.get(fmt)
    if importer is None:
        raise InputError(f"unknown import format {fmt!r}; choose one of {', '.join(IMPORTERS)}")
    graphs = [graph for path in _files(paths, importer.suffixes, what=fmt) for graph in importer.read(path)]
    if analyse:
        graphs = [analyse_graph(graph) for graph in graphs]
    batch = graphs
    with store_session(settings) as store:
        graphs, _ = store.write_prepared(
            lambda stored: link_batch(batch, stored=stored, data_dir=settings.data_dir)
        )
    return graphs


def _files(paths: Sequence[Path], suffixes: Sequence[str], *, what: str) -> list[Path]:
    """Expand folders into their ``what`` files (ending in one of ``suffixes``); resolve every path.

    The resolved path is a document's identity (its ``source``): the same file typed two ways
    is one document.
    """
    files: list[Path] = []
    for path in paths:
        if not path.is_dir():
            files.append(_resolved(path))
            continue
        found = sorted(_resolved(p) for p in _walk(path) if p.suffix.lower() in suffixes and p.is_file())
        if not found:
            raise InputError(f"{path} holds no {what} file ({', '.join(suffixes)})")
        files.extend(found)
    return files


def _walk(folder: Path) -> Iterator[Path]:
    """Every path below ``folder`` (symlinked folders not followed, so no loop); InputError naming
    a folder that cannot be read."""

    def refuse(exc: OSError) -> None:
        raise InputError(f"cannot read the folder {exc.filename}: {exc.strerror or exc}") from exc

    for root, _, names in os.walk(folder, onerror=refuse):
        yield from (Path(root) / name for name in names)


def _resolved(path: Path) -> Path:
    """``path`` made absolute with its symlinks resolved, or InputError naming a symlink loop."""
    try:
        return path.resolve()
    except (OSError, RuntimeError) as exc:
        raise InputError(f"cannot read {path}: {exc}") from exc


def export(*, settings: Settings, output: Path | None = None, fmt: str = "json") -> str:
    """Return the whole store in the export format ``fmt``, also written to ``output`` if given.

    ``json`` is sorted APOC-shaped JSON lines; the others are those of `argkg.graph.exporters`.

    Raises:
        InputError: unknown format, or ``output`` cannot be written.
    """
    from argkg.graph.exporters import EXPORTERS

    exporter = EXPORTERS.get(fmt)
    if exporter is None:
        raise InputError(f"unknown export format {fmt!r}; choose one of {', '.join(EXPORTERS)}")
    with store_session(settings) as store:
        text = exporter(store.documents())
    if output is not None:
        _write_text(output, text, what="the export")
    return text


def query(
    name: str,
    *,
    settings: Settings,
    reject: Sequence[str] = (),
    accept: Sequence[str] = (),
    issue: str | None = None,
) -> BaseModel | list[BaseModel]:
    """Run the analysis ``name`` (one of `ANALYSES`) on the stored graph.

    On Neo4j, an analysis with a Cypher twin runs as Cypher on the server; the others load
    the graph into networkx. ``sources`` needs ``issue``: the shared issue whose sources it lists.

    Raises:
        InputError: unknown analysis or issue, ``--reject``/``--accept`` given to another
            analysis than whatif, or whatif given neither, or ``--issue`` given to another analysis
            than sources (or not to sources).
    """
    from argkg import queries

    if name not in ANALYSES:
        raise InputError(f"unknown analysis {name!r}; choose one of {', '.join(ANALYSES)}")
    if (reject or accept) and name != "whatif":
        raise InputError("--reject and --accept go with the whatif analysis only")
    if name == "whatif" and not (reject or accept):
        raise InputError("whatif needs at least one --reject or --accept ASSUMPTION_ID")
    if (issue is not None) != (name == "sources"):
        raise InputError("the sources analysis needs --issue ISSUE_ID, and only it takes one")
    with store_session(settings) as store:
        run_read = getattr(store, "run_read", None)
        if run_read is not None and name in queries.CYPHER_ANALYSES:
            return list(queries.run_cypher_analysis(name, run_read))
        graph = store.load()
    if name == "whatif":
        return queries.whatif(graph, reject=reject, accept=accept)
    if issue is not None:
        try:
            return list(queries.issue_sources(graph, issue))
        except KeyError as exc:
            raise InputError(f"no issue {issue} in the store (see `argkg query issues`)") from exc
    result: list[BaseModel] = getattr(queries, name)(graph)
    return result


def analyse_store(*, settings: Settings) -> list[DocumentGraph]:
    """Recompute the analyses of every stored document and write them back.

    Each document is read and rewritten under the store's write lock (`GraphStore.update`), so
    a new version that another command stores meanwhile is analysed too, never undone.
    """
    from argkg.queries import analyse as analyse_graph

    with store_session(settings) as store:
        return store.update(analyse_graph)


def report(*, settings: Settings, fmt: ReportFormat, output: Path) -> Path:
    """Render the debate report of everything stored into ``output``.

    Raises:
        InputError: the store holds no document, or ``output`` cannot be written.
    """
    from argkg.reports import render_report

    with store_session(settings) as store:
        graphs = store.documents()
    if not graphs:
        raise InputError("the store holds no document; run `argkg ingest PATH` first")
    _write_text(output, render_report(graphs, graphs_to_networkx(graphs), fmt=fmt), what="the report")
    return output


def _write_text(path: Path, text: str, *, what: str) -> None:
    """Write ``text`` to ``path`` (creating its folder), or raise InputError naming the path."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot write {what} to {path}: {exc.strerror or exc}") from exc


class DemoResult(BaseModel):
    """Where `demo` put its output."""

    data_dir: Path
    html: Path
    markdown: Path
    documents: list[DocumentGraph]


def example_paths() -> list[Path]:
    """Return the bundled example texts (package data)."""
    folder = resources.files("argkg") / "examples"
    return sorted(Path(str(folder / name)) for name in ("debate_en.txt", "debate_zh.txt"))


def demo(*, settings: Settings, output_dir: Path) -> DemoResult:
    """Ingest the bundled examples into the embedded store under ``settings.data_dir`` and report."""
    settings = settings.model_copy(update={"store": "embedded"})
    graphs = ingest(example_paths(), settings=settings).documents
    html = report(settings=settings, fmt="html", output=output_dir / "report.html")
    markdown = report(settings=settings, fmt="md", output=output_dir / "report.md")
    return DemoResult(data_dir=settings.data_dir, html=html, markdown=markdown, documents=graphs)
