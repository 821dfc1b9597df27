"""Neo4j Browser, as served by the local server, shows argkg's graph to a person who logs in.

Drives the real Browser (5.24) in headless Chromium: log in through its connect form, type a
Cypher query into its editor, run it, read the result table. Selectors are the Browser's own
``data-testid`` attributes and ARIA roles, and every step waits for what it needs. The
screenshot is left in ``artifacts/neo4j-browser.png``, also when a step fails.
"""

import json
import re

from browser_support import TIMEOUT_MS, chromium_page, save_screenshot
from factories import build_tiny_graph
from playwright.sync_api import Locator, Page, expect

from argkg.config import Settings
from argkg.graph.neo4j_server import status
from argkg.graph.neo4j_store import Neo4jStore
from argkg.schema import DocumentGraph, RelType

#: A document of this test's own, so that graphs other tests write into the server do not show.
_TEXT = (
    "Debate: Does the Browser show it?\nPro: Prices fall 10% a year.\n"
    "If supply grows, prices fall.\nConclusion: prices will fall."
)
_SCREENSHOT = "neo4j-browser.png"


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


def _run(page: Page, query: str) -> Locator:
    """Run ``query`` from the editor; return its result frame once the query has completed."""
    page.get_by_test_id("activeEditor").click()
    page.keyboard.insert_text(query)  # the editor may still auto-close brackets: checked below
    page.get_by_test_id("editor-Run").click()
    command = page.get_by_test_id("frameCommand").filter(has_text=re.compile(f"^{re.escape(query)}$"))
    frame = page.get_by_test_id("frame").filter(has=command)
    expect(frame, f"no result frame ran exactly {query!r} (did the editor alter it?)").to_have_count(
        1, timeout=TIMEOUT_MS
    )
    # The status bar can show while the query still runs, so wait for its final word; the wording
    # varies ("Completed after 8 ms.", "... and completed in less than 1 ms.").
    done = frame.get_by_test_id("frameStatusbar").filter(has_text=re.compile(r"\bcompleted\b", re.I))
    error = frame.get_by_test_id("cypherFrameErrorMessage")
    expect(done.or_(error), "the query neither completed nor failed").to_be_visible(timeout=TIMEOUT_MS)
    assert error.count() == 0, f"the query failed: {frame.get_by_test_id('frameContents').inner_text()}"
    return frame


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
