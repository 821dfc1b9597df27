"""A number mention (`NumberMention`) and where a Doc keeps its mentions (``doc._.argkg_numbers``).

``doc._.argkg_numbers`` reads and writes ``list[NumberMention]`` but keeps plain dicts in
``doc.user_data``, so ``doc.to_bytes()`` and ``nlp.pipe(n_process=2)`` (msgpack) work.
Importing this module registers the extension.
"""

from typing import Any

from pydantic import BaseModel, ConfigDict, Field
from spacy.tokens import Doc

from argkg.schema.vocabulary import EvidenceKind

__all__ = ["NumberMention", "doc_numbers"]


class NumberMention(BaseModel):
    """One number that reports a quantity, with character offsets into the text it was read from.

    Attributes:
        start, end: the span; ``surface == text[start:end]``.
        surface: the number as written, unit included (a rate: its rate words too,
            每年的收入约为 20 亿元).
        value: the normalised value.
        unit: the normalised unit (``year`` for dates, ``number`` for a bare score or probability,
            ``<unit>/<per>`` for a rate).
        kind: what the number measures.
        approximate: hedged (大概, 左右, about) or vague (几百万, 亿万).
        subject: a few words of the clause saying what the number measures, when found.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    start: int = Field(ge=0)
    end: int = Field(gt=0)
    surface: str = Field(min_length=1)
    value: float
    unit: str = Field(min_length=1)
    kind: EvidenceKind
    approximate: bool = False
    subject: str | None = None


#: Where ``doc._.argkg_numbers`` keeps its mentions in ``doc.user_data``: plain dicts, which
#: msgpack serialises (``doc.to_bytes()``, ``nlp.pipe(n_process=2)``), where pydantic models fail.
_USER_DATA_KEY = "argkg_numbers"


def doc_numbers(doc: Doc) -> list[NumberMention] | None:
    """The number mentions of ``doc`` (the getter of ``doc._.argkg_numbers``).

    Args:
        doc: a doc the ``argkg_numbers`` component ran on, or one restored from its bytes.

    Returns:
        The mentions in text order, or None when the component did not run.
    """
    stored: list[dict[str, Any]] | None = doc.user_data.get(_USER_DATA_KEY)
    return None if stored is None else [NumberMention.model_validate(m) for m in stored]


def _store_numbers(doc: Doc, mentions: list[NumberMention] | None) -> None:
    """The setter of ``doc._.argkg_numbers``: keeps the mentions as plain dicts."""
    if mentions is None:
        doc.user_data.pop(_USER_DATA_KEY, None)
    else:
        doc.user_data[_USER_DATA_KEY] = [m.model_dump(mode="json") for m in mentions]


Doc.set_extension("argkg_numbers", getter=doc_numbers, setter=_store_numbers, force=True)
