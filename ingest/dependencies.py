"""DEPENDS_ON edges: what each claim or conclusion holds only if.

A statement's requirements are combined as alternatives of conjunctions. Each requirement is a
list of alternatives, each alternative a set of (target, basis) that are needed together:

- a conditional whose consequent lies in the statement requires one of its antecedents (one
  alternative per antecedent of a disjunction, basis ``conditional``); an antecedent that
  bears on a debated issue brings that issue's assumption into the same alternative (basis
  ``conditional``, with the antecedent's polarity, `argkg.ingest.bearings`);
- a conclusion requires the debated assumptions it bears on, all together (`argkg.ingest.bearings`:
  basis ``lexical``, ``reference``, ``scenario``, or ``structural`` for its position's issue and
  as the fallback of a final conclusion that nothing else links), each with its polarity;
- a conclusion drawn inside a position requires that position's main claim (``structural``).

The statement's groups are the cross product of its requirements: group ``g`` holds one
alternative of each requirement, so edges of one group are needed together and different
groups are alternatives (DESIGN.md §1).
"""

import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from argkg.schema.relationships import Relationship
from argkg.schema.vocabulary import Basis, Polarity, RelType

__all__ = ["Requirement", "Target", "depends_on"]


class Target(NamedTuple):
    """One needed node: its id, why it is needed, and (for a debated question) the answer needed."""

    node: str
    basis: Basis
    polarity: Polarity | None = None


@dataclass(frozen=True)
class Requirement:
    """One thing a statement rests on: any one of ``alternatives`` (each needed as a whole)."""

    alternatives: tuple[tuple[Target, ...], ...]


def depends_on(source: str, requirements: Sequence[Requirement]) -> Iterable[Relationship]:
    """Yield the DEPENDS_ON edges of ``source`` for its requirements.

    Args:
        source: id of the claim or conclusion.
        requirements: what it rests on.

    Yields:
        One edge per (target, group); a target reached twice in one group keeps its first basis.
    """
    kept = [r for r in requirements if r.alternatives]
    for group, combination in enumerate(itertools.product(*(r.alternatives for r in kept)) if kept else ()):
        seen: set[str] = set()
        for target, basis, polarity in itertools.chain.from_iterable(combination):
            if target != source and target not in seen:
                seen.add(target)
                yield Relationship(
                    type=RelType.DEPENDS_ON,
                    start=source,
                    end=target,
                    basis=basis,
                    group=group,
                    polarity=polarity,
                )
