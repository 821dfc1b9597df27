"""What argkg's components read off a Doc, computed once per Doc: text, token and sentence offsets.

spaCy rebuilds ``doc.text`` from the tokens on every access (one Python `Token` object per
token, then a join), and iterating a Doc creates those objects again; with ten components
that each read the text, and some that walk the tokens, that was a quarter of the extraction
time. A Doc's text and tokens do not change once it is made (argkg never retokenises), so
`doc_text` and `token_offsets` compute them on first use and keep them beside the Doc for as
long as it lives (a weak reference: nothing is kept after the Doc is gone, and nothing is
added to what ``doc.to_bytes()`` packs). All three are kept in one record per Doc (`view`),
found with one look-up: every component of every text reads all three
(`argkg.ingest.parts.parts_of`), and a weak look-up costs about a microsecond.
"""

from weakref import WeakKeyDictionary

import numpy
from spacy.attrs import IDX, LENGTH
from spacy.tokens import Doc

__all__ = ["DocView", "view", "doc_text", "keep_text", "token_offsets", "sentence_bounds"]


class DocView:
    """What is kept of one Doc: its text, its tokens' offsets and its sentences' bounds, each
    computed from the Doc on first use (see the module docstring). It holds no reference to the
    Doc, which each method is given, so keeping it beside the Doc keeps nothing alive."""

    __slots__ = ("_offsets", "_sentences", "_text")

    def __init__(self, text: str | None = None) -> None:
        self._text = text
        self._offsets: list[tuple[int, int]] | None = None
        self._sentences: list[tuple[int, int]] | None = None

    def text(self, doc: Doc) -> str:
        """``doc.text``, computed once (`doc_text`)."""
        if self._text is None:
            self._text = doc.text
        return self._text

    def offsets(self, doc: Doc) -> list[tuple[int, int]]:
        """The ``(start, end)`` span of each token, in order, computed once (`token_offsets`)."""
        if self._offsets is None:
            starts = doc.to_array(IDX) if len(doc) else numpy.zeros(0, dtype="uint64")
            ends = starts + doc.to_array(LENGTH) if len(doc) else starts
            self._offsets = list(zip(starts.tolist(), ends.tolist(), strict=True))
        return self._offsets

    def sentences(self, doc: Doc) -> list[tuple[int, int]]:
        """The spans of ``doc.sents`` once they are set (`sentence_bounds`); empty, and not kept,
        before that."""
        if self._sentences is None:
            if not doc.has_annotation("SENT_START"):
                return []
            self._sentences = [(sent.start_char, sent.end_char) for sent in doc.sents]
        return self._sentences


_VIEWS: "WeakKeyDictionary[Doc, DocView]" = WeakKeyDictionary()


def view(doc: Doc) -> DocView:
    """Return the record kept for ``doc`` (made on first use)."""
    found = _VIEWS.get(doc)
    if found is None:
        found = _VIEWS[doc] = DocView()
    return found


def doc_text(doc: Doc) -> str:
    """Return ``doc.text``, computed once per Doc.

    Args:
        doc: a Doc.

    Returns:
        The text every character offset of argkg's spans points into.
    """
    return view(doc).text(doc)


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
    _VIEWS[doc] = DocView(text)
    return doc


def token_offsets(doc: Doc) -> list[tuple[int, int]]:
    """Return the ``(start, end)`` character span of each token, in order, computed once per Doc.

    Read from spaCy's token arrays (``IDX``, ``LENGTH``) without making a `Token` per token.

    Args:
        doc: a Doc.

    Returns:
        One span per token; ``doc_text(doc)[start:end]`` is the token's text.
    """
    return view(doc).offsets(doc)


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """Return the ``(start_char, end_char)`` span of each of ``doc.sents``, once they are set.

    Computed once per Doc after a component has set sentence starts (argkg's sentence component
    or another sentencizer); empty, and not kept, before that.

    Args:
        doc: a Doc.

    Returns:
        One span per sentence, in order.
    """
    return view(doc).sentences(doc)
