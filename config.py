"""Settings read from the environment, validated once at the boundary.

The names are the ones DESIGN.md §2 fixes (``NEO4J_*`` as Neo4j's own tools use them,
``ARGKG_STORE`` and ``ARGKG_DATA`` for argkg's own choices). The CLI builds one `Settings` and
passes it down; nothing below the CLI reads ``os.environ``.
"""

import os
import re
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from argkg.errors import InputError

__all__ = ["Settings", "StoreKind", "DEFAULT_PASSWORD", "DEFAULT_MAX_CHARS"]

StoreKind = Literal["embedded", "neo4j"]

#: URIs the Neo4j driver speaks Bolt on (``bolt``/``neo4j``, with ``+s``/``+ssc`` for TLS).
_BOLT_URI = r"^(?:bolt|neo4j)(?:\+s|\+ssc)?://[^\s/?#]+(?::\d+)?/?$"
#: Neo4j database names: letters, digits, dots and dashes.
_DATABASE_NAME = r"^[A-Za-z][A-Za-z0-9.\-]{0,62}$"

#: Password the local server is given when ``NEO4J_PASSWORD`` is not set (8+ characters, as
#: Neo4j demands). Only for the loopback-bound development server that `argkg neo4j` starts.
DEFAULT_PASSWORD = "argkg-local-dev"

#: The longest text argkg ingests by default, in characters (``ARGKG_MAX_CHARS``): about a
#: 300-page book; a longer text is refused with exit 2 rather than processed for minutes.
DEFAULT_MAX_CHARS = 1_000_000


class Settings(BaseModel):
    """Where argkg keeps its graph and how it reaches Neo4j.

    Attributes:
        store: which graph store to use.
        data_dir: the embedded store's folder, and the local Neo4j server's data, logs and run files.
        cache_dir: where the local Neo4j server's class path is assembled (outside the repo).
        neo4j_uri: the Bolt URI of the Neo4j server.
        neo4j_username: the Neo4j user.
        neo4j_password: the Neo4j password.
        neo4j_database: the Neo4j database name.
        max_chars: the longest text `ingest` accepts, in characters (longer ones get exit 2).
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    store: StoreKind = "embedded"
    data_dir: Path = Path(".argkg")
    cache_dir: Path = Field(default_factory=lambda: Path.home() / ".cache" / "argkg")
    neo4j_uri: str = "bolt://127.0.0.1:7687"
    neo4j_username: str = Field(default="neo4j", min_length=1)
    neo4j_password: str = DEFAULT_PASSWORD
    neo4j_database: str = "neo4j"
    max_chars: int = Field(default=DEFAULT_MAX_CHARS, gt=0)

    @field_validator("neo4j_uri")
    @classmethod
    def _bolt_uri(cls, value: str) -> str:
        if not re.fullmatch(_BOLT_URI, value):
            raise ValueError("expected bolt://HOST[:PORT] or neo4j://HOST[:PORT] (+s or +ssc for TLS)")
        return value

    @field_validator("neo4j_database")
    @classmethod
    def _database_name(cls, value: str) -> str:
        if not re.fullmatch(_DATABASE_NAME, value):
            raise ValueError("a database name is a letter, then letters, digits, dots or dashes")
        return value

    @classmethod
    def from_env(cls, **overrides: object) -> "Settings":
        """Build settings from the environment; explicit ``overrides`` (CLI options) win.

        Args:
            overrides: values given on the command line; ``None`` values are ignored.

        Returns:
            The validated settings.

        Raises:
            InputError: a value is invalid; the message names the setting.
        """
        env = os.environ
        values: dict[str, object] = {
            "store": env.get("ARGKG_STORE"),
            "data_dir": env.get("ARGKG_DATA"),
            "cache_dir": env.get("ARGKG_CACHE"),
            "neo4j_uri": env.get("NEO4J_URI"),
            "neo4j_username": env.get("NEO4J_USERNAME"),
            "neo4j_password": env.get("NEO4J_PASSWORD"),
            "neo4j_database": env.get("NEO4J_DATABASE"),
            "max_chars": env.get("ARGKG_MAX_CHARS"),
        }
        values.update(overrides)
        try:
            return cls.model_validate({k: v for k, v in values.items() if v is not None})
        except ValidationError as exc:
            error = exc.errors()[0]
            name = str(error["loc"][0])
            message = str(error["msg"]).removeprefix("Value error, ")
            raise InputError(f"invalid setting {name} = {values.get(name)!r}: {message}") from exc
