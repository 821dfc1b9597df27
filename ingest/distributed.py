"""Ingest past one machine: documents sharded over a Dask distributed cluster.

Extraction is per document and deterministic, so it shards: `ingest_on_cluster` reads the files
here, in the bounded chunks of `argkg.ingest.batches.read_chunks`, sends each text to the
cluster as one task (`argkg.ingest.ingest_item`, the same unit of work as ``--jobs``), and
returns the finished graphs in the order of the files. Writing stays with the caller, through
the store's batched, all-or-nothing writer, so a cluster changes where extraction runs and
nothing about what is stored.

The cluster is the one whose scheduler listens at an address (``tcp://host:8786``: argkg must
be installed on its workers, which build the pipelines once each and keep them), or
``"local"``: a `LocalCluster` of worker processes on this machine, started for the call and
ended after it. Dask is the optional ``distributed`` extra (``pip install 'argkg[distributed]'``);
without it, asking for a scheduler is an input error that says so.
"""

import logging
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from argkg.errors import InputError
from argkg.ingest import LangOption, ingest_item, read_text
from argkg.ingest.batches import Finish, Progress, read_chunks
from argkg.schema import DocumentGraph

if TYPE_CHECKING:
    from distributed import Client

__all__ = ["LOCAL", "ingest_on_cluster"]

#: The scheduler "address" that starts a local cluster for the call.
LOCAL = "local"
#: Seconds to wait for a remote scheduler before giving up.
_CONNECT_TIMEOUT = 10


def ingest_on_cluster(
    paths: Sequence[Path],
    *,
    scheduler: str,
    lang: LangOption | str = "auto",
    max_chars: int,
    workers: int = 2,
    progress: Progress | None = None,
    finish: Finish | None = None,
) -> list[DocumentGraph]:
    """Extract the files' graphs on a Dask cluster, one task per document.

    Args:
        paths: the text files, read here.
        scheduler: the scheduler's address, or ``"local"`` for a local cluster.
        lang: ``zh``, ``en`` or ``auto``.
        max_chars: the longest text accepted, in characters.
        workers: how many worker processes a local cluster has.
        progress: told how many files there are, then of each document once it is extracted.
        finish: applied to each graph on the worker that built it (a module-level function).

    Returns:
        One graph per path, in order: the graphs `argkg.ingest.ingest_paths` gives.

    Raises:
        InputError: the extra is not installed, the scheduler cannot be reached, or a file
            cannot be read or ingested.
    """
    if progress is not None:
        progress.start(len(paths))
    graphs: list[DocumentGraph] = []
    with _client(scheduler, workers) as client:
        for chunk in read_chunks(paths, partial(read_text, max_chars=max_chars)):
            futures = client.map(ingest_item, chunk, lang=lang, finish=finish, pure=False)
            for future in futures:
                graph: DocumentGraph = future.result()
                if progress is not None:
                    progress.done(graph.document.source, len(graph.document.text))
                graphs.append(graph)
    return graphs


@contextmanager
def _client(scheduler: str, workers: int) -> Iterator["Client"]:
    """A client of the scheduler at ``scheduler``, or of a local cluster started for the call."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:
        raise InputError("--scheduler needs Dask: pip install 'argkg[distributed]'") from exc
    if scheduler == LOCAL:
        cluster = LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.ERROR,  # not its notes on workers slow to stop
        )
        with cluster, Client(cluster) as client:
            yield client
        return
    try:
        client = Client(scheduler, timeout=_CONNECT_TIMEOUT)
    except (OSError, TimeoutError, ValueError) as exc:
        raise InputError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from exc
    with client:
        yield client
