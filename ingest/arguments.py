"""The argument of a text: which claim supports or attacks which claim or question.

A stage of its own, after the components and before the graph: `find_arguments` reads a text's
`Parts` (claims, positions, issues) and returns index-level `Argument` rows; the builder
(`argkg.ingest.builder`) only turns the indexes into node ids. The rules:

- each position's main claim ``SUPPORTS`` its issue's assumption when its side answers the
  issue's question yes (``orientation``), else ``ATTACKS`` it; so does each further main claim
  of it, the stand of another voice of a transcript or thread; a neutral main claim argues
  nothing about the issue;
- a main claim ``ATTACKS`` the previous position's main claim when that one took the other side
  on the same issue;
- the other claims (premises) of a position support their main claim, or attack it when they
  take the other side, as opponent sentences of an unmarked position do; those also answer the
  issue themselves, so a text that argues both sides without markers contests it; a neutral
  claim argues nothing and gets no such row.
"""

from collections import defaultdict
from dataclasses import dataclass

from argkg.ingest.parts import Parts
from argkg.ingest.spans import Issue, Position
from argkg.schema.vocabulary import RelType, Role, Stance

__all__ = ["Argument", "find_arguments", "main_claims"]


@dataclass(frozen=True)
class Argument:
    """One claim arguing for or against a claim or an issue's assumption.

    Attributes:
        kind: ``SUPPORTS`` or ``ATTACKS``.
        claim: the arguing claim (index into ``parts.claims``).
        target: what it argues about: an index into ``parts.issues`` when ``on_issue``, else
            into ``parts.claims``.
        on_issue: the target is an issue (its assumption), not a claim.
    """

    kind: RelType
    claim: int
    target: int
    on_issue: bool = False


def main_claims(parts: Parts) -> dict[int, int]:
    """Return position index -> index of its main claim."""
    claims = parts.claims
    return {c.position: i for i, c in enumerate(claims) if c.role is Role.MAIN and c.position is not None}


def find_arguments(parts: Parts) -> list[Argument]:
    """Find what each claim of a text argues for or against (see the module docstring).

    Args:
        parts: the text's claims, positions and issues.

    Returns:
        The arguments, position by position: the main claim's, then its premises'.
    """
    found: list[Argument] = []
    mains = main_claims(parts)
    premises: dict[int, list[int]] = defaultdict(list)
    voices: dict[int, list[int]] = defaultdict(list)  # per position, its main claims in text order
    for i, claim in enumerate(parts.claims):
        if claim.position is not None and claim.role is Role.PREMISE:
            premises[claim.position].append(i)
        elif claim.position is not None and claim.role is Role.MAIN:
            voices[claim.position].append(i)
    for p, position in enumerate(parts.positions):
        main = mains.get(p)
        if main is None:
            continue
        stance = parts.claims[main].stance
        issue = parts.issues[position.issue] if position.issue is not None else None
        if issue is not None and position.issue is not None:
            # every voice's main claim answers the issue (each turn's stand in a transcript)
            for i in voices.get(p, []):
                if parts.claims[i].stance is not Stance.NEUTRAL:
                    found.append(
                        Argument(_answer(parts.claims[i].stance, issue), i, position.issue, on_issue=True)
                    )
        answered = mains.get(p - 1) if p else None
        if answered is not None and _answers(
            parts.positions[p - 1], position, parts.claims[answered].stance, stance
        ):
            found.append(Argument(RelType.ATTACKS, main, answered))
        for i in premises.get(p, []):
            side = parts.claims[i].stance
            if side is Stance.NEUTRAL:
                continue
            kind = RelType.SUPPORTS if side is stance else RelType.ATTACKS
            found.append(Argument(kind, i, main))
            if (
                side is not stance
                and not position.marked
                and issue is not None
                and position.issue is not None
            ):
                found.append(Argument(_answer(side, issue), i, position.issue, on_issue=True))
    return found


def _answer(stance: Stance, issue: Issue) -> RelType:
    """SUPPORTS when a claim of this side answers the issue's question yes, else ATTACKS."""
    return RelType.SUPPORTS if (stance is Stance.PRO) == (issue.orientation > 0) else RelType.ATTACKS


def _answers(previous: Position, position: Position, previous_stance: Stance, stance: Stance) -> bool:
    """Whether ``position`` answers ``previous``: same issue, and the other side."""
    same_issue = (previous.section, previous.issue) == (position.section, position.issue)
    return same_issue and previous_stance not in (stance, Stance.NEUTRAL)
