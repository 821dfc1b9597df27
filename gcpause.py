"""Bulk work without Python's cycle collector walking the large graphs that are already alive.

CPython's cyclic garbage collector runs a full collection each time the objects that survived
earlier collections grow by a quarter, and a full collection walks every live container: on a
store of 700 documents (165k nodes, 330k edges, each a dict) that is millions of objects walked
again and again while an analysis or a load allocates its results. The analyses and the loads
make no reference cycles (plain dicts, tuples, frozensets, pydantic models), so reference
counting frees all of their garbage anyway; the collector only costs time there (40% of the CPU
of `argkg.queries.depends` and of `analyse` on every document of that store, measured in the
README, "At scale"). Nor does extraction (`argkg.ingest.ingest_item`, one document at a time):
there the collections cost 5% of a Chinese text's CPU time.

`pausing_cycle_collection` turns the collector off for the call and back on after it, only if it
was on (so calls nest, and a caller that turned it off keeps it off). A cycle made meanwhile is
still collected, by the first collection after the call.

`exempt_the_living` is for what lives as long as the process, such as the ingest pipelines
(163k tracked objects for the Chinese one: spaCy, jieba, the compiled data): it collects once,
then moves every object alive out of the collector's reach (``gc.freeze``), so the full
collections that extraction's allocations set off walk only what was made after it. On 8 copies
of the reference article that was 18 -> 3 ms of collection per document.
"""

import functools
import gc
from collections.abc import Callable
from typing import ParamSpec, TypeVar

__all__ = ["pausing_cycle_collection", "exempt_the_living"]

_P = ParamSpec("_P")
_R = TypeVar("_R")


def pausing_cycle_collection(work: Callable[_P, _R]) -> Callable[_P, _R]:
    """Wrap ``work`` so that the cycle collector is off while it runs (see the module's docstring)."""

    @functools.wraps(work)
    def paused(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        if not gc.isenabled():
            return work(*args, **kwargs)
        gc.disable()
        try:
            return work(*args, **kwargs)
        finally:
            gc.enable()

    return paused


def exempt_the_living() -> None:
    """Collect the garbage cycles, then exempt every object still alive from later collections.

    Call it once something long-lived has been built (see the module's docstring): an exempt
    object is still freed by reference counting, but a cycle among exempt objects that dies
    later is never collected, so exempt only what lives until the process ends.
    """
    gc.collect()
    gc.freeze()
