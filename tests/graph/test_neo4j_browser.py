"""Neo4j Browser, as served by the local server, shows argkg's graph to a person who logs in.

Drives the real Browser (5.24) in headless Chromium: log in through its connect form, type a
command into its editor, run it, read the result table or the rendered graph. Selectors are the
Browser's own ``data-testid`` attributes and ARIA roles, and every step waits for what it needs.
argkg's style file is loaded the way a person can load it by hand: ``:style`` followed by the
GraSS text (the Browser parses it and keeps it as its graph style). Screenshots are left in
``artifacts/`` (``neo4j-browser.png``, ``neo4j-browser-style.png``), also when a step fails.
"""

import json
import re

from browser_support import TIMEOUT_MS, chromium_page, save_screenshot
from factories import build_tiny_graph
from playwright.sync_api import Locator, Page, expect

from argkg.config import Settings
from argkg.graph.neo4j_server import status
from argkg.graph.neo4j_store import Neo4jStore
from argkg.reports.browse import style_path
from argkg.schema import DocumentGraph, RelType
from argkg.schema.nodes import Assumption, Conclusion

#: A document of this test's own, so that graphs other tests write into the server do not show.
_TEXT = (
    "Debate: Does the Browser show it?\nPro: Prices fall 10% a year.\n"
    "If supply grows, prices fall.\nConclusion: prices will fall."
)
_SCREENSHOT = "neo4j-browser.png"
_STYLE_SCREENSHOT = "neo4j-browser-style.png"
#: A GraSS rule (``selector { ... }``, braces inside quoted captions allowed) and one property.
_GRASS_RULE = re.compile(r"""([\w.-]+)\s*\{((?:[^{}"']|"[^"]*"|'[^']*')*)\}""")
_GRASS_PROPERTY = re.compile(r"""([\w-]+)\s*:\s*("[^"]*"|'[^']*'|[^;]*?)\s*(?:;|$)""")


def _dependencies(graph: DocumentGraph) -> set[tuple[str, str]]:
    """The (conclusion text, assumption text) pairs that the graph's DEPENDS_ON edges join."""
    texts = {node.id: getattr(node, "text", None) for node in graph.nodes}
    return {
        (texts[rel.start], texts[rel.end]) for rel in graph.relationships if rel.type is RelType.DEPENDS_ON
    }


def _query(doc_id: str) -> str:
    """The document's conclusions and the assumptions they depend on, on one line (the frame echoes it)."""
    return (
        f"MATCH (c:Conclusion {{doc_id: '{doc_id}'}})-[:DEPENDS_ON]->(a:Assumption) "
        "RETURN c.text AS conclusion, a.text AS assumption"
    )


def _grass(text: str) -> dict[str, dict[str, str]]:
    """Parse GraSS into ``{selector: {property: value}}``, values unquoted."""
    return {
        selector: {name: value.strip("\"'") for name, value in _GRASS_PROPERTY.findall(body)}
        for selector, body in _GRASS_RULE.findall(text)
    }


def _log_in(page: Page, settings: Settings) -> None:
    """Open the Browser and connect with the settings' URI, database and credentials."""
    page.goto(status(settings).browser_url)
    scheme, _, address = settings.neo4j_uri.partition("://")
    page.get_by_test_id("bolt-scheme-select").select_option(f"{scheme}://")
    page.get_by_test_id("boltaddress").fill(address)
    page.get_by_test_id("database").fill(settings.neo4j_database)
    page.get_by_test_id("username").fill(settings.neo4j_username)
    page.get_by_test_id("password").fill(settings.neo4j_password)
    page.get_by_test_id("connect").click()
    expect(
        page.get_by_text("You are connected as user"),
        f"Neo4j Browser did not connect to {settings.neo4j_uri} as {settings.neo4j_username}",
    ).to_be_visible(timeout=TIMEOUT_MS)


def _submit(page: Page, command: str) -> Locator:
    """Type ``command`` into the editor and run it; return the frame that echoes exactly it.

    The editor re-indents new lines and may auto-close an opening bracket after the cursor, so
    whatever follows the typed text is deleted before the run, and the echo is compared up to
    whitespace.
    """
    page.get_by_test_id("activeEditor").click()
    page.keyboard.insert_text(command)
    page.keyboard.press("Shift+Control+End")
    page.keyboard.press("Delete")
    page.get_by_test_id("editor-Run").click()
    echo = re.compile(r"^\s*" + r"\s+".join(map(re.escape, command.split())) + r"\s*$")
    frame = page.get_by_test_id("frame").filter(has=page.get_by_test_id("frameCommand").filter(has_text=echo))
    expect(
        frame, f"no result frame ran exactly {command[:80]!r}... (did the editor alter it?)"
    ).to_have_count(1, timeout=TIMEOUT_MS)
    return frame


def _run(page: Page, query: str) -> Locator:
    """Run ``query`` from the editor; return its result frame once the query has completed."""
    frame = _submit(page, query)
    # The status bar can show while the query still runs, so wait for its final word; the wording
    # varies ("Completed after 8 ms.", "... and completed in less than 1 ms.").
    done = frame.get_by_test_id("frameStatusbar").filter(has_text=re.compile(r"\bcompleted\b", re.I))
    error = frame.get_by_test_id("cypherFrameErrorMessage")
    expect(done.or_(error), "the query neither completed nor failed").to_be_visible(timeout=TIMEOUT_MS)
    assert error.count() == 0, f"the query failed: {frame.get_by_test_id('frameContents').inner_text()}"
    return frame


