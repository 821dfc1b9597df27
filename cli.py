"""The ``argkg`` command line (DESIGN.md §3).

Each command parses its options, calls one plain function (`argkg.workflows`, the stores, the
server module) and prints with rich. `main` is the only place that turns an `ArgkgError`, a
usage error or a driver failure into one line on stderr and an exit code: 0 success, 2 bad
input or usage, 3 store unavailable, 1 only for a bug.
"""

import json
import os
import re
import sys
import tempfile
import warnings
from collections.abc import Iterable, Sequence
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal

import typer
from pydantic import BaseModel
from rich.console import Console
from rich.table import Table
from rich.text import Text

from argkg import sharing, workflows
from argkg.config import Settings
from argkg.errors import ArgkgError, InputError, StoreNote
from argkg.progress import ingest_bar
from argkg.schema import Claim, DocumentGraph, Lang, Stance

if TYPE_CHECKING:
    from argkg.graph.neo4j_server import ServerStatus
    from argkg.graph.repair import StoreCheck

__all__ = ["app", "main", "run"]

app = typer.Typer(
    name="argkg",
    help="Turn argumentative texts into an argument knowledge graph, analyse it and report it.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
neo4j_app = typer.Typer(
    help="Run the local Neo4j server (assembled from Maven Central).", no_args_is_help=True
)
app.add_typer(neo4j_app, name="neo4j")
store_app = typer.Typer(help="Check or repair the embedded store file.", no_args_is_help=True)
app.add_typer(store_app, name="store")

#: Markup off: document text and user input are data, printed literally ("[/x]" stays "[/x]").
_out = Console(markup=False)
_err = Console(stderr=True, markup=False)
#: ``ingest --jobs`` can use the cores this process may run on (the default stays 1: see README).
_CORES = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


class _StoreOption(StrEnum):
    EMBEDDED = "embedded"
    NEO4J = "neo4j"


class _LangOption(StrEnum):
    AUTO = "auto"
    ZH = "zh"
    EN = "en"


class _ReportFormat(StrEnum):
    HTML = "html"
    MD = "md"


class _ExportFormat(StrEnum):
    """The names of `argkg.graph.exporters.EXPORTERS` (a test keeps them equal)."""

    JSON = "json"
    AIF = "aif"
    ARGDOWN = "argdown"
    GRAPHML = "graphml"


class _ImportFormat(StrEnum):
    """The names of `argkg.ingest.importers.IMPORTERS` (a test keeps them equal)."""

    AIF = "aif"
    KIALO = "kialo"
    MICROTEXTS = "microtexts"
    BRAT = "brat"
    GRAPHML = "graphml"


@app.callback()
def _global(
    ctx: typer.Context,
    store: Annotated[
        _StoreOption | None,
        typer.Option(
            help="Graph store: embedded (default, a file under --data) or neo4j.", envvar="ARGKG_STORE"
        ),
    ] = None,
    data: Annotated[
        Path | None,
        typer.Option(
            help="Folder of the embedded store and the local Neo4j data [default: ./.argkg].",
            envvar="ARGKG_DATA",
        ),
    ] = None,
) -> None:
    """Global options: which store, and where its data lives."""
    ctx.obj = Settings.from_env(store=store.value if store else None, data_dir=data)
    ctx.meta["data_given"] = data is not None


def _settings(ctx: typer.Context) -> Settings:
    settings: Settings = ctx.obj
    return settings


@app.command()
def ingest(
    ctx: typer.Context,
    paths: Annotated[
        list[Path], typer.Argument(help="Text files or folders to ingest (UTF-8, GB18030 or UTF-16).")
    ],
    lang: Annotated[
        _LangOption, typer.Option(help="Language of the texts; auto detects it.")
    ] = _LangOption.AUTO,
    analyse: Annotated[bool, typer.Option(help="Compute the analyses and store them too.")] = True,
    keep_going: Annotated[
        bool,
        typer.Option(
            "--keep-going", help="Store the good files and list the bad ones (exit 2 if any), not nothing."
        ),
    ] = False,
    question: Annotated[
        str | None,
        typer.Option(help="The debated question these texts argue (kept for re-ingest; see `argkg link`)."),
    ] = None,
    jobs: Annotated[
        int,
        typer.Option(min=1, max=_CORES, help="Processes that extract at once (at most the number of cores)."),
    ] = 1,
    scheduler: Annotated[
        str | None,
        typer.Option(
            help="Extract on a Dask cluster: its scheduler's address (tcp://host:8786), or local for"
            " a local cluster of --jobs workers. Needs the distributed extra."
        ),
    ] = None,
) -> None:
    """Extract the argument graph of each text and store them all (or, on any error, none)."""
    chosen: Lang | Literal["auto"] = "auto" if lang is _LangOption.AUTO else Lang(lang.value)
    with ingest_bar(_err) as bar:
        result = workflows.ingest(
            paths,
            settings=_settings(ctx),
            lang=chosen,
            analyse=analyse,
            keep_going=keep_going,
            question=question,
            jobs=jobs,
            progress=bar,
            scheduler=scheduler,
        )
    _print_summary(result.documents)
    for duplicate in result.duplicates:
        _out.print(
            f"duplicate: {duplicate.source} has the same text as {duplicate.same_as}"
            f" (stored once, as {duplicate.stored_as})",
            markup=False,
            soft_wrap=True,
        )
    for skipped in result.skipped:
        _out.print(f"skipped: {skipped.reason}", markup=False, soft_wrap=True)
    if result.skipped:
        raise InputError(
            f"{len(result.skipped)} of {len(result.skipped) + len(result.documents) + len(result.duplicates)}"
            " files skipped (listed above); the others are stored"
        )


@app.command()
def link(
    ctx: typer.Context,
    document: Annotated[str, typer.Argument(help="The stored document: its file, source or id.")],
    issue: Annotated[str, typer.Argument(help="The shared issue it argues (an id from `query issues`).")],
) -> None:
    """Say which shared issue a document argues; the link survives re-ingest."""
    graph = sharing.link(document, issue, settings=_settings(ctx))
    _out.print(f"{graph.document.source} argues {issue}", soft_wrap=True)


@app.command()
def unlink(
    ctx: typer.Context,
    document: Annotated[str, typer.Argument(help="The stored document: its file, source or id.")],
) -> None:
    """Undo a wrong merge: the document argues an issue of its own; survives re-ingest."""
    graph = sharing.unlink(document, settings=_settings(ctx))
    _out.print(f"{graph.document.source} argues an issue of its own", soft_wrap=True)


@app.command()
def remove(
    ctx: typer.Context,
    documents: Annotated[list[str], typer.Argument(help="Stored documents: files, sources or ids.")],
) -> None:
    """Remove documents, and the shared entities and issues no other document uses."""
    for source in sharing.remove(documents, settings=_settings(ctx)):
        _out.print(f"removed {source}", soft_wrap=True)


@app.command()
def export(
    ctx: typer.Context,
    format: Annotated[_ExportFormat, typer.Option("--format", help="Output format.")] = _ExportFormat.JSON,
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="File to write [default: stdout].")
    ] = None,
) -> None:
    """Export the whole graph: APOC-shaped JSON lines, AIF JSON, Argdown or GraphML."""
    text = workflows.export(settings=_settings(ctx), output=output, fmt=format.value)
    if output is None:
        sys.stdout.write(text)
    else:
        _err.print(f"wrote {output}")


