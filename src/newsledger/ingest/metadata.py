"""Metadata given apart from the text: a `.txt` file's header block, its sidecar `.json` file, and the
defaults a caller passes (`newsledger analyze --outlet NAME --published DATE`).

Plain-text articles carry no outlet or date, so the overview shows "(no outlet)" and events have no
date; these are the three ways to supply them, in this order of precedence: header block, sidecar,
defaults. A default only fills a value the article does not have.

Sidecar (`story.json` beside `story.txt`), every field optional:

    {"title": "…", "outlet": "Harbour Gazette", "published": "2022-04-05", "url": "https://…",
     "authors": ["…"], "language": "en", "id": "…"}
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, fields
from pathlib import Path

from ..model import Article, article_id
from .decode import NotText, decode_bytes

#: The fields a sidecar may hold ("author" is accepted for "authors").
SIDECAR_FIELDS = ("title", "outlet", "url", "published", "authors", "author", "language", "id")


@dataclass(frozen=True)
class Metadata:
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None
    authors: list[str] | None = None
    language: str | None = None
    id: str | None = None
    notes: list[str] = field(default_factory=list)

    @classmethod
    def from_header(cls, header: dict[str, str]) -> Metadata:
        """From a header block's lines (already mapped to field names); "Authors: a; b" lists several."""
        values = {k: v for k, v in header.items() if v and k != "authors"}
        authors = [a.strip() for a in header.get("authors", "").split(";") if a.strip()] or None
        return cls(**values, authors=authors)

    def over(self, other: Metadata | None) -> Metadata:
        """This metadata, with what it lacks taken from `other`."""
        if other is None:
            return self
        merged = {
            f.name: getattr(self, f.name) or getattr(other, f.name) for f in fields(self) if f.name != "notes"
        }
        return Metadata(**merged, notes=[*self.notes, *other.notes])


def sidecar_path(text_path: str | Path) -> Path:
    """`story.json` for `story.txt`."""
    return Path(text_path).with_suffix(".json")


def read_sidecar(text_path: str | Path) -> Metadata | None:
    """The sidecar of a `.txt` file, None when there is none.

    Raises `NotText` (its message names the sidecar, and the line and column for malformed JSON) when
    the sidecar cannot be used: storing the article without the metadata the user wrote would give it
    another id (the outlet is part of it) and an empty outlet and date.
    """
    path = sidecar_path(text_path)
    if not path.is_file():
        return None
    try:
        text, _ = decode_bytes(path.read_bytes())
    except OSError as error:
        raise NotText(f"cannot read sidecar {path.name}: {error.strerror or error}") from None
    try:
        record = json.loads(text)
    except json.JSONDecodeError as error:
        raise NotText(
            f"sidecar {path.name}: malformed JSON at line {error.lineno}, column {error.colno}: {error.msg}"
        ) from None
    except (ValueError, RecursionError) as error:
        raise NotText(f"sidecar {path.name}: malformed JSON: {error or 'nested too deeply'}") from None
    if not isinstance(record, dict):
        raise NotText(f"sidecar {path.name} is not a JSON object")
    return from_record(record, where=f"sidecar {path.name}")


def from_record(record: dict, *, where: str) -> Metadata:
    """Metadata from a JSON object; unknown keys and values of the wrong type are ignored with a note."""
    notes: list[str] = []
    values: dict[str, str] = {}
    for key, value in record.items():
        if key not in SIDECAR_FIELDS:
            notes.append(f"{where}: ignored unknown key {key!r}")
        elif key in ("authors", "author"):
            continue
        elif isinstance(value, str | int) and not isinstance(value, bool):
            values[key] = str(value)
        elif value is not None:
            notes.append(f"{where}: ignored {key!r}: not a string")
    raw = record.get("authors", record.get("author"))
    authors = [raw] if isinstance(raw, str) else raw
    if authors is not None and not (isinstance(authors, list) and all(isinstance(a, str) for a in authors)):
        notes.append(f"{where}: ignored 'authors': not a string or a list of strings")
        authors = None
    return Metadata(**values, authors=authors or None, notes=notes)


def check_published(value: str | None) -> str | None:
    """A default date as ISO 8601, or `ValueError` saying why not (for `--published` on the command line)."""
    from .assemble import iso_date

    if value is None or not value.strip():
        return None
    date, problem = iso_date(value)
    if date is None:
        raise ValueError(problem or f"date not understood: {value!r}")
    return date


def with_defaults(
    results: Iterable[Article | object], *, outlet: str | None = None, published: str | None = None
) -> Iterator[Article | object]:
    """`fill_defaults` on every article of `results`; other results (`Skipped`) pass through unchanged.
    A `published` that is not a date raises `ValueError` before the first result."""
    date = check_published(published)
    for result in results:
        yield fill_defaults(result, outlet=outlet, published=date) if isinstance(result, Article) else result


def fill_defaults(article: Article, *, outlet: str | None = None, published: str | None = None) -> Article:
    """The article with a missing outlet and date filled from defaults (`published` already ISO, see
    `check_published`), each noted.

    An article's id is derived from its outlet and text, so an article whose id was derived gets the id
    its new outlet gives it (the same one a header block or sidecar with that outlet would have given);
    an id the source set explicitly is kept.
    """
    from .assemble import clean_line

    outlet = clean_line(outlet) if outlet and clean_line(outlet) else None
    changes: dict = {}
    notes = list(article.notes)
    if outlet and not article.outlet:
        changes["outlet"] = outlet
        notes.append(f"outlet {outlet!r} from the defaults given (not in the source)")
        if article.id == article_id(None, article.text):
            changes["id"] = article_id(outlet, article.text)
    if published and not article.published:
        changes["published"] = published
        notes.append(f"published date {published} from the defaults given (not in the source)")
    return article.model_copy(update={**changes, "notes": notes}) if changes else article


__all__ = ["Metadata", "check_published", "fill_defaults", "read_sidecar", "sidecar_path", "with_defaults"]
