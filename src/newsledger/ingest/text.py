"""Plain-text articles (`.txt`), as scrapers and copy-paste leave them.

Layout understood:

* An optional header block at the very top: lines `Title: …`, `Outlet: …`, `URL: …`, `Published: …`,
  `Author: …` (case-insensitive, any order, each at most once), ended by a blank line. It only counts
  as a header when every line before the first blank line is such a line. It is not part of the
  stored text; it gives the metadata.
* The title is the header's `Title:`, else the first non-empty line (unless that line is longer than
  `MAX_TITLE_CHARS`: then it is a paragraph and the article has no title).
* Scraped pages often repeat the headline (`Title\\n\\nTitle\\n\\nBody`); the repeat right after the
  title line (blank lines between allowed) is dropped.

Stored text: the title line, then the body exactly as in the file (line endings normalised to "\\n",
leading and trailing whitespace of the whole file removed), so for a file without header block or
repeated title, the stored text is the file's text and offsets into one are offsets into the other.
When the title comes from the header and the body does not start with it, the text is
title + "\\n\\n" + body.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import Article, Span
from . import Skipped
from .assemble import MAX_TITLE_CHARS, build, clean_line, join_title
from .decode import NotText, decode

HEADER_KEYS = ("title", "outlet", "url", "published", "author")
_HEADER_LINE = re.compile(r"^(" + "|".join(HEADER_KEYS) + r")[ \t]*:[ \t]*(.*)$", re.IGNORECASE)
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def split_header(text: str) -> tuple[dict[str, str], str]:
    """(metadata, rest) when the text opens with a header block, else ({}, text)."""
    parts = _BLANK_LINE.split(text.lstrip("\n"), maxsplit=1)
    head, rest = parts[0], parts[1] if len(parts) > 1 else ""
    meta: dict[str, str] = {}
    for line in head.split("\n"):
        match = _HEADER_LINE.match(line.strip())
        if not match or match.group(1).lower() in meta:
            return {}, text
        meta[match.group(1).lower()] = match.group(2).strip()
    return meta, rest


def parse_text(text: str, *, name: str, notes: list[str] | None = None) -> Article | Skipped:
    """An article from decoded, newline-normalised text."""
    meta, body = split_header(text)
    body = body.rstrip()
    if not body.strip():
        return Skipped(name, "no article body found" if meta else "empty file")
    if meta.get("title"):
        text, title_span, title = join_title(meta["title"], body)
    else:
        text, title_span, title = first_line_title(body)
    return build(
        text,
        title_span=title_span,
        title=title,
        outlet=meta.get("outlet"),
        url=meta.get("url"),
        published=meta.get("published"),
        authors=[meta["author"]] if meta.get("author") else None,
        source_file=name,
        notes=notes,
    )


def first_line_title(body: str) -> tuple[str, Span | None, str | None]:
    """(text, title_span, title) when the first non-empty line is the title."""
    body = body.strip()
    first = body.partition("\n")[0]
    title = first.strip()
    if not title or len(title) > MAX_TITLE_CHARS:
        return body, None, None
    # The title line stays as in the file (trailing spaces too), so the offsets of a plain file's
    # text are the file's own.
    text = first + _after_title(title, body[len(first) :])
    return text, Span.of(text, 0, len(title)), title


def _after_title(title: str, after: str) -> str:
    """What follows the title line, minus a repeat of the title (blank lines before it allowed)."""
    pos = 0
    while pos < len(after):
        end = after.find("\n", pos + 1)
        end = len(after) if end < 0 else end
        line = after[pos:end].strip()
        if line:
            return after[end:] if clean_line(line).casefold() == clean_line(title).casefold() else after
        pos = end
    return after


def read_text_bytes(data: bytes, *, name: str) -> Iterator[Article | Skipped]:
    try:
        decoded = decode(data)
    except NotText as reason:
        yield Skipped(name, str(reason))
        return
    yield parse_text(decoded.text, name=name, notes=decoded.notes)
