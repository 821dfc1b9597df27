"""The source text cut into marks: every quote anchored once, nothing lost, any overlap handled."""

from hypothesis import given
from hypothesis import strategies as st

from argkg.reports.provenance import Mark, Piece, Quote, Run, anchor, paragraphs


def _text(pieces: list[Piece]) -> str:
    return "".join(p.text if isinstance(p, Run) else _text(p.pieces) for p in pieces)


def _anchors(pieces: list[Piece]) -> list[str]:
    found: list[str] = []
    for piece in pieces:
        if isinstance(piece, Mark):
            found += ([piece.anchor] if piece.anchor else []) + _anchors(piece.pieces)
    return found


def _quote(qid: str, start: int, end: int, kind: str = "claim") -> Quote:
    return Quote(id=qid, start=start, end=end, kind=kind, title=qid)


def test_nested_quote_sits_inside_its_claim() -> None:
    text = "Prices fell 10% last year."
    [para] = paragraphs(text, [_quote("n", 12, 15, "evidence"), _quote("c", 0, len(text))])
    [claim] = para.pieces
    assert isinstance(claim, Mark) and claim.anchor == anchor("c")
    inner = [p for p in claim.pieces if isinstance(p, Mark)]
    assert [(m.anchor, _text(m.pieces)) for m in inner] == [(anchor("n"), "10%")]


def test_crossing_quotes_are_split_and_anchored_once() -> None:
    text = "aaaa bbbb cccc"
    [para] = paragraphs(text, [_quote("x", 0, 9), _quote("y", 5, 14)])
    assert _text(para.pieces) == text
    assert sorted(_anchors(para.pieces)) == [anchor("x"), anchor("y")]
    fragments = [p for p in para.pieces if isinstance(p, Mark)]
    assert [(_text(f.pieces), f.anchor) for f in fragments] == [("aaaa bbbb", anchor("x")), (" cccc", None)]


def test_quote_over_a_line_break_continues_in_the_next_paragraph() -> None:
    text = "first line\nsecond line"
    first, second = paragraphs(text, [_quote("q", 6, 17)])
    assert _anchors(first.pieces) == [anchor("q")]
    continued = second.pieces[0]
    assert isinstance(continued, Mark) and continued.anchor is None and _text(continued.pieces) == "second"
    assert second.start == 11


def test_blank_lines_are_dropped() -> None:
    assert [p.start for p in paragraphs("a\n\n  \nb", [])] == [0, 6]


@given(
    text=st.text(alphabet="ab \n字", max_size=40),
    spans=st.lists(st.tuples(st.integers(0, 40), st.integers(1, 40)), max_size=8),
)
def test_every_line_survives_and_every_visible_quote_is_anchored_once(
    text: str, spans: list[tuple[int, int]]
) -> None:
    quotes = [_quote(f"q{i}", s, e) for i, (s, e) in enumerate(spans) if s < e <= len(text)]
    paras = paragraphs(text, quotes)
    assert [_text(p.pieces) for p in paras] == [line for line in text.split("\n") if line.strip()]
    anchors = [a for p in paras for a in _anchors(p.pieces)]
    assert len(anchors) == len(set(anchors))
    visible = {
        anchor(q.id)
        for q in quotes
        if any(p.start < q.end and q.start < p.start + len(_text(p.pieces)) for p in paras)
    }
    assert set(anchors) == visible