def _browser_style(page: Page) -> dict[str, dict[str, str]]:
    """The graph style the Browser holds, as ``:style`` prints it, parsed."""
    contents = _submit(page, ":style").get_by_test_id("frameContents")
    expect(contents, "`:style` printed no node rule").to_contain_text(
        re.compile(r"\bnode\s*\{"), timeout=TIMEOUT_MS
    )
    return _grass(contents.inner_text())


def _rendered_nodes(frame: Locator, count: int) -> list[tuple[str, str]]:
    """Switch the query's frame to its graph view; return each drawn node's (caption, circle fill)."""
    graph_view = frame.get_by_test_id("cypherFrameSidebarVisualization")
    error = frame.get_by_test_id("cypherFrameErrorMessage")
    expect(graph_view.or_(error), "the query neither offered a graph nor failed").to_be_visible(
        timeout=TIMEOUT_MS
    )
    assert error.count() == 0, f"the query failed: {frame.get_by_test_id('frameContents').inner_text()}"
    graph_view.click()
    nodes = frame.locator("svg.neod3viz g.node")
    expect(nodes, f"the graph view does not draw {count} nodes").to_have_count(count, timeout=TIMEOUT_MS)
    # A long caption is drawn as several lines of text.
    return [
        (
            " ".join(" ".join(node.locator("text.caption").all_text_contents()).split()),
            node.locator("circle.b-outline").get_attribute("fill") or "",
        )
        for node in nodes.all()
    ]


def _table(frame: Locator) -> tuple[list[str], list[tuple[str, ...]]]:
    """Switch the frame to its table view; return the column names and the decoded rows (none if empty)."""
    frame.get_by_test_id("cypherFrameSidebarTable").click()
    table = frame.get_by_role("table")
    empty = frame.get_by_text("(no changes, no records)")
    expect(table.or_(empty), "the table view shows neither rows nor 'no records'").to_be_visible(
        timeout=TIMEOUT_MS
    )
    # Only data cells carry an explicit role; the leading row-number column has none.
    columns = table.locator("th[role=columnheader]").all_inner_texts()
    rows = [
        tuple(json.loads(cell) for cell in row.locator("td[role=cell]").all_inner_texts())
        for row in table.locator("tbody tr[role=row]").all()
    ]
    return columns, rows


def test_browser_shows_conclusions_and_their_assumptions(neo4j_server: Settings) -> None:
    graph = build_tiny_graph(_TEXT, source="browser.txt")
    expected = _dependencies(graph)
    assert expected, "the factory graph has no DEPENDS_ON edge to look for"
    store = Neo4jStore(neo4j_server)
    try:
        store.run_write("MATCH (n) DETACH DELETE n")
        store.write([graph])
        with chromium_page() as page:
            try:
                _log_in(page, neo4j_server)
                columns, rows = _table(_run(page, _query(graph.document.doc_id)))
            finally:
                shot = save_screenshot(page, _SCREENSHOT)
        # Other test sessions may share the server: say whether the document was still there.
        kept = store.run_read("MATCH (d:Document {id: $id}) RETURN count(d) AS n", {"id": graph.document.id})
    finally:
        store.close()

    assert sorted(rows) == sorted(expected), (
        f"Neo4j Browser's table shows {rows}, expected each conclusion with its assumption {expected} "
        f"(the document is {'still' if kept[0]['n'] else 'no longer'} in the database)"
    )
    assert columns == ["conclusion", "assumption"], f"unexpected result columns {columns}"
    assert shot.stat().st_size > 0, f"empty screenshot {shot}"


def test_browser_draws_the_graph_in_argkg_style(neo4j_server: Settings) -> None:
    grass = style_path().read_text(encoding="utf-8")
    rules = _grass(grass)
    assert {"node.Conclusion", "node.Assumption"} <= rules.keys(), f"{style_path()} lacks argkg rules"
    graph = build_tiny_graph(_TEXT, source="browser-style.txt")
    texts = {
        str(node.label): " ".join(node.text.split())
        for node in graph.nodes
        if isinstance(node, Conclusion | Assumption)
    }
    query = (
        "MATCH (c:Conclusion)-[r:DEPENDS_ON]->(a:Assumption) "
        f"WHERE c.doc_id = '{graph.document.doc_id}' RETURN c, r, a"
    )
    store = Neo4jStore(neo4j_server)
    try:
        store.write([graph])
        with chromium_page() as page:
            try:
                _log_in(page, neo4j_server)
                _submit(page, f":style {grass}")
                held = _browser_style(page)
                drawn = _rendered_nodes(_submit(page, query), count=2)
            finally:
                shot = save_screenshot(page, _STYLE_SCREENSHOT)
    finally:
        store.close()

    lost = {
        selector: props
        for selector, props in rules.items()
        if not props.items() <= held.get(selector, {}).items()
    }
    assert not lost, f"the Browser's style lacks these rules of {style_path()} (or changed them): {lost}"
    for label, text in texts.items():
        colour = rules[f"node.{label}"]["color"]
        # The caption is the node's text, possibly cut short ("…") to fit the circle.
        matching = [
            fill for caption, fill in drawn if caption and text.startswith(caption.rstrip("…").rstrip())
        ]
        assert matching, f"no drawn node is captioned with the {label}'s text {text!r}: {drawn}"
        assert [fill.upper() for fill in matching] == [colour.upper()], (
            f"the {label} node is filled {matching}, the style file gives node.{label} {colour}"
        )
    assert shot.stat().st_size > 0, f"empty screenshot {shot}"
