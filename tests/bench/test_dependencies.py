"""The scorer of conclusions and their dependencies, on a hand-made graph and gold."""

import json
from pathlib import Path

from argkg.bench.dependencies import GoldConclusion, GoldText, load_texts, score
from argkg.schema import (
    Assumption,
    Conclusion,
    Document,
    DocumentGraph,
    Polarity,
    Relationship,
    span_key,
    stable_id,
    text_sha256,
)

TEXT = "Will prices fall?\nWill wages rise?\nSo prices will fall. Wages stay flat. Rents double."


def _graph() -> DocumentGraph:
    sha = text_sha256(TEXT)
    doc_id = stable_id(sha, "Document", "")
    document = Document(id=doc_id, doc_id=doc_id, title="t", lang="en", source="t", text=TEXT, sha256=sha)

    def spanned(label: str, quote: str) -> tuple[str, int, int]:
        start = TEXT.index(quote)
        return stable_id(sha, label, span_key(start, start + len(quote))), start, start + len(quote)

    nodes: list[Assumption | Conclusion] = []
    for question in ("Will prices fall?", "Will wages rise?"):
        aid, a, b = spanned("Assumption", question)
        nodes.append(Assumption(id=aid, doc_id=doc_id, text=question[5:-1], origin="debate", start=a, end=b))
    for quote in ("So prices will fall.", "Wages stay flat.", "Rents double."):
        cid, a, b = spanned("Conclusion", quote)
        nodes.append(Conclusion(id=cid, doc_id=doc_id, text=quote, start=a, end=b))
    prices, wages, first, second, _ = (n.id for n in nodes)
    rels = (
        Relationship(type="DEPENDS_ON", start=first, end=prices, basis="lexical", group=0, polarity="affirm"),
        Relationship(type="DEPENDS_ON", start=first, end=wages, basis="lexical", group=0, polarity="deny"),
        Relationship(type="DEPENDS_ON", start=second, end=wages, basis="lexical", group=0, polarity="affirm"),
    )
    return DocumentGraph(document=document, nodes=tuple(nodes), relationships=rels)


def _span(quote: str) -> tuple[int, int]:
    return TEXT.index(quote), TEXT.index(quote) + len(quote)


def test_conclusions_pairs_and_directions_are_counted() -> None:
    gold = GoldText(
        "t",
        (0, len(TEXT)),
        [
            GoldConclusion("prices will fall", {_span("Will prices fall?"): Polarity.AFFIRM}),
            GoldConclusion("Wages stay flat", {_span("Will wages rise?"): Polarity.DENY}),
            GoldConclusion("Taxes go up", {_span("Will prices fall?"): Polarity.AFFIRM}),
        ],
    )
    found = score(gold, _graph()).as_dict()
    assert (found["gold"], found["found"], found["predicted"], found["right"]) == (3, 2, 3, 2)
    # predicted pairs of matched conclusions: (first, prices), (first, wages), (second, wages)
    assert (found["gold_pairs"], found["predicted_pairs"], found["found_pairs"]) == (3, 3, 2)
    assert found["directed"] == 1  # "Wages stay flat" needs no, the edge says affirm
    assert found["pair_precision"] == round(2 / 3, 3) and found["direction"] == 0.5


def test_own_texts_have_their_gold_beside_them(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("Will prices fall?\nPrices will fall.", encoding="utf-8")
    gold = {"conclusions": [{"quote": "Prices will fall", "needs": {"Will prices fall?": "+"}}]}
    (tmp_path / "a.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    (tmp_path / "b.txt").write_text("no gold for this one", encoding="utf-8")
    ((path, read),) = load_texts(tmp_path)
    assert path.name == "a.md"
    text = path.read_text(encoding="utf-8")
    assert read(text).conclusions == [GoldConclusion("Prices will fall", {(0, 17): Polarity.AFFIRM})]
