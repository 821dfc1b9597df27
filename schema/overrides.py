"""`IssueOverride`: what a user said about the issue one document argues (DESIGN.md §6).

Content matching is conservative and can still be wrong; an override states the answer, and the
store keeps it beside the graph so that it outlives re-ingesting the document.

>>> IssueOverride(question="Should cities ban cars?").unlinked
False
>>> IssueOverride()
Traceback (most recent call last):
...
pydantic_core._pydantic_core.ValidationError: 1 validation error for IssueOverride
...
"""

from typing import Self

from pydantic import BaseModel, ConfigDict, Field, model_validator

__all__ = ["IssueOverride"]


class IssueOverride(BaseModel):
    """What the user said about one document's issue.

    Attributes:
        question: the debated question (or proposition) the document argues; its issue is keyed
            by this wording (``argkg ingest --question``, ``argkg link``).
        unlinked: the document argues an issue of its own, shared with no other (``argkg unlink``).
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    question: str | None = Field(default=None, min_length=1)
    unlinked: bool = False

    @model_validator(mode="after")
    def _one_kind(self) -> Self:
        if (self.question is not None) == self.unlinked:
            raise ValueError("an override gives either a question or unlinked, not both or neither")
        return self
