"""The cycle collector helpers: `pausing_cycle_collection` and `exempt_the_living`."""

import gc

from argkg.gcpause import exempt_the_living, pausing_cycle_collection
from argkg.ingest import _nlp
from argkg.schema import Lang


def _tracked(thing: object) -> bool:
    """Whether the cycle collector's walks reach ``thing`` (exempt objects are not listed)."""
    return any(other is thing for other in gc.get_objects())


def test_what_lives_when_exempted_is_out_of_the_collectors_walks_and_what_comes_after_is_not() -> None:
    before = [object()]
    assert _tracked(before)
    exempt_the_living()
    after = [object()]
    assert not _tracked(before)
    assert _tracked(after)
    assert before[0] is not None  # still alive, still usable


def test_the_ingest_pipeline_is_exempted_once_built() -> None:
    nlp = _nlp(Lang.EN)
    assert gc.get_freeze_count() > 0
    assert not _tracked(nlp)


def test_pausing_turns_the_collector_off_for_the_call_only() -> None:
    seen = pausing_cycle_collection(gc.isenabled)()
    assert seen is False
    assert gc.isenabled()
