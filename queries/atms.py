"""Labels of an assumption-based truth maintenance system (de Kleer 1986) over DEPENDS_ON literals.

A node's DEPENDS_ON edges are grouped by their ``group`` property: the targets of one group
are needed together, separate groups are alternatives. An edge that ends on an assumption needs
one of its two *literals*: the assumption answered yes (polarity ``affirm``, also when the edge
has no polarity) or answered no (``deny``). The label of a node is the set of its minimal
consistent environments: the minimal sets of literals under which it holds, none holding both
answers to one question. From the labels follow `critical` (the literals in every environment)
and `whatif` (what falls when some questions are answered). SEMANTICS.md states the rules.

Not checked here: that the graph obeys the schema (`DocumentGraph` did that when it was built).
Polarity on an edge that ends on a claim or a conclusion is ignored: the contract sets it only on
edges that end on a debated question.

References
----------
.. [1] J. de Kleer, "An assumption-based TMS", Artificial Intelligence 28(2), 1986.
"""

from collections.abc import Iterable, Mapping
from typing import NamedTuple

import networkx as nx

from argkg.errors import InputError
from argkg.gcpause import pausing_cycle_collection
from argkg.queries._graph import Edge, EdgesByType, edges_of_type, nodes_with_label
from argkg.queries.issues import sources_by_assumption
from argkg.queries.models import CriticalPair, WhatIf
from argkg.schema import NodeLabel, Polarity, RelType

__all__ = [
    "MAX_ENVIRONMENTS",
    "Cut",
    "bounded_labels",
    "Lit",
    "Environment",
    "Labelling",
    "labels",
    "critical",
    "whatif",
    "edge_polarity",
]


class Lit(NamedTuple):
    """A literal: an assumption and the answer to it that is needed (affirm = yes, deny = no)."""

    assumption: str
    polarity: Polarity

    def __str__(self) -> str:
        """``A`` for the affirm literal of assumption ``A``, ``¬A`` for the deny one."""
        return ("¬" if self.polarity is Polarity.DENY else "") + self.assumption


Environment = frozenset[Lit]
_Label = frozenset[Environment]
#: Every conclusion's label, by conclusion id (what `labels` returns and the other analyses reuse).
Labelling = Mapping[str, list[Environment]]

#: Most environments one node's label may have; more raises `InputError` (see `labels`).
MAX_ENVIRONMENTS = 256

_DENY = Polarity.DENY.value


def edge_polarity(data: Mapping[str, object]) -> Polarity:
    """Return the answer a DEPENDS_ON edge needs: its ``polarity``, affirm when it has none."""
    return Polarity.DENY if data.get("polarity") == _DENY else Polarity.AFFIRM


@pausing_cycle_collection
def labels(
    G: nx.MultiDiGraph, *, max_environments: int = MAX_ENVIRONMENTS, edges: EdgesByType | None = None
) -> dict[str, list[Environment]]:
    """Return each conclusion's label: its minimal consistent environments, smallest first.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        The analysis graph (see `argkg.graph.networkx_graph`).
    max_environments : int, optional
        Most environments a node's label may have, and the square root of the most candidate
        environments one group may produce before minimisation.
    edges : mapping of RelType to list of edges, optional
        The graph's DEPENDS_ON edges (at least) as `argkg.queries.edges_of_type` gives
        them, when the caller has read them already for other analyses.

    Returns
    -------
    dict of str to list of frozenset of Lit
        For every conclusion id, its environments ordered by size, then by sorted members. An
        empty list means the conclusion holds under no consistent set of answers (its only
        support is circular, or it needs both answers to one question); ``[frozenset()]`` means
        it holds whatever is answered (no dependencies).

    Raises
    ------
    InputError
        If ``max_environments`` is below 1, or a label exceeds it (the message names the node).

    Examples
    --------
    "C holds if A holds, or if B does not":

    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("A", label="Assumption"); G.add_node("B", label="Assumption")
    >>> G.add_node("C", label="Conclusion")
    >>> _ = G.add_edge("C", "A", key="r1", type="DEPENDS_ON", group=0, basis="conditional")
    >>> _ = G.add_edge("C", "B", key="r2", type="DEPENDS_ON", group=1, basis="conditional",
    ...                polarity="deny")
    >>> [[str(lit) for lit in env] for env in labels(G)["C"]]
    [['A'], ['¬B']]

    Notes
    -----
    The strongly connected components of the DEPENDS_ON graph are solved sinks first; inside a
    component the labels are iterated from empty to their least fixed point, so a node whose
    only support runs through itself gets no environment. Labels are kept minimal after every
    union and product, and an environment holding both literals of one assumption is dropped
    as soon as a product makes it. The number of environments can grow exponentially with
    alternatives chained in series (n nodes of two alternatives each give 2**n environments);
    ``max_environments`` bounds that blow-up and the work spent on it.
    """
    found, cut = bounded_labels(G, max_environments=max_environments, edges=edges)
    if cut:
        raise InputError(
            f"the label of {cut.overflow[0]} grows past {max_environments} environments (max_environments): "
            "too many alternatives are chained in series to analyse"
        )
    return found


