"""Where the user's issue overrides live: ``<data dir>/issue-links.json``, beside either store.

An override (``argkg ingest --question``, ``argkg link``, ``argkg unlink``) belongs to a
document's ``source``, so it outlives re-ingesting the document and replacing its text. The file
is small JSON, ``{source: override}``, written whole through a temporary file and a rename.
"""

import json
import os
import tempfile
from collections.abc import Mapping
from pathlib import Path

from pydantic import TypeAdapter, ValidationError

from argkg.errors import InputError
from argkg.schema import IssueOverride

__all__ = ["OVERRIDES_FILE", "load_overrides", "save_overrides"]

OVERRIDES_FILE = "issue-links.json"
_ADAPTER = TypeAdapter(dict[str, IssueOverride])


def load_overrides(data_dir: Path) -> dict[str, IssueOverride]:
    """Return the stored overrides by document source (none when the file is missing).

    Raises:
        InputError: the file is not a valid overrides file (names it).
    """
    path = data_dir / OVERRIDES_FILE
    try:
        return _ADAPTER.validate_json(path.read_bytes())
    except FileNotFoundError:
        return {}
    except (OSError, ValidationError) as exc:
        raise InputError(f"invalid issue overrides file {path}: {str(exc).splitlines()[0]}") from exc


def save_overrides(data_dir: Path, overrides: Mapping[str, IssueOverride]) -> None:
    """Write ``overrides`` (replacing the file), sorted by source.

    Raises:
        InputError: the folder cannot be written.
    """
    content = {source: overrides[source].model_dump(exclude_defaults=True) for source in sorted(overrides)}
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=data_dir, prefix=".issue-links-", suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(content, out, ensure_ascii=False, indent=1)
        os.replace(tmp, data_dir / OVERRIDES_FILE)
    except OSError as exc:
        raise InputError(f"cannot write the issue overrides in {data_dir}: {exc.strerror or exc}") from exc
