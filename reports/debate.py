"""The per-document parts of a report: debated sections, their positions, and the marked text.

Read from one `DocumentGraph` (its typed nodes and relationships), not from the analyses: a
position is the claims sharing a ``position`` ordinal inside a section (claims outside any block
are grouped by stance), its side is its main claim's stance; notes go beside the claims they
ANNOTATE; numbers go under the claims that CITE them.
"""

from collections import defaultdict
from collections.abc import Mapping

from argkg.queries.models import SectionBalance
from argkg.reports.formatting import format_percent, quantity
from argkg.reports.labels import Labels
from argkg.reports.models import ClaimView, DocumentView, EvidenceView, NoteView, PositionView, SectionView
from argkg.reports.provenance import Quote, anchor, paragraphs
from argkg.schema import (
    Assumption,
    Claim,
    Conclusion,
    DocumentGraph,
    Evidence,
    Node,
    RelType,
    Role,
    Section,
    SectionKind,
    Stance,
)

__all__ = ["href", "evidence_view", "debated_sections", "document_view"]

#: Among quotes with the same span, the order from outside in.
_RANK = {Conclusion: 0, Claim: 1, Assumption: 2, Evidence: 3}
_SIDES = (Stance.PRO, Stance.CON)


def href(node_id: str) -> str:
    """Return the link to the quote of ``node_id``."""
    return "#" + anchor(node_id)


def evidence_view(evidence: Evidence, labels: Labels) -> EvidenceView:
    """Describe a number for a reader of ``labels``' language."""
    return EvidenceView(
        id=evidence.id,
        href=href(evidence.id),
        surface=evidence.surface,
        value=evidence.value,
        quantity=quantity(evidence.value, evidence.unit, labels.unit(evidence.unit)),
        kind=evidence.kind.value,
        kind_label=labels.kind[evidence.kind.value],
        subject=evidence.subject,
        approximate=evidence.approximate,
    )


