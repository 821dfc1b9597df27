"""The HTML report as a reader sees it in headless Chromium (Debian's, via Playwright).

Each test writes a report to a file, opens it over ``file://`` and checks what is on the screen:
the parts, the matrix, the picture, a provenance link that scrolls to its quote, sorting, the
Chinese font, print styles, and that hostile text shows as text and runs nothing. Full-page
screenshots are left in ``artifacts/`` for a person to look at.
"""

import re
from pathlib import Path
from typing import Any

from browser_support import ARTIFACTS, chromium_page
from playwright.sync_api import Dialog, Page, expect

from argkg.reports import render_report


def _open(page: Page, built: Any, path: Path) -> Page:
    path.write_text(render_report(*built, fmt="html"), encoding="utf-8")
    page.goto(path.as_uri())
    return page


def _svg_boxes(page: Page) -> dict[str, Any]:
    return page.evaluate(
        """() => {
          const svg = document.querySelector('figure.picture svg');
          const box = svg.getBoundingClientRect();
          const spill = [...svg.querySelectorAll('g.node')].filter(g => {
            const r = g.querySelector('rect').getBBox();
            return [...g.querySelectorAll('text')].some(t => {
              const b = t.getBBox();
              return b.x < r.x || b.x + b.width > r.x + r.width + 4
                  || b.y < r.y || b.y + b.height > r.y + r.height + 2;
            });
          }).map(g => g.dataset.node);
          return {width: box.width, height: box.height, nodes: svg.querySelectorAll('g.node').length,
                  edges: svg.querySelectorAll('path.edge').length, spill};
        }"""
    )


def test_chinese_report_as_a_reader_sees_it(zh_debate, check_reader, tmp_path: Path) -> None:
    with chromium_page(width=1280) as page:
        _open(page, zh_debate, tmp_path / "zh.html")
        check_reader(page, "report-zh-hand-built.png")
        expect(page.locator("section#summary > h2")).to_have_text("概要")
        matrix = page.locator("table.matrix")
        expect(matrix.locator("tbody tr")).to_have_count(2)
        expect(matrix.locator("td.cell-critical")).to_have_count(4)
        expect(matrix.locator("th.col.contested")).to_have_count(2)
        expect(matrix.locator("td.needs-no .needs")).to_have_text(["否"])
        expect(matrix.locator("td.needs-yes .needs")).to_have_count(3)
        split = page.locator("table.cruxes tbody tr.splits")
        expect(split).to_have_count(1)
        expect(split.locator("td")).to_have_text(["1", re.compile("A1.*使结论分化"), "6", "C1", "C2"])
        expect(page.locator("aside.note")).to_contain_text("销量数据只包括私人购车。")
        expect(page.locator(".side-pro .claim.role-main").first).to_contain_text(
            "补贴明显提高了电动车的销量。"
        )
        expect(page.locator("table.whatif td.falls")).to_have_count(4)
        expect(page.locator("figure.picture path.edge-depends-no")).to_have_count(1)
        expect(page.locator("table.whatif tbody tr").nth(1).locator("td").first).to_have_text(
            "若为“是”则不成立"
        )
        svg = _svg_boxes(page)
        assert svg["width"] > 600 and svg["height"] > 150 and svg["nodes"] == 9 and svg["edges"] == 8
        assert svg["spill"] == [], "text runs out of its box"


def test_chinese_text_renders_with_a_cjk_font(zh_debate, tmp_path: Path) -> None:
    with chromium_page() as page:
        _open(page, zh_debate, tmp_path / "zh.html")
        cdp = page.context.new_cdp_session(page)
        cdp.send("DOM.enable")
        cdp.send("CSS.enable")
        root = cdp.send("DOM.getDocument")["root"]["nodeId"]
        fonts = {}
        for selector in ("h1", ".claim-text", "svg g.node text"):
            node = cdp.send("DOM.querySelector", {"nodeId": root, "selector": selector})["nodeId"]
            fonts[selector] = cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]
        for selector, used in fonts.items():
            assert any("CJK" in f["familyName"] and f["glyphCount"] > 0 for f in used), (selector, used)


def test_provenance_link_scrolls_to_its_quote(en_debate, tmp_path: Path) -> None:
    with chromium_page(width=1280, height=700) as page:
        _open(page, en_debate, tmp_path / "en.html")
        link = page.locator("table.evidence a.num", has_text="40 minutes")
        target = link.get_attribute("href")
        assert target and target.startswith("#q-evidence-")
        link.click()
        quote = page.locator(f"mark{target}")
        expect(quote).to_have_text("40 minutes")
        expect(quote).to_be_in_viewport()
        assert page.evaluate("location.hash") == target
        assert page.evaluate(f"document.querySelector('{target}').matches(':target')")
        nav_bottom = page.evaluate("document.querySelector('nav.toc').getBoundingClientRect().bottom")
        quote_box = quote.bounding_box()
        assert quote_box is not None and quote_box["y"] >= nav_bottom, "the sticky menu hides the quote"
        page.screenshot(path=ARTIFACTS / "report-en-after-provenance-click.png")


def test_evidence_table_sorts_by_value(zh_debate, tmp_path: Path) -> None:
    with chromium_page() as page:
        _open(page, zh_debate, tmp_path / "zh.html")
        table = page.locator('table.evidence[data-kind="ratio"]')
        value = table.locator("thead th").nth(1)
        values = table.locator("tbody tr td:nth-child(2)")
        value.click()
        expect(values).to_have_text(["约 35%", "90%"])
        value.click()
        expect(values).to_have_text(["90%", "约 35%"])
        expect(value).to_have_attribute("aria-sort", "descending")


def test_hostile_text_shows_as_text_and_runs_nothing(
    hostile_debate, hostile_strings, check_reader, tmp_path: Path
) -> None:
    dialogs: list[str] = []

    def refuse(dialog: Dialog) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    with chromium_page() as page:
        page.on("dialog", refuse)
        _open(page, hostile_debate, tmp_path / "hostile.html")
        page.wait_for_load_state("load")
        check_reader(page, "report-hostile.png")
        text = page.locator("body").inner_text()
        for hostile in hostile_strings:
            assert hostile in text
        assert page.locator("img").count() == 0
        assert page.locator("script").count() == 1
        page.locator("figure.picture g.node a").first.hover()
    assert dialogs == []


def test_print_hides_the_menu_and_keeps_the_sides(zh_debate, tmp_path: Path) -> None:
    with chromium_page() as page:
        _open(page, zh_debate, tmp_path / "zh.html")
        page.emulate_media(media="print")
        expect(page.locator("nav.toc")).to_be_hidden()
        expect(page.locator(".sides").first).to_have_css("grid-template-columns", re.compile(r"^\S+ \S+$"))
        pdf = page.pdf(format="A4", print_background=True)
        assert pdf.startswith(b"%PDF") and len(pdf) > 10_000
        (ARTIFACTS / "report-zh-hand-built.pdf").write_bytes(pdf)
