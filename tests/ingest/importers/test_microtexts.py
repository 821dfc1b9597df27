"""arg-microtexts XML: the 23 shared dev texts import with their gold sides, central claims and relations."""

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from factories import CORPUS

from argkg.ingest.importers.microtexts import read_microtext
from argkg.schema import Claim, RelType, Role

FILES = sorted((CORPUS / "microtexts-dev").glob("micro_*.xml"))


def test_the_dev_set_is_there() -> None:
    assert len(FILES) == 23


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_every_unit_is_a_claim_with_its_gold_side_and_relations(path: Path) -> None:
    root = ET.parse(path).getroot()
    graph = read_microtext(path)[0]
    claims = graph.of_type(Claim)
    sides = sorted("pro" if adu.get("type") == "pro" else "con" for adu in root.iter("adu"))
    assert sorted(c.stance.value for c in claims) == sides
    kinds = [edge.get("type") for edge in root.iter("edge")]
    counts = graph.label_counts()
    assert counts.get("SUPPORTS", 0) == sum(k in ("sup", "exa", "add") for k in kinds)
    assert counts.get("ATTACKS", 0) == sum(k in ("reb", "und") for k in kinds)
    arguing = {e.get("src") for e in root.iter("edge") if e.get("type") != "seg"}
    central = [a.get("id") for a in root.iter("adu") if a.get("id") not in arguing]
    assert [c.role for c in claims].count(Role.MAIN) == len(central) == 1
    text = graph.document.text
    assert text == path.with_suffix(".txt").read_text(encoding="utf-8")
    assert all(text[c.start : c.end] == c.text for c in claims)


def test_the_central_claim_of_d01_is_supported_and_the_objection_rebutted() -> None:
    graph = read_microtext(CORPUS / "microtexts-dev" / "micro_d01.xml")[0]
    by_id = {c.id: c for c in graph.of_type(Claim)}
    main = next(c for c in by_id.values() if c.role is Role.MAIN)
    assert main.stance.value == "pro"
    supporters = [r.start for r in graph.relationships if r.type is RelType.SUPPORTS and r.end == main.id]
    assert len(supporters) == 2
    objection = next(c for c in by_id.values() if c.stance.value == "con")
    assert any(r.type is RelType.ATTACKS and r.start == objection.id for r in graph.relationships)
    assert any(r.type is RelType.ATTACKS and r.end == objection.id for r in graph.relationships)


def test_ids_are_stable_and_a_function_of_the_file(tmp_path: Path) -> None:
    source = CORPUS / "microtexts-dev" / "micro_d01.xml"
    first = read_microtext(source)[0]
    copy = tmp_path / "micro_d01.xml"
    copy.write_bytes(source.read_bytes())
    copy.with_suffix(".txt").write_bytes(source.with_suffix(".txt").read_bytes())
    again = read_microtext(copy)[0]
    assert [n.id for n in again.nodes] == [n.id for n in first.nodes]
    assert [r.id for r in again.relationships] == [r.id for r in first.relationships]


def test_without_a_txt_the_segments_make_the_text(tmp_path: Path) -> None:
    copy = tmp_path / "micro_d01.xml"
    copy.write_bytes((CORPUS / "microtexts-dev" / "micro_d01.xml").read_bytes())
    graph = read_microtext(copy)[0]
    assert graph.document.text.startswith("Freddy and I must be siblings. We both")
    assert len(graph.of_type(Claim)) == 5
