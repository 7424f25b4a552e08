"""Issue 14's web points in Chromium: legends, name suggestions, messages for invalid input, the cues
page, full downloads, and corrections off unless `serve --allow-corrections`."""

from __future__ import annotations

import csv
import io
import re

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def test_the_legend_and_tooltips_are_on_screen(page):
    page.goto("/statements")
    legend = page.locator("#legend")
    assert legend.is_visible()
    assert legend.locator("dt", has_text="distancing").is_visible()
    assert "puts doubt on the claim" in legend.inner_text()
    badge = page.locator("#results .badge[class*=stance-]").first
    assert badge.get_attribute("title").startswith("Stance of the reporting verb:")
    page.goto("/events")
    assert page.locator("#legend").is_visible() and "PLOVER" in page.locator("#legend").inner_text()
    assert page.errors == []


def test_typing_part_of_a_name_suggests_actors(page):
    speaker = page.request.get("/api/statements?per_page=200").json()["facets"]["speaker"][0]
    name = speaker["label"]
    part = max(re.findall(r"\w{4,}", name), key=len)[:5]
    page.goto("/statements")
    page.locator("#f-speaker").press_sequentially(part, delay=40)
    # The suggestions come from /api/suggest (their labels name the type and counts).
    options = page.locator("#list-speaker option")
    page.wait_for_function(
        "() => [...document.querySelectorAll('#list-speaker option')]"
        ".some(o => o.textContent.includes('statements ·'))"
    )
    assert name in options.evaluate_all("os => os.map(o => o.value)")
    page.fill("#f-speaker", name)
    page.click("form.filters button[type=submit]")
    page.wait_for_url(re.compile(r"speaker="))
    assert page.locator("#results tbody tr[data-id]").count() >= 1
    assert page.errors == []


def test_invalid_input_gets_a_message_not_an_error_page(page):
    response = page.goto("/statements?page=1e20")
    assert response.status == 400
    message = page.locator(".error-message")
    assert message.is_visible() and "page" in message.inner_text()
    response = page.goto("/statements?date_from=last+week")
    assert (
        response.status == 400 and "date_from must be a date" in page.locator(".error-message").inner_text()
    )
    page.goto("/statements?speaker=Nobody+Atall")
    assert page.locator(".notice").inner_text() == "No speaker matches “Nobody Atall”."


def test_the_framing_cues_link_opens_the_cues_page(page):
    page.goto("/")
    page.locator("ul.counts a", has_text="framing cues").click()
    page.wait_for_url(re.compile(r"/cues$"))
    assert page.locator("main h1").inner_text() == "Framing cues"
    total = page.request.get("/api/cues").json()["total"]
    assert page.locator("table.cues tbody tr").count() == min(total, 50) or total == 0
    assert page.errors == []


def test_full_csv_download_row_count(page, tmp_path):
    total = page.request.get("/api/events").json()["total"]
    page.goto("/events?per_page=1")
    assert page.locator("#download-csv").inner_text() == "CSV"
    with page.expect_download() as info:
        page.click("#download-csv")
    path = tmp_path / "events.csv"
    info.value.save_as(path)
    assert len(list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))) == total


def test_corrections_are_off_by_default(page):
    page.goto("/corrections")
    assert page.locator("#read-only").is_visible()
    assert "--allow-corrections" in page.locator("#read-only").inner_text()
    assert page.locator("#form-merge").count() == 0
    page.goto("/articles")
    page.locator("table.data a[href^='/articles/']").first.click()
    page.wait_for_load_state()
    assert page.locator("form.flag").count() == 0
    r = page.request.post("/corrections/merge", form={"source": "a", "into": "b"})
    assert r.status == 403
    assert "read-only view of the ledger" in page.locator("footer").inner_text()
