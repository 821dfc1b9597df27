"""DEPENDS_ON groups: alternatives of conjunctions."""

from argkg.ingest.dependencies import Requirement, Target, depends_on
from argkg.schema import Basis, Polarity

C, S = Basis.CONDITIONAL, Basis.STRUCTURAL


def t(node: str, basis: Basis) -> Target:
    return Target(node, basis)


def edges(requirements: list[Requirement]) -> set[tuple[str, int, str]]:
    return {
        (r.end, r.group or 0, r.basis.value if r.basis else "") for r in depends_on("claim-x", requirements)
    }


def test_one_conditional_with_two_alternatives() -> None:
    found = edges([Requirement(((t("a", C),), (t("b", C),)))])
    assert found == {("a", 0, "conditional"), ("b", 1, "conditional")}


def test_requirements_multiply_into_groups() -> None:
    alternatives = Requirement(((t("a", C),), (t("b", C),)))
    together = Requirement(((t("d1", S), t("d2", S)),))
    assert edges([alternatives, together]) == {
        ("a", 0, "conditional"),
        ("d1", 0, "structural"),
        ("d2", 0, "structural"),
        ("b", 1, "conditional"),
        ("d1", 1, "structural"),
        ("d2", 1, "structural"),
    }


def test_a_target_twice_in_a_group_keeps_its_first_basis_and_no_self_loop() -> None:
    found = edges([Requirement(((t("a", C), t("a", S), t("claim-x", S)),))])
    assert found == {("a", 0, "conditional")}


def test_no_requirements_no_edges() -> None:
    assert edges([]) == set()
    assert edges([Requirement(())]) == set()


def test_a_target_keeps_the_polarity_it_needs() -> None:
    needs = Requirement(((Target("q", Basis.LEXICAL, Polarity.DENY), Target("a", C)),))
    found = {(r.end, r.polarity) for r in depends_on("claim-x", [needs])}
    assert found == {("q", Polarity.DENY), ("a", None)}


def test_dependencies_grow_linearly_with_debates_placed_one_after_another() -> None:
    """A text holding the same debate three times (each closed by its conclusion section) has
    about three times the DEPENDS_ON edges of one debate, not nine: a statement reaches only the
    issues of its own debate."""
    from factories import REFERENCE_ARTICLE

    from argkg.ingest import ingest_text
    from argkg.schema import RelType

    text = REFERENCE_ARTICLE.read_text(encoding="utf-8")

    def dependencies(copies: int) -> int:
        graph = ingest_text("\n\n".join([text] * copies), source=f"copies-{copies}.txt")
        return sum(1 for r in graph.relationships if r.type is RelType.DEPENDS_ON)

    one, three = dependencies(1), dependencies(3)
    assert one > 0
    assert 3 * one <= three <= 3 * one * 1.1
