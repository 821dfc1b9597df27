"""`argkg export --format` and `argkg import --format`: the formats through the command line and the store."""

from pathlib import Path

import pytest
from factories import build_tiny_graph

from argkg.cli import _ExportFormat, _ImportFormat, main
from argkg.graph import EmbeddedStore
from argkg.graph.exporters import EXPORTERS
from argkg.ingest.importers import IMPORTERS
from argkg.ingest.linking import link_all


def test_the_cli_offers_exactly_the_registered_formats() -> None:
    assert {f.value for f in _ExportFormat} == set(EXPORTERS)
    assert {f.value for f in _ImportFormat} == set(IMPORTERS)


@pytest.mark.parametrize(("fmt", "suffix"), [("aif", ".json"), ("graphml", ".graphml")])
def test_export_then_import_into_another_store_gives_the_same_store(
    fmt: str, suffix: str, tmp_path: Path
) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    EmbeddedStore(first).write(link_all([build_tiny_graph()], []))  # as stored by ingest or import
    out = tmp_path / f"export{suffix}"
    assert main(["--data", str(first), "export", "--format", fmt, "-o", str(out)]) == 0
    assert main(["--data", str(second), "import", str(out), "--format", fmt, "--no-analyse"]) == 0
    assert (second / "graph.jsonl").read_text() == (first / "graph.jsonl").read_text()


def test_argdown_export_writes_the_file(tmp_path: Path) -> None:
    EmbeddedStore(tmp_path).write([build_tiny_graph()])
    out = tmp_path / "debates.argdown"
    assert main(["--data", str(tmp_path), "export", "--format", "argdown", "-o", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# tiny\n")
    assert "[Claim 1.2]: Prices fall 10% a year." in text


def test_unknown_export_format_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data", str(tmp_path), "export", "--format", "docx"]) == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