@app.command("import")
def import_(
    ctx: typer.Context,
    paths: Annotated[list[Path], typer.Argument(help="Files (or folders of them) to import.")],
    format: Annotated[_ImportFormat, typer.Option("--format", help="The files' format.")],
    analyse: Annotated[bool, typer.Option(help="Compute the analyses and store them too.")] = True,
) -> None:
    """Import annotated debates (AIF, Kialo, arg-microtexts XML, brat, GraphML); print the counts."""
    graphs = workflows.import_files(paths, fmt=format.value, settings=_settings(ctx), analyse=analyse)
    _print_summary(graphs)


@app.command()
def query(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help=f"Analysis: {', '.join(workflows.ANALYSES)}.")],
    reject: Annotated[
        list[str] | None, typer.Option("--reject", help="Assumption id to reject (whatif; repeatable).")
    ] = None,
    accept: Annotated[
        list[str] | None, typer.Option("--accept", help="Assumption id to accept (whatif; repeatable).")
    ] = None,
    issue: Annotated[
        str | None, typer.Option("--issue", help="Shared issue id whose sources to list (sources).")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
) -> None:
    """Run one of the analyses on the stored graph."""
    result = workflows.query(
        name, settings=_settings(ctx), reject=reject or (), accept=accept or (), issue=issue
    )
    _print_result(result, as_json=as_json, title=name)


