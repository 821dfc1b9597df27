"""A local Neo4j Community 5.26 LTS server, assembled from Maven Central and run from the cache.

How it works: ``neo4j-server/pom.xml`` beside this module pins ``org.neo4j:neo4j`` (which holds
``org.neo4j.server.CommunityEntryPoint`` and pulls the HTTP server, Bolt, Cypher, logging and
``org.neo4j.cli.AdminTool``) and ``org.neo4j.client:neo4j-browser``. `provision` has Maven copy
those jars into ``<cache_dir>/neo4j-<version>/lib``: that folder is the Neo4j home, shared by
every data dir. `start` writes a ``neo4j.conf`` under ``<data_dir>/neo4j/conf`` (see
`argkg.graph.neo4j_conf`), sets the initial password with the admin tool before the first
start, and runs ``java <flags> -cp <home>/lib/* CommunityEntryPoint`` detached, with its output
in ``<data_dir>/neo4j/logs/console.log`` and its pid in ``<data_dir>/neo4j/run``.

Assumed: ``java`` (17 or 21) and ``mvn`` are on ``PATH``, and Maven can reach Maven Central
the first time. Not checked: whether a server that answers at ``neo4j_uri`` but was not
started by argkg uses this data dir; `stop` leaves such a server alone.
"""

import contextlib
import hashlib
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import time
from functools import cache
from pathlib import Path

from filelock import FileLock
from neo4j import GraphDatabase
from neo4j.exceptions import Neo4jError, ServiceUnavailable
from pydantic import BaseModel, ConfigDict

from argkg.config import Settings
from argkg.errors import InputError, StoreUnavailable
from argkg.graph.neo4j_conf import (
    DEFAULT_HTTP_PORT,
    FILE_MODE,
    HEAP_SIZE,
    JVM_FLAGS,
    LISTEN_HOST,
    ServerLayout,
    bolt_port,
    read_http_port,
    write_conf,
    write_private,
)
from argkg.graph.neo4j_store import refuses_credentials

__all__ = ["POM", "ServerStatus", "neo4j_version", "provision", "start", "status", "stop"]

#: The Maven project that lists the server's jars.
POM = Path(__file__).with_name("neo4j-server") / "pom.xml"
_MARKER = ".argkg-provisioned.json"
_ENTRY_POINT = "org.neo4j.server.CommunityEntryPoint"
_ADMIN_TOOL = "org.neo4j.cli.AdminTool"
_POLL = 0.5
#: The server and its admin tool create files readable by their owner only.
_SERVER_UMASK = 0o077
#: How `_answers` begins the reason when the server refuses the credentials.
_REFUSED = "auth:"
#: Server processes started by this Python process, so that their exit is reaped (no zombie).
_children: dict[int, "subprocess.Popen[bytes]"] = {}


