"""Bytes to stored text: encoding fallbacks, binary detection and line-ending normalisation.

Offsets everywhere refer to the text this module returns, so it changes nothing but the encoding and
the line endings ("\\r\\n" and "\\r" become "\\n"); it never repairs quotes or spacing.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
#: A file whose characters are more than this share control characters is binary, not text.
_CONTROL_SHARE = 0.1
_BOMS = (
    (b"\xef\xbb\xbf", "utf-8", None),
    (b"\xff\xfe", "utf-16-le", "decoded as UTF-16 (byte order mark)"),
    (b"\xfe\xff", "utf-16-be", "decoded as UTF-16 (byte order mark)"),
)


class NotText(ValueError):
    """The bytes are not text we can read; the message is the one-line reason for `Skipped`."""


@dataclass
class Decoded:
    text: str
    notes: list[str] = field(default_factory=list)


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode(data: bytes, declared: str | None = None) -> Decoded:
    """UTF-8 (BOM or not), else the `declared` charset, else cp1252, else latin-1, noting any fallback.

    Raises `NotText` for empty, whitespace-only or binary input.
    """
    notes: list[str] = []
    text: str | None = None
    for bom, codec, note in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(codec)
            except UnicodeDecodeError:
                raise NotText(f"binary file (invalid {codec} after byte order mark)") from None
            if note:
                notes.append(note)
            break
    if text is None:
        if b"\x00" in data:
            raise NotText("binary file (NUL bytes)")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = _declared(data, declared)
            if text is not None:
                notes.append(f"decoded as {declared}: declared by the document, not valid UTF-8")
        if text is None:
            try:
                text = data.decode("cp1252")
                notes.append("decoded as cp1252: not valid UTF-8")
            except UnicodeDecodeError:
                text = data.decode("latin-1")
                notes.append("decoded as latin-1: not valid UTF-8 or cp1252")
    if "\x00" in text:
        raise NotText("binary file (NUL characters)")
    if not text.strip():
        raise NotText("empty file")
    if len(_CONTROL.findall(text)) > _CONTROL_SHARE * len(text):
        raise NotText("binary file (mostly control characters)")
    return Decoded(normalise_newlines(text), notes)


def _declared(data: bytes, declared: str | None) -> str | None:
    if not declared:
        return None
    try:
        if codecs.lookup(declared).name in ("utf-8", "cp1252", "latin-1", "iso8859-1"):
            return None  # UTF-8 already failed; the fallbacks below handle the other two
        return data.decode(declared)
    except (LookupError, UnicodeDecodeError, ValueError):
        return None
