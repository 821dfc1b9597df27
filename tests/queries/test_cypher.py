"""The Cypher twins: loading, reading rows, and the same answers as networkx on a real Neo4j."""

import re
from importlib import resources

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from argkg.errors import InputError, StoreError
from argkg.graph.networkx_graph import graphs_to_networkx
from argkg.ingest.linking import link_issues
from argkg.queries import CYPHER_ANALYSES, analyse, cruxes, load_cypher, run_cypher_analysis


def test_every_cypher_file_is_an_analysis_with_a_twin_and_a_header(twins):
    files = {path.name for path in resources.files("argkg.queries").joinpath("cypher").iterdir()}
    assert files == {f"{name}.cypher" for name in CYPHER_ANALYSES} == {f"{name}.cypher" for name in twins}
    for name in CYPHER_ANALYSES:
        header = load_cypher(name).splitlines()[:3]
        assert header[0].startswith(f"// {name}: ")
        assert header[1] == "// Parameters: none."
        assert header[2].startswith("// Columns: ")


def test_the_header_names_the_columns_the_query_returns():
    for name, model in CYPHER_ANALYSES.items():
        text = load_cypher(name)
        columns = re.search(r"^// Columns: ([^;(]+)", text, re.MULTILINE)
        assert columns is not None
        assert [c.strip() for c in columns.group(1).split(",")] == list(model.model_fields)


def test_no_apoc_and_no_parameters():
    for name in CYPHER_ANALYSES:
        body = "\n".join(line for line in load_cypher(name).splitlines() if not line.startswith("//"))
        assert "apoc." not in body.lower()
        assert "$" not in body


def test_an_unknown_name_is_refused_with_the_known_ones():
    with pytest.raises(
        InputError, match=r"no Cypher analysis named 'nope'; there are: assumption_sources, balance"
    ):
        load_cypher("nope")
    with pytest.raises(InputError, match="'nope'"):
        run_cypher_analysis("nope", lambda query, parameters: [])


def test_a_row_that_does_not_fit_the_model_is_a_store_error():
    with pytest.raises(StoreError, match=r"critical\.cypher returned a row that is not a CriticalPair"):
        run_cypher_analysis("critical", lambda query, parameters: [{"conclusion_id": "C"}])


def test_the_runner_gets_the_file_and_no_parameters():
    seen = []
    run_cypher_analysis("evidence", lambda query, parameters: seen.append((query, parameters)) or [])
    assert seen == [(load_cypher("evidence"), {})]


def _rich_graph(builder):
    """Every analysis has something to say: chains, cycles, parallel edges, both sides, numbers,
    both answers to one question (A1 splits C1 from C5)."""
    return (
        builder()
        .section("S1", ordinal=1, title="Does it scale?")
        .section("S2", ordinal=2, title="Is data enough?")
        .section("S0", ordinal=0, kind="intro")
        .assumption("A1", "A2", "A3", "A4")
        .claim("P1", "P2", "P3", stance="pro")
        .claim("Q1", "Q2", stance="con")
        .claim("N1", stance="neutral")
        .conclusion("C1", credence=0.7)
        .conclusion("C2", credence=0.3)
        .conclusion("C3", "C4", "C5")
        .evidence("E1", 0.7, kind="probability")
        .evidence("E2", 1e26, unit="FLOP", kind="compute")
        .rel("CONTAINS", "S1", "P1", "Q1", "N1", "C1")
        .rel("CONTAINS", "S2", "P2", "P3", "Q2")
        .rel("CONTAINS", "S0", "P3")
        .rel("RAISES", "S1", "A1")
        .rel("CITES", "P1", "E1", "E2")
        .rel("CITES", "Q2", "E2")
        .supports("P1", "A1")
        .supports("P2", "P1")
        .attacks("Q1", "A1", "P2")
        .supports("Q2", "Q1", "A2")
        .attacks("P3", "A2")
        .depends("C1", "A1", "A2", group=0)
        .depends("C2", "A1", group=0, basis="lexical")
        .depends("C2", "N1", group=1)
        .depends("N1", "A2", "A3", basis="conditional")
        .depends("C3", "C4", group=0)
        .depends("C4", "C3", group=0)
        .depends("C4", "A4", group=1, basis="stated")
        .depends("C4", "A4", group=2, basis="lexical")
        .depends("C5", "A1", basis="conditional", polarity="deny")
        .depends("C5", "A2", polarity="affirm")
        .build()
    )


@pytest.mark.parametrize(
    "name", sorted(set(CYPHER_ANALYSES) - {"restated"})
)  # two documents: test_restates.py
def test_cypher_and_networkx_agree_on_a_hand_built_graph(builder, in_neo4j, twins, name):
    graph = link_issues(analyse(_rich_graph(builder)), [])  # its debate assumptions become issues
    run = in_neo4j(graph)
    expected = twins[name](graphs_to_networkx([graph]))
    assert expected, f"{name} has nothing to compare on this graph"
    assert run_cypher_analysis(name, run) == expected


def test_the_main_question_runs_as_documented(builder, in_neo4j):
    run = in_neo4j(analyse(_rich_graph(builder)))
    rows = run(
        "MATCH (c:Conclusion)-[:RESTS_ON {critical: true}]->(a:Assumption {contested: true}) "
        "RETURN c.id AS c, a.id AS a ORDER BY c, a",
        {},
    )
    assert rows == [
        {"c": "C1", "a": "A1"},
        {"c": "C1", "a": "A2"},
        {"c": "C5", "a": "A1"},
        {"c": "C5", "a": "A2"},
    ]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_cypher_and_networkx_agree_on_random_graphs(random_graphs, in_neo4j, twins, data):
    graph = analyse(data.draw(random_graphs))
    run = in_neo4j(graph)
    G = graphs_to_networkx([graph])
    for name, twin in twins.items():
        assert run_cypher_analysis(name, run) == twin(G), name


def test_the_hand_built_graph_has_a_splitting_crux_and_a_deny_literal(builder):
    G = graphs_to_networkx([analyse(_rich_graph(builder))])
    top = cruxes(G)[0]
    assert (top.assumption_id, top.splits.affirm, top.splits.deny) == ("A1", ["C1"], ["C5"])