@app.command()
def cypher(
    ctx: typer.Context,
    text: Annotated[str, typer.Argument(metavar="QUERY", help="The Cypher query.")],
    param: Annotated[
        list[str] | None, typer.Option("--param", help="Query parameter k=v (v read as JSON when it parses).")
    ] = None,
    write: Annotated[bool, typer.Option("--write", help="Allow the query to write.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
) -> None:
    """Run a Cypher query on the Neo4j store (read-only unless --write)."""
    from argkg.graph.cypher import run_cypher

    rows = run_cypher(text, settings=_settings(ctx), params=_parse_params(param or ()), write=write)
    if as_json:
        _out.print_json(json.dumps(rows, ensure_ascii=False, default=str))
    else:
        _print_table(rows, title=None)


@app.command()
def report(
    ctx: typer.Context,
    output: Annotated[Path, typer.Option("-o", "--output", help="File to write.")],
    format: Annotated[_ReportFormat, typer.Option("--format", help="html or md.")] = _ReportFormat.HTML,
) -> None:
    """Write the debate report of everything stored."""
    path = workflows.report(settings=_settings(ctx), fmt=format.value, output=output)
    _out.print(f"report written to {path}")


@app.command()
def analyse(ctx: typer.Context) -> None:
    """Compute the analyses and write them into the store (ingest does this too)."""
    graphs = workflows.analyse_store(settings=_settings(ctx))
    _out.print(f"analysed {len(graphs)} document(s)")


@app.command()
def browse(ctx: typer.Context) -> None:
    """Print the Neo4j Browser URL, the style file and the starter queries."""
    from argkg.reports.browse import browse_info

    info = browse_info(_settings(ctx))
    _out.print(f"Neo4j Browser: {info.url}", soft_wrap=True)
    _out.print(
        f"Style file:    {info.style_path}  (drop it onto the Browser window; check with :style)",
        soft_wrap=True,
    )
    for starter in info.starter_queries:
        _out.rule(starter.title)
        _out.print(starter.cypher, markup=False, highlight=False, soft_wrap=True)


@app.command()
def demo(
    ctx: typer.Context,
    out: Annotated[
        Path | None, typer.Option(help="Folder for the reports [default: a new temporary folder].")
    ] = None,
) -> None:
    """Ingest the bundled Chinese and English examples and write their report."""
    settings = _settings(ctx)
    output_dir = out or Path(tempfile.mkdtemp(prefix="argkg-demo-"))
    if not ctx.meta.get("data_given"):
        settings = settings.model_copy(update={"data_dir": output_dir / "store"})
    result = workflows.demo(settings=settings, output_dir=output_dir)
    _print_summary(result.documents)
    _out.print(f"store:  {result.data_dir}")
    _out.print(f"report: {result.html}")
    _out.print(f"        {result.markdown}")


@neo4j_app.command("start")
def neo4j_start(ctx: typer.Context) -> None:
    """Provision (first time) and start the local Neo4j server; return when Bolt answers."""
    from argkg.graph import neo4j_server

    _print_status(neo4j_server.start(_settings(ctx)))


@neo4j_app.command("stop")
def neo4j_stop(ctx: typer.Context) -> None:
    """Stop the local Neo4j server that `argkg neo4j start` started."""
    from argkg.graph import neo4j_server

    neo4j_server.stop(_settings(ctx))
    _out.print("neo4j stopped")


@neo4j_app.command("status")
def neo4j_status(ctx: typer.Context) -> None:
    """Say whether the local Neo4j server is up, down, or refusing these credentials (exit 3)."""
    from argkg.errors import StoreUnavailable
    from argkg.graph import neo4j_server

    status = neo4j_server.status(_settings(ctx))
    if status.refused:
        raise StoreUnavailable(
            status.bolt_uri, "a server answers but refuses these credentials (check NEO4J_PASSWORD)"
        )
    _print_status(status)


@store_app.command("check")
def store_check(ctx: typer.Context) -> None:
    """Say whether the embedded store validates whole; exit 2 when it does not."""
    from argkg.graph.repair import check_store

    result = check_store(_embedded_dir(ctx))
    _print_check(result)
    if not result.clean:
        raise InputError(f"the store {result.path} is damaged; `argkg store repair` keeps what validates")


@store_app.command("repair")
def store_repair(ctx: typer.Context) -> None:
    """Keep the documents that validate; set the rest aside in a dated file beside the store."""
    from argkg.graph.repair import repair_store

    result = repair_store(_embedded_dir(ctx))
    _print_check(result)
    if result.set_aside is not None:
        _out.print(f"set aside: {result.set_aside}", soft_wrap=True)
    else:
        _out.print("nothing to repair")


def _embedded_dir(ctx: typer.Context) -> Path:
    settings = _settings(ctx)
    if settings.store != "embedded":
        raise InputError("`argkg store` checks the embedded store; Neo4j keeps its own consistency")
    return settings.data_dir


def _print_check(result: "StoreCheck") -> None:
    seal = (
        "no checksum (older file)"
        if not result.sealed
        else "checksum ok"
        if result.checksum_ok
        else "CHECKSUM MISMATCH"
    )
    _out.print(f"{result.path}: {seal}; {len(result.documents)} document(s) validate", soft_wrap=True)
    for problem in result.bad_documents:
        _out.print(f"  does not validate: {problem}", soft_wrap=True)
    if result.bad_lines:
        shown = ", ".join(map(str, result.bad_lines[:10])) + (" …" if len(result.bad_lines) > 10 else "")
        _out.print(
            f"  {len(result.bad_lines)} line(s) are not records of a document: {shown}", soft_wrap=True
        )


_SUMMARY_LABELS = {
    "Section": "sections",
    "Claim": "claims",
    "Evidence": "numbers",
    "Assumption": "assumptions",
    "Conclusion": "conclusions",
    "Entity": "entities",
}


def _print_summary(graphs: Sequence[DocumentGraph]) -> None:
    """One line per document: its title, language, counts per label, and whether it argues at all."""
    for graph in graphs:
        counts = graph.label_counts()
        parts = [f"{counts.get(label, 0)} {name}" for label, name in _SUMMARY_LABELS.items()]
        parts.append(f"{len(graph.relationships)} relationships")
        if all(claim.stance is Stance.NEUTRAL for claim in graph.of_type(Claim)):
            parts.append("no argument found (no positions)")
        doc = graph.document
        _out.print(
            Text.assemble((doc.title, "bold"), f" ({doc.lang.value}, {doc.source}): " + ", ".join(parts))
        )


def _print_status(status: "ServerStatus") -> None:
    if status.up:
        started = f" (pid {status.pid})" if status.pid is not None else ""
        _out.print(f"neo4j is up{started} at {status.bolt_uri}", soft_wrap=True)
        _out.print(f"Neo4j Browser: {status.browser_url}", soft_wrap=True)
    else:
        _out.print(f"neo4j is down (nothing answers at {status.bolt_uri})", soft_wrap=True)
    _out.print(f"log: {status.log_file}", soft_wrap=True)


def _parse_params(pairs: Sequence[str]) -> dict[str, object]:
    params: dict[str, object] = {}
    for pair in pairs:
        key, sep, raw = pair.partition("=")
        if not sep or not key:
            raise InputError(f"--param takes key=value, got {pair!r}")
        try:
            params[key] = json.loads(raw)
        except json.JSONDecodeError:
            params[key] = raw
    return params


def _print_result(result: BaseModel | list[BaseModel], *, as_json: bool, title: str) -> None:
    if as_json:
        data = (
            result.model_dump(mode="json")
            if isinstance(result, BaseModel)
            else [r.model_dump(mode="json") for r in result]
        )
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return
    rows = (
        [result.model_dump(mode="json")]
        if isinstance(result, BaseModel)
        else [r.model_dump(mode="json") for r in result]
    )
    _print_table(rows, title=title)


def _print_table(rows: list[dict[str, Any]], *, title: str | None) -> None:
    """Print ``rows`` as a table whose cells are literal text and whose ids are never cut.

    Text columns wrap (folding words longer than the column); a column whose values are ids or
    lists of ids keeps each id whole on one line, so it can be pasted into another command, and a
    text column is never narrower than its longest word holding an id (nested values). When
    the terminal is too narrow for the ids, the table is drawn wider than the terminal rather
    than cut.
    """
    if not rows:
        _out.print("no rows")  # an empty table would print a blank line
        return
    columns = list(rows[0])
    cells = [[_cell(row[column]) for column in columns] for row in rows]
    table = Table(title=title, show_lines=False)
    needed = 1
    for index, column in enumerate(columns):
        longest = max([len(column), *(line[index].cell_len for line in cells)])
        id_width = _id_width([row[column] for row in rows]) or _breakdown_width(
            [row[column] for row in rows], longest
        )
        width = id_width or max(min(_MIN_TEXT_WIDTH, longest), _id_token_width(line[index] for line in cells))
        table.add_column(column, no_wrap=id_width is not None, overflow="fold", min_width=width)
        needed += width + 3
    for line in cells:
        table.add_row(*line)
    wide = Console(
        file=_out.file, width=max(_out.width, needed), markup=False, force_terminal=_out.is_terminal
    )
    wide.print(table, crop=False)


#: The keys of one source's row in a per-source breakdown (`argkg.queries.models.SourceSide`).
_SOURCE_KEYS = frozenset({"source", "stance", "supports", "attacks"})
#: Width below which a text column is not squeezed (when ids need the room, the table widens).
_MIN_TEXT_WIDTH = 12
#: A node or relationship id (`argkg.schema.stable_id`): a lower-case label, a dash, hex digits.
_ID = re.compile(r"[a-z_]+-[0-9a-f]{8,}")


def _id_width(values: list[Any]) -> int | None:
    """The longest id when every non-empty value is an id or a list of ids, else None."""
    flat = [v for value in values for v in (value if isinstance(value, list) else [value]) if v is not None]
    if not flat or not all(isinstance(v, str) and _ID.fullmatch(v) for v in flat):
        return None
    return max(len(v) for v in flat)


def _id_token_width(cells: Iterable[Text]) -> int:
    """The longest word of ``cells`` that holds an id (0 when none does): a text column is never
    narrower, so that, wrapping at spaces, it keeps every id inside nested values whole."""
    return max((len(word) for cell in cells for word in cell.plain.split() if _ID.search(word)), default=0)


def _is_breakdown(value: Any) -> bool:
    """Whether ``value`` is a per-source breakdown (a list of `SourceSide` rows)."""
    return isinstance(value, list) and all(isinstance(v, dict) and v.keys() >= _SOURCE_KEYS for v in value)


def _breakdown_width(values: list[Any], longest: int) -> int | None:
    """``longest`` when every value is a per-source breakdown (its lines hold ids: never cut)."""
    return longest if values and any(values) and all(_is_breakdown(v) for v in values) else None


def _cell(value: Any) -> Text:
    """A cell as literal text: a string as is, a list of strings one per line, a per-source
    breakdown one source per line ("document-… a.txt: pro +2 -1"), else JSON."""
    if isinstance(value, str):
        return Text(value)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return Text("\n".join(value))
    if _is_breakdown(value):
        lines = (
            f"{v['doc_id']} {v['source']}: {v['stance']} +{v['supports']} -{v['attacks']}" for v in value
        )
        return Text("\n".join(lines))
    return Text(json.dumps(value, ensure_ascii=False, default=str))


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; map errors to one stderr line and an exit code (DESIGN.md §3)."""
    try:
        with warnings.catch_warnings(record=True) as notes:
            warnings.simplefilter("always", StoreNote)
            app(args=list(argv) if argv is not None else None, standalone_mode=False)
        for note in dict.fromkeys(str(n.message) for n in notes if issubclass(n.category, StoreNote)):
            sys.stderr.write(f"argkg: note: {note}\n")
    except ArgkgError as exc:
        _fail(str(exc))
        return exc.exit_code
    except typer.Exit as exc:
        return int(exc.exit_code)
    except typer.Abort:
        _fail("aborted")
        return 130
    except typer.TyperException as exc:
        _fail(exc.format_message() if hasattr(exc, "format_message") else str(exc))
        return 2
    return 0


def _fail(message: str) -> None:
    first = message.strip().splitlines()[0] if message.strip() else "error"
    sys.stderr.write(f"argkg: error: {first}\n")


def run() -> None:
    """Console-script entry point: exit with `main`'s code."""
    sys.exit(main())


if __name__ == "__main__":
    run()
