"""The command line: exit codes, one-line errors and the commands that need no ingest."""

import json
import time
from pathlib import Path

import pytest
from factories import build_tiny_graph, run_cli

from argkg.cli import main
from argkg.config import Settings
from argkg.graph import EmbeddedStore


def test_unknown_command_is_a_usage_error_on_one_line() -> None:
    result = run_cli("frobnicate")
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == ["argkg: error: No such command 'frobnicate'."]


def test_missing_file_is_refused_without_traceback(tmp_path: Path) -> None:
    result = run_cli("--data", str(tmp_path), "ingest", str(tmp_path / "nope.txt"))
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "nope.txt" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "graph.jsonl").exists()


def test_stopped_neo4j_exits_3_quickly_naming_the_uri(tmp_path: Path) -> None:
    began = time.monotonic()
    result = run_cli("--store", "neo4j", "export", env={"NEO4J_URI": "bolt://127.0.0.1:7699"})
    assert result.returncode == 3
    assert "bolt://127.0.0.1:7699" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert time.monotonic() - began < 20


def test_unknown_analysis_and_misplaced_reject_are_usage_errors(tmp_path: Path) -> None:
    assert main(["--data", str(tmp_path), "query", "popularity"]) == 2
    assert main(["--data", str(tmp_path), "query", "cruxes", "--reject", "x"]) == 2


def test_bad_param_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["cypher", "RETURN 1", "--param", "novalue"]) == 2
    assert "--param takes key=value" in capsys.readouterr().err


def test_export_prints_apoc_json_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    graph = build_tiny_graph()
    EmbeddedStore(tmp_path).write([graph])
    assert main(["--data", str(tmp_path), "export", "--format", "json"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(lines) == len(graph.nodes) + 1 + len(graph.relationships)
    assert {line["type"] for line in lines} == {"node", "relationship"}


def test_export_to_file(tmp_path: Path) -> None:
    EmbeddedStore(tmp_path).write([build_tiny_graph()])
    out = tmp_path / "out.jsonl"
    assert main(["--data", str(tmp_path), "export", "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8").count("\n") > 5


def test_cypher_without_write_is_refused_and_creates_nothing(neo4j_server: Settings) -> None:
    env = {"NEO4J_URI": neo4j_server.neo4j_uri, "NEO4J_PASSWORD": neo4j_server.neo4j_password}
    refused = run_cli("cypher", "CREATE (n:CliProbe) RETURN n", env=env)
    assert refused.returncode == 2
    assert "--write" in refused.stderr
    count = run_cli("cypher", "MATCH (n:CliProbe) RETURN count(n) AS n", "--json", env=env)
    assert count.returncode == 0
    assert json.loads(count.stdout) == [{"n": 0}]


def test_neo4j_status_reports_up(neo4j_server: Settings, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data", str(neo4j_server.data_dir), "neo4j", "status"]) == 0
    assert "up" in capsys.readouterr().out.lower()


def test_export_to_an_unwritable_place_is_an_input_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    EmbeddedStore(tmp_path).write([build_tiny_graph()])
    (tmp_path / "blocker").write_text("a file, not a folder", encoding="utf-8")
    assert main(["--data", str(tmp_path), "export", "-o", str(tmp_path / "blocker" / "x.jsonl")]) == 2
    assert "cannot write the export" in capsys.readouterr().err


def test_bad_neo4j_uri_is_an_input_error(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEO4J_URI", "http://127.0.0.1:7474")
    assert main(["--store", "neo4j", "export"]) == 2
    assert "invalid setting neo4j_uri" in capsys.readouterr().err


def test_an_empty_result_says_no_rows(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data", str(tmp_path), "query", "contested"]) == 0
    assert capsys.readouterr().out.strip() == "no rows"


def test_ingest_lists_duplicates_and_with_keep_going_the_skipped_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (Path(__file__).resolve().parents[1] / "examples" / "debate_en.txt").read_text(encoding="utf-8")
    first, copy, empty = tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "c.txt"
    first.write_text(text, encoding="utf-8")
    copy.write_text(text, encoding="utf-8")
    empty.write_text("\n", encoding="utf-8")
    data = str(tmp_path / "store")
    assert main(["--data", data, "ingest", str(first), str(copy)]) == 0
    out = capsys.readouterr().out
    assert (
        f"duplicate: {copy.resolve()} has the same text as {first.resolve()} (stored once, as {first.resolve()})"
        in out
    )
    assert main(["--data", data, "ingest", str(first), str(empty)]) == 2
    capsys.readouterr()
    assert main(["--data", data, "ingest", "--keep-going", str(empty), str(first)]) == 2
    captured = capsys.readouterr()
    assert f"skipped: {empty.resolve()}" in captured.out
    assert captured.err.strip().splitlines() == [
        "argkg: error: 1 of 2 files skipped (listed above); the others are stored"
    ]
    assert [g.document.source for g in EmbeddedStore(Path(data)).documents()] == [str(first.resolve())]
