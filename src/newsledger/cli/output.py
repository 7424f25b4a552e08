"""How every command speaks: one error style, one exit-code table, tables designed for 80 columns, and
plain TSV/CSV/JSON when piped or asked for (as `gh`, `sqlite-utils` and `datasette` do).

Errors go to stderr as ``error: <what went wrong>`` and, when there is something to do about it, a second
line ``hint: <what to do>``. The exit status says what kind of failure it was (see `ExitCode` and
docs/cli.md), so scripts can tell a typo from a broken ledger.
"""

from __future__ import annotations

import csv
import json
import sqlite3
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import IntEnum, StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

if TYPE_CHECKING:
    from ..store import Ledger


class ExitCode(IntEnum):
    """The exit statuses of every command (docs/cli.md has the table)."""

    OK = 0
    #: Some inputs failed (listed with the reason); the others were done.
    ITEMS_FAILED = 1
    #: The command line cannot be answered: a bad option or value, a name or id that matches nothing or
    #: several things, an input file that does not exist. Typer's own usage errors use 2 as well.
    USAGE = 2
    #: The ledger cannot be used: missing, empty, not SQLite, not a newsledger ledger, another schema
    #: version, locked or damaged.
    DATABASE = 3
    #: The machine cannot do it: `serve` finds its port taken or cannot bind the address.
    UNAVAILABLE = 4


def error(message: str, *, hint: str | None = None, code: ExitCode = ExitCode.USAGE) -> typer.Exit:
    """Print ``error: message`` (and ``hint: …``) to stderr; return the `typer.Exit` to raise."""
    err = Console(stderr=True, highlight=False, soft_wrap=True)
    err.print(Text("error: ", style="bold red") + Text(message))
    if hint:
        err.print(Text("hint: ", style="bold") + Text(hint))
    return typer.Exit(int(code))


def note(message: str) -> None:
    """A line for the person at the terminal (counts, what was left out), on stderr so pipes stay clean."""
    Console(stderr=True, highlight=False, soft_wrap=True).print(Text(message, style="dim"))


# -- the ledger --------------------------------------------------------------------------------------

_SQLITE_MAGIC = b"SQLite format 3\x00"


def _analyze_hint(db: Path) -> str:
    return f"run `newsledger analyze PATH --db {db}` first, or give the ledger with --db FILE"


def check_ledger_file(db: Path) -> None:
    """Refuse, with exit code 3 and a message that says why, anything at `db` that is not a ledger: missing,
    a folder, empty, not SQLite, or SQLite without a ledger's schema_version table."""
    if not db.exists():
        raise error(f"no ledger at {db}", hint=_analyze_hint(db), code=ExitCode.DATABASE)
    if db.is_dir():
        raise error(
            f"{db} is a folder, not a ledger file", hint="give the .db file with --db", code=ExitCode.DATABASE
        )
    try:
        with db.open("rb") as handle:
            head = handle.read(len(_SQLITE_MAGIC))
    except OSError as exc:
        raise error(f"cannot read {db}: {exc.strerror or exc}", code=ExitCode.DATABASE) from None
    if not head:
        raise error(f"{db} is empty (0 bytes), not a ledger", hint=_analyze_hint(db), code=ExitCode.DATABASE)
    if head != _SQLITE_MAGIC:
        raise error(
            f"{db} is not a SQLite database, so not a ledger",
            hint="--db takes the .db file `newsledger analyze` wrote",
            code=ExitCode.DATABASE,
        )
    if "schema_version" not in _table_names(db):
        raise error(
            f"{db} is a SQLite database but not a newsledger ledger (it has no schema_version table)",
            hint="--db takes the .db file `newsledger analyze` wrote",
            code=ExitCode.DATABASE,
        )


def open_ledger(db: Path, *, read_only: bool = True) -> Ledger:
    """The ledger at `db`, or exit 3 with one clear line: never a traceback, never "schema version 0"."""
    from ..store import Ledger, LedgerError

    if read_only or (db.exists() and (db.is_dir() or db.stat().st_size)):
        check_ledger_file(db)  # a writer may start a ledger in a new or 0-byte file, nothing else
    try:
        return Ledger(db, read_only=read_only)
    except LedgerError as exc:
        hint = None
        if "open it once for writing" in str(exc):
            hint = f"run `newsledger upgrade --db {db}` (or any `newsledger analyze … --db {db}`)"
        raise error(str(exc), hint=hint, code=ExitCode.DATABASE) from None
    except sqlite3.DatabaseError as exc:
        raise error(f"{db} cannot be read as a ledger: {exc}", code=ExitCode.DATABASE) from None


