"""Connections, row helpers, paging and filter building shared by every read module.

Every value goes in as a parameter; ORDER BY columns come from whitelists, never from a request. The
connection is opened with `mode=ro` so `newsledger analyze` can keep writing while readers read.
"""

from __future__ import annotations

import json
import re
import sqlite3
import urllib.parse
from collections import Counter
from collections.abc import Callable, Iterator
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


# --- validation -----------------------------------------------------------------------------------------


class InvalidInput(ValueError):
    """A request parameter the ledger cannot answer (a malformed date, an unknown value); its message is
    meant for the person who typed it."""


#: The largest page number a listing accepts: beyond it OFFSET arithmetic overflows SQLite's integers.
MAX_PAGE = 1_000_000
_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def check_date(name: str, value: str) -> str:
    """A date filter as typed (YYYY, YYYY-MM or YYYY-MM-DD); anything else is an InvalidInput."""
    value = value.strip()
    if value and not _DATE.fullmatch(value):
        raise InvalidInput(f"{name} must be a date like 2024-03-01 (or 2024-03, 2024), not {value!r}")
    return value


def check_choice(name: str, value: str, choices: tuple[str, ...] | list[str]) -> str:
    """A filter value that must be one of a vocabulary (several comma-separated where noted)."""
    for part in filter(None, (v.strip() for v in value.split(","))):
        if part not in choices:
            raise InvalidInput(f"{name} {part!r} is not one of: {', '.join(choices)}")
    return value


# --- listings: one SQL description shared by a page, its facets and its full download ---------------------


Post = Callable[[sqlite3.Connection, list[Row]], None]


@dataclass
class Listing:
    """A filtered, sorted listing before paging. A page, the facet counts beside its filters and a download
    of every matching row are all built from this one description, so they always agree."""

    columns: str  # the SELECT list
    source: str  # FROM ... JOIN ...
    order_sql: str
    sort: str
    order: str
    conds: dict[str, tuple[str, list]] = field(default_factory=dict)  # filter -> (SQL condition, params)
    filters: dict[str, str] = field(default_factory=dict)
    notices: list[str] = field(default_factory=list)
    #: facet -> (value SQL, how to label a value: "value" itself, or "actor" for an actor id's name)
    facets: dict[str, tuple[str, str]] = field(default_factory=dict)
    post: Post | None = None  # fills in what one row cannot hold (an event's participants)
    facet_source: str | None = None  # `source` without the joins only the listing's columns need
    key: str | None = None  # a unique, indexed column of the rows (for a page: sort the keys, then fetch)

    def where(self, skip: str | set[str] | None = None) -> tuple[str, list]:
        """WHERE clause and parameters of the filters, less those named in `skip`."""
        skipped = {skip} if isinstance(skip, str) else (skip or set())
        sqls, params = [], []
        for name, (sql, ps) in self.conds.items():
            if name not in skipped:
                sqls.append(sql)
                params.extend(ps)
        return (" WHERE " + " AND ".join(sqls) if sqls else ""), params

    def count(self, con: sqlite3.Connection) -> int:
        """Rows matching; read without the joins that only fill columns in (`facet_source`)."""
        clause, params = self.where()
        return con.execute(
            f"SELECT count(*) FROM {self.facet_source or self.source}{clause}", params
        ).fetchone()[0]

    def page(
        self, con: sqlite3.Connection, page: int = 1, per_page: int = 50, *, facets: bool = False
    ) -> Page:
        """One page; a page past the last shows the last one, with a notice saying so."""
        if page > MAX_PAGE:
            raise InvalidInput(f"page must be a number from 1 to {MAX_PAGE}, not {page}")
        total = self.count(con)
        notices = list(self.notices)
        page = max(1, page)
        last = max(1, -(-total // per_page))
        if page > last:
            notices.append(
                f"There {'is' if last == 1 else 'are'} only {last} page{'s' * (last > 1)}; "
                f"showing page {last}."
            )
            page = last
        clause, params = self.where()
        if self.key:
            # Sort only the keys, then read the page's rows: the sorter then holds one column, not all of
            # them for every matching row (a third of the time on a 1,000-article ledger).
            sql = (
                f"SELECT {self.columns} FROM {self.source} WHERE {self.key} IN (SELECT {self.key} FROM "
                f"{self.source}{clause} ORDER BY {self.order_sql} LIMIT ? OFFSET ?) ORDER BY {self.order_sql}"
            )
        else:
            sql = (
                f"SELECT {self.columns} FROM {self.source}{clause} ORDER BY {self.order_sql} LIMIT ? OFFSET ?"
            )
        data = rows(con, sql, [*params, per_page, (page - 1) * per_page])
        if self.post:
            self.post(con, data)
        page_ = Page(data, total, page, per_page, self.sort, self.order, self.filters, notices)
        if facets:
            page_.facets = self.facet_counts(con)
        return page_

    def iter_rows(self, con: sqlite3.Connection, batch: int = 500) -> Iterator[Row]:
        """Every matching row in order, read in batches so a download of any size stays in small memory."""
        clause, params = self.where()
        cur = con.execute(
            f"SELECT {self.columns} FROM {self.source}{clause} ORDER BY {self.order_sql}", params
        )
        while chunk := cur.fetchmany(batch):
            data = [dict(r) for r in chunk]
            if self.post:
                self.post(con, data)
            yield from data

    def facet_counts(self, con: sqlite3.Connection, limit: int = 200) -> dict[str, list[Row]]:
        """Per facet, its values with how many rows each would give with the other filters kept (so a
        choice can be changed without losing the counts of the others), most frequent first.

        Facets share one scan (counted here); only a facet whose filter is more than a choice of its own
        values (an actor name, a full-text search) needs its own query, without that filter."""
        out: dict[str, list[Row]] = {}
        # A filter that only says "this facet's value is one of these" is applied here rather than in SQL,
        # so its facet can share the scan: each facet's counts skip its own filter and keep the others.
        folded: dict[str, set] = {}
        for name, (value_sql, _) in self.facets.items():
            sql, ps = self.conds.get(name, ("", []))
            if sql in (f"{value_sql} = ?", f"{value_sql} IN ({', '.join('?' * len(ps))})"):
                folded[name] = set(ps)
        shared = [name for name in self.facets if name not in self.conds or name in folded]
        if shared:
            clause, params = self.where(skip=set(folded))
            values = ", ".join(self.facets[n][0] for n in shared)
            counters: dict[str, Counter] = {n: Counter() for n in shared}
            k = len(shared)
            checks = [(i, folded[n]) for i, n in enumerate(shared) if n in folded]
            # One grouped scan over the combinations of the facets' values (few: these are vocabularies,
            # outlets and actor ids), summed per facet here; `facet_source` leaves out joins for labels.
            sql = (
                f"SELECT {values}, count(*) FROM {self.facet_source or self.source}{clause} GROUP BY {values}"
            )
            for row in con.execute(sql, params):
                failed = [i for i, allowed in checks if row[i] not in allowed]
                if len(failed) > 1:
                    continue
                for i, name in enumerate(shared):
                    if row[i] is not None and (not failed or failed == [i]):
                        counters[name][row[i]] += row[k]
            for name, counter in counters.items():
                top = sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0])))[:limit]
                labels = _labels(con, self.facets[name][1], [v for v, _ in top])
                out[name] = [{"value": v, "label": labels.get(v, v), "n": n} for v, n in top]
        for name, (value_sql, label_sql) in self.facets.items():
            if name in out:
                continue
            clause, params = self.where(skip=name)
            cond = f"{value_sql} IS NOT NULL"
            clause = f"{clause} AND {cond}" if clause else f" WHERE {cond}"
            found = rows(
                con,
                f"SELECT {value_sql} AS value, count(*) AS n FROM {self.facet_source or self.source}"
                f"{clause} GROUP BY 1 ORDER BY n DESC, value LIMIT ?",
                [*params, limit],
            )
            labels = _labels(con, label_sql, [r["value"] for r in found])
            out[name] = [
                {"value": r["value"], "label": labels.get(r["value"], r["value"]), "n": r["n"]} for r in found
            ]
        return {name: out[name] for name in self.facets}


