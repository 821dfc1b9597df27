"""Where a local Neo4j server keeps its files, and the ``neo4j.conf`` and JVM flags it runs with.

Each data dir gets its own server folder (``<data_dir>/neo4j/``: ``conf``, ``data``, ``logs``,
``run``, ``import``, ``plugins``, ``licenses``), so several data dirs can share one Neo4j home
in the cache. The configuration binds Bolt and HTTP to 127.0.0.1 only, requires credentials on
both (the HTTP API answers 401 without them), turns HTTPS and usage reporting off and keeps
memory modest (a 2 GB heap, see `HEAP_SIZE`): it is a development server, not a tuned one.
``LOAD CSV`` can read nothing: ``file:`` URLs are refused (so neither the import folder nor a
symlink in it is read) and every address is on the blocklist for URLs. The server folder and
its sub-folders are 700 and the configuration 600 (the server itself runs with umask 077), so
only the owner reads the password hash in ``data/dbms/auth.ini``.

`JVM_FLAGS` are the ``server.jvm.additional`` lines of Neo4j 5.26's shipped ``neo4j.conf`` (the
``--add-opens`` and ``--enable-native-access`` lines are needed on Java 17+), minus
``-XX:+AlwaysPreTouch``, which would commit the whole heap before start for no gain here.
Neo4j's own launcher turns those lines into a java command line; argkg starts
``CommunityEntryPoint`` directly, so it passes them itself (they are written to the file too,
so the file says what the JVM got). Nothing here checks that the ports are free.
"""

import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from argkg.config import Settings
from argkg.errors import InputError

__all__ = [
    "DEFAULT_BOLT_PORT",
    "DEFAULT_HTTP_PORT",
    "FILE_MODE",
    "FOLDER_MODE",
    "HEAP_SIZE",
    "JVM_FLAGS",
    "LISTEN_HOST",
    "PAGECACHE_SIZE",
    "ServerLayout",
    "bolt_port",
    "read_http_port",
    "write_conf",
    "write_private",
]

#: The only address the server listens on.
LISTEN_HOST = "127.0.0.1"
#: Mode of the server's folders and of its configuration file.
FOLDER_MODE, FILE_MODE = 0o700, 0o600
DEFAULT_BOLT_PORT = 7687
DEFAULT_HTTP_PORT = 7474
#: Initial and maximum JVM heap (``-Xms``/``-Xmx`` and ``server.memory.heap.*``). A bulk write
#: allocates fast: with 512 MB, writing 100 documents (78k items) took 40 young collections and
#: a third of the server's time; with 2 GB, about 15 (README, "At scale"). Without
#: ``AlwaysPreTouch`` the heap is committed as it is used.
HEAP_SIZE = "2g"
PAGECACHE_SIZE = "256m"

JVM_FLAGS: tuple[str, ...] = (
    "-XX:+UseG1GC",
    "-XX:-OmitStackTraceInFastThrow",
    "-XX:+UnlockExperimentalVMOptions",
    "-XX:+TrustFinalNonStaticFields",
    "-XX:+DisableExplicitGC",
    "-Djdk.nio.maxCachedBufferSize=1024",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "-Djdk.tls.ephemeralDHKeySize=2048",
    "-Djdk.tls.rejectClientInitiatedRenegotiation=true",
    "-XX:FlightRecorderOptions=stackdepth=256",
    "-XX:+UnlockDiagnosticVMOptions",
    "-XX:+DebugNonSafepoints",
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "--enable-native-access=ALL-UNNAMED",
    "-Dlog4j2.disable.jmx=true",
    "-Dlog4j.layout.jsonTemplate.maxStringLength=32768",
)

_LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost"})
_PLAIN_SCHEMES = frozenset({"bolt", "neo4j"})


@dataclass(frozen=True)
class ServerLayout:
    """The files of the local server that belongs to one data dir.

    Attributes:
        root: ``<data_dir>/neo4j``, absolute.
    """

    root: Path

    @classmethod
    def for_settings(cls, settings: Settings) -> "ServerLayout":
        """Return the layout under ``settings.data_dir`` (made absolute, nothing created)."""
        return cls(settings.data_dir.absolute() / "neo4j")

    @property
    def conf_dir(self) -> Path:
        """The folder given to Neo4j as ``--config-dir`` and ``NEO4J_CONF``."""
        return self.root / "conf"

    @property
    def conf_file(self) -> Path:
        """The ``neo4j.conf`` that `write_conf` writes."""
        return self.conf_dir / "neo4j.conf"

    @property
    def data(self) -> Path:
        """``server.directories.data``: databases, transaction logs, ``dbms/auth.ini``."""
        return self.root / "data"

    @property
    def logs(self) -> Path:
        """``server.directories.logs``, which also holds the console log."""
        return self.root / "logs"

    @property
    def run(self) -> Path:
        """``server.directories.run``, which also holds argkg's pid file."""
        return self.root / "run"

    @property
    def pid_file(self) -> Path:
        """The pid of the server process that argkg started."""
        return self.run / "argkg-neo4j.pid"

    @property
    def console_log(self) -> Path:
        """Standard output and error of the server process."""
        return self.logs / "console.log"

    @property
    def system_database(self) -> Path:
        """Exists once the server has started for the first time."""
        return self.data / "databases" / "system"

    def directories(self) -> dict[str, Path]:
        """Return the ``server.directories.*`` settings, keyed by their suffix."""
        return {
            "data": self.data,
            "logs": self.logs,
            "run": self.run,
            "import": self.root / "import",
            "plugins": self.root / "plugins",
            "licenses": self.root / "licenses",
        }


