"""Worker processes for ``ingest --jobs N``: each document is extracted whole in one of them.

A worker runs the pipeline and builds the graph (`argkg.ingest.ingest_item`), so only the
text goes out and only the finished `DocumentGraph` comes back (pickled): the parent does no
extraction work of its own. Sending spaCy Docs back instead (``nlp.pipe(n_process=N)``) left
the graph building, a third of the work, in the parent, and packing and unpacking every
Doc's extensions cost more than two processes saved.

The workers are forked where the platform can (Linux, macOS on request), so they start with
the parent's imported modules, loaded lexicons and already built pipelines instead of
importing spaCy and building each pipeline again (seconds each); elsewhere they are spawned.
"""

import multiprocessing
from multiprocessing.pool import Pool

__all__ = ["worker_pool"]


def worker_pool(processes: int) -> Pool:
    """A pool of ``processes`` worker processes (use it as a context manager: it ends them).

    Args:
        processes: how many; at least 1.

    Returns:
        The pool; ``pool.imap(work, items)`` gives the results in the order of ``items``.
    """
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    return multiprocessing.get_context(method).Pool(processes)
