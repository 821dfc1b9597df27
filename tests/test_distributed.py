"""``argkg ingest --scheduler``: documents extracted on a real Dask cluster, stored as ``--jobs 1`` stores them."""

import json
from pathlib import Path

import pytest

from argkg.cli import main
from argkg.graph.embedded import GRAPH_FILE

TEXTS = Path(__file__).parent / "ingest" / "texts"
FILES = [str(p) for p in sorted(TEXTS.iterdir()) if p.is_file()]


def _export(data: Path) -> list[dict[str, object]]:
    out = data / "export.jsonl"
    assert main(["--data", str(data), "export", "-o", str(out)]) == 0
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def test_a_local_cluster_of_two_workers_stores_what_one_job_stores(tmp_path: Path) -> None:
    one, cluster = tmp_path / "one", tmp_path / "cluster"
    assert main(["--data", str(one), "ingest", "--jobs", "1", *FILES]) == 0
    assert main(["--data", str(cluster), "ingest", "--scheduler", "local", "--jobs", "2", *FILES]) == 0
    stored = _export(one)
    assert len([row for row in stored if row.get("labels") == ["Document"]]) == len(FILES)
    assert _export(cluster) == stored


def test_an_unreachable_scheduler_is_one_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--data", str(tmp_path), "ingest", "--scheduler", "tcp://127.0.0.1:9", *FILES]) == 2
    err = capsys.readouterr().err
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in err
    assert len(err.strip().splitlines()) == 1
    assert not (tmp_path / GRAPH_FILE).exists()


def test_keep_going_is_refused_with_a_scheduler(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data", str(tmp_path), "ingest", "--keep-going", "--scheduler", "local", *FILES]) == 2
    assert "--keep-going" in capsys.readouterr().err
