"""The analyses give sane answers on a graph of a few thousand nodes, cycles and dense arguing
included (how long they take is measured by ``bench/speed.py``, not here)."""

import random

from argkg.bench.scale_graph import large_graph
from argkg.queries import analyse, contested, critical, cruxes, depends, grounded, labels, whatif


def test_every_analysis_finishes_on_a_few_thousand_nodes():
    G = large_graph()
    assert G.number_of_nodes() == 3100
    found = labels(G)
    assert len(found) == 300
    assert max(len(label) for label in found.values()) > 1
    assert critical(G)
    assert len(depends(G)) == 300
    assert contested(G)
    assert set(grounded(G).values()) >= {"accepted", "undecided"}
    assert cruxes(G)
    assert whatif(G, reject=["a00001"]).stands


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
    analysed = analyse(graph)
    assert sum(rel.type == "RESTS_ON" for rel in analysed.relationships) > 200
