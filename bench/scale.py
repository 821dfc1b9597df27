"""Every figure of the scale table, side by side in one run: ``python bench/scale.py [--neo4j]``.

``--json FILE`` also writes the figures, with the date and the machine, to FILE.

The stages and their targets (issue 12), measured one after the other in the same process:

- Chinese extraction: the reference article as ``--zh-copies`` files through `ingest_paths`
  (pipeline and graph building), in characters per second, beside bare jieba tokenisation of
  the same texts (target: >= 100k chars/s and >= 1/3 of jieba);
- English extraction: the English microtexts, ``--en-rounds`` copies of each (>= 300k chars/s);
- parallel extraction: the Chinese files again with ``jobs=2`` (this process and a helper
  process build the graphs, `argkg.ingest.workers`); the speed-up over ``jobs=1`` in wall-clock
  time (>= 1.7x; every extraction timing is the median of ``--repeats`` runs, the serial and the
  parallel ones alternating), and, as wall-clock time on a shared machine says more about the other jobs
  than about argkg, the speed-up that the CPU times allow on idle cores: the serial run's CPU
  time over the larger of this process's and the helpers' mean CPU time in the parallel run;
- the analyses on a large graph: ``--scale-copies`` copies of the analysed reference graph as
  separate documents (`document_copies`), each analysis in seconds, and `analyse` run on every
  document one by one as ``argkg ingest`` does (each <= 5 s);
- restated claims (`argkg.ingest.restates`) as ``argkg ingest`` finds them against a store of
  ``--scale-copies`` documents: for the two bundled examples (other texts: the cost of the
  candidate index alone) and for one more copy of the reference article (every claim restated by
  every stored copy: the worst case, one edge per claim and copy);
- the stores, on ``--store-docs`` of those documents: the embedded store's load (<= 1 s); with
  ``--neo4j``, Neo4j's write in items (nodes and relationships) per second (>= 20k/s) beside a
  naive writer that sends one statement per item (>= 20x), and Neo4j's load (<= 2 s), after
  `_WARM_UP_ROUNDS` writes and loads of the same documents: a server's first bulk writes after
  its start compile the query plans and JIT-compile its write path (server CPU for the same 100
  documents: 16.5 s, 8.5 s, then 4.9 s), so the figures are those of a server that has run.
  The Neo4j figures need the server that ``argkg neo4j start`` runs (``NEO4J_*``); the bench
  empties it.

Wall-clock times on whatever else the machine is doing (the JSON records the load average):
compare runs on one machine, not across machines.
"""

import argparse
import json
import multiprocessing
import os
import platform
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any

import jieba
from rich.console import Console
from rich.table import Table

from argkg import queries
from argkg.bench.quality import REFERENCE, find_corpus
from argkg.bench.scale_graph import document_copies
from argkg.config import Settings
from argkg.graph import EmbeddedStore, graphs_to_networkx
from argkg.ingest import ingest_paths, read_text
from argkg.ingest.restates import restate
from argkg.schema import DocumentGraph, Lang
from argkg.schema.records import graph_records
from argkg.workflows import example_paths

__all__ = ["Figure", "run", "main", "file_copies"]


@dataclass(frozen=True)
class Figure:
    """One row of the table.

    Attributes:
        stage: what was measured.
        value: the figure.
        unit: its unit.
        target: the issue's floor or ceiling, as ``>= x`` or ``<= x`` (None: for information).
        meets: whether ``value`` meets ``target`` (None without a target).
        note: how it was measured (sizes, the compared figure).
    """

    stage: str
    value: float
    unit: str
    target: str | None = None
    meets: bool | None = None
    note: str = ""


def _figure(stage: str, value: float, unit: str, target: str | None = None, note: str = "") -> Figure:
    meets = None
    if target is not None:
        bound = float(target[2:])
        meets = value >= bound if target.startswith(">=") else value <= bound
    return Figure(stage, round(value, 3), unit, target, meets, note)


def _seconds(work: Callable[[], object]) -> float:
    began = time.perf_counter()
    work()
    return time.perf_counter() - began


def _cpu(work: Callable[[], object]) -> tuple[float, float]:
    """The CPU seconds ``work`` takes in this process and in the child processes it started.

    The children are waited for before and after: ``ingest --jobs`` leaves its helpers to exit
    on their own once they have sent their graphs, and the system counts a child's time only
    once it is waited for.
    """
    before = _usage()
    work()
    after = _usage()
    used = [a.ru_utime + a.ru_stime - b.ru_utime - b.ru_stime for a, b in zip(after, before, strict=True)]
    return used[0], used[1]


def _usage() -> list[resource.struct_rusage]:
    """This process's resource use, and that of its children once every child has exited."""
    for child in multiprocessing.active_children():
        child.join()
    return [resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]


