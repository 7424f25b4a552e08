"""RSS and Atom feeds (`.rss`, `.atom`, and `.xml` files that parse as a feed) through feedparser.

feedparser is given the bytes, never a URL, so nothing is fetched. Each item's full content (else its
summary) is the body; HTML in it becomes plain text with one paragraph per block element. Outlet: the
feed's title, else the host of the feed's link, else the host of the item's link.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..model import Article
from . import Skipped, describe
from .assemble import build, clean_line, join_title, url_host
from .decode import NotText, decode, normalise_newlines
from .html import html_to_text

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_feed_bytes(data: bytes, *, name: str) -> Iterator[Article | Skipped]:
    import feedparser

    try:
        notes = decode(data).notes  # the same binary/empty checks as every other reader
    except NotText as reason:
        yield Skipped(name, str(reason))
        return
    try:
        parsed = feedparser.parse(data, resolve_relative_uris=False, sanitize_html=True)
    except Exception as error:  # feedparser is lenient, but its XML back ends are not
        yield Skipped(name, f"feed could not be parsed: {describe(error)}")
        return
    channel = parsed.get("feed", {})
    entries = parsed.get("entries", [])
    if not entries:
        if parsed.get("version") or channel.get("title"):
            yield Skipped(name, "feed has no items")
        else:
            yield Skipped(name, "not an RSS or Atom feed")
        return
    outlet = clean_line(channel.get("title", "") or "") or url_host(channel.get("link"))
    for number, entry in enumerate(entries, start=1):
        try:
            yield parse_entry(entry, name=name, number=number, outlet=outlet, notes=notes)
        except NotText as reason:  # one item over the length limit: the other items go on
            yield Skipped(f"{name} item {number}", str(reason))
        except Exception as error:  # noqa: BLE001 - one item the reader trips over must not end the feed
            yield Skipped(f"{name} item {number}", f"could not read item {number}: {describe(error)}")


def parse_entry(
    entry: Any, *, name: str, number: int, outlet: str | None, notes: list[str]
) -> Article | Skipped:
    link = entry.get("link") or None
    item = f"{name} item {number}" + (f" ({link})" if link else "")
    body = ""
    for content in entry.get("content") or []:
        body = _plain(content.get("value", ""), content.get("type", ""))
        if body:
            break
    if not body:
        detail = entry.get("summary_detail") or {}
        body = _plain(entry.get("summary", ""), detail.get("type", "text/html"))
    if not body.strip():
        return Skipped(item, "feed item has no text")
    title_detail = entry.get("title_detail") or {}
    title = _plain(entry.get("title", ""), title_detail.get("type", "text/plain"))
    text, title_span, title = join_title(title or None, body)
    authors = [a.get("name", "") for a in entry.get("authors") or [] if isinstance(a, dict)]
    if not any(authors) and entry.get("author"):
        authors = [entry.get("author")]
    return build(
        text,
        title_span=title_span,
        title=title,
        outlet=outlet or url_host(link),
        url=link,
        published=entry.get("published") or entry.get("updated"),
        authors=authors,
        source_file=name,
        notes=notes,
    )


def _plain(value: str, kind: str) -> str:
    if not isinstance(value, str):
        return ""
    if kind in _HTML_TYPES or (not kind and "<" in value):
        return html_to_text(value)
    return normalise_newlines(value).strip()
