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
    """UTF-8 (BOM or not), else the `declared` charset, else UTF-8 with its few bad bytes replaced
    (when the valid multi-byte sequences outnumber them), else cp1252, else latin-1, noting any fallback.

    Raises `NotText` for empty, whitespace-only or binary input.
    """
    if b"\x00" in data and not data.startswith(tuple(bom for bom, _, _ in _BOMS)):
        raise NotText("binary file (NUL bytes)")
    text, notes = decode_bytes(data, declared)
    if "\x00" in text:
        raise NotText("binary file (NUL characters)")
    if not text.strip():
        raise NotText("empty file")
    if len(_CONTROL.findall(text)) > _CONTROL_SHARE * len(text):
        raise NotText("binary file (mostly control characters)")
    return Decoded(normalise_newlines(text), notes)


def decode_bytes(data: bytes, declared: str | None = None) -> tuple[str, list[str]]:
    """(text, notes): the decoding half of `decode`, without its checks for empty or binary input."""
    notes: list[str] = []
    for bom, codec, note in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(codec)
            except UnicodeDecodeError:
                raise NotText(f"binary file (invalid {codec} after byte order mark)") from None
            return text, [note] if note else []
    try:
        return data.decode("utf-8"), notes
    except UnicodeDecodeError as error:
        first_bad = error.start
    text = _declared(data, declared)
    if text is not None:
        return text, [f"decoded as {declared}: declared by the document, not valid UTF-8"]
    damaged = _damaged_utf8(data, first_bad)
    if damaged is not None:
        return damaged
    try:
        return data.decode("cp1252"), ["decoded as cp1252: not valid UTF-8"]
    except UnicodeDecodeError:
        return data.decode("latin-1"), ["decoded as latin-1: not valid UTF-8 or cp1252"]


def _damaged_utf8(data: bytes, first_bad: int) -> tuple[str, list[str]] | None:
    """UTF-8 with its invalid bytes replaced by U+FFFD, when the file is UTF-8 with a few bad bytes.

    A legacy-encoded file (cp1252, latin-1) almost never holds a valid multi-byte UTF-8 sequence, while a
    UTF-8 file with one stray byte holds many (curly quotes, dashes, accents): so the file counts as UTF-8
    when its valid multi-byte sequences are at least as many as its invalid bytes. Decoding it as cp1252
    instead would garble every one of those characters.
    """
    escaped = data.decode("utf-8", errors="surrogateescape")
    bad = sum(1 for ch in escaped if "\udc80" <= ch <= "\udcff")
    multibyte = sum(1 for ch in escaped if ch > "\x7f" and not "\udc80" <= ch <= "\udcff")
    if multibyte < bad:
        return None
    text = data.decode("utf-8", errors="replace")
    plural = "byte" if bad == 1 else "bytes"
    return text, [f"decoded as UTF-8, {bad} invalid {plural} replaced by U+FFFD (first at byte {first_bad})"]


def _declared(data: bytes, declared: str | None) -> str | None:
    if not declared:
        return None
    try:
        if codecs.lookup(declared).name in ("utf-8", "cp1252", "latin-1", "iso8859-1"):
            return None  # UTF-8 already failed; the fallbacks below handle the other two
        return data.decode(declared)
    except (LookupError, UnicodeDecodeError, ValueError):
        return None
