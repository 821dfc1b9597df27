"""The persuasive-essay reader and scorer of the stance benchmark, on a tiny made-up release."""

from pathlib import Path

import pytest

from argkg.bench.essays import load_essays_en, load_essays_zh, score_stance

ROWS = [
    ("Should", "O"),
    ("we", "O"),
    ("?", "O"),
    None,
    ("Tolls", "B-MajorClaim"),
    ("help", "I-MajorClaim"),
    (".", "O"),
    None,
    ("Some", "O"),
    ("say", "O"),
    ("tolls", "B-Claim:Against"),
    ("hurt", "I-Claim:Against"),
    (".", "O"),
    ("They", "B-Claim:For"),
    ("cut", "I-Claim:For"),
    ("traffic", "I-Claim:For"),
    (".", "O"),
]


def _conll(rows: list[tuple[str, str] | None], *, essay_level: bool) -> str:
    lines, n = [], 0
    for row in rows:
        if row is None:
            if not essay_level:
                lines.append("")
                n = 0
            continue
        n += 1
        lines.append(f"{n}\t{row[0]}\t_\t_\t{row[1]}")
    return "\n".join(lines) + "\n"


@pytest.fixture
def release(tmp_path: Path) -> Path:
    for level, flag in (("Essay_Level", True), ("Paragraph_Level", False)):
        (tmp_path / level).mkdir()
        (tmp_path / level / "dev.dat").write_text(_conll(ROWS, essay_level=flag), encoding="utf-8")
    zh = [
        "应该吗\tO",
        "",
        "收费\tB-MajorClaim",
        "有用\tI-MajorClaim",
        "",
        "有人说\tO",
        "收费\tB-Claim",
        "有害\tI-Claim",
        "。\tO",
        "它\tB-Claim",
        "减少拥堵\tI-Claim",
    ]
    (tmp_path / "dev_PE.ZH").write_text("\n".join(zh) + "\n", encoding="utf-8")
    return tmp_path


def test_english_essays_keep_paragraphs_and_component_spans(release: Path) -> None:
    (essay,) = load_essays_en(release, "dev")
    assert essay.text.splitlines()[:2] == ["Should we?", ""]
    claims = [(essay.text[c.start : c.end], c.stance) for c in essay.of_kind("claim")]
    assert claims == [("tolls hurt", "Against"), ("They cut traffic", "For")]


def test_chinese_essays_take_the_english_stances(release: Path) -> None:
    english = load_essays_en(release, "dev")
    (essay,) = load_essays_zh(release / "dev_PE.ZH", english, release, "dev")
    claims = [(essay.text[c.start : c.end], c.stance) for c in essay.of_kind("claim")]
    assert claims == [("收费有害", "Against"), ("它减少拥堵", "For")]


def test_the_test_split_is_never_read(release: Path) -> None:
    with pytest.raises(ValueError, match="held out"):
        load_essays_en(release, "test")


def test_scores(release: Path) -> None:
    (essay,) = load_essays_en(release, "dev")
    against, favour = essay.of_kind("claim")
    right = [[(against.start, against.end, False), (favour.start, favour.end, True)]]
    scores = score_stance([essay], right, [True])
    assert (scores.macro_f1, scores.thesis_top3, scores.all_for_macro_f1) == (1.0, 1.0, pytest.approx(1 / 3))