class Cut(NamedTuple):
    """What a bounded label computation left out (see `bounded_labels`).

    Attributes
    ----------
    overflow : list of str
        The nodes whose own label grew past the bound, sorted.
    conclusions : list of str
        The conclusions left without a label: those of ``overflow`` and every conclusion that
        rests on one of them, sorted.
    """

    overflow: list[str]
    conclusions: list[str]

    def __bool__(self) -> bool:
        """True when something was left out."""
        return bool(self.overflow)


@pausing_cycle_collection
def bounded_labels(
    G: nx.MultiDiGraph, *, max_environments: int = MAX_ENVIRONMENTS, edges: EdgesByType | None = None
) -> tuple[dict[str, list[Environment]], Cut]:
    """Return the labels that stay within the bound, and say which were cut off.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        The analysis graph.
    max_environments : int, optional
        As in `labels`.
    edges : mapping of RelType to list of edges, optional
        As in `labels`.

    Returns
    -------
    tuple of (dict of str to list of frozenset of Lit, Cut)
        The label of every conclusion whose label stayed within the bound (as `labels` gives
        it), and the `Cut`: the nodes where the bound was hit and the conclusions left out.

    Raises
    ------
    InputError
        If ``max_environments`` is below 1.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> for node in "AB": G.add_node(node, label="Assumption")
    >>> for node in ("C", "D"): G.add_node(node, label="Conclusion")
    >>> _ = G.add_edge("C", "A", key="r1", type="DEPENDS_ON", group=0, basis="stated")
    >>> _ = G.add_edge("C", "B", key="r2", type="DEPENDS_ON", group=1, basis="stated")
    >>> _ = G.add_edge("D", "A", key="r3", type="DEPENDS_ON", group=0, basis="stated")
    >>> found, cut = bounded_labels(G, max_environments=1)
    >>> sorted(found), cut
    (['D'], Cut(overflow=['C'], conclusions=['C']))

    Notes
    -----
    A strongly connected component of the DEPENDS_ON graph where a label grows past the bound
    is abandoned whole, and so is everything that rests on it; the other components are solved
    as if it were not there. So a corpus with one pathological document is still analysed, and
    the answer says which conclusions it could not analyse instead of running on.
    """
    if max_environments < 1:
        raise InputError(f"max_environments must be at least 1, got {max_environments}")
    found = edges if edges is not None else edges_of_type(G, RelType.DEPENDS_ON)
    solver = _Solver(G, found[RelType.DEPENDS_ON], max_environments)
    computed = solver.solve()
    conclusions = nodes_with_label(G, NodeLabel.CONCLUSION)
    within = {
        node: _ordered(computed.get(node, _UNCONDITIONAL)) for node in conclusions if node not in solver.cut
    }
    cut = Cut(sorted(solver.overflow), sorted(node for node in conclusions if node in solver.cut))
    return within, cut


