"""The articles listing and one article with everything found in it."""

from __future__ import annotations

import sqlite3

from .common import Page, Row, _date_filters, _order, _page, fts_query, one, rows
from .events import attach_participants

ARTICLE_SORTS = {"date": "a.published", "outlet": "a.outlet", "title": "a.title"}


def list_articles(
    con: sqlite3.Connection,
    *,
    q: str = "",
    outlet: str = "",
    date_from: str = "",
    date_to: str = "",
    sort: str = "date",
    order: str = "desc",
    page: int = 1,
    per_page: int = 50,
) -> Page:
    match = fts_query(q) if q else ""
    select = """SELECT a.id, a.published, a.outlet, a.title, a.url, length(a.text) AS chars,
                       (SELECT count(*) FROM statements s WHERE s.article_id = a.id) AS statements,
                       (SELECT count(*) FROM events e WHERE e.article_id = a.id) AS events,
                       (SELECT count(*) FROM cues c WHERE c.article_id = a.id) AS cues
                FROM articles a"""
    where: list[str] = []
    params: list = []
    if match:
        where.append("a.rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)")
        params.append(match)
    if outlet:
        where.append("a.outlet = ?")
        params.append(outlet)
    _date_filters(where, params, "a.published", date_from, date_to)
    key, direction, order_sql = _order(ARTICLE_SORTS, sort, order, "date", "a.id")
    data, total, page = _page(con, select, where, params, order_sql, page, per_page)
    filters = {"q": q, "outlet": outlet, "date_from": date_from, "date_to": date_to}
    return Page(data, total, page, per_page, key, direction, {k: v for k, v in filters.items() if v})


def article(con: sqlite3.Connection, article_id: str) -> Row | None:
    """An article with everything found in it, as plain rows with offsets."""
    art = one(con, "SELECT * FROM articles WHERE id = ?", (article_id,))
    if art is None:
        return None
    statements = rows(
        con,
        """SELECT s.*, ac.name AS speaker_name, ac.type AS speaker_type FROM statements s
           LEFT JOIN actors ac ON ac.id = s.speaker_id WHERE s.article_id = ? ORDER BY s.cue_start""",
        (article_id,),
    )
    contents: dict[str, list[Row]] = {}
    for c in rows(
        con,
        """SELECT c.* FROM statement_contents c JOIN statements s ON s.id = c.statement_id
           WHERE s.article_id = ? ORDER BY c.statement_id, c.n""",
        (article_id,),
    ):
        contents.setdefault(c["statement_id"], []).append(c)
    for s in statements:
        s["contents"] = contents.get(s["id"], [])
    mentions = rows(
        con,
        """SELECT m.*, ac.name AS actor_name, ac.type AS actor_type FROM mentions m
           LEFT JOIN actors ac ON ac.id = m.actor_id WHERE m.article_id = ? ORDER BY m.start""",
        (article_id,),
    )
    events = rows(con, "SELECT * FROM events WHERE article_id = ? ORDER BY trigger_start", (article_id,))
    attach_participants(con, events)
    cues = rows(
        con,
        """SELECT c.*, ac.name AS speaker_name FROM cues c LEFT JOIN actors ac ON ac.id = c.speaker_id
           WHERE c.article_id = ? ORDER BY c.start""",
        (article_id,),
    )
    stories = rows(
        con,
        """SELECT cl.id, cl.kind, cl.label FROM cluster_members m JOIN clusters cl ON cl.id = m.cluster_id
           WHERE m.article_id = ? ORDER BY cl.kind, cl.id""",
        (article_id,),
    )
    return {
        "article": art,
        "statements": statements,
        "mentions": mentions,
        "events": events,
        "cues": cues,
        "clusters": stories,
    }