class ServerStatus(BaseModel):
    """What `status` sees of the local server.

    Attributes:
        up: Bolt answers ``RETURN 1`` with the configured credentials.
        refused: a server answers but refuses the credentials (not down: the password is wrong,
            or was wrong too many times in a row and the user is locked for a few seconds).
        pid: the server process argkg started, while it runs; ``None`` otherwise.
        bolt_uri: the URI the driver uses.
        browser_url: where Neo4j Browser is served.
        log_file: the server's console log.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    up: bool
    refused: bool = False
    pid: int | None
    bolt_uri: str
    browser_url: str
    log_file: Path


@cache
def neo4j_version() -> str:
    """Return the Neo4j version that the pom pins (its ``neo4j.version`` property)."""
    found = re.search(r"<neo4j\.version>([^<]+)</neo4j\.version>", POM.read_text(encoding="utf-8"))
    if found is None:
        raise InputError(f"{POM} has no <neo4j.version> property")
    return found.group(1).strip()


def provision(settings: Settings) -> Path:
    """Assemble the Neo4j home under ``settings.cache_dir`` with Maven, unless it is complete.

    The jars go to a scratch folder that replaces the home only once Maven has succeeded and
    the marker file (the pom's hash and the jar names) is written, under a file lock; so an
    interrupted or concurrent run never leaves a half-filled ``lib``.

    Args:
        settings: gives ``cache_dir``.

    Returns:
        The Neo4j home (its ``lib`` folder is the class path).

    Raises:
        StoreUnavailable: ``mvn`` is missing or failed; the message quotes its last lines.
    """
    home = settings.cache_dir.absolute() / f"neo4j-{neo4j_version()}"
    pom_hash = hashlib.sha256(POM.read_bytes()).hexdigest()
    if _is_complete(home, pom_hash):
        return home
    home.parent.mkdir(parents=True, exist_ok=True)
    with FileLock(str(home.with_name(home.name + ".lock"))):
        if _is_complete(home, pom_hash):
            return home
        mvn = _tool("mvn", settings)
        partial = home.with_name(home.name + ".partial")
        shutil.rmtree(partial, ignore_errors=True)
        command = [mvn, "-q", "-B", "-f", str(POM), "dependency:copy-dependencies"]
        done = subprocess.run(
            [*command, f"-Dneo4j.home={partial}"], capture_output=True, text=True, check=False
        )
        if done.returncode != 0:
            raise StoreUnavailable(
                settings.neo4j_uri,
                f"Maven could not assemble Neo4j {neo4j_version()}: {_tail(done.stdout + done.stderr)}",
            )
        jars = sorted(path.name for path in (partial / "lib").glob("*.jar"))
        marker = {"pom_sha256": pom_hash, "jars": jars}
        (partial / _MARKER).write_text(json.dumps(marker, indent=1), encoding="utf-8")
        shutil.rmtree(home, ignore_errors=True)
        partial.rename(home)
    return home


def status(settings: Settings) -> ServerStatus:
    """Return whether the server at ``settings.neo4j_uri`` answers, and the pid argkg started.

    Args:
        settings: gives the data dir and the connection settings.

    Returns:
        The status; ``up`` is false also when a server answers but refuses the credentials,
        which ``refused`` tells apart from "down".
    """
    layout = ServerLayout.for_settings(settings)
    problem = _answers(settings)
    return ServerStatus(
        up=problem is None,
        refused=problem is not None and problem.startswith(_REFUSED),
        pid=_running_pid(layout),
        bolt_uri=settings.neo4j_uri,
        browser_url=f"http://{LISTEN_HOST}:{read_http_port(layout)}/browser/",
        log_file=layout.console_log,
    )


def start(settings: Settings, *, http_port: int = DEFAULT_HTTP_PORT, timeout: float = 120.0) -> ServerStatus:
    """Start the local server for ``settings.data_dir`` and return once Bolt answers.

    Does nothing when the server already answers; waits for it when argkg's process for this
    data dir is still starting.

    Args:
        settings: gives the data dir, the cache dir and the connection settings.
        http_port: the HTTP port (Neo4j Browser at ``/browser/``).
        timeout: seconds to wait for Bolt to answer ``RETURN 1``.

    Returns:
        The status of the running server.

    Raises:
        InputError: ``neo4j_uri`` names no local server, or the password is shorter than 8.
        StoreUnavailable: Java or Maven is missing, a port is taken by another program, the
            server refuses the password, dies, or does not answer within ``timeout`` (it is
            stopped then); the message quotes the console log.
    """
    port = bolt_port(settings.neo4j_uri)
    layout = ServerLayout.for_settings(settings)
    if _answers(settings) is None:
        return status(settings)
    pid = _running_pid(layout)
    if pid is None:
        if len(settings.neo4j_password) < 8:
            raise InputError("NEO4J_PASSWORD must have at least 8 characters for Neo4j")
        for taken in (port, http_port):
            if _port_taken(taken):
                raise StoreUnavailable(
                    settings.neo4j_uri, f"port {taken} is in use by another program (another Neo4j server?)"
                )
        home = provision(settings)
        write_conf(settings, http_port=http_port)
        pid = _launch(settings, home, layout)
    _wait_until_up(settings, layout, pid, timeout)
    return status(settings)


def stop(settings: Settings, *, timeout: float = 60.0) -> int | None:
    """Stop the server that argkg started for ``settings.data_dir``: SIGTERM, then SIGKILL.

    Args:
        settings: gives the data dir.
        timeout: seconds to wait after SIGTERM before SIGKILL.

    Returns:
        The pid that was stopped, or ``None`` when argkg's server was not running.
    """
    layout = ServerLayout.for_settings(settings)
    pid = _running_pid(layout)
    if pid is not None:
        for sig, wait in ((signal.SIGTERM, timeout), (signal.SIGKILL, 10.0)):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, sig)
            deadline = time.monotonic() + wait
            while _alive(pid) and time.monotonic() < deadline:
                time.sleep(_POLL / 2)
            if not _alive(pid):
                break
    layout.pid_file.unlink(missing_ok=True)
    return pid


def _is_complete(home: Path, pom_hash: str) -> bool:
    try:
        marker = json.loads((home / _MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    jars = marker.get("jars", [])
    return (
        marker.get("pom_sha256") == pom_hash
        and bool(jars)
        and all((home / "lib" / jar).is_file() for jar in jars)
    )


def _tool(name: str, settings: Settings) -> str:
    found = shutil.which(name)
    if found is None:
        raise StoreUnavailable(
            settings.neo4j_uri, f"{name!r} is not on PATH; the local Neo4j server needs it"
        )
    return found


def _java_env(home: Path, layout: ServerLayout) -> dict[str, str]:
    return {**os.environ, "NEO4J_HOME": str(home), "NEO4J_CONF": str(layout.conf_dir)}


def _launch(settings: Settings, home: Path, layout: ServerLayout) -> int:
    java = _tool("java", settings)
    env = _java_env(home, layout)
    classpath = str(home / "lib" / "*")
    if not layout.system_database.exists():
        _set_initial_password(settings, [java, "-cp", classpath, _ADMIN_TOOL], env, layout)
    _owner_only(layout.data / "dbms" / "auth.ini")
    command = [
        java, f"-Xms{HEAP_SIZE}", f"-Xmx{HEAP_SIZE}", *JVM_FLAGS, "-cp", classpath, _ENTRY_POINT,
        f"--home-dir={home}", f"--config-dir={layout.conf_dir}", "--console-mode",
    ]  # fmt: skip
    with layout.console_log.open("w", encoding="utf-8") as log:
        process = subprocess.Popen(
            command, env=env, cwd=layout.root, stdin=subprocess.DEVNULL, stdout=log,
            stderr=subprocess.STDOUT, start_new_session=True, umask=_SERVER_UMASK,
        )  # fmt: skip
    _children[process.pid] = process
    layout.pid_file.write_text(f"{process.pid}\n", encoding="utf-8")
    return process.pid


def _set_initial_password(
    settings: Settings, admin: list[str], env: dict[str, str], layout: ServerLayout
) -> None:
    """Give the admin tool the password in an argument file (picocli's ``@file``), never in argv.

    The file is created 600 in the 700 run folder, holds the password as one quoted argument
    and is removed as soon as the tool has read it; ``ps`` shows only its path.
    """
    arg_file = layout.run / "initial-password.args"
    quoted = settings.neo4j_password.replace("\\", "\\\\").replace('"', '\\"')
    write_private(arg_file, f'"{quoted}"\n')
    try:
        command = [*admin, "dbms", "set-initial-password", f"@{arg_file}"]
        done = subprocess.run(
            command, env=env, capture_output=True, text=True, check=False, umask=_SERVER_UMASK
        )
    finally:
        arg_file.unlink(missing_ok=True)
    if done.returncode != 0:
        raise StoreUnavailable(
            settings.neo4j_uri, f"could not set the initial password: {_tail(done.stdout + done.stderr)}"
        )


def _owner_only(path: Path) -> None:
    """Make ``path`` readable by its owner only, if it exists (a server created before umask 077)."""
    with contextlib.suppress(FileNotFoundError):
        path.chmod(FILE_MODE)


def _wait_until_up(settings: Settings, layout: ServerLayout, pid: int, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while True:
        problem = _answers(settings)
        if problem is None:
            return
        if problem.startswith(_REFUSED):
            raise StoreUnavailable(
                settings.neo4j_uri,
                f"the server refuses the password ({problem.removeprefix(_REFUSED)}); NEO4J_PASSWORD "
                f"differs from the one {layout.data} was created with (the server keeps running until "
                "`argkg neo4j stop`)",
            )
        if not _alive(pid):
            layout.pid_file.unlink(missing_ok=True)
            raise StoreUnavailable(
                settings.neo4j_uri, f"the server exited: {_tail(_read(layout.console_log))}"
            )
        if time.monotonic() > deadline:
            stop(settings)
            raise StoreUnavailable(
                settings.neo4j_uri,
                f"no answer within {timeout:.0f} s ({problem}): {_tail(_read(layout.console_log))}",
            )
        time.sleep(_POLL)


def _answers(settings: Settings) -> str | None:
    """Return ``None`` when Bolt answers ``RETURN 1``, else why not (``auth:...`` for a refusal)."""
    auth = (settings.neo4j_username, settings.neo4j_password)
    try:
        with (
            GraphDatabase.driver(settings.neo4j_uri, auth=auth, connection_timeout=2.0) as driver,
            driver.session(database=settings.neo4j_database) as session,
        ):
            session.run("RETURN 1").consume()
    except (ServiceUnavailable, Neo4jError, OSError) as exc:
        if refuses_credentials(exc):
            return f"{_REFUSED}{getattr(exc, 'message', None) or exc}"
        return f"{type(exc).__name__}: {exc}"
    return None


def _running_pid(layout: ServerLayout) -> int | None:
    try:
        pid = int(layout.pid_file.read_text(encoding="utf-8").strip())
    except (OSError, ValueError):
        return None
    if not _alive(pid) or not _is_our_server(pid, layout):
        layout.pid_file.unlink(missing_ok=True)
        return None
    return pid


def _alive(pid: int) -> bool:
    if pid in _children:
        if _children[pid].poll() is None:
            return True
        del _children[pid]
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _is_our_server(pid: int, layout: ServerLayout) -> bool:
    """Guard against a reused pid: the process must run the entry point with our conf dir."""
    try:
        args = Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace").split("\0")
    except OSError:
        return not Path("/proc/self").exists()  # no procfs: trust the pid file
    return _ENTRY_POINT in args and f"--config-dir={layout.conf_dir}" in args


def _port_taken(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(1.0)
        return sock.connect_ex((LISTEN_HOST, port)) == 0


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def _tail(text: str, lines: int = 15) -> str:
    kept = [line.rstrip() for line in text.splitlines() if line.strip()][-lines:]
    return " | ".join(kept) if kept else "(no output)"
