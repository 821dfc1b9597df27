"""The scale benchmark: every figure of the table in one run and one JSON, and the corpus copies."""

import json
import multiprocessing
from pathlib import Path

from argkg.bench import scale
from argkg.bench.quality import find_corpus
from argkg.bench.scale_graph import document_copies
from argkg.graph import graphs_to_networkx
from argkg.ingest import ingest_paths


def test_copies_are_separate_documents_with_the_same_content(tiny_graph) -> None:
    copies = document_copies(tiny_graph, 3)
    assert len({copy.document.id for copy in copies}) == 3
    assert len({copy.document.source for copy in copies}) == 3
    assert all(copy.label_counts() == tiny_graph.label_counts() for copy in copies)
    assert all(len(copy.relationships) == len(tiny_graph.relationships) for copy in copies)
    G = graphs_to_networkx(copies)
    assert G.number_of_nodes() == 3 * (len(tiny_graph.nodes) + 1)
    assert G.number_of_edges() == 3 * len(tiny_graph.relationships)


def test_one_run_prints_every_figure_and_writes_json(tmp_path: Path, capsys) -> None:
    out = tmp_path / "scale.json"
    sizes = [
        "--zh-copies",
        "2",
        "--en-rounds",
        "1",
        "--scale-copies",
        "2",
        "--store-docs",
        "2",
        "--repeats",
        "2",
    ]
    scale.main(["--corpus", str(find_corpus()), *sizes, "--json", str(out)])
    report = json.loads(out.read_text(encoding="utf-8"))
    stages = [figure["stage"] for figure in report["figures"]]
    expected = [
        "Chinese extraction",
        "bare jieba tokenisation",
        "Chinese extraction / bare jieba",
        "English extraction",
        *(f"analysis {name}" for name in ("labels", "depends", "critical", "grounded", "cruxes")),
        "analyse() on every document",
        "restated claims, other texts",
        "restated claims, one more copy",
        "embedded store load",
    ]
    assert set(expected) <= set(stages)
    (speed_up,) = [figure for figure in report["figures"] if figure["stage"] == "ingest jobs=2 speed-up"]
    assert speed_up["note"].startswith("the Chinese files, median of 2:")
    assert report["options"]["repeats"] == 2
    for figure in report["figures"]:
        assert figure["value"] > 0
        assert (figure["meets"] is None) == (figure["target"] is None)
    assert report["machine"]["cores"] >= 1 and report["date"]
    assert "Chinese extraction" in capsys.readouterr().out


def test_the_cpu_time_of_ingest_helpers_is_counted() -> None:
    microtexts = sorted((find_corpus() / "microtexts-dev").glob("*.txt"))[:8]
    this, helpers = scale._cpu(lambda: ingest_paths(microtexts, lang="en", jobs=2))
    assert this > 0
    assert helpers > 0
    assert not multiprocessing.active_children()
