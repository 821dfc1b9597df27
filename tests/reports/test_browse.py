"""Neo4j Browser set-up: the URL, a style for every label, starter queries that run on Neo4j."""

import re
from collections.abc import Iterator

import pytest

from argkg.config import Settings
from argkg.errors import InputError
from argkg.graph.neo4j_store import Neo4jStore
from argkg.reports import browse
from argkg.reports.browse import StarterQuery, browse_info
from argkg.schema import NODE_TYPES, NodeLabel, Relationship, RelType


def _grass() -> dict[str, dict[str, str]]:
    """The style file as {selector: {property: value}}."""
    text = browse.style_path().read_text(encoding="utf-8")
    blocks = re.findall(r"^([\w.*]+)\s*\{(.*?)^\}", text, flags=re.MULTILINE | re.DOTALL)
    return {selector: dict(re.findall(r"([\w-]+)\s*:\s*([^;]+);", body)) for selector, body in blocks}


def test_url_prefills_the_connection(tmp_path) -> None:
    info = browse_info(Settings(data_dir=tmp_path, neo4j_uri="bolt://localhost:7687", neo4j_database="argdb"))
    assert info.url == "http://127.0.0.1:7474/browser/?dbms=bolt://neo4j@localhost:7687&db=argdb"
    remote = browse_info(Settings(data_dir=tmp_path, neo4j_uri="neo4j+s://graph.example.org:7687"))
    assert remote.url.startswith(
        "http://graph.example.org:7474/browser/?dbms=neo4j%2Bs://neo4j@graph.example.org"
    )


def test_url_follows_the_local_servers_http_port(tmp_path) -> None:
    conf = tmp_path / "neo4j" / "conf" / "neo4j.conf"
    conf.parent.mkdir(parents=True)
    conf.write_text("server.http.listen_address=127.0.0.1:17474\n", encoding="utf-8")
    assert browse_info(Settings(data_dir=tmp_path)).url.startswith("http://127.0.0.1:17474/browser/?")


def test_every_label_has_a_colour_and_a_caption_from_its_text() -> None:
    grass = _grass()
    for label in NodeLabel:
        style = grass[f"node.{label.value}"]
        assert re.fullmatch(r"#[0-9A-Fa-f]{6}", style["color"]), label
        caption = re.fullmatch(r'"\{(\w+)\}"', style["caption"])
        assert caption and caption.group(1) in NODE_TYPES[label].model_fields, (label, style["caption"])
    for rel_type in RelType:
        style = grass[f"relationship.{rel_type.value}"]
        assert re.fullmatch(r"#[0-9A-Fa-f]{6}", style["color"])
        assert style["caption"] == '"<type>"' or style["caption"].strip('"{}') in Relationship.model_fields


def test_starter_queries_have_titles_and_use_the_schema_only() -> None:
    queries = browse_info(Settings()).starter_queries
    assert len(queries) >= 5 and len({q.title for q in queries}) == len(queries)
    labels = {label.value for label in NodeLabel}
    types = {t.value for t in RelType}
    for query in queries:
        assert query.cypher.startswith(f"// {query.title}\n")
        assert max(map(len, query.cypher.splitlines())) <= 80, "a line a terminal would break"
        assert set(re.findall(r"\(\w*:(\w+)", query.cypher)) <= labels, query.title
        used_types = {t for group in re.findall(r"\[\w*:([\w|]+)", query.cypher) for t in group.split("|")}
        assert used_types <= types, query.title


def test_a_starter_file_without_title_is_refused(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "bad.cypher").write_text("MATCH (n) RETURN n\n", encoding="utf-8")
    monkeypatch.setattr(browse, "_folder", lambda: tmp_path)
    with pytest.raises(InputError, match=r"bad\.cypher"):
        browse.starter_queries()


@pytest.fixture
def stored_debate(neo4j_server: Settings, zh_debate) -> Iterator[Neo4jStore]:
    """The Chinese hand-built debate, analysed, alone in the test server."""
    store = Neo4jStore(neo4j_server)
    store.run_write("MATCH (n) DETACH DELETE n")
    store.write(zh_debate[0])
    yield store
    store.close()


@pytest.mark.parametrize("query", browse.starter_queries(), ids=lambda q: q.title)
def test_starter_query_runs_unchanged_and_answers(stored_debate: Neo4jStore, query: StarterQuery) -> None:
    rows = stored_debate.run_read(query.cypher)
    assert rows, f"{query.title!r} found nothing in a debate that has it"
