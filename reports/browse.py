"""What a person needs to look at the argument graph in Neo4j Browser: where, how styled, what to ask.

The style file (``queries/browser/argkg.grass``) gives each label a colour and a caption from its
text; the starter queries (``queries/browser/*.cypher``) ask the product's main questions and run
unchanged in the Browser. Each starter file begins with a ``// title`` line, which is also the
name the Browser gives it when the file is dropped into its Favorites. The Browser URL points at
the local server's HTTP port and pre-fills the connection form (Browser URL parameters ``dbms``
and ``db``); nothing here connects to the server.
"""

from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from urllib.parse import quote, urlencode, urlsplit

from pydantic import BaseModel, ConfigDict

from argkg.config import Settings
from argkg.errors import InputError
from argkg.graph.neo4j_conf import DEFAULT_HTTP_PORT, LISTEN_HOST, ServerLayout, read_http_port

__all__ = ["StarterQuery", "BrowseInfo", "browse_info", "browser_url", "starter_queries", "style_path"]

_FOLDER = "browser"
_STYLE = "argkg.grass"
_TITLE_PREFIX = "//"
_LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1"})


class StarterQuery(BaseModel):
    """A saved query: its title (the file's first comment line) and its Cypher (the whole file)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    title: str
    cypher: str


class BrowseInfo(BaseModel):
    """Where Neo4j Browser is, the style file to load into it and the queries to start with."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    url: str
    style_path: Path
    starter_queries: list[StarterQuery]


def browse_info(settings: Settings) -> BrowseInfo:
    """Return the Browser URL for ``settings``, the style file and the starter queries.

    Args:
        settings: the Neo4j connection settings; for a server on this machine, the data dir's
            ``neo4j.conf`` gives the HTTP port.

    Returns:
        The Browser URL (with the connection form pre-filled), the style file's path and the
        starter queries in file-name order.

    Raises:
        InputError: a starter query file lacks its ``// title`` line.
    """
    return BrowseInfo(url=browser_url(settings), style_path=style_path(), starter_queries=starter_queries())


def browser_url(settings: Settings) -> str:
    """Return the Neo4j Browser URL that pre-fills the connection to ``settings.neo4j_uri``."""
    parts = urlsplit(settings.neo4j_uri)
    host = parts.hostname or LISTEN_HOST
    if host in _LOOPBACK:
        base = f"http://{LISTEN_HOST}:{read_http_port(ServerLayout.for_settings(settings))}/browser/"
    else:
        base = f"http://{host}:{DEFAULT_HTTP_PORT}/browser/"
    address = f"{parts.scheme}://{settings.neo4j_username}@{parts.netloc.rpartition('@')[2]}"
    return (
        base + "?" + urlencode({"dbms": address, "db": settings.neo4j_database}, quote_via=quote, safe=":/@")
    )


def style_path() -> Path:
    """Return the path of the Browser style file (GraSS)."""
    return Path(str(_folder() / _STYLE))


def starter_queries() -> list[StarterQuery]:
    """Return the starter queries, in file-name order.

    Raises:
        InputError: a file does not begin with a ``// title`` line.
    """
    files = sorted((f for f in _folder().iterdir() if f.name.endswith(".cypher")), key=lambda f: f.name)
    return [_starter(f) for f in files]


def _starter(file: Traversable) -> StarterQuery:
    text = file.read_text(encoding="utf-8").strip()
    first = text.splitlines()[0] if text else ""
    title = first.removeprefix(_TITLE_PREFIX).strip()
    if not first.startswith(_TITLE_PREFIX) or not title:
        raise InputError(f"starter query {file.name} must begin with a '// title' line")
    return StarterQuery(title=title, cypher=text + "\n")


def _folder() -> Traversable:
    return resources.files("argkg.queries") / _FOLDER
