"""The analyses stay fast on a graph of a few thousand nodes, cycles and dense arguing included.

The bound is loose (about ten times what a loaded two-core machine needs): it is there to
catch an exponential or quadratic blow-up, not to benchmark.
"""

import random
import time

import networkx as nx

from argkg.queries import analyse, contested, critical, cruxes, depends, grounded, labels, whatif

SECONDS = 60.0


def _large_graph(seed: int = 0) -> nx.MultiDiGraph:
    """300 assumptions, 2,500 claims, 300 conclusions; about 10,000 edges."""
    rnd = random.Random(seed)
    G = nx.MultiDiGraph()
    assumptions = [f"a{i:05}" for i in range(300)]
    claims = [f"k{i:05}" for i in range(2500)]
    conclusions = [f"c{i:05}" for i in range(300)]
    for a in assumptions:
        G.add_node(a, label="Assumption", text=a)
    for k in claims:
        G.add_node(k, label="Claim", text=k, stance=rnd.choice(["pro", "con"]))
    for c in conclusions:
        G.add_node(c, label="Conclusion", text=c)

    keys = iter(range(1_000_000))

    def edge(start: str, end: str, **props: object) -> None:
        G.add_edge(start, end, key=f"r{next(keys)}", **props)

    for i, k in enumerate(claims):
        for group in range(rnd.choice([0, 1, 1, 2])):
            for _ in range(rnd.choice([1, 1, 2])):
                end = rnd.choice(assumptions) if i < 50 or rnd.random() < 0.5 else claims[rnd.randrange(i)]
                edge(k, end, type="DEPENDS_ON", group=group, basis="lexical")
    for c in conclusions:
        for group in range(rnd.choice([1, 1, 2])):
            for _ in range(rnd.choice([1, 2, 3])):
                edge(c, rnd.choice(assumptions + claims), type="DEPENDS_ON", group=group, basis="structural")
    for _ in range(30):
        edge(rnd.choice(claims[:100]), rnd.choice(claims[100:]), type="DEPENDS_ON", group=3, basis="lexical")
    for _ in range(5000):
        edge(rnd.choice(claims), rnd.choice(claims + assumptions), type="SUPPORTS")
    for _ in range(1250):
        edge(rnd.choice(claims), rnd.choice(claims + assumptions), type="ATTACKS")
    return G


def test_every_analysis_finishes_on_a_few_thousand_nodes():
    G = _large_graph()
    assert G.number_of_nodes() == 3100
    started = time.perf_counter()
    found = labels(G)
    assert len(found) == 300
    assert max(len(label) for label in found.values()) > 1
    assert critical(G)
    assert len(depends(G)) == 300
    assert contested(G)
    assert set(grounded(G).values()) >= {"accepted", "undecided"}
    assert cruxes(G)
    assert whatif(G, reject=["a00001"]).stands
    assert time.perf_counter() - started < SECONDS


def test_analyse_handles_a_large_document(builder):
    b = builder().assumption(*(f"a{i}" for i in range(100))).conclusion(*(f"c{i}" for i in range(200)))
    rnd = random.Random(1)
    b.claim(*(f"k{i}" for i in range(1000)))
    for i in range(1000):
        b.depends(f"k{i}", f"a{rnd.randrange(100)}", group=0)
        if i:
            b.depends(f"k{i}", f"k{rnd.randrange(i)}", group=1)
        b.supports(f"k{i}", f"a{rnd.randrange(100)}")
        b.attacks(f"k{rnd.randrange(1000)}", f"a{rnd.randrange(100)}")
    for i in range(200):
        b.depends(f"c{i}", f"k{rnd.randrange(1000)}", f"k{rnd.randrange(1000)}")
    graph = b.build()
    started = time.perf_counter()
    analysed = analyse(graph)
    assert sum(rel.type == "RESTS_ON" for rel in analysed.relationships) > 200
    assert time.perf_counter() - started < SECONDS
