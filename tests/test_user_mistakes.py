"""No traceback for a user's mistake (issue 14, item 2): exit 2 and one line naming the file."""

import os
from pathlib import Path

import pytest

from argkg.cli import main
from argkg.graph.embedded import GRAPH_FILE

BAD_RECORDS = [
    '{"type":"node","id":"x","labels":[],"properties":{}}',
    '{"type":"node","id":"x","labels":["Claim"],"properties":[1]}',
    '{"type":"node","id":"x","labels":["Claim"],"properties":{"text":{"a":[1]}}}',
    '{"type":"node","id":"x","labels":[["Claim"]],"properties":{}}',
    '{"type":"relationship","id":"r","label":"CITES","start":{"id":"a"},"end":{"id":"b"},"properties":[]}',
    '{"type":"relationship","id":"r","label":"CITES","start":"a","end":{"id":"b"},"properties":{}}',
    '{"id":"x"}',
    "null",
]


@pytest.mark.parametrize("record", BAD_RECORDS)
@pytest.mark.parametrize("command", [["query", "contested"], ["export"], ["store", "check"]])
def test_a_store_file_with_bad_nesting_or_missing_fields_is_one_line(
    tmp_path: Path, record: str, command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / GRAPH_FILE).write_text(record + "\n", encoding="utf-8")
    assert main(["--data", str(tmp_path), *command]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1
    assert str(tmp_path / GRAPH_FILE) in err


def test_a_symlink_loop_inside_a_folder_is_skipped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "texts"
    folder.mkdir()
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    (folder / "up").symlink_to(folder)
    assert main(["--data", str(tmp_path / "store"), "ingest", str(folder)]) == 2
    assert "holds no text file" in capsys.readouterr().err


def test_an_unreadable_folder_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "texts"
    (folder / "locked").mkdir(parents=True)
    (folder / "a.txt").write_text("Pro: Trains are fast.", encoding="utf-8")
    scandir = os.scandir

    def refuse(path: str | os.PathLike[str]) -> object:
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return scandir(path)

    monkeypatch.setattr(os, "scandir", refuse)
    assert main(["--data", str(tmp_path / "store"), "ingest", str(folder)]) == 2
    err = capsys.readouterr().err
    assert err.strip() == f"argkg: error: cannot read the folder {folder / 'locked'}: Permission denied"
