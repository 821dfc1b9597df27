"""Imported debates go through the store, the analyses and the reports as ingested ones do."""

import json
from pathlib import Path

import pytest
from factories import CORPUS

from argkg.cli import main

MICROTEXTS = CORPUS / "microtexts-dev"


def test_the_microtexts_folder_imports_and_reports(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = tmp_path / "store"
    assert main(["--data", str(store), "import", str(MICROTEXTS), "--format", "microtexts"]) == 0
    assert capsys.readouterr().out.count("claims") == 23
    assert main(["--data", str(store), "query", "balance", "--json"]) == 0
    balance = json.loads(capsys.readouterr().out)
    assert len(balance) == 23
    assert sum(row["con"] for row in balance) > 0
    report = tmp_path / "report.md"
    assert main(["--data", str(store), "report", "--format", "md", "-o", str(report)]) == 0
    assert "Freddy and I must be siblings." in report.read_text(encoding="utf-8")


def test_importing_the_same_file_twice_changes_nothing(tmp_path: Path) -> None:
    store = tmp_path / "store"
    path = MICROTEXTS / "micro_d01.xml"
    assert main(["--data", str(store), "import", str(path), "--format", "microtexts"]) == 0
    first = (store / "graph.jsonl").read_text()
    assert main(["--data", str(store), "import", str(path), "--format", "microtexts"]) == 0
    assert (store / "graph.jsonl").read_text() == first
