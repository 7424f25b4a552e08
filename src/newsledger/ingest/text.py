"""Plain-text articles (`.txt`), as scrapers and copy-paste leave them.

Layout understood:

* An optional header block at the very top: lines `Title: …`, `Outlet: …`, `URL: …`, `Published: …`
  (or `Date: …`), `Author: …` (or `Authors: a; b`), `Language: …` (case-insensitive, any order, each at
  most once), ended by a blank line. It only counts as a header when every line before the first blank
  line is such a line. It is not part of the stored text; it gives the metadata.
* An optional sidecar file: `story.json` next to `story.txt`, one JSON object with the same fields
  (`title`, `outlet`, `url`, `published`, `authors`, `language`, and `id`). The header block wins
  over the sidecar, and both win over the defaults a caller passes (`newsledger analyze --outlet`).
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
from .metadata import Metadata

#: Header line keys → the metadata field each fills (two spellings are accepted for date and authors).
HEADER_KEYS = {
    "title": "title",
    "outlet": "outlet",
    "url": "url",
    "published": "published",
    "date": "published",
    "author": "authors",
    "authors": "authors",
    "language": "language",
}
_HEADER_LINE = re.compile(r"^(" + "|".join(HEADER_KEYS) + r")[ \t]*:[ \t]*(.*)$", re.IGNORECASE)
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def split_header(text: str) -> tuple[dict[str, str], str]:
    """(metadata by field name, rest) when the text opens with a header block, else ({}, text)."""
    parts = _BLANK_LINE.split(text.lstrip("\n"), maxsplit=1)
    head, rest = parts[0], parts[1] if len(parts) > 1 else ""
    meta: dict[str, str] = {}
    for line in head.split("\n"):
        match = _HEADER_LINE.match(line.strip())
        if not match or HEADER_KEYS[match.group(1).lower()] in meta:
            return {}, text
        meta[HEADER_KEYS[match.group(1).lower()]] = match.group(2).strip()
    return meta, rest


def parse_text(
    text: str, *, name: str, notes: list[str] | None = None, sidecar: Metadata | None = None
) -> Article | Skipped:
    """An article from decoded, newline-normalised text; `sidecar` fills what the header block leaves out."""
    header, body = split_header(text)
    body = body.rstrip()
    if not body.strip():
        return Skipped(name, "no article body found" if header else "empty file")
    meta = Metadata.from_header(header).over(sidecar)
    if meta.title:
        text, title_span, title = join_title(meta.title, body)
    else:
        text, title_span, title = first_line_title(body)
    return build(
        text,
        title_span=title_span,
        title=title,
        outlet=meta.outlet,
        url=meta.url,
        published=meta.published,
        authors=meta.authors,
        language=meta.language,
        source_file=name,
        notes=[*(notes or []), *meta.notes],
        ident=meta.id,
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


def read_text_bytes(
    data: bytes, *, name: str, sidecar: Metadata | None = None
) -> Iterator[Article | Skipped]:
    try:
        decoded = decode(data)
    except NotText as reason:
        yield Skipped(name, str(reason))
        return
    yield parse_text(decoded.text, name=name, notes=decoded.notes, sidecar=sidecar)
