"""Connections, row helpers, paging and filter building shared by every read module.

Every value goes in as a parameter; ORDER BY columns come from whitelists, never from a request. The
connection is opened with `mode=ro` so `newsledger analyze` can keep writing while readers read.
"""

from __future__ import annotations

import re
import sqlite3
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

Row = dict[str, Any]


def connect(path: str | Path) -> sqlite3.Connection:
    """A read-only connection; a missing file is an error, not a new empty database."""
    resolved = Path(path).resolve()
    if not resolved.is_file():
        raise FileNotFoundError(f"no ledger at {resolved}")
    uri = f"file:{urllib.parse.quote(str(resolved))}?mode=ro"
    con = sqlite3.connect(uri, uri=True, check_same_thread=False)
    con.row_factory = sqlite3.Row
    con.execute("PRAGMA query_only = ON")
    return con


def rows(con: sqlite3.Connection, sql: str, params: tuple | list = ()) -> list[Row]:
    return [dict(r) for r in con.execute(sql, params)]


def one(con: sqlite3.Connection, sql: str, params: tuple | list = ()) -> Row | None:
    r = con.execute(sql, params).fetchone()
    return dict(r) if r else None


def tables(con: sqlite3.Connection) -> set[str]:
    return {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}


def fts_query(text: str) -> str:
    """User words as an FTS5 query that cannot be a syntax error: quoted terms, ANDed; "a b" stays a phrase
    and a trailing * keeps prefix search."""
    terms = re.findall(r'"([^"]+)"|(\S+)', text)
    out = []
    for phrase, word in terms:
        raw = phrase or word
        prefix = not phrase and raw.endswith("*")
        raw = raw.rstrip("*") if prefix else raw
        cleaned = raw.replace('"', '""').strip()
        if cleaned:
            out.append(f'"{cleaned}"' + ("*" if prefix else ""))
    return " ".join(out)


# --- paging and sorting ---------------------------------------------------------------------------------


@dataclass
class Page:
    """One page of a filtered, sorted listing: what the page shows is exactly what a download returns."""

    rows: list[Row]
    total: int
    page: int
    per_page: int
    sort: str
    order: str
    filters: dict[str, str] = field(default_factory=dict)

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.per_page))

    @property
    def first(self) -> int:
        return (self.page - 1) * self.per_page + 1 if self.rows else 0

    @property
    def last(self) -> int:
        return self.first + len(self.rows) - 1 if self.rows else 0

    def to_dict(self) -> Row:
        return {
            "total": self.total,
            "page": self.page,
            "per_page": self.per_page,
            "pages": self.pages,
            "sort": self.sort,
            "order": self.order,
            "filters": self.filters,
            "rows": self.rows,
        }


def _order(sorts: dict[str, str], sort: str, order: str, default: str, tiebreak: str) -> tuple[str, str, str]:
    key = sort if sort in sorts else default
    direction = "ASC" if order == "asc" else "DESC"
    return key, direction.lower(), f"{sorts[key]} {direction} NULLS LAST, {tiebreak}"


def _page(con, select: str, where: list[str], params: list, order_sql: str, page: int, per_page: int):
    clause = (" WHERE " + " AND ".join(where)) if where else ""
    total = con.execute(f"SELECT count(*) FROM ({select}{clause})", params).fetchone()[0]
    page = max(1, page)
    data = rows(
        con,
        f"{select}{clause} ORDER BY {order_sql} LIMIT ? OFFSET ?",
        [*params, per_page, (page - 1) * per_page],
    )
    return data, total, page


def _value_filters(where: list[str], params: list, pairs, pattern: str = "{}") -> None:
    """One `column op ?` condition per non-empty value; `pattern` shapes the parameter (e.g. LIKE)."""
    for value, sql in pairs:
        if value:
            where.append(sql)
            params.append(pattern.format(value))


def _date_filters(where: list[str], params: list, column: str, date_from: str, date_to: str) -> None:
    if date_from:
        where.append(f"substr({column}, 1, 10) >= ?")
        params.append(date_from)
    if date_to:
        where.append(f"substr({column}, 1, 10) <= ?")
        params.append(date_to)
