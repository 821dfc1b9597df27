"""The analyses on real ingested texts: the reference article and the bundled examples."""

import pytest
from factories import EXAMPLES
from factories import REFERENCE_ARTICLE as REFERENCE

from argkg.graph.networkx_graph import graphs_to_networkx
from argkg.ingest import ingest_paths
from argkg.queries import analyse, cruxes, depends, run_cypher_analysis, whatif
from argkg.schema import Basis, Conclusion, RelType, Section, SectionKind


@pytest.fixture(scope="module")
def reference():
    [graph] = ingest_paths([REFERENCE])
    return analyse(graph)


@pytest.fixture(scope="module")
def debated(reference):
    """The contested assumptions that the debated sections raise."""
    sections = {s.id for s in reference.of_type(Section) if s.kind is SectionKind.DEBATE}
    raised = {r.end for r in reference.relationships if r.type is RelType.RAISES and r.start in sections}
    return {a for a in raised if reference.node_index[a].contested}


@pytest.fixture(scope="module")
def with_credence(reference):
    """The conclusions of the conclusion section that carry a probability, lowest first."""
    sections = {s.id for s in reference.of_type(Section) if s.kind is SectionKind.CONCLUSION}
    inside = {r.end for r in reference.relationships if r.type is RelType.CONTAINS and r.start in sections}
    found = [c for c in reference.of_type(Conclusion) if c.id in inside and c.credence is not None]
    return sorted(found, key=lambda c: c.credence)


def test_three_debated_sections_raise_three_contested_assumptions(reference, debated):
    assert len([s for s in reference.of_type(Section) if s.kind is SectionKind.DEBATE]) == 3
    assert len(debated) == 3


def test_the_conclusions_with_probabilities_rest_on_the_debated_assumptions(
    reference, debated, with_credence
):
    assert [c.credence for c in with_credence] == [0.3, 0.7]
    rows = {row.conclusion_id: row for row in depends(graphs_to_networkx([reference]))}
    for conclusion in with_credence:
        found = {a.assumption_id: a for a in rows[conclusion.id].assumptions}
        assert debated <= set(found)
        for a in debated:
            assert found[a].contested
            assert found[a].path[0] == conclusion.id
            assert found[a].path[-1] == a
            assert Basis(found[a].basis)


def test_cruxes_rank_the_debated_assumptions_first(reference, debated):
    ranked = cruxes(graphs_to_networkx([reference]))
    assert {crux.assumption_id for crux in ranked[:3]} == debated


def test_answering_any_debated_question_against_a_scenario_fells_it(reference, debated, with_credence):
    """The 70% and 30% scenarios rest on every debated question with opposite answers: each
    answer to each question fells one of them, and never the same one both ways."""
    G = graphs_to_networkx([reference])
    scenarios = {c.id for c in with_credence}
    for a in sorted(debated):
        rejected = set(whatif(G, reject=[a]).falls) & scenarios
        accepted = set(whatif(G, accept=[a]).falls) & scenarios
        assert rejected and accepted and not rejected & accepted


def test_rests_on_answers_the_main_question(reference, debated, with_credence):
    critical_contested = {
        (r.start, r.end)
        for r in reference.relationships
        if r.type is RelType.RESTS_ON and r.critical and reference.node_index[r.end].contested
    }
    assert {(c.id, a) for c in with_credence for a in debated} <= critical_contested


def test_the_bundled_examples_are_there():
    assert [path.name for path in EXAMPLES] == ["debate_en.txt", "debate_zh.txt"]


@pytest.mark.parametrize("path", [REFERENCE, *EXAMPLES], ids=lambda path: path.name)
def test_cypher_and_networkx_agree_on_real_texts(in_neo4j, twins, path):
    [graph] = ingest_paths([path])
    graph = analyse(graph)
    run = in_neo4j(graph)
    G = graphs_to_networkx([graph])
    for name, twin in twins.items():
        assert run_cypher_analysis(name, run) == twin(G), name
