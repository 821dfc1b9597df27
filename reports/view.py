"""Build a report's view model from the document graphs and the analyses of the analysis graph.

The structure of each debate (sections, positions, claims, notes, numbers) comes from the typed
`DocumentGraph`s (`argkg.reports.debate`); the verdicts (what each conclusion rests on and which
answer it needs, which assumptions are contested or critical, the cruxes, what falls on either
answer to a crux, the evidence rows, the pro/con balance) come from `argkg.queries` over the
analysis graph ``G`` (`argkg.reports.dependencies`), so a report shows exactly what ``argkg
query`` answers. The assumptions the report lists get keys ``A1``, ``A2``... and conclusions
``C1``, ``C2``... in document order; the matrix, the cruxes and the picture use them.
"""

from collections import defaultdict
from collections.abc import Sequence

import networkx as nx

from argkg import queries
from argkg.queries import EvidenceRow
from argkg.reports.debate import debated_sections, document_view, evidence_view, href
from argkg.reports.dependencies import Analyses, analyses, blocks, crux_views, listed
from argkg.reports.labels import Labels, load_labels
from argkg.reports.models import (
    AssumptionView,
    ConclusionView,
    EvidenceGroup,
    EvidenceTableRow,
    ReportView,
)
from argkg.reports.picture import layout_picture
from argkg.reports.shared import shared_issues
from argkg.schema import (
    Assumption,
    Claim,
    Conclusion,
    DocumentGraph,
    Evidence,
    EvidenceKind,
    Lang,
    RelType,
    Section,
)

__all__ = ["build_view"]


def build_view(
    graphs: Sequence[DocumentGraph],
    G: nx.MultiDiGraph,  # noqa: N803 (networkx's name for the graph)
    *,
    lang: Lang | str | None = None,
    max_environments: int = queries.MAX_ENVIRONMENTS,
) -> ReportView:
    """Gather everything a report of ``graphs`` shows.

    Args:
        graphs: the document graphs, in the order the report lists them.
        G: the analysis graph of the same documents (`argkg.graph.graphs_to_networkx`).
        lang: the report's language; by default the first document's (English if none).
        max_environments: the bound on a label (`argkg.queries.bounded_labels`); conclusions
            past it are left out of the dependency analysis and listed as such.

    Returns:
        The view model the templates render.

    Raises:
        InputError: ``lang`` is not a language argkg reads.
    """
    chosen = lang or (graphs[0].document.lang if graphs else Lang.EN)
    labels = load_labels(chosen)
    found = analyses(G, max_environments=max_environments)
    assumptions, unlisted = _assumptions(graphs, found, labels)
    conclusions = [
        ConclusionView(id=c.id, key=f"C{i}", href=href(c.id), text=c.text, credence=c.credence)
        for i, c in enumerate((c for g in graphs for c in sorted(g.of_type(Conclusion), key=_at)), start=1)
    ]
    keys = {a.id: a.key for a in assumptions} | {c.id: c.key for c in conclusions}
    balance = {row.section_id: row for row in queries.balance(G)}
    texts = {a.id: a.text for g in graphs for a in g.of_type(Assumption)}
    cruxes = crux_views(found, assumptions, conclusions)
    document_of = {c.id: (g.document.id, g.document.title) for g in graphs for c in g.of_type(Conclusion)}
    matrix, whatif = blocks(found, assumptions, conclusions, cruxes, document_of, labels)
    return ReportView(
        lang=Lang(chosen).value,
        labels=labels,
        title=_title(graphs, labels),
        documents=[document_view(g, labels, keys) for g in graphs],
        sections=[s for g in graphs for s in debated_sections(g, labels, balance, texts)],
        conclusions=conclusions,
        assumptions=assumptions,
        unlisted_assumptions=unlisted,
        unanalysed=[c.key for c in conclusions if c.id in set(found.cut.conclusions)],
        max_environments=max_environments,
        matrix=matrix,
        cruxes=cruxes,
        whatif=whatif,
        evidence=_evidence(graphs, G, labels),
        picture=layout_picture(
            G,
            assumptions=[a.id for a in assumptions],
            keys=keys,
            contested={a.id for a in assumptions if a.contested},
        ),
        shared_issues=shared_issues(graphs, G, labels),
    )


def _title(graphs: Sequence[DocumentGraph], labels: Labels) -> str:
    """The report's heading: the document's title when there is one document with a title."""
    if len(graphs) == 1 and graphs[0].document.title.strip():
        return graphs[0].document.title
    return labels.text["report_title"]


def _at(node: Claim | Conclusion | Evidence) -> tuple[int, str]:
    return node.start, node.id


def _assumptions(
    graphs: Sequence[DocumentGraph], found: Analyses, labels: Labels
) -> tuple[list[AssumptionView], int]:
    """The listed assumptions, keyed in document order (by the section raising it, then by its
    span), and how many others are left out (`argkg.reports.dependencies.listed`)."""
    ordered: list[Assumption] = []
    for graph in graphs:
        sections = {s.id: s.ordinal for s in graph.of_type(Section)}
        raised = {rel.end: sections[rel.start] for rel in graph.relationships if rel.type is RelType.RAISES}
        ordered += sorted(
            graph.of_type(Assumption), key=lambda a: (raised.get(a.id, len(sections)), a.start or 0, a.id)
        )
    shown = [a for a in ordered if listed(found, a.id)]
    views = []
    for index, assumption in enumerate(shown, start=1):
        sides = found.sides.get(assumption.id)
        status = found.status.get(assumption.id)
        views.append(
            AssumptionView(
                id=assumption.id,
                key=f"A{index}",
                href=href(assumption.id) if assumption.start is not None else None,
                text=assumption.text,
                contested=sides is not None and sides.contested,
                supports=sides.supports if sides else assumption.supports,
                attacks=sides.attacks if sides else assumption.attacks,
                status_label=labels.status[status.value] if status is not None else None,
            )
        )
    return views, len(ordered) - len(shown)


def _evidence(
    graphs: Sequence[DocumentGraph], analysis: nx.MultiDiGraph, labels: Labels
) -> list[EvidenceGroup]:
    """Every number, grouped by kind (in the schema's order), with the claims that cite it."""
    citing: dict[str, list[EvidenceRow | None]] = defaultdict(list)
    for answer in queries.evidence(analysis):
        citing[answer.evidence_id].append(answer)
    claims = {c.id: c for g in graphs for c in g.of_type(Claim)}
    groups: dict[str, list[EvidenceTableRow]] = defaultdict(list)
    for graph in graphs:
        for node in sorted(graph.of_type(Evidence), key=_at):
            view = evidence_view(node, labels)
            for row in citing.get(node.id) or [None]:
                claim = claims.get(row.claim_id) if row else None
                groups[node.kind.value].append(
                    EvidenceTableRow(
                        evidence=view,
                        claim_text=claim.text if claim else None,
                        claim_href=href(claim.id) if claim else None,
                        stance_label=labels.stance.get(row.stance, row.stance) if row else None,
                    )
                )
    return [
        EvidenceGroup(kind=kind.value, kind_label=labels.kind[kind.value], rows=groups[kind.value])
        for kind in EvidenceKind
        if groups.get(kind.value)
    ]
