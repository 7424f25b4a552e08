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
from . import Skipped
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
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    head = stream.read(4)
    stream.seek(0)
    if not head.strip():
        yield Skipped(name, "empty file")
        return
    number = 0
    pages = 0
    try:
        for record in ArchiveIterator(stream):
            number += 1
            if record.rec_type not in ("response", "resource"):
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            if record.rec_type == "response":
                if record.http_headers is None:
                    continue
                kind = record.http_headers.get_header("Content-Type") or ""
            else:
                kind = record.rec_headers.get_header("Content-Type") or ""
            if kind.split(";")[0].strip().lower() not in _HTML_TYPES:
                continue
            body = record.content_stream().read()
            pages += 1
            item = f"{name} record {number}" + (f" ({url})" if url else "")
            yield from read_html_bytes(body, name=item, url=url, source_file=f"{name}#record-{number}")
    except ArchiveLoadFailed as error:
        what = "not a WARC file" if number == 0 else f"truncated WARC after record {number}"
        yield Skipped(name, f"{what}: {_one_line(error)}")
        return
    except (EOFError, zlib.error, OSError, ValueError, KeyError, IndexError) as error:
        reason = f"{type(error).__name__}: {_one_line(error)}"
        yield Skipped(name, f"truncated WARC after record {number}: {reason}")
        return
    if number == 0:
        yield Skipped(name, "not a WARC file: no records")
    elif pages == 0:
        yield Skipped(name, "no HTML response records")


def _one_line(error: BaseException) -> str:
    return " ".join(str(error).split())[:160] or type(error).__name__
