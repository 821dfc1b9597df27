"""Properties of the analyses over random graphs (hypothesis), checked against a naive oracle.

The oracle says which nodes hold when exactly a given set of literals (an assumption answered
yes or no) is true, by iterating "a node holds when all targets of one of its groups hold" from
nothing up to a fixed point; an edge to an assumption holds when the literal it needs is true.
It shares no code with the label computation.
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

DEPENDENT = ("Claim", "Conclusion")


def ids(graph, cls):
    return sorted(node.id for node in graph.of_type(cls))


def holding(G, true):
    """The nodes that hold when exactly the literals ``true`` ((id, polarity) pairs) are true."""
    groups = {node: {} for node, label in G.nodes(data="label") if label in DEPENDENT}
    for start, end, data in G.edges(data=True):
        if data["type"] == "DEPENDS_ON":
            needed = (end, data.get("polarity") or "affirm") if G.nodes[end]["label"] == "Assumption" else end
            groups[start].setdefault(data["group"], set()).add(needed)
    holds = set(true)
    changed = True
    while changed:
        changed = False
        for node, by_group in groups.items():
            if node not in holds and (not by_group or any(group <= holds for group in by_group.values())):
                holds.add(node)
                changed = True
    return holds


def consistent_literal_sets(assumptions):
    """Every set of literals that answers each assumption at most once."""
    for answers in itertools.product([None, "affirm", "deny"], repeat=len(assumptions)):
        yield {(a, answer) for a, answer in zip(assumptions, answers, strict=True) if answer}


def total_answers(assumptions, rejected=(), accepted=()):
    """Every way of answering all assumptions that keeps the given answers."""
    free = [a for a in assumptions if a not in rejected and a not in accepted]
    fixed = {(a, "deny") for a in rejected} | {(a, "affirm") for a in accepted}
    for answers in itertools.product(["affirm", "deny"], repeat=len(free)):
        yield fixed | set(zip(free, answers, strict=True))


def as_pairs(env):
    return {(lit.assumption, lit.polarity.value) for lit in env}


@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_labels_are_exactly_the_minimal_consistent_sets_that_make_the_conclusion_hold(random_graphs, data):
    graph = data.draw(random_graphs)
    G = records_to_networkx(graph_records(graph))
    found = {conclusion: [as_pairs(env) for env in label] for conclusion, label in labels(G).items()}
    for true in consistent_literal_sets(ids(graph, Assumption)):
        holds = holding(G, true)
        for conclusion, label in found.items():
            assert (conclusion in holds) == any(env <= true for env in label), (conclusion, true, label)
    for conclusion, label in found.items():
        assert len({frozenset(env) for env in label}) == len(label)
        for env in label:
            assert len({a for a, _ in env}) == len(env), "an environment answers a question twice"
            assert conclusion in holding(G, env)
            for member in env:
                assert conclusion not in holding(G, env - {member}), (conclusion, env, member)


@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_answering_one_question_fells_exactly_what_needs_the_other_answer(random_graphs, data):
    graph = data.draw(random_graphs)
    G = records_to_networkx(graph_records(graph))
    unsupported = {conclusion for conclusion, label in labels(G).items() if not label}
    pairs = critical(G)
    for a in ids(graph, Assumption):
        needs = {
            polarity: {p.conclusion_id for p in pairs if p.assumption_id == a and p.polarity == polarity}
            for polarity in ("affirm", "deny")
        }
        assert set(whatif(G, reject=[a]).falls) == needs["affirm"] | unsupported
        assert set(whatif(G, accept=[a]).falls) == needs["deny"] | unsupported


@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_rejecting_and_accepting_one_question_never_fell_the_same_supported_conclusion(random_graphs, data):
    """In particular not one that rests on that question alone: it needs one answer or the other."""
    graph = data.draw(random_graphs)
    G = records_to_networkx(graph_records(graph))
    supported = {conclusion for conclusion, label in labels(G).items() if label}
    for a in ids(graph, Assumption):
        both = set(whatif(G, reject=[a]).falls) & set(whatif(G, accept=[a]).falls)
        assert not both & supported, (a, both)


@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_whatif_agrees_with_brute_force_and_unused_assumptions_change_nothing(random_graphs, data):
    graph = data.draw(random_graphs)
    G = records_to_networkx(graph_records(graph))
    assumptions, conclusions = ids(graph, Assumption), ids(graph, Conclusion)
    rejected = data.draw(st.sets(st.sampled_from(assumptions)))
    accepted = data.draw(st.sets(st.sampled_from(assumptions)).map(lambda chosen: chosen - rejected))
    answer = whatif(G, reject=rejected, accept=accepted)
    stands = set()
    for true in total_answers(assumptions, rejected, accepted):
        stands |= holding(G, true)
    assert answer.stands == [c for c in conclusions if c in stands]
    assert answer.falls == [c for c in conclusions if c not in stands]
    used = {lit.assumption for label in labels(G).values() for env in label for lit in env}
    for unused in set(assumptions) - used - accepted:
        widened = whatif(G, reject=rejected | {unused}, accept=accepted)
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
    others = assumptions[len(some) :]
    assert whatif(G, reject=some, accept=others) == whatif(H, reject=some, accept=others)


@settings(max_examples=100, deadline=None)
@given(data=st.data())
def test_analyse_is_idempotent(random_graphs, data):
    analysed = analyse(data.draw(random_graphs))
    assert analyse(analysed) == analysed
