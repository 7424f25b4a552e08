"""The actors listing and one actor's page: aliases, roles, what it said, what was said of it."""

from __future__ import annotations

import sqlite3

from .common import Page, Row, _order, _page, one, rows
from .events import attach_participants

ACTOR_SORTS = {"name": "ac.name", "type": "ac.type", "mentions": "mentions", "statements": "statements"}


def list_actors(
    con: sqlite3.Connection,
    *,
    q: str = "",
    type: str = "",
    sort: str = "mentions",
    order: str = "desc",
    page: int = 1,
    per_page: int = 100,
) -> Page:
    select = """SELECT ac.id, ac.name, ac.type, ac.country, ac.known,
                       (SELECT count(*) FROM mentions m WHERE m.actor_id = ac.id) AS mentions,
                       (SELECT count(*) FROM statements s WHERE s.speaker_id = ac.id) AS statements
                FROM actors ac"""
    where: list[str] = []
    params: list = []
    if q:
        where.append(
            "(ac.name LIKE ? ESCAPE '\\' OR ac.id IN "
            "(SELECT actor_id FROM actor_aliases WHERE alias LIKE ? ESCAPE '\\'))"
        )
        like = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        params += [like, like]
    if type:
        where.append("ac.type = ?")
        params.append(type)
    key, direction, order_sql = _order(ACTOR_SORTS, sort, order, "mentions", "ac.id")
    data, total, page = _page(con, select, where, params, order_sql, page, per_page)
    return Page(
        data, total, page, per_page, key, direction, {k: v for k, v in {"q": q, "type": type}.items() if v}
    )


def actor(con: sqlite3.Connection, actor_id: str, *, per_outlet: int = 25, limit: int = 100) -> Row | None:
    """One actor and what the ledger says of it; long lists are cut (`per_outlet`, `limit`) and linked
    to the listing that has them all."""
    ac = one(con, "SELECT * FROM actors WHERE id = ?", (actor_id,))
    if ac is None:
        # An id seen in mentions or statements but missing from `actors` still gets a page.
        seen = one(
            con,
            "SELECT 1 FROM mentions WHERE actor_id = ? UNION SELECT 1 FROM statements WHERE speaker_id = ?",
            (actor_id, actor_id),
        )
        if seen is None:
            return None
        ac = {
            "id": actor_id,
            "name": actor_id,
            "type": None,
            "country": None,
            "sector": None,
            "agent_of": None,
            "known": 0,
        }
    # Per outlet the latest statements only: a much-quoted actor has thousands; the full list is a search.
    said = rows(
        con,
        """SELECT * FROM (
             SELECT s.id, s.article_id, s.local_id, s.kind, s.cue_text, s.cue_stance, s.source_text,
                    s.content, a.outlet, a.published, a.title AS article_title,
                    row_number() OVER (PARTITION BY a.outlet ORDER BY a.published DESC, s.id) AS n,
                    count(*) OVER (PARTITION BY a.outlet) AS outlet_total
             FROM statements s JOIN articles a ON a.id = s.article_id WHERE s.speaker_id = ?)
           WHERE n <= ? ORDER BY outlet, n""",
        (actor_id, per_outlet),
    )
    said_by_outlet: dict[str, list[Row]] = {}
    said_totals: dict[str, int] = {}
    for s in said:
        said_by_outlet.setdefault(s["outlet"] or "", []).append(s)
        said_totals[s["outlet"] or ""] = s["outlet_total"]
    about = rows(
        con,
        """SELECT DISTINCT s.id, s.article_id, s.local_id, s.kind, s.cue_text, s.cue_stance, s.source_text,
                  s.content, s.speaker_id, sp.name AS speaker_name, a.outlet, a.published
           FROM mentions m
           JOIN statements s ON s.article_id = m.article_id
           JOIN statement_contents c ON c.statement_id = s.id AND m.start >= c.start AND m."end" <= c."end"
           JOIN articles a ON a.id = s.article_id
           LEFT JOIN actors sp ON sp.id = s.speaker_id
           WHERE m.actor_id = ? AND (s.speaker_id IS NULL OR s.speaker_id != ?)
           ORDER BY a.published DESC, s.id LIMIT ?""",
        (actor_id, actor_id, limit + 1),
    )
    events = rows(
        con,
        """SELECT * FROM (
             SELECT DISTINCT p.role, e.id, e.article_id, e.local_id, e.category, e.mode, e.trigger_text,
                    e.status, e.negated, e.date_value, a.outlet, a.published
             FROM event_participants p JOIN events e ON e.id = p.event_id
             JOIN articles a ON a.id = e.article_id
             WHERE p.actor_id = ?)
           ORDER BY published DESC, id""",
        (actor_id,),
    )
    sources = [e for e in events if e["role"] == "source"]
    targets = [e for e in events if e["role"] == "target"]
    events = sources[:limit] + targets[:limit]
    attach_participants(con, events)
    return {
        "actor": ac,
        "aliases": [
            r[0]
            for r in con.execute(
                "SELECT alias FROM actor_aliases WHERE actor_id = ? ORDER BY alias", (actor_id,)
            )
        ],
        "roles": rows(con, "SELECT * FROM actor_roles WHERE actor_id = ? ORDER BY start, title", (actor_id,)),
        "agents": rows(
            con, "SELECT id, name, type FROM actors WHERE agent_of = ? ORDER BY name", (actor_id,)
        ),
        "principal": one(con, "SELECT id, name, type FROM actors WHERE id = ?", (ac.get("agent_of"),))
        if ac.get("agent_of")
        else None,
        "mentions_by_outlet": rows(
            con,
            """SELECT COALESCE(a.outlet, '') AS outlet, count(*) AS mentions,
                      count(DISTINCT m.article_id) AS articles
               FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.actor_id = ?
               GROUP BY COALESCE(a.outlet, '') ORDER BY mentions DESC""",
            (actor_id,),
        ),
        "surface_forms": rows(
            con,
            """SELECT text, kind, count(*) AS n FROM mentions WHERE actor_id = ? GROUP BY text, kind
               ORDER BY n DESC, text LIMIT 30""",
            (actor_id,),
        ),
        "said_by_outlet": said_by_outlet,
        "said_totals": said_totals,
        "said_count": sum(said_totals.values()),
        "about": about[:limit],
        "about_more": len(about) > limit,
        "events_as_source": sources[:limit],
        "events_as_source_total": len(sources),
        "events_as_target": targets[:limit],
        "events_as_target_total": len(targets),
    }
