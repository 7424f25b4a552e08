"""Browser-test fixtures: the demo corpus analysed into a ledger, the app served by uvicorn in a thread,
and Debian's chromium driven by Playwright (never a browser Playwright downloads)."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"

# Written for these tests, used only when the demo corpus is not in the checkout.
FALLBACK_ARTICLES = (
    (
        "Harbor Daily",
        "2024-03-04",
        "Minister pledges missiles to Ruritania",
        "The Freedonian defence minister said on Monday that Freedonia will send 40 anti-tank missiles "
        'to Ruritania. "We stand with our friends," she told reporters in the capital.',
    ),
    (
        "Evening Courier",
        "2024-03-05",
        "Sylvania warns over weapons shipment",
        "Officials in Sylvania claimed the shipment of weapons would only prolong the war, according to "
        "a statement released by the foreign ministry on Tuesday.",
    ),
)


def _articles():
    if EXAMPLES.is_dir():
        from newsledger.ingest import read
        from newsledger.model import Article

        found = [a for a in read([EXAMPLES]) if isinstance(a, Article)]
        if found:
            return found
    from newsledger.model import Article, Span

    out = []
    for outlet, day, title, body in FALLBACK_ARTICLES:
        text = f"{title}\n\n{body}"
        out.append(
            Article.create(
                text, outlet=outlet, published=day, title=title, title_span=Span.of(text, 0, len(title))
            )
        )
    return out


@pytest.fixture(scope="session")
def demo_ledger(tmp_path_factory, nlp) -> Path:
    """The demo corpus through the whole pipeline into a ledger, with stories when the compare step exists."""
    if not CHROMIUM.exists():
        pytest.skip("/usr/bin/chromium is absent: run scripts/install-browser.sh (CI does)")
    from newsledger.pipeline import analyze_articles
    from newsledger.store import Ledger

    path = tmp_path_factory.mktemp("browser") / "demo.db"
    with Ledger(path) as ledger:
        for analysis in analyze_articles(_articles(), nlp):
            ledger.write(analysis)
        try:
            from newsledger.compare.clusters import recompute
        except ImportError:
            pass
        else:
            recompute(ledger)
    return path


@pytest.fixture(scope="session")
def server(demo_ledger) -> str:
    """The app on 127.0.0.1 and a free port, served by uvicorn in a daemon thread."""
    import uvicorn

    from newsledger.web.app import create_app, local_hosts

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    srv = uvicorn.Server(
        uvicorn.Config(
            create_app(demo_ledger, local_hosts("127.0.0.1")),
            host="127.0.0.1",
            port=port,
            log_level="warning",
        )
    )
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.skip("/usr/bin/chromium is absent: run scripts/install-browser.sh (CI does)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("playwright is not installed")
    pw = sync_playwright().start()
    b = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
    yield b
    b.close()
    pw.stop()


@pytest.fixture
def page(browser, server):
    """A fresh page whose console errors (CSP violations included) and script errors are collected."""
    context = browser.new_context(
        viewport={"width": 1400, "height": 1000}, accept_downloads=True, base_url=server
    )
    p = context.new_page()
    p.errors = []
    p.on("console", lambda m: p.errors.append(m.text) if m.type == "error" else None)
    p.on("pageerror", lambda e: p.errors.append(str(e)))
    yield p
    context.close()


@pytest.fixture
def shoot(tmp_path):
    """`shoot(page, name)`: a full-page screenshot in the test's tmp dir, copied to $NEWSLEDGER_SCREENSHOTS
    when that is set; returns the tmp-dir path."""
    extra = os.environ.get("NEWSLEDGER_SCREENSHOTS")

    def take(page, name: str) -> Path:
        path = tmp_path / name
        page.screenshot(path=str(path), full_page=True)
        if extra:
            Path(extra).mkdir(parents=True, exist_ok=True)
            shutil.copy(path, Path(extra) / name)
        return path

    return take
