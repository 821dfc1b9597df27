"""The worked example of queries/SEMANTICS.md §9, line by line."""

from factories import without_sources

from argkg.queries import (
    AssumptionDependency,
    ContestedAssumption,
    CriticalPair,
    Crux,
    Lit,
    Splits,
    WhatIf,
    contested,
    critical,
    cruxes,
    depends,
    grounded,
    labels,
    whatif,
)
from argkg.schema import GroundedStatus


def _example(builder):
    return (
        builder()
        .assumption("a1", text="supply keeps growing")
        .assumption("a2", text="demand stays flat")
        .assumption("a3", text="the subsidy ends")
        .claim("k", "p1", "p2")
        .claim("q1", "q2", stance="con")
        .conclusion("c1", credence=0.7)
        .conclusion("c2", "c3")
        .conclusion("c4", credence=0.3)
        .depends("k", "a1", group=0, basis="conditional")
        .depends("k", "a3", group=1, basis="conditional")
        .depends("c1", "k", "a2", group=0, basis="lexical")
        .depends("c2", "c1", basis="structural")
        .depends("c4", "a2", basis="conditional", polarity="deny")
        .supports("p1", "a2")
        .supports("p2", "p1")
        .attacks("q1", "a2")
        .attacks("q2", "a1")
        .nx()
    )


def yes(*names):
    return frozenset(Lit(name, "affirm") for name in names)


def test_the_worked_example(builder):
    G = _example(builder)
    both = [yes("a1", "a2"), yes("a2", "a3")]
    assert labels(G) == {"c1": both, "c2": both, "c3": [frozenset()], "c4": [frozenset({Lit("a2", "deny")})]}
    assert critical(G) == [
        CriticalPair(conclusion_id="c1", assumption_id="a2", polarity="affirm"),
        CriticalPair(conclusion_id="c2", assumption_id="a2", polarity="affirm"),
        CriticalPair(conclusion_id="c4", assumption_id="a2", polarity="deny"),
    ]
    rows = without_sources(depends(G))
    assert rows[0].assumptions == [
        AssumptionDependency(
            assumption_id="a1",
            text="supply keeps growing",
            contested=False,
            basis="conditional",
            polarity=None,
            path=["c1", "k", "a1"],
        ),
        AssumptionDependency(
            assumption_id="a2",
            text="demand stays flat",
            contested=True,
            basis="lexical",
            polarity=None,
            path=["c1", "a2"],
        ),
        AssumptionDependency(
            assumption_id="a3",
            text="the subsidy ends",
            contested=False,
            basis="conditional",
            polarity=None,
            path=["c1", "k", "a3"],
        ),
    ]
    assert rows[3].assumptions == [
        AssumptionDependency(
            assumption_id="a2",
            text="demand stays flat",
            contested=True,
            basis="conditional",
            polarity="deny",
            path=["c4", "a2"],
        )
    ]
    assert without_sources(whatif(G, reject=["a2"])) == WhatIf(
        rejected=["a2"], accepted=[], falls=["c1", "c2"], stands=["c3", "c4"]
    )
    assert without_sources(whatif(G, accept=["a2"])) == WhatIf(
        rejected=[], accepted=["a2"], falls=["c4"], stands=["c1", "c2", "c3"]
    )
    assert without_sources(whatif(G, reject=["a1"])) == WhatIf(
        rejected=["a1"], accepted=[], falls=[], stands=["c1", "c2", "c3", "c4"]
    )
    assert without_sources(whatif(G, reject=["a1", "a3"])) == WhatIf(
        rejected=["a1", "a3"], accepted=[], falls=["c1", "c2"], stands=["c3", "c4"]
    )
    assert without_sources(whatif(G, reject=["a3"], accept=["a2"])) == WhatIf(
        rejected=["a3"], accepted=["a2"], falls=["c4"], stands=["c1", "c2", "c3"]
    )
    assert without_sources(contested(G)) == [
        ContestedAssumption(assumption_id="a2", text="demand stays flat", supports=2, attacks=1)
    ]
    assert grounded(G) == {
        "a1": GroundedStatus.REJECTED,
        "a2": GroundedStatus.UNDECIDED,
        "a3": GroundedStatus.ACCEPTED,
    }
    assert without_sources(cruxes(G)) == [
        Crux(
            assumption_id="a2",
            text="demand stays flat",
            score=6.0,
            conclusions=["c1", "c2", "c4"],
            splits=Splits(affirm=["c1", "c2"], deny=["c4"]),
        )
    ]
