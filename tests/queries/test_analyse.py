"""analyse: the analyses written back into a document graph."""

from argkg.graph.networkx_graph import graphs_to_networkx
from argkg.queries import analyse
from argkg.schema import Assumption, GroundedStatus, Relationship, RelType


def _debate(builder):
    return (
        builder()
        .assumption("A", "B", "U")
        .claim("P", "Q")
        .conclusion("C", "E")
        .depends("C", "A", "B", group=0)
        .depends("E", "A", group=0)
        .depends("E", "B", group=1)
        .supports("P", "A")
        .attacks("Q", "A")
        .supports("P", "B")
        .build()
    )


def test_assumptions_carry_counts_contest_and_status(builder):
    analysed = analyse(_debate(builder))
    found = {
        node.id: (node.contested, node.supports, node.attacks, node.status)
        for node in analysed.of_type(Assumption)
    }
    assert found == {
        "A": (True, 1, 1, GroundedStatus.UNDECIDED),
        "B": (False, 1, 0, GroundedStatus.ACCEPTED),
        "U": (False, 0, 0, GroundedStatus.ACCEPTED),
    }


def test_rests_on_links_each_conclusion_to_its_label_members(builder):
    analysed = analyse(_debate(builder))
    rests_on = [(r.start, r.end, r.critical) for r in analysed.relationships if r.type is RelType.RESTS_ON]
    assert rests_on == [("C", "A", True), ("C", "B", True), ("E", "A", False), ("E", "B", False)]


def test_the_main_question_is_one_pattern_away(builder):
    """Conclusions that rest critically on a contested assumption, read off the analysed graph."""
    G = graphs_to_networkx([analyse(_debate(builder))])
    answer = sorted(
        (start, end)
        for start, end, data in G.edges(data=True)
        if data["type"] == "RESTS_ON" and data["critical"] and G.nodes[end]["contested"]
    )
    assert answer == [("C", "A")]


def test_old_rests_on_edges_are_replaced_and_analyse_is_idempotent(builder):
    graph = _debate(builder)
    stale = Relationship(type="RESTS_ON", start="C", end="U", critical=True)
    with_stale = graph.model_copy(update={"relationships": (*graph.relationships, stale)})
    analysed = analyse(with_stale)
    assert stale not in analysed.relationships
    assert analyse(analysed) == analysed == analyse(graph)


def test_the_input_graph_is_not_changed(builder):
    graph = _debate(builder)
    before = graph.model_dump()
    analyse(graph)
    assert graph.model_dump() == before
    assert all(node.status is None for node in graph.of_type(Assumption))
