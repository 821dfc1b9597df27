"""The instruction-count extraction bench: cachegrind's count read, a missing valgrind refused."""

from pathlib import Path

import pytest

from argkg.bench import extract_instructions


def test_the_count_is_read_from_cachegrinds_summary() -> None:
    report = "==4242== Cachegrind, a high-precision tracing profiler\n==4242== \n==4242== I refs:      19,619,875,356\n"
    assert extract_instructions.instructions(report) == 19_619_875_356
    with pytest.raises(ValueError, match="I refs"):
        extract_instructions.instructions("==4242== ERROR SUMMARY: 0 errors\n")


def test_without_valgrind_it_exits_2_with_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(SystemExit) as stopped:
        extract_instructions.main([])
    assert stopped.value.code == 2
    assert capsys.readouterr().err.strip() == (
        "extract_instructions: valgrind is not installed (apt-get install valgrind)"
    )
