"""brat standoff (persuasive-essay scheme): components with their gold stance and relations."""

from pathlib import Path

import pytest

from argkg.errors import InputError
from argkg.ingest.importers.brat import read_brat
from argkg.schema import Claim, RelType, Role

TEXT = (
    "Should cities charge drivers?\n\n"
    "Cities should charge drivers for congestion. A charge cuts traffic, because drivers shift "
    "trips to quieter hours. However, the charge weighs most on low incomes. Yet the revenue can fund buses."
)
COMPONENTS = [
    ("T1", "MajorClaim", "Cities should charge drivers for congestion"),
    ("T2", "Claim", "A charge cuts traffic"),
    ("T3", "Premise", "drivers shift trips to quieter hours"),
    ("T4", "Claim", "the charge weighs most on low incomes"),
    ("T5", "Premise", "the revenue can fund buses"),
]


def write_essay(folder: Path, extra: str = "") -> Path:
    """Write the small essay and its annotation; return the .ann path."""
    lines = []
    for key, kind, quote in COMPONENTS:
        start = TEXT.index(quote)
        lines.append(f"{key}\t{kind} {start} {start + len(quote)}\t{quote}")
    lines += [
        "A1\tStance T2 For",
        "A2\tStance T4 Against",
        "R1\tsupports Arg1:T3 Arg2:T2\t",
        "R2\tattacks Arg1:T5 Arg2:T4\t",
        "#1\tAnnotatorNotes T1\ta note brat keeps",
    ]
    (folder / "essay01.txt").write_text(TEXT, encoding="utf-8")
    ann = folder / "essay01.ann"
    ann.write_text("\n".join(lines) + "\n" + extra, encoding="utf-8")
    return ann


def test_components_become_claims_with_their_gold_stance(tmp_path: Path) -> None:
    graph = read_brat(write_essay(tmp_path))[0]
    claims = {c.text: c for c in graph.of_type(Claim)}
    assert len(claims) == 5
    major = claims["Cities should charge drivers for congestion"]
    assert (major.stance.value, major.role) == ("pro", Role.MAIN)
    assert claims["A charge cuts traffic"].stance.value == "pro"
    assert claims["the charge weighs most on low incomes"].stance.value == "con"
    assert claims["drivers shift trips to quieter hours"].role is Role.PREMISE
    assert claims["drivers shift trips to quieter hours"].stance.value == "pro"
    assert claims["the revenue can fund buses"].stance.value == "pro"
    assert graph.document.text == TEXT
    assert graph.document.title == "Should cities charge drivers?"


def test_claims_argue_on_the_major_claim_and_relations_are_kept(tmp_path: Path) -> None:
    graph = read_brat(write_essay(tmp_path))[0]
    ids = {c.text: c.id for c in graph.of_type(Claim)}
    rels = {
        (r.type, r.start, r.end) for r in graph.relationships if r.type in (RelType.SUPPORTS, RelType.ATTACKS)
    }
    major = ids["Cities should charge drivers for congestion"]
    assert rels == {
        (RelType.SUPPORTS, ids["A charge cuts traffic"], major),
        (RelType.ATTACKS, ids["the charge weighs most on low incomes"], major),
        (RelType.SUPPORTS, ids["drivers shift trips to quieter hours"], ids["A charge cuts traffic"]),
        (RelType.ATTACKS, ids["the revenue can fund buses"], ids["the charge weighs most on low incomes"]),
    }


def test_the_txt_path_reads_the_same_graph(tmp_path: Path) -> None:
    ann = write_essay(tmp_path)
    assert read_brat(ann.with_suffix(".txt")) == read_brat(ann)


def test_a_sciarg_annotation_reads_with_its_own_scheme(tmp_path: Path) -> None:
    text = "Skinning is hard. Artists fix poses by hand, which is slow. Our method is fast. It is not exact."
    parts = [
        ("T1", "background_claim", "Skinning is hard"),
        ("T2", "data", "Artists fix poses by hand"),
        ("T3", "own_claim", "Our method is fast"),
        ("T4", "own_claim", "It is not exact"),
    ]
    lines = []
    for key, kind, quote in parts:
        start = text.index(quote)
        lines.append(f"{key}\t{kind} {start} {start + len(quote)}\t{quote}")
    lines += [
        "R1\tsupports Arg1:T2 Arg2:T1\t",
        "R2\tcontradicts Arg1:T4 Arg2:T3\t",
        "R3\tsemantically_same Arg1:T3 Arg2:T1\t",
    ]
    (tmp_path / "A99.txt").write_text(text, encoding="utf-8")
    (tmp_path / "A99.ann").write_text("\n".join(lines) + "\n", encoding="utf-8")
    graph = read_brat(tmp_path / "A99.ann")[0]
    claims = {c.text: c for c in graph.of_type(Claim)}
    assert claims["Our method is fast"].role is Role.MAIN
    assert claims["Artists fix poses by hand"].role is Role.PREMISE
    assert claims["It is not exact"].stance.value == "con"
    rels = {
        (r.type, claims_by_id(graph)[r.start], claims_by_id(graph)[r.end])
        for r in graph.relationships
        if r.type in (RelType.SUPPORTS, RelType.ATTACKS)
    }
    assert rels == {
        (RelType.SUPPORTS, "Artists fix poses by hand", "Skinning is hard"),
        (RelType.ATTACKS, "It is not exact", "Our method is fast"),
    }


def claims_by_id(graph) -> dict[str, str]:
    return {c.id: c.text for c in graph.of_type(Claim)}


def test_an_unknown_stance_value_names_the_line(tmp_path: Path) -> None:
    ann = write_essay(tmp_path, extra="A9\tStance T4 Maybe\n")
    with pytest.raises(InputError, match=r"line 11: Stance 'Maybe'"):
        read_brat(ann)
