"""The SQL of the duplicate and story clusters: reading analyses for clustering, replacing the stored
clusters in one transaction, and listing them. `compare.clusters` computes; this module stores.

Functions take a `Ledger` or a plain sqlite3 connection (the web app's read-only one for reads).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from ..model import ArticleAnalysis


def connection(db) -> sqlite3.Connection:
    """A `Ledger`, or a sqlite3 connection, as a connection."""
    return db if isinstance(db, sqlite3.Connection) else db.conn


def load_analyses(db, article_ids: Iterable[str] | None = None) -> list[ArticleAnalysis]:
    """Analyses in reading order (the order they were stored), optionally only the given ids."""
    conn = connection(db)
    sql = "SELECT an.json FROM analyses an JOIN articles a ON a.id = an.article_id"
    params: list[str] = []
    if article_ids is not None:
        params = list(article_ids)
        sql += f" WHERE a.id IN ({','.join('?' * len(params)) or 'NULL'})"
    rows = conn.execute(sql + " ORDER BY a.rowid", params).fetchall()
    return [ArticleAnalysis.from_json(r[0]) for r in rows]


#: A cluster to store: (id, kind, label, original article id, sorted dates, (article id, similarity)s).
ClusterRow = tuple[str, str, str | None, str, list[str], Iterable[tuple[str, float]]]


def replace_clusters(
    db, clusters: Iterable[ClusterRow], kinds: tuple[str, ...] = ("duplicate", "story")
) -> None:
    """Replace every stored cluster of `kinds` by `clusters`, all or nothing."""
    conn = connection(db)
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute(f"DELETE FROM clusters WHERE kind IN ({','.join('?' * len(kinds))})", kinds)
        for ident, kind, label, original, dates, members in clusters:
            conn.execute(
                "INSERT INTO clusters(id, kind, label, original_article_id, first_date, last_date) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (ident, kind, label, original, dates[0] if dates else None, dates[-1] if dates else None),
            )
            conn.executemany(
                "INSERT INTO cluster_members(cluster_id, article_id, similarity) VALUES (?, ?, ?)",
                [(ident, aid, sim) for aid, sim in members],
            )
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def stored_clusters(db, kind: str) -> list[dict]:
    """Stored clusters of a kind with their members (id, outlet, published, title, similarity)."""
    conn = connection(db)
    out = []
    for cl in conn.execute(
        "SELECT * FROM clusters WHERE kind = ? ORDER BY first_date, id", (kind,)
    ).fetchall():
        members = conn.execute(
            "SELECT a.id, a.outlet, a.published, a.title, m.similarity FROM cluster_members m "
            "JOIN articles a ON a.id = m.article_id WHERE m.cluster_id = ? "
            "ORDER BY a.published NULLS LAST, a.id",
            (cl["id"],),
        ).fetchall()
        out.append({**dict(cl), "members": [dict(m) for m in members]})
    return out


def cluster_members(db, ref: str) -> tuple[str, list[str]] | None:
    """The cluster an id or unique id prefix names, with its article ids; None if none or several."""
    conn = connection(db)
    rows = conn.execute(
        "SELECT id FROM clusters WHERE substr(id, 1, ?) = ? OR substr(id, instr(id, '-') + 1, ?) = ?",
        (len(ref), ref, len(ref), ref),
    ).fetchall()
    ids = sorted({r[0] for r in rows})
    if len(ids) != 1:
        return None
    members = conn.execute(
        "SELECT article_id FROM cluster_members WHERE cluster_id = ? ORDER BY article_id", (ids[0],)
    ).fetchall()
    return ids[0], [m[0] for m in members]
