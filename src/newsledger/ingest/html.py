"""HTML pages (`.html`, `.htm`, and the HTML records of a WARC) through trafilatura, offline.

trafilatura gets the page as a string and never a URL, so nothing is fetched. Stored text: title +
"\\n\\n" + main text, paragraphs as trafilatura separates them ("\\n"). A main text that starts by
repeating the headline loses that line. Outlet: `og:site_name` / the site name trafilatura finds,
else the host of the canonical URL (or of the URL the page was fetched from, for WARC records).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator

from ..model import Article
from . import Skipped, describe
from .assemble import build, join_title, url_host
from .decode import NotText, decode, normalise_newlines

#: Elements that end a paragraph when HTML fragments (feed items) are turned into plain text.
BLOCK_TAGS = frozenset(
    {
        "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption",
        "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav",
        "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul",
    }
)  # fmt: skip
#: Main text shorter than this is boilerplate trafilatura fell back on (a menu, "Page not found").
MIN_BODY_WORDS = 15
_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_PARAGRAPH_BREAK = "\ue000"  # a private-use character: no real text carries it


def parse_html(
    html: str,
    *,
    name: str,
    url: str | None = None,
    source_file: str | None = None,
    notes: list[str] | None = None,
) -> Article | Skipped:
    """An article from a decoded page; `url` is where it was fetched from, when known."""
    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.ERROR)
    logging.getLogger("htmldate").setLevel(logging.ERROR)
    try:
        doc = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=False
        )
    except Exception as error:  # trafilatura and lxml raise many kinds on hostile input
        return Skipped(name, f"HTML could not be parsed: {describe(error)}")
    body = normalise_newlines(getattr(doc, "text", None) or "") if doc is not None else ""
    if len(body.split()) < MIN_BODY_WORDS:
        return Skipped(name, "no article body found")
    text, title_span, title = join_title(getattr(doc, "title", None), body)
    page_url = url or getattr(doc, "url", None)
    sitename = getattr(doc, "sitename", None)
    if sitename and url_host(f"http://{sitename}") == sitename.lower().removeprefix("www."):
        # trafilatura fills `sitename` with the bare host when the page names no site.
        sitename = url_host(page_url) or sitename.lower().removeprefix("www.")
    author = getattr(doc, "author", None) or ""
    return build(
        text,
        title_span=title_span,
        title=title,
        outlet=sitename,
        url=page_url,
        published=getattr(doc, "date", None),
        authors=author.split(";"),
        source_file=source_file or name,
        notes=notes,
    )


def read_html_bytes(
    data: bytes,
    *,
    name: str,
    url: str | None = None,
    source_file: str | None = None,
    charset: str | None = None,
) -> Iterator[Article | Skipped]:
    """A page's bytes; `charset` (from HTTP headers) or the page's own meta charset is tried
    when the bytes are not UTF-8."""
    if charset is None:
        match = _META_CHARSET.search(data[:4096])
        charset = match.group(1).decode("ascii") if match else None
    try:
        decoded = decode(data, declared=charset)
    except NotText as reason:
        yield Skipped(name, str(reason))
        return
    yield parse_html(decoded.text, name=name, url=url, source_file=source_file, notes=decoded.notes)


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment (a feed item's content): block elements become paragraphs.

    trafilatura wants a whole page and drops short fragments, so feed items go through lxml.
    """
    import lxml.html

    fragment = fragment.replace(_PARAGRAPH_BREAK, "")
    if "<" not in fragment:
        return _paragraphs(fragment.replace("&nbsp;", "\xa0"))
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except Exception:  # lxml refuses some fragments (control characters, nothing parseable)
        return _paragraphs(fragment)
    for element in root.iter():
        if not isinstance(element.tag, str):  # comments and processing instructions
            element.text = ""
            continue
        if element.tag.lower() in ("script", "style"):
            element.text = ""
        elif element.tag.lower() in BLOCK_TAGS:
            element.tail = _PARAGRAPH_BREAK + (element.tail or "")
            element.text = _PARAGRAPH_BREAK + (element.text or "")
    return _paragraphs("".join(root.itertext()))


def _paragraphs(text: str) -> str:
    parts = (_HTML_SPACE.sub(" ", part).strip() for part in text.split(_PARAGRAPH_BREAK))
    return "\n\n".join(part for part in parts if part)
