"""Language detection for ``--lang auto``: the share of CJK ideographs among the letters.

A text is Chinese when CJK ideographs make up at least ``zh_min_cjk_share`` (from
``ingest/data/langdetect.yaml``) of its letters, counting CJK ideographs and Latin letters;
otherwise it is English. One ideograph is roughly one word while a Latin word has about five
letters, so Chinese prose full of English terms keeps a high share and English prose quoting a
few Chinese words a low one. Not checked: other languages and scripts, which argkg does not
read, are reported as English.
"""

import re
import unicodedata

from pydantic import BaseModel, ConfigDict, Field

from argkg.ingest.lexicon import load_data
from argkg.schema.vocabulary import Lang

__all__ = ["detect_lang", "cjk_share"]


class _LangData(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    zh_min_cjk_share: float = Field(gt=0.0, lt=1.0)


def cjk_share(text: str) -> float:
    """Return the share of CJK ideographs among CJK ideographs and Latin letters (0 if none).

    Counted by regular expressions over the whole text, not character by character: the
    ideographs and the ASCII letters in one pass each, and only the rest (punctuation, other
    scripts, accented letters: few in either language) looked up by Unicode name.
    """
    cjk = len(_CJK.findall(text))
    latin = len(_ASCII_LETTER.findall(text))
    others = _OTHER.findall(text)
    latin += sum(1 for ch in others if ch.isalpha() and unicodedata.name(ch, "").startswith("LATIN"))
    return cjk / (cjk + latin) if cjk + latin else 0.0


def detect_lang(text: str) -> Lang:
    """Tell whether ``text`` is Chinese or English (see the module docstring)."""
    threshold = load_data("langdetect", _LangData).zh_min_cjk_share
    return Lang.ZH if cjk_share(text) >= threshold else Lang.EN


#: CJK ideographs (the unified block, extension A, the supplementary planes up to the
#: compatibility supplement), ASCII letters, and every other character outside ASCII.
_CJK_RANGES = "\u4e00-\u9fff\u3400-\u4dbf\U00020000-\U0002fa1f"
_CJK = re.compile(f"[{_CJK_RANGES}]")
_ASCII_LETTER = re.compile("[A-Za-z]")
_OTHER = re.compile(f"[^\\x00-\\x7f{_CJK_RANGES}]")