def _table_names(db: Path) -> set[str]:
    """The names in the SQLite file's schema: a ledger has `schema_version`; a new, empty one nothing."""
    try:
        conn = sqlite3.connect(db.resolve().as_uri() + "?mode=ro", uri=True)
        try:
            names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise error(f"{db} cannot be read as a ledger: {exc}", code=ExitCode.DATABASE) from None
    return names


def database_error(db: Path, exc: sqlite3.Error) -> typer.Exit:
    """A query that failed on an opened ledger (locked, damaged, missing a view): exit 3, no traceback."""
    return error(f"reading {db} failed: {exc}", code=ExitCode.DATABASE)


def check_port(host: str, port: int) -> None:
    """Exit 4 with a clear message when `host:port` cannot be bound (taken, or no such interface), before
    anything says "serving at …"; uvicorn would print that line and then fail with a log record."""
    import errno
    import socket

    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror as exc:
        raise error(
            f"cannot serve on {host}: {exc.strerror}", hint="check --host", code=ExitCode.USAGE
        ) from None
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn does: TIME_WAIT is fine
        try:
            probe.bind(address)
        except OSError as exc:
            taken = exc.errno == errno.EADDRINUSE
            raise error(
                f"cannot serve on {host}:{port}: "
                + ("the port is already in use" if taken else (exc.strerror or str(exc))),
                hint=f"choose another port with --port (e.g. --port {port + 1})"
                if taken
                else "check --host and --port",
                code=ExitCode.UNAVAILABLE,
            ) from None


# -- output formats ------------------------------------------------------------------------------------


class Format(StrEnum):
    table = "table"
    tsv = "tsv"
    csv = "csv"
    json = "json"


FormatOption = Annotated[
    Format | None,
    typer.Option(
        "--format",
        help="table (the default at a terminal), tsv (the default when piped), csv or json.",
        show_default=False,
    ),
]
WideOption = Annotated[
    bool, typer.Option("--wide", "-w", help="More columns (set COLUMNS or widen the terminal to fit).")
]


def choose_format(fmt: Format | None) -> Format:
    """What was asked for, else a table at a terminal and TSV in a pipe (what `grep`, `cut` and
    spreadsheets read without guessing)."""
    if fmt is not None:
        return fmt
    return Format.table if sys.stdout.isatty() else Format.tsv


@dataclass(frozen=True)
class Column:
    """One column of a listing.

    `key` names the row field, or `value` computes the cell from the row. Table layout: `width` is the
    least width (wide enough for the words the column holds, so rich never folds a word in two) and
    `ratio` shares out the rest; `fixed` columns never wrap and end in "…" when cut.
    """

    key: str
    header: str | None = None
    width: int | None = None
    ratio: int | None = None
    fixed: bool = False
    right: bool = False
    value: Callable[[dict], Any] | None = None

    def cell(self, row: dict) -> str:
        raw = self.value(row) if self.value is not None else row.get(self.key)
        if raw is None:
            return ""
        if isinstance(raw, bool):
            return "yes" if raw else ""
        if isinstance(raw, float):
            return f"{raw:g}"
        return str(raw)

    @property
    def title(self) -> str:
        return self.header or self.key.replace("_", " ")


def one_line(text: str | None) -> str:
    """Runs of whitespace (tabs and newlines too) as one space: what a TSV cell and a table row need."""
    return " ".join((text or "").split())


def short(text: str | None, width: int) -> str:
    text = one_line(text)
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def make_table(
    columns: Sequence[Column], rows: Iterable[dict], *, title: str | None = None, width: int | None = None
) -> Table:
    """A rich table that fits `width` (the terminal's, by default): a header rule, no outer box, and column
    widths worked out here (see `fit_widths`) so that no column is narrower than the words it holds."""
    cells = [[one_line(col.cell(row)) for col in columns] for row in rows]
    widths = fit_widths(columns, cells, width or console().width)
    table = Table(
        title=title,
        title_justify="left",
        title_style="bold",
        box=box.SIMPLE_HEAD,
        show_edge=False,
        pad_edge=False,
        padding=(0, 1, 0, 0),
    )
    for col, w in zip(columns, widths, strict=True):
        table.add_column(
            col.title,
            justify="right" if col.right else "left",
            no_wrap=col.fixed,
            overflow="ellipsis" if col.fixed else "fold",
            width=w,
        )
    for row in cells:
        table.add_row(*row)
    return table


