"""The events listing and the participants/items attached to event rows."""

from __future__ import annotations

import sqlite3

from ...model import EVENT_STATUSES
from .common import Listing, Page, Row, add_dates, add_values, check_choice, order_by, present, rows
from .names import actor_condition


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
        f"""SELECT p.*, ac.name AS actor_name, ac.type AS actor_type FROM event_participants_c p
            LEFT JOIN actors_c ac ON ac.id = p.actor_id WHERE p.event_id IN ({marks}) ORDER BY p.row_id""",
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


def event_listing(
    con: sqlite3.Connection,
    *,
    category: str = "",
    outlet: str = "",
    actor: str = "",
    status: str = "",
    claimed: str = "",
    date_from: str = "",
    date_to: str = "",
    article: str = "",
    sort: str = "date",
    order: str = "desc",
) -> Listing:
    """PLOVER-coded events with the sentence each was found in; `actor` is a name, alias or id of a source
    or target."""
    check_choice("status", status, EVENT_STATUSES)
    check_choice("claimed", claimed, ("yes", "no"))
    columns = """e.id, e.article_id, e.local_id, a.outlet, a.published, a.title AS article_title, e.category,
                 e.mode, e.context, e.cameo, e.trigger_text, e.status, e.negated, e.modality, e.date_text,
                 e.date_value, e.location_text, e.statement_id, sp.speaker_id AS claimed_by,
                 spa.name AS claimed_by_name,
                 substr(a.text, e.sentence_start + 1, e.sentence_end - e.sentence_start) AS sentence"""
    source = """events_c e JOIN articles a ON a.id = e.article_id
                LEFT JOIN statements_c sp ON sp.id = e.statement_id
                LEFT JOIN actors_c spa ON spa.id = sp.speaker_id"""
    conds: dict[str, tuple[str, list]] = {}
    notices: list[str] = []
    add_values(
        conds,
        (
            ("category", category, "e.category = ?"),
            ("outlet", outlet, "a.outlet = ?"),
            ("status", status, "e.status = ?"),
        ),
    )
    if actor:
        (sql, params), notices, _ = actor_condition(con, actor, "p.actor_raw", "actor")
        conds["actor"] = (f"e.id IN (SELECT p.event_id FROM event_participants_c p WHERE {sql})", params)
    if claimed == "yes":
        conds["claimed"] = ("e.statement_id IS NOT NULL", [])
    elif claimed == "no":
        conds["claimed"] = ("e.statement_id IS NULL", [])
    add_dates(conds, "COALESCE(e.date_value, a.published)", date_from, date_to)
    key, direction, order_sql = order_by(EVENT_SORTS, sort, order, "date", "e.id")
    filters = {
        "category": category, "outlet": outlet, "actor": actor, "status": status, "claimed": claimed,
        "date_from": date_from, "date_to": date_to, "article": article,
    }  # fmt: skip
    return Listing(
        columns, source, order_sql, key, direction, conds, present(filters), notices,
        facets={
            "category": ("e.category", "value"),
            "outlet": ("a.outlet", "value"),
            "status": ("e.status", "value"),
            "claimed": ("CASE WHEN e.statement_id IS NULL THEN 'no' ELSE 'yes' END", "value"),
        },
        post=attach_participants,
        facet_source="events_c e JOIN articles a ON a.id = e.article_id",
        key="e.id",
    )  # fmt: skip


def list_events(
    con: sqlite3.Connection, *, page: int = 1, per_page: int = 50, facets: bool = False, **filters: str
) -> Page:
    """One page of `event_listing(con, **filters)`."""
    return event_listing(con, **filters).page(con, page, per_page, facets=facets)
