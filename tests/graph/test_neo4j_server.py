"""The local Neo4j server against the real thing: start, status, Bolt, Browser, stop.

The tests that need the server run in file order and the last one stops and restarts it, so
the session's other tests still find it up.
"""

import stat
import subprocess
import urllib.request
from pathlib import Path

import pytest
from neo4j import GraphDatabase

from argkg.config import Settings
from argkg.errors import InputError
from argkg.graph import neo4j_server
from argkg.graph.neo4j_conf import ServerLayout, bolt_port, write_conf
from argkg.graph.neo4j_server import neo4j_version, start, status, stop


def _get(url: str) -> tuple[int, str]:
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.status, response.read().decode("utf-8", errors="replace")


def test_pinned_version_is_5_26():
    assert neo4j_version().startswith("5.26.")


def test_bolt_port_comes_from_the_uri():
    assert bolt_port("bolt://127.0.0.1:7688") == 7688
    assert bolt_port("neo4j://localhost") == 7687


@pytest.mark.parametrize("uri", ["bolt://example.org:7687", "bolt+s://127.0.0.1:7687"])
def test_start_refuses_a_uri_it_cannot_serve(tmp_path: Path, uri: str):
    with pytest.raises(InputError, match="does not name a local server"):
        start(Settings(data_dir=tmp_path, cache_dir=tmp_path, neo4j_uri=uri))


def test_start_refuses_a_short_password(tmp_path: Path):
    settings = Settings(
        data_dir=tmp_path, cache_dir=tmp_path, neo4j_uri="bolt://127.0.0.1:1", neo4j_password="short"
    )
    with pytest.raises(InputError, match="8 characters"):
        start(settings)


def test_conf_binds_loopback_only(tmp_path: Path):
    settings = Settings(data_dir=tmp_path, neo4j_uri="bolt://127.0.0.1:7699")
    layout = write_conf(settings, http_port=7499)
    conf = layout.conf_file.read_text(encoding="utf-8")
    assert "server.default_listen_address=127.0.0.1" in conf
    assert "server.bolt.listen_address=127.0.0.1:7699" in conf
    assert "server.http.listen_address=127.0.0.1:7499" in conf
    assert "server.https.enabled=false" in conf
    assert "dbms.usage_report.enabled=false" in conf
    assert f"server.directories.data={tmp_path.absolute() / 'neo4j' / 'data'}" in conf
    assert layout == ServerLayout.for_settings(settings)


def test_conf_refuses_csv_imports_and_is_owner_only(tmp_path: Path):
    layout = write_conf(Settings(data_dir=tmp_path, neo4j_uri="bolt://127.0.0.1:7699"), http_port=7499)
    conf = layout.conf_file.read_text(encoding="utf-8").splitlines()
    assert "dbms.security.allow_csv_import_from_file_urls=false" in conf
    assert "internal.dbms.cypher_ip_blocklist=0.0.0.0/0,::/0" in conf
    assert stat.S_IMODE(layout.conf_file.stat().st_mode) == 0o600
    for folder in (layout.root, layout.conf_dir, *layout.directories().values()):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder


def test_initial_password_goes_by_file_never_on_a_command_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    password = 'a "quoted" pass\\word'
    settings = Settings(data_dir=tmp_path, neo4j_uri="bolt://127.0.0.1:7699", neo4j_password=password)
    layout = write_conf(settings, http_port=7499)
    seen: list[tuple[list[str], str, int]] = []

    def admin_tool(command: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
        arg_file = Path(command[-1].removeprefix("@"))
        seen.append((command, arg_file.read_text(encoding="utf-8"), stat.S_IMODE(arg_file.stat().st_mode)))
        return subprocess.CompletedProcess(command, 0, "", "")

    monkeypatch.setattr(neo4j_server.subprocess, "run", admin_tool)
    neo4j_server._set_initial_password(settings, ["java", "AdminTool"], {}, layout)
    [(command, content, mode)] = seen
    assert all(password not in arg for arg in command)
    assert command[-1].startswith("@")
    assert content == '"a \\"quoted\\" pass\\\\word"\n'
    assert mode == 0o600
    assert not Path(command[-1][1:]).exists()


def test_conf_refuses_http_port_equal_to_bolt_port(tmp_path: Path):
    with pytest.raises(InputError, match="7687"):
        write_conf(Settings(data_dir=tmp_path), http_port=7687)


def test_start_is_idempotent(neo4j_server: Settings):
    first = status(neo4j_server)
    second = start(neo4j_server)
    assert first.up and second.up
    assert second.pid == first.pid


def test_status_says_up(neo4j_server: Settings):
    current = status(neo4j_server)
    assert current.up
    assert current.bolt_uri == neo4j_server.neo4j_uri
    assert current.browser_url == "http://127.0.0.1:7474/browser/"
    assert current.log_file.is_file()


def test_bolt_answers_return_1(neo4j_server: Settings):
    auth = (neo4j_server.neo4j_username, neo4j_server.neo4j_password)
    with GraphDatabase.driver(neo4j_server.neo4j_uri, auth=auth) as driver:
        records, _, _ = driver.execute_query("RETURN 1 AS one", database_=neo4j_server.neo4j_database)
        query = "CALL dbms.components() YIELD versions RETURN versions[0] AS v"
        version = driver.execute_query(query).records
    assert records[0]["one"] == 1
    assert version[0]["v"] == neo4j_version()


def test_http_serves_neo4j_browser(neo4j_server: Settings):
    code, body = _get(status(neo4j_server).browser_url)
    assert code == 200
    assert "Neo4j Browser" in body


def test_stop_then_status_down_then_restart(neo4j_server: Settings):
    before = status(neo4j_server)
    assert stop(neo4j_server) == before.pid
    after = status(neo4j_server)
    assert not after.up
    assert after.pid is None
    assert stop(neo4j_server) is None
    with pytest.raises(OSError):
        _get(before.browser_url)
    again = start(neo4j_server)
    assert again.up
    assert again.pid is not None
    assert again.pid != before.pid
