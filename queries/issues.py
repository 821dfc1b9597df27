"""Issues across sources: which documents argue each shared issue, on which side, with what.

A document argues a shared `Issue` through an ON_ISSUE edge from its debate assumption (the
claims that SUPPORT or ATTACK the assumption argue the issue) or from its thesis claim (which
argues it itself); the edge's ``polarity`` is ``deny`` when that proposition says the opposite
of the issue's wording, and then every side read through it is reversed. The Document's own
ON_ISSUE edge carries its stance over all of that (written at ingest, `argkg.ingest.linking`).

`assumption_sources` gives the per-source breakdown that contested, cruxes, depends and whatif
show beside each assumption: through its shared issue, every source that argues it.

Not checked: a claim that argues an issue in two documents (a restatement) counts once per
document, as each document makes it.
"""

from collections import Counter
from collections.abc import Collection, Iterator
from typing import Any

import networkx as nx

from argkg.gcpause import pausing_cycle_collection
from argkg.queries._graph import nodes_with_label, out_edges, sources
from argkg.queries.models import (
    AssumptionSources,
    IssueSources,
    SourceClaim,
    SourceOnIssue,
    SourceSide,
    SourceStance,
)
from argkg.schema import NodeLabel, RelType

__all__ = ["issues", "issue_sources", "arguing_claims", "assumption_sources", "sources_by_assumption"]


def arguing_claims(G: nx.MultiDiGraph, issue_id: str) -> Iterator[tuple[str, str, bool]]:
    """Yield ``(doc_id, claim_id, for the issue?)`` for every claim that argues ``issue_id``.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        The analysis graph.
    issue_id : str
        An Issue node of ``G``.

    Yields
    ------
    tuple
        The claim's document, the claim, and True when it argues for the issue's wording; in
        the order of the arguing nodes' ids, then the claims' ids.
    """
    for node in sources(G, issue_id, RelType.ON_ISSUE):
        data = G.nodes[node]
        if data["label"] == NodeLabel.DOCUMENT.value:
            continue
        deny = any(
            e.get("polarity") == "deny" for t, e in out_edges(G, node, RelType.ON_ISSUE) if t == issue_id
        )
        if data["label"] == NodeLabel.CLAIM.value:
            yield data["doc_id"], node, (data["stance"] == "pro") != deny
            continue
        for rel_type, side in ((RelType.SUPPORTS, True), (RelType.ATTACKS, False)):
            for claim in sources(G, node, rel_type):
                yield G.nodes[claim]["doc_id"], claim, side != deny


@pausing_cycle_collection
def issues(G: nx.MultiDiGraph) -> list[IssueSources]:
    """List every shared issue with the sources that argue it and the claims for and against.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        The analysis graph of the whole store.

    Returns
    -------
    list of IssueSources
        By issue id; ``sources`` by document id; ``supports``/``attacks`` count the distinct
        claims across all documents that argue for (against) the issue's wording.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("I", label="Issue", text="Cars should be banned", key="cars should be banned")
    >>> G.add_node("D", label="Document", doc_id="D", source="a.txt")
    >>> G.add_node("C", label="Claim", doc_id="D", stance="pro")
    >>> _ = G.add_edge("D", "I", key="e1", type="ON_ISSUE", stance="pro")
    >>> _ = G.add_edge("C", "I", key="e2", type="ON_ISSUE", polarity="affirm")
    >>> [(i.issue_id, i.sources[0].stance, i.supports, i.attacks) for i in issues(G)]
    [('I', 'pro', 1, 0)]
    """
    found = []
    for issue in nodes_with_label(G, NodeLabel.ISSUE):
        sides = {(claim, side) for _, claim, side in arguing_claims(G, issue)}
        found.append(
            IssueSources(
                issue_id=issue,
                text=G.nodes[issue]["text"],
                sources=_sources(G, issue),
                supports=sum(side for _, side in sides),
                attacks=sum(not side for _, side in sides),
            )
        )
    return found


def _sources(G: nx.MultiDiGraph, issue: str) -> list[SourceStance]:
    rows = []
    for doc in sources(G, issue, RelType.ON_ISSUE):
        data: dict[str, Any] = G.nodes[doc]
        if data["label"] != NodeLabel.DOCUMENT.value:
            continue
        stance = next(e["stance"] for t, e in out_edges(G, doc, RelType.ON_ISSUE) if t == issue)
        rows.append(SourceStance(doc_id=doc, source=data["source"], stance=stance))
    return rows


