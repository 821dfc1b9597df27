"""``argkg query whatif`` with --reject and --accept, and the polarity ``depends --json`` reports."""

import json
from pathlib import Path

import pytest
from factories import build_tiny_graph

from argkg.cli import main
from argkg.graph import EmbeddedStore
from argkg.schema import Assumption, DocumentGraph, Polarity, Relationship, RelType


def _denying_graph() -> tuple[DocumentGraph, str, str]:
    """The tiny graph, its conclusion's dependency turned to deny: it needs the question answered no."""
    graph = build_tiny_graph()
    [dependency] = [rel for rel in graph.relationships if rel.type is RelType.DEPENDS_ON]
    denying = Relationship(
        type=RelType.DEPENDS_ON,
        start=dependency.start,
        end=dependency.end,
        basis=dependency.basis,
        group=dependency.group,
        polarity=Polarity.DENY,
    )
    rels = tuple(denying if rel is dependency else rel for rel in graph.relationships)
    [assumption] = graph.of_type(Assumption)
    return graph.model_copy(update={"relationships": rels}), assumption.id, dependency.start


def _query(capsys: pytest.CaptureFixture[str], folder: Path, *args: str) -> object:
    capsys.readouterr()
    assert main(["--data", str(folder), "query", *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_whatif_takes_accept_and_reject(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    graph, question, conclusion = _denying_graph()
    EmbeddedStore(tmp_path).write([graph])
    accepted = _query(capsys, tmp_path, "whatif", "--accept", question)
    assert isinstance(accepted, dict) and list(accepted.pop("sources")) == [question]
    assert accepted == {"rejected": [], "accepted": [question], "falls": [conclusion], "stands": []}
    rejected = _query(capsys, tmp_path, "whatif", "--reject", question)
    assert isinstance(rejected, dict) and list(rejected.pop("sources")) == [question]
    assert rejected == {"rejected": [question], "accepted": [], "falls": [], "stands": [conclusion]}
    [row] = _query(capsys, tmp_path, "depends")  # type: ignore[misc]
    assert [(a["assumption_id"], a["polarity"]) for a in row["assumptions"]] == [(question, "deny")]


def test_whatif_refuses_the_same_id_both_ways_and_no_id(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    graph, question, _ = _denying_graph()
    EmbeddedStore(tmp_path).write([graph])
    capsys.readouterr()
    assert main(["--data", str(tmp_path), "query", "whatif", "--accept", question, "--reject", question]) == 2
    assert capsys.readouterr().err.strip().splitlines() == [
        f"argkg: error: {question!r} cannot be both rejected and accepted"
    ]
    assert main(["--data", str(tmp_path), "query", "whatif"]) == 2
    assert "--reject or --accept" in capsys.readouterr().err
    assert main(["--data", str(tmp_path), "query", "depends", "--accept", question]) == 2
