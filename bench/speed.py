"""How long argkg's stages take: ``python bench/speed.py [--repeat N] [--neo4j] [--json]``.

Times each stage on the reference article (``shared/corpus`` beside the repository, or
``--corpus``/``ARGKG_CORPUS``) and on the 23 English microtexts as one batch: building the spaCy
pipelines (cold, once), ingest, the analyses, the report, and a store round trip (embedded
always; Neo4j with ``--neo4j``, against the server ``argkg neo4j start`` runs). Each stage runs
``--repeat`` times after the cold start; the table gives the median and the fastest run in
milliseconds. Timings are wall-clock on whatever else the machine is doing: compare runs on
one machine, not across machines.
"""

import argparse
import json
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from argkg import queries
from argkg.bench.quality import REFERENCE, find_corpus
from argkg.bench.scale_graph import large_graph
from argkg.config import Settings
from argkg.graph import EmbeddedStore, graphs_to_networkx
from argkg.ingest import ingest_paths
from argkg.ingest.pipeline import build_nlp
from argkg.reports import render_report
from argkg.schema import Lang

__all__ = ["main"]


def _time(stage: Callable[[], Any], repeat: int) -> list[float]:
    runs = []
    for _ in range(repeat):
        began = time.perf_counter()
        stage()
        runs.append((time.perf_counter() - began) * 1000)
    return runs


def run(corpus: Path, *, repeat: int, neo4j: bool) -> dict[str, list[float]]:
    """Time every stage; return the milliseconds of each run per stage."""
    reference = corpus / f"{REFERENCE}.txt"
    microtexts = sorted((corpus / "microtexts-dev").glob("*.txt"))
    timings: dict[str, list[float]] = {}
    timings["build pipelines zh+en (cold)"] = _time(lambda: [build_nlp(lang) for lang in Lang], 1)
    timings["ingest reference article (first)"] = _time(lambda: ingest_paths([reference]), 1)
    timings["ingest reference article"] = _time(lambda: ingest_paths([reference]), repeat)
    batch = f"ingest {len(microtexts)} microtexts (one batch)"
    timings[batch] = _time(lambda: ingest_paths(microtexts), repeat)
    graph = ingest_paths([reference])[0]
    timings["analyse (labels, contested, grounded)"] = _time(lambda: queries.analyse(graph), repeat)
    analysed = queries.analyse(graph)
    G = graphs_to_networkx([analysed])
    timings["query depends + cruxes"] = _time(lambda: (queries.depends(G), queries.cruxes(G)), repeat)
    big = large_graph()
    every = (
        queries.labels,
        queries.depends,
        queries.critical,
        queries.contested,
        queries.grounded,
        queries.cruxes,
    )
    timings["all analyses, 3,100-node random graph"] = _time(lambda: [f(big) for f in every], repeat)
    timings["cruxes, 3,100-node random graph"] = _time(lambda: queries.cruxes(big), repeat)
    timings["report html"] = _time(lambda: render_report([analysed], G, fmt="html"), repeat)
    timings["report md"] = _time(lambda: render_report([analysed], G, fmt="md"), repeat)
    with tempfile.TemporaryDirectory() as folder:
        store = EmbeddedStore(Path(folder))
        round_trip = lambda: (store.write([analysed]), store.load())  # noqa: E731
        timings["embedded store write + load"] = _time(round_trip, repeat)
    if neo4j:
        from argkg.graph.neo4j_store import Neo4jStore

        neo = Neo4jStore(Settings.from_env(store="neo4j"))
        try:
            timings["neo4j store write + load"] = _time(lambda: (neo.write([analysed]), neo.load()), repeat)
        finally:
            neo.close()
    return timings


def main() -> None:
    """Parse the options, run the stages, print the table or JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="timed runs per stage after the cold start")
    parser.add_argument("--neo4j", action="store_true", help="also time the Neo4j store (server must run)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument("--corpus", type=Path, default=None, help="the corpus folder")
    args = parser.parse_args()
    timings = run(find_corpus(args.corpus), repeat=args.repeat, neo4j=args.neo4j)
    summary = {
        stage: {
            "median_ms": round(statistics.median(runs), 1),
            "min_ms": round(min(runs), 1),
            "runs": len(runs),
        }
        for stage, runs in timings.items()
    }
    if args.json:
        print(json.dumps(summary, indent=2))
        return
    table = Table("stage", "median ms", "min ms", "runs", title="argkg stage timings")
    for stage, row in summary.items():
        table.add_row(stage, f"{row['median_ms']:.1f}", f"{row['min_ms']:.1f}", str(row["runs"]))
    Console().print(table)


if __name__ == "__main__":
    main()
