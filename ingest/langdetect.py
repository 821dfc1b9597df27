"""Language detection for ``--lang auto``: the share of CJK ideographs among the letters.

A text is Chinese when CJK ideographs make up at least ``zh_min_cjk_share`` (from
``ingest/data/langdetect.yaml``) of its letters, counting CJK ideographs and Latin letters;
otherwise it is English. One ideograph is roughly one word while a Latin word has about five
letters, so Chinese prose full of English terms keeps a high share and English prose quoting a
few Chinese words a low one. Not checked: other languages and scripts, which argkg does not
read, are reported as English.
"""

import unicodedata

from pydantic import BaseModel, ConfigDict, Field

from argkg.ingest.lexicon import load_data
from argkg.schema.vocabulary import Lang

__all__ = ["detect_lang", "cjk_share"]


class _LangData(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    zh_min_cjk_share: float = Field(gt=0.0, lt=1.0)


def cjk_share(text: str) -> float:
    """Return the share of CJK ideographs among CJK ideographs and Latin letters (0 if none)."""
    cjk = latin = 0
    for ch in text:
        if _is_cjk(ch):
            cjk += 1
        elif ch.isalpha() and unicodedata.name(ch, "").startswith("LATIN"):
            latin += 1
    return cjk / (cjk + latin) if cjk + latin else 0.0


def detect_lang(text: str) -> Lang:
    """Tell whether ``text`` is Chinese or English (see the module docstring)."""
    threshold = load_data("langdetect", _LangData).zh_min_cjk_share
    return Lang.ZH if cjk_share(text) >= threshold else Lang.EN


def _is_cjk(ch: str) -> bool:
    code = ord(ch)
    return 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0x20000 <= code <= 0x2FA1F
