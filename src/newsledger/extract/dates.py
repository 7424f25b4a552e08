"""Relative dates ("on Wednesday", "last year", "in late February", "February 1") made absolute.

News states dates relative to the day it was published, so a date is only checkable once resolved
against `Article.published`; without that date only self-contained ones ("1 March 2022") resolve.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

_MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
            ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
            ("october", "oct"), ("november", "nov"), ("december", "dec"),
        ],
        start=1,
    )
    for m in names
}  # fmt: skip
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_MONTH_DAY = re.compile(
    rf"\b(?:({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?|(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_RE}))\b(?:,?\s+(\d{{4}}))?"
)
_MONTH_ONLY = re.compile(rf"\b({_MONTH_RE})\b(?:\s+(\d{{4}}))?")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def parse_published(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def _past_year(month: int, day: int, ref: date) -> int:
    """News mostly looks back: a month-day after the reference date (by > 31 days) is last year's."""
    try:
        cand = date(ref.year, month, day)
    except ValueError:
        return ref.year
    return ref.year - 1 if cand - ref > timedelta(days=31) else ref.year


def normalise_date(text: str, published: str | None) -> str | None:
    """ISO date (YYYY-MM-DD), month (YYYY-MM) or year (YYYY) for a date expression, or None."""
    t = text.lower().strip()
    ref = parse_published(published)
    m = _MONTH_DAY.search(t)
    if m:
        month = _MONTHS[m.group(1) or m.group(4)]
        day = int(m.group(2) or m.group(3))
        year = int(m.group(5)) if m.group(5) else (_past_year(month, day, ref) if ref else None)
        if year is None:
            return None
        try:
            return date(year, month, day).isoformat()
        except ValueError:
            return None
    if ref is not None:
        if re.search(r"\btoday\b|\btonight\b|\bthis morning\b", t):
            return ref.isoformat()
        if "yesterday" in t:
            return (ref - timedelta(days=1)).isoformat()
        if "tomorrow" in t:
            return (ref + timedelta(days=1)).isoformat()
        for i, name in enumerate(_WEEKDAYS):
            if re.search(rf"\b{name}\b", t):
                back = (ref.weekday() - i) % 7
                if "next" in t:
                    return (ref + timedelta(days=(i - ref.weekday()) % 7 or 7)).isoformat()
                if "last" in t and back == 0:
                    back = 7
                return (ref - timedelta(days=back)).isoformat()
        if re.search(r"\blast year\b", t):
            return str(ref.year - 1)
        if re.search(r"\bthis year\b", t):
            return str(ref.year)
        if re.search(r"\bnext year\b", t):
            return str(ref.year + 1)
        if re.search(r"\blast month\b", t):
            first = ref.replace(day=1) - timedelta(days=1)
            return f"{first.year:04d}-{first.month:02d}"
        if re.search(r"\bthis month\b", t):
            return f"{ref.year:04d}-{ref.month:02d}"
    m = _MONTH_ONLY.search(t)
    if m and not (m.group(1) == "may" and not m.group(2)):
        month = _MONTHS[m.group(1)]
        if m.group(2):
            year = int(m.group(2))
        elif ref is not None:
            year = ref.year if month <= ref.month else ref.year - 1
        else:
            return None
        return f"{year:04d}-{month:02d}"
    m = _YEAR.search(t)
    if m:
        return m.group(1)
    return None


def dated_subject(verb: Token) -> Token | None:
    """ "In March Poland closed the border": with no comma after a fronted month the parser reads the
    name after it as the month's noun, the object of "In", and the verb has no subject. A name after a
    date word in a preposition before a verb without a subject is that subject."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
        return None
    for prep in verb.lefts:
        if prep.dep_ != "prep":
            continue
        for obj in prep.children:
            before = obj.doc[obj.i - 1] if obj.i > 0 else None
            if (
                obj.dep_ == "pobj"
                and obj.ent_type_ in ("GPE", "ORG", "PERSON", "NORP")
                and before is not None
                and before.ent_type_ == "DATE"
                and before.head.i == obj.i
                and obj.i < verb.i
                and all(t.is_space for t in obj.doc[obj.i + 1 : verb.i])
            ):
                return obj
    return None
