"""WARC archives (`.warc`, `.warc.gz`) through warcio: each HTML response record is one page.

Records go through the HTML reader with their target URI as the page URL; `source_file` is
"path#record-N" (N counts every record from 1). Non-HTML records are passed over. A truncated or
corrupt archive keeps the articles read so far and adds one `Skipped` naming the file and the break.
"""

from __future__ import annotations

import io
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from ..model import Article
from . import Skipped, describe
from .decode import NotText
from .html import read_html_bytes

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc_file(path: str | Path) -> Iterator[Article | Skipped]:
    name = str(path)
    try:
        stream = open(path, "rb")  # noqa: SIM115 - closed below, after the generator is drained
    except FileNotFoundError:
        yield Skipped(name, "no such file")
        return
    except OSError as error:
        yield Skipped(name, f"cannot read: {error.strerror or error}")
        return
    with stream:
        yield from read_warc_stream(stream, name=name)


def read_warc_bytes(data: bytes, *, name: str) -> Iterator[Article | Skipped]:
    yield from read_warc_stream(io.BytesIO(data), name=name)


def read_warc_stream(stream: BinaryIO, *, name: str) -> Iterator[Article | Skipped]:
    """Every HTML page in a seekable WARC stream, then at most one `Skipped` for what broke."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    head = stream.read(64)
    if not head.strip():
        yield Skipped(name, "empty file")
        return
    if not head.startswith((b"\x1f\x8b", b"WARC/")):
        yield Skipped(name, "not a WARC file (no WARC/ header or gzip signature)")
        return
    stream.seek(0)
    number = pages = end = 0
    try:
        records = ArchiveIterator(stream)
        for record in records:
            number += 1
            if getattr(record, "format", "warc") != "warc":
                yield Skipped(name, f"not a WARC file (record {number} is in {record.format} format)")
                return
            url = record.rec_headers.get_header("WARC-Target-URI")
            body = record.content_stream().read() if _is_html(record) else None
            while record.raw_stream.read(65536):  # drain, so a short record shows in `limit`
                pass
            missing = getattr(record.raw_stream, "limit", 0)
            if missing:
                where = f"record {number}" + (f" ({url})" if url else "")
                yield Skipped(name, f"truncated WARC: {where} is {missing} bytes short")
                return
            records.read_to_end(record)
            end = records.get_record_offset() + records.get_record_length()
            if body is not None:
                pages += 1
                item = f"{name} record {number}" + (f" ({url})" if url else "")
                try:  # one page over the length limit is that record's problem, not the archive's
                    pages_read = list(
                        read_html_bytes(
                            body,
                            name=item,
                            url=url,
                            source_file=f"{name}#record-{number}",
                            charset=_charset(record),
                        )
                    )
                except NotText as reason:
                    pages_read = [Skipped(item, str(reason))]
                yield from pages_read
    except ArchiveLoadFailed as error:
        what = "not a WARC file" if number == 0 else f"truncated WARC after record {number}"
        yield Skipped(name, f"{what}: {' '.join(str(error).split())[:160]}")
        return
    except (EOFError, zlib.error, OSError) as error:
        yield Skipped(name, f"truncated WARC after record {number}: {describe(error)}")
        return
    except Exception as error:  # warcio trips over malformed headers in many ways
        yield Skipped(name, f"corrupt WARC after record {number}: {describe(error)}")
        return
    stream.seek(end)
    rest = stream.read().strip()
    if number == 0:
        yield Skipped(name, "truncated WARC: no complete record")
    elif rest:
        yield Skipped(name, f"truncated WARC: {len(rest)} bytes after record {number} are no complete record")
    elif pages == 0:
        yield Skipped(name, "no HTML response records")


def _is_html(record) -> bool:
    if record.rec_type == "response":
        headers = record.http_headers
        kind = headers.get_header("Content-Type") if headers is not None else None
    elif record.rec_type == "resource":
        kind = record.rec_headers.get_header("Content-Type")
    else:
        return False
    return (kind or "").split(";")[0].strip().lower() in _HTML_TYPES


def _charset(record) -> str | None:
    headers = record.http_headers if record.rec_type == "response" else record.rec_headers
    kind = (headers.get_header("Content-Type") if headers is not None else None) or ""
    for part in kind.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None
