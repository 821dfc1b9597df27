"""The reports of real texts, ingested end to end: the reference article and the bundled examples.

The reference article (a Chinese debate essay, read as data from ``$ARGKG_CORPUS`` or
``shared/corpus`` beside the repository) and the examples that ship with argkg go through
ingest and analysis; their HTML reports are opened in headless Chromium and checked as a reader
would: every part, debated sections with both sides, the matrix, the picture, links that land
on their quotes. Full-page screenshots go to ``artifacts/``.
"""

from pathlib import Path

import pytest
from browser_support import ARTIFACTS, chromium_page
from factories import REFERENCE_ARTICLE
from playwright.sync_api import Page, expect

from argkg.graph.networkx_graph import graphs_to_networkx
from argkg.ingest import ingest_paths
from argkg.queries import analyse
from argkg.reports import render_report
from argkg.workflows import example_paths

REFERENCE = REFERENCE_ARTICLE


def _report(paths: list[Path], fmt: str) -> str:
    graphs = [analyse(graph) for graph in ingest_paths(paths)]
    return render_report(graphs, graphs_to_networkx(graphs), fmt=fmt)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def reference_html(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("reference") / "report.html"
    path.write_text(_report([REFERENCE], "html"), encoding="utf-8")
    return path


def _check_provenance(page: Page, link_selector: str) -> None:
    """Clicking the link brings its quote into view and makes it the page's target."""
    page.evaluate("window.scrollTo(0, 0)")
    link = page.locator(link_selector).first
    target = link.get_attribute("href")
    assert target and target.startswith("#q-")
    link.click()
    quote = page.locator(f"mark[id='{target[1:]}']")
    expect(quote).to_be_in_viewport()
    assert page.evaluate("location.hash") == target
    assert quote.evaluate("element => element.matches(':target')")
    nav_bottom = page.evaluate("document.querySelector('nav.toc').getBoundingClientRect().bottom")
    box = quote.bounding_box()
    assert box is not None and box["y"] >= nav_bottom, "the sticky menu hides the quote"


def test_reference_report_as_a_reader_sees_it(reference_html: Path, check_reader) -> None:
    with chromium_page(width=1280) as page:
        page.goto(reference_html.as_uri())
        check_reader(page, "report-reference.png")
        expect(page.locator("section#summary > h2")).to_have_text("概要")
        debates = page.locator("article.debate")
        assert debates.count() >= 3
        for index in range(3):
            expect(debates.nth(index).locator(".side-pro .position").first).to_be_visible()
            expect(debates.nth(index).locator(".side-con .position").first).to_be_visible()
        assert page.locator("article.debate aside.note").count() > 0, "author's notes are shown beside claims"
        assert page.locator("article.debate ul.cites li").count() > 10, "claims show the numbers they cite"
        expect(page.locator("table.matrix td.cell-critical").first).to_be_visible()
        assert page.locator("table.matrix th.col.contested").count() >= 1
        assert page.locator("table.whatif td.falls").count() >= 1
        assert page.locator("figure.picture svg g.node").count() > 10
        assert page.locator("figure.picture svg path.edge").count() > 10
        _check_provenance(page, "ul.conclusions a[href^='#q-conclusion-']")
        _check_provenance(page, "table.evidence a.num")
        page.screenshot(path=ARTIFACTS / "report-reference-evidence-quote.png")


def test_reference_markdown_carries_the_same_parts() -> None:
    md = _report([REFERENCE], "md")
    for heading in (
        "## 概要",
        "## 辩论",
        "## 依赖分析",
        "### 结论 × 假设",
        "### 关键分歧",
        "## 证据",
        "## 原文",
    ):
        assert f"\n{heading}\n" in md
    assert "<svg" not in md and md.count('<a id="q-') > 100


def test_bundled_examples_report(tmp_path: Path, check_reader) -> None:
    path = tmp_path / "examples.html"
    path.write_text(_report(example_paths(), "html"), encoding="utf-8")
    with chromium_page(width=1280) as page:
        page.goto(path.as_uri())
        check_reader(page, "report-examples.png")
        assert page.locator("article.document").count() == 2
        assert page.locator("article.debate").count() >= 4
        expect(page.locator("figure.picture svg g.node").first).to_be_visible()
        _check_provenance(page, ".claim-text")
