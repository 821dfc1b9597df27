"""The ``argkg`` command line (DESIGN.md §3).

Each command parses its options, calls one plain function (`argkg.workflows`, the stores, the
server module) and prints with rich. `main` is the only place that turns an `ArgkgError`, a
usage error or a driver failure into one line on stderr and an exit code: 0 success, 2 bad
input or usage, 3 store unavailable, 1 only for a bug.
"""

import json
import os
import sys
import tempfile
from collections.abc import Sequence
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal

import typer
from pydantic import BaseModel
from rich.console import Console
from rich.table import Table

from argkg import workflows
from argkg.config import Settings
from argkg.errors import ArgkgError, InputError
from argkg.progress import ingest_bar
from argkg.schema import DocumentGraph, Lang

if TYPE_CHECKING:
    from argkg.graph.neo4j_server import ServerStatus

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

_out = Console()
_err = Console(stderr=True)
#: The cores this process may run on: ``ingest --jobs``'s default.
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
    jobs: Annotated[
        int, typer.Option(min=1, help="Processes that extract at once [default: the number of cores].")
    ] = _CORES,
) -> None:
    """Extract the argument graph of each text and store it; print the counts per label."""
    chosen: Lang | Literal["auto"] = "auto" if lang is _LangOption.AUTO else Lang(lang.value)
    with ingest_bar(_err) as bar:
        graphs = workflows.ingest(
            paths, settings=_settings(ctx), lang=chosen, analyse=analyse, jobs=jobs, progress=bar
        )
    _print_summary(graphs)


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
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
) -> None:
    """Run one of the analyses on the stored graph."""
    result = workflows.query(name, settings=_settings(ctx), reject=reject or ())
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
        _out.print(_rows_table(rows, title=None))


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
    """Say whether the local Neo4j server is up."""
    from argkg.graph import neo4j_server

    _print_status(neo4j_server.status(_settings(ctx)))


_SUMMARY_LABELS = {
    "Section": "sections",
    "Claim": "claims",
    "Evidence": "numbers",
    "Assumption": "assumptions",
    "Conclusion": "conclusions",
    "Entity": "entities",
}


def _print_summary(graphs: Sequence[DocumentGraph]) -> None:
    """One line per document: its title, language and counts per label."""
    for graph in graphs:
        counts = graph.label_counts()
        parts = [f"{counts.get(label, 0)} {name}" for label, name in _SUMMARY_LABELS.items()]
        parts.append(f"{len(graph.relationships)} relationships")
        doc = graph.document
        _out.print(f"[bold]{doc.title}[/bold] ({doc.lang.value}, {doc.source}): " + ", ".join(parts))


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
    _out.print(_rows_table(rows, title=title))


def _rows_table(rows: list[dict[str, Any]], *, title: str | None) -> Table:
    columns = list(rows[0]) if rows else []
    table = Table(*columns, title=title, show_lines=False)
    for row in rows:
        table.add_row(*(_cell(row[c]) for c in columns))
    if not rows:
        table.caption = "no rows"
    return table


def _cell(value: Any) -> str:
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, default=str)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; map errors to one stderr line and an exit code (DESIGN.md §3)."""
    try:
        app(args=list(argv) if argv is not None else None, standalone_mode=False)
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
