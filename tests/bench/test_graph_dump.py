"""The graph dump reads the development sets by name, never the validation or blind sets."""

from pathlib import Path

from argkg.bench import graph_dump
from argkg.bench.quality import find_corpus


def test_the_dump_reads_every_development_set_and_no_later_one() -> None:
    data = Path(graph_dump.__file__).resolve().parent / "data"
    # the folder right under bench/data that each dumped text of a set lies in
    sets = {
        path.relative_to(data).parts[0]
        for path in graph_dump.texts(find_corpus())
        if path.is_relative_to(data)
    }
    fresh = {name for name in sets if name.startswith("fresh")}
    assert fresh == {"fresh", *(f"fresh{number}" for number in range(2, 30))}
