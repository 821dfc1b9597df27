"""Reading an import file and naming the place of what is wrong in it.

Every importer refuses a bad file with an `InputError` whose one line names the file and the
place (line, column, element or JSON path), so ``argkg import`` exits 2 and writes nothing.
"""

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar
from xml.etree.ElementTree import ParseError

from pydantic import BaseModel, ValidationError

from argkg.errors import InputError
from argkg.ingest.reader import decode_bytes
from argkg.schema import DocumentGraph

__all__ = ["read_file_text", "load_json", "validated", "json_place", "built", "xml_error"]

_M = TypeVar("_M", bound=BaseModel)


def read_file_text(path: Path) -> str:
    """Return the decoded text of ``path`` as written (not normalised: offsets stay valid).

    Raises:
        InputError: the file is missing, unreadable or not text.
    """
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read the file ({exc.strerror or exc})") from exc
    return decode_bytes(data, name=str(path))


def load_json(path: Path) -> Any:
    """Return the JSON value in ``path``.

    Raises:
        InputError: the file is unreadable or not JSON (names the line and column).
    """
    text = read_file_text(path)
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}: line {exc.lineno}, column {exc.colno}: not JSON ({exc.msg})") from exc


def xml_error(path: Path, exc: ParseError) -> InputError:
    """Return the InputError of an XML parse error: the file, line and column (from 1), the reason."""
    line, column = exc.position
    reason = str(exc.msg).split(":")[0]
    return InputError(f"{path}: line {line}, column {column + 1}: not XML ({reason})")


def json_place(loc: tuple[int | str, ...]) -> str:
    """Return a pydantic error location as a JSON path: ``nodes[3].nodeID``."""
    place = ""
    for part in loc:
        place += f"[{part}]" if isinstance(part, int) else (f".{part}" if place else str(part))
    return place or "the top level"


def validated(model: type[_M], value: Any, path: Path) -> _M:
    """Return ``value`` validated as ``model``.

    Raises:
        InputError: naming the file, the JSON path of the first error and what is wrong.
    """
    try:
        return model.model_validate(value)
    except ValidationError as exc:
        err = exc.errors()[0]
        raise InputError(f"{path}: {json_place(tuple(err['loc']))}: {err['msg']}") from exc


def built(path: Path, build: Callable[[], DocumentGraph]) -> DocumentGraph:
    """Run ``build`` and turn an invalid result into an InputError naming ``path``.

    Raises:
        InputError: ``build`` raised ValueError (pydantic's ValidationError is one).
    """
    try:
        return build()
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"])
        raise InputError(f"{path}: {where + ': ' if where else ''}{err['msg']}") from exc
    except ValueError as exc:
        raise InputError(f"{path}: {exc}") from exc
