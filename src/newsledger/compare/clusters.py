"""Reading analyses from a ledger and (re)writing its duplicate and story clusters.

Works on a plain sqlite3 connection (the `Ledger.conn`, or the web app's read-only one for reads) and
reads whole `ArticleAnalysis` records from the `analyses` table, so it does not depend on the
details of the other tables.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..model import ArticleAnalysis
from .dedup import DEFAULT_THRESHOLD as DUP_THRESHOLD
from .dedup import DocRef, DuplicateCluster, near_duplicates
from .stories import DEFAULT_THRESHOLD as STORY_THRESHOLD
from .stories import Story, StoryDoc, cluster_id, cluster_stories


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


@dataclass
class Clustering:
    duplicates: list[DuplicateCluster]
    stories: list[Story]


def compute(
    analyses: Sequence[ArticleAnalysis],
    *,
    dup_threshold: float = DUP_THRESHOLD,
    story_threshold: float = STORY_THRESHOLD,
) -> Clustering:
    refs = [
        DocRef(a.article.id, a.article.text, a.article.published, order) for order, a in enumerate(analyses)
    ]
    dups = near_duplicates(refs, dup_threshold)
    docs = [StoryDoc.from_analysis(a) for a in analyses]
    stories = cluster_stories(docs, story_threshold, must_link=[list(c.members) for c in dups])
    return Clustering(dups, stories)


def recompute(db, **thresholds: float) -> Clustering:
    """Recompute both kinds of cluster over the whole ledger and replace the stored ones."""
    analyses = load_analyses(db)
    result = compute(analyses, **thresholds)
    published = {a.article.id: a.article.published for a in analyses}
    conn = connection(db)
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute("DELETE FROM clusters WHERE kind IN ('duplicate', 'story')")
        for dup in result.duplicates:
            dates = sorted(d for d in (published[m] for m in dup.members) if d)
            _insert(
                conn,
                cluster_id("dup", dup.members),
                "duplicate",
                next((a.article.title for a in analyses if a.article.id == dup.original), None),
                dup.original,
                dates,
                dup.members.items(),
            )
        for story in result.stories:
            dates = [story.first_date, story.last_date] if story.first_date else []
            _insert(
                conn, story.id, "story", story.label, story.article_ids[0], dates, story.similarity.items()
            )
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return result


def _insert(conn, ident, kind, label, original, dates, members: Iterable[tuple[str, float]]) -> None:
    conn.execute(
        "INSERT INTO clusters(id, kind, label, original_article_id, first_date, last_date) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (ident, kind, label, original, dates[0] if dates else None, dates[-1] if dates else None),
    )
    conn.executemany(
        "INSERT INTO cluster_members(cluster_id, article_id, similarity) VALUES (?, ?, ?)",
        [(ident, aid, sim) for aid, sim in members],
    )


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
