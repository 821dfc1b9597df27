"""The report's view model: everything a template prints, already chosen, ordered and worded.

Templates only lay these out; every decision (which claims form a position, which cells of the
matrix are critical, how a number and its unit read) is made in `argkg.reports.view` and held
here, so the HTML and Markdown reports cannot disagree. ``href`` fields are links to a quote in
the source text (``#q-<node id>``), None when the node quotes nothing.
"""

from typing import Literal

from pydantic import BaseModel, ConfigDict

from argkg.reports.labels import Labels
from argkg.reports.picture import Picture
from argkg.reports.provenance import Paragraph

__all__ = [
    "EvidenceView",
    "NoteView",
    "ClaimView",
    "PositionView",
    "SectionView",
    "AssumptionView",
    "ConclusionView",
    "CellState",
    "Needs",
    "Cell",
    "MatrixRow",
    "MatrixBlock",
    "CruxView",
    "WhatIfState",
    "WhatIfRow",
    "WhatIfBlock",
    "EvidenceTableRow",
    "EvidenceGroup",
    "DocumentView",
    "SideClaimView",
    "IssueSideView",
    "RestatedView",
    "RestatedWording",
    "SharedIssueView",
    "ReportView",
]


class _View(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class EvidenceView(_View):
    """A number: as written, normalised with its unit (``quantity``), and what it measures."""

    id: str
    href: str
    surface: str
    value: float
    quantity: str
    kind: str
    kind_label: str
    subject: str | None
    approximate: bool


class NoteView(_View):
    """A note shown beside the claim it annotates."""

    id: str
    href: str
    text: str


class ClaimView(_View):
    """A claim with the numbers it cites and the notes on it."""

    id: str
    href: str
    text: str
    stance: str
    stance_label: str
    role: str
    role_label: str
    evidence: list[EvidenceView]
    notes: list[NoteView]


class PositionView(_View):
    """One side's stance-marked block inside a debated section; ``number`` counts from 1 per side."""

    stance: str
    stance_label: str
    number: int
    claims: list[ClaimView]


class SectionView(_View):
    """A debated section: its question and the two sides' positions.

    Attributes:
        anchor: the HTML id of the section's part of the report.
        question: the question as written, or the text of the assumption the section raises.
        question_href: the quote of that assumption, when it has one.
        pro, con: claims per stance (`argkg.queries.balance`).
        other: claims of the section outside any side's position.
    """

    id: str
    anchor: str
    title: str
    question: str | None
    question_href: str | None
    pro: int
    con: int
    pro_positions: list[PositionView]
    con_positions: list[PositionView]
    other: list[ClaimView]


class AssumptionView(_View):
    """An assumption with its key (``A1``...) and the analyses' verdicts on it."""

    id: str
    key: str
    href: str | None
    text: str
    contested: bool
    supports: int | None
    attacks: int | None
    status_label: str | None


class ConclusionView(_View):
    """A conclusion with its key (``C1``...) and stated credence."""

    id: str
    key: str
    href: str
    text: str
    credence: float | None


#: A matrix cell: the conclusion does not rest on the assumption, rests on it, or cannot do without it.
CellState = Literal["none", "depends", "critical"]
#: The answer to the question a conclusion needs: yes, no, or each in a different alternative.
Needs = Literal["yes", "no", "either"]


class Cell(_View):
    """One cell of the conclusions × assumptions matrix: whether and how the conclusion needs it.

    Attributes:
        needs: the answer needed (None when the conclusion does not rest on the assumption).
        needs_label: ``needs`` in the report's language.
        basis_label: why the dependency holds, in the report's language.
    """

    state: CellState
    needs: Needs | None
    needs_label: str | None
    basis_label: str | None


class MatrixRow(_View):
    """A conclusion's row of the matrix, one cell per matrix column."""

    conclusion: ConclusionView
    cells: list[Cell]


class MatrixBlock(_View):
    """The matrix of one group of documents: its columns and its conclusions' rows.

    Attributes:
        title: the documents' titles, when the report has several blocks.
        columns: the assumptions the block's conclusions rest on, the splitting cruxes first.
    """

    title: str | None
    columns: list[AssumptionView]
    rows: list[MatrixRow]


class CruxView(_View):
    """A ranked crux and the keys of the conclusions that need it answered yes and no.

    Attributes:
        splits: some conclusions need yes and others no (such cruxes rank first).
        needs_yes, needs_no: keys of the conclusions it is critical for, by the answer they need.
    """

    rank: int
    assumption: AssumptionView
    score: float
    splits: bool
    needs_yes: list[str]
    needs_no: list[str]


#: A conclusion under one crux answered alone: which answer leaves it without support.
WhatIfState = Literal["stands", "falls_if_no", "falls_if_yes", "falls"]


class WhatIfRow(_View):
    """A conclusion and, per crux of its block (same order), which answer fells it."""

    conclusion: ConclusionView
    cells: list[WhatIfState]


class EvidenceTableRow(_View):
    """A row of the evidence table: a number and the claim citing it, if any."""

    evidence: EvidenceView
    claim_text: str | None
    claim_href: str | None
    stance_label: str | None


class EvidenceGroup(_View):
    """The evidence table's rows of one kind."""

    kind: str
    kind_label: str
    rows: list[EvidenceTableRow]


class WhatIfBlock(_View):
    """The what-if table of one group of documents: its cruxes (the columns) and conclusions."""

    title: str | None
    cruxes: list[CruxView]
    rows: list[WhatIfRow]


class DocumentView(_View):
    """A document: what it is, its size, and its text cut into marked paragraphs."""

    id: str
    title: str
    source: str
    lang: str
    language_label: str
    sections: int
    claims: int
    evidence: int
    conclusions: int
    paragraphs: list[Paragraph]


class SideClaimView(_View):
    """A claim one source makes on a shared issue, with the numbers it rests on."""

    text: str
    href: str | None
    source: str
    evidence: list[str]
    argued_by: int = 0  # how many sources make this claim (RESTATES cluster), 0 when only this one


class IssueSideView(_View):
    """One side of a shared issue: its word, the sources that take it, the claims they make."""

    stance: str
    label: str
    sources: list[str]
    claims: list[SideClaimView]


class RestatedWording(_View):
    """One source's wording of a claim several sources make, and the side it takes
    (``stance_pro``/``stance_con`` label; empty when it takes none)."""

    text: str
    source: str
    side: str


class RestatedView(_View):
    """A claim several sources make (one RESTATES cluster): each source's wording and side, whether
    they all take one side (``agree``), and how many sources make it in all (``sources``)."""

    agree: bool
    sources: int
    wordings: list[RestatedWording]


class SharedIssueView(_View):
    """A debated question several sources argue, side by side."""

    id: str
    text: str
    supports: int
    attacks: int
    sides: list[IssueSideView]
    restated: list[RestatedView]


class ReportView(_View):
    """Everything one report shows, in the report's language.

    Attributes:
        lang: the report's language (that of the first document).
        labels: the words of that language.
        title: the report's heading.
        assumptions: the assumptions some conclusion rests on or some claim argues about.
        unlisted_assumptions: how many other assumptions the graph holds (counted, not listed).
        unanalysed: keys of the conclusions whose label grew past ``max_environments``: they are
            left out of the matrix, the cruxes and the what-if table.
        matrix: the conclusions × assumptions matrix, a block per group of documents that share
            an assumption (`argkg.reports.dependencies.blocks`).
        whatif: what falls on either answer to each crux, in the same blocks.
        picture: the argument graph, None when there is nothing to draw.
        shared_issues: the issues the sources argue, when the report covers several documents.
    """

    lang: str
    labels: Labels
    title: str
    documents: list[DocumentView]
    sections: list[SectionView]
    conclusions: list[ConclusionView]
    assumptions: list[AssumptionView]
    unlisted_assumptions: int
    unanalysed: list[str]
    max_environments: int
    matrix: list[MatrixBlock]
    cruxes: list[CruxView]
    whatif: list[WhatIfBlock]
    evidence: list[EvidenceGroup]
    picture: Picture | None
    shared_issues: list[SharedIssueView] = []
