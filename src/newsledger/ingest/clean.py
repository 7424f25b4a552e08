"""Text that Python can hold but UTF-8 (SQLite, JSON, hashing) cannot: lone surrogates, and bytes where
text was expected.

A Python `str` may carry surrogate code points (U+D800–U+DFFF) on their own: JSON escapes such as
"\\ud800", `surrogateescape` file names, text cut in the middle of a UTF-16 pair. Encoding such a string
as UTF-8 raises `UnicodeEncodeError`, so every reader and `newsledger.analyze` cleans its text here
first. Each surrogate becomes one U+FFFD (the replacement character), so the text keeps its length and
every offset computed on the cleaned text is valid on the original too.
"""

from __future__ import annotations

import re

from .decode import Decoded, decode_bytes

_SURROGATE = re.compile("[\ud800-\udfff]")


def replace_surrogates(text: str) -> tuple[str, int]:
    """(text with every surrogate code point replaced by U+FFFD, how many were replaced)."""
    return _SURROGATE.subn("\ufffd", text)


def clean_text(text: str | bytes | bytearray) -> Decoded:
    """Text safe to store and hash, with notes on what was changed.

    - `str`: lone surrogates become U+FFFD (same length, so offsets carry over); noted.
    - `bytes`: decoded as the readers decode files (UTF-8, a damaged UTF-8 file with its bad bytes
      replaced, else cp1252 or latin-1), noted; line endings are kept as given.
    - anything else: `TypeError` naming the type, instead of a failure deep inside spaCy.
    """
    notes: list[str] = []
    if isinstance(text, bytes | bytearray):
        text, notes = decode_bytes(bytes(text))
    elif not isinstance(text, str):
        raise TypeError(f"expected text (str) or bytes, not {type(text).__name__}")
    cleaned, count = replace_surrogates(text)
    if count:
        plural = "surrogate" if count == 1 else "surrogates"
        notes.append(f"{count} lone {plural} replaced by U+FFFD")
    return Decoded(cleaned, notes)
