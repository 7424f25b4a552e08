"""The web app in a real browser (Debian's chromium via Playwright) over the analysed demo corpus."""

from __future__ import annotations

import csv
import io
import re

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.slow]

PAGES = (
    "/", "/articles", "/statements", "/actors", "/events", "/transfers", "/cues", "/voices", "/stories",
    "/network", "/corrections", "/api",
)  # fmt: skip


def test_every_page_loads_without_errors(page):
    for path in PAGES:
        response = page.goto(path)
        assert response.status == 200, path
        assert page.locator("main h1").count() == 1, path
    # Follow the first link of each kind from the listings, so detail pages are opened too.
    for listing, link in (
        ("/articles", "table.data a[href^='/articles/']"),
        ("/actors", "table.data a.actor"),
        ("/stories", "table.data a[href^='/stories/']"),
    ):
        page.goto(listing)
        if page.locator(link).count():
            page.locator(link).first.click()
            page.wait_for_load_state()
            assert page.locator("main h1").count() == 1, listing
    assert page.errors == []  # no CSP violations, no script errors


def test_search_statement_and_follow_it_to_the_highlight(page):
    page.goto("/statements")
    first_content = page.locator("#results tbody tr td.content").first.inner_text()
    word = max(re.findall(r"[A-Za-z]{5,}", first_content), key=len)
    page.fill("form.filters input[name=q]", word)
    page.click("form.filters button[type=submit]")
    page.wait_for_url(re.compile(r"q="))
    rows = page.locator("#results tbody tr[data-id]")
    assert rows.count() >= 1
    assert page.locator("#results mark").first.inner_text().lower() == word.lower()
    content = rows.first.locator("td.content").inner_text()
    rows.first.locator("a.go").click()
    page.wait_for_url(re.compile(r"/articles/.+focus=s-"))
    focus = page.locator("#focus")
    assert focus.is_visible()
    assert "focus" in focus.get_attribute("class")
    # Every focused piece together reads as the statement: the highlight sits at its offsets.
    pieces = page.locator("#article-text .hl.focus").all_inner_texts()
    joined = " ".join("".join(pieces).split())
    for part in content.split(" … "):
        assert " ".join(part.split())[:40] in joined
    assert page.errors == []


def test_toggle_a_layer_and_click_for_details(page):
    page.goto("/statements")
    page.locator("#results a.go").first.click()
    page.wait_for_load_state()
    cue = page.locator("#article-text .hl.l-stmt-cue").first
    colour = cue.evaluate("el => getComputedStyle(el).backgroundColor")
    assert colour not in ("rgba(0, 0, 0, 0)", "transparent")
    assert page.locator(".cards-statements").is_visible()
    page.uncheck("#layer-statements")
    content = page.locator("#article-text .hl.l-stmt-content").first
    assert content.evaluate("el => getComputedStyle(el).backgroundColor") == "rgba(0, 0, 0, 0)"
    assert not page.locator(".cards-statements").is_visible()
    page.check("#layer-statements")
    assert page.locator(".cards-statements").is_visible()
    # Clicking highlighted text shows the items under it.
    page.locator("#article-text .hl.l-stmt-cue").first.click()
    assert page.locator("#details").is_visible()
    assert page.locator("#details-body .card-statement").count() >= 1
    page.click("#details-close")
    assert not page.locator("#details").is_visible()
    assert page.errors == []


def test_csv_download_has_every_matching_row_in_the_order_shown(page, tmp_path):
    total = page.request.get("/api/statements").json()["total"]
    on_page = 10 if total > 10 else 1
    page.goto(f"/statements?per_page={on_page}&page=2&sort=speaker&order=asc")
    shown = page.locator("#results tbody tr[data-id]").evaluate_all("rows => rows.map(r => r.dataset.id)")
    assert len(shown) == min(on_page, total - on_page)
    with page.expect_download() as info:
        page.click("#download-csv")
    path = tmp_path / "statements.csv"
    info.value.save_as(path)
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))
    assert len(rows) == total  # the whole result, not the page
    assert [r["id"] for r in rows][on_page : on_page + len(shown)] == shown
    assert page.errors == []


def test_network_draws_a_graph(page):
    page.goto("/network?kind=quotes")
    nodes = page.locator("#graph .node")
    assert nodes.count() >= 2
    nodes.nth(1).hover()
    assert page.locator("#graph line.lit").count() >= 1
    assert page.errors == []


def test_article_page_screenshot(page, shoot):
    page.goto("/statements?sort=speaker&order=asc")
    page.locator("#results a.go").first.click()
    page.wait_for_load_state()
    shot = shoot(page, "article.png")
    assert shot.stat().st_size > 20_000
    page.goto("/")
    shoot(page, "overview.png")
    page.goto("/stories")
    if page.locator("table.data a[href^='/stories/']").count():
        page.locator("table.data a[href^='/stories/']").first.click()
        page.wait_for_load_state()
        shoot(page, "story.png")
    for path, name in (
        ("/network", "network.png"),
        ("/statements", "statements.png"),
        ("/transfers", "transfers.png"),
    ):
        page.goto(path)
        shoot(page, name)
    assert page.errors == []


def test_layers_show_and_toggle_without_javascript(browser, server):
    context = browser.new_context(java_script_enabled=False, base_url=server)
    page = context.new_page()
    page.goto("/articles")
    page.locator("table.data a[href^='/articles/']").first.click()
    page.wait_for_load_state()
    for layer in ("statements", "actors", "events", "cues"):
        assert page.is_checked(f"#layer-{layer}")
    mention = page.locator("#article-text .hl.l-actor").first
    assert mention.evaluate("el => getComputedStyle(el).borderBottomStyle") == "solid"
    page.uncheck("#layer-actors")
    assert mention.evaluate("el => getComputedStyle(el).borderBottomStyle") == "none"
    assert not page.locator(".cards-actors").is_visible()
    context.close()
