"""The statements listing: full-text search, filters, sorting, paging."""

from __future__ import annotations

import sqlite3

from .common import Page, _date_filters, _order, _page, _value_filters, fts_query

STATEMENT_SORTS = {
    "date": "a.published",
    "outlet": "a.outlet",
    "speaker": "COALESCE(ac.name, s.source_text)",
    "kind": "s.kind",
    "stance": "s.cue_stance",
    "cue": "s.cue_lemma",
    "relevance": "f.rank",
}

STATEMENT_COLUMNS = (
    "id", "published", "outlet", "speaker_id", "speaker_name", "source_text", "cue_text", "cue_stance",
    "kind", "content", "article_id", "article_title",
)  # fmt: skip


def search_statements(
    con: sqlite3.Connection,
    *,
    q: str = "",
    speaker: str = "",
    outlet: str = "",
    stance: str = "",
    kind: str = "",
    date_from: str = "",
    date_to: str = "",
    article: str = "",
    sort: str = "date",
    order: str = "desc",
    page: int = 1,
    per_page: int = 50,
) -> Page:
    """Statements matching full-text `q` (FTS5 over content and source) and the filters."""
    match = fts_query(q) if q else ""
    fts_join = " JOIN statements_fts f ON f.rowid = s.rowid" if match else ""
    marked = "highlight(statements_fts, 0, char(2), char(3))" if match else "s.content"
    select = f"""SELECT s.id, a.published, a.outlet, s.speaker_id, ac.name AS speaker_name, s.source_text,
                        s.cue_text, s.cue_stance, s.kind, s.content, s.article_id, a.title AS article_title,
                        s.local_id, {marked} AS content_marked
                 FROM statements s JOIN articles a ON a.id = s.article_id
                 LEFT JOIN actors ac ON ac.id = s.speaker_id{fts_join}"""
    where: list[str] = []
    params: list = []
    if match:
        where.append("statements_fts MATCH ?")
        params.append(match)
    _value_filters(
        where,
        params,
        (
            (speaker, "s.speaker_id = ?"),
            (outlet, "a.outlet = ?"),
            (stance, "s.cue_stance = ?"),
            (kind, "s.kind = ?"),
            (article, "s.article_id = ?"),
        ),
    )
    _date_filters(where, params, "a.published", date_from, date_to)
    sorts = STATEMENT_SORTS if match else {k: v for k, v in STATEMENT_SORTS.items() if k != "relevance"}
    if sort == "relevance" and match:
        order = "asc" if order == "desc" else order  # FTS rank: smaller is better
    key, direction, order_sql = _order(sorts, sort, order, "date", "s.id")
    data, total, page = _page(con, select, where, params, order_sql, page, per_page)
    filters = {
        "q": q, "speaker": speaker, "outlet": outlet, "stance": stance, "kind": kind,
        "date_from": date_from, "date_to": date_to, "article": article,
    }  # fmt: skip
    return Page(data, total, page, per_page, key, direction, {k: v for k, v in filters.items() if v})
