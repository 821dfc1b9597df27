"""What each conclusion rests on, explained, and which questions split the conclusions.

`depends` lists the literals of each conclusion's label (an assumption and the answer needed)
with the DEPENDS_ON chain that reaches each one; `cruxes` ranks assumptions by whether their
answer splits the conclusions (some need yes, others no), then by the conclusions they are
critical for, weighted by how contested they are. Both build on `argkg.queries.atms` and
`argkg.queries.contest`; SEMANTICS.md states the rules.
"""

from collections import deque
from typing import Any

import networkx as nx

from argkg.gcpause import pausing_cycle_collection
from argkg.queries._graph import Edge, edges_of_type
from argkg.queries.atms import Labelling, Lit, critical, edge_polarity, labels
from argkg.queries.contest import Sides, side_counts
from argkg.queries.issues import sources_by_assumption
from argkg.queries.models import AssumptionDependency, ConclusionDependencies, Crux, SourceSide, Splits
from argkg.schema import NodeLabel, Polarity, RelType

__all__ = ["depends", "cruxes", "crux_weight"]


@pausing_cycle_collection
def depends(G: nx.MultiDiGraph, *, labelled: Labelling | None = None) -> list[ConclusionDependencies]:
    """Return every conclusion with the literals it rests on and the path to each.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        The analysis graph.
    labelled : mapping of str to list of environments, optional
        ``labels(G)``, when the caller has it already (it is computed otherwise).

    Returns
    -------
    list of ConclusionDependencies
        One per conclusion, by conclusion id; its assumptions are the literals of its
        environments, by assumption id then polarity (affirm first; empty when it rests on none).

    Raises
    ------
    InputError
        If a label exceeds `argkg.queries.atms.MAX_ENVIRONMENTS`.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("A", label="Assumption", text="Supply grows")
    >>> G.add_node("K", label="Claim", text="Prices fall")
    >>> G.add_node("C", label="Conclusion", text="Buy later", credence=0.7)
    >>> _ = G.add_edge("C", "K", key="r1", type="DEPENDS_ON", group=0, basis="lexical")
    >>> _ = G.add_edge("K", "A", key="r2", type="DEPENDS_ON", group=0, basis="conditional",
    ...                polarity="deny")
    >>> [(a.assumption_id, a.basis, str(a.polarity), a.path) for a in depends(G)[0].assumptions]
    [('A', 'conditional', 'deny', ['C', 'K', 'A'])]

    Notes
    -----
    The path is the shortest chain of DEPENDS_ON edges from the conclusion to the assumption
    whose last edge needs the literal's answer; among several shortest ones, the least in id
    order. Its ``basis`` is that of the last edge (the least basis when parallel edges of
    several groups make that step), its ``polarity`` the literal's, or None when no edge of
    that last step states one. ``contested`` is as `argkg.queries.contest.contested` decides.
    The Cypher twin ``depends.cypher`` finds the same paths from the RESTS_ON edges that
    `argkg.queries.analyse.analyse` writes.
    """
    edges = edges_of_type(G, RelType.DEPENDS_ON, RelType.SUPPORTS, RelType.ATTACKS)
    found = labels(G, edges=edges) if labelled is None else labelled
    chains = _Chains(G, edges[RelType.DEPENDS_ON])
    counts = side_counts(G, edges=edges)
    by_source = sources_by_assumption(
        G, {lit.assumption for lits in found.values() for env in lits for lit in env}
    )
    rows = []
    for conclusion in sorted(found):
        entries = []
        for lit in sorted(frozenset[Lit]().union(*found[conclusion])):
            path, last = chains.path(conclusion, lit)
            stated = any(data.get("polarity") is not None for data in last)
            entries.append(
                AssumptionDependency(
                    assumption_id=lit.assumption,
                    text=G.nodes[lit.assumption]["text"],
                    contested=counts[lit.assumption].contested,
                    basis=min(data["basis"] for data in last),
                    polarity=lit.polarity if stated else None,
                    path=path,
                    sources=by_source[lit.assumption],
                )
            )
        node = G.nodes[conclusion]
        rows.append(
            ConclusionDependencies(
                conclusion_id=conclusion,
                text=node["text"],
                credence=node.get("credence"),
                assumptions=entries,
            )
        )
    return rows


