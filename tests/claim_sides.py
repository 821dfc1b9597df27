"""What the side tests share (importable: ``tests/`` is on pytest's pythonpath): each claim's side
in a text ingested on its own, and the side of the claim that holds some words."""

from argkg.ingest import ingest_text
from argkg.schema import Claim, Lang, Role, Stance


def claim_sides(text: str, lang: Lang, source: str = "text.txt") -> dict[str, Stance]:
    """Every claim of ``text`` (by its wording) with the side it takes."""
    graph = ingest_text(text, source=source, lang=lang.value)
    return {node.text: node.stance for node in graph.nodes if isinstance(node, Claim)}


def side_containing(sides: dict[str, Stance], words: str) -> Stance:
    """The side of the first claim whose wording holds ``words`` (StopIteration: none does)."""
    return next(stance for claim, stance in sides.items() if words in claim)


def mains_by_side(text: str) -> dict[Stance, list[str]]:
    """The main claims of ``text`` (ingested on its own, language detected), by the side they take."""
    graph = ingest_text(text, source=f"{hash(text)}.txt")
    found: dict[Stance, list[str]] = {}
    for claim in graph.of_type(Claim):
        if claim.role is Role.MAIN:
            found.setdefault(claim.stance, []).append(claim.text)
    return found
