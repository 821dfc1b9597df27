"""The report's translation table: every word a report prints, per language, from one data file.

The words live in ``reports/labels.yaml`` and nowhere else, so templates never hold a phrase of
their own and a new language is one more block of that file. The file is validated on load: the
``text`` keys must be the same in every language and each enum map must name every member, so a
missing translation fails when the table loads rather than as a blank in a report.

>>> load_labels("en").stance["pro"], load_labels("zh").stance["con"]
('Pro', '反方')
"""

from collections.abc import Iterable
from enum import StrEnum
from functools import cache
from importlib import resources
from typing import Self

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError, model_validator

from argkg.errors import InputError
from argkg.schema import Basis, EvidenceKind, GroundedStatus, Lang, NodeLabel, Role, Stance

__all__ = ["Labels", "load_labels"]

_FILE = "labels.yaml"
#: Node labels drawn in the argument graph picture (the picture's legend names them).
_PICTURED = (NodeLabel.CLAIM, NodeLabel.ASSUMPTION, NodeLabel.CONCLUSION)


class Labels(BaseModel):
    """The words of one language.

    Attributes:
        text: headings, column names and sentences, by key.
        stance, role, kind, status, basis: a word for each member of the schema enum.
        node: a word for each node label the picture draws.
        language: each language's name.
        units: how a normalised unit is shown; units not listed are shown as stored, with spaces
            for underscores.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    text: dict[str, str]
    stance: dict[str, str]
    role: dict[str, str]
    kind: dict[str, str]
    status: dict[str, str]
    basis: dict[str, str]
    node: dict[str, str]
    language: dict[str, str]
    units: dict[str, str]

    @model_validator(mode="after")
    def _complete(self) -> Self:
        required: dict[str, Iterable[StrEnum]] = {
            "stance": Stance,
            "role": Role,
            "kind": EvidenceKind,
            "status": GroundedStatus,
            "basis": Basis,
            "node": _PICTURED,
            "language": Lang,
        }
        for field, members in required.items():
            missing = sorted(m.value for m in members if m.value not in getattr(self, field))
            if missing:
                raise ValueError(f"{field} lacks {', '.join(missing)}")
        return self

    def unit(self, unit: str) -> str:
        """Return how ``unit`` is shown in this language."""
        return self.units.get(unit, unit.replace("_", " "))


class _Table(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    en: Labels
    zh: Labels

    @model_validator(mode="after")
    def _same_keys(self) -> Self:
        extra = set(self.en.text) ^ set(self.zh.text)
        if extra:
            raise ValueError(f"text keys differ between languages: {', '.join(sorted(extra))}")
        return self


def load_labels(lang: Lang | str) -> Labels:
    """Return the words of ``lang``.

    Args:
        lang: a language code (`argkg.schema.Lang`).

    Returns:
        The validated table of that language (cached).

    Raises:
        InputError: ``lang`` is not a language argkg reads, or the data file is invalid.
    """
    try:
        code = Lang(lang)
    except ValueError as exc:
        raise InputError(f"no report labels for language {lang!r}") from exc
    table = _table()
    return {Lang.EN: table.en, Lang.ZH: table.zh}[code]


@cache
def _table() -> _Table:
    path = resources.files("argkg.reports") / _FILE
    try:
        return _Table.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
    except (yaml.YAMLError, ValidationError) as exc:
        raise InputError(f"invalid report labels in {path}: {exc}") from exc
