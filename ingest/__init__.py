"""Ingest: from an argumentative text (Chinese or English) to its argument graph.

``read_text`` decodes and normalises a file; ``ingest_text`` and ``ingest_paths`` run texts
(width-folded, `argkg.ingest.reader.fold`; the graph keeps and quotes the text itself) through
the spaCy pipeline (`argkg.ingest.pipeline`, batched with ``nlp.pipe``) and build one
validated `DocumentGraph` per text (`argkg.ingest.builder`). ``lang="auto"`` tells Chinese from
English by the share of CJK ideographs (`argkg.ingest.langdetect`).
"""

from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Literal

from spacy.language import Language

from argkg.config import DEFAULT_MAX_CHARS
from argkg.errors import InputError
from argkg.ingest.builder import build_graph, read_extraction
from argkg.ingest.langdetect import detect_lang
from argkg.ingest.pipeline import build_nlp
from argkg.ingest.reader import check_size, fold, normalise, read_text
from argkg.schema import DocumentGraph, Lang

__all__ = ["read_text", "ingest_text", "ingest_paths", "detect_lang", "LangOption"]

#: A language, or "auto" to detect it per text.
LangOption = Lang | Literal["auto"]


def ingest_text(
    text: str,
    *,
    source: str,
    lang: LangOption | str = "auto",
    title: str | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> DocumentGraph:
    """Extract the argument graph of one text.

    Args:
        text: the text (normalised here; offsets point into the normalised text).
        source: where it comes from (a path or a name), stored on the Document.
        lang: ``zh``, ``en`` or ``auto``.
        title: the document's title; by default its title line or first heading, else the
            source's file name.
        max_chars: the longest text accepted, in characters.

    Returns:
        The validated graph.

    Raises:
        InputError: the text is empty or too long, or ``lang`` is not a language argkg reads.
    """
    return _ingest([(check_size(text, name=source, max_chars=max_chars), source, title)], lang)[0]


def ingest_paths(
    paths: Sequence[Path], *, lang: LangOption | str = "auto", max_chars: int = DEFAULT_MAX_CHARS
) -> list[DocumentGraph]:
    """Read and extract several files, batched through the pipeline.

    Args:
        paths: the text files.
        lang: ``zh``, ``en`` or ``auto`` (detected per file).
        max_chars: the longest text accepted, in characters.

    Returns:
        One graph per path, in order.

    Raises:
        InputError: a file is missing, not a regular file, too long, binary, undecodable or
            empty, or ``lang`` is invalid.
    """
    return _ingest([(read_text(path, max_chars=max_chars), str(path), None) for path in paths], lang)


@cache
def _nlp(lang: Lang) -> Language:
    return build_nlp(lang)


def _ingest(items: list[tuple[str, str, str | None]], lang: LangOption | str) -> list[DocumentGraph]:
    texts = [normalise(text) for text, _, _ in items]
    for text, (_, source, _) in zip(texts, items, strict=True):
        if not text:
            raise InputError(f"{source}: there is no text to ingest")
    langs = [_language(lang, text) for text in texts]
    graphs: dict[int, DocumentGraph] = {}
    for language in dict.fromkeys(langs):
        indexes = [i for i, code in enumerate(langs) if code is language]
        docs = _nlp(language).pipe(fold(texts[i]) for i in indexes)
        for i, doc in zip(indexes, docs, strict=True):
            _, source, title = items[i]
            extraction = read_extraction(doc, language, text=texts[i])
            graphs[i] = build_graph(extraction, source=source, title=title)
    return [graphs[i] for i in range(len(items))]


def _language(option: LangOption | str, text: str) -> Lang:
    if option == "auto":
        return detect_lang(text)
    try:
        return Lang(option)
    except ValueError as exc:
        raise InputError(f"unknown language {option!r}: use zh, en or auto") from exc
