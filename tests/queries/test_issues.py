"""`issues` and `issue_sources`: shared issues across sources, sides and cited numbers."""

import pytest

from argkg.graph import graphs_to_networkx
from argkg.ingest import ingest_text
from argkg.ingest.linking import link_issues
from argkg.queries import issue_sources, issues
from argkg.schema import DocumentGraph, Issue

TEXTS = [
    (
        "a.txt",
        "Cities should ban cars from their centres. Air pollution fell by 30% in Oslo after its ban.\n",
    ),
    ("b.txt", "Cars should not be banned from city centres. Shops lost 12% of their customers.\n"),
    ("c.txt", "Sugary drinks should be taxed. Sales fell by 10% in Mexico.\n"),
]


def _graphs() -> list[DocumentGraph]:
    known: list[Issue] = []
    graphs = []
    for source, text in TEXTS:
        graph = link_issues(ingest_text(text, source=source), known)
        known.extend(i for i in graph.of_type(Issue) if i not in known)
        graphs.append(graph)
    return graphs


def test_issues_list_sources_with_their_stance_and_counts() -> None:
    G = graphs_to_networkx(_graphs())
    found = issues(G)
    assert len(found) == 2
    cars = next(i for i in found if len(i.sources) == 2)
    assert sorted(s.source for s in cars.sources) == ["a.txt", "b.txt"]
    assert {s.source: s.stance for s in cars.sources} == {"a.txt": "pro", "b.txt": "con"}
    assert (cars.supports, cars.attacks) == (1, 1)
    assert [r.model_dump(mode="json") for r in found] == [r.model_dump(mode="json") for r in issues(G)]


def test_issue_sources_give_each_sides_claims_and_numbers() -> None:
    G = graphs_to_networkx(_graphs())
    cars = next(i for i in issues(G) if len(i.sources) == 2)
    rows = {row.source: row for row in issue_sources(G, cars.issue_id)}
    assert [c.side for c in rows["a.txt"].claims] == ["for"]
    assert [c.side for c in rows["b.txt"].claims] == ["against"]
    assert "30%" in rows["a.txt"].claims[0].evidence
    assert "12%" in rows["b.txt"].claims[0].evidence
    with pytest.raises(KeyError):
        issue_sources(G, "issue-0")
