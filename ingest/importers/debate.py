"""From an annotated debate (units, support and attack links) to a validated `DocumentGraph`.

The Kialo, arg-microtexts, brat and foreign-AIF importers each read their file into a
`Debate`: the text the units quote, the units with their spans, gold side and role, and the
links between them. `build_debate` turns it into the graph ingest would build for such a
debate: one debate `Section` over the whole text (``HAS_SECTION``, ``CONTAINS`` every claim),
a thesis unit as the section's debate `Assumption` (``RAISES``), every other unit a `Claim`,
every link ``SUPPORTS`` or ``ATTACKS``.

A unit's side (``stance``) is the file's when it gives one; otherwise it follows the links, as
a dialectical tree reads: a unit that supports another takes its side, one that attacks it the
other side, and a unit that argues for nothing (a root) is ``pro``. A thesis is the ``pro``
side's proposition, so the main claims that support it are ``pro`` (orientation +1).

Ids are ``stable_id(sha256 of the text, label, the unit's key in the file)``: the same file gives
the same ids on every machine.
"""

from collections.abc import Sequence
from dataclasses import dataclass

from argkg.ingest.langdetect import detect_lang
from argkg.schema import (
    Assumption,
    AssumptionOrigin,
    Claim,
    Document,
    DocumentGraph,
    Node,
    Relationship,
    RelType,
    Role,
    Section,
    SectionKind,
    Stance,
    stable_id,
    text_sha256,
)

__all__ = ["Unit", "Link", "Debate", "build_debate"]


@dataclass(frozen=True)
class Unit:
    """One argumentative unit of the file.

    Attributes:
        key: the unit's key in the file (a Kialo number, a brat ``T3``, a microtext ``a2``).
        start, end: its span in `Debate.text`.
        role: what it does (the central claim is ``main``).
        stance: its side when the file gives it; None to derive it from the links.
        thesis: the debated proposition itself (becomes the section's debate assumption).
    """

    key: str
    start: int
    end: int
    role: Role = Role.PREMISE
    stance: Stance | None = None
    thesis: bool = False


@dataclass(frozen=True)
class Link:
    """``source`` supports (or, with ``attack``, attacks) ``target`` (unit keys)."""

    source: str
    target: str
    attack: bool = False


@dataclass(frozen=True)
class Debate:
    """An annotated debate as read from one file.

    Attributes:
        source: where it comes from (the file's path), stored on the Document.
        title: the debate's title.
        text: the text the units' spans point into.
        units: the units, in file order.
        links: the support and attack links between units.
        question: the question the debate asks, when the file states one.
    """

    source: str
    title: str
    text: str
    units: Sequence[Unit]
    links: Sequence[Link]
    question: str | None = None


def build_debate(debate: Debate) -> DocumentGraph:
    """Build the argument graph of an annotated debate (see the module docstring).

    Raises:
        ValueError: a link names no unit, or the graph is invalid (spans past the text...).
    """
    sha = text_sha256(debate.text)
    doc_id = stable_id(sha, "Document", "")
    document = Document(
        id=doc_id,
        doc_id=doc_id,
        title=debate.title,
        lang=detect_lang(debate.text),
        source=debate.source,
        text=debate.text,
        sha256=sha,
    )
    section = Section(
        id=stable_id(sha, "Section", "debate"),
        doc_id=doc_id,
        ordinal=1,
        title=debate.title,
        kind=SectionKind.DEBATE,
        question=debate.question,
        start=0,
        end=len(debate.text),
    )
    nodes: list[Node] = [section]
    rels = _Relationships()
    rels.add(RelType.HAS_SECTION, doc_id, section.id)
    ids: dict[str, str] = {}
    stances = _sides(debate)
    for unit in debate.units:
        node = _node(unit, debate.text, sha=sha, doc_id=doc_id, stance=stances[unit.key])
        ids[unit.key] = node.id
        nodes.append(node)
        contains = RelType.RAISES if unit.thesis else RelType.CONTAINS
        rels.add(contains, section.id, node.id)
    for link in debate.links:
        for key in (link.source, link.target):
            if key not in ids:
                raise ValueError(f"a link names {key!r}, which is no unit")
        rel_type = RelType.ATTACKS if link.attack else RelType.SUPPORTS
        rels.add(rel_type, ids[link.source], ids[link.target])
    return DocumentGraph(document=document, nodes=tuple(nodes), relationships=tuple(rels.values()))


class _Relationships(dict[str, Relationship]):
    """Relationships by id: a link the file states twice is one relationship."""

    def add(self, rel_type: RelType, start: str, end: str) -> None:
        rel = Relationship(type=rel_type, start=start, end=end)
        self.setdefault(rel.id, rel)


def _node(unit: Unit, text: str, *, sha: str, doc_id: str, stance: Stance) -> Node:
    quote = text[unit.start : unit.end]
    if unit.thesis:
        return Assumption(
            id=stable_id(sha, "Assumption", unit.key),
            doc_id=doc_id,
            text=quote,
            origin=AssumptionOrigin.DEBATE,
            start=unit.start,
            end=unit.end,
        )
    return Claim(
        id=stable_id(sha, "Claim", unit.key),
        doc_id=doc_id,
        text=quote,
        start=unit.start,
        end=unit.end,
        stance=stance,
        role=unit.role,
    )


def _sides(debate: Debate) -> dict[str, Stance]:
    """Each unit's side: the file's, else its target's (flipped by an attack), roots pro."""
    known = {u.key: u.stance for u in debate.units if u.stance is not None}
    known.update((u.key, Stance.PRO) for u in debate.units if u.thesis)
    outgoing: dict[str, list[Link]] = {}
    for link in debate.links:
        outgoing.setdefault(link.source, []).append(link)

    def side(key: str, seen: frozenset[str]) -> Stance:
        if key in known:
            return known[key]
        links = [link for link in outgoing.get(key, ()) if link.target not in seen]
        if not links:
            return Stance.PRO
        target = side(links[0].target, seen | {key})
        return _opposite(target) if links[0].attack else target

    return {unit.key: side(unit.key, frozenset()) for unit in debate.units}


def _opposite(stance: Stance) -> Stance:
    return {Stance.PRO: Stance.CON, Stance.CON: Stance.PRO}.get(stance, stance)
