"""GraphML export: every property typed, readable by networkx and igraph."""

import xml.etree.ElementTree as ET
from pathlib import Path

import igraph
import networkx as nx

from argkg.graph.exporters.graphml import graphs_to_graphml
from argkg.schema import DocumentGraph, Evidence

NS = {"g": "http://graphml.graphdrawing.org/xmlns"}


def _write(graph: DocumentGraph, tmp_path: Path) -> Path:
    path = tmp_path / "graph.graphml"
    path.write_text(graphs_to_graphml([graph]), encoding="utf-8")
    return path


def test_every_key_is_typed(tiny_graph: DocumentGraph, tmp_path: Path) -> None:
    root = ET.parse(_write(tiny_graph, tmp_path)).getroot()
    keys = {(k.get("for"), k.get("attr.name")): k.get("attr.type") for k in root.findall("g:key", NS)}
    assert keys[("node", "start")] in ("int", "long")
    assert keys[("node", "value")] == "double"
    assert keys[("node", "approximate")] == "boolean"
    assert keys[("node", "text")] == "string"
    assert keys[("edge", "group")] in ("int", "long")
    assert all(kind in ("string", "int", "long", "double", "boolean") for kind in keys.values())


def test_networkx_reads_the_nodes_edges_and_types(tiny_graph: DocumentGraph, tmp_path: Path) -> None:
    graph = nx.read_graphml(_write(tiny_graph, tmp_path), force_multigraph=True)
    assert set(graph.nodes) == {n.id for n in tiny_graph.all_nodes()}
    assert {key for _, _, key in graph.edges(keys=True)} == {r.id for r in tiny_graph.relationships}
    evidence = tiny_graph.of_type(Evidence)[0]
    data = graph.nodes[evidence.id]
    assert data["labels"] == "Evidence"
    assert data["label"] == evidence.surface  # the caption Gephi shows
    assert data["value"] == evidence.value and isinstance(data["value"], float)
    assert data["start"] == evidence.start and isinstance(data["start"], int)


def test_igraph_reads_the_nodes_edges_and_types(tiny_graph: DocumentGraph, tmp_path: Path) -> None:
    graph = igraph.Graph.Read_GraphML(str(_write(tiny_graph, tmp_path)))
    assert graph.is_directed()
    assert sorted(graph.vs["id"]) == sorted(n.id for n in tiny_graph.all_nodes())
    assert graph.ecount() == len(tiny_graph.relationships)
    evidence = tiny_graph.of_type(Evidence)[0]
    vertex = graph.vs.find(id=evidence.id)
    assert vertex["labels"] == "Evidence"
    assert vertex["value"] == evidence.value
    assert sorted(graph.es["type"]) == sorted(r.type.value for r in tiny_graph.relationships)
