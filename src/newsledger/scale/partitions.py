"""Splitting the input into partitions a worker can read on its own, without reading the corpus here.

A partition is a list of `Unit`s: a whole file (text, HTML, feed), a range of lines of a JSONL file or
a range of records of a WARC archive, each given by byte offsets so the worker seeks to its slice.
Planning only lists folders and, for JSONL and WARC, streams through the file once to find line and
record boundaries (constant memory: nothing is parsed or kept). Paths are any fsspec URL (`s3://`,
`gs://` with the user's driver installed) or local paths; local paths are made absolute and resolved
so an article's `source_file`, and with it the stored record, does not depend on how the path was
written on the command line.

The worker turns its partition back into articles with the ingest readers (`read_bytes`), so every
reader's rules (decoding, titles, metadata, per-item errors) apply unchanged.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..ingest import Skipped, read_bytes, reader_for
from ..model import Article

#: Articles per partition by default: about 4 s of NLP on one core, so the scheduler's few
#: milliseconds per task are under 1% and the last partitions of a job balance across workers.
PARTITION_ITEMS = 16
#: Bytes read per step while planning (JSONL lines, WARC records are found in streamed blocks).
_BLOCK = 1 << 20
_GLOB = re.compile(r"[*?\[]")


@dataclass(frozen=True)
class Unit:
    """One slice of one input: bytes [start, end) of `path` (end None: to the end of the file)."""

    path: str  # canonical: an absolute local path or a full fsspec URL
    reader: str  # an ingest reader name: text, html, jsonl, feed, warc
    start: int = 0
    end: int | None = None
    first: int = 1  # the number of the first line (JSONL) or record (WARC) in the slice
    items: int = 1  # articles expected (lines, HTML records, or 1 for a file)

    def describe(self) -> str:
        if self.end is None and self.start == 0:
            return self.path
        what = "lines" if self.reader == "jsonl" else "records"
        return f"{self.path} {what} {self.first}-{self.first + self.items - 1}"


@dataclass(frozen=True)
class Partition:
    """The units one task reads and analyses; `index` is its place in input order."""

    index: int
    units: tuple[Unit, ...]

    @property
    def items(self) -> int:
        return sum(u.items for u in self.units)

    def describe(self) -> str:
        first = self.units[0].describe()
        return first if len(self.units) == 1 else f"{first} (+{len(self.units) - 1} more)"


# -- planning --------------------------------------------------------------------------------------


def canonical(path: str) -> str:
    """The form a path is stored in: absolute and resolved for local files, the full URL otherwise."""
    if "://" in path and not path.startswith("file://"):
        return path
    local = path.removeprefix("file://")
    try:
        return str(Path(local).expanduser().resolve())
    except (OSError, RuntimeError):
        return os.path.abspath(local)


def _fs(path: str):
    from fsspec.core import url_to_fs

    return url_to_fs(path)


def _full(fs, path: str) -> str:
    """A path as fsspec lists it, back to the URL a worker can open (local: a plain path)."""
    from fsspec.implementations.local import LocalFileSystem

    return canonical(path) if isinstance(fs, LocalFileSystem) else fs.unstrip_protocol(path)


def _hidden(relative: str) -> bool:
    return any(part.startswith(".") for part in relative.split("/") if part)


def list_inputs(paths: Sequence[str]) -> Iterator[str | Skipped]:
    """Every readable file the arguments name (files, folders recursively, globs), in sorted order
    within each argument; what cannot be read is a `Skipped`, as `ingest.read` reports it."""
    for raw in paths:
        raw = str(raw)
        if raw == "-":
            yield Skipped("<stdin>", "standard input cannot be split into partitions: save it to a file")
            continue
        try:
            fs, root = _fs(raw)
            if _GLOB.search(root):
                found = sorted(fs.glob(root))
                files = [p for p in found if not fs.isdir(p)]
                if not files:
                    yield Skipped(raw, "no files match")
                for p in files:
                    yield _full(fs, p) if reader_for(p) else Skipped(_full(fs, p), "unsupported file type")
            elif fs.isdir(root):
                base = root.rstrip("/")
                found = [p for p in sorted(fs.find(root)) if reader_for(p) and not _hidden(p[len(base) :])]
                if not found:
                    where = canonical(raw) if "://" not in raw else raw
                    yield Skipped(where, "no readable files in directory")
                for p in found:
                    yield _full(fs, p)
            elif fs.exists(root):
                path = _full(fs, root)
                yield path if reader_for(path) else Skipped(path, "unsupported file type")
            else:
                yield Skipped(raw, "no such file")
        except (OSError, ValueError, ImportError) as error:
            yield Skipped(raw, f"cannot list: {type(error).__name__}: {error}")


def plan(paths: Sequence[str], *, partition_items: int = PARTITION_ITEMS) -> Iterator[Partition | Skipped]:
    """Partitions of about `partition_items` articles each, in input order, and what was skipped."""
    if partition_items < 1:
        raise ValueError("partition_items must be at least 1")
    index = 0
    pending: list[Unit] = []
    for entry in list_inputs(paths):
        if isinstance(entry, Skipped):
            yield entry
            continue
        for unit in _units(entry, partition_items):
            if isinstance(unit, Skipped):
                yield unit
                continue
            if pending and sum(u.items for u in pending) + unit.items > partition_items:
                yield Partition(index, tuple(pending))
                index += 1
                pending = []
            pending.append(unit)
    if pending:
        yield Partition(index, tuple(pending))


def _units(path: str, partition_items: int) -> Iterator[Unit | Skipped]:
    reader = reader_for(path) or "text"
    if reader == "jsonl":
        yield from _jsonl_units(path, partition_items)
    elif reader == "warc":
        yield from _warc_units(path, partition_items)
    else:
        yield Unit(path, reader)


def _open(path: str):
    from fsspec.core import url_to_fs

    fs, p = url_to_fs(path)
    return fs.open(p, "rb")


def _jsonl_units(path: str, n: int) -> Iterator[Unit | Skipped]:
    """Ranges of `n` non-blank lines, cut at line starts (found by streaming, nothing parsed)."""
    try:
        handle = _open(path)
    except OSError as error:
        yield Skipped(path, f"cannot read: {error}")
        return
    with handle:
        head = handle.read(2)
        if head in (b"\xff\xfe", b"\xfe\xff"):  # UTF-16: newline bytes are not line ends; one unit
            yield Unit(path, "jsonl", items=1)
            return
        handle.seek(0)
        start = offset = 0
        first = line = 1
        count = 0
        content = False  # whether the current line so far has a non-blank byte
        while block := handle.read(_BLOCK):
            pos = 0
            while (nl := block.find(b"\n", pos)) >= 0:
                if content or block[pos:nl].strip():
                    count += 1
                content = False
                line += 1
                pos = nl + 1
                if count == n:
                    end = offset + pos
                    yield Unit(path, "jsonl", start, end, first, count)
                    start, first, count = end, line, 0
            content = content or bool(block[pos:].strip())
            offset += len(block)
        if content:
            count += 1
        if count or start == 0:
            yield Unit(path, "jsonl", start, None, first, max(count, 1))


def _warc_units(path: str, n: int) -> Iterator[Unit | Skipped]:
    """Ranges of records holding about `n` HTML pages, cut at record boundaries (headers only read).

    A file warcio cannot walk is one unit, so the reader reports what is wrong with it."""
    from warcio.archiveiterator import ArchiveIterator

    try:
        handle = _open(path)
    except OSError as error:
        yield Skipped(path, f"cannot read: {error}")
        return
    units: list[Unit] = []
    with handle:
        try:
            records = ArchiveIterator(handle)
            start, first, pages = 0, 1, 0
            for number, record in enumerate(records, start=1):
                if _is_html(record):
                    pages += 1
                records.read_to_end(record)
                end = records.get_record_offset() + records.get_record_length()
                if pages == n:
                    units.append(Unit(path, "warc", start, end, first, pages))
                    start, first, pages = end, number + 1, 0
            if pages or not units:
                units.append(Unit(path, "warc", start, None, first, max(pages, 1)))
        except Exception:  # noqa: BLE001 - a broken archive is read whole, and the reader says why
            units = [Unit(path, "warc")]
    yield from units


def _is_html(record) -> bool:
    if record.rec_type == "response" and record.http_headers is not None:
        kind = record.http_headers.get_header("Content-Type")
    elif record.rec_type == "resource":
        kind = record.rec_headers.get_header("Content-Type")
    else:
        return False
    return (kind or "").split(";")[0].strip().lower() in ("text/html", "application/xhtml+xml")


# -- reading (on the worker) -----------------------------------------------------------------------

_RECORD = re.compile(r"#record-(\d+)$")
_ITEM_RECORD = re.compile(r" record (\d+)")
_LINE = re.compile(r"\bline (\d+)\b")
_REASON_RECORD = re.compile(r"\brecord (\d+)\b")


def read_unit(unit: Unit, digest: hashlib._Hash | None = None) -> Iterator[Article | Skipped]:
    """The articles of one unit through the ingest readers, numbered as in the whole file.

    `digest`, when given, is fed the unit's name, range and bytes: the partition's content hash."""
    try:
        with _open(unit.path) as handle:
            handle.seek(unit.start)
            data = handle.read() if unit.end is None else handle.read(unit.end - unit.start)
    except FileNotFoundError:
        yield Skipped(unit.path, "no such file")
        return
    except OSError as error:
        yield Skipped(unit.path, f"cannot read: {error.strerror or error}")
        return
    if digest is not None:
        digest.update(f"{unit.path}\0{unit.start}\0{unit.end}\0{len(data)}\0".encode())
        digest.update(data)
    if unit.reader == "text" and "://" not in unit.path:
        yield from _read_text(unit.path, data, digest)
        return
    shift = unit.first - 1
    for item in read_bytes(data, name=unit.path, reader=unit.reader):
        yield _renumber(item, unit, shift) if shift else item


def _read_text(path: str, data: bytes, digest) -> Iterator[Article | Skipped]:
    """A local .txt file with its sidecar .json (metadata), as `ingest.read_file` reads it; the
    sidecar's bytes go into the content hash, so editing it makes a new shard."""
    from ..ingest import guard
    from ..ingest.decode import NotText
    from ..ingest.metadata import read_sidecar, sidecar_path
    from ..ingest.text import read_text_bytes

    if digest is not None:
        side = sidecar_path(path)
        if side.is_file():
            digest.update(b"sidecar\0" + side.read_bytes())
    try:
        sidecar = read_sidecar(path)
    except NotText as reason:
        yield Skipped(path, str(reason))
        return
    yield from guard(path, read_text_bytes(data, name=path, sidecar=sidecar))


