"""What each command does, as plain keyword-only functions the CLI and the tests call.

Data flows one way: text → `argkg.ingest` → `argkg.schema` objects → `argkg.graph` store →
`argkg.queries` → `argkg.reports`. These functions only connect the stages; they raise
`argkg.errors` exceptions and print nothing.
"""

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel

from argkg.config import Settings
from argkg.errors import InputError
from argkg.graph import GraphStore, graphs_to_networkx, open_store
from argkg.schema import DocumentGraph, Lang

if TYPE_CHECKING:
    from argkg.ingest.batches import Progress

__all__ = [
    "ANALYSES",
    "DemoResult",
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
ANALYSES = ("contested", "depends", "critical", "whatif", "cruxes", "evidence", "balance")

ReportFormat = Literal["html", "md"]


@contextmanager
def store_session(settings: Settings) -> Iterator[GraphStore]:
    """Open the configured store for the length of a ``with`` block."""
    store = open_store(settings)
    try:
        yield store
    finally:
        store.close()


def ingest(
    paths: Sequence[Path],
    *,
    settings: Settings,
    lang: Lang | Literal["auto"] = "auto",
    analyse: bool = True,
    jobs: int = 1,
    progress: "Progress | None" = None,
) -> list[DocumentGraph]:
    """Extract the argument graph of each file and store it (analysed unless ``analyse`` is off).

    A folder stands for the text files below it (see `TEXT_SUFFIXES`). Every file is read and
    extracted before anything is written, so a bad file leaves the store as it was. ``jobs``
    processes extract at once; ``progress`` hears of each document extracted.

    Returns:
        The stored document graphs, in the order of ``paths`` (a folder's files sorted by name).

    Raises:
        InputError: a file cannot be read or ingested, or a folder holds no text file.
    """
    from argkg.ingest import ingest_paths
    from argkg.queries import analyse as analyse_graph

    graphs = ingest_paths(_files(paths, TEXT_SUFFIXES, what="text"), lang=lang, jobs=jobs, progress=progress)
    if analyse:
        graphs = [analyse_graph(graph) for graph in graphs]
    with store_session(settings) as store:
        store.write(graphs)
    return graphs


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
    with store_session(settings) as store:
        store.write(graphs)
    return graphs


def _files(paths: Sequence[Path], suffixes: Sequence[str], *, what: str) -> list[Path]:
    """Expand folders into their ``what`` files (ending in one of ``suffixes``); resolve every path.

    The resolved path is a document's identity (its ``source``): the same file typed two ways
    is one document.
    """
    files: list[Path] = []
    for path in paths:
        if not path.is_dir():
            files.append(path.resolve())
            continue
        found = sorted(p.resolve() for p in path.rglob("*") if p.suffix.lower() in suffixes and p.is_file())
        if not found:
            raise InputError(f"{path} holds no {what} file ({', '.join(suffixes)})")
        files.extend(found)
    return files


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


def query(name: str, *, settings: Settings, reject: Sequence[str] = ()) -> BaseModel | list[BaseModel]:
    """Run the analysis ``name`` (one of `ANALYSES`) on the stored graph.

    On Neo4j, an analysis with a Cypher twin runs as Cypher on the server; the others load
    the graph into networkx.

    Raises:
        InputError: unknown analysis, or ``--reject`` given to another analysis than whatif.
    """
    from argkg import queries

    if name not in ANALYSES:
        raise InputError(f"unknown analysis {name!r}; choose one of {', '.join(ANALYSES)}")
    if reject and name != "whatif":
        raise InputError("--reject goes with the whatif analysis only")
    with store_session(settings) as store:
        run_read = getattr(store, "run_read", None)
        if run_read is not None and name in queries.CYPHER_ANALYSES:
            return list(queries.run_cypher_analysis(name, run_read))
        graph = store.load()
    if name == "whatif":
        if not reject:
            raise InputError("whatif needs at least one --reject ASSUMPTION_ID")
        return queries.whatif(graph, reject=reject)
    result: list[BaseModel] = getattr(queries, name)(graph)
    return result


def analyse_store(*, settings: Settings) -> list[DocumentGraph]:
    """Recompute the analyses of every stored document and write them back."""
    from argkg.queries import analyse as analyse_graph

    with store_session(settings) as store:
        graphs = [analyse_graph(graph) for graph in store.documents()]
        store.write(graphs)
    return graphs


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
    graphs = ingest(example_paths(), settings=settings)
    html = report(settings=settings, fmt="html", output=output_dir / "report.html")
    markdown = report(settings=settings, fmt="md", output=output_dir / "report.md")
    return DemoResult(data_dir=settings.data_dir, html=html, markdown=markdown, documents=graphs)