def fit_widths(columns: Sequence[Column], cells: list[list[str]], total: int) -> list[int]:
    """Column widths that fit in `total` characters.

    Each column first gets what it needs, up to its `width` (a fixed column never more); the width left
    over goes to the `ratio` columns in proportion, none wider than its longest cell. rich's own
    share-out can squeeze a column below its longest word, which is how "According to" came out as
    "Accordin / g to".
    """
    from rich.cells import cell_len

    natural = [
        max([cell_len(col.title), *(cell_len(row[i]) for row in cells)]) for i, col in enumerate(columns)
    ]
    longest_word = [
        max([len(w) for row in cells for w in row[i].split()] or [0]) for i in range(len(columns))
    ]
    widths = []
    for i, col in enumerate(columns):
        least = col.width or natural[i]
        if not col.fixed:
            least = max(least, min(longest_word[i], 16))  # a long word folds only past 16 characters
        widths.append(max(1, min(natural[i], least)))
    room = total - 2 * (len(columns) - 1)  # a separator and a padding space between columns
    spare = room - sum(widths)
    flexible = [i for i, col in enumerate(columns) if col.ratio and natural[i] > widths[i]]
    while spare > 0 and flexible:
        ratio_sum = sum(columns[i].ratio or 0 for i in flexible)
        given = 0
        for i in flexible:
            share = max(1, spare * (columns[i].ratio or 0) // ratio_sum)
            add = min(share, natural[i] - widths[i], spare - given)
            widths[i] += add
            given += add
        spare -= given
        flexible = [i for i in flexible if natural[i] > widths[i]]
        if not given:
            break
    while spare < 0:  # too many columns for the terminal: shrink the widest non-fixed column first
        candidates = [i for i, col in enumerate(columns) if not col.fixed and widths[i] > 4] or [
            i for i in range(len(columns)) if widths[i] > 1
        ]
        if not candidates:
            break
        widest = max(candidates, key=lambda i: widths[i])
        widths[widest] -= 1
        spare += 1
    return widths


def write_rows(
    rows: Sequence[dict], columns: Sequence[Column], fmt: Format, *, stream=None, fields: Sequence[str] = ()
) -> None:
    """Rows as TSV, CSV or JSON: every column in full (never cut), a header line first.

    JSON writes the rows as the read layer returned them (`fields`, when given, picks the keys), so it
    carries ids and values a table leaves out.
    """
    stream = stream or sys.stdout
    if fmt is Format.json:
        data = [{k: r.get(k) for k in fields} for r in rows] if fields else list(rows)
        stream.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")
        return
    if fmt is Format.csv:
        writer = csv.writer(stream, lineterminator="\n")
        writer.writerow([c.key for c in columns])
        writer.writerows([c.cell(r) for c in columns] for r in rows)
        return
    stream.write("\t".join(c.key for c in columns) + "\n")
    for r in rows:
        stream.write("\t".join(one_line(c.cell(r)) for c in columns) + "\n")


def console() -> Console:
    """The stdout console, made per call so it reads the width (COLUMNS) when the command runs."""
    return Console(highlight=False)


def print_listing(
    rows: Sequence[dict],
    fmt: Format,
    *,
    columns: Sequence[Column],
    title: str,
    total: int | None = None,
    empty: str = "nothing matches",
    more: str | None = None,
    fields: Sequence[str] = (),
) -> None:
    """A listing in the chosen format; at a terminal, a title with the count and a line on what is cut."""
    if fmt is not Format.table:
        write_rows(rows, columns, fmt, fields=fields)
        return
    out = console()
    if not rows:
        out.print(Text(f"{title}: {empty}", style="dim"))
        return
    shown = f"{len(rows)} of {total}" if total is not None and total > len(rows) else str(len(rows))
    out.print(make_table(columns, rows, title=f"{title} ({shown})"))
    if total is not None and total > len(rows) and more:
        note(more)
