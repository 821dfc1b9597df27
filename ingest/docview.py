"""What argkg's components read off a Doc, computed once per Doc: text, token and sentence offsets.

spaCy rebuilds ``doc.text`` from the tokens on every access (one Python `Token` object per
token, then a join), and iterating a Doc creates those objects again; with ten components
that each read the text, and some that walk the tokens, that was a quarter of the extraction
time. A Doc's text and tokens do not change once it is made (argkg never retokenises), so
`doc_text` and `token_offsets` compute them on first use and keep them beside the Doc for as
long as it lives (a weak reference: nothing is kept after the Doc is gone, and nothing is
added to what ``doc.to_bytes()`` packs).
"""

from weakref import WeakKeyDictionary

import numpy
from spacy.attrs import IDX, LENGTH
from spacy.tokens import Doc

__all__ = ["doc_text", "keep_text", "token_offsets", "sentence_bounds"]

_TEXTS: "WeakKeyDictionary[Doc, str]" = WeakKeyDictionary()
_OFFSETS: "WeakKeyDictionary[Doc, list[tuple[int, int]]]" = WeakKeyDictionary()
_SENTENCES: "WeakKeyDictionary[Doc, list[tuple[int, int]]]" = WeakKeyDictionary()


def doc_text(doc: Doc) -> str:
    """Return ``doc.text``, computed once per Doc.

    Args:
        doc: a Doc.

    Returns:
        The text every character offset of argkg's spans points into.
    """
    text = _TEXTS.get(doc)
    if text is None:
        text = _TEXTS[doc] = doc.text
    return text


def keep_text(doc: Doc, text: str) -> Doc:
    """Keep ``text`` as ``doc``'s text, for a tokenizer that made ``doc`` from exactly ``text``.

    Saves `doc_text` building it from the tokens (the pipeline's tokenizer,
    `argkg.ingest.tokenizer.BoundedTokenizer`, knows it).

    Args:
        doc: a Doc just made by a tokenizer.
        text: the text it was made from, character for character ``doc.text``.

    Returns:
        ``doc``.
    """
    _TEXTS[doc] = text
    return doc


def token_offsets(doc: Doc) -> list[tuple[int, int]]:
    """Return the ``(start, end)`` character span of each token, in order, computed once per Doc.

    Read from spaCy's token arrays (``IDX``, ``LENGTH``) without making a `Token` per token.

    Args:
        doc: a Doc.

    Returns:
        One span per token; ``doc_text(doc)[start:end]`` is the token's text.
    """
    offsets = _OFFSETS.get(doc)
    if offsets is None:
        starts = doc.to_array(IDX) if len(doc) else numpy.zeros(0, dtype="uint64")
        ends = starts + doc.to_array(LENGTH) if len(doc) else starts
        offsets = _OFFSETS[doc] = list(zip(starts.tolist(), ends.tolist(), strict=True))
    return offsets


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """Return the ``(start_char, end_char)`` span of each of ``doc.sents``, once they are set.

    Computed once per Doc after a component has set sentence starts (argkg's sentence component
    or another sentencizer); empty, and not kept, before that.

    Args:
        doc: a Doc.

    Returns:
        One span per sentence, in order.
    """
    bounds = _SENTENCES.get(doc)
    if bounds is None:
        if not doc.has_annotation("SENT_START"):
            return []
        bounds = _SENTENCES[doc] = [(sent.start_char, sent.end_char) for sent in doc.sents]
    return bounds