def _say(message: str) -> None:
    print(f"[scale] {message}", file=sys.stderr, flush=True)


def file_copies(sources: Sequence[Path], rounds: int, folder: Path) -> list[Path]:
    """Write ``rounds`` copies of each source file into ``folder``; return the copies."""
    paths = []
    for n in range(rounds):
        for source in sources:
            path = folder / f"{n:03}-{source.name}"
            path.write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
            paths.append(path)
    return paths


def extraction(corpus: Path, *, zh_copies: int, en_rounds: int, jobs: int, repeats: int = 1) -> list[Figure]:
    """Chinese and English extraction rates, jieba's rate, and the speed-up of ``jobs`` processes,
    each the median of ``repeats`` timings; the serial and parallel Chinese runs alternate, so
    that a stretch of a busy machine slows both rather than one (on this 2-core VM one serial run
    of the same files took 2.1 to 3.3 s from run to run)."""
    reference = corpus / f"{REFERENCE}.txt"
    microtexts = sorted((corpus / "microtexts-dev").glob("*.txt"))
    with tempfile.TemporaryDirectory() as folder:
        zh_files = file_copies([reference], zh_copies, Path(folder))
        en_files = file_copies(microtexts, en_rounds, Path(folder))
        zh_texts = [read_text(path) for path in zh_files]
        en_chars = sum(len(read_text(path)) for path in en_files)
        zh_chars = sum(len(text) for text in zh_texts)
        _say("warming up the pipelines and jieba")
        ingest_paths(zh_files[:1], lang=Lang.ZH)
        ingest_paths(en_files[:1], lang=Lang.EN)
        _say(f"Chinese extraction: {len(zh_files)} files, {zh_chars:,} characters; bare jieba")
        bare = statistics.median(
            _seconds(lambda: [list(jieba.cut(text)) for text in zh_texts]) for _ in range(repeats)
        )
        _say(f"English extraction: {len(en_files)} files, {en_chars:,} characters")
        en_serial = statistics.median(
            _seconds(lambda: ingest_paths(en_files, lang=Lang.EN)) for _ in range(repeats)
        )
        _say(f"Chinese extraction in 1 and in {jobs} processes, alternating, {repeats} times each")
        serial_runs: list[float] = []
        parallel_runs: list[float] = []
        for _ in range(repeats):
            serial_runs.append(_seconds(lambda: ingest_paths(zh_files, lang=Lang.ZH)))
            parallel_runs.append(_seconds(lambda: ingest_paths(zh_files, lang=Lang.ZH, jobs=jobs)))
        zh_serial, zh_parallel = statistics.median(serial_runs), statistics.median(parallel_runs)
        serial_cpu = _cpu(lambda: ingest_paths(zh_files, lang=Lang.ZH))[0]
        parent_cpu, workers_cpu = _cpu(lambda: ingest_paths(zh_files, lang=Lang.ZH, jobs=jobs))
    zh_rate, jieba_rate = zh_chars / zh_serial, zh_chars / bare
    bound = serial_cpu / max(parent_cpu, workers_cpu / max(jobs - 1, 1))
    return [
        _figure("Chinese extraction", zh_rate, "chars/s", ">=100000", f"{zh_copies} copies of the reference"),
        _figure("bare jieba tokenisation", jieba_rate, "chars/s", note="the same texts, jieba.cut"),
        _figure("Chinese extraction / bare jieba", zh_rate / jieba_rate, "ratio", ">=0.333"),
        _figure(
            "English extraction", en_chars / en_serial, "chars/s", ">=300000", f"{len(en_files)} microtexts"
        ),
        _figure(
            f"ingest jobs={jobs} speed-up",
            zh_serial / zh_parallel,
            "x",
            ">=1.7",
            f"the Chinese files, median of {repeats}: {zh_serial:.1f} s in 1 process"
            f" ({_spread(serial_runs)}), {zh_parallel:.1f} s in {jobs} ({_spread(parallel_runs)})",
        ),
        _figure(
            f"ingest jobs={jobs} speed-up on idle cores (CPU time)",
            bound,
            "x",
            note=f"CPU: {serial_cpu:.1f} s serial; main {parent_cpu:.1f} s, helpers {workers_cpu:.1f} s",
        ),
    ]


def _spread(seconds: Sequence[float]) -> str:
    """The range of some timings, as the note of a median shows it ("2.1-3.3 s")."""
    return f"{min(seconds):.1f}-{max(seconds):.1f} s"


