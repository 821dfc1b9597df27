"""Shared nodes across documents (DESIGN.md §6) in the embedded store: one Entity per real-world
thing, MENTIONS from every document, kept while any document uses it, removed with its last user."""

from pathlib import Path

from argkg.graph.embedded import EmbeddedStore
from argkg.ingest import ingest_text
from argkg.schema import Entity, dumps_records

EN = "Google should open its models.\n\nGoogle has the money to do it, and the public gains.\n"
ZH = "谷歌应该开放它的模型。\n\n谷歌有钱这样做，公众也会受益。\n"


def _entities(store: EmbeddedStore) -> dict[str, set[str]]:
    """Entity name -> ids of the documents whose claims mention it."""
    G = store.load()
    found: dict[str, set[str]] = {}
    for node, data in G.nodes(data=True):
        if data["label"] == "Entity":
            users = {
                G.nodes[claim]["doc_id"] for claim, _, t in G.in_edges(node, data="type") if t == "MENTIONS"
            }
            found[data["name"]] = users
    return found


def test_an_entity_named_in_two_languages_is_one_node(tmp_path: Path) -> None:
    en, zh = ingest_text(EN, source="en.txt"), ingest_text(ZH, source="zh.txt")
    store = EmbeddedStore(tmp_path)
    store.write([en, zh])
    assert _entities(store) == {"Google": {en.document.id, zh.document.id}}
    (google,) = {node.id for graph in (en, zh) for node in graph.of_type(Entity)}
    assert google in store.load()


def test_rewriting_changes_nothing_and_removal_keeps_what_others_use(tmp_path: Path) -> None:
    en, zh = ingest_text(EN, source="en.txt"), ingest_text(ZH, source="zh.txt")
    store = EmbeddedStore(tmp_path)
    store.write([en, zh])
    before = dumps_records(store.records())
    store.write([zh])
    assert dumps_records(store.records()) == before
    assert store.remove(["en.txt"]) == ["en.txt"]
    assert _entities(store) == {"Google": {zh.document.id}}
    assert store.remove([zh.document.id]) == ["zh.txt"]
    assert _entities(store) == {}
    assert store.records() == []
