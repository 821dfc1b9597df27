"""Labels of an assumption-based truth maintenance system (de Kleer 1986) over DEPENDS_ON.

A node's DEPENDS_ON edges are grouped by their ``group`` property: the targets of one group
are needed together, separate groups are alternatives. Assumptions hold unless rejected. The
label of a node is the set of its minimal environments: the minimal sets of assumptions under
which it holds. From the labels follow `critical` (the assumptions in every environment) and
`whatif` (what falls when some assumptions are rejected). SEMANTICS.md states the rules.

Not checked here: that the graph obeys the schema (`DocumentGraph` did that when it was built).

References
----------
.. [1] J. de Kleer, "An assumption-based TMS", Artificial Intelligence 28(2), 1986.
"""

from collections.abc import Iterable

import networkx as nx

from argkg.errors import InputError
from argkg.queries._graph import nodes_with_label, out_edges
from argkg.queries.models import CriticalPair, WhatIf
from argkg.schema import NodeLabel, RelType

__all__ = ["MAX_ENVIRONMENTS", "labels", "critical", "whatif"]

Environment = frozenset[str]
Label = frozenset[Environment]

#: Most environments one node's label may have; more raises `InputError` (see `labels`).
MAX_ENVIRONMENTS = 256

_DEPENDENT = (NodeLabel.ASSUMPTION, NodeLabel.CLAIM, NodeLabel.CONCLUSION)


def labels(G: nx.MultiDiGraph, *, max_environments: int = MAX_ENVIRONMENTS) -> dict[str, list[Environment]]:
    """Return each conclusion's label: its minimal environments, smallest first.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        The analysis graph (see `argkg.graph.networkx_graph`).
    max_environments : int, optional
        Most environments a node's label may have, and the square root of the most candidate
        environments one group may produce before minimisation.

    Returns
    -------
    dict of str to list of frozenset of str
        For every conclusion id, its environments ordered by size, then by sorted members. An
        empty list means the conclusion holds under no set of assumptions (its only support is
        circular); ``[frozenset()]`` means it holds whatever is rejected (no dependencies).

    Raises
    ------
    InputError
        If ``max_environments`` is below 1, or a label exceeds it (the message names the node).

    Examples
    --------
    "C holds if A holds, or if B holds":

    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("A", label="Assumption"); G.add_node("B", label="Assumption")
    >>> G.add_node("C", label="Conclusion")
    >>> _ = G.add_edge("C", "A", key="r1", type="DEPENDS_ON", group=0, basis="conditional")
    >>> _ = G.add_edge("C", "B", key="r2", type="DEPENDS_ON", group=1, basis="conditional")
    >>> labels(G)
    {'C': [frozenset({'A'}), frozenset({'B'})]}

    Notes
    -----
    The strongly connected components of the DEPENDS_ON graph are solved sinks first; inside a
    component the labels are iterated from empty to their least fixed point, so a node whose
    only support runs through itself gets no environment. Labels are kept minimal after every
    union and product. The number of environments can grow exponentially with alternatives
    chained in series (n nodes of two alternatives each give 2**n environments);
    ``max_environments`` bounds that blow-up and the work spent on it.
    """
    if max_environments < 1:
        raise InputError(f"max_environments must be at least 1, got {max_environments}")
    computed = _Solver(G, max_environments).solve()
    return {node: _ordered(computed[node]) for node in nodes_with_label(G, NodeLabel.CONCLUSION)}


def critical(G: nx.MultiDiGraph) -> list[CriticalPair]:
    """Return the (conclusion, assumption) pairs where the assumption lies in every environment.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        The analysis graph.

    Returns
    -------
    list of CriticalPair
        Sorted by conclusion id, then assumption id.

    Raises
    ------
    InputError
        If a label exceeds `MAX_ENVIRONMENTS`.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("A", label="Assumption"); G.add_node("B", label="Assumption")
    >>> G.add_node("C", label="Conclusion")
    >>> _ = G.add_edge("C", "A", key="r1", type="DEPENDS_ON", group=0, basis="structural")
    >>> _ = G.add_edge("C", "B", key="r2", type="DEPENDS_ON", group=0, basis="structural")
    >>> [pair.assumption_id for pair in critical(G)]
    ['A', 'B']

    Notes
    -----
    Rejecting a critical assumption alone makes the conclusion fall. A conclusion without
    environments has nothing critical: there is no support left to take away.
    """
    return [
        CriticalPair(conclusion_id=conclusion, assumption_id=a)
        for conclusion, label in labels(G).items()
        if label
        for a in sorted(frozenset.intersection(*label))
    ]