@pausing_cycle_collection
def critical(G: nx.MultiDiGraph, *, labelled: Labelling | None = None) -> list[CriticalPair]:
    """Return the (conclusion, literal) pairs where the literal lies in every environment.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        The analysis graph.
    labelled : mapping of str to list of environments, optional
        ``labels(G)``, when the caller has it already (it is computed otherwise).

    Returns
    -------
    list of CriticalPair
        Sorted by conclusion id, then assumption id, then polarity (affirm first).

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
    >>> _ = G.add_edge("C", "B", key="r2", type="DEPENDS_ON", group=0, basis="structural",
    ...                polarity="deny")
    >>> [(pair.assumption_id, str(pair.polarity)) for pair in critical(G)]
    [('A', 'affirm'), ('B', 'deny')]

    Notes
    -----
    Answering a critical literal's assumption the other way alone makes the conclusion fall:
    rejecting it when the literal affirms, accepting it when the literal denies. A conclusion
    without environments has nothing critical: there is no support left to take away.
    """
    found = labels(G) if labelled is None else labelled
    return [
        CriticalPair(conclusion_id=conclusion, assumption_id=lit.assumption, polarity=lit.polarity)
        for conclusion in sorted(found)
        if (label := found[conclusion])
        for lit in sorted(frozenset.intersection(*label))
    ]


@pausing_cycle_collection
def whatif(
    G: nx.MultiDiGraph,
    *,
    reject: Iterable[str] = (),
    accept: Iterable[str] = (),
    labelled: Labelling | None = None,
) -> WhatIf:
    """Say which conclusions fall and which stand once some questions are answered no or yes.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        The analysis graph.
    reject : iterable of str
        Ids of the assumptions answered no (a collection of ids, not one string).
    accept : iterable of str
        Ids of the assumptions answered yes.
    labelled : mapping of str to list of environments, optional
        ``labels(G)``, when the caller has it already.

    Returns
    -------
    WhatIf
        ``rejected`` and ``accepted`` (sorted, duplicates dropped), ``falls`` and ``stands``
        (sorted conclusion ids), and ``sources``: for each answered assumption, the sources that
        argue it (`argkg.queries.issues.sources_by_assumption`).

    Raises
    ------
    InputError
        If ``reject`` or ``accept`` is a string, names an id that is not an assumption of
        ``G``, or one id is both rejected and accepted.

    Examples
    --------
    C needs A answered yes, D needs it answered no:

    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("A", label="Assumption")
    >>> G.add_node("C", label="Conclusion"); G.add_node("D", label="Conclusion")
    >>> _ = G.add_edge("C", "A", key="r1", type="DEPENDS_ON", group=0, basis="conditional")
    >>> _ = G.add_edge("D", "A", key="r2", type="DEPENDS_ON", group=0, basis="conditional",
    ...                polarity="deny")
    >>> whatif(G, reject=["A"])
    WhatIf(rejected=['A'], accepted=[], falls=['C'], stands=['D'], sources={'A': []})
    >>> whatif(G, accept=["A"])
    WhatIf(rejected=[], accepted=['A'], falls=['D'], stands=['C'], sources={'A': []})

    Notes
    -----
    A conclusion stands when at least one of its environments contains no literal the answers
    contradict (an affirm literal of a rejected assumption, a deny literal of an accepted one),
    and falls otherwise: it stands iff some way of answering the other questions makes it hold.
    So a conclusion without environments falls even when nothing is answered, and one without
    dependencies always stands.
    """
    rejected = _assumption_ids(G, reject, "reject")
    accepted = _assumption_ids(G, accept, "accept")
    both = sorted(set(rejected) & set(accepted))
    if both:
        raise InputError(f"{both[0]!r} cannot be both rejected and accepted")
    contradicted = {Lit(a, Polarity.AFFIRM) for a in rejected} | {Lit(a, Polarity.DENY) for a in accepted}
    found = labels(G) if labelled is None else labelled
    falls: list[str] = []
    stands: list[str] = []
    for conclusion in sorted(found):
        holds = any(env.isdisjoint(contradicted) for env in found[conclusion])
        (stands if holds else falls).append(conclusion)
    by_source = sources_by_assumption(G)
    answered = {a: by_source[a] for a in sorted({*rejected, *accepted})}
    return WhatIf(rejected=rejected, accepted=accepted, falls=falls, stands=stands, sources=answered)


