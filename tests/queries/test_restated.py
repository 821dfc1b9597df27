"""`restated`: the stored RESTATES edges, each with its cluster ("argued by N sources")."""

from argkg.graph import graphs_to_networkx
from argkg.ingest import ingest_text
from argkg.ingest.restates import restate
from argkg.queries import restated

EN = "Cities should ban cars from their centres. Google says that pollution fell by 30% after the ban.\n"
EN2 = "Cars should be banned from city centres. The weather was fine.\n"
ZH = "城市应该禁止汽车。谷歌说禁令之后污染下降了30%。\n"
OTHER = "Sugary drinks should be taxed. Sales fell by 10%.\n"


def test_the_stored_pairs_with_their_clusters() -> None:
    graphs = [ingest_text(text, source=f"{i}.txt") for i, text in enumerate((EN, EN2, ZH, OTHER))]
    G = graphs_to_networkx(restate(graphs, []))
    found = restated(G)
    docs = {g.document.id: i for i, g in enumerate(graphs)}
    pairs = {tuple(sorted((docs[r.doc_id], docs[r.other_doc_id]))): r.basis for r in found}
    assert pairs.get((0, 1)) == "wording"
    assert pairs.get((0, 2)) == "entities_numbers"
    assert all(3 not in pair for pair in pairs)
    assert all(r.doc_id != r.other_doc_id and 0 < r.score <= 1 and r.claim_id < r.other_id for r in found)
    by_claim = {c: r for r in found for c in (r.claim_id, r.other_id)}
    assert by_claim[found[0].claim_id].cluster == min(by_claim[found[0].claim_id].cluster, found[0].claim_id)
    assert {r.sources for r in found if r.cluster == found[0].cluster} == {
        len({docs[x] for r in found if r.cluster == found[0].cluster for x in (r.doc_id, r.other_doc_id)})
    }


def test_nothing_is_restated_without_stored_edges() -> None:
    graphs = [ingest_text(text, source=f"{i}.txt") for i, text in enumerate((EN, EN2))]
    assert restated(graphs_to_networkx(graphs)) == []
