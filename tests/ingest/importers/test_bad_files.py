"""Malformed files: exit 2, one stderr line naming the file and the place, nothing written."""

from pathlib import Path

import pytest

from argkg.cli import main

MICROTEXT = """<?xml version='1.0' encoding='UTF-8'?>
<arggraph id="micro_x">
  <edu id="e1"><![CDATA[Cities should charge drivers.]]></edu>
  <edu id="e2"><![CDATA[It cuts traffic.]]></edu>
  <adu id="a1" type="pro"/>
  <adu id="a2" type="pro"/>
  <edge id="c1" src="e1" trg="a1" type="seg"/>
  <edge id="c2" src="e2" trg="a2" type="seg"/>
  <edge id="c3" src="a2" trg="a1" type="{kind}"/>
</arggraph>
"""

#: (format, file name, content, what the one error line must name)
CASES = [
    ("aif", "map.json", '{"nodes": [\n  {"nodeID": "1", "text": "x", "type": "I"},\n]', "line 3, column 1"),
    ("aif", "map.json", '{"edges": []}', "nodes: Field required"),
    (
        "aif",
        "map.json",
        '{"nodes": [{"nodeID": "1", "text": "x", "type": "I"}], "edges": [{"fromID": "1", "toID": "9"}]}',
        "edges[0]",
    ),
    (
        "aif",
        "map.json",
        '{"nodes": [{"nodeID": "c1", "text": "x", "type": "I", "argkg": {"label": "Nonsense"}}], "edges": [],'
        ' "argkg": {"documents": [], "nodes": [], "relationships": []}}',
        "I-node 'c1'",
    ),
    (
        "aif",
        "map.json",
        '{"nodes": [{"nodeID": "s1", "text": "x", "type": "RA", "argkg": {"type": "CONTAINS"}}], "edges": [],'
        ' "argkg": {"documents": [], "nodes": [], "relationships": []}}',
        "RA-node 's1': CONTAINS has no AIF scheme node",
    ),
    ("kialo", "k.txt", "Discussion Title: Q?\n\n1. Thesis.\n1.1.1. Pro: orphan\n", "line 4"),
    ("kialo", "k.txt", "Discussion Title: Q?\n\nsome stray text\n1. Thesis.\n", "line 3"),
    ("kialo", "k.txt", "1. Thesis.\n1.1. Pro: a\n1.2. Con: -> See 1.9.\n", "line 3"),
    ("microtexts", "micro_x.xml", MICROTEXT.format(kind="sup").replace("</arggraph>", ""), "line 11"),
    ("microtexts", "micro_x.xml", MICROTEXT.format(kind="boost"), "<edge id='c3'>"),
    (
        "microtexts",
        "micro_x.xml",
        MICROTEXT.format(kind="sup")
        .replace('<adu id="a1"', '<joint id="j1"/><joint id="j2"/><adu id="a1"')
        .replace(
            'src="e1" trg="a1" type="seg"/>',
            'src="j1" trg="a1" type="seg"/><edge id="c8" src="j2" trg="j1" type="seg"/>'
            '<edge id="c9" src="j1" trg="j2" type="seg"/>',
        ),
        "<adu id='a1'>: no segment",
    ),
    ("brat", "essay.ann", "T1\tMajorClaim 0 5\tCitie\nT2\tClaim 0\tbroken\n", "line 2"),
    ("brat", "essay.ann", "T1\tMajorClaim 0 500\tCities\n", "line 1"),
    ("brat", "essay.ann", "T1\tMajorClaim 0 6\tTowns!\n", "line 1"),
    ("graphml", "g.graphml", "<graphml><graph>\n<node id='a'>\n</graphml>", "line 3"),
    (
        "graphml",
        "g.graphml",
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="directed"><node id="a"/></graph></graphml>',
        "<node id='a'> has no argkg label",
    ),
]


@pytest.mark.parametrize(("fmt", "name", "content", "place"), CASES)
def test_bad_file_exits_2_naming_file_and_place_and_writes_nothing(
    fmt: str, name: str, content: str, place: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    if fmt == "brat":
        path.with_suffix(".txt").write_text("Cities should charge drivers.", encoding="utf-8")
    store = tmp_path / "store"
    assert main(["--data", str(store), "import", str(path), "--format", fmt]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1
    assert str(path.with_suffix(".ann") if fmt == "brat" else path) in err
    assert place in err
    assert not (store / "graph.jsonl").exists()


def test_a_bad_file_among_good_ones_writes_nothing(tmp_path: Path) -> None:
    good, bad = tmp_path / "a.txt", tmp_path / "b.txt"
    good.write_text("1. Thesis.\n1.1. Pro: a reason.\n", encoding="utf-8")
    bad.write_text("1. Thesis.\n1.1. Maybe: a reason.\n", encoding="utf-8")
    store = tmp_path / "store"
    assert main(["--data", str(store), "import", str(tmp_path), "--format", "kialo"]) == 2
    assert not (store / "graph.jsonl").exists()
    assert main(["--data", str(store), "import", str(good), "--format", "kialo"]) == 0
    assert (store / "graph.jsonl").exists()
