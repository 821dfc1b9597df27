"""brat standoff (persuasive-essay scheme): components with their gold stance and relations."""

from pathlib import Path

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
    rels = {(r.type, r.start, r.end) for r in graph.relationships if r.type in (RelType.SUPPORTS, RelType.ATTACKS)}
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
