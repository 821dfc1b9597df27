"""Many files for the pipeline: read lazily, a bounded chunk at a time.

`argkg.ingest.ingest_paths` takes any number of files (a folder of ten thousand). Reading them
all before extracting would hold every text, and its normalised copy, at once; `read_chunks`
reads only as many files as fill one chunk (`CHUNK_CHARS` characters or `CHUNK_DOCS` files,
whichever comes first), so memory holds one chunk's texts and Docs besides the graphs built so
far. A chunk is also the unit the helper processes of ``jobs`` are started for
(`argkg.ingest.workers`): big enough that starting them costs little beside the work, small
enough to bound memory.

`Progress` is what a caller (the CLI's progress bar) passes to hear how far extraction is;
`Finish` what it passes to be done to each graph where the graph is built (the analyses).
"""

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Protocol

from argkg.schema import DocumentGraph

__all__ = ["CHUNK_CHARS", "CHUNK_DOCS", "Progress", "Item", "Finish", "read_chunks"]

#: Characters of text read before a chunk is extracted (a file longer than this is a chunk alone).
CHUNK_CHARS = 2_000_000
#: Files read before a chunk is extracted.
CHUNK_DOCS = 256


class Progress(Protocol):
    """Hears how far extraction is; it must not raise."""

    def start(self, documents: int) -> None:
        """Extraction of ``documents`` files begins."""

    def done(self, source: str, chars: int) -> None:
        """The document read from ``source``, ``chars`` characters long, is extracted."""


#: One text to extract: (text, source, title or None).
Item = tuple[str, str, str | None]

#: Done to each graph once built, in the process that built it (a worker with ``jobs``): a
#: module-level function, so that it reaches spawned helper processes by name.
Finish = Callable[[DocumentGraph], DocumentGraph]


def read_chunks(
    paths: Iterable[Path],
    read: Callable[[Path], str],
    *,
    max_chars: int = CHUNK_CHARS,
    max_docs: int = CHUNK_DOCS,
) -> Iterator[list[Item]]:
    """Yield the files' texts in order, in chunks of at most ``max_chars`` characters or ``max_docs`` files.

    Args:
        paths: the files, consumed lazily.
        read: reads one file (`argkg.ingest.read_text`); its errors propagate when the file's
            chunk is read.
        max_chars: a chunk is yielded once its texts reach this many characters.
        max_docs: a chunk is yielded once it holds this many files.

    Yields:
        Non-empty lists of ``(text, source, None)``.
    """
    chunk: list[Item] = []
    size = 0
    for path in paths:
        text = read(path)
        chunk.append((text, str(path), None))
        size += len(text)
        if size >= max_chars or len(chunk) >= max_docs:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk
