"""Labels, critical assumptions and what-if on hand-built graphs with known answers."""

import pytest
from factories import without_sources

from argkg.errors import InputError
from argkg.queries import CriticalPair, Cut, Lit, WhatIf, bounded_labels, critical, labels, whatif


def env(letters: str) -> frozenset[Lit]:
    """``env("A~B")`` -> {A, not B}: one-letter assumption ids, ``~`` denies the next one."""
    found, deny = set(), False
    for letter in letters:
        if letter == "~":
            deny = True
            continue
        found.add(Lit(letter, "deny" if deny else "affirm"))
        deny = False
    return frozenset(found)


def envs(*sets: str) -> list[frozenset[Lit]]:
    """``envs("AB", "~C")`` -> [{A, B}, {not C}]."""
    return [env(s) for s in sets]


def pair(conclusion: str, assumption: str, polarity: str = "affirm") -> CriticalPair:
    return CriticalPair(conclusion_id=conclusion, assumption_id=assumption, polarity=polarity)


def test_and_group_needs_all_or_groups_are_alternatives(builder):
    G = (
        builder()
        .assumption("A", "B", "D")
        .conclusion("C")
        .depends("C", "A", "B", group=0)
        .depends("C", "D", group=1)
        .nx()
    )
    assert labels(G) == {"C": envs("D", "AB")}
    assert critical(G) == []
    assert without_sources(whatif(G, reject=["A"])) == WhatIf(
        rejected=["A"], accepted=[], falls=[], stands=["C"]
    )
    assert without_sources(whatif(G, reject=["D", "B"])) == WhatIf(
        rejected=["B", "D"], accepted=[], falls=["C"], stands=[]
    )


def test_if_a_or_b_fails_then_c_gives_two_groups(builder):
    """'If A fails or B fails, C': C needs either failure, so neither alone is critical."""
    G = (
        builder()
        .assumption("A", "B")
        .conclusion("C")
        .depends("C", "A", group=0)
        .depends("C", "B", group=1)
        .nx()
    )
    assert labels(G) == {"C": envs("A", "B")}
    assert whatif(G, reject=["A"]).stands == ["C"]
    assert whatif(G, reject=["A", "B"]).falls == ["C"]


def test_dependencies_chain_through_claims_and_conclusions(builder):
    G = (
        builder()
        .assumption("A", "B", "D")
        .claim("K")
        .conclusion("C", "E")
        .depends("E", "C", "D")
        .depends("C", "K", group=0)
        .depends("C", "B", group=1)
        .depends("K", "A")
        .nx()
    )
    assert labels(G) == {"C": envs("A", "B"), "E": envs("AD", "BD")}
    assert critical(G) == [pair("E", "D")]
    assert without_sources(whatif(G, reject=["D"])) == WhatIf(
        rejected=["D"], accepted=[], falls=["E"], stands=["C"]
    )


def test_labels_are_minimal(builder):
    G = (
        builder()
        .assumption("A", "B")
        .conclusion("C")
        .depends("C", "A", group=0)
        .depends("C", "A", "B", group=1)
        .nx()
    )
    assert labels(G) == {"C": envs("A")}
    assert critical(G) == [pair("C", "A")]


def test_a_shared_assumption_in_every_environment_is_critical(builder):
    G = (
        builder()
        .assumption("A", "B", "D")
        .conclusion("C")
        .depends("C", "A", "B", group=0)
        .depends("C", "A", "D", group=1)
        .nx()
    )
    assert labels(G) == {"C": envs("AB", "AD")}
    assert critical(G) == [pair("C", "A")]
    assert whatif(G, reject=["A"]).falls == ["C"]


def test_a_conclusion_without_dependencies_holds_whatever_is_rejected(builder):
    G = builder().assumption("A").conclusion("C").claim("K").conclusion("E").depends("E", "K").nx()
    assert labels(G) == {"C": [frozenset()], "E": [frozenset()]}
    assert critical(G) == []
    assert without_sources(whatif(G, reject=["A"])) == WhatIf(
        rejected=["A"], accepted=[], falls=[], stands=["C", "E"]
    )


