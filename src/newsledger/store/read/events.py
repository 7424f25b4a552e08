"""The events listing and the participants/items attached to event rows."""

from __future__ import annotations

import sqlite3

from .common import Page, Row, _date_filters, _order, _page, _value_filters, rows


def attach_participants(con: sqlite3.Connection, events: list[Row]) -> None:
    """Sources, targets and items for a list of event rows, fetched in one query each."""
    if not events:
        return
    ids = [e["id"] for e in events]
    marks = ",".join("?" * len(ids))
    by_id = {e["id"]: e for e in events}
    for e in events:
        e["sources"], e["targets"], e["items"] = [], [], []
    for p in rows(
        con,
        f"""SELECT p.*, ac.name AS actor_name, ac.type AS actor_type FROM event_participants p
            LEFT JOIN actors ac ON ac.id = p.actor_id WHERE p.event_id IN ({marks})""",
        ids,
    ):
        by_id[p["event_id"]]["sources" if p["role"] == "source" else "targets"].append(p)
    for it in rows(con, f"SELECT * FROM event_items WHERE event_id IN ({marks}) ORDER BY start", ids):
        by_id[it["event_id"]]["items"].append(it)


EVENT_SORTS = {
    "date": "COALESCE(e.date_value, a.published)",
    "outlet": "a.outlet",
    "category": "e.category",
    "status": "e.status",
}


def list_events(
    con: sqlite3.Connection,
    *,
    category: str = "",
    outlet: str = "",
    actor: str = "",
    status: str = "",
    claimed: str = "",
    date_from: str = "",
    date_to: str = "",
    sort: str = "date",
    order: str = "desc",
    page: int = 1,
    per_page: int = 50,
) -> Page:
    select = """SELECT e.id, e.article_id, e.local_id, a.outlet, a.published, e.category, e.mode, e.context,
                       e.cameo, e.trigger_text, e.status, e.negated, e.modality, e.date_text, e.date_value,
                       e.location_text, e.statement_id, sp.speaker_id AS claimed_by,
                       spa.name AS claimed_by_name
                FROM events e JOIN articles a ON a.id = e.article_id
                LEFT JOIN statements sp ON sp.id = e.statement_id
                LEFT JOIN actors spa ON spa.id = sp.speaker_id"""
    where: list[str] = []
    params: list = []
    _value_filters(
        where, params, ((category, "e.category = ?"), (outlet, "a.outlet = ?"), (status, "e.status = ?"))
    )
    if actor:
        where.append("e.id IN (SELECT event_id FROM event_participants WHERE actor_id = ?)")
        params.append(actor)
    if claimed == "yes":
        where.append("e.statement_id IS NOT NULL")
    elif claimed == "no":
        where.append("e.statement_id IS NULL")
    _date_filters(where, params, "COALESCE(e.date_value, a.published)", date_from, date_to)
    key, direction, order_sql = _order(EVENT_SORTS, sort, order, "date", "e.id")
    data, total, page = _page(con, select, where, params, order_sql, page, per_page)
    attach_participants(con, data)
    filters = {
        "category": category, "outlet": outlet, "actor": actor, "status": status, "claimed": claimed,
        "date_from": date_from, "date_to": date_to,
    }  # fmt: skip
    return Page(data, total, page, per_page, key, direction, {k: v for k, v in filters.items() if v})
