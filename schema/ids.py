"""Stable identifiers: a pure function of the document's hash, the label and a key.

No uuid, clock or randomness: the same text gives the same ids on every run and every machine,
so re-ingesting changes nothing and two stores agree id for id.

>>> stable_id("ab" * 32, "Claim", "10:20")
'claim-416368dd99194922def9'
>>> stable_id("ab" * 32, "Claim", "10:20") == stable_id("ab" * 32, "Claim", "10:20")
True
"""

import hashlib

__all__ = ["stable_id", "shared_id", "span_key", "text_sha256"]

_SEPARATOR = "\x1f"
_DIGEST_CHARS = 20


def stable_id(scope: str, label: str, key: str) -> str:
    """Return the id of the ``label`` item identified by ``key`` within ``scope``.

    Args:
        scope: what the item belongs to: for a node, the hex sha256 of its document's normalised
            text; for a relationship, the id of its start node (itself a function of that hash).
        label: the node label or relationship type.
        key: what identifies the item inside the document (a span, normalised text, endpoints).

    Returns:
        ``"<label in lower case>-<20 hex digits>"``.
    """
    digest = hashlib.sha256(_SEPARATOR.join((scope, label, key)).encode("utf-8"))
    return f"{label.lower()}-{digest.hexdigest()[:_DIGEST_CHARS]}"


def shared_id(label: str, key: str) -> str:
    """Return the id of a node that documents share (DESIGN.md §6): a function of its key only.

    >>> shared_id("Entity", "organisation:google") == shared_id("Entity", "organisation:google")
    True
    """
    return stable_id("shared", label, key)


def span_key(start: int, end: int) -> str:
    """Return the id key of an item that is identified by its character span."""
    return f"{start}:{end}"


def text_sha256(text: str) -> str:
    """Return the hex sha256 of ``text`` encoded as UTF-8."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
