"""Ingest on a local Dask cluster against one process: ``python bench/cluster.py [--workers N]``.

Needs the ``distributed`` extra. Starts a `LocalCluster` of ``--workers`` processes, warms each
worker's pipeline, then extracts the reference article as 20 files and the English microtexts
(8 copies each) on the cluster, one task per document (`argkg.ingest.ingest_item`), and the
same files serially in this process. Prints, per set: the cluster's wall-clock time, the CPU
seconds its workers and this process (the client: scheduling, receiving the graphs) spent, the
serial CPU seconds, and the graph items (nodes, relationships, the Document) per character,
which with the store's write rate says how many workers one writer keeps busy (README, "On a
cluster"). CPU times, not wall-clock, are the figures to compare on a shared machine.
"""

import argparse
import resource
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from distributed import Client, LocalCluster

from argkg.bench.quality import REFERENCE, find_corpus
from argkg.bench.scale import file_copies
from argkg.ingest import ingest_item, ingest_paths, read_text
from argkg.schema import Lang

__all__ = ["main"]


def _cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_SELF)
    return used.ru_utime + used.ru_stime


def main(argv: Sequence[str] | None = None) -> None:
    """Print the cluster's and the serial figures for the Chinese and the English files."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=2, help="worker processes of the local cluster")
    parser.add_argument("--corpus", type=Path, default=None, help="the corpus folder")
    args = parser.parse_args(argv)
    corpus = find_corpus(args.corpus)
    began = time.perf_counter()
    with (
        tempfile.TemporaryDirectory() as folder,
        LocalCluster(n_workers=args.workers, threads_per_worker=1, dashboard_address=None) as cluster,
        Client(cluster) as client,
    ):
        print(f"cluster of {args.workers} workers started in {time.perf_counter() - began:.1f} s")
        sets = {
            "Chinese": (file_copies([corpus / f"{REFERENCE}.txt"], 20, Path(folder)), Lang.ZH),
            "English": (
                file_copies(sorted((corpus / "microtexts-dev").glob("*.txt")), 8, Path(folder)),
                Lang.EN,
            ),
        }
        for name, (files, lang) in sets.items():
            items = [(read_text(path), str(path), None) for path in files]
            chars = sum(len(text) for text, _, _ in items)
            client.gather(client.map(ingest_item, items[: args.workers], lang=lang, pure=False))
            workers_before, client_before, start = sum(client.run(_cpu).values()), _cpu(), time.perf_counter()
            graphs = client.gather(client.map(ingest_item, items, lang=lang, pure=False))
            wall = time.perf_counter() - start
            workers_cpu = sum(client.run(_cpu).values()) - workers_before
            client_cpu = _cpu() - client_before
            serial_before = _cpu()
            if ingest_paths(files, lang=lang) != graphs:
                sys.exit("bench/cluster.py: the cluster's graphs differ from the serial ones")
            serial_cpu = _cpu() - serial_before
            items_made = sum(len(g.nodes) + len(g.relationships) + 1 for g in graphs)
            print(
                f"{name}: {len(files)} documents, {chars:,} characters, {items_made:,} items"
                f" ({items_made / chars:.3f} per character); cluster {wall:.1f} s wall,"
                f" workers {workers_cpu:.2f} s CPU, client {client_cpu:.2f} s CPU"
                f" ({1000 * client_cpu / len(files):.0f} ms per document); serial {serial_cpu:.2f} s CPU"
            )


if __name__ == "__main__":
    main()