@pausing_cycle_collection
def cruxes(G: nx.MultiDiGraph, *, labelled: Labelling | None = None) -> list[Crux]:
    """Rank the assumptions that are critical for at least one conclusion, splitting ones first.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        The analysis graph.
    labelled : mapping of str to list of environments, optional
        ``labels(G)``, when the caller has it already.

    Returns
    -------
    list of Crux
        The assumptions whose answer splits the conclusions (some need yes, others no) first,
        then the others; each part by score, highest first, then by assumption id.

    Raises
    ------
    InputError
        If a label exceeds `argkg.queries.atms.MAX_ENVIRONMENTS`.

    Examples
    --------
    B splits C (needs yes) from D (needs no); A is needed the same way by both:

    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("A", label="Assumption", text="A"); G.add_node("B", label="Assumption", text="B")
    >>> G.add_node("C", label="Conclusion", text="C"); G.add_node("D", label="Conclusion", text="D")
    >>> _ = G.add_edge("C", "A", key="r1", type="DEPENDS_ON", group=0, basis="structural")
    >>> _ = G.add_edge("D", "A", key="r2", type="DEPENDS_ON", group=0, basis="structural")
    >>> _ = G.add_edge("C", "B", key="r3", type="DEPENDS_ON", group=0, basis="lexical")
    >>> _ = G.add_edge("D", "B", key="r4", type="DEPENDS_ON", group=0, basis="lexical",
    ...                polarity="deny")
    >>> [(c.assumption_id, c.score, c.splits.affirm, c.splits.deny) for c in cruxes(G)]
    [('B', 2.0, ['C'], ['D']), ('A', 2.0, ['C', 'D'], [])]

    Notes
    -----
    score = (number of conclusions the assumption is critical for, either way) * `crux_weight`.
    ``splits.affirm`` falls if the assumption is rejected, ``splits.deny`` if it is accepted.
    """
    edges = edges_of_type(G, RelType.DEPENDS_ON, RelType.SUPPORTS, RelType.ATTACKS)
    counts = side_counts(G, edges=edges)
    needs: dict[str, dict[Polarity, list[str]]] = {}
    for pair in critical(G, labelled=labels(G, edges=edges) if labelled is None else labelled):
        by_answer = needs.setdefault(pair.assumption_id, {p: [] for p in Polarity})
        by_answer[pair.polarity].append(pair.conclusion_id)
    by_source = sources_by_assumption(G, needs)
    ranked = [_crux(G, a, split, counts[a], by_source[a]) for a, split in needs.items()]
    return sorted(ranked, key=lambda crux: (not _splits(crux), -crux.score, crux.assumption_id))


def _crux(
    G: nx.MultiDiGraph, a: str, needs: dict[Polarity, list[str]], sides: Sides, by_source: list[SourceSide]
) -> Crux:
    affirm, deny = sorted(needs[Polarity.AFFIRM]), sorted(needs[Polarity.DENY])
    return Crux(
        assumption_id=a,
        text=G.nodes[a]["text"],
        score=(len(affirm) + len(deny)) * crux_weight(*sides),
        conclusions=sorted(affirm + deny),
        splits=Splits(affirm=affirm, deny=deny),
        sources=by_source,
    )


def _splits(crux: Crux) -> bool:
    return bool(crux.splits.affirm and crux.splits.deny)


def crux_weight(supports: int, attacks: int) -> float:
    """Return how contested an assumption is: 1 + the claims on its smaller side.

    1 for an assumption nobody disputes (whether or not anyone supports it), 2 for one claim
    against one, and more as both sides grow; a one-sided pile-up does not count.

    >>> crux_weight(0, 0), crux_weight(5, 0), crux_weight(1, 1), crux_weight(3, 5)
    (1.0, 1.0, 2.0, 4.0)
    """
    return 1.0 + min(supports, attacks)


class _Chains:
    """Shortest DEPENDS_ON chains from a conclusion to the last step that needs a literal.

    Each literal's distances come from one breadth-first walk back from the nodes that need it,
    computed when first asked for: the walk visits only what depends on the literal.
    """

    def __init__(self, G: nx.MultiDiGraph, dependencies: list[Edge]) -> None:
        self.deps = nx.DiGraph()
        self.needing: dict[Lit, dict[str, list[dict[str, Any]]]] = {}
        assumption = NodeLabel.ASSUMPTION.value
        for start, end, data in dependencies:
            self.deps.add_edge(start, end)
            if G.nodes[end]["label"] == assumption:
                lit = Lit(end, edge_polarity(data))
                self.needing.setdefault(lit, {}).setdefault(start, []).append(data)
        self.distance: dict[Lit, dict[str, int]] = {}

    def path(self, start: str, lit: Lit) -> tuple[list[str], list[dict[str, Any]]]:
        """The least shortest chain from ``start`` to ``lit``, and the data of its last edges."""
        distance = self.distance.get(lit)
        if distance is None:
            distance = self.distance[lit] = self._walk_back(lit)
        path = [start]
        while distance[path[-1]] > 1:
            step = distance[path[-1]] - 1
            path.append(min(node for node in self.deps.successors(path[-1]) if distance.get(node) == step))
        return [*path, lit.assumption], self.needing[lit][path[-1]]

    def _walk_back(self, lit: Lit) -> dict[str, int]:
        distance = dict.fromkeys(self.needing[lit], 1)
        queue = deque(distance)
        while queue:
            node = queue.popleft()
            for before in self.deps.predecessors(node):
                if before not in distance:
                    distance[before] = distance[node] + 1
                    queue.append(before)
        return distance
