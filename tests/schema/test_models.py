"""Schema models reject invalid values with the field named, and ids are stable."""

import subprocess
import sys

import pytest
from pydantic import ValidationError

from argkg.schema import (
    Assumption,
    Claim,
    Conclusion,
    DocumentGraph,
    Evidence,
    Relationship,
    stable_id,
)


def _field_of(exc: pytest.ExceptionInfo[ValidationError]) -> str:
    return ".".join(str(p) for p in exc.value.errors()[0]["loc"])


def test_unknown_stance_is_rejected_naming_the_field() -> None:
    with pytest.raises(ValidationError) as exc:
        Claim(id="c", doc_id="d", text="x", start=0, end=1, stance="maybe", role="main")
    assert _field_of(exc) == "stance"


@pytest.mark.parametrize("field,value", [("start", -1), ("end", 0)])
def test_negative_or_empty_offsets_are_rejected(field: str, value: int) -> None:
    values = {"id": "c", "doc_id": "d", "text": "x", "start": 0, "end": 1, "stance": "pro", "role": "main"}
    values[field] = value
    with pytest.raises(ValidationError) as exc:
        Claim.model_validate(values)
    assert _field_of(exc) == field


def test_start_after_end_is_rejected() -> None:
    with pytest.raises(ValidationError, match="start \\(5\\) must be smaller than end \\(2\\)"):
        Claim(id="c", doc_id="d", text="x", start=5, end=2, stance="pro", role="main")


@pytest.mark.parametrize("value", [float("nan"), float("inf")])
def test_evidence_value_must_be_finite(value: float) -> None:
    with pytest.raises(ValidationError) as exc:
        Evidence(id="e", doc_id="d", surface="1", value=value, unit="", kind="count", start=0, end=1)
    assert _field_of(exc) == "value"


@pytest.mark.parametrize("credence", [-0.1, 1.5])
def test_credence_outside_unit_interval_is_rejected(credence: float) -> None:
    with pytest.raises(ValidationError) as exc:
        Conclusion(id="k", doc_id="d", text="x", start=0, end=1, credence=credence)
    assert _field_of(exc) == "credence"


def test_null_credence_is_allowed() -> None:
    assert Conclusion(id="k", doc_id="d", text="x", start=0, end=1).credence is None


def test_unknown_field_is_rejected() -> None:
    with pytest.raises(ValidationError) as exc:
        Assumption(id="a", doc_id="d", text="x", origin="debate", colour="red")
    assert _field_of(exc) == "colour"


def test_unknown_origin_kind_and_basis_are_rejected() -> None:
    with pytest.raises(ValidationError):
        Assumption(id="a", doc_id="d", text="x", origin="rumour")
    with pytest.raises(ValidationError):
        Evidence(id="e", doc_id="d", surface="1", value=1, unit="", kind="vibes", start=0, end=1)
    with pytest.raises(ValidationError):
        Relationship(type="DEPENDS_ON", start="a", end="b", basis="hunch", group=0)


def test_depends_on_needs_basis_and_group() -> None:
    with pytest.raises(ValidationError, match="basis and group"):
        Relationship(type="DEPENDS_ON", start="a", end="b")


def test_relationship_endpoint_labels_are_checked(tiny_graph: DocumentGraph) -> None:
    claim = tiny_graph.of_type(Claim)[0]
    conclusion = tiny_graph.of_type(Conclusion)[0]
    bad = Relationship(type="ANNOTATES", start=conclusion.id, end=claim.id)
    with pytest.raises(ValidationError, match="ANNOTATES cannot start at a Conclusion"):
        DocumentGraph(
            document=tiny_graph.document,
            nodes=tiny_graph.nodes,
            relationships=(*tiny_graph.relationships, bad),
        )


def test_relationship_to_a_missing_node_is_rejected(tiny_graph: DocumentGraph) -> None:
    claim = tiny_graph.of_type(Claim)[0]
    bad = Relationship(type="SUPPORTS", start=claim.id, end="claim-nowhere")
    with pytest.raises(ValidationError, match="claim-nowhere is not a node of this document"):
        DocumentGraph(document=tiny_graph.document, nodes=tiny_graph.nodes, relationships=(bad,))


def test_span_past_the_text_is_rejected(tiny_graph: DocumentGraph) -> None:
    n = len(tiny_graph.document.text)
    claim = Claim(
        id="c-late", doc_id=tiny_graph.document.id, text="x", start=n, end=n + 1, stance="pro", role="main"
    )
    with pytest.raises(ValidationError, match="lies past the text"):
        DocumentGraph(document=tiny_graph.document, nodes=(*tiny_graph.nodes, claim))


def test_claim_text_must_quote_its_span(tiny_graph: DocumentGraph) -> None:
    claim = Claim(
        id="c-mis", doc_id=tiny_graph.document.id, text="not there", start=0, end=3, stance="pro", role="main"
    )
    with pytest.raises(ValidationError, match="text is not the text at 0:3"):
        DocumentGraph(document=tiny_graph.document, nodes=(*tiny_graph.nodes, claim))


def test_ids_are_identical_across_processes() -> None:
    code = "from argkg.schema import stable_id; print(stable_id('0' * 64, 'Claim', '3:9'))"
    outputs = {
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
        for _ in range(2)
    }
    assert outputs == {stable_id("0" * 64, "Claim", "3:9") + "\n"}


def test_relationship_ids_depend_on_group() -> None:
    one = Relationship(type="DEPENDS_ON", start="k", end="a", basis="conditional", group=0)
    two = Relationship(type="DEPENDS_ON", start="k", end="a", basis="conditional", group=1)
    assert one.id != two.id
    assert one.id == Relationship(type="DEPENDS_ON", start="k", end="a", basis="conditional", group=0).id
