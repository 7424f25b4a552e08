"""Turning what a reader found (title, body, metadata) into an `Article` with a true `title_span`.

Every reader goes through here so that all formats agree: the stored text starts with the title line,
a title repeated at the top of the body is dropped once, the outlet falls back to the URL's host,
and dates become ISO 8601 as precise as the source gave them.
"""

from __future__ import annotations

import re
from datetime import datetime
from urllib.parse import urlsplit

from ..model import Article, Span
from .clean import replace_surrogates
from .decode import NotText

#: A first line longer than this is a paragraph, not a headline, so the article gets no title.
MAX_TITLE_CHARS = 300
#: Longer texts are refused with a message naming the item. spaCy's own limit (`nlp.max_length`, the
#: same figure) would refuse them later with its error E088, which names neither the item nor a way out.
MAX_ARTICLE_CHARS = 1_000_000
_SPACE = re.compile(r"\s+")
_HAS_TIME = re.compile(r"\d:\d\d")
_NUMERIC_DATE = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-]\d{2,4}\b")


def clean_line(text: str) -> str:
    """One line of display text: runs of whitespace (newlines too) become one space."""
    return _SPACE.sub(" ", text).strip()


def url_host(url: str | None) -> str | None:
    """The host of an http(s) URL without `www.`, as the outlet of last resort."""
    if not url:
        return None
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    if not host or "." not in host:
        return None
    return host.removeprefix("www.")


def iso_date(value: str | None) -> tuple[str | None, str | None]:
    """(ISO date or datetime, a note when the value was not understood or is ambiguous).

    As precise as the source: "April 2022" gives "2022-04", a time of day gives a datetime.
    "dd.mm.yyyy" is read day first (no one writes months first with dots); "10/04/2022" is read
    month first, with a note, since either reading is possible.
    """
    if not value or not value.strip():
        return None, None
    raw = value.strip()
    from dateutil import parser

    numeric = _NUMERIC_DATE.match(raw)
    day_first = bool(numeric) and numeric.group(0)[len(numeric.group(1))] == "."
    try:
        one = parser.parse(raw, default=datetime(1900, 1, 1), dayfirst=day_first)
        two = parser.parse(raw, default=datetime(1901, 2, 2), dayfirst=day_first)
    except (ValueError, OverflowError, TypeError):
        return None, f"published date not understood: {raw[:60]!r}"
    if one.year != two.year:
        return None, f"published date has no year: {raw[:60]!r}"
    note = None
    first, second = (int(numeric.group(1)), int(numeric.group(2))) if numeric else (0, 0)
    if numeric and not day_first and first != second and max(first, second) <= 12:
        note = f"ambiguous date {raw[:40]!r} read as month first"
    if one.month != two.month:
        return f"{one.year:04d}", note
    if one.day != two.day:
        return f"{one.year:04d}-{one.month:02d}", note
    if _HAS_TIME.search(raw):
        return one.isoformat(), note
    return one.date().isoformat(), note


def _same_title(line: str, title: str) -> bool:
    return clean_line(line).casefold() == clean_line(title).casefold()


def strip_repeated_title(title: str, body: str) -> str:
    """The body without its first non-blank line when that line repeats the title."""
    stripped = body.lstrip()
    first, sep, rest = stripped.partition("\n")
    if first.strip() and _same_title(first, title):
        return rest.lstrip("\n") if sep else ""
    return stripped


def join_title(title: str | None, body: str) -> tuple[str, Span | None, str | None]:
    """(text, title_span, title) for a title given apart from the body (HTML, JSONL, feeds)."""
    body = body.strip()
    if title is None or not clean_line(title):
        return body, None, None
    title = clean_line(title)
    body = strip_repeated_title(title, body)
    text = f"{title}\n\n{body}" if body else title
    return text, Span.of(text, 0, len(title)), title


def build(
    text: str,
    *,
    title_span: Span | None = None,
    title: str | None = None,
    outlet: str | None = None,
    url: str | None = None,
    published: str | None = None,
    authors: list[str] | None = None,
    source_file: str | None = None,
    notes: list[str] | None = None,
    ident: str | None = None,
    language: str | None = None,
) -> Article:
    """The article, with outlet falling back to the URL host and the date made ISO."""
    if len(text) > MAX_ARTICLE_CHARS:
        raise TooLong(
            f"text is {len(text):,} characters, over the limit of {MAX_ARTICLE_CHARS:,} for one article: "
            "split it into articles"
        )
    notes = list(notes or [])
    text, replaced = replace_surrogates(text)
    if replaced:
        notes.append(f"{replaced} lone surrogate{'s' if replaced > 1 else ''} in the text replaced by U+FFFD")
        if title_span is not None:  # same length, so the offsets hold; the span's text is re-read
            title_span = Span.of(text, title_span.start, title_span.end)
            title = text[title_span.start : title_span.end]
    outlet, url, published, language = (
        replace_surrogates(v)[0] if v else v for v in (outlet, url, published, language)
    )
    date, date_note = iso_date(published)
    if date_note:
        notes.append(date_note)
    url = url.strip() if url and url.strip() else None
    outlet = clean_line(outlet) if outlet and clean_line(outlet) else url_host(url)
    return Article.create(
        text,
        outlet=outlet,
        id=replace_surrogates(ident)[0] if ident else None,
        title=title if title_span is not None else None,
        url=url,
        published=date,
        language=clean_line(language) if language and clean_line(language) else "en",
        authors=[clean_line(replace_surrogates(a)[0]) for a in authors or [] if clean_line(a)],
        source_file=replace_surrogates(source_file)[0] if source_file else None,
        title_span=title_span,
        notes=notes,
    )


class TooLong(NotText):
    """A text longer than `MAX_ARTICLE_CHARS`: the message says how long and what the limit is."""
