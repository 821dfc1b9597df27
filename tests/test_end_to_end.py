"""The command line end to end: ingest, analyses in both stores, report, demo, and bad input."""

import json
from pathlib import Path

import pytest
from factories import EXAMPLES

from argkg.cli import main
from argkg.config import Settings
from argkg.graph.neo4j_store import Neo4jStore

ANALYSES = ("contested", "depends", "critical", "cruxes", "evidence", "balance")


def _json(capsys: pytest.CaptureFixture[str], *args: str) -> object:
    capsys.readouterr()
    assert main(list(args)) == 0
    return json.loads(capsys.readouterr().out)


def test_analyses_agree_between_embedded_and_neo4j(
    neo4j_server: Settings,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each analysis answers the same through the CLI on both stores (Cypher twins on Neo4j)."""
    monkeypatch.setenv("NEO4J_URI", neo4j_server.neo4j_uri)
    monkeypatch.setenv("NEO4J_PASSWORD", neo4j_server.neo4j_password)
    store = Neo4jStore(neo4j_server)
    store.run_write("MATCH (n) DETACH DELETE n")
    store.close()
    embedded = ["--data", str(tmp_path)]
    neo4j = ["--store", "neo4j"]
    for prefix in (embedded, neo4j):
        assert main([*prefix, "ingest", *map(str, EXAMPLES)]) == 0
    for name in ANALYSES:
        here = _json(capsys, *embedded, "query", name, "--json")
        there = _json(capsys, *neo4j, "query", name, "--json")
        assert here == there, name
        assert here, f"{name} found nothing in the examples"
    cruxes = _json(capsys, *embedded, "query", "cruxes", "--json")
    assert isinstance(cruxes, list)
    top = cruxes[0]["assumption_id"]
    whatif = _json(capsys, *embedded, "query", "whatif", "--reject", top, "--json")
    assert isinstance(whatif, dict)
    assert set(whatif["falls"]) >= set(cruxes[0]["splits"]["affirm"])  # what needs it answered yes
    accepted = _json(capsys, *embedded, "query", "whatif", "--accept", top, "--json")
    assert isinstance(accepted, dict)
    assert set(accepted["falls"]) >= set(cruxes[0]["splits"]["deny"])
    assert whatif == _json(capsys, *neo4j, "query", "whatif", "--reject", top, "--json")


def test_bad_file_among_good_ones_writes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    binary = tmp_path / "image.txt"
    binary.write_bytes(bytes(range(256)) * 8)
    data = tmp_path / "store"
    assert main(["--data", str(data), "ingest", str(EXAMPLES[0]), str(binary)]) == 2
    err = capsys.readouterr().err
    assert "image.txt" in err
    assert len(err.strip().splitlines()) == 1
    assert not (data / "graph.jsonl").exists()


def test_unknown_assumption_in_whatif_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data", str(tmp_path), "ingest", str(EXAMPLES[0])]) == 0
    capsys.readouterr()
    assert main(["--data", str(tmp_path), "query", "whatif", "--reject", "assumption-nope"]) == 2
    assert "assumption-nope" in capsys.readouterr().err


def test_reingest_changes_nothing_and_report_on_empty_store_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--data", str(tmp_path / "empty"), "report", "-o", str(tmp_path / "r.html")]) == 2
    assert "no document" in capsys.readouterr().err
    assert main(["--data", str(tmp_path), "ingest", *map(str, EXAMPLES)]) == 0
    before = (tmp_path / "graph.jsonl").read_bytes()
    assert main(["--data", str(tmp_path), "ingest", *map(str, EXAMPLES)]) == 0
    assert main(["--data", str(tmp_path), "analyse"]) == 0
    assert (tmp_path / "graph.jsonl").read_bytes() == before


def test_demo_writes_both_reports(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo", "--out", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert str(tmp_path / "report.html") in out
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    markdown = (tmp_path / "report.md").read_text(encoding="utf-8")
    for needle in ("60%", "40%", "65%", "35%"):
        assert needle in html and needle in markdown
    assert "<svg" in html and "<svg" not in markdown
    assert (tmp_path / "store" / "graph.jsonl").exists()


def test_a_folder_ingests_its_text_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "texts"
    (folder / "nested").mkdir(parents=True)
    (folder / "a.txt").write_text("Pro: Trains are fast. Con: Trains are late.", encoding="utf-8")
    (folder / "nested" / "b.md").write_text("# Cars\n\nPro: Cars are flexible.", encoding="utf-8")
    (folder / "picture.png").write_bytes(b"\x89PNG\r\n")
    assert main(["--data", str(tmp_path / "store"), "ingest", str(folder)]) == 0
    sources = [line["properties"]["source"] for line in _json_lines(tmp_path / "store" / "graph.jsonl")]
    assert sorted(Path(s).name for s in sources) == ["a.txt", "b.md"]
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main(["--data", str(tmp_path / "store"), "ingest", str(empty)]) == 2
    assert "holds no text file" in capsys.readouterr().err


def _json_lines(path: Path) -> list[dict[str, object]]:
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return [line for line in lines if line.get("labels") == ["Document"]]
