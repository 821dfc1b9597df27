"""Whole random files through ``argkg ingest`` (issue 14, item 7): stored or refused, never worse.

Draws from the same generator as ``bench/fuzz.py`` (which runs 1,000 files), a few examples
here. Each file runs under a budget (10 s of CPU time per 100 kB, at least 10 s, and ten times
that on the wall clock) that only a hang exceeds; "lost" means exit 0 without the document in the store.
"""

import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from argkg.bench.fuzz import random_file, run_file, warm_up


@pytest.fixture(scope="module", autouse=True)
def _pipelines_built(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Build both pipelines before any budget runs: loading them is not the file's work."""
    warm_up(tmp_path_factory.mktemp("warm"))


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rng=st.randoms(use_true_random=False))
def test_a_random_file_is_stored_or_refused_in_one_line(
    rng: random.Random, tmp_path_factory: pytest.TempPathFactory
) -> None:
    folder: Path = tmp_path_factory.mktemp("fuzz")
    _, data = random_file(rng, max_chars=5_000)
    path = folder / "fuzz.txt"
    path.write_bytes(data)
    outcome, detail = run_file(path, folder / "store")
    assert outcome in ("stored", "refused"), detail
