"""Contested assumptions and grounded status on hand-built attack graphs."""

from factories import without_sources

from argkg.queries import ContestedAssumption, contested, grounded
from argkg.schema import GroundedStatus

ACCEPTED, REJECTED, UNDECIDED = GroundedStatus.ACCEPTED, GroundedStatus.REJECTED, GroundedStatus.UNDECIDED


def test_sides_count_distinct_claims_through_chains_of_supports(builder):
    G = (
        builder()
        .assumption("A", text="prices fall")
        .claim("P1", "P2", "P3", "Q1", "Q2", "Q3")
        .supports("P1", "A")
        .supports("P2", "P1")
        .supports("P3", "P2", "P1")
        .attacks("Q1", "A")
        .supports("Q2", "Q1")
        .supports("Q3", "Q2")
        .nx()
    )
    assert without_sources(contested(G)) == [
        ContestedAssumption(assumption_id="A", text="prices fall", supports=3, attacks=3)
    ]


def test_an_attack_on_a_supporter_is_not_an_attack_on_the_assumption(builder):
    G = builder().assumption("A").claim("P", "Q").supports("P", "A").attacks("Q", "P").nx()
    assert contested(G) == []


def test_one_sided_and_undiscussed_assumptions_are_not_contested(builder):
    G = builder().assumption("A", "B", "U").claim("P", "Q").supports("P", "A").attacks("Q", "B").nx()
    assert contested(G) == []
    assert grounded(G) == {"A": ACCEPTED, "B": REJECTED, "U": ACCEPTED}


def test_a_cycle_of_supports_counts_each_claim_once(builder):
    G = (
        builder()
        .assumption("A")
        .claim("P1", "P2", "Q")
        .supports("P1", "P2", "A")
        .supports("P2", "P1")
        .attacks("Q", "A")
        .nx()
    )
    assert [(row.supports, row.attacks) for row in contested(G)] == [(2, 1)]


def test_a_claim_can_count_on_both_sides(builder):
    G = builder().assumption("A").claim("K").supports("K", "A").attacks("K", "A").nx()
    assert [(row.supports, row.attacks) for row in contested(G)] == [(1, 1)]
    assert grounded(G) == {"A": UNDECIDED}


def test_support_against_attack_is_a_standoff(builder):
    G = builder().assumption("A").claim("P", "Q").supports("P", "A").attacks("Q", "A").nx()
    assert grounded(G) == {"A": UNDECIDED}


def test_an_unanswered_attack_on_the_attacker_reinstates(builder):
    G = (
        builder()
        .assumption("A")
        .claim("P", "Q", "Z")
        .supports("P", "A")
        .attacks("Q", "A")
        .attacks("Z", "Q")
        .nx()
    )
    assert grounded(G) == {"A": ACCEPTED}


def test_a_supporter_of_an_attacked_claim_rebuts_its_attacker(builder):
    """Z attacks Q1, which Q2 supports: Z and Q2 rebut each other, so Q1's attack on A is not settled."""
    G = (
        builder()
        .assumption("A")
        .claim("Q1", "Q2", "Z")
        .attacks("Q1", "A")
        .supports("Q2", "Q1")
        .attacks("Z", "Q1")
        .nx()
    )
    assert grounded(G) == {"A": UNDECIDED}


def test_defeating_a_supporter_of_the_attacker_does_not_free_the_target(builder):
    """Q2 supports Q1, which attacks A; Y defeats Q2, but nobody answers Q1, so A is rejected."""
    G = (
        builder()
        .assumption("A")
        .claim("Q1", "Q2", "Y")
        .attacks("Q1", "A")
        .supports("Q2", "Q1")
        .attacks("Y", "Q2")
        .nx()
    )
    assert grounded(G) == {"A": REJECTED}


def test_a_self_attacking_attacker_leaves_the_target_undecided(builder):
    G = builder().assumption("A").claim("Q").attacks("Q", "Q", "A").nx()
    assert grounded(G) == {"A": UNDECIDED}


def test_a_self_attacker_defeated_by_another_claim_frees_the_target(builder):
    G = builder().assumption("A").claim("Q", "Z").attacks("Q", "Q", "A").attacks("Z", "Q").nx()
    assert grounded(G) == {"A": ACCEPTED}


def test_an_even_cycle_of_attacks_is_undecided_and_an_odd_one_too(builder):
    G = (
        builder()
        .assumption("A", "B")
        .claim("Q1", "Q2", "R1", "R2", "R3")
        .attacks("Q1", "Q2", "A")
        .attacks("Q2", "Q1")
        .attacks("R1", "R2", "B")
        .attacks("R2", "R3")
        .attacks("R3", "R1")
        .nx()
    )
    assert grounded(G) == {"A": UNDECIDED, "B": UNDECIDED}


def test_attacks_on_conclusions_take_part_in_the_rebuttals(builder):
    """P supports conclusion C, which Q attacks; so P and Q rebut each other and Q's attack on A stalls."""
    G = (
        builder()
        .assumption("A")
        .claim("P", "Q")
        .conclusion("C")
        .supports("P", "C")
        .attacks("Q", "C", "A")
        .nx()
    )
    assert grounded(G) == {"A": UNDECIDED}