class _Index:
    """The relationships of one document that the debate view follows, by start node."""

    def __init__(self, graph: DocumentGraph) -> None:
        self.graph = graph
        self.out: dict[RelType, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        for rel in graph.relationships:
            self.out[rel.type][rel.start].append(rel.end)
        self.notes: dict[str, list[Claim]] = defaultdict(list)
        for note_id, targets in self.out[RelType.ANNOTATES].items():
            note = graph.node_index[note_id]
            for target in targets:
                if isinstance(note, Claim):
                    self.notes[target].append(note)

    def targets(self, rel_type: RelType, start: str) -> list[str]:
        return self.out[rel_type].get(start, [])


def debated_sections(
    graph: DocumentGraph,
    labels: Labels,
    balance: Mapping[str, SectionBalance],
    assumption_text: Mapping[str, str],
) -> list[SectionView]:
    """Return the document's debated sections: those of kind ``debate`` or holding a side's claims.

    Args:
        graph: one document's graph.
        labels: the report's words.
        balance: `argkg.queries.balance` rows by section id.
        assumption_text: the text of every assumption, by id (the question when none is written).
    """
    index = _Index(graph)
    annotating = {note for note, targets in index.out[RelType.ANNOTATES].items() if targets}
    out = []
    for section in sorted(graph.of_type(Section), key=lambda s: s.ordinal):
        contained = [
            node
            for node_id in index.targets(RelType.CONTAINS, section.id)
            if isinstance(node := graph.node_index[node_id], Claim)
        ]
        listed = sorted((c for c in contained if c.id not in annotating), key=lambda c: (c.start, c.id))
        positions, other = _positions(listed, index, labels)
        if section.kind is not SectionKind.DEBATE and not positions:
            continue
        counts = balance.get(section.id) or _count(section, contained)
        raised = index.targets(RelType.RAISES, section.id)
        question = graph.node_index[raised[0]] if raised else None
        out.append(
            SectionView(
                id=section.id,
                anchor="s-" + section.id,
                title=section.title,
                question=section.question or (assumption_text[question.id] if question else None),
                question_href=href(question.id)
                if isinstance(question, Assumption) and question.start is not None
                else None,
                pro=counts.pro,
                con=counts.con,
                pro_positions=[p for p in positions if p.stance == Stance.PRO.value],
                con_positions=[p for p in positions if p.stance == Stance.CON.value],
                other=other,
            )
        )
    return out


def _count(section: Section, claims: list[Claim]) -> SectionBalance:
    """Claims per side, counted as `argkg.queries.balance` does, for a section it does not cover."""
    stances = [claim.stance for claim in claims]
    return SectionBalance(
        section_id=section.id,
        title=section.title,
        pro=stances.count(Stance.PRO),
        con=stances.count(Stance.CON),
    )


def _positions(
    claims: list[Claim], index: _Index, labels: Labels
) -> tuple[list[PositionView], list[ClaimView]]:
    """Group a section's claims into the sides' positions; the rest are returned apart."""
    blocks: dict[tuple[int, str], list[Claim]] = defaultdict(list)
    for claim in claims:
        block = claim.position if claim.position is not None else -1
        blocks[(block, "" if claim.position is not None else claim.stance.value)].append(claim)
    positions: list[PositionView] = []
    other: list[ClaimView] = []
    numbers = {side: 0 for side in _SIDES}
    for _, members in sorted(blocks.items(), key=lambda item: item[1][0].start):
        stance = _side(members)
        if stance is None:
            other.extend(_claim(c, index, labels) for c in members)
            continue
        numbers[stance] += 1
        ordered = sorted(members, key=lambda c: (c.role is not Role.MAIN, c.start))
        positions.append(
            PositionView(
                stance=stance.value,
                stance_label=labels.stance[stance.value],
                number=numbers[stance],
                claims=[_claim(c, index, labels) for c in ordered],
            )
        )
    return positions, other


def _side(members: list[Claim]) -> Stance | None:
    """The side of a block: its main claim's stance, else its most frequent side, else None."""
    for claim in members:
        if claim.role is Role.MAIN and claim.stance in _SIDES:
            return claim.stance
    votes = [c.stance for c in members if c.stance in _SIDES]
    return max(_SIDES, key=votes.count) if votes else None


def _claim(claim: Claim, index: _Index, labels: Labels) -> ClaimView:
    graph = index.graph
    cited = sorted(
        (
            node
            for node_id in index.targets(RelType.CITES, claim.id)
            if isinstance(node := graph.node_index[node_id], Evidence)
        ),
        key=lambda e: (e.start, e.id),
    )
    return ClaimView(
        id=claim.id,
        href=href(claim.id),
        text=claim.text,
        stance=claim.stance.value,
        stance_label=labels.stance[claim.stance.value],
        role=claim.role.value,
        role_label=labels.role[claim.role.value],
        evidence=[evidence_view(e, labels) for e in cited],
        notes=[
            NoteView(id=n.id, href=href(n.id), text=n.text)
            for n in sorted(index.notes[claim.id], key=lambda n: n.start)
        ],
    )


def document_view(graph: DocumentGraph, labels: Labels, keys: Mapping[str, str]) -> DocumentView:
    """Describe one document and cut its text into paragraphs with every quote marked.

    Args:
        graph: one document's graph.
        labels: the report's words.
        keys: the short keys of assumptions and conclusions, by id (shown in tooltips).
    """
    counts = graph.label_counts()
    document = graph.document
    return DocumentView(
        id=document.id,
        title=document.title,
        source=document.source,
        lang=document.lang.value,
        language_label=labels.language[document.lang.value],
        sections=counts.get("Section", 0),
        claims=counts.get("Claim", 0),
        evidence=counts.get("Evidence", 0),
        conclusions=counts.get("Conclusion", 0),
        paragraphs=paragraphs(
            document.text, [q for node in graph.nodes if (q := _quote(node, labels, keys))]
        ),
    )


def _quote(node: Node, labels: Labels, keys: Mapping[str, str]) -> Quote | None:
    """The mark of a node's quote: its CSS kind and tooltip; None for nodes without a span."""
    if isinstance(node, Claim):
        kind = "note" if node.role is Role.NOTE else f"claim-{node.stance.value}"
        title = f"{labels.stance[node.stance.value]} · {labels.role[node.role.value]}"
        span = (node.start, node.end)
    elif isinstance(node, Evidence):
        kind, title = "evidence", f"{labels.kind[node.kind.value]}: {evidence_view(node, labels).quantity}"
        span = (node.start, node.end)
    elif isinstance(node, Conclusion):
        credence = f" · {format_percent(node.credence)}" if node.credence is not None else ""
        kind, title = "conclusion", f"{labels.text['conclusion']} {keys.get(node.id, '')}{credence}"
        span = (node.start, node.end)
    elif isinstance(node, Assumption) and node.start is not None and node.end is not None:
        kind, title = "assumption", f"{labels.text['assumption']} {keys.get(node.id, '')}"
        span = (node.start, node.end)
    else:
        return None
    return Quote(id=node.id, start=span[0], end=span[1], kind=kind, title=title, rank=_RANK[type(node)])
