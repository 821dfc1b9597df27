"""DEPENDS_ON groups: alternatives of conjunctions."""

from argkg.ingest.dependencies import Requirement, depends_on
from argkg.schema import Basis

C, S = Basis.CONDITIONAL, Basis.STRUCTURAL


def edges(requirements: list[Requirement]) -> set[tuple[str, int, str]]:
    return {
        (r.end, r.group or 0, r.basis.value if r.basis else "") for r in depends_on("claim-x", requirements)
    }


def test_one_conditional_with_two_alternatives() -> None:
    found = edges([Requirement(((("a", C),), (("b", C),)))])
    assert found == {("a", 0, "conditional"), ("b", 1, "conditional")}


def test_requirements_multiply_into_groups() -> None:
    alternatives = Requirement(((("a", C),), (("b", C),)))
    together = Requirement(((("d1", S), ("d2", S)),))
    assert edges([alternatives, together]) == {
        ("a", 0, "conditional"),
        ("d1", 0, "structural"),
        ("d2", 0, "structural"),
        ("b", 1, "conditional"),
        ("d1", 1, "structural"),
        ("d2", 1, "structural"),
    }


def test_a_target_twice_in_a_group_keeps_its_first_basis_and_no_self_loop() -> None:
    found = edges([Requirement(((("a", C), ("a", S), ("claim-x", S)),))])
    assert found == {("a", 0, "conditional")}


def test_no_requirements_no_edges() -> None:
    assert edges([]) == set()
    assert edges([Requirement(())]) == set()
