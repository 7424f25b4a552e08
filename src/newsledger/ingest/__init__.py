"""Readers: files, feeds, WARC archives and stdin in; `Article`s (or a `Skipped` saying why not) out.

`read` never raises for bad input: an unreadable item becomes one `Skipped` and the batch goes on,
so one broken file in a folder of thousands costs one line in a report, not the run.

Formats by extension: `.txt` (text.py), `.html`/`.htm` (html.py), `.jsonl`/`.ndjson` (jsonl.py),
`.rss`/`.atom`/`.xml` (feed.py), `.warc`/`.warc.gz` (warc.py); "-" reads stdin and sniffs the format
(sniff.py). A directory is read recursively in sorted order; files with other extensions and hidden
files (".name") inside it are passed over silently.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from ..model import Article
from .clean import clean_text
from .decode import NotText


@dataclass(frozen=True)
class Skipped:
    """An input that gave no article, and why, in one line a user can act on."""

    item: str  # "path", "path:12" (JSONL line), "file.warc.gz record 3 (http://…)", "<stdin>"
    reason: str  # "empty file", "binary file (NUL bytes)", "malformed JSON on line 12: …", ...


Result = Article | Skipped

#: Extension (lower case, longest first) → reader name.
EXTENSIONS: tuple[tuple[str, str], ...] = (
    (".warc.gz", "warc"),
    (".warc", "warc"),
    (".txt", "text"),
    (".html", "html"),
    (".htm", "html"),
    (".jsonl", "jsonl"),
    (".ndjson", "jsonl"),
    (".rss", "feed"),
    (".atom", "feed"),
    (".xml", "feed"),
)
STDIN_NAME = "<stdin>"


def reader_for(path: str | Path) -> str | None:
    """The reader a file name calls for, or None for a type we do not read."""
    name = str(path).lower()
    return next((reader for ext, reader in EXTENSIONS if name.endswith(ext)), None)


def read(
    paths: Sequence[str | Path],
    *,
    stdin: BinaryIO | None = None,
    outlet: str | None = None,
    published: str | None = None,
) -> Iterator[Article | Skipped]:
    """Dispatch by extension; a directory is read recursively (sorted, by extension); "-" reads stdin.

    `outlet` and `published` fill the articles that have none (see `metadata.with_defaults`); a
    `published` value that is not a date raises `ValueError` here, before anything is read.
    """
    from .metadata import check_published, with_defaults

    check_published(published)
    results = _read(paths, stdin)
    if outlet or published:
        return with_defaults(results, outlet=outlet, published=published)  # type: ignore[return-value]
    return results


def _read(paths: Sequence[str | Path], stdin: BinaryIO | None) -> Iterator[Article | Skipped]:
    for path in paths:
        if str(path) == "-":
            yield from read_stdin(stdin)
        elif os.path.isdir(path):
            yield from read_directory(path)
        else:
            yield from read_file(path)


def read_directory(path: str | Path) -> Iterator[Article | Skipped]:
    """Every readable file under `path`, sorted by path; other files are passed over silently.

    A subfolder that cannot be listed is one `Skipped`; the rest of the tree is still read.
    """
    found = False
    for entry in _walk(Path(path)):
        if isinstance(entry, Skipped):
            yield entry
            continue
        found = True
        yield from read_file(entry)
    if not found:
        yield Skipped(str(path), "no readable files in directory")


def _walk(root: Path) -> Iterator[Path | Skipped]:
    errors: list[OSError] = []
    for folder, dirs, files in os.walk(root, onerror=errors.append):
        yield from _folder_errors(errors)
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and reader_for(name):
                yield Path(folder) / name
    yield from _folder_errors(errors)


def _folder_errors(errors: list[OSError]) -> Iterator[Skipped]:
    while errors:
        error = errors.pop(0)
        yield Skipped(str(error.filename), f"cannot read directory: {error.strerror or error}")


def read_file(path: str | Path) -> Iterator[Article | Skipped]:
    """One file of any supported type; an unsupported type is a `Skipped`."""
    name = str(path)
    reader = reader_for(name)
    if reader is None:
        yield Skipped(name, "unsupported file type")
        return
    if reader == "warc":
        from .warc import read_warc_file

        yield from guard(name, read_warc_file(path))
        return
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        yield Skipped(name, "no such file")
        return
    except OSError as error:
        yield Skipped(name, f"cannot read: {error.strerror or error}")
        return
    if reader == "text":
        from .metadata import read_sidecar
        from .text import read_text_bytes

        try:
            sidecar = read_sidecar(path)
        except NotText as reason:
            yield Skipped(name, str(reason))
            return
        yield from guard(name, read_text_bytes(data, name=name, sidecar=sidecar))
        return
    yield from read_bytes(data, name=name, reader=reader)


def read_bytes(data: bytes, *, name: str, reader: str) -> Iterator[Article | Skipped]:
    """Bytes already in memory through the named reader ("text", "html", "jsonl", "feed", "warc")."""
    if reader == "text":
        from .text import read_text_bytes as run
    elif reader == "html":
        from .html import read_html_bytes as run
    elif reader == "jsonl":
        from .jsonl import read_jsonl_bytes as run
    elif reader == "feed":
        from .feed import read_feed_bytes as run
    elif reader == "warc":
        from .warc import read_warc_bytes as run
    else:
        raise ValueError(f"unknown reader {reader!r}")
    yield from guard(name, run(data, name=name))


def read_stdin(stdin: BinaryIO | None = None) -> Iterator[Article | Skipped]:
    """Standard input (bytes), its format sniffed from the content."""
    import sys

    from .sniff import sniff

    stream = stdin if stdin is not None else sys.stdin.buffer
    try:
        data = stream.read()
    except (OSError, ValueError) as error:
        yield Skipped(STDIN_NAME, f"cannot read: {error}")
        return
    yield from read_bytes(data, name=STDIN_NAME, reader=sniff(data))


def describe(error: BaseException) -> str:
    """An exception as one short line for `Skipped.reason`."""
    return f"{type(error).__name__}: {' '.join(str(error).split())}"[:200]


def guard(name: str, results: Iterable[Article | Skipped]) -> Iterator[Article | Skipped]:
    """The last line of defence: a reader bug on hostile input ends that item, not the batch."""
    try:
        yield from results
    except NotText as reason:  # e.g. a text over the length limit: the reason is written for users
        yield Skipped(name, str(reason))
    except Exception as error:  # noqa: BLE001 - the contract is to never raise for bad input
        yield Skipped(name, f"could not read: {describe(error)}")


__all__ = [
    "EXTENSIONS", "NotText", "Result", "Skipped", "clean_text", "read", "read_bytes", "read_file",
    "reader_for",
]  # fmt: skip