def analyses(reference: DocumentGraph, *, copies: int) -> list[Figure]:
    """Each analysis on ``copies`` copies of the reference graph, and `analyse` per document."""
    documents = document_copies(reference, copies)
    G = graphs_to_networkx(documents)
    claims = sum(1 for _, label in G.nodes(data="label") if label == "Claim")
    size = f"{claims:,} claims, {G.number_of_nodes():,} nodes, {G.number_of_edges():,} edges"
    _say(f"analyses on {copies} documents: {size}")
    figures = []
    for name in ("labels", "depends", "critical", "grounded", "cruxes"):
        analysis: Callable[[Any], object] = getattr(queries, name)
        seconds = _seconds(partial(analysis, G))
        figures.append(_figure(f"analysis {name}", seconds, "s", "<=5", size))
        _say(f"{name}: {seconds:.1f} s")
    seconds = _seconds(lambda: [queries.analyse(document) for document in documents])
    note = f"{copies} documents, one by one"
    figures.append(_figure("analyse() on every document", seconds, "s", "<=5", note))
    return figures


def restatements(reference: DocumentGraph, others: Sequence[DocumentGraph], *, copies: int) -> list[Figure]:
    """`restate` of ``others``, then of one more copy of ``reference``, against ``copies`` copies."""
    stored = document_copies(reference, copies)
    claims = sum(1 for g in stored for n in g.nodes if n.label.value == "Claim")
    figures = []
    one_more = document_copies(reference, copies + 1)[-1:]
    for what, batch in (("other texts", others), ("one more copy", one_more)):
        started = time.perf_counter()
        found = restate(batch, stored)
        seconds = time.perf_counter() - started
        edges = sum(len(g.restates) for g in found)
        note = f"{len(batch)} documents against {copies} stored ({claims:,} claims): {edges:,} RESTATES"
        figures.append(_figure(f"restated claims, {what}", seconds, "s", note=note))
        _say(f"restated claims, {what}: {seconds:.1f} s, {edges:,} edges")
    return figures


def _items(graphs: Sequence[DocumentGraph]) -> int:
    return sum(1 + len(graph.nodes) + len(graph.relationships) for graph in graphs)


def embedded_store(graphs: Sequence[DocumentGraph]) -> list[Figure]:
    """The embedded store's write and load of ``graphs``."""
    items = _items(graphs)
    with tempfile.TemporaryDirectory() as folder:
        write = _seconds(lambda: EmbeddedStore(Path(folder)).write(graphs))
        load = _seconds(lambda: EmbeddedStore(Path(folder)).load())
    size = f"{len(graphs)} documents, {items:,} items"
    return [
        _figure("embedded store write", items / write, "items/s", note=size),
        _figure("embedded store load", load, "s", "<=1", size),
    ]


#: Writes and loads of the measured documents before the Neo4j figures (see the module's docstring).
_WARM_UP_ROUNDS = 2


def neo4j_store(graphs: Sequence[DocumentGraph], *, naive_docs: int) -> list[Figure]:
    """Neo4j's write (against a naive writer on ``naive_docs`` documents) and load of ``graphs``."""
    from neo4j import GraphDatabase

    from argkg.graph.neo4j_store import Neo4jStore

    settings = Settings.from_env(store="neo4j")
    auth = (settings.neo4j_username, settings.neo4j_password)
    with GraphDatabase.driver(settings.neo4j_uri, auth=auth) as driver:
        store = Neo4jStore(settings)
        try:
            _say(f"Neo4j warm-up: the same write and load, {_WARM_UP_ROUNDS} times")
            for _ in range(_WARM_UP_ROUNDS):  # a fresh server compiles its plans and JIT code
                _clear(driver, settings.neo4j_database)
                store.write(graphs)
                store.load()
            _clear(driver, settings.neo4j_database)
            few = graphs[:naive_docs]
            naive = _items(few) / _seconds(lambda: _naive_write(driver, settings.neo4j_database, few))
            _clear(driver, settings.neo4j_database)
            items = _items(graphs)
            _say(f"Neo4j write: {len(graphs)} documents, {items:,} items")
            batched = items / _seconds(lambda: store.write(graphs))
            load = _seconds(store.load)
        finally:
            store.close()
    size = f"{len(graphs)} documents, {items:,} items"
    return [
        _figure("Neo4j write", batched, "items/s", ">=20000", size),
        _figure("naive writer (one statement per item)", naive, "items/s", note=f"{len(few)} documents"),
        _figure("Neo4j write / naive", batched / naive, "ratio", ">=20"),
        _figure("Neo4j load", load, "s", "<=2", size),
    ]


def _clear(driver: Any, database: str) -> None:
    with driver.session(database=database) as session:
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()


