"""JSON Lines (`.jsonl`): one article per line, as exports and scrapers write them.

Each line is an object with `text` (required) and optionally `title`, `url`, `outlet`, `published`,
`id`, `author`/`authors`. Blank lines are ignored; a bad line is one `Skipped` named "path:LINE" and
the other lines go on. A title is put in front of the text (unless the text already starts with it)
so every article's text starts with its title line.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from ..model import Article
from . import Skipped, describe
from .assemble import build, join_title
from .decode import NotText, decode, normalise_newlines
from .text import first_line_title

FIELDS = ("text", "title", "url", "outlet", "published", "id", "author", "authors")


def read_jsonl_bytes(data: bytes, *, name: str) -> Iterator[Article | Skipped]:
    try:
        decoded = decode(data)
    except NotText as reason:
        yield Skipped(name, str(reason))
        return
    for number, line in enumerate(decoded.text.split("\n"), start=1):
        if line.strip():
            yield parse_line_safely(line, name=name, number=number, notes=decoded.notes)


def parse_line_safely(
    line: str, *, name: str, number: int, notes: list[str] | None = None
) -> Article | Skipped:
    """`parse_line`, with anything it raises turned into a `Skipped` for that line alone: each line is
    its own item, so one line the reader trips over must not cost the lines after it."""
    try:
        return parse_line(line, name=name, number=number, notes=notes)
    except NotText as reason:
        return Skipped(f"{name}:{number}", str(reason))
    except Exception as error:  # noqa: BLE001 - the contract is to never raise for bad input
        return Skipped(f"{name}:{number}", f"could not read line {number}: {describe(error)}")


def parse_line(line: str, *, name: str, number: int, notes: list[str] | None = None) -> Article | Skipped:
    item = f"{name}:{number}"
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        return Skipped(item, f"malformed JSON at line {number}, column {error.colno}: {error.msg}")
    except (ValueError, RecursionError) as error:
        return Skipped(item, f"malformed JSON on line {number}: {str(error) or 'nested too deeply'}")
    if not isinstance(record, dict):
        return Skipped(item, f"line {number} is not a JSON object")
    text = record.get("text")
    if not isinstance(text, str):
        return Skipped(item, f'line {number} has no "text" string')
    if not text.strip():
        return Skipped(item, f'line {number} has an empty "text"')
    notes = list(notes or [])
    fields: dict[str, str | None] = {}
    for key in ("title", "url", "outlet", "published", "id"):
        value = record.get(key)
        if value is not None and not isinstance(value, str | int):
            notes.append(f"ignored {key!r}: not a string")
            value = None
        fields[key] = str(value) if value is not None else None
    authors = record.get("authors", record.get("author"))
    if isinstance(authors, str):
        authors = [authors]
    if not isinstance(authors, list):
        authors = []
    text = normalise_newlines(text)
    title = fields["title"]
    if title is None:
        # No title field: the first line is the title when it is short enough, as in a .txt file.
        article_text, title_span, title = first_line_title(text)
    else:
        article_text, title_span, title = join_title(normalise_newlines(title), text)
    return build(
        article_text,
        title_span=title_span,
        title=title,
        outlet=fields["outlet"],
        url=fields["url"],
        published=fields["published"],
        authors=[a for a in authors if isinstance(a, str)],
        source_file=name,
        notes=notes,
        ident=fields["id"],
    )
