"""Flat tables over the graph: the numbers claims cite, and each debate's pro/con balance.

Both are plain joins, so their Cypher twins (``evidence.cypher``, ``balance.cypher``) say the
same thing in one MATCH each.
"""

import networkx as nx

from argkg.queries._graph import edges_of_type, nodes_with_label
from argkg.queries.models import EvidenceRow, SectionBalance
from argkg.schema import NodeLabel, RelType, SectionKind, Stance

__all__ = ["evidence", "balance"]


def evidence(G: nx.MultiDiGraph) -> list[EvidenceRow]:
    """Return one row per (claim, number it cites), with the claim's stance.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        The analysis graph.

    Returns
    -------
    list of EvidenceRow
        Sorted by evidence id, then claim id. A number no claim cites is not listed.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("K", label="Claim", stance="pro")
    >>> G.add_node("E", label="Evidence", surface="70%", value=0.7, unit="percent", kind="probability")
    >>> _ = G.add_edge("K", "E", key="r1", type="CITES")
    >>> evidence(G)  # doctest: +NORMALIZE_WHITESPACE
    [EvidenceRow(evidence_id='E', surface='70%', value=0.7, unit='percent', kind='probability',
                 claim_id='K', stance='pro')]

    Notes
    -----
    A number several claims cite gets one row per claim, so pro and con uses of the same figure
    both show.
    """
    rows = []
    cites = {
        (claim, found)
        for claim, found, _ in edges_of_type(G, RelType.CITES)[RelType.CITES]
        if G.nodes[claim]["label"] == NodeLabel.CLAIM.value  # a conclusion's number takes no side
    }
    for claim, found in cites:
        number = G.nodes[found]
        rows.append(
            EvidenceRow(
                evidence_id=found,
                surface=number["surface"],
                value=number["value"],
                unit=number["unit"],
                kind=number["kind"],
                claim_id=claim,
                stance=G.nodes[claim]["stance"],
            )
        )
    return sorted(rows, key=lambda row: (row.evidence_id, row.claim_id))


def balance(G: nx.MultiDiGraph) -> list[SectionBalance]:
    """Count the pro and con claims each debated section contains.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        The analysis graph.

    Returns
    -------
    list of SectionBalance
        One per section of kind ``debate`` (including one without claims), in reading order:
        by document id, then ordinal, then section id. Neutral claims are not counted.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("S", label="Section", kind="debate", title="Q?", ordinal=1, doc_id="D")
    >>> G.add_node("K1", label="Claim", stance="pro"); G.add_node("K2", label="Claim", stance="pro")
    >>> _ = G.add_edge("S", "K1", key="r1", type="CONTAINS")
    >>> _ = G.add_edge("S", "K2", key="r2", type="CONTAINS")
    >>> balance(G)
    [SectionBalance(section_id='S', title='Q?', pro=2, con=0)]

    Notes
    -----
    Counts claims, not arguments: a long position with many premises weighs more than a short
    one. It shows how much each side says, not who is right.
    """
    sections = nodes_with_label(G, NodeLabel.SECTION)
    debates = [section for section in sections if G.nodes[section]["kind"] == SectionKind.DEBATE]
    debates.sort(key=lambda section: (G.nodes[section]["doc_id"], G.nodes[section]["ordinal"], section))
    contained: dict[str, set[str]] = {section: set() for section in debates}
    for section, node, _ in edges_of_type(G, RelType.CONTAINS)[RelType.CONTAINS]:
        if section in contained and G.nodes[node]["label"] == NodeLabel.CLAIM:
            contained[section].add(node)
    rows = []
    for section in debates:
        stances = [G.nodes[node]["stance"] for node in contained[section]]
        rows.append(
            SectionBalance(
                section_id=section,
                title=G.nodes[section]["title"],
                pro=stances.count(Stance.PRO),
                con=stances.count(Stance.CON),
            )
        )
    return rows
