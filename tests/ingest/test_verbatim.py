"""Verbatim quotes (DESIGN.md §6, issue 14 item 4): the graph keeps and quotes the source's characters."""

from hypothesis import given
from hypothesis import strategies as st

from argkg.graph import graphs_to_networkx
from argkg.ingest import ingest_text
from argkg.ingest.reader import fold, normalise
from argkg.reports import render_report
from argkg.schema import Claim, Conclusion, Evidence

TEXT = (
    "辩题：四天工作制能否提高生产效率？\n"
    "正方：「四天工作制」能提高效率，数据显示提高了２０％。\n"
    "反方：不能　提高（成本上升）！\n"
    "结论：我认为有６０％的可能。\n"
)


def test_the_document_keeps_full_width_punctuation_quotes_and_ideographic_spaces() -> None:
    graph = ingest_text(TEXT, source="zh.txt")
    text = graph.document.text
    assert text == TEXT.strip()
    for char in "，。：？！（）「」\u3000２％":
        assert char in text


def test_every_quote_is_the_source_span_and_numbers_still_parse() -> None:
    graph = ingest_text(TEXT, source="zh.txt")
    text = graph.document.text
    quoted = [*graph.of_type(Claim), *graph.of_type(Conclusion)]
    assert any("「四天工作制」能提高效率，" in node.text for node in quoted)
    for node in quoted:
        assert node.text == text[node.start : node.end]
    surfaces = {e.surface: e.value for e in graph.of_type(Evidence)}
    assert surfaces["２０％"] == 0.2


def test_the_report_quotes_the_source() -> None:
    graph = ingest_text(TEXT, source="zh.txt")
    markdown = render_report([graph], graphs_to_networkx([graph]), fmt="md")
    assert "「四天工作制」能提高效率，数据显示提高了２０％。" in markdown


def test_section_questions_keep_the_source_characters() -> None:
    graph = ingest_text(TEXT, source="zh.txt")
    assert graph.document.title == "辩题：四天工作制能否提高生产效率？"


@given(st.text(alphabet=st.sampled_from("，。：；？！（）「」\u3000ａＡ１e\u0301 x\n汉"), max_size=60))
def test_fold_keeps_every_offset(text: str) -> None:
    normal = normalise(text)
    folded = fold(normal)
    assert len(folded) == len(normal)
    assert all(a == b or len(a) == len(b) == 1 for a, b in zip(folded, normal, strict=True))
    assert "，" not in folded and "\u3000" not in folded


def test_fold_blanks_inline_markup_but_not_words_bullets_or_arithmetic() -> None:
    cases = {
        "**Short answer: yes.** It works.": "  Short answer: yes.   It works.",
        "drivers *who can* shift": "drivers  who can  shift",
        "这是**重点**内容": "这是  重点  内容",
        "Read [our report](https://x.org/r) now": "Read  our report                   now",
        "run `make test` first": "run  make test  first",
        "snake_case, 2 * 3 * 4 and a**b**c": "snake_case, 2 * 3 * 4 and a**b**c",
        "* a bullet item": "* a bullet item",
    }
    for text, folded in cases.items():
        assert fold(text) == folded
        assert len(fold(text)) == len(text)


def test_emphasis_reads_as_the_plain_text_and_quotes_keep_their_delimiters() -> None:
    marked = (
        "Should the city ban gas leaf blowers?\n\n"
        "**My answer: yes.** I think the city *should* ban them. They are **far too loud** for quiet streets."
    )
    plain = marked.replace("*", "")

    def read(text: str) -> list[tuple[str, str, str]]:
        graph = ingest_text(text, source="en.md")
        assert all(
            text[n.start : n.end] == n.text for n in [*graph.of_type(Claim), *graph.of_type(Conclusion)]
        )
        nodes = [
            (type(c).__name__, c.text.replace("*", ""), str(getattr(c, "stance", "")))
            for c in graph.of_type(Claim)
        ]
        return nodes + [("Conclusion", c.text.replace("*", ""), "") for c in graph.of_type(Conclusion)]

    assert read(marked) == read(plain)
    assert ("Conclusion", "My answer: yes.", "") in read(marked)
