"""The actors listing and one actor's page: aliases, roles, what it said, what was said of it."""

from __future__ import annotations

import json
import sqlite3

from .common import Listing, Page, Row, add_values, one, order_by, present, rows
from .events import attach_participants
from .names import expand
from .statements import ALL, DEFAULT_CLASSES

ACTOR_SORTS = {"name": "ac.name", "type": "ac.type", "mentions": "mentions", "statements": "statements"}


def actor_listing(
    con: sqlite3.Connection, *, q: str = "", type: str = "", sort: str = "mentions", order: str = "desc"
) -> Listing:
    """Actors whose name, alias or id contains `q`, with how often each is mentioned and quoted."""
    # Counted on the base tables through their actor-id indexes (the actor's own id and those merged into
    # it), less what was flagged: through the corrected views every row would be checked for a flag, and
    # the listing sorts all actors by these counts (0.6 s against 0.1 s on a 1,000-article ledger).
    columns = """ac.id, ac.name, ac.type, ac.country, ac.known,
                 (SELECT count(*) FROM mentions m WHERE m.actor_id = ac.id)
                   + (SELECT count(*) FROM actor_merges mg JOIN mentions m ON m.actor_id = mg.id
                      WHERE mg.canonical = ac.id)
                   - (SELECT count(*) FROM flags f JOIN mentions m
                        ON m.article_id = f.article_id AND m.start = f.start AND m."end" = f."end"
                      WHERE f.target_type = 'mention' AND COALESCE(
                        (SELECT canonical FROM actor_merges WHERE id = m.actor_id), m.actor_id) = ac.id)
                   AS mentions,
                 (SELECT count(*) FROM statements s WHERE s.speaker_id = ac.id)
                   + (SELECT count(*) FROM actor_merges mg JOIN statements s ON s.speaker_id = mg.id
                      WHERE mg.canonical = ac.id)
                   - (SELECT count(*) FROM flags f JOIN statements s
                        ON s.article_id = f.article_id AND s.cue_start = f.start AND s.cue_end = f."end"
                      WHERE f.target_type = 'statement' AND COALESCE(
                        (SELECT canonical FROM actor_merges WHERE id = s.speaker_id), s.speaker_id) = ac.id)
                   AS statements"""
    source = "actors_c ac"
    conds: dict[str, tuple[str, list]] = {}
    if q:
        like = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        conds["q"] = (
            "(ac.name LIKE ? ESCAPE '\\' OR ac.id LIKE ? ESCAPE '\\' OR ac.id IN "
            "(SELECT actor_id FROM actor_aliases_c WHERE alias LIKE ? ESCAPE '\\'))",
            [like, like, like],
        )
    add_values(conds, (("type", type, "ac.type = ?"),))
    key, direction, order_sql = order_by(ACTOR_SORTS, sort, order, "mentions", "ac.id")
    return Listing(
        columns, source, order_sql, key, direction, conds, present({"q": q, "type": type}),
        facets={"type": ("ac.type", "value")},
    )  # fmt: skip


def list_actors(
    con: sqlite3.Connection, *, page: int = 1, per_page: int = 100, facets: bool = False, **filters: str
) -> Page:
    """One page of `actor_listing(con, **filters)`."""
    return actor_listing(con, **filters).page(con, page, per_page, facets=facets)


def _statements_naming(con: sqlite3.Connection, ids: list[str]) -> set[str]:
    """Ids of the statements whose content spans hold a mention of one of these actor ids. Matched here,
    article by article: as one SQL join the planner pairs every mention with every statement of its
    article and takes minutes on a much-mentioned actor."""
    marks = ", ".join("?" * len(ids))
    spans: dict[str, list[tuple[int, int]]] = {}
    for aid, start, end in con.execute(
        f'SELECT article_id, start, "end" FROM mentions_c WHERE actor_raw IN ({marks})', ids
    ):
        spans.setdefault(aid, []).append((start, end))
    if not spans:
        return set()
    found: set[str] = set()
    for sid, aid, start, end in con.execute(
        """SELECT c.statement_id, s.article_id, c.start, c."end" FROM statements_c s
           JOIN statement_contents c ON c.statement_id = s.id
           WHERE s.article_id IN (SELECT value FROM json_each(?))""",
        (json.dumps(sorted(spans)),),
    ):
        if sid not in found and any(start <= ms and me <= end for ms, me in spans[aid]):
            found.add(sid)
    return found


def name_from_id(actor_id: str) -> str:
    """A readable name for an actor id the ledger has no row for: person:vladimir-putin → Vladimir Putin."""
    tail = actor_id.split(":", 1)[-1]
    return tail if tail.isupper() else tail.replace("-", " ").title()


