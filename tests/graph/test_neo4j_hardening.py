"""The test server as an attacker finds it: read-only Cypher, no CSV loading, owner-only files, HTTP auth."""

import json
import stat
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from argkg.config import Settings
from argkg.errors import ArgkgError, StoreError
from argkg.graph.cypher import run_cypher
from argkg.graph.neo4j_conf import ServerLayout, read_http_port
from argkg.graph.neo4j_store import Neo4jStore

WRITING_OR_ADMINISTRATIVE = [
    "CREATE (n:Probe) RETURN n",
    "MERGE (n:Probe {k: 1}) RETURN n",
    "MATCH (n:Document) SET n.title = 'x'",
    "MATCH (n:Document) REMOVE n.title",
    "MATCH (n:Document) DETACH DELETE n",
    "CALL db.createLabel('Probe')",
    "CALL dbms.components()",
    "CALL dbms.listConfig() YIELD name RETURN name",
    "CREATE INDEX probe IF NOT EXISTS FOR (n:Probe) ON (n.k)",
    "CREATE USER probe SET PASSWORD 'probe-password'",
    "SHOW USERS",
    "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
    "LOAD CSV FROM 'http://127.0.0.1:7474/' AS row RETURN row",
    "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN count(row)",
]


@pytest.fixture
def store(neo4j_server: Settings) -> Neo4jStore:
    """The test server's store (documents of other tests may be there)."""
    return Neo4jStore(neo4j_server)


def _nodes(store: Neo4jStore) -> int:
    count: int = store.run_read("MATCH (n) RETURN count(n) AS n")[0]["n"]
    return count


@pytest.mark.parametrize("query", WRITING_OR_ADMINISTRATIVE)
def test_cypher_without_write_refuses_and_runs_nothing(
    neo4j_server: Settings, store: Neo4jStore, query: str
) -> None:
    before = _nodes(store)
    with pytest.raises(StoreError, match="pass --write"):
        run_cypher(query, settings=neo4j_server, params={})
    assert _nodes(store) == before
    assert store.run_read("SHOW INDEXES YIELD name WHERE name = 'probe' RETURN name") == []


def test_cypher_without_write_still_reads(neo4j_server: Settings) -> None:
    assert run_cypher("RETURN $x + 1 AS y", settings=neo4j_server, params={"x": 1}) == [{"y": 2}]
    assert isinstance(run_cypher("CALL db.labels()", settings=neo4j_server, params={}), list)


@pytest.mark.parametrize(
    "url",
    ["http://127.0.0.1:7474/", "http://192.0.2.1/data.csv", "file:///etc/passwd", "file:///link.csv"],
)
def test_the_server_loads_no_csv_even_with_write(neo4j_server: Settings, url: str) -> None:
    import_dir = ServerLayout.for_settings(neo4j_server).directories()["import"]
    link = import_dir / "link.csv"
    link.unlink(missing_ok=True)
    link.symlink_to("/etc/passwd")
    try:
        with pytest.raises(ArgkgError, match=r"(?i)blocked|allow_csv_import_from_file_urls"):
            run_cypher(
                f"LOAD CSV FROM '{url}' AS row RETURN count(row)",
                settings=neo4j_server,
                params={},
                write=True,
            )
    finally:
        link.unlink()


def test_the_http_api_refuses_requests_without_credentials(neo4j_server: Settings) -> None:
    port = read_http_port(ServerLayout.for_settings(neo4j_server))
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/db/{neo4j_server.neo4j_database}/tx/commit",
        data=json.dumps({"statements": [{"statement": "MATCH (n) RETURN count(n)"}]}).encode(),
        headers={"Content-Type": "application/json"},
    )
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=10)
    assert refused.value.code == 401


def test_the_server_files_are_the_owners_only(neo4j_server: Settings) -> None:
    layout = ServerLayout.for_settings(neo4j_server)
    auth = layout.data / "dbms" / "auth.ini"
    assert stat.S_IMODE(auth.stat().st_mode) == 0o600
    assert stat.S_IMODE(layout.conf_file.stat().st_mode) == 0o600
    for folder in (layout.root, *map(Path, layout.directories().values())):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
