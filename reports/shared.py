"""The report's opening part when it covers several documents: the issues they share.

For each issue that two or more sources argue (`argkg.queries.issues`): which sources take
which side, the claims each side makes with the numbers they cite and the source of each
(`argkg.queries.issue_sources`), and the claims two sources that argue the issue both make
(the stored RESTATES edges, `argkg.queries.restated`; a thesis or any claim that backs one, such
as a fact both cite): agreeing when the two take the same side of the issue (a claim's own side
when it argues the issue, else its source's stance), disagreeing otherwise (two sources citing
one fact for opposite sides), each with how many sources make that claim ("argued by N
sources": the documents of its RESTATES cluster), which each side's claim also shows. Issues
argued by more sources come first.
"""

from collections.abc import Sequence
from pathlib import Path

import networkx as nx

from argkg import queries
from argkg.reports.debate import href
from argkg.reports.labels import Labels
from argkg.reports.models import IssueSideView, RestatedView, RestatedWording, SharedIssueView, SideClaimView
from argkg.schema import DocumentGraph, IssueStance

__all__ = ["shared_issues"]

_SIDES = (IssueStance.PRO, IssueStance.CON, IssueStance.MIXED, IssueStance.NEUTRAL)
_SIDE_WORD = {IssueStance.PRO.value: "for", IssueStance.CON.value: "against"}


def _restated_views(
    restated: Sequence[queries.Restatement],
    arguing: set[str],
    side_of: dict[str, str | None],
    G: nx.MultiDiGraph,  # noqa: N803 (networkx's name for the graph)
    names: dict[str, str],
    labels: Labels,
) -> list[RestatedView]:
    """One view per RESTATES cluster that two sources arguing the issue share: each source's
    wording with its side (a claim's own side when it argues the issue, else its source's), and
    whether all of them take one side."""
    members: dict[str, set[tuple[str, str]]] = {}
    sources: dict[str, int] = {}
    for r in restated:
        if r.doc_id in arguing and r.other_doc_id in arguing:
            members.setdefault(r.cluster, set()).update(
                {(r.claim_id, r.doc_id), (r.other_id, r.other_doc_id)}
            )
            sources[r.cluster] = r.sources
    word = {"for": labels.text["stance_pro"], "against": labels.text["stance_con"]}
    views = []
    for cluster, claims in sorted(members.items()):
        sides = {claim: side_of.get(claim) or side_of.get(doc) for claim, doc in claims}
        wordings = sorted(
            (
                RestatedWording(
                    text=G.nodes[claim]["text"], source=names[doc], side=word.get(sides[claim] or "", "")
                )
                for claim, doc in claims
            ),
            key=lambda w: (w.source, w.text),
        )
        agree = None not in sides.values() and len(set(sides.values())) == 1
        views.append(RestatedView(agree=agree, sources=sources[cluster], wordings=wordings))
    return views


def shared_issues(
    graphs: Sequence[DocumentGraph],
    G: nx.MultiDiGraph,  # noqa: N803 (networkx's name for the graph)
    labels: Labels,
) -> list[SharedIssueView]:
    """Return the issues two or more of ``graphs`` argue (none for a single document)."""
    if len(graphs) < 2:
        return []
    names = {g.document.id: g.document.title or Path(g.document.source).name for g in graphs}
    restated = queries.restated(G)
    clusters = queries.restated_clusters(G)
    views = []
    for issue in queries.issues(G):
        if len(issue.sources) < 2:  # an issue one source argues is in that document's own part
            continue
        rows = queries.issue_sources(G, issue.issue_id)
        arguing = {row.doc_id for row in rows}
        side_of = {row.doc_id: _SIDE_WORD.get(row.stance) for row in rows}
        side_of |= {c.claim_id: c.side for row in rows for c in row.claims}
        sides = []
        for stance in _SIDES:
            taking = [row for row in rows if row.stance == stance.value]
            if not taking:
                continue
            claims = [
                SideClaimView(
                    text=c.text,
                    href=href(c.claim_id),
                    source=names[row.doc_id],
                    evidence=c.evidence,
                    argued_by=clusters.get(c.claim_id, ("", 0))[1],
                )
                for row in taking
                for c in row.claims
            ]
            label = labels.text[f"stance_{stance.value}"]
            sides.append(
                IssueSideView(
                    stance=stance.value, label=label, sources=[names[r.doc_id] for r in taking], claims=claims
                )
            )
        views.append(
            SharedIssueView(
                id=issue.issue_id,
                text=issue.text,
                supports=issue.supports,
                attacks=issue.attacks,
                sides=sides,
                restated=_restated_views(restated, arguing, side_of, G, names, labels),
            )
        )
    views.sort(key=lambda view: (-sum(len(side.sources) for side in view.sides), view.id))
    return views