def test_a_cycle_that_is_its_only_support_gives_no_environment(builder):
    G = (
        builder()
        .assumption("A")
        .claim("K", "L")
        .conclusion("C", "S")
        .depends("K", "L")
        .depends("L", "K")
        .depends("C", "K", "A")
        .depends("S", "S", group=0)
        .nx()
    )
    assert labels(G) == {"C": [], "S": []}
    assert critical(G) == []
    assert without_sources(whatif(G, reject=[])) == WhatIf(
        rejected=[], accepted=[], falls=["C", "S"], stands=[]
    )


def test_a_cycle_with_support_from_outside_holds_through_it(builder):
    """K needs L or A; L needs K or B: each holds on either assumption, whatever the visit order."""
    G = (
        builder()
        .assumption("A", "B")
        .claim("K", "L")
        .conclusion("C", "E")
        .depends("K", "L", group=0)
        .depends("K", "A", group=1)
        .depends("L", "K", group=0)
        .depends("L", "B", group=1)
        .depends("C", "K")
        .depends("E", "L")
        .nx()
    )
    assert labels(G) == {"C": envs("A", "B"), "E": envs("A", "B")}
    assert whatif(G, reject=["A"]).stands == ["C", "E"]


def test_a_conclusion_on_a_cycle_with_a_self_loop(builder):
    G = builder().assumption("A").conclusion("C").depends("C", "C", group=0).depends("C", "A", group=1).nx()
    assert labels(G) == {"C": envs("A")}


def test_an_assumption_nobody_uses_changes_nothing(builder):
    G = builder().assumption("A", "Z").conclusion("C").depends("C", "A").nx()
    assert without_sources(whatif(G, reject=["Z"])) == WhatIf(
        rejected=["Z"], accepted=[], falls=[], stands=["C"]
    )


def test_the_blow_up_is_bounded(builder):
    """Three nodes of two alternatives in series: 8 environments."""
    b = builder().assumption(*"ABDEFG").claim("K1", "K2", "K3").conclusion("C").depends("C", "K1", "K2", "K3")
    for claim, (first, second) in zip(["K1", "K2", "K3"], ["AB", "DE", "FG"], strict=True):
        b.depends(claim, first, group=0).depends(claim, second, group=1)
    G = b.nx()
    assert labels(G)["C"][0] == env("ADF")
    assert len(labels(G, max_environments=8)["C"]) == 8
    with pytest.raises(InputError, match=r"label of C grows past 7 environments \(max_environments\)"):
        labels(G, max_environments=7)
    with pytest.raises(InputError, match="grows past 2 environments"):
        labels(G, max_environments=2)


def test_max_environments_must_be_positive(builder):
    with pytest.raises(InputError, match="max_environments must be at least 1, got 0"):
        labels(builder().nx(), max_environments=0)


def test_whatif_names_an_unknown_id(builder):
    G = builder().assumption("A").conclusion("C").depends("C", "A").nx()
    with pytest.raises(InputError, match="unknown assumption id 'nope'"):
        whatif(G, reject=["A", "nope"])


def test_whatif_refuses_a_node_that_is_not_an_assumption(builder):
    G = builder().assumption("A").conclusion("C").depends("C", "A").nx()
    with pytest.raises(InputError, match="'C' is a Conclusion, not an Assumption"):
        whatif(G, reject=["C"])


def test_whatif_refuses_a_bare_string(builder):
    G = builder().assumption("A").conclusion("C").depends("C", "A").nx()
    with pytest.raises(InputError, match="not the string 'A'"):
        whatif(G, reject="A")


def test_whatif_accepts_any_iterable_once(builder):
    G = builder().assumption("A").conclusion("C").depends("C", "A").nx()
    assert without_sources(whatif(G, reject=iter(["A", "A"]))) == WhatIf(
        rejected=["A"], accepted=[], falls=["C"], stands=[]
    )


def test_the_input_graph_is_not_changed(builder):
    G = builder().assumption("A").conclusion("C").depends("C", "A").nx()
    before = (list(G.nodes(data=True)), list(G.edges(keys=True, data=True)))
    labels(G), critical(G), whatif(G, reject=["A"])
    assert (list(G.nodes(data=True)), list(G.edges(keys=True, data=True))) == before