def _renumber(item: Article | Skipped, unit: Unit, shift: int) -> Article | Skipped:
    """Line and record numbers of a slice, counted from 1 by the reader, as numbers in the file."""

    def add(match: re.Match) -> str:
        return match.group(0).replace(match.group(1), str(int(match.group(1)) + shift))

    if isinstance(item, Article):
        if unit.reader == "warc" and item.source_file:
            return item.model_copy(update={"source_file": _RECORD.sub(add, item.source_file)})
        return item
    name, reason = item.item, item.reason
    rest = name[len(unit.path) :]
    if unit.reader == "jsonl":
        rest = re.sub(r"^:(\d+)", lambda m: f":{int(m.group(1)) + shift}", rest)
        reason = _LINE.sub(add, reason, count=1)
    else:
        rest = _ITEM_RECORD.sub(add, rest, count=1)
        reason = _REASON_RECORD.sub(add, reason, count=1)
    return Skipped(unit.path + rest, reason)


def read_partition(part: Partition, digest: hashlib._Hash | None = None) -> Iterator[Article | Skipped]:
    for unit in part.units:
        yield from read_unit(unit, digest)


def read_all(parts: Iterable[Partition | Skipped]) -> Iterator[Article | Skipped]:
    """Everything the planned partitions hold, in input order (the sequential path reads this way)."""
    for part in parts:
        if isinstance(part, Skipped):
            yield part
        else:
            yield from read_partition(part)
