"""Shared issues end to end on the embedded store: ingest links, link/unlink/--question survive
re-ingest, remove keeps what others use (the Neo4j twin is in tests/graph/test_neo4j_shared.py)."""

from pathlib import Path

import pytest

from argkg import sharing, workflows
from argkg.cli import main
from argkg.config import Settings
from argkg.graph import EmbeddedStore
from argkg.schema import Issue, RelType, dumps_records

TEXTS = {
    "pro.txt": "Cities should ban cars from their centres. Google says the air gets cleaner.\n",
    "con.txt": "Cars should not be banned from city centres. Shops lose customers, Google says.\n",
    "zh.txt": "城市应该禁止汽车进入市中心。谷歌说空气会更干净。\n",
}


@pytest.fixture
def corpus(tmp_path: Path) -> dict[str, Path]:
    folder = tmp_path / "texts"
    folder.mkdir()
    for name, text in TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return {name: folder / name for name in TEXTS}


def _issues(settings: Settings) -> dict[str, str]:
    """Stored document file name -> id of the issue it argues."""
    found = {}
    for graph in EmbeddedStore(settings.data_dir).documents():
        (rel,) = [
            r for r in graph.relationships if r.type is RelType.ON_ISSUE and r.start == graph.document.id
        ]
        found[Path(graph.document.source).name] = rel.end
    return found


def test_link_unlink_and_question_survive_reingest(tmp_path: Path, corpus: dict[str, Path]) -> None:
    settings = Settings(data_dir=tmp_path / "store")
    workflows.ingest(list(corpus.values()), settings=settings)
    issues = _issues(settings)
    assert len(set(issues.values())) == 1  # the Chinese text joins through concepts.yaml
    sharing.unlink(str(corpus["zh.txt"]), settings=settings)
    assert _issues(settings)["zh.txt"] != _issues(settings)["pro.txt"] == issues["pro.txt"]
    sharing.link(str(corpus["zh.txt"]), issues["pro.txt"], settings=settings)
    assert len(set(_issues(settings).values())) == 1
    sharing.unlink(str(corpus["con.txt"]), settings=settings)
    after = _issues(settings)
    assert after["con.txt"] != after["pro.txt"] == after["zh.txt"]
    before = dumps_records(EmbeddedStore(settings.data_dir).records())
    workflows.ingest(list(corpus.values()), settings=settings)
    assert dumps_records(EmbeddedStore(settings.data_dir).records()) == before
    workflows.ingest([corpus["pro.txt"]], settings=settings, question="Should cars leave city centres?")
    texts = {i.text for g in EmbeddedStore(settings.data_dir).documents() for i in g.of_type(Issue)}
    assert "Should cars leave city centres?" in texts


def test_remove_keeps_shared_nodes_still_used(tmp_path: Path, corpus: dict[str, Path]) -> None:
    settings = Settings(data_dir=tmp_path / "store")
    workflows.ingest([corpus["pro.txt"], corpus["con.txt"]], settings=settings)
    shared = {n for n, d in EmbeddedStore(settings.data_dir).load().nodes(data=True) if "doc_id" not in d}
    assert len(shared) == 2  # the issue and Google
    assert sharing.remove([str(corpus["pro.txt"])], settings=settings) == [str(corpus["pro.txt"].resolve())]
    G = EmbeddedStore(settings.data_dir).load()
    assert shared <= set(G)
    assert main(["--data", str(settings.data_dir), "remove", str(corpus["con.txt"])]) == 0
    assert len(EmbeddedStore(settings.data_dir).load()) == 0


def test_unknown_document_or_issue_is_bad_input(
    tmp_path: Path, corpus: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    data = str(tmp_path / "store")
    assert main(["--data", data, "ingest", str(corpus["pro.txt"])]) == 0
    assert main(["--data", data, "remove", "nope.txt"]) == 2
    assert main(["--data", data, "link", str(corpus["pro.txt"]), "issue-0"]) == 2
    assert main(["--data", data, "unlink", "nope.txt"]) == 2
    errors = capsys.readouterr().err.strip().splitlines()
    assert len(errors) == 3 and all(line.startswith("argkg: error: ") for line in errors)


def test_ingest_reads_links_and_writes_under_one_hold_of_the_lock(tmp_path: Path) -> None:
    from filelock import FileLock, Timeout

    from argkg.graph.embedded import GRAPH_FILE
    from argkg.ingest import ingest_text

    store = EmbeddedStore(tmp_path)
    first = sharing.link_batch(
        [ingest_text("Cities should ban cars. The air gets cleaner.\n", source="a.txt")],
        stored=[],
        data_dir=tmp_path,
    )
    store.write(first)
    seen: list[list[str]] = []

    def prepare(stored: list) -> list:
        seen.append([g.document.source for g in stored])
        with pytest.raises(Timeout):  # nobody else can write meanwhile
            FileLock(str(tmp_path / f"{GRAPH_FILE}.lock"), timeout=0).acquire()
        second = ingest_text("Cars should not be banned from cities. Shops need them.\n", source="b.txt")
        return sharing.link_batch([second], stored=stored, data_dir=tmp_path)

    (written,), moved = store.write_prepared(prepare)
    assert seen == [["a.txt"]] and moved == {}
    assert {i.id for i in written.of_type(Issue)} == {i.id for i in first[0].of_type(Issue)}
    assert sorted(g.document.source for g in store.documents()) == ["a.txt", "b.txt"]