def test_a_deny_edge_needs_the_question_answered_no(builder):
    """C needs A, D needs not-A: rejecting A fells C and leaves D standing; accepting does the reverse."""
    G = (
        builder()
        .assumption("A")
        .conclusion("C", "D")
        .depends("C", "A", polarity="affirm")
        .depends("D", "A", polarity="deny")
        .nx()
    )
    assert labels(G) == {"C": envs("A"), "D": envs("~A")}
    assert critical(G) == [pair("C", "A"), pair("D", "A", "deny")]
    assert without_sources(whatif(G, reject=["A"])) == WhatIf(
        rejected=["A"], accepted=[], falls=["C"], stands=["D"]
    )
    assert without_sources(whatif(G, accept=["A"])) == WhatIf(
        rejected=[], accepted=["A"], falls=["D"], stands=["C"]
    )


def test_an_environment_that_answers_a_question_both_ways_is_dropped(builder):
    """K needs A; C needs K and not-A in one group (inconsistent), or B."""
    G = (
        builder()
        .assumption("A", "B")
        .claim("K")
        .conclusion("C", "E")
        .depends("K", "A")
        .depends("C", "K", group=0)
        .depends("C", "A", group=0, polarity="deny")
        .depends("C", "B", group=1)
        .depends("E", "K", group=0)
        .depends("E", "A", group=0, polarity="deny")
        .nx()
    )
    assert labels(G) == {"C": envs("B"), "E": []}
    assert whatif(G, accept=["B"]).falls == ["E"]


def test_both_answers_as_alternatives_survive_either_answer(builder):
    G = (
        builder()
        .assumption("A", "B")
        .conclusion("C")
        .depends("C", "A", "B", group=0)
        .depends("C", "A", group=1, polarity="deny")
        .nx()
    )
    assert labels(G) == {"C": envs("~A", "AB")}
    assert critical(G) == []
    assert whatif(G, reject=["A"]).stands == ["C"]
    assert whatif(G, accept=["A"]).stands == ["C"]
    assert whatif(G, accept=["A"], reject=["B"]).falls == ["C"]


def test_polarity_on_an_edge_to_a_claim_is_ignored(builder):
    G = (
        builder()
        .assumption("A")
        .claim("K")
        .conclusion("C")
        .depends("C", "K", polarity="deny")
        .depends("K", "A")
        .nx()
    )
    assert labels(G) == {"C": envs("A")}


def test_whatif_refuses_an_id_both_rejected_and_accepted(builder):
    G = builder().assumption("A", "B").conclusion("C").depends("C", "A").nx()
    with pytest.raises(InputError, match="'A' cannot be both rejected and accepted"):
        whatif(G, reject=["A", "B"], accept=["A"])
    with pytest.raises(InputError, match="unknown assumption id 'nope'"):
        whatif(G, accept=["nope"])
    with pytest.raises(InputError, match="accept must be a collection"):
        whatif(G, accept="A")


def test_given_labels_are_used_as_they_are(builder):
    G = builder().assumption("A").conclusion("C").depends("C", "A").nx()
    assert critical(G, labelled={"C": envs("~A")}) == [pair("C", "A", "deny")]
    assert whatif(G, accept=["A"], labelled={"C": envs("~A")}).falls == ["C"]


def test_a_bound_that_is_hit_cuts_off_only_what_rests_on_it(builder):
    """K has 8 environments; C and Y rest on it, X does not: X is still analysed."""
    b = builder().assumption(*"ABDEFGH").claim("K1", "K2", "K3", "K").conclusion("C", "X", "Y")
    b.depends("K", "K1", "K2", "K3").depends("C", "K").depends("Y", "C", "H").depends("X", "H")
    for claim, (first, second) in zip(["K1", "K2", "K3"], ["AB", "DE", "FG"], strict=True):
        b.depends(claim, first, group=0).depends(claim, second, group=1)
    G = b.nx()
    found, cut = bounded_labels(G, max_environments=7)
    assert found == {"X": envs("H")}
    assert cut == Cut(overflow=["K"], conclusions=["C", "Y"])
    assert bool(cut)
    assert bounded_labels(G)[1] == Cut(overflow=[], conclusions=[]) and not bounded_labels(G)[1]
    with pytest.raises(InputError, match=r"label of K grows past 7 environments"):
        labels(G, max_environments=7)