@pausing_cycle_collection
def issue_sources(G: nx.MultiDiGraph, issue_id: str) -> list[SourceOnIssue]:
    """Give each source's claims on one shared issue, with the numbers each claim cites.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        The analysis graph of the whole store.
    issue_id : str
        The issue (an id from `issues`).

    Returns
    -------
    list of SourceOnIssue
        One per source, by document id; its claims by claim id, each with its side (``for`` or
        ``against`` the issue's wording) and the surfaces of the numbers it and the claims that
        directly SUPPORT it cite.

    Raises
    ------
    KeyError
        If ``issue_id`` is no Issue of ``G``.
    """
    if G.nodes.get(issue_id, {}).get("label") != NodeLabel.ISSUE.value:
        raise KeyError(issue_id)
    claims: dict[str, list[SourceClaim]] = {}
    for doc, claim, side in sorted(set(arguing_claims(G, issue_id))):
        backing = [claim, *sources(G, claim, RelType.SUPPORTS)]
        cited = [G.nodes[e]["surface"] for c in backing for e, _ in out_edges(G, c, RelType.CITES)]
        text = G.nodes[claim]["text"]
        claims.setdefault(doc, []).append(
            SourceClaim(claim_id=claim, text=text, side="for" if side else "against", evidence=cited)
        )
    return [
        SourceOnIssue(**row.model_dump(), claims=claims.get(row.doc_id, [])) for row in _sources(G, issue_id)
    ]


_SWAP = {"pro": "con", "con": "pro"}


@pausing_cycle_collection
def assumption_sources(G: nx.MultiDiGraph) -> list[AssumptionSources]:
    """List every assumption with each source's stance on it and its claims for and against.

    The networkx twin of ``assumption_sources.cypher``; `sources_by_assumption` gives the same
    as a mapping, for the analyses that show it beside each assumption.

    >>> G = nx.MultiDiGraph()
    >>> G.add_node("A", label="Assumption", text="Prices fall")
    >>> assumption_sources(G)
    [AssumptionSources(assumption_id='A', sources=[])]
    """
    return [AssumptionSources(assumption_id=a, sources=rows) for a, rows in sources_by_assumption(G).items()]


@pausing_cycle_collection
def sources_by_assumption(
    G: nx.MultiDiGraph, assumptions: Collection[str] | None = None
) -> dict[str, list[SourceSide]]:
    """Return, for every assumption, each source's stance on it and its claims for and against.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        The analysis graph.
    assumptions : collection of str, optional
        Only these assumptions (the rows an analysis shows); every assumption when None.

    Returns
    -------
    dict
        Assumption id (in id order) -> one `SourceSide` per document, by document id. An assumption linked
        to a shared issue gets every document that argues the issue (its stance and the claims
        of `arguing_claims`), reversed when the assumption's ON_ISSUE polarity is ``deny``; any
        other assumption gets its own document, with the claims that directly SUPPORT and
        ATTACK it (stance pro, con, mixed or neutral from them).

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("D", label="Document", doc_id="D", source="a.txt")
    >>> G.add_node("A", label="Assumption", doc_id="D", text="Prices fall")
    >>> G.add_node("C", label="Claim", doc_id="D", stance="con")
    >>> _ = G.add_edge("C", "A", key="r1", type="ATTACKS")
    >>> [(s.source, s.stance, s.supports, s.attacks) for s in sources_by_assumption(G)["A"]]
    [('a.txt', 'con', 0, 1)]
    """
    found: dict[str, list[SourceSide]] = {}
    by_issue: dict[str, list[SourceSide]] = {}
    wanted = nodes_with_label(G, NodeLabel.ASSUMPTION) if assumptions is None else sorted(assumptions)
    for a in wanted:
        linked = list(out_edges(G, a, RelType.ON_ISSUE))
        if not linked:
            found[a] = _own(G, a)
            continue
        issue, edge = linked[0]
        if issue not in by_issue:
            by_issue[issue] = _on_issue(G, issue)
        rows = by_issue[issue]
        if edge.get("polarity") == "deny":
            rows = [
                row.model_copy(
                    update={
                        "stance": _SWAP.get(row.stance, row.stance),
                        "supports": row.attacks,
                        "attacks": row.supports,
                    }
                )
                for row in rows
            ]
        found[a] = rows
    return found


def _on_issue(G: nx.MultiDiGraph, issue: str) -> list[SourceSide]:
    """Each document arguing ``issue``, with its claims for and against (one pass over them)."""
    counts: Counter[tuple[str, bool]] = Counter((doc, side) for doc, _, side in set(arguing_claims(G, issue)))
    return [
        SourceSide(**row.model_dump(), supports=counts[row.doc_id, True], attacks=counts[row.doc_id, False])
        for row in _sources(G, issue)
    ]


def _own(G: nx.MultiDiGraph, a: str) -> list[SourceSide]:
    """The assumption's own document (none when the graph does not say which it is)."""
    doc = G.nodes[a].get("doc_id")
    if doc is None:
        return []
    backing: dict[str, set[str]] = {RelType.SUPPORTS.value: set(), RelType.ATTACKS.value: set()}
    for start, keyed in G.pred[a].items():  # one pass over its incoming edges, no edge views
        for data in keyed.values():
            backing.get(data["type"], set()).add(start)
    pro, con = len(backing[RelType.SUPPORTS.value]), len(backing[RelType.ATTACKS.value])
    stance = "mixed" if pro and con else "pro" if pro else "con" if con else "neutral"
    source = G.nodes[doc]["source"] if doc in G else doc
    return [SourceSide(doc_id=doc, source=source, stance=stance, supports=pro, attacks=con)]
