"""Properties of the analyses over random graphs (hypothesis), checked against a naive oracle.

The oracle says which nodes hold when exactly a given set of assumptions holds, by iterating
"a node holds when all targets of one of its groups hold" from nothing up to a fixed point. It
shares no code with the label computation.
"""

import itertools
import random

from hypothesis import given, settings
from hypothesis import strategies as st

from argkg.graph.networkx_graph import records_to_networkx
from argkg.queries import (
    analyse,
    balance,
    contested,
    critical,
    cruxes,
    depends,
    evidence,
    grounded,
    labels,
    whatif,
)
from argkg.schema import Assumption, Conclusion, graph_records

DEPENDENT = ("Assumption", "Claim", "Conclusion")


def ids(graph, cls):
    return sorted(node.id for node in graph.of_type(cls))


def holding(G, held):
    """The nodes that hold when exactly the assumptions ``held`` hold (least fixed point)."""
    groups = {node: {} for node, label in G.nodes(data="label") if label in DEPENDENT}
    for start, end, data in G.edges(data=True):
        if data["type"] == "DEPENDS_ON":
            groups[start].setdefault(data["group"], set()).add(end)
    holds = set()
    changed = True
    while changed:
        changed = False
        for node, by_group in groups.items():
            if node in holds:
                continue
            if G.nodes[node]["label"] == "Assumption":
                ok = node in held
            else:
                ok = not by_group or any(group <= holds for group in by_group.values())
            if ok:
                holds.add(node)
                changed = True
    return holds


def all_subsets(items):
    return [set(combo) for size in range(len(items) + 1) for combo in itertools.combinations(items, size)]


@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_labels_are_exactly_the_minimal_sets_that_make_the_conclusion_hold(random_graphs, data):
    graph = data.draw(random_graphs)
    G = records_to_networkx(graph_records(graph))
    found = labels(G)
    for held in all_subsets(ids(graph, Assumption)):
        holds = holding(G, held)
        for conclusion, label in found.items():
            assert (conclusion in holds) == any(env <= held for env in label), (conclusion, held, label)
    for conclusion, label in found.items():
        assert len(set(label)) == len(label)
        for env in label:
            assert conclusion in holding(G, env)
            for member in env:
                assert conclusion not in holding(G, env - {member}), (conclusion, env, member)


@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_rejecting_one_assumption_fells_exactly_what_it_is_critical_for(random_graphs, data):
    graph = data.draw(random_graphs)
    G = records_to_networkx(graph_records(graph))
    unsupported = {conclusion for conclusion, label in labels(G).items() if not label}
    for a in ids(graph, Assumption):
        critical_for = {pair.conclusion_id for pair in critical(G) if pair.assumption_id == a}
        assert set(whatif(G, reject=[a]).falls) == critical_for | unsupported


@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_whatif_agrees_with_the_oracle_and_unused_assumptions_change_nothing(random_graphs, data):
    graph = data.draw(random_graphs)
    G = records_to_networkx(graph_records(graph))
    assumptions, conclusions = ids(graph, Assumption), ids(graph, Conclusion)
    rejected = data.draw(st.sets(st.sampled_from(assumptions)))
    answer = whatif(G, reject=rejected)
    holds = holding(G, set(assumptions) - rejected)
    assert answer.stands == [c for c in conclusions if c in holds]
    assert answer.falls == [c for c in conclusions if c not in holds]
    used = {a for label in labels(G).values() for env in label for a in env}
    for unused in set(assumptions) - used:
        widened = whatif(G, reject=rejected | {unused})
        assert (widened.falls, widened.stands) == (answer.falls, answer.stands)


@settings(max_examples=200, deadline=None)
@given(data=st.data(), seed=st.integers(0, 2**32 - 1))
def test_results_do_not_depend_on_node_or_edge_order(random_graphs, data, seed):
    graph = data.draw(random_graphs)
    records = list(graph_records(graph))
    shuffled = records[:]
    random.Random(seed).shuffle(shuffled)
    G, H = records_to_networkx(records), records_to_networkx(shuffled)
    for analysis in (labels, critical, depends, contested, grounded, cruxes, evidence, balance):
        assert analysis(G) == analysis(H), analysis.__name__
    assumptions = ids(graph, Assumption)
    some = assumptions[: seed % (len(assumptions) + 1)]
    assert whatif(G, reject=some) == whatif(H, reject=some)


@settings(max_examples=100, deadline=None)
@given(data=st.data())
def test_analyse_is_idempotent(random_graphs, data):
    analysed = analyse(data.draw(random_graphs))
    assert analyse(analysed) == analysed
