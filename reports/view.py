"""Build a report's view model from the document graphs and the analyses of the analysis graph.

The structure of each debate (sections, positions, claims, notes, numbers) comes from the typed
`DocumentGraph`s (`argkg.reports.debate`); the verdicts (what each conclusion rests on, which
assumptions are contested or critical, the cruxes, what falls if a crux is rejected, the
evidence rows, the pro/con balance) come from `argkg.queries` over the analysis graph ``G``, so a
report shows exactly what ``argkg query`` answers. Assumptions get keys ``A1``, ``A2``... and
conclusions ``C1``, ``C2``... in document order; the matrix, the cruxes and the picture use them.
"""

from collections import defaultdict
from collections.abc import Sequence

import networkx as nx

from argkg import queries
from argkg.queries import EvidenceRow
from argkg.reports.debate import debated_sections, document_view, evidence_view, href
from argkg.reports.labels import Labels, load_labels
from argkg.reports.models import (
    AssumptionView,
    Cell,
    CellState,
    ConclusionView,
    CruxView,
    EvidenceGroup,
    EvidenceTableRow,
    MatrixRow,
    ReportView,
    WhatIfRow,
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
) -> ReportView:
    """Gather everything a report of ``graphs`` shows.

    Args:
        graphs: the document graphs, in the order the report lists them.
        G: the analysis graph of the same documents (`argkg.graph.graphs_to_networkx`).
        lang: the report's language; by default the first document's (English if none).

    Returns:
        The view model the templates render.

    Raises:
        InputError: ``lang`` is not a language argkg reads.
    """
    chosen = lang or (graphs[0].document.lang if graphs else Lang.EN)
    labels = load_labels(chosen)
    assumptions = _assumptions(graphs, G, labels)
    conclusions = [
        ConclusionView(id=c.id, key=f"C{i}", href=href(c.id), text=c.text, credence=c.credence)
        for i, c in enumerate((c for g in graphs for c in sorted(g.of_type(Conclusion), key=_at)), start=1)
    ]
    keys = {a.id: a.key for a in assumptions} | {c.id: c.key for c in conclusions}
    balance = {row.section_id: row for row in queries.balance(G)}
    texts = {a.id: a.text for a in assumptions}
    columns, matrix = _matrix(G, assumptions, conclusions, labels)
    cruxes = _cruxes(G, assumptions, conclusions)
    return ReportView(
        lang=Lang(chosen).value,
        labels=labels,
        title=_title(graphs, labels),
        documents=[document_view(g, labels, keys) for g in graphs],
        sections=[s for g in graphs for s in debated_sections(g, labels, balance, texts)],
        conclusions=conclusions,
        assumptions=assumptions,
        matrix_columns=columns,
        matrix=matrix,
        cruxes=cruxes,
        whatif=_whatif(G, cruxes, conclusions),
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
    graphs: Sequence[DocumentGraph], analysis: nx.MultiDiGraph, labels: Labels
) -> list[AssumptionView]:
    """Every assumption, keyed in document order: by the section raising it, then by its span."""
    contested = {row.assumption_id: row for row in queries.contested(analysis)}
    status = queries.grounded(analysis)
    ordered: list[Assumption] = []
    for graph in graphs:
        sections = {s.id: s.ordinal for s in graph.of_type(Section)}
        raised = {rel.end: sections[rel.start] for rel in graph.relationships if rel.type is RelType.RAISES}
        ordered += sorted(
            graph.of_type(Assumption), key=lambda a: (raised.get(a.id, len(sections)), a.start or 0, a.id)
        )
    views = []
    for index, assumption in enumerate(ordered, start=1):
        row = contested.get(assumption.id)
        found = status.get(assumption.id)
        views.append(
            AssumptionView(
                id=assumption.id,
                key=f"A{index}",
                href=href(assumption.id) if assumption.start is not None else None,
                text=assumption.text,
                contested=row is not None,
                supports=row.supports if row else assumption.supports,
                attacks=row.attacks if row else assumption.attacks,
                status_label=labels.status[found.value] if found is not None else None,
            )
        )
    return views


def _matrix(
    analysis: nx.MultiDiGraph,
    assumptions: list[AssumptionView],
    conclusions: list[ConclusionView],
    labels: Labels,
) -> tuple[list[AssumptionView], list[MatrixRow]]:
    """The conclusions × assumptions matrix; columns are the assumptions some conclusion rests on."""
    rests: dict[str, dict[str, str]] = {
        row.conclusion_id: {a.assumption_id: a.basis for a in row.assumptions}
        for row in queries.depends(analysis)
    }
    critical = {(pair.conclusion_id, pair.assumption_id) for pair in queries.critical(analysis)}
    used = {a for by_assumption in rests.values() for a in by_assumption}
    columns = [a for a in assumptions if a.id in used]
    rows = []
    for conclusion in conclusions:
        bases = rests.get(conclusion.id, {})
        cells = []
        for assumption in columns:
            basis = bases.get(assumption.id)
            state: CellState = "none" if basis is None else "depends"
            if (conclusion.id, assumption.id) in critical:
                state = "critical"
            cells.append(Cell(state=state, basis_label=labels.basis.get(basis, basis) if basis else None))
        rows.append(MatrixRow(conclusion=conclusion, cells=cells))
    return columns, rows


def _cruxes(
    analysis: nx.MultiDiGraph, assumptions: list[AssumptionView], conclusions: list[ConclusionView]
) -> list[CruxView]:
    """The ranked cruxes; each lists the keys of its conclusions in report order."""
    by_id = {a.id: a for a in assumptions}
    keys = {c.id: c.key for c in conclusions}
    rank_of = {c.id: index for index, c in enumerate(conclusions)}
    return [
        CruxView(
            rank=rank,
            assumption=by_id[crux.assumption_id],
            score=crux.score,
            conclusions=[keys[c] for c in sorted(crux.conclusions, key=rank_of.__getitem__)],
        )
        for rank, crux in enumerate(queries.cruxes(analysis), start=1)
    ]


def _whatif(
    analysis: nx.MultiDiGraph, cruxes: list[CruxView], conclusions: list[ConclusionView]
) -> list[WhatIfRow]:
    """For each conclusion, whether it falls when each crux alone is rejected."""
    falls = [set(queries.whatif(analysis, reject=[crux.assumption.id]).falls) for crux in cruxes]
    return (
        [WhatIfRow(conclusion=c, falls=[c.id in fallen for fallen in falls]) for c in conclusions]
        if cruxes
        else []
    )


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
