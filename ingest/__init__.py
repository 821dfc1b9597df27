"""Ingest: from an argumentative text (Chinese or English) to its argument graph.

``read_text`` decodes and normalises a file; ``ingest_text`` and ``ingest_paths`` run texts
(width-folded, `argkg.ingest.reader.fold`, with hard-wrapped lines joined into their paragraphs,
`argkg.ingest.wrap.reading_view`; the graph keeps and quotes the text itself) through
the spaCy pipeline (`argkg.ingest.pipeline`) and build one
validated `DocumentGraph` per text (`argkg.ingest.builder`). ``lang="auto"`` tells Chinese from
English by the share of CJK ideographs (`argkg.ingest.langdetect`). ``ingest_paths`` reads its
files lazily in bounded chunks (`argkg.ingest.batches`); with ``jobs`` above 1 the documents of
a chunk are extracted by ``jobs`` processes at once, this one and ``jobs - 1`` helpers
(`argkg.ingest.workers`), each document whole in one: a helper runs the pipeline, builds the
graph and returns only the graph. `ingest_item` is that unit of work, the same in a helper
process, in this one, or on a distributed cluster
(`argkg.ingest.distributed`).
"""

from collections.abc import Iterable, Sequence
from functools import cache, partial
from pathlib import Path
from typing import Literal

from spacy.language import Language

from argkg.config import DEFAULT_MAX_CHARS
from argkg.errors import InputError
from argkg.gcpause import exempt_the_living, pausing_cycle_collection
from argkg.ingest.batches import Finish, Item, Progress, read_chunks
from argkg.ingest.builder import build_graph, read_extraction
from argkg.ingest.langdetect import detect_lang
from argkg.ingest.pipeline import build_nlp
from argkg.ingest.reader import check_size, normalise, read_text
from argkg.ingest.workers import in_workers
from argkg.ingest.wrap import reading_view
from argkg.schema import DocumentGraph, Lang

__all__ = ["read_text", "ingest_text", "ingest_paths", "ingest_item", "detect_lang", "LangOption", "Finish"]

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
    return ingest_item((check_size(text, name=source, max_chars=max_chars), source, title), lang=lang)


def ingest_paths(
    paths: Sequence[Path],
    *,
    lang: LangOption | str = "auto",
    max_chars: int = DEFAULT_MAX_CHARS,
    jobs: int = 1,
    progress: Progress | None = None,
    finish: Finish | None = None,
) -> list[DocumentGraph]:
    """Read and extract several files, batched through the pipeline.

    The files are read lazily, a chunk at a time (`read_chunks`), so memory holds one chunk's
    texts besides the graphs; with ``jobs`` above 1 the documents of a chunk are extracted in
    that many processes, this one among them, each document whole in one
    (`argkg.ingest.workers`). The graphs are the same whatever ``jobs`` is.

    Args:
        paths: the text files.
        lang: ``zh``, ``en`` or ``auto`` (detected per file).
        max_chars: the longest text accepted, in characters.
        jobs: how many processes extract at once (1: this one only).
        progress: told how many files there are, then of each document once it is extracted.
        finish: applied to each graph where it is built (in this process or a helper with ``jobs``).

    Returns:
        One graph per path, in order (each passed through ``finish``).

    Raises:
        InputError: a file is missing, not a regular file, too long, binary, undecodable or
            empty, ``lang`` is invalid, or ``jobs`` is below 1.
        ArgkgError: a helper process died (``jobs`` above 1).
    """
    if jobs < 1:
        raise InputError(f"jobs must be at least 1, not {jobs}")
    if progress is not None:
        progress.start(len(paths))
    chunks = read_chunks(paths, partial(read_text, max_chars=max_chars))
    work = partial(ingest_item, lang=lang, finish=finish)
    if jobs == 1 or len(paths) < 2:
        return _told(progress, (graph for chunk in chunks for graph in map(work, chunk)))
    return _told(progress, in_workers(work, chunks, min(jobs, len(paths))))


@pausing_cycle_collection
def ingest_item(item: Item, *, lang: LangOption | str, finish: Finish | None = None) -> DocumentGraph:
    """Extract the graph of one text as `read_chunks` yields it, then apply ``finish``.

    The unit of work of every way of running ingest: in this process, in a helper process
    (``jobs``), or on a cluster (`argkg.ingest.distributed`). The cycle collector is paused
    meanwhile (`argkg.gcpause`): extraction makes no reference cycles (a full collection after
    each document of the reference article and the microtexts found none unreachable), and the
    collections its allocations set off were 5% of a Chinese text's CPU time.

    Raises:
        InputError: the text is empty once normalised, or ``lang`` is invalid.
    """
    text, source, title = item
    text = normalise(text)
    if not text:
        raise InputError(f"{source}: there is no text to ingest")
    language = _language(lang, text)
    doc = _nlp(language)(reading_view(text, language))
    graph = build_graph(read_extraction(doc, language, text=text), source=source, title=title)
    return graph if finish is None else finish(graph)


def _told(progress: Progress | None, graphs: Iterable[DocumentGraph]) -> list[DocumentGraph]:
    """The graphs as they come, ``progress`` told of each."""
    done = []
    for graph in graphs:
        if progress is not None:
            progress.done(graph.document.source, len(graph.document.text))
        done.append(graph)
    return done


@cache
def _nlp(lang: Lang) -> Language:
    """The process's pipeline for ``lang``, built once; it lives until the process ends, so it is
    kept out of the cycle collector's walks (`argkg.gcpause.exempt_the_living`)."""
    nlp = build_nlp(lang)
    exempt_the_living()
    return nlp


def _language(option: LangOption | str, text: str) -> Lang:
    if option == "auto":
        return detect_lang(text)
    try:
        return Lang(option)
    except ValueError as exc:
        raise InputError(f"unknown language {option!r}: use zh, en or auto") from exc