def _labels(con: sqlite3.Connection, how: str, values: list) -> dict:
    """Readable labels for facet values: actor ids get their (corrected) names."""
    if how != "actor" or not values:
        return {}
    found = con.execute(
        "SELECT id, name FROM actors_c WHERE id IN (SELECT value FROM json_each(?))", (json.dumps(values),)
    )
    return dict(found.fetchall())


@dataclass
class Page:
    """One page of a listing, with the notices to show above it and the facet counts beside its filters."""

    rows: list[Row]
    total: int
    page: int
    per_page: int
    sort: str
    order: str
    filters: dict[str, str] = field(default_factory=dict)
    notices: list[str] = field(default_factory=list)
    facets: dict[str, list[Row]] = field(default_factory=dict)

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
            "notices": self.notices,
            "facets": self.facets,
            "rows": self.rows,
        }


def order_by(
    sorts: dict[str, str], sort: str, order: str, default: str, tiebreak: str
) -> tuple[str, str, str]:
    """(sort key used, direction, ORDER BY SQL); an unknown sort key falls back to the default."""
    key = sort if sort in sorts else default
    direction = "ASC" if order == "asc" else "DESC"
    return key, direction.lower(), f"{sorts[key]} {direction} NULLS LAST, {tiebreak}"


def add_values(conds: dict[str, tuple[str, list]], pairs, pattern: str = "{}") -> None:
    """One `column op ?` condition per non-empty (name, value, sql); `pattern` shapes the parameter."""
    for name, value, sql in pairs:
        if value:
            conds[name] = (sql, [pattern.format(value)])


def add_in(conds: dict[str, tuple[str, list]], name: str, value: str, column: str) -> None:
    """`column IN (...)` for a comma-separated value (e.g. class=speech,writing)."""
    parts = [v.strip() for v in value.split(",") if v.strip()]
    if parts:
        conds[name] = (f"{column} IN ({', '.join('?' * len(parts))})", parts)


def add_dates(conds: dict[str, tuple[str, list]], column: str, date_from: str, date_to: str) -> None:
    """Inclusive date bounds on an ISO date column; a bound may be a year or a month."""
    date_from = check_date("date_from", date_from)
    date_to = check_date("date_to", date_to)
    if date_from:
        conds["date_from"] = (f"substr({column}, 1, 10) >= ?", [date_from])
    if date_to:
        # "2024-03" as an upper bound means the whole of March: compare on as many characters as given.
        conds["date_to"] = (f"substr({column}, 1, {len(date_to)}) <= ?", [date_to])


def present(filters: dict[str, str]) -> dict[str, str]:
    return {k: v for k, v in filters.items() if v}