def _assumption_ids(G: nx.MultiDiGraph, ids: Iterable[str], option: str) -> list[str]:
    """The sorted distinct ``ids``, each checked to be an assumption of ``G``."""
    if isinstance(ids, str):
        raise InputError(f"{option} must be a collection of assumption ids, not the string {ids!r}")
    checked = sorted(set(ids))
    for node in checked:
        if node not in G:
            raise InputError(f"unknown assumption id {node!r}")
        if G.nodes[node].get("label") != NodeLabel.ASSUMPTION.value:
            raise InputError(f"{node!r} is a {G.nodes[node].get('label')}, not an Assumption")
    return checked


#: One DEPENDS_ON target: a node id, or the literal an edge needs of an assumption.
_Target = str | Lit
#: The label of a node without dependencies: it holds however the questions are answered.
_UNCONDITIONAL: _Label = frozenset({frozenset()})


class _Solver:
    """Computes the least-fixed-point labels of one graph, component by component.

    Only the nodes with DEPENDS_ON edges are solved (``label`` holds theirs); every other claim or
    conclusion has the one empty environment. The components are the strongly connected
    components of the DEPENDS_ON graph among those nodes, so the work grows with the DEPENDS_ON
    edges, not with the graph.
    """

    def __init__(self, G: nx.MultiDiGraph, dependencies: list[Edge], bound: int) -> None:
        self.bound = bound
        assumption = NodeLabel.ASSUMPTION.value
        by_group: dict[str, dict[int, list[_Target]]] = {}
        for start, end, data in dependencies:
            needed = Lit(end, edge_polarity(data)) if G.nodes[end]["label"] == assumption else end
            by_group.setdefault(start, {}).setdefault(data["group"], []).append(needed)
        self.groups = {node: [groups[g] for g in sorted(groups)] for node, groups in by_group.items()}
        self.deps = nx.DiGraph()
        self.deps.add_nodes_from(self.groups)
        self.deps.add_edges_from(
            (node, target)
            for node, groups in self.groups.items()
            for group in groups
            for target in group
            if isinstance(target, str) and target in self.groups
        )
        self.label: dict[str, _Label] = {}
        self.overflow: set[str] = set()
        self.cut: set[str] = set()

    def solve(self) -> dict[str, _Label]:
        """Solve every component; one that hits the bound, or rests on one that did, is cut."""
        condensed = nx.condensation(self.deps)
        for component in reversed(list(nx.topological_sort(condensed))):
            members = sorted(condensed.nodes[component]["members"])
            try:
                self._solve_component(members)
            except _BoundError as exc:
                self.overflow.add(exc.node)
                self.cut.update(members)
            if self.cut.intersection(members):
                for node in members:
                    self.label.pop(node, None)
        return self.label

    def _solve_component(self, members: list[str]) -> None:
        if any(target in self.cut for node in members for target in self.deps.successors(node)):
            self.cut.update(members)
            return
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

    def _evaluate(self, node: str) -> _Label:
        candidates: list[Environment] = []
        for group in self.groups[node]:
            candidates.extend(self._conjoin(node, group))
        return self._minimise(node, candidates)

    def _conjoin(self, node: str, group: list[_Target]) -> _Label:
        combined: _Label = frozenset({frozenset()})
        for target in group:
            if isinstance(target, str):
                label = self.label.get(target, _UNCONDITIONAL)
            else:
                label = frozenset({frozenset({target})})
            if len(combined) * len(label) > self.bound * self.bound:
                raise _BoundError(node)
            unions = (env | other for env in combined for other in label)
            combined = self._minimise(node, [env for env in unions if _consistent(env)])
            if not combined:
                break
        return combined

    def _minimise(self, node: str, candidates: list[Environment]) -> _Label:
        kept: list[Environment] = []
        for env in sorted(set(candidates), key=len):
            if not any(smaller <= env for smaller in kept):
                kept.append(env)
                if len(kept) > self.bound:
                    raise _BoundError(node)
        return frozenset(kept)


class _BoundError(Exception):
    """A label grew past the bound while ``node`` was evaluated."""

    def __init__(self, node: str) -> None:
        super().__init__(node)
        self.node = node


def _consistent(env: Environment) -> bool:
    """No assumption is answered both ways."""
    return len({lit.assumption for lit in env}) == len(env)


def _ordered(label: _Label) -> list[Environment]:
    return sorted(label, key=lambda env: (len(env), sorted(env)))
