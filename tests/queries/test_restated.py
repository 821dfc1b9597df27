"""`restated`: claims of different documents that say the same thing, in one language or two."""

from argkg.graph import graphs_to_networkx
from argkg.ingest import ingest_text
from argkg.queries import restated

EN = "Cities should ban cars from their centres. Google says that pollution fell by 30% after the ban.\n"
EN2 = "Cars should be banned from city centres. The weather was fine.\n"
ZH = "城市应该禁止汽车。谷歌说禁令之后污染下降了30%。\n"
OTHER = "Sugary drinks should be taxed. Sales fell by 10%.\n"


def test_restatements_in_one_language_and_across_two() -> None:
    graphs = [ingest_text(text, source=f"{i}.txt") for i, text in enumerate((EN, EN2, ZH, OTHER))]
    G = graphs_to_networkx(graphs)
    found = restated(G)
    texts = {(G.nodes[r.claim_id]["text"], G.nodes[r.other_id]["text"]): r for r in found}
    docs = {g.document.id: i for i, g in enumerate(graphs)}
    pairs = {tuple(sorted((docs[r.doc_id], docs[r.other_doc_id]))): r.basis for r in found}
    assert pairs.get((0, 1)) == "wording"
    assert pairs.get((0, 2)) == "entities_numbers"
    assert all(3 not in pair for pair in pairs)
    assert all(r.doc_id != r.other_doc_id and 0 < r.score <= 1 and r.claim_id < r.other_id for r in found)
    assert texts and found == restated(G)