def whatif(G: nx.MultiDiGraph, *, reject: Iterable[str]) -> WhatIf:
    """Say which conclusions fall and which stand once the ``reject`` assumptions are rejected.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        The analysis graph.
    reject : iterable of str
        Ids of the assumptions to reject (a collection of ids, not one string).

    Returns
    -------
    WhatIf
        ``rejected`` (sorted, duplicates dropped), ``falls`` and ``stands`` (sorted conclusion ids).

    Raises
    ------
    InputError
        If ``reject`` is a string, or names an id that is not an assumption of ``G``.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("A", label="Assumption"); G.add_node("B", label="Assumption")
    >>> G.add_node("C", label="Conclusion"); G.add_node("D", label="Conclusion")
    >>> _ = G.add_edge("C", "A", key="r1", type="DEPENDS_ON", group=0, basis="conditional")
    >>> _ = G.add_edge("D", "B", key="r2", type="DEPENDS_ON", group=0, basis="conditional")
    >>> whatif(G, reject=["A"])
    WhatIf(rejected=['A'], falls=['C'], stands=['D'])

    Notes
    -----
    A conclusion stands when at least one of its environments contains no rejected
    assumption, and falls otherwise; so a conclusion without environments falls even when
    nothing is rejected, and one without dependencies always stands.
    """
    if isinstance(reject, str):
        raise InputError(f"reject must be a collection of assumption ids, not the string {reject!r}")
    rejected = sorted(set(reject))
    for node in rejected:
        if node not in G:
            raise InputError(f"unknown assumption id {node!r}")
        if G.nodes[node].get("label") != NodeLabel.ASSUMPTION.value:
            raise InputError(f"{node!r} is a {G.nodes[node].get('label')}, not an Assumption")
    falls: list[str] = []
    stands: list[str] = []
    for conclusion, label in labels(G).items():
        (stands if any(env.isdisjoint(rejected) for env in label) else falls).append(conclusion)
    return WhatIf(rejected=rejected, falls=falls, stands=stands)


class _Solver:
    """Computes the least-fixed-point labels of one graph, component by component."""

    def __init__(self, G: nx.MultiDiGraph, bound: int) -> None:
        self.bound = bound
        self.is_assumption = set(nodes_with_label(G, NodeLabel.ASSUMPTION))
        self.groups: dict[str, list[list[str]]] = {}
        self.deps = nx.DiGraph()
        for node in sorted(n for label in _DEPENDENT for n in nodes_with_label(G, label)):
            by_group: dict[int, list[str]] = {}
            for target, data in out_edges(G, node, RelType.DEPENDS_ON):
                by_group.setdefault(data["group"], []).append(target)
            self.groups[node] = [by_group[group] for group in sorted(by_group)]
            self.deps.add_node(node)
            self.deps.add_edges_from((node, target) for group in self.groups[node] for target in group)
        self.label: dict[str, Label] = {}

    def solve(self) -> dict[str, Label]:
        condensed = nx.condensation(self.deps)
        for component in reversed(list(nx.topological_sort(condensed))):
            members = sorted(condensed.nodes[component]["members"])
            cyclic = len(members) > 1 or self.deps.has_edge(members[0], members[0])
            for node in members:
                self.label[node] = frozenset()
            changed = True
            while changed:
                changed = False
                for node in members:
                    new = self._evaluate(node)
                    changed = changed or new != self.label[node]
                    self.label[node] = new
                changed = changed and cyclic
        return self.label

    def _evaluate(self, node: str) -> Label:
        if node in self.is_assumption:
            return frozenset({frozenset({node})})
        if not self.groups[node]:
            return frozenset({frozenset()})
        candidates: list[Environment] = []
        for group in self.groups[node]:
            candidates.extend(self._conjoin(node, group))
        return self._minimise(node, candidates)

    def _conjoin(self, node: str, group: list[str]) -> Label:
        combined: Label = frozenset({frozenset()})
        for target in group:
            label = self.label[target]
            if len(combined) * len(label) > self.bound * self.bound:
                raise self._too_many(node)
            combined = self._minimise(node, [env | other for env in combined for other in label])
            if not combined:
                break
        return combined

    def _minimise(self, node: str, candidates: list[Environment]) -> Label:
        kept: list[Environment] = []
        for env in sorted(set(candidates), key=len):
            if not any(smaller <= env for smaller in kept):
                kept.append(env)
                if len(kept) > self.bound:
                    raise self._too_many(node)
        return frozenset(kept)

    def _too_many(self, node: str) -> InputError:
        return InputError(
            f"the label of {node} grows past {self.bound} environments (max_environments): "
            "too many alternatives are chained in series to analyse"
        )


def _ordered(label: Label) -> list[Environment]:
    return sorted(label, key=lambda env: (len(env), sorted(env)))
