"""The CPU-time extraction bench: its figures, printed and written as JSON."""

import json
from pathlib import Path

from argkg.bench import extract_cpu
from argkg.bench.quality import find_corpus


def test_one_run_prints_and_writes_every_figure(tmp_path: Path, capsys) -> None:
    out = tmp_path / "cpu.json"
    sizes = ["--zh-copies", "1", "--en-rounds", "1", "--repeat", "1"]
    extract_cpu.main(["--corpus", str(find_corpus()), *sizes, "--json", str(out)])
    figures = json.loads(out.read_text(encoding="utf-8"))
    assert figures == json.loads(capsys.readouterr().out)
    assert figures["zh_chars"] > 5_000 and figures["en_chars"] > 5_000
    assert all(figures[key] > 0 for key in ("zh_cpu_s", "jieba_cpu_s", "en_cpu_s", "zh_over_jieba"))
    for lang in ("zh", "en"):
        rate = figures[f"{lang}_chars"] / figures[f"{lang}_cpu_s"]
        assert abs(figures[f"{lang}_chars_per_cpu_s"] - rate) <= 0.01 * rate
