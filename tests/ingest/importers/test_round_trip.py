"""Round trips argkg -> AIF -> argkg and argkg -> GraphML -> argkg keep every node, relationship and span."""

from pathlib import Path

import pytest
from factories import CORPUS, EXAMPLES, REFERENCE_ARTICLE

from argkg.graph.exporters import EXPORTERS
from argkg.ingest import ingest_paths, ingest_text
from argkg.ingest.importers import IMPORTERS
from argkg.ingest.restates import restate
from argkg.queries import analyse
from argkg.schema import DocumentGraph, dumps_records, graph_records, with_restatements

SUFFIX = {"aif": ".json", "graphml": ".graphml"}


@pytest.fixture(scope="module")
def graphs() -> list[DocumentGraph]:
    """The bundled examples and the reference article, ingested and analysed."""
    return [analyse(graph) for graph in ingest_paths([*EXAMPLES, REFERENCE_ARTICLE])]


def _canonical(graphs: list[DocumentGraph]) -> str:
    return dumps_records(record for graph in graphs for record in graph_records(graph))


@pytest.mark.parametrize("fmt", ["aif", "graphml"])
def test_round_trip_keeps_every_node_relationship_and_span(
    fmt: str, graphs: list[DocumentGraph], tmp_path: Path
) -> None:
    path = tmp_path / f"export{SUFFIX[fmt]}"
    path.write_text(EXPORTERS[fmt](graphs), encoding="utf-8")
    back = IMPORTERS[fmt].read(path)
    assert sorted(g.document.id for g in back) == sorted(g.document.id for g in graphs)
    assert _canonical(back) == _canonical(graphs)
    reference = next(g for g in back if g.document.source.endswith(REFERENCE_ARTICLE.name))
    spanned = [n for n in reference.nodes if getattr(n, "start", None) is not None]
    assert len(spanned) > 100
    assert all(n.end <= len(reference.document.text) for n in spanned)


@pytest.mark.parametrize("fmt", ["aif", "graphml"])
def test_round_trip_of_one_document_is_stable(fmt: str, tiny_graph: DocumentGraph, tmp_path: Path) -> None:
    path = tmp_path / f"tiny{SUFFIX[fmt]}"
    text = EXPORTERS[fmt]([tiny_graph])
    path.write_text(text, encoding="utf-8")
    back = IMPORTERS[fmt].read(path)
    assert back == [tiny_graph]
    assert EXPORTERS[fmt](back) == text


@pytest.mark.parametrize("fmt", ["aif", "graphml"])
def test_imported_debates_round_trip_too(fmt: str, tmp_path: Path) -> None:
    kialo = tmp_path / "kialo.txt"
    kialo.write_text(
        "Discussion Title: Q?\n\n1. Thesis.\n1.1. Pro: A reason.\n1.1.1. Con: An objection.\n",
        encoding="utf-8",
    )
    imported = IMPORTERS["kialo"].read(kialo)
    for path in sorted((CORPUS / "microtexts-dev").glob("micro_*.xml")):
        imported += IMPORTERS["microtexts"].read(path)
    imported = [analyse(graph) for graph in imported]
    path = tmp_path / f"export{SUFFIX[fmt]}"
    path.write_text(EXPORTERS[fmt](imported), encoding="utf-8")
    assert _canonical(IMPORTERS[fmt].read(path)) == _canonical(imported)


@pytest.mark.parametrize("fmt", ["aif", "graphml", "json"])
def test_restated_claims_are_exported_and_read_back(fmt: str, tmp_path: Path) -> None:
    texts = (
        "Cities should ban cars from their centres. Google says pollution fell by 30%.\n",
        "Cars should be banned from city centres.\n",
        "城市应该禁止汽车。谷歌说污染下降了30%。\n",
    )
    found = restate([ingest_text(text, source=f"{i}.txt") for i, text in enumerate(texts)], [])
    stored = with_restatements(found, (rel for graph in found for rel in graph.restates))
    edges = {rel.id for graph in stored for rel in graph.restates}
    assert len(edges) >= 2
    text = EXPORTERS[fmt](stored)
    assert text.count("RESTATES") >= len(edges)
    if fmt != "json":
        path = tmp_path / f"export{SUFFIX[fmt]}"
        path.write_text(text, encoding="utf-8")
        assert _canonical(IMPORTERS[fmt].read(path)) == _canonical(stored)
