"""Read-side SQL shared by the CLI and the web app: listings, look-ups, full-text search, totals.

Functions take a plain `sqlite3.Connection` so that anything holding a ledger's `conn` can use them.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterable
from pathlib import Path

#: Names `export`/`--table` accept, mapped to the view that reads best as a flat table.
EXPORT_TABLES: dict[str, str] = {
    "articles": "articles_view",
    "statements": "statements_view",
    "events": "events_view",
    "transfers": "transfers",
    "actors": "actors_view",
    "cues": "cues_view",
    "mentions": "mentions_view",
    "corrections": "corrections",
}

#: Lists in an ArticleAnalysis whose lengths the summary of a run adds up.
COUNTED = ("entities", "actors", "statements", "events", "cues")


def relations(conn: sqlite3.Connection) -> set[str]:
    """Every table and view name, so user-given names can be checked before they reach SQL."""
    rows = conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')").fetchall()
    return {r[0] for r in rows}


def resolve_relation(conn: sqlite3.Connection, table: str) -> str:
    """The table or view behind an export name; raises ValueError for anything else."""
    name = EXPORT_TABLES.get(table, table)
    if name not in relations(conn):
        choices = ", ".join(sorted(EXPORT_TABLES))
        raise ValueError(f"no table or view {table!r}; choose from {choices} (or any table in the ledger)")
    return name


def count_articles(conn: sqlite3.Connection, *, outlet: str | None = None) -> int:
    """How many articles `list_articles` would give without a limit."""
    if outlet is None:
        return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    return conn.execute(
        "SELECT count(*) FROM articles WHERE outlet = ? COLLATE NOCASE", (outlet,)
    ).fetchone()[0]


def list_articles(
    conn: sqlite3.Connection, *, outlet: str | None = None, limit: int | None = None
) -> list[sqlite3.Row]:
    """Articles newest first with their counts (the `articles_view` columns)."""
    sql = "SELECT * FROM articles_view"
    params: list[object] = []
    if outlet is not None:
        sql += " WHERE outlet = ? COLLATE NOCASE"
        params.append(outlet)
    sql += " ORDER BY published DESC NULLS LAST, id"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(int(limit))
    return conn.execute(sql, params).fetchall()


def matching_article_ids(conn: sqlite3.Connection, prefix_or_path: str) -> list[str]:
    """Candidates for a user's reference to an article: exact id, source file, then id prefix."""
    ref = prefix_or_path.strip()
    if not ref:
        return []
    if conn.execute("SELECT 1 FROM articles WHERE id = ?", (ref,)).fetchone():
        return [ref]
    paths = {ref}
    with contextlib.suppress(OSError, RuntimeError):
        paths.add(str(Path(ref).expanduser().resolve()))
    marks = ", ".join("?" for _ in paths)
    rows = conn.execute(
        f"SELECT id FROM articles WHERE source_file IN ({marks}) ORDER BY id", sorted(paths)
    ).fetchall()
    if rows:
        return [r[0] for r in rows]
    rows = conn.execute(
        "SELECT id FROM articles WHERE substr(id, 1, ?) = ? ORDER BY id LIMIT 20", (len(ref), ref)
    ).fetchall()
    return [r[0] for r in rows]


def search_statements(conn: sqlite3.Connection, query: str, *, limit: int = 50) -> list[sqlite3.Row]:
    """Statements whose content or source matches an FTS5 query, best match first."""
    return conn.execute(
        "SELECT s.* FROM statements_fts f JOIN statements s ON s.rowid = f.rowid "
        "WHERE statements_fts MATCH ? ORDER BY f.rank LIMIT ?",
        (query, limit),
    ).fetchall()


def search_articles(conn: sqlite3.Connection, query: str, *, limit: int = 50) -> list[sqlite3.Row]:
    """Articles whose title or text matches an FTS5 query, best match first (without the text)."""
    return conn.execute(
        "SELECT a.id, a.outlet, a.published, a.title, "
        "snippet(articles_fts, 1, '[', ']', '…', 12) AS snippet "
        "FROM articles_fts f JOIN articles a ON a.rowid = f.rowid "
        "WHERE articles_fts MATCH ? ORDER BY f.rank LIMIT ?",
        (query, limit),
    ).fetchall()


def totals(conn: sqlite3.Connection, article_ids: Iterable[str]) -> dict[str, int]:
    """What the stored analyses of these articles hold: entities, distinct actors, statements, ..."""
    ids = list(dict.fromkeys(article_ids))
    counts = dict.fromkeys(COUNTED, 0)
    actors: set[str] = set()
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        marks = ", ".join("?" for _ in chunk)
        row = conn.execute(
            "SELECT "
            + ", ".join(f"coalesce(sum(json_array_length(json, '$.{k}')), 0)" for k in COUNTED)
            + f" FROM analyses WHERE article_id IN ({marks})",
            chunk,
        ).fetchone()
        for key, value in zip(COUNTED, row, strict=True):
            counts[key] += int(value)
        actors.update(
            r[0]
            for r in conn.execute(
                f"SELECT DISTINCT a.value ->> 'id' FROM analyses AS an, json_each(an.json, '$.actors') AS a "
                f"WHERE an.article_id IN ({marks})",
                chunk,
            )
        )
    counts["actors"] = len(actors)
    return counts
