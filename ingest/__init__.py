"""Ingest: from an argumentative text (Chinese or English) to its argument graph.

``read_text`` decodes and normalises a file; ``ingest_text`` and ``ingest_paths`` run texts
(width-folded, `argkg.ingest.reader.fold`; the graph keeps and quotes the text itself) through
the spaCy pipeline (`argkg.ingest.pipeline`, batched with ``nlp.pipe``) and build one
validated `DocumentGraph` per text (`argkg.ingest.builder`). ``lang="auto"`` tells Chinese from
English by the share of CJK ideographs (`argkg.ingest.langdetect`). ``ingest_paths`` reads its
files lazily in bounded chunks (`argkg.ingest.batches`) and extracts each chunk in ``jobs``
processes (``nlp.pipe(n_process=jobs)``; the Docs come back through `argkg.ingest.docbytes`).
"""

from collections.abc import Sequence
from functools import cache, partial
from pathlib import Path
from typing import Literal

from spacy.language import Language

from argkg.config import DEFAULT_MAX_CHARS
from argkg.errors import InputError
from argkg.ingest.batches import Item, Progress, read_chunks
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
    paths: Sequence[Path],
    *,
    lang: LangOption | str = "auto",
    max_chars: int = DEFAULT_MAX_CHARS,
    jobs: int = 1,
    progress: Progress | None = None,
) -> list[DocumentGraph]:
    """Read and extract several files, batched through the pipeline.

    The files are read lazily, a chunk at a time (`read_chunks`), so memory holds one chunk's
    texts besides the graphs; each chunk is extracted in ``jobs`` processes. The graphs are the
    same whatever ``jobs`` is.

    Args:
        paths: the text files.
        lang: ``zh``, ``en`` or ``auto`` (detected per file).
        max_chars: the longest text accepted, in characters.
        jobs: how many processes extract at once (1: this one only).
        progress: told how many files there are, then of each document once it is extracted.

    Returns:
        One graph per path, in order.

    Raises:
        InputError: a file is missing, not a regular file, too long, binary, undecodable or
            empty, ``lang`` is invalid, or ``jobs`` is below 1.
    """
    if jobs < 1:
        raise InputError(f"jobs must be at least 1, not {jobs}")
    if progress is not None:
        progress.start(len(paths))
    chunks = read_chunks(paths, partial(read_text, max_chars=max_chars))
    return [graph for chunk in chunks for graph in _ingest(chunk, lang, jobs, progress)]


@cache
def _nlp(lang: Lang) -> Language:
    return build_nlp(lang)


def _ingest(
    items: list[Item], lang: LangOption | str, jobs: int = 1, progress: Progress | None = None
) -> list[DocumentGraph]:
    texts = [normalise(text) for text, _, _ in items]
    for text, (_, source, _) in zip(texts, items, strict=True):
        if not text:
            raise InputError(f"{source}: there is no text to ingest")
    langs = [_language(lang, text) for text in texts]
    graphs: dict[int, DocumentGraph] = {}
    for language in dict.fromkeys(langs):
        indexes = [i for i, code in enumerate(langs) if code is language]
        n_process = min(jobs, len(indexes))
        docs = _nlp(language).pipe((fold(texts[i]) for i in indexes), n_process=n_process, batch_size=1)
        for i, doc in zip(indexes, docs, strict=True):
            _, source, title = items[i]
            extraction = read_extraction(doc, language, text=texts[i])
            graphs[i] = build_graph(extraction, source=source, title=title)
            if progress is not None:
                progress.done(source, len(texts[i]))
    return [graphs[i] for i in range(len(items))]


def _language(option: LangOption | str, text: str) -> Lang:
    if option == "auto":
        return detect_lang(text)
    try:
        return Lang(option)
    except ValueError as exc:
        raise InputError(f"unknown language {option!r}: use zh, en or auto") from exc
