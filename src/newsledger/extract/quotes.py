"""Quotation spans found by scanning quote marks, not the parse: the parser splits long quotes apart.

Handles curly and straight double quotes, curly and straight single quotes (an apostrophe between
letters, as in "don't" or "Russia's", never opens or closes a quote), the doubled straight single quote
('' ... '') of some wire archives, and the newspaper convention that a quote running over several
paragraphs reopens each paragraph with a quote mark and closes only at its end. A quote left open at
the end of a paragraph (the closing mark lost in scraping) ends there.
"""

from __future__ import annotations

import re

# One alternation, longest first, so that '' is read as one double mark.
_MARKS = re.compile(r"''|[\"“”‘’']")
_DOUBLE_OPEN = {"“": "”", '"': '"', "''": "''"}
_SINGLE_OPEN = {"‘": "’", "'": "'"}


def _is_apostrophe(text: str, i: int) -> bool:
    """A single mark with a letter or digit on both sides (or "s'" then a letter) is part of a word."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return before.isalnum() and after.isalnum()


def _can_open(text: str, i: int, width: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + width] if i + width < len(text) else " "
    return (before.isspace() or before in "([{—–-:/") and not after.isspace()


def _can_close(text: str, i: int, width: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + width] if i + width < len(text) else " "
    return not before.isspace() and not after.isalnum()


def find_quotes(text: str) -> list[tuple[int, int]]:
    """Character spans of quotations, quote marks included, in text order and not overlapping."""
    quotes: list[tuple[int, int]] = []
    open_at: int | None = None  # start of the quote being read
    piece = 0  # start of its part in the current paragraph
    closer = ""
    for m in _MARKS.finditer(text):
        i, mark = m.start(), m.group()
        if open_at is not None:
            nl = text.find("\n", piece)
            if nl != -1 and nl < i:
                # Not closed in its paragraph: a quote mark opening the very next paragraph continues
                # it; anything else means the closing mark was lost, so it ends with its paragraph.
                openers = _SINGLE_OPEN if closer in ("’", "'") else _DOUBLE_OPEN
                if mark in openers and not text[nl:i].strip():
                    piece = i
                    continue
                quotes.append((open_at, _paragraph_end(text, piece)))
                open_at = None
        if open_at is None:
            width = len(mark)
            if mark in ("’", "”") or (mark in ("'", "‘") and _is_apostrophe(text, i)):
                continue
            if mark in ("“", "‘") or _can_open(text, i, width):
                open_at = piece = i
                closer = _SINGLE_OPEN.get(mark) or _DOUBLE_OPEN[mark]
            continue
        if closer in ("’", "'"):
            if mark not in ("’", "'") or _is_apostrophe(text, i) or not _can_close(text, i, 1):
                continue
        elif mark not in ("”", '"', "''") or not _can_close(text, i, len(mark)):
            continue
        quotes.append((open_at, i + len(mark)))
        open_at = None
    if open_at is not None:
        quotes.append((open_at, _paragraph_end(text, piece)))
    return quotes


def _paragraph_end(text: str, start: int) -> int:
    """The end of the paragraph that `start` lies in, trailing spaces left out."""
    nl = text.find("\n", start)
    end = len(text) if nl == -1 else nl
    while end > start and text[end - 1] in " \t\r\xa0":
        end -= 1
    return end
