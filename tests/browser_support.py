"""A headless Debian Chromium for browser tests, driven by Python Playwright.

The tests use the system browser at ``/usr/bin/chromium``, never ``playwright install``: the
network is closed to everything but package registries. The flags keep Chromium from reaching out
on its own (no QUIC, background networking, component updates or sync); ``--no-sandbox`` because
the tests may run as root in a container, ``--disable-gpu`` because there is none. Each page gets
its own browser context, so no cookies or local storage carry over between tests. Importable as
``from browser_support import chromium_page`` (``tests/`` is on pytest's pythonpath).
"""

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from playwright.sync_api import Page, sync_playwright

__all__ = ["ARTIFACTS", "CHROMIUM", "CHROMIUM_ARGS", "TIMEOUT_MS", "chromium_page", "save_screenshot"]

#: Debian's Chromium.
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = (
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)
#: Where tests leave screenshots for people to look at (gitignored).
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
#: Generous: the first load of a large single-page app can be slow on two cores. Pages use it as
#: their default; Playwright's ``expect`` does not (its default is 5 s), so pass it there.
TIMEOUT_MS = 60_000


@contextmanager
def chromium_page(*, width: int = 1400, height: int = 900, timeout_ms: int = TIMEOUT_MS) -> Iterator[Page]:
    """Yield a fresh page in a headless Chromium that is closed on exit.

    Args:
        width: viewport width in CSS pixels.
        height: viewport height in CSS pixels.
        timeout_ms: default timeout of every wait and action on the page.
    """
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=list(CHROMIUM_ARGS))
        try:
            page = browser.new_context(viewport={"width": width, "height": height}).new_page()
            page.set_default_timeout(timeout_ms)
            yield page
        finally:
            browser.close()


def save_screenshot(page: Page, name: str) -> Path:
    """Save a screenshot of the page's viewport as ``artifacts/<name>`` and return its path."""
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / name
    page.screenshot(path=path)
    return path