def _naive_write(driver: Any, database: str, graphs: Sequence[DocumentGraph]) -> None:
    """Write each node and relationship with its own statement, one transaction per document."""

    def document(tx: Any, graph: DocumentGraph) -> None:
        for record in graph_records(graph):
            if record["type"] == "node":
                label = record["labels"][0]
                query = f"MERGE (n:{label} {{id: $id}}) SET n = $props"
                tx.run(query, id=record["id"], props=record["properties"]).consume()
            else:
                start, end = record["start"], record["end"]
                query = (
                    f"MATCH (a:{start['labels'][0]} {{id: $start}}) "
                    f"MATCH (b:{end['labels'][0]} {{id: $end}}) "
                    f"MERGE (a)-[r:{record['label']} {{id: $id}}]->(b) SET r = $props"
                )
                props = record["properties"]
                tx.run(query, start=start["id"], end=end["id"], id=props["id"], props=props).consume()

    with driver.session(database=database) as session:
        for graph in graphs:
            session.execute_write(document, graph)


def machine() -> dict[str, object]:
    """What the figures were measured on: CPU, cores, Python, and how busy the machine was."""
    model = platform.processor()
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        lines = cpuinfo.read_text().splitlines()
        names = [line.split(":", 1)[1].strip() for line in lines if line.startswith("model name")]
        model = names[0] if names else model
    return {
        "cpu": model,
        "cores": os.cpu_count(),
        "platform": platform.platform(),
        "python": platform.python_version(),
        "load_average": [round(x, 2) for x in os.getloadavg()],
    }


def run(
    corpus: Path,
    *,
    zh_copies: int = 20,
    en_rounds: int = 8,
    jobs: int = 2,
    repeats: int = 3,
    scale_copies: int = 700,
    store_docs: int = 100,
    naive_docs: int = 3,
    neo4j: bool = False,
) -> dict[str, Any]:
    """Measure every stage; return the report (date, machine, options, figures)."""
    began = machine()
    figures = extraction(corpus, zh_copies=zh_copies, en_rounds=en_rounds, jobs=jobs, repeats=repeats)
    (reference,) = ingest_paths([corpus / f"{REFERENCE}.txt"], lang=Lang.ZH)
    analysed = queries.analyse(reference)
    figures += analyses(reference, copies=scale_copies)
    figures += restatements(reference, ingest_paths(example_paths()), copies=scale_copies)
    stored = document_copies(analysed, store_docs)
    figures += embedded_store(stored)
    if neo4j:
        figures += neo4j_store(stored, naive_docs=naive_docs)
    options = {
        "zh_copies": zh_copies,
        "en_rounds": en_rounds,
        "jobs": jobs,
        "repeats": repeats,
        "scale_copies": scale_copies,
        "store_docs": store_docs,
        "naive_docs": naive_docs,
        "neo4j": neo4j,
    }
    return {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": began,
        "load_average_after": [round(x, 2) for x in os.getloadavg()],
        "options": options,
        "figures": [asdict(figure) for figure in figures],
        "targets_met": statistics.mean(f.meets for f in figures if f.meets is not None),
    }


def _table(report: dict[str, Any]) -> Table:
    m = report["machine"]
    title = f"argkg at scale, {report['date']} on {m['cpu']} ({m['cores']} cores, load {m['load_average']})"
    table = Table("stage", "figure", "unit", "target", "met", "measured on", title=title)
    for f in report["figures"]:
        met = "" if f["meets"] is None else ("yes" if f["meets"] else "NO")
        value = f"{f['value']:,.3g}" if f["value"] < 100 else f"{f['value']:,.0f}"
        table.add_row(f["stage"], value, f["unit"], f["target"] or "", met, f["note"])
    return table


def main(argv: Sequence[str] | None = None) -> None:
    """Parse the options, measure, print the table and write the JSON."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--neo4j", action="store_true", help="also measure the Neo4j store (server must run)")
    parser.add_argument("--json", type=Path, default=None, help="write the figures to this JSON file")
    parser.add_argument("--corpus", type=Path, default=None, help="the corpus folder")
    parser.add_argument("--zh-copies", type=int, default=20, help="copies of the reference article")
    parser.add_argument("--en-rounds", type=int, default=8, help="copies of each English microtext")
    parser.add_argument("--jobs", type=int, default=2, help="processes for the parallel extraction")
    parser.add_argument("--repeats", type=int, default=3, help="timings per extraction (median)")
    parser.add_argument("--scale-copies", type=int, default=700, help="documents in the large graph")
    parser.add_argument("--store-docs", type=int, default=100, help="documents written to the stores")
    parser.add_argument("--naive-docs", type=int, default=3, help="documents the naive Neo4j writer writes")
    args = parser.parse_args(argv)
    report = run(
        find_corpus(args.corpus),
        zh_copies=args.zh_copies,
        en_rounds=args.en_rounds,
        jobs=args.jobs,
        repeats=args.repeats,
        scale_copies=args.scale_copies,
        store_docs=args.store_docs,
        naive_docs=args.naive_docs,
        neo4j=args.neo4j,
    )
    Console(width=160).print(_table(report))
    if args.json is not None:
        args.json.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
