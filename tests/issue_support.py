"""What the issue tests share (importable: ``tests/`` is on pytest's pythonpath)."""

from argkg.ingest import ingest_text
from argkg.ingest.issue_side import document_side
from argkg.schema import IssueStance


def text_side(text: str, issue: str) -> IssueStance | None:
    """The side ``text``, ingested on its own, takes on ``issue`` (None: it takes none)."""
    return document_side(ingest_text(text, source=f"{hash(text)}.txt").document, issue)
