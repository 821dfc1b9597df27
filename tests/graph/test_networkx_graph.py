"""The analysis graph built from rows is the graph networkx's own ``add_node``/``add_edge`` build."""

import networkx as nx
import pytest
from factories import OTHER_TEXT, build_tiny_graph, graph_lines

from argkg.graph.networkx_graph import records_to_rows, rows_to_networkx
from argkg.schema import merged_records


def test_rows_give_the_graph_add_edge_gives() -> None:
    nodes, edges = records_to_rows(
        merged_records([build_tiny_graph(), build_tiny_graph(OTHER_TEXT, "b.txt")])
    )
    doubled = [*edges, *((start, end, key + "-again", kind, data) for start, end, key, kind, data in edges)]
    built = rows_to_networkx(nodes, doubled)
    expected = nx.MultiDiGraph()
    for node_id, label, properties in nodes:
        expected.add_node(node_id, label=label, **properties)
    for start, end, key, kind, properties in doubled:
        expected.add_edge(start, end, key=key, type=kind, **properties)
    assert graph_lines(built) == graph_lines(expected)
    assert nx.utils.graphs_equal(built, expected)
    some = edges[0][0]
    assert list(built.successors(some)) == list(expected.successors(some))
    assert list(built.in_edges(edges[0][1], keys=True)) == list(expected.in_edges(edges[0][1], keys=True))
    assert built.number_of_edges() == 2 * len(edges) > 0


def test_an_edge_to_a_node_not_read_is_refused() -> None:
    nodes, edges = records_to_rows(merged_records([build_tiny_graph()]))
    start, _, key, kind, data = edges[0]
    with pytest.raises(KeyError):
        rows_to_networkx(nodes, [(start, "nowhere", key, kind, data)])
