"""``argkg ingest``'s progress bar and ``--jobs``: drawn on a terminal only, same result at any N."""

import io
import json
from pathlib import Path

import pytest
from rich.console import Console

from argkg.cli import main
from argkg.progress import ingest_bar
from argkg.workflows import TEXT_SUFFIXES

TEXTS = Path(__file__).parent / "ingest" / "texts"


def _console(*, terminal: bool) -> tuple[Console, io.StringIO]:
    buffer = io.StringIO()
    return Console(file=buffer, force_terminal=terminal, width=120), buffer


def test_the_bar_shows_documents_rate_and_the_file_on_a_terminal() -> None:
    console, buffer = _console(terminal=True)
    with ingest_bar(console) as bar:
        bar.start(2)
        bar.done("/data/first.txt", 5000)
        bar.done("/data/second.txt", 7000)
    shown = buffer.getvalue()
    assert "2/2" in shown
    assert "second.txt" in shown
    assert "chars/s" in shown


def test_the_bar_is_quiet_when_not_a_terminal() -> None:
    console, buffer = _console(terminal=False)
    with ingest_bar(console) as bar:
        bar.start(1)
        bar.done("/data/first.txt", 5000)
    assert buffer.getvalue() == ""


def _export(data: Path) -> list[dict[str, object]]:
    out = data / "export.jsonl"
    assert main(["--data", str(data), "export", "-o", str(out)]) == 0
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def test_ingest_with_two_jobs_stores_what_one_job_stores(tmp_path: Path) -> None:
    one, two = tmp_path / "one", tmp_path / "two"
    assert main(["--data", str(one), "ingest", "--jobs", "1", str(TEXTS)]) == 0
    assert main(["--data", str(two), "ingest", "--jobs", "2", str(TEXTS)]) == 0
    stored = _export(one)
    texts = [p for p in TEXTS.rglob("*") if p.suffix in TEXT_SUFFIXES and p.is_file()]
    assert len([row for row in stored if row.get("labels") == ["Document"]]) == len(texts)
    assert _export(two) == stored


def test_jobs_below_one_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data", str(tmp_path), "ingest", "--jobs", "0", str(TEXTS)]) == 2
    assert "--jobs" in capsys.readouterr().err