def actor(
    con: sqlite3.Connection,
    actor_id: str,
    *,
    per_outlet: int = 25,
    limit: int = 100,
    statement_class: str = DEFAULT_CLASSES,
) -> Row | None:
    """One actor and what the ledger says of it; long lists are cut (`per_outlet`, `limit`) and linked
    to the listing that has them all. An id merged into another gives the actor kept (check its id)."""
    canonical = one(con, "SELECT canonical FROM actor_merges WHERE id = ?", (actor_id,))
    if canonical:
        actor_id = canonical["canonical"]
    ac = one(con, "SELECT * FROM actors_c WHERE id = ?", (actor_id,))
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
            "name": name_from_id(actor_id),
            "type": None,
            "country": None,
            "sector": None,
            "agent_of": None,
            "known": 0,
        }
    ids = expand(con, [actor_id])
    marks = ", ".join("?" * len(ids))
    classes = [] if statement_class == ALL else [c for c in statement_class.split(",") if c]
    class_sql = f" AND s.statement_class IN ({', '.join('?' * len(classes))})" if classes else ""
    # Per outlet the latest statements only: a much-quoted actor has thousands; the full list is a search.
    said = rows(
        con,
        f"""SELECT * FROM (
             SELECT s.id, s.article_id, s.local_id, s.kind, s.cue_text, s.cue_stance, s.source_text,
                    s.content, a.outlet, a.published, a.title AS article_title,
                    row_number() OVER (PARTITION BY a.outlet ORDER BY a.published DESC, s.id) AS n,
                    count(*) OVER (PARTITION BY a.outlet) AS outlet_total
             FROM statements_c s JOIN articles a ON a.id = s.article_id
             WHERE s.speaker_raw IN ({marks}){class_sql})
           WHERE n <= ? ORDER BY outlet, n""",
        [*ids, *classes, per_outlet],
    )
    said_by_outlet: dict[str, list[Row]] = {}
    said_totals: dict[str, int] = {}
    for s in said:
        said_by_outlet.setdefault(s["outlet"] or "", []).append(s)
        said_totals[s["outlet"] or ""] = s["outlet_total"]
    about_ids = _statements_naming(con, ids)
    about = rows(
        con,
        f"""SELECT s.id, s.article_id, s.local_id, s.kind, s.cue_text, s.cue_stance, s.source_text,
                  s.content, s.speaker_id, sp.name AS speaker_name, a.outlet, a.published
           FROM statements_c s
           JOIN articles a ON a.id = s.article_id
           LEFT JOIN actors_c sp ON sp.id = s.speaker_id
           WHERE s.id IN (SELECT value FROM json_each(?))
             AND (s.speaker_id IS NULL OR s.speaker_id != ?){class_sql}
           ORDER BY a.published DESC, s.id LIMIT ?""",
        [json.dumps(sorted(about_ids)), actor_id, *classes, limit + 1],
    )
    events = rows(
        con,
        f"""SELECT * FROM (
             SELECT DISTINCT p.role, e.id, e.article_id, e.local_id, e.category, e.mode, e.trigger_text,
                    e.status, e.negated, e.date_value, a.outlet, a.published
             FROM event_participants_c p JOIN events_c e ON e.id = p.event_id
             JOIN articles a ON a.id = e.article_id
             WHERE p.actor_raw IN ({marks}))
           ORDER BY published DESC, id""",
        ids,
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
                "SELECT DISTINCT alias FROM actor_aliases_c WHERE actor_id = ? AND alias != ? ORDER BY alias",
                (actor_id, ac["name"]),
            )
        ],
        "roles": rows(con, "SELECT * FROM actor_roles WHERE actor_id = ? ORDER BY start, title", (actor_id,)),
        "agents": rows(
            con, "SELECT id, name, type FROM actors_c WHERE agent_of = ? ORDER BY name", (actor_id,)
        ),
        "principal": one(con, "SELECT id, name, type FROM actors_c WHERE id = ?", (ac.get("agent_of"),))
        if ac.get("agent_of")
        else None,
        "mentions_by_outlet": rows(
            con,
            f"""SELECT COALESCE(a.outlet, '') AS outlet, count(*) AS mentions,
                      count(DISTINCT m.article_id) AS articles
               FROM mentions_c m JOIN articles a ON a.id = m.article_id WHERE m.actor_raw IN ({marks})
               GROUP BY COALESCE(a.outlet, '') ORDER BY mentions DESC""",
            ids,
        ),
        "surface_forms": rows(
            con,
            f"""SELECT text, kind, count(*) AS n FROM mentions_c WHERE actor_raw IN ({marks})
               GROUP BY text, kind ORDER BY n DESC, text LIMIT 30""",
            ids,
        ),
        "statement_class": statement_class,
        "merged": [r for r in ids if r != actor_id],
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
