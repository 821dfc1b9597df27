"""A damaged embedded store is told from a clean one and never overwritten (issue 14, item 3)."""

import json
from pathlib import Path

import pytest
from factories import OTHER_TEXT, build_tiny_graph

from argkg.cli import main
from argkg.errors import InputError, StoreNote
from argkg.graph import EmbeddedStore
from argkg.graph.embedded import GRAPH_FILE
from argkg.graph.repair import check_store, repair_store
from argkg.schema import dumps_records, graph_records


@pytest.fixture
def store(tmp_path: Path) -> Path:
    """A store of two documents, ``a.txt`` and ``b.txt``."""
    EmbeddedStore(tmp_path).write(
        [build_tiny_graph(source="a.txt"), build_tiny_graph(OTHER_TEXT, source="b.txt")]
    )
    return tmp_path


def _lines(data: Path) -> list[str]:
    return (data / GRAPH_FILE).read_text(encoding="utf-8").splitlines(keepends=True)


def _damage(data: Path, how: str) -> None:
    """Damage the store of ``data``: drop a record of b.txt, cut the last line, or edit a text."""
    lines = _lines(data)
    b_doc = next(json.loads(x)["id"] for x in lines if '"b.txt"' in x)
    if how == "missing record":
        victim = next(i for i, x in enumerate(lines) if '"relationship"' in x and _owned_by(x, lines, b_doc))
        del lines[victim]
    elif how == "truncated line":
        lines[-1] = lines[-1][: len(lines[-1]) // 2]
    elif how == "tampered text":
        victim = next(i for i, x in enumerate(lines) if '"b.txt"' in x)
        lines[victim] = lines[victim].replace("Rents rise", "Rents fall")
    (data / GRAPH_FILE).write_text("".join(lines), encoding="utf-8")


def _owned_by(line: str, lines: list[str], doc_id: str) -> bool:
    start = json.loads(line)["start"]["id"]
    return any(f'"id":"{start}"' in x and f'"doc_id":"{doc_id}"' in x for x in lines)


def test_a_clean_store_is_sealed_and_checks_clean(store: Path) -> None:
    first = json.loads(_lines(store)[0])
    assert first["type"] == "checksum"
    assert len(first["documents"]) == 2
    result = check_store(store)
    assert result.clean and result.sealed and result.checksum_ok
    assert sorted(result.documents) == ["a.txt", "b.txt"]


@pytest.mark.parametrize("how", ["missing record", "truncated line", "tampered text"])
def test_every_read_refuses_a_damaged_store(store: Path, how: str) -> None:
    _damage(store, how)
    before = (store / GRAPH_FILE).read_bytes()
    stored = EmbeddedStore(store)
    for read in (stored.documents, stored.records, stored.load):
        with pytest.raises(InputError, match=r"damaged.*argkg store repair"):
            read()
    with pytest.raises(InputError, match="damaged"):
        stored.write([build_tiny_graph(source="c.txt")])
    assert (store / GRAPH_FILE).read_bytes() == before


@pytest.mark.parametrize(
    "command",
    [
        ["query", "contested"],
        ["export"],
        ["analyse"],
        ["report", "-o", "REPORT"],
        ["ingest", "NEW"],
    ],
)
def test_every_command_refuses_a_damaged_store_with_one_line(
    store: Path, command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    _damage(store, "missing record")
    before = (store / GRAPH_FILE).read_bytes()
    new = store / "new.txt"
    new.write_text("Debate: Will rents rise?\nPro: Rents rise 3% a year.\n", encoding="utf-8")
    args = [str(new) if a == "NEW" else str(store / "r.html") if a == "REPORT" else a for a in command]
    assert main(["--data", str(store), *args]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1
    assert "argkg store check" in err and "argkg store repair" in err
    assert (store / GRAPH_FILE).read_bytes() == before


@pytest.mark.parametrize("how", ["missing record", "tampered text"])
def test_repair_keeps_what_validates_and_sets_the_rest_aside(store: Path, how: str) -> None:
    _damage(store, how)
    damaged_lines = _lines(store)[1:]
    assert not check_store(store).clean
    result = repair_store(store)
    assert result.documents == ["a.txt"]
    assert result.set_aside is not None and result.set_aside.parent == store
    assert result.set_aside.name.startswith(f"{GRAPH_FILE}.set-aside-")
    aside = result.set_aside.read_text(encoding="utf-8").splitlines(keepends=True)
    kept = _lines(store)[1:]
    assert sorted(aside + kept) == sorted(damaged_lines)
    assert check_store(store).clean
    assert [g.document.source for g in EmbeddedStore(store).documents()] == ["a.txt"]


def test_repair_sets_aside_a_truncated_line(store: Path) -> None:
    _damage(store, "truncated line")
    last = len(_lines(store))
    result = repair_store(store)
    assert last in result.bad_lines
    assert check_store(store).clean


def test_store_check_and_repair_commands(store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data", str(store), "store", "check"]) == 0
    _damage(store, "missing record")
    assert main(["--data", str(store), "store", "check"]) == 2
    assert "does not validate" in capsys.readouterr().out
    assert main(["--data", str(store), "store", "repair"]) == 0
    assert "set aside:" in capsys.readouterr().out
    assert main(["--data", str(store), "query", "balance", "--json"]) == 0


def test_an_old_store_without_checksum_still_loads_and_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    graph = build_tiny_graph()
    (tmp_path / GRAPH_FILE).write_text(dumps_records(graph_records(graph)), encoding="utf-8")
    with pytest.warns(StoreNote, match="no checksum"):
        assert len(EmbeddedStore(tmp_path).documents()) == 1
    assert main(["--data", str(tmp_path), "query", "balance", "--json"]) == 0
    assert "argkg: note:" in capsys.readouterr().err
    with pytest.warns(StoreNote):
        EmbeddedStore(tmp_path).write([graph])
    assert json.loads(_lines(tmp_path)[0])["type"] == "checksum"
