"""The Markdown reports of the hand-built debates, compared with checked-in snapshots.

A change to the report shows up here as a diff to review. To accept it, regenerate on purpose:

    .venv/bin/python tests/reports/test_snapshots.py --regenerate
"""

import sys
from pathlib import Path

import pytest

from argkg.reports import render_report

SNAPSHOTS = Path(__file__).with_name("snapshots")
_NAMES = ("zh_debate", "en_debate")


@pytest.mark.parametrize("name", _NAMES)
def test_markdown_matches_snapshot(name: str, request: pytest.FixtureRequest) -> None:
    rendered = render_report(*request.getfixturevalue(name), fmt="md")
    expected = (SNAPSHOTS / f"{name}.md").read_text(encoding="utf-8")
    assert rendered == expected, (
        f"the {name} report changed; review it, then regenerate (see module docstring)"
    )


def _regenerate() -> None:
    sys.path.append(str(Path(__file__).parents[1]))  # tests/, as pytest's pythonpath has it
    import conftest  # this folder's conftest: a script runs with its own folder first on sys.path

    builders = {"zh_debate": conftest.build_zh_debate, "en_debate": conftest.build_en_debate}
    SNAPSHOTS.mkdir(exist_ok=True)
    for name in _NAMES:
        path = SNAPSHOTS / f"{name}.md"
        path.write_text(render_report(*conftest.analysed(builders[name]()), fmt="md"), encoding="utf-8")
        print(f"wrote {path}")


if __name__ == "__main__":
    if sys.argv[1:] != ["--regenerate"]:
        sys.exit(f"usage: python {sys.argv[0]} --regenerate")
    _regenerate()
