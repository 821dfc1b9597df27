"""Several processes for ``ingest --jobs N``: each document is extracted whole in one of them.

For each chunk of documents this process starts ``N - 1`` helper processes and extracts
alongside them: each of the ``N`` takes the chunk's next unclaimed document (a counter they
share) whenever it is free, runs the pipeline and builds the graph (`argkg.ingest.ingest_item`).
A helper sends back only the finished `DocumentGraph`, pickled; this process yields the graphs
in the chunk's order as they are ready. So all ``N`` stay busy until the chunk's last document
and none waits for a document another could take. This process extracting too, instead of
only collecting graphs from ``N`` workers, spares one process's start, the pickling of its
share of the graphs, and the cores the collecting took from the workers; and the helpers
claim documents through shared memory, with no round trip to this process between two. Before
that, ``nlp.pipe(n_process=N)`` sent spaCy Docs back and left the graph building, a
third of the work, to this process.

The helpers are forked where the platform can, so they start with this process's imported
modules, loaded lexicons, built pipelines and the chunk's texts, instead of importing spaCy and
building each pipeline again (seconds each); elsewhere they are spawned and the chunk is sent
to them. A helper that dies (killed, out of memory) ends the run with an error instead of
leaving it waiting for its document. A helper that has sent all its graphs is not waited for:
its exit (9-15 ms of its CPU after its last graph, mostly the kernel unmapping its copy of
this process's memory; at load 9 the helper was still exiting when 5 of 6 calls returned, for
11-64 ms more) overlaps whatever this process does next, and `multiprocessing` reaps it when
the next helper starts or this process exits.
"""

from __future__ import annotations

import multiprocessing
import pickle
import queue
from collections.abc import Callable, Iterable, Iterator, Sequence
from multiprocessing.process import BaseProcess
from multiprocessing.queues import Queue
from multiprocessing.sharedctypes import Synchronized

from argkg.errors import ArgkgError
from argkg.gcpause import pausing_cycle_collection
from argkg.ingest.batches import Item
from argkg.schema import DocumentGraph

__all__ = ["in_workers"]

#: Seconds between two looks at the helpers while this process waits for their graphs.
_WATCH_SECONDS = 0.5

#: What extracting one document gave: its graph, or the exception it raised.
_Outcome = DocumentGraph | Exception


def in_workers(
    work: Callable[[Item], DocumentGraph], chunks: Iterable[list[Item]], processes: int
) -> Iterator[DocumentGraph]:
    """Run ``work`` on every item of ``chunks`` in this process and ``processes - 1`` helpers.

    A chunk is extracted whole, its graphs yielded in order as they are ready, before the
    next chunk is read.

    Args:
        work: a module-level function (it reaches spawned helpers by name) or a partial of one.
        chunks: the items, a bounded chunk at a time (`argkg.ingest.batches.read_chunks`).
        processes: how many processes extract at once, this one included; at least 1.

    Yields:
        One graph per item, in order.

    Raises:
        ArgkgError: a helper process ended before it returned its document's graph.
        InputError: as ``work`` raises it for an item, once the graphs before it are yielded.
    """
    forks = "fork" in multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork") if forks else multiprocessing.get_context("spawn")
    for chunk in chunks:
        claims: Synchronized[int] = context.Value("q", 0)
        results: Queue[bytes] = context.Queue()
        helpers = [
            context.Process(target=_help, args=(work, chunk, claims, results), daemon=True)
            for _ in range(min(processes, len(chunk)) - 1)
        ]
        for helper in helpers:
            helper.start()
        try:
            yield from _in_order(work, chunk, claims, results, helpers)
        except BaseException:
            for helper in helpers:  # left early (an error, or the caller stopped reading): stopped
                helper.terminate()
                helper.join()
            raise


def _claim(claims: Synchronized[int]) -> int:
    """The index of the next unclaimed item (past the chunk's end once all are claimed)."""
    with claims.get_lock():
        index = claims.value
        claims.value = index + 1
    return index


def _extract(work: Callable[[Item], DocumentGraph], item: Item) -> _Outcome:
    """``work(item)``, or the exception it raised: an error is reported in the items' order."""
    try:
        return work(item)
    except Exception as exc:  # raised again in order by _in_order
        return exc


def _help(
    work: Callable[[Item], DocumentGraph], chunk: list[Item], claims: Synchronized[int], results: Queue[bytes]
) -> None:
    """A helper's life: extract claimed items until none is left, sending each outcome pickled.

    The outcome is pickled here rather than by the queue's feeder thread, so that an exception
    that cannot be pickled is replaced by one that can instead of being lost (and waited for).
    """
    while (index := _claim(claims)) < len(chunk):
        outcome = _extract(work, chunk[index])
        try:
            payload = pickle.dumps((index, outcome), pickle.HIGHEST_PROTOCOL)
        except Exception as exc:  # any pickling failure is reported as one
            payload = pickle.dumps((index, ArgkgError(f"{outcome!r} (not picklable: {exc})")))
        results.put(payload)


def _in_order(
    work: Callable[[Item], DocumentGraph],
    chunk: list[Item],
    claims: Synchronized[int],
    results: Queue[bytes],
    helpers: Sequence[BaseProcess],
) -> Iterator[DocumentGraph]:
    """The chunk's graphs in order: this process extracts claimed items while any is left,
    collecting the helpers' graphs between its own, then waits for the helpers' last ones."""
    ready: dict[int, _Outcome] = {}
    for position in range(len(chunk)):
        while position not in ready:
            if (index := _claim(claims)) < len(chunk):
                ready[index] = _extract(work, chunk[index])
                ready.update(_received(results, helpers, wait=False))
            else:
                ready.update(_received(results, helpers, wait=True))
        outcome = ready.pop(position)
        if isinstance(outcome, Exception):
            raise outcome
        yield outcome


def _received(
    results: Queue[bytes], helpers: Sequence[BaseProcess], *, wait: bool
) -> Iterator[tuple[int, _Outcome]]:
    """The helpers' outcomes that have arrived; with ``wait``, at least one.

    Raises:
        ArgkgError: a helper ended without sending every outcome it claimed (while waiting).
    """
    while True:
        try:
            payload = results.get(timeout=_WATCH_SECONDS) if wait else results.get_nowait()
        except queue.Empty:
            if not wait:
                return
            _check(helpers)
            continue
        yield _unpickled(payload)
        wait = False


@pausing_cycle_collection
def _unpickled(payload: bytes) -> tuple[int, _Outcome]:
    """A helper's ``(index, outcome)``, unpickled with the cycle collector paused.

    A graph of the reference article is some 2,300 new tracked objects, so unpickling the
    helpers' graphs set off the collector's passes, and a full pass walks every graph this
    process holds; a graph has no reference cycles (extraction makes none), so the passes find
    nothing. Unpickling 10 such graphs took 16-20 ms of CPU instead of 21-34 ms (min-median of
    7 runs at load 9), and in `ingest_paths` on 20 copies with two jobs 30-36 ms instead of
    44-61 ms of the main process's CPU (4 runs each at load 10).
    """
    outcome: tuple[int, _Outcome] = pickle.loads(payload)
    return outcome


def _check(helpers: Sequence[BaseProcess]) -> None:
    """Raise if a helper died: its claimed item's outcome will never come."""
    for helper in helpers:
        if helper.exitcode not in (None, 0):
            raise ArgkgError(
                f"an ingest worker process ended before its document was done (exit code {helper.exitcode})"
            )
