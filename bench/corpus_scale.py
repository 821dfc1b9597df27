"""How the analyses and the report grow with a corpus: ``python bench/corpus_scale.py``.

Ingests the reference article once (``shared/corpus`` beside the repository, or ``--corpus`` /
``ARGKG_CORPUS``), analyses it, and makes independent copies of it (`document_copies`): 700 by
default for the analyses (96k claims, 195k nodes, 360k edges) and 100 for the report. Each
stage runs once and is timed both by the wall clock and by the CPU time of this process; the
machine is shared, so the CPU time is the steadier figure. Targets (issues 12 and 15): each
analysis at most 5 s on 96k claims, the report of 100 documents under 10 s.
"""

import argparse
import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from argkg import queries
from argkg.bench.quality import REFERENCE, find_corpus
from argkg.bench.scale_graph import document_copies
from argkg.graph import graphs_to_networkx
from argkg.ingest import ingest_paths
from argkg.reports import render_report

__all__ = ["main", "run"]


def _time(stage: Callable[[], Any]) -> dict[str, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    stage()
    return {"wall_s": round(time.perf_counter() - wall, 2), "cpu_s": round(time.process_time() - cpu, 2)}


def run(corpus: Path, *, copies: int, report_documents: int) -> dict[str, Any]:
    """Time every analysis on ``copies`` copies and the HTML report on ``report_documents``."""
    (graph,) = ingest_paths([corpus / f"{REFERENCE}.txt"])
    analysed = queries.analyse(graph)
    documents = document_copies(analysed, copies)
    G = graphs_to_networkx(documents)
    claims = sum(1 for _, label in G.nodes(data="label") if label == "Claim")
    size = {"documents": copies, "claims": claims, "nodes": G.number_of_nodes(), "edges": G.number_of_edges()}
    a = next(node for node, label in G.nodes(data="label") if label == "Assumption")
    stages: dict[str, Callable[[], Any]] = {
        "labels": lambda: queries.labels(G),
        "depends": lambda: queries.depends(G),
        "critical": lambda: queries.critical(G),
        "cruxes": lambda: queries.cruxes(G),
        "contested": lambda: queries.contested(G),
        "grounded": lambda: queries.grounded(G),
        "whatif --reject --accept": lambda: queries.whatif(G, reject=[a], accept=[]),
        "evidence": lambda: queries.evidence(G),
        "balance": lambda: queries.balance(G),
        "analyse, one document": lambda: queries.analyse(graph),
    }
    timings = {name: _time(stage) for name, stage in stages.items()}
    few = documents[:report_documents]
    H = graphs_to_networkx(few)
    timings[f"report html, {len(few)} documents"] = _time(lambda: render_report(few, H, fmt="html"))
    return {"corpus": size, "timings": timings}


def main() -> None:
    """Parse the options, run, print a table or JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=700, help="copies of the reference article to analyse")
    parser.add_argument("--report-documents", type=int, default=100, help="copies in the timed report")
    parser.add_argument("--corpus", type=Path, default=None, help="the corpus folder")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = parser.parse_args()
    result = run(find_corpus(args.corpus), copies=args.copies, report_documents=args.report_documents)
    if args.json:
        print(json.dumps(result, indent=2))
        return
    size = result["corpus"]
    title = f"{size['documents']} documents: {size['claims']:,} claims, {size['nodes']:,} nodes"
    title += f", {size['edges']:,} edges"
    table = Table("stage", "wall s", "CPU s", title=title)
    for stage, row in result["timings"].items():
        table.add_row(stage, f"{row['wall_s']:.2f}", f"{row['cpu_s']:.2f}")
    Console().print(table)


if __name__ == "__main__":
    main()
