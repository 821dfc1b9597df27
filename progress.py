"""The progress bar of ``argkg ingest``: documents, characters per second, the file just read.

`IngestBar` is an `argkg.ingest.batches.Progress` drawn with rich on stderr, so stdout keeps
only the summary. It draws only when stderr is a terminal (a pipe or a log file gets nothing)
and redraws when a document is done rather than from a timer thread: ingest forks its worker
processes while the bar is up, and a thread holding a lock at fork time can hang a child.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, ProgressColumn, Task, TextColumn
from rich.text import Text

__all__ = ["IngestBar", "ingest_bar"]


class _CharsPerSecond(ProgressColumn):
    """Characters extracted per second of elapsed time (the task's ``chars`` field)."""

    def render(self, task: Task) -> Text:
        """RETURNS: the rate, as ``12.3k chars/s``."""
        elapsed = task.elapsed or 0.0
        rate = task.fields.get("chars", 0) / elapsed if elapsed > 0 else 0.0
        return Text(f"{rate / 1000:,.1f}k chars/s", style="progress.data.speed")


class IngestBar:
    """An `argkg.ingest.batches.Progress` that draws a rich bar on ``progress``'s console."""

    def __init__(self, progress: Progress) -> None:
        """Draw on ``progress`` (started by `ingest_bar`)."""
        self._progress = progress
        self._task = progress.add_task("reading", total=None, chars=0, start=False)

    def start(self, documents: int) -> None:
        """Set the bar's length to ``documents`` and start its clock."""
        self._progress.update(self._task, total=documents)
        self._progress.start_task(self._task)
        self._progress.refresh()

    def done(self, source: str, chars: int) -> None:
        """Count one document and ``chars`` characters; show the file's name."""
        task = self._progress.tasks[self._task]
        self._progress.update(
            self._task,
            advance=1,
            chars=task.fields.get("chars", 0) + chars,
            description=Path(source).name,
            refresh=True,
        )


@contextmanager
def ingest_bar(console: Console) -> Iterator[IngestBar]:
    """Show an ingest progress bar on ``console`` for the ``with`` block (nothing unless a terminal)."""
    columns = (
        TextColumn("{task.description}", style="progress.description"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("documents"),
        _CharsPerSecond(),
    )
    progress = Progress(*columns, console=console, auto_refresh=False, disable=not console.is_terminal)
    with progress:
        yield IngestBar(progress)
