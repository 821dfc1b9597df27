"""What each command does, as plain keyword-only functions the CLI and the tests call.

Data flows one way: text → `argkg.ingest` → `argkg.schema` objects → `argkg.graph` store →
`argkg.queries` → `argkg.reports`. These functions only connect the stages; they raise
`argkg.errors` exceptions and print nothing.
"""

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Literal

from pydantic import BaseModel

from argkg.config import Settings
from argkg.errors import InputError
from argkg.graph import GraphStore, graphs_to_networkx, open_store
from argkg.schema import DocumentGraph, Lang, dumps_records
from argkg.sharing import link_batch

__all__ = [
    "ANALYSES",
    "DemoResult",
    "ingest",
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


def ingest(
    paths: Sequence[Path],
    *,
    settings: Settings,
    lang: Lang | Literal["auto"] = "auto",
    analyse: bool = True,
    question: str | None = None,
) -> list[DocumentGraph]:
    """Extract the argument graph of each file, link it to the shared issues and store it.

    A folder stands for the text files below it (see `TEXT_SUFFIXES`). Every file is read and
    extracted before anything is written, so a bad file leaves the store as it was. The analyses
    run unless ``analyse`` is off; ``question`` states the debated question every file argues
    (kept for re-ingest, see `argkg.sharing.link_batch`).

    Returns:
        The stored document graphs, in the order of ``paths`` (a folder's files sorted by name).

    Raises:
        InputError: a file cannot be read or ingested, or a folder holds no text file.
    """
    from argkg.ingest import ingest_paths
    from argkg.queries import analyse as analyse_graph

    graphs = ingest_paths(_text_files(paths), lang=lang)
    if analyse:
        graphs = [analyse_graph(graph) for graph in graphs]
    with store_session(settings) as store:
        graphs = link_batch(graphs, store=store, data_dir=settings.data_dir, question=question)
        store.write(graphs)
    return graphs


#: File endings `ingest` takes from a folder.
TEXT_SUFFIXES = (".txt", ".md", ".markdown")


def _text_files(paths: Sequence[Path]) -> list[Path]:
    """Expand folders into their text files; resolve every path.

    The resolved path is a document's identity (its ``source``): the same file typed two ways
    is one document.
    """
    files: list[Path] = []
    for path in paths:
        if not path.is_dir():
            files.append(path.resolve())
            continue
        found = sorted(
            p.resolve() for p in path.rglob("*") if p.suffix.lower() in TEXT_SUFFIXES and p.is_file()
        )
        if not found:
            raise InputError(f"{path} holds no text file ({', '.join(TEXT_SUFFIXES)})")
        files.extend(found)
    return files


def export(*, settings: Settings, output: Path | None = None) -> str:
    """Return the whole store as sorted APOC-shaped JSON lines, also written to ``output`` if given.

    Raises:
        InputError: ``output`` cannot be written.
    """
    with store_session(settings) as store:
        text = dumps_records(store.records())
    if output is not None:
        _write_text(output, text, what="the export")
    return text


def query(
    name: str, *, settings: Settings, reject: Sequence[str] = (), issue: str | None = None
) -> BaseModel | list[BaseModel]:
    """Run the analysis ``name`` (one of `ANALYSES`) on the stored graph.

    On Neo4j, an analysis with a Cypher twin runs as Cypher on the server; the others load
    the graph into networkx. ``sources`` needs ``issue``: the shared issue whose sources it lists.

    Raises:
        InputError: unknown analysis or issue, or ``--reject`` (``--issue``) given to another
            analysis than whatif (sources).
    """
    from argkg import queries

    if name not in ANALYSES:
        raise InputError(f"unknown analysis {name!r}; choose one of {', '.join(ANALYSES)}")
    if reject and name != "whatif":
        raise InputError("--reject goes with the whatif analysis only")
    if (issue is not None) != (name == "sources"):
        raise InputError("the sources analysis needs --issue ISSUE_ID, and only it takes one")
    with store_session(settings) as store:
        run_read = getattr(store, "run_read", None)
        if run_read is not None and name in queries.CYPHER_ANALYSES:
            return list(queries.run_cypher_analysis(name, run_read))
        graph = store.load()
    if name == "whatif":
        if not reject:
            raise InputError("whatif needs at least one --reject ASSUMPTION_ID")
        return queries.whatif(graph, reject=reject)
    if issue is not None:
        try:
            return list(queries.issue_sources(graph, issue))
        except KeyError as exc:
            raise InputError(f"no issue {issue} in the store (see `argkg query issues`)") from exc
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
