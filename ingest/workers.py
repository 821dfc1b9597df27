"""Worker processes for ``ingest --jobs N``: each document is extracted whole in one of them.

A worker runs the pipeline and builds the graph (`argkg.ingest.ingest_item`), so only the
text goes out and only the finished `DocumentGraph` comes back (pickled): the parent does no
extraction work of its own. Sending spaCy Docs back instead (``nlp.pipe(n_process=N)``) left
the graph building, a third of the work, in the parent, and packing and unpacking every
Doc's extensions cost more than two processes saved.

The workers are forked where the platform can, so they start with the parent's imported
modules, loaded lexicons and already built pipelines instead of importing spaCy and building
each pipeline again (seconds each); elsewhere they are spawned. A worker that dies (killed,
out of memory) ends the run with an error instead of leaving it waiting for its document.
"""

import multiprocessing
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from argkg.errors import ArgkgError
from argkg.ingest.batches import Item
from argkg.schema import DocumentGraph

__all__ = ["in_workers"]


def in_workers(
    work: Callable[[Item], DocumentGraph], chunks: Iterable[list[Item]], processes: int
) -> Iterator[DocumentGraph]:
    """Run ``work`` on every item of ``chunks`` in ``processes`` worker processes.

    A chunk is sent whole, then its graphs are yielded in order, before the next chunk is read.

    Args:
        work: a module-level function (it reaches the workers by name) or a partial of one.
        chunks: the items, a bounded chunk at a time (`argkg.ingest.batches.read_chunks`).
        processes: how many workers; at least 1.

    Yields:
        One graph per item, in order.

    Raises:
        ArgkgError: a worker process ended before it returned its document's graph.
        InputError: as ``work`` raises it for an item (the items after it are not extracted).
    """
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    pool = ProcessPoolExecutor(processes, mp_context=multiprocessing.get_context(method))
    try:
        for chunk in chunks:
            yield from pool.map(work, chunk)
    except BrokenProcessPool as exc:
        raise ArgkgError(f"an ingest worker process ended before its document was done: {exc}") from exc
    finally:
        pool.shutdown(cancel_futures=True)
