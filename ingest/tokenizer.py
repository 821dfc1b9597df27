"""Tokenising in bounded pieces, so a text's cost grows linearly with its length.

spaCy's rule tokenizer strips prefixes and suffixes off each whitespace-free run by matching a
regular expression against the rest of the run, once per affix: a run of n characters that are
all affixes (a line of emoji, of punctuation) costs n² character steps, and 100k emoji took
minutes. `BoundedTokenizer` hands the language's own tokenizer (spaCy's rules, or jieba for
Chinese) every run of at most ``max_run`` characters as it is, and cuts a longer run into pieces
of at most ``max_run`` characters, after its last punctuation or symbol character when it has one
(where the tokenizer would split anyway), else at the bound. Text between long runs is tokenised
whole. Words are never longer than the bound, so only absurd "words" are cut; the Doc's text is
the input text, character for character, and is kept beside the Doc (`argkg.ingest.docview`), so
no stage rebuilds it from the tokens.
"""

import re
import unicodedata
from collections.abc import Callable, Iterator
from typing import Protocol

from spacy.attrs import IDX, LENGTH, SPACY
from spacy.tokens import Doc
from spacy.vocab import Vocab

from argkg.ingest.docview import keep_text

__all__ = ["BoundedTokenizer", "Tokenizer"]


class Tokenizer(Protocol):
    """A spaCy tokenizer: text in, Doc out, over its vocabulary."""

    vocab: Vocab

    def __call__(self, text: str) -> Doc: ...


class BoundedTokenizer:
    """A spaCy tokenizer that runs ``inner`` on pieces with no whitespace-free run over ``max_run``.

    Args:
        inner: the language's tokenizer (``nlp.tokenizer``).
        max_run: the longest whitespace-free run given to ``inner`` uncut.
        begin: called before each text is tokenised, as a new document begins (the Chinese
            pipeline drops the words its segmenter kept for the previous one).
        split: the words and spaces ``inner`` would make of a piece, computed without a Doc
            (`argkg.ingest.segment.words_and_spaces` for Chinese); when given, the pieces' words
            go into one Doc over the text instead of one Doc per piece and one more for the text.
    """

    def __init__(
        self,
        inner: Tokenizer,
        *,
        max_run: int,
        begin: Callable[[], None] | None = None,
        split: Callable[[str], tuple[list[str], list[bool]]] | None = None,
    ) -> None:
        self.inner = inner
        self.vocab = inner.vocab
        self.max_run = max_run
        self.begin = begin
        self.split = split
        self._long_run = re.compile(rf"\S{{{max_run + 1},}}")

    def __call__(self, text: str) -> Doc:
        """Tokenise ``text`` piece by piece and join the pieces into one Doc over ``text``."""
        if self.begin is not None:
            self.begin()
        if self.split is not None:
            return keep_text(self._split_doc(text, self.split), text)
        if not self._long_run.search(text):
            return keep_text(self.inner(text), text)
        pieces = [piece for piece in self._pieces(text) if piece]
        docs = [self.inner(piece) for piece in pieces]
        words: list[str] = []
        spaces: list[bool] = []
        for piece, doc in zip(pieces, docs, strict=True):
            # read off the token arrays: no Token object per token (a piece's Doc text is the piece)
            for start, length, space in doc.to_array([IDX, LENGTH, SPACY]).tolist() if len(doc) else []:
                words.append(piece[start : start + length])
                spaces.append(bool(space))
        return keep_text(Doc(docs[0].vocab, words=words, spaces=spaces), text)

    def _split_doc(self, text: str, split: Callable[[str], tuple[list[str], list[bool]]]) -> Doc:
        """One Doc over ``text`` from ``split``'s words of each piece."""
        words: list[str] = []
        spaces: list[bool] = []
        for piece in self._pieces(text) if self._long_run.search(text) else [text]:
            if piece:
                piece_words, piece_spaces = split(piece)
                words += piece_words
                spaces += piece_spaces
        return Doc(self.vocab, words=words, spaces=spaces)

    def _pieces(self, text: str) -> Iterator[str]:
        """``text`` cut into consecutive pieces; long runs cut into pieces of at most ``max_run``."""
        pos = 0
        for found in self._long_run.finditer(text):
            yield text[pos : found.start()]
            yield from _cut(found.group(), self.max_run)
            pos = found.end()
        yield text[pos:]


def _cut(run: str, size: int) -> Iterator[str]:
    """Cut ``run`` into pieces of at most ``size``, each after its last punctuation when it has one."""
    pos = 0
    while len(run) - pos > size:
        window = run[pos : pos + size]
        cut = next((i + 1 for i in range(size - 1, 0, -1) if _is_break(window[i])), size)
        yield run[pos : pos + cut]
        pos += cut
    yield run[pos:]


def _is_break(char: str) -> bool:
    """Whether the tokenizer would split after ``char`` anyway: punctuation or a symbol."""
    return unicodedata.category(char)[0] in "PS"
