"""depends (paths that explain each assumption) and cruxes (the ranking) on hand-built graphs."""

from factories import without_sources

from argkg.queries import AssumptionDependency, ConclusionDependencies, Crux, Splits, cruxes, depends
from argkg.queries.depends import crux_weight


def test_each_assumption_comes_with_the_least_shortest_path_and_its_last_basis(builder):
    G = (
        builder()
        .assumption("A", "B", text="it holds")
        .claim("K1", "K2", "K3")
        .conclusion("C", credence=0.7)
        .depends("C", "K2", "K1", group=0)
        .depends("K1", "A", basis="conditional")
        .depends("K2", "A", basis="lexical")
        .depends("C", "K3", group=1)
        .depends("K3", "B")
        .claim("P", "Q")
        .supports("P", "A")
        .attacks("Q", "A")
        .nx()
    )
    assert without_sources(depends(G)) == [
        ConclusionDependencies(
            conclusion_id="C",
            text="[C]",
            credence=0.7,
            assumptions=[
                AssumptionDependency(
                    assumption_id="A",
                    text="it holds",
                    contested=True,
                    basis="conditional",
                    polarity=None,
                    path=["C", "K1", "A"],
                ),
                AssumptionDependency(
                    assumption_id="B",
                    text="it holds",
                    contested=False,
                    basis="structural",
                    polarity=None,
                    path=["C", "K3", "B"],
                ),
            ],
        )
    ]


def test_parallel_edges_give_the_least_basis(builder):
    G = (
        builder()
        .assumption("A")
        .conclusion("C")
        .depends("C", "A", group=0, basis="stated")
        .depends("C", "A", group=1, basis="lexical")
        .nx()
    )
    assert [a.basis for a in depends(G)[0].assumptions] == ["lexical"]


def test_only_label_members_are_listed(builder):
    """B is reachable but in no minimal environment; the circular K gives nothing."""
    G = (
        builder()
        .assumption("A", "B", "D")
        .claim("K")
        .conclusion("C", "E")
        .depends("C", "A", group=0)
        .depends("C", "A", "B", group=1)
        .depends("C", "K", "D", group=2)
        .depends("K", "K")
        .nx()
    )
    rows = depends(G)
    assert [a.assumption_id for a in rows[0].assumptions] == ["A"]
    assert rows[1] == ConclusionDependencies(conclusion_id="E", text="[E]", credence=None, assumptions=[])


def test_cruxes_rank_by_critical_count_times_contest(builder):
    G = (
        builder()
        .assumption("A", "B", "D", "U")
        .conclusion("C1", "C2", "C3")
        .depends("C1", "A", "B")
        .depends("C2", "A", "B")
        .depends("C3", "D", group=0)
        .depends("C3", "U", group=1)
        .claim("P1", "P2", "Q1", "Q2", "Q3")
        .supports("P1", "B")
        .attacks("Q1", "B")
        .supports("P2", "D")
        .attacks("Q2", "D")
        .attacks("Q3", "A")
        .nx()
    )
    assert without_sources(cruxes(G)) == [
        Crux(
            assumption_id="B",
            text="assumption B",
            score=4.0,
            conclusions=["C1", "C2"],
            splits=Splits(affirm=["C1", "C2"], deny=[]),
        ),
        Crux(
            assumption_id="A",
            text="assumption A",
            score=2.0,
            conclusions=["C1", "C2"],
            splits=Splits(affirm=["C1", "C2"], deny=[]),
        ),
    ]


def test_crux_weight():
    assert [crux_weight(0, 0), crux_weight(4, 0), crux_weight(0, 4), crux_weight(2, 3)] == [
        1.0,
        1.0,
        1.0,
        3.0,
    ]


def test_each_literal_gets_its_own_entry_with_its_polarity(builder):
    """C rests on A answered yes (no edge says so) or on A answered no, through K."""
    G = (
        builder()
        .assumption("A")
        .claim("K")
        .conclusion("C")
        .depends("C", "A", group=0, basis="lexical")
        .depends("C", "K", group=1)
        .depends("K", "A", basis="conditional", polarity="deny")
        .nx()
    )
    entries = [(a.assumption_id, a.polarity, a.basis, a.path) for a in depends(G)[0].assumptions]
    assert entries == [("A", None, "lexical", ["C", "A"]), ("A", "deny", "conditional", ["C", "K", "A"])]


def test_a_stated_affirm_polarity_is_reported(builder):
    G = builder().assumption("A").conclusion("C").depends("C", "A", polarity="affirm").nx()
    assert [a.polarity for a in depends(G)[0].assumptions] == ["affirm"]


def test_a_question_that_splits_the_conclusions_ranks_above_a_shared_one(builder):
    """A is needed yes by C1 and no by C2; B is needed yes by all three and hotly contested."""
    G = (
        builder()
        .assumption("A", "B")
        .conclusion("C1", "C2", "C3")
        .depends("C1", "A", "B")
        .depends("C2", "A", polarity="deny")
        .depends("C2", "B")
        .depends("C3", "B")
        .claim("P1", "P2", "Q1", "Q2")
        .supports("P1", "B")
        .supports("P2", "B")
        .attacks("Q1", "B")
        .attacks("Q2", "B")
        .nx()
    )
    ranked = cruxes(G)
    assert [(c.assumption_id, c.score) for c in ranked] == [("A", 2.0), ("B", 9.0)]
    assert ranked[0].splits == Splits(affirm=["C1"], deny=["C2"])
    assert ranked[0].conclusions == ["C1", "C2"]
