"""Rendering: one self-contained HTML file, Markdown with the same content, hostile text inert."""

import re

import pytest

from argkg.errors import InputError
from argkg.reports import render_report


def test_html_is_self_contained(zh_debate) -> None:
    html = render_report(*zh_debate, fmt="html")
    assert html.startswith("<!DOCTYPE html>") and '<html lang="zh-Hans">' in html
    assert not re.search(r"<link\b|\bsrc=|@import|url\(\s*['\"]?(https?:)?//|href=\"(https?:)?//", html)
    assert html.count("<script>") == 1 and "<style>" in html and "<svg" in html


def test_markdown_has_the_content_but_no_picture(en_debate) -> None:
    md = render_report(*en_debate, fmt="md")
    for heading in ("## Summary", "## Debates", "## Dependency analysis", "## Evidence", "## Source text"):
        assert heading in md
    assert "<svg" not in md and "Argument graph" not in md
    assert "| **C1** [On balance I give an 80% chance that a ban helps.](#q-conclusion-" in md


@pytest.mark.parametrize("fmt", ["html", "md"])
def test_hostile_text_is_escaped(hostile_debate, hostile_strings, fmt: str) -> None:
    out = render_report(*hostile_debate, fmt=fmt)
    assert not [s for s in hostile_strings if s in out]
    assert "<img" not in out and out.count("<script") == (1 if fmt == "html" else 0)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out


def test_unknown_format_is_an_input_error(en_debate) -> None:
    with pytest.raises(InputError, match="'pdf'"):
        render_report(*en_debate, fmt="pdf")  # type: ignore[arg-type]


def test_several_documents_make_one_report(zh_debate, en_debate) -> None:
    from argkg.graph.networkx_graph import graphs_to_networkx

    graphs = zh_debate[0] + en_debate[0]
    html = render_report(graphs, graphs_to_networkx(graphs), fmt="html")
    assert "<h1>辩论报告</h1>" in html
    assert html.count('<article class="document"') == 2
    assert re.findall(r'<span class="key">(C\d)</span> <span class="credence', html) == [
        "C1",
        "C2",
        "C3",
        "C4",
    ]
