"""The report's dependency part: which assumptions it lists, the matrix, the cruxes, what-if.

Every answer comes from `argkg.queries` over the analysis graph, computed once per report
(`Analyses`): the labels are shared by ``depends``, ``critical`` and ``cruxes``, and the what-if
table is read off the labels (a conclusion falls when a crux is answered one way alone iff the
other answer's literal is in every one of its environments), so the report never reruns what-if
over the whole graph, once per crux.

The report lists the assumptions that some conclusion rests on or some claim argues about; the
others stay in the graph and are counted. The matrix and the what-if table come in blocks, one
per weakly connected component of documents, conclusions and the assumptions they rest on (a
document, or documents sharing an assumption), so they grow with the corpus, not with its
square. In a block, the columns put the splitting cruxes first (in crux order), then the other
assumptions its conclusions rest on, in key order; rows are sorted by what they need of those
columns in order (critical yes, critical no, rests on yes, no, either, none), then by key, so
the conclusions the top crux splits come first, those needing yes above those needing no.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import networkx as nx

from argkg import queries
from argkg.queries import ConclusionDependencies, Crux, Cut, Labelling, Lit
from argkg.queries.contest import Sides, side_counts
from argkg.reports.labels import Labels
from argkg.reports.models import (
    AssumptionView,
    Cell,
    CellState,
    ConclusionView,
    CruxView,
    MatrixBlock,
    MatrixRow,
    Needs,
    WhatIfBlock,
    WhatIfRow,
    WhatIfState,
)
from argkg.schema import GroundedStatus, Polarity, RelType

__all__ = ["Analyses", "analyses", "listed", "blocks", "crux_views"]

_YES, _NO = Polarity.AFFIRM, Polarity.DENY


@dataclass(frozen=True)
class Analyses:
    """The analyses a report shows, each computed once over the analysis graph."""

    labelled: Labelling
    cut: Cut
    rested_on: frozenset[str]
    sides: Mapping[str, Sides]
    status: Mapping[str, GroundedStatus]
    depends: list[ConclusionDependencies]
    critical: frozenset[tuple[str, Lit]]
    cruxes: list[Crux]


def analyses(
    G: nx.MultiDiGraph,  # noqa: N803 (networkx's name for the graph)
    *,
    max_environments: int = queries.MAX_ENVIRONMENTS,
) -> Analyses:
    """Run the analyses the report needs over ``G``, sharing the labels between them.

    A conclusion whose label grows past ``max_environments`` is left out of the dependency
    analyses and named in ``cut`` (`argkg.queries.bounded_labels`), so the report says so and
    shows the rest.
    """
    edges = queries.edges_of_type(G, RelType.DEPENDS_ON, RelType.SUPPORTS, RelType.ATTACKS)
    labelled, cut = queries.bounded_labels(G, max_environments=max_environments, edges=edges)
    pairs = queries.critical(G, labelled=labelled)
    return Analyses(
        labelled=labelled,
        cut=cut,
        rested_on=frozenset(lit.assumption for label in labelled.values() for env in label for lit in env),
        sides=side_counts(G, edges=edges),
        status=queries.grounded(G),
        depends=queries.depends(G, labelled=labelled),
        critical=frozenset((p.conclusion_id, Lit(p.assumption_id, p.polarity)) for p in pairs),
        cruxes=queries.cruxes(G, labelled=labelled),
    )


def listed(found: Analyses, assumption_id: str) -> bool:
    """Whether the report lists an assumption: some conclusion rests on it or a claim argues it."""
    sides = found.sides.get(assumption_id)
    argued = sides is not None and (sides.supports > 0 or sides.attacks > 0)
    return argued or assumption_id in found.rested_on


def blocks(
    found: Analyses,
    assumptions: Sequence[AssumptionView],
    conclusions: Sequence[ConclusionView],
    cruxes: Sequence[CruxView],
    document_of: Mapping[str, tuple[str, str]],
    labels: Labels,
) -> tuple[list[MatrixBlock], list[WhatIfBlock]]:
    """The matrix and the what-if table, one block per group of documents sharing an assumption.

    Args:
        found: the analyses.
        assumptions, conclusions, cruxes: as the report lists them.
        document_of: each conclusion's document (id and title), by conclusion id.
        labels: the report's words.

    Returns:
        The matrix blocks and the what-if blocks (a what-if block for each matrix block that has
        a crux), in the order of their first conclusion; a block has a title (its documents'
        titles) only when there are several.
    """
    needs: dict[str, dict[str, dict[Polarity, str]]] = {}
    for row in found.depends:
        by_assumption = needs.setdefault(row.conclusion_id, {})
        for entry in row.assumptions:
            by_assumption.setdefault(entry.assumption_id, {})[entry.polarity or _YES] = entry.basis
    groups = _groups(conclusions, needs, document_of)
    block_of = {a: index for index, group in enumerate(groups) for c in group for a in needs.get(c.id, {})}
    cruxes_of: list[list[CruxView]] = [[] for _ in groups]
    for crux in cruxes:
        cruxes_of[block_of[crux.assumption.id]].append(crux)
    splitting = {crux.assumption.id: crux.rank for crux in cruxes if crux.splits}
    position = {a.id: index for index, a in enumerate(assumptions)}
    by_id = {a.id: a for a in assumptions}
    matrices, tables = [], []
    for every, group_cruxes in zip(groups, cruxes_of, strict=True):
        group = [c for c in every if c.id in found.labelled]
        titles = dict.fromkeys(document_of[c.id][1] for c in every)
        title = " · ".join(titles) if len(groups) > 1 else None
        used = {a for c in group for a in needs.get(c.id, {})}
        columns = sorted(
            (by_id[a] for a in used), key=lambda a: (splitting.get(a.id, len(position)), position[a.id])
        )
        if columns:
            rows = [
                MatrixRow(
                    conclusion=c,
                    cells=[_cell(found, c.id, a.id, needs[c.id].get(a.id, {}), labels) for a in columns],
                )
                for c in group
            ]
            rows.sort(key=lambda row: [_CELL_ORDER[(cell.state, cell.needs)] for cell in row.cells])
            matrices.append(MatrixBlock(title=title, columns=columns, rows=rows))
        if group_cruxes:
            table = [
                WhatIfRow(
                    conclusion=c,
                    cells=[_answered(found.labelled[c.id], x.assumption.id) for x in group_cruxes],
                )
                for c in group
            ]
            tables.append(WhatIfBlock(title=title, cruxes=group_cruxes, rows=table))
    return matrices, tables


def _groups(
    conclusions: Sequence[ConclusionView],
    needs: Mapping[str, Mapping[str, object]],
    document_of: Mapping[str, tuple[str, str]],
) -> list[list[ConclusionView]]:
    """Conclusions grouped by weakly connected component of (document, conclusion, assumption).

    The conclusions of one document stay together, and documents that share an assumption join;
    so the matrix of a corpus is a block per document, not one square of every conclusion
    against every assumption.
    """
    parent: dict[str, str] = {}

    def root(node: str) -> str:
        while parent.setdefault(node, node) != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for c in conclusions:
        for other in ["document " + document_of[c.id][0], *needs.get(c.id, {})]:
            parent[root(c.id)] = root(other)
    grouped: dict[str, list[ConclusionView]] = {}
    for c in conclusions:
        grouped.setdefault(root(c.id), []).append(c)
    return list(grouped.values())


#: Row order inside the matrix: critical yes, critical no, rests on yes, on no, on either, none.
_CELL_ORDER: dict[tuple[CellState, Needs | None], int] = {
    ("critical", "yes"): 0,
    ("critical", "no"): 1,
    ("depends", "yes"): 2,
    ("depends", "no"): 3,
    ("depends", "either"): 4,
    ("none", None): 5,
}


def _cell(found: Analyses, conclusion: str, a: str, bases: dict[Polarity, str], labels: Labels) -> Cell:
    if not bases:
        return Cell(state="none", needs=None, needs_label=None, basis_label=None)
    need: Needs = "either" if len(bases) == 2 else ("yes" if _YES in bases else "no")
    critical = any((conclusion, Lit(a, polarity)) in found.critical for polarity in bases)
    basis = bases[min(bases)]
    return Cell(
        state="critical" if critical else "depends",
        needs=need,
        needs_label=labels.text[f"needs_{need}"],
        basis_label=labels.basis.get(basis, basis),
    )


def crux_views(
    found: Analyses, assumptions: Sequence[AssumptionView], conclusions: Sequence[ConclusionView]
) -> list[CruxView]:
    """The ranked cruxes; each names, by key in report order, the conclusions needing yes and no."""
    by_id = {a.id: a for a in assumptions}
    keys = {c.id: c.key for c in conclusions}
    rank_of = {c.id: index for index, c in enumerate(conclusions)}

    def ordered(ids: list[str]) -> list[str]:
        return [keys[c] for c in sorted(ids, key=rank_of.__getitem__)]

    return [
        CruxView(
            rank=rank,
            assumption=by_id[crux.assumption_id],
            score=crux.score,
            splits=bool(crux.splits.affirm and crux.splits.deny),
            needs_yes=ordered(crux.splits.affirm),
            needs_no=ordered(crux.splits.deny),
        )
        for rank, crux in enumerate(found.cruxes, start=1)
    ]


def _answered(label: list[frozenset[Lit]], a: str) -> WhatIfState:
    """Read `argkg.queries.whatif` for ``a`` rejected alone and accepted alone off one label."""
    if not label:
        return "falls"
    if all(Lit(a, _YES) in env for env in label):
        return "falls_if_no"
    if all(Lit(a, _NO) in env for env in label):
        return "falls_if_yes"
    return "stands"