def bolt_port(uri: str) -> int:
    """Return the port of a Bolt URI that names this machine.

    Args:
        uri: ``NEO4J_URI``, for example ``bolt://127.0.0.1:7687``.

    Returns:
        The port (7687 when the URI names none).

    Raises:
        InputError: the URI is not ``bolt://`` or ``neo4j://`` on 127.0.0.1 or localhost, so
            a local server started by argkg could not answer it.
    """
    parts = urlsplit(uri)
    if parts.scheme not in _PLAIN_SCHEMES or parts.hostname not in _LOCAL_HOSTS:
        raise InputError(
            f"NEO4J_URI {uri!r} does not name a local server: argkg starts Neo4j only at "
            f"bolt:// or neo4j:// on 127.0.0.1 or localhost"
        )
    try:
        port = parts.port
    except ValueError as exc:
        raise InputError(f"NEO4J_URI {uri!r} has an invalid port") from exc
    return port or DEFAULT_BOLT_PORT


def write_conf(settings: Settings, *, http_port: int = DEFAULT_HTTP_PORT) -> ServerLayout:
    """Write ``neo4j.conf`` for the data dir of ``settings`` and create its folders.

    Args:
        settings: gives the data dir, the Bolt port (from ``neo4j_uri``) and the name of the
            database created on first start (``neo4j_database``).
        http_port: the HTTP port, which serves Neo4j Browser at ``/browser/``.

    Returns:
        The layout whose ``conf_file`` was written.

    Raises:
        InputError: ``neo4j_uri`` names no local server, or ``http_port`` is out of range or
            equal to the Bolt port.
    """
    port = bolt_port(settings.neo4j_uri)
    if not 0 < http_port < 65536 or http_port == port:
        raise InputError(f"HTTP port {http_port} is out of range or equal to the Bolt port {port}")
    layout = ServerLayout.for_settings(settings)
    for folder in (layout.root, layout.conf_dir, *layout.directories().values()):
        folder.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
        folder.chmod(FOLDER_MODE)
    lines = [
        "# Written by argkg (argkg.graph.neo4j_conf); rewritten on every `argkg neo4j start`.",
        f"server.default_listen_address={LISTEN_HOST}",
        f"server.default_advertised_address={LISTEN_HOST}",
        "server.bolt.enabled=true",
        f"server.bolt.listen_address={LISTEN_HOST}:{port}",
        "server.bolt.tls_level=DISABLED",
        "server.http.enabled=true",
        f"server.http.listen_address={LISTEN_HOST}:{http_port}",
        "server.https.enabled=false",
        *(f"server.directories.{key}={path}" for key, path in layout.directories().items()),
        f"server.memory.heap.initial_size={HEAP_SIZE}",
        f"server.memory.heap.max_size={HEAP_SIZE}",
        f"server.memory.pagecache.size={PAGECACHE_SIZE}",
        f"initial.dbms.default_database={settings.neo4j_database}",
        "dbms.security.auth_enabled=true",
        "dbms.security.allow_csv_import_from_file_urls=false",
        "internal.dbms.cypher_ip_blocklist=0.0.0.0/0,::/0",
        "dbms.usage_report.enabled=false",
        "client.allow_telemetry=false",
        *(f"server.jvm.additional={flag}" for flag in JVM_FLAGS),
    ]
    tmp = layout.conf_file.with_suffix(".conf.tmp")
    tmp.unlink(missing_ok=True)
    with os.fdopen(
        os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE), "w", encoding="utf-8"
    ) as out:
        out.write("\n".join(lines) + "\n")
    tmp.replace(layout.conf_file)
    return layout


def write_private(path: Path, text: str) -> None:
    """Write ``text`` to a new file ``path`` that only its owner can read (mode `FILE_MODE`).

    The file is created with that mode (a file left by an interrupted run is replaced), so its
    content is never readable by others, not even for a moment.
    """
    path.unlink(missing_ok=True)
    with os.fdopen(
        os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE), "w", encoding="utf-8"
    ) as out:
        out.write(text)


def read_http_port(layout: ServerLayout) -> int:
    """Return the HTTP port that the layout's ``neo4j.conf`` sets, or the default without one."""
    key = "server.http.listen_address="
    if layout.conf_file.is_file():
        for line in layout.conf_file.read_text(encoding="utf-8").splitlines():
            if line.startswith(key):
                _, _, port = line[len(key) :].rpartition(":")
                if port.isdigit():
                    return int(port)
    return DEFAULT_HTTP_PORT
