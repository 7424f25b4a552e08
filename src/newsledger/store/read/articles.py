"""The articles listing and one article with everything found in it."""

from __future__ import annotations

import sqlite3

from ..queries import matching_article_ids
from .common import Listing, Page, Row, add_dates, add_values, fts_query, one, order_by, present, rows
from .events import attach_participants

ARTICLE_SORTS = {"date": "a.published", "outlet": "a.outlet", "title": "a.title"}


def article_listing(
    con: sqlite3.Connection,
    *,
    q: str = "",
    outlet: str = "",
    date_from: str = "",
    date_to: str = "",
    sort: str = "date",
    order: str = "desc",
) -> Listing:
    """Articles matching full-text `q` (title and text) and the filters, with what was found in each."""
    match = fts_query(q) if q else ""
    columns = """a.id, a.published, a.outlet, a.title, a.url, a.source_file, length(a.text) AS chars,
                 (SELECT count(*) FROM statements_c s WHERE s.article_id = a.id) AS statements,
                 (SELECT count(*) FROM events_c e WHERE e.article_id = a.id) AS events,
                 (SELECT count(*) FROM cues_c c WHERE c.article_id = a.id) AS cues"""
    conds: dict[str, tuple[str, list]] = {}
    if match:
        conds["q"] = ("a.rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)", [match])
    add_values(conds, (("outlet", outlet, "a.outlet = ?"),))
    add_dates(conds, "a.published", date_from, date_to)
    key, direction, order_sql = order_by(ARTICLE_SORTS, sort, order, "date", "a.id")
    filters = {"q": q, "outlet": outlet, "date_from": date_from, "date_to": date_to}
    return Listing(
        columns, "articles a", order_sql, key, direction, conds, present(filters),
        facets={"outlet": ("a.outlet", "value")},
    )  # fmt: skip


def list_articles(
    con: sqlite3.Connection, *, page: int = 1, per_page: int = 50, facets: bool = False, **filters: str
) -> Page:
    """One page of `article_listing(con, **filters)`."""
    return article_listing(con, **filters).page(con, page, per_page, facets=facets)


def resolve_article(con: sqlite3.Connection, ref: str) -> list[str]:
    """The articles a reference names: an id, or a unique id prefix as the CLI prints it (like git)."""
    return matching_article_ids(con, ref)


def article(con: sqlite3.Connection, article_id: str) -> Row | None:
    """An article with everything found in it, as plain rows with offsets."""
    art = one(con, "SELECT * FROM articles WHERE id = ?", (article_id,))
    if art is None:
        return None
    statements = rows(
        con,
        """SELECT s.*, ac.name AS speaker_name, ac.type AS speaker_type FROM statements_c s
           LEFT JOIN actors_c ac ON ac.id = s.speaker_id WHERE s.article_id = ? ORDER BY s.cue_start""",
        (article_id,),
    )
    contents: dict[str, list[Row]] = {}
    for c in rows(
        con,
        """SELECT c.* FROM statement_contents c JOIN statements_c s ON s.id = c.statement_id
           WHERE s.article_id = ? ORDER BY c.statement_id, c.n""",
        (article_id,),
    ):
        contents.setdefault(c["statement_id"], []).append(c)
    for s in statements:
        s["contents"] = contents.get(s["id"], [])
    mentions = rows(
        con,
        """SELECT m.*, ac.name AS actor_name, ac.type AS actor_type FROM mentions_c m
           LEFT JOIN actors_c ac ON ac.id = m.actor_id WHERE m.article_id = ? ORDER BY m.start""",
        (article_id,),
    )
    events = rows(con, "SELECT * FROM events_c WHERE article_id = ? ORDER BY trigger_start", (article_id,))
    attach_participants(con, events)
    cues = rows(
        con,
        """SELECT c.*, ac.name AS speaker_name FROM cues_c c LEFT JOIN actors_c ac ON ac.id = c.speaker_id
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
