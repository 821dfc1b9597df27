"""What the CLI prints: document text and user input literally, and ids whole (issue 14, item 0)."""

import io
import json
import re
from pathlib import Path

import pytest
from rich.console import Console

from argkg import cli
from argkg.cli import main
from argkg.graph import EmbeddedStore
from argkg.schema import DocumentGraph

MARKUP_TEXT = (
    "Debate: Will [bold]prices[/x] fall? [link=http://example.org]\n"
    "Pro: Prices fall 10% a year [/x].\n"
    "Con: Prices will not fall [red] because wages rise 5%.\n"
    "If supply grows, prices fall.\n"
    "Conclusion: prices will probably fall [/bold].\n"
)


@pytest.fixture
def narrow(monkeypatch: pytest.MonkeyPatch) -> io.StringIO:
    """Make the CLI print to a 60-column terminal captured in a buffer."""
    buffer = io.StringIO()
    monkeypatch.setattr(cli, "_out", Console(file=buffer, width=60, markup=False))
    return buffer


@pytest.fixture
def markup_store(tmp_path: Path) -> Path:
    """An embedded store holding a text full of console-markup brackets."""
    source = tmp_path / "markup.txt"
    source.write_text(MARKUP_TEXT, encoding="utf-8")
    data = tmp_path / "store"
    assert main(["--data", str(data), "ingest", str(source)]) == 0
    return data


def test_ingest_prints_a_title_with_markup_brackets_literally(tmp_path: Path, narrow: io.StringIO) -> None:
    source = tmp_path / "markup.txt"
    source.write_text(MARKUP_TEXT, encoding="utf-8")
    assert main(["--data", str(tmp_path / "store"), "ingest", str(source)]) == 0
    printed = " ".join(narrow.getvalue().split())
    assert "Debate: Will [bold]prices[/x] fall? [link=http://example.org]" in printed


@pytest.mark.parametrize("name", ["contested", "cruxes", "balance", "depends", "evidence"])
def test_query_tables_print_markup_literally_and_keep_ids_whole(
    markup_store: Path, narrow: io.StringIO, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    assert main(["--data", str(markup_store), "query", name, "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert main(["--data", str(markup_store), "query", name]) == 0
    table = narrow.getvalue()
    ids = {v for row in rows for v in _strings(row) if re.fullmatch(r"[a-z_]+-[0-9a-f]{20}", v)}
    for id_ in ids:
        assert id_ in table
    for row in rows:
        for text in _strings(row):
            if "[" in text and len(text) < 12:
                assert text in table


def test_balance_table_shows_the_section_title_literally(markup_store: Path, narrow: io.StringIO) -> None:
    assert main(["--data", str(markup_store), "query", "balance"]) == 0
    squeezed = "".join(narrow.getvalue().replace("│", "").split())
    assert "[bold]prices[/x]" in squeezed
    assert "[link=http://example.org]" in squeezed


def test_an_error_naming_a_path_with_brackets_is_literal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "[bold]missing[/x].txt"
    assert main(["--data", str(tmp_path), "ingest", str(missing)]) == 2
    assert "[bold]missing[/x].txt" in capsys.readouterr().err


def _strings(value: object) -> list[str]:
    """Every string inside a JSON value."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def test_ids_stay_whole_in_a_narrow_terminal(
    tmp_path: Path, narrow: io.StringIO, tiny_graph: DocumentGraph
) -> None:
    EmbeddedStore(tmp_path).write([tiny_graph])
    assert main(["--data", str(tmp_path), "query", "evidence"]) == 0
    evidence_ids = [n.id for n in tiny_graph.nodes if n.id.startswith(("evidence-", "claim-"))]
    assert evidence_ids
    for id_ in evidence_ids:
        assert id_ in narrow.getvalue()
