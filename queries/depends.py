"""What each conclusion rests on, explained, and which assumptions matter most.

`depends` lists the assumptions of each conclusion's label with the DEPENDS_ON chain that
reaches each one; `cruxes` ranks assumptions by the conclusions they are critical for,
weighted by how contested they are. Both build on `argkg.queries.atms` and
`argkg.queries.contest`; SEMANTICS.md states the rules.
"""

import networkx as nx

from argkg.queries._graph import out_edges, relation_graph
from argkg.queries.atms import critical, labels
from argkg.queries.contest import side_counts
from argkg.queries.models import AssumptionDependency, ConclusionDependencies, Crux
from argkg.schema import RelType

__all__ = ["depends", "cruxes", "crux_weight"]


def depends(G: nx.MultiDiGraph) -> list[ConclusionDependencies]:
    """Return every conclusion with the assumptions it rests on and the path to each.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        The analysis graph.

    Returns
    -------
    list of ConclusionDependencies
        One per conclusion, by conclusion id; its assumptions are the members of its
        environments, by assumption id (empty when it rests on none).

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
    >>> _ = G.add_edge("K", "A", key="r2", type="DEPENDS_ON", group=0, basis="conditional")
    >>> [(a.assumption_id, a.basis, a.path) for a in depends(G)[0].assumptions]
    [('A', 'conditional', ['C', 'K', 'A'])]

    Notes
    -----
    The path is the shortest chain of DEPENDS_ON edges from the conclusion to the assumption;
    among several shortest ones, the least in id order. Its ``basis`` is that of the last edge
    (the least basis when parallel edges of several groups make that step). ``contested`` is
    as `argkg.queries.contest.contested` decides. The Cypher twin ``depends.cypher`` finds the
    same paths from the RESTS_ON edges that `argkg.queries.analyse.analyse` writes.
    """
    deps = relation_graph(G, RelType.DEPENDS_ON)
    reverse = deps.reverse(copy=False)
    distances: dict[str, dict[str, int]] = {}
    counts = side_counts(G)
    rows = []
    for conclusion, label in labels(G).items():
        found = []
        for a in sorted(frozenset[str]().union(*label)):
            if a not in distances:
                distances[a] = nx.single_source_shortest_path_length(reverse, a)
            path = _least_shortest_path(deps, conclusion, distances[a])
            last_step = out_edges(G, path[-2], RelType.DEPENDS_ON)
            basis = min(data["basis"] for target, data in last_step if target == a)
            text, contested = G.nodes[a]["text"], counts[a].contested
            found.append(
                AssumptionDependency(assumption_id=a, text=text, contested=contested, basis=basis, path=path)
            )
        node = G.nodes[conclusion]
        rows.append(
            ConclusionDependencies(
                conclusion_id=conclusion, text=node["text"], credence=node.get("credence"), assumptions=found
            )
        )
    return rows


def cruxes(G: nx.MultiDiGraph) -> list[Crux]:
    """Rank the assumptions that are critical for at least one conclusion.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        The analysis graph.

    Returns
    -------
    list of Crux
        By score, highest first, then by assumption id; ``conclusions`` (sorted) are those the
        assumption is critical for.

    Raises
    ------
    InputError
        If a label exceeds `argkg.queries.atms.MAX_ENVIRONMENTS`.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("A", label="Assumption", text="A"); G.add_node("B", label="Assumption", text="B")
    >>> G.add_node("C", label="Conclusion", text="C")
    >>> G.add_node("pro", label="Claim"); G.add_node("con", label="Claim")
    >>> _ = G.add_edge("C", "A", key="r1", type="DEPENDS_ON", group=0, basis="structural")
    >>> _ = G.add_edge("C", "B", key="r2", type="DEPENDS_ON", group=0, basis="structural")
    >>> _ = G.add_edge("pro", "B", key="r3", type="SUPPORTS")
    >>> _ = G.add_edge("con", "B", key="r4", type="ATTACKS")
    >>> [(c.assumption_id, c.score) for c in cruxes(G)]
    [('B', 2.0), ('A', 1.0)]

    Notes
    -----
    score = (number of conclusions the assumption is critical for) * `crux_weight`.
    """
    counts = side_counts(G)
    critical_for: dict[str, list[str]] = {}
    for pair in critical(G):
        critical_for.setdefault(pair.assumption_id, []).append(pair.conclusion_id)
    ranked = [
        Crux(
            assumption_id=a,
            text=G.nodes[a]["text"],
            score=len(conclusions) * crux_weight(*counts[a]),
            conclusions=sorted(conclusions),
        )
        for a, conclusions in critical_for.items()
    ]
    return sorted(ranked, key=lambda crux: (-crux.score, crux.assumption_id))


def crux_weight(supports: int, attacks: int) -> float:
    """Return how contested an assumption is: 1 + the claims on its smaller side.

    1 for an assumption nobody disputes (whether or not anyone supports it), 2 for one claim
    against one, and more as both sides grow; a one-sided pile-up does not count.

    >>> crux_weight(0, 0), crux_weight(5, 0), crux_weight(1, 1), crux_weight(3, 5)
    (1.0, 1.0, 2.0, 4.0)
    """
    return 1.0 + min(supports, attacks)


def _least_shortest_path(deps: nx.DiGraph, start: str, distance: dict[str, int]) -> list[str]:
    path = [start]
    while distance[path[-1]] > 0:
        step = distance[path[-1]] - 1
        path.append(min(node for node in deps.successors(path[-1]) if distance.get(node) == step))
    return path
