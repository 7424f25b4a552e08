"""Read-only SQL over the ledger for the web app.

Every value goes in as a parameter; ORDER BY columns come from whitelists, never from the request. The
connection is opened with `mode=ro` so `newsledger analyze` can keep writing while `serve` reads.
"""

from __future__ import annotations

import re
import sqlite3
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

Row = dict[str, Any]


def connect(path: str | Path) -> sqlite3.Connection:
    """A read-only connection; a missing file is an error, not a new empty database."""
    resolved = Path(path).resolve()
    if not resolved.is_file():
        raise FileNotFoundError(f"no ledger at {resolved}")
    uri = f"file:{urllib.parse.quote(str(resolved))}?mode=ro"
    con = sqlite3.connect(uri, uri=True, check_same_thread=False)
    con.row_factory = sqlite3.Row
    con.execute("PRAGMA query_only = ON")
    return con


def rows(con: sqlite3.Connection, sql: str, params: tuple | list = ()) -> list[Row]:
    return [dict(r) for r in con.execute(sql, params)]


def one(con: sqlite3.Connection, sql: str, params: tuple | list = ()) -> Row | None:
    r = con.execute(sql, params).fetchone()
    return dict(r) if r else None


def tables(con: sqlite3.Connection) -> set[str]:
    return {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}


def fts_query(text: str) -> str:
    """User words as an FTS5 query that cannot be a syntax error: quoted terms, ANDed; "a b" stays a phrase
    and a trailing * keeps prefix search."""
    terms = re.findall(r'"([^"]+)"|(\S+)', text)
    out = []
    for phrase, word in terms:
        raw = phrase or word
        prefix = not phrase and raw.endswith("*")
        raw = raw.rstrip("*") if prefix else raw
        cleaned = raw.replace('"', '""').strip()
        if cleaned:
            out.append(f'"{cleaned}"' + ("*" if prefix else ""))
    return " ".join(out)


# --- overview -------------------------------------------------------------------------------------------


def counts(con: sqlite3.Connection) -> Row:
    names = ("articles", "statements", "actors", "mentions", "events", "cues")
    out = {n: con.execute(f"SELECT count(*) FROM {n}").fetchone()[0] for n in names}  # fixed names
    out["transfers"] = con.execute("SELECT count(*) FROM transfers").fetchone()[0]
    out["stories"] = con.execute("SELECT count(*) FROM clusters WHERE kind = 'story'").fetchone()[0]
    return out


def by_outlet(con: sqlite3.Connection) -> list[Row]:
    """Articles, statements, events and cues per outlet: one grouped scan per table, merged here."""
    out = {
        r["outlet"]: {**r, "statements": 0, "events": 0, "cues": 0}
        for r in rows(
            con,
            "SELECT COALESCE(outlet, '') AS outlet, count(*) AS articles FROM articles GROUP BY 1 "
            "ORDER BY articles DESC, outlet",
        )
    }
    for table in ("statements", "events", "cues"):  # fixed names, not from a request
        sql = (
            f"SELECT COALESCE(a.outlet, '') AS outlet, count(*) AS n FROM {table} x "
            "JOIN articles a ON a.id = x.article_id GROUP BY 1"
        )
        for r in con.execute(sql):
            if r["outlet"] in out:
                out[r["outlet"]][table] = r["n"]
    return list(out.values())


def by_day(con: sqlite3.Connection) -> list[Row]:
    return rows(
        con,
        """SELECT substr(published, 1, 10) AS day, COALESCE(outlet, '') AS outlet, count(*) AS n
           FROM articles WHERE published IS NOT NULL AND published != ''
           GROUP BY day, COALESCE(outlet, '') ORDER BY day, outlet""",
    )


def top_speakers(con: sqlite3.Connection, limit: int = 10) -> list[Row]:
    return rows(
        con,
        """SELECT s.speaker_id AS id, ac.name, ac.type, count(*) AS statements,
                  count(DISTINCT a.outlet) AS outlets
           FROM statements s JOIN articles a ON a.id = s.article_id
           LEFT JOIN actors ac ON ac.id = s.speaker_id
           WHERE s.speaker_id IS NOT NULL GROUP BY s.speaker_id ORDER BY statements DESC, ac.name LIMIT ?""",
        (limit,),
    )


def top_actors(con: sqlite3.Connection, limit: int = 10) -> list[Row]:
    return rows(
        con,
        """SELECT m.actor_id AS id, ac.name, ac.type, count(*) AS mentions,
                  count(DISTINCT m.article_id) AS articles
           FROM mentions m LEFT JOIN actors ac ON ac.id = m.actor_id
           WHERE m.actor_id IS NOT NULL GROUP BY m.actor_id ORDER BY mentions DESC, ac.name LIMIT ?""",
        (limit,),
    )


def outlets(con: sqlite3.Connection) -> list[str]:
    return [
        r[0] for r in con.execute("SELECT DISTINCT outlet FROM articles WHERE outlet IS NOT NULL ORDER BY 1")
    ]


def distinct(con: sqlite3.Connection, table: str, column: str) -> list[str]:
    """Values for a filter drop-down; `table`/`column` come from code, never from a request."""
    assert re.fullmatch(r"\w+", table) and re.fullmatch(r"\w+", column)
    sql = f"SELECT DISTINCT {column} FROM {table} WHERE {column} IS NOT NULL ORDER BY 1"
    return [r[0] for r in con.execute(sql)]


def speakers(con: sqlite3.Connection) -> list[Row]:
    return rows(
        con,
        """SELECT s.speaker_id AS id, COALESCE(ac.name, s.speaker_id) AS name, count(*) AS n
           FROM statements s LEFT JOIN actors ac ON ac.id = s.speaker_id
           WHERE s.speaker_id IS NOT NULL GROUP BY s.speaker_id ORDER BY name""",
    )


# --- paging and sorting ---------------------------------------------------------------------------------


@dataclass
class Page:
    """One page of a filtered, sorted listing: what the page shows is exactly what a download returns."""

    rows: list[Row]
    total: int
    page: int
    per_page: int
    sort: str
    order: str
    filters: dict[str, str] = field(default_factory=dict)

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.per_page))

    @property
    def first(self) -> int:
        return (self.page - 1) * self.per_page + 1 if self.rows else 0

    @property
    def last(self) -> int:
        return self.first + len(self.rows) - 1 if self.rows else 0

    def to_dict(self) -> Row:
        return {
            "total": self.total,
            "page": self.page,
            "per_page": self.per_page,
            "pages": self.pages,
            "sort": self.sort,
            "order": self.order,
            "filters": self.filters,
            "rows": self.rows,
        }


def _order(sorts: dict[str, str], sort: str, order: str, default: str, tiebreak: str) -> tuple[str, str, str]:
    key = sort if sort in sorts else default
    direction = "ASC" if order == "asc" else "DESC"
    return key, direction.lower(), f"{sorts[key]} {direction} NULLS LAST, {tiebreak}"


def _page(con, select: str, where: list[str], params: list, order_sql: str, page: int, per_page: int):
    clause = (" WHERE " + " AND ".join(where)) if where else ""
    total = con.execute(f"SELECT count(*) FROM ({select}{clause})", params).fetchone()[0]
    page = max(1, page)
    data = rows(
        con,
        f"{select}{clause} ORDER BY {order_sql} LIMIT ? OFFSET ?",
        [*params, per_page, (page - 1) * per_page],
    )
    return data, total, page


def _value_filters(where: list[str], params: list, pairs, pattern: str = "{}") -> None:
    """One `column op ?` condition per non-empty value; `pattern` shapes the parameter (e.g. LIKE)."""
    for value, sql in pairs:
        if value:
            where.append(sql)
            params.append(pattern.format(value))


def _date_filters(where: list[str], params: list, column: str, date_from: str, date_to: str) -> None:
    if date_from:
        where.append(f"substr({column}, 1, 10) >= ?")
        params.append(date_from)
    if date_to:
        where.append(f"substr({column}, 1, 10) <= ?")
        params.append(date_to)


# --- statements -----------------------------------------------------------------------------------------

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


# --- articles -------------------------------------------------------------------------------------------

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
    _attach_participants(con, events)
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


def _attach_participants(con: sqlite3.Connection, events: list[Row]) -> None:
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


# --- actors ---------------------------------------------------------------------------------------------

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
    _attach_participants(con, events)
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


# --- events and transfers -------------------------------------------------------------------------------

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
    _attach_participants(con, data)
    filters = {
        "category": category, "outlet": outlet, "actor": actor, "status": status, "claimed": claimed,
        "date_from": date_from, "date_to": date_to,
    }  # fmt: skip
    return Page(data, total, page, per_page, key, direction, {k: v for k, v in filters.items() if v})


TRANSFER_SORTS = {
    "date": "COALESCE(t.date_value, t.published)",
    "supplier": "t.supplier",
    "recipient": "t.recipient",
    "item": "t.item",
    "category": "t.item_category",
    "quantity": "t.quantity_value",
    "status": "t.status",
    "outlet": "t.outlet",
}

TRANSFER_COLUMNS = (
    "date", "supplier", "recipient", "item", "item_category", "quantity", "quantity_value", "provenance",
    "status", "claimed_by", "outlet", "published", "item_text", "event_id", "article_id",
)  # fmt: skip


def list_transfers(
    con: sqlite3.Connection,
    *,
    supplier: str = "",
    recipient: str = "",
    item_category: str = "",
    status: str = "",
    outlet: str = "",
    date_from: str = "",
    date_to: str = "",
    sort: str = "date",
    order: str = "desc",
    page: int = 1,
    per_page: int = 100,
) -> Page:
    """Arms transfers, one row per item, in the columns of a Kiel-Tracker / SIPRI-style table."""
    select = """SELECT COALESCE(t.date_value, substr(t.published, 1, 10)) AS date, t.supplier, t.recipient,
                       t.item, t.item_category, t.quantity, t.quantity_value, t.provenance, t.status,
                       sa.name AS claimed_by, t.outlet, t.published, t.item_text, t.event_id, t.article_id,
                       t.date_text, t.statement_id
                FROM transfers t LEFT JOIN statements st ON st.id = t.statement_id
                LEFT JOIN actors sa ON sa.id = st.speaker_id"""
    where: list[str] = []
    params: list = []
    like = ((supplier, "t.supplier LIKE ?"), (recipient, "t.recipient LIKE ?"))
    _value_filters(where, params, like, "%{}%")
    _value_filters(
        where,
        params,
        ((item_category, "t.item_category = ?"), (status, "t.status = ?"), (outlet, "t.outlet = ?")),
    )
    _date_filters(where, params, "COALESCE(t.date_value, t.published)", date_from, date_to)
    key, direction, order_sql = _order(TRANSFER_SORTS, sort, order, "date", "t.event_id, t.item")
    data, total, page = _page(con, select, where, params, order_sql, page, per_page)
    filters = {
        "supplier": supplier, "recipient": recipient, "item_category": item_category, "status": status,
        "outlet": outlet, "date_from": date_from, "date_to": date_to,
    }  # fmt: skip
    return Page(data, total, page, per_page, key, direction, {k: v for k, v in filters.items() if v})


# --- stories --------------------------------------------------------------------------------------------


def list_clusters(con: sqlite3.Connection, kind: str = "story") -> list[Row]:
    return rows(
        con,
        """SELECT cl.id, cl.kind, cl.label, cl.original_article_id, cl.first_date, cl.last_date,
                  count(m.article_id) AS articles, count(DISTINCT a.outlet) AS outlets,
                  group_concat(DISTINCT a.outlet) AS outlet_names
           FROM clusters cl LEFT JOIN cluster_members m ON m.cluster_id = cl.id
           LEFT JOIN articles a ON a.id = m.article_id
           WHERE cl.kind = ? GROUP BY cl.id ORDER BY cl.last_date DESC, articles DESC, cl.id""",
        (kind,),
    )


def story(con: sqlite3.Connection, cluster_id: str) -> Row | None:
    """A story's articles grouped by outlet, with who each outlet quoted and which framing cues it used."""
    cl = one(con, "SELECT * FROM clusters WHERE id = ?", (cluster_id,))
    if cl is None:
        return None
    members = rows(
        con,
        """SELECT a.id, a.outlet, a.published, a.title, m.similarity FROM cluster_members m
           JOIN articles a ON a.id = m.article_id WHERE m.cluster_id = ? ORDER BY a.outlet, a.published""",
        (cluster_id,),
    )
    ids = [m["id"] for m in members]
    marks = ",".join("?" * len(ids)) or "NULL"
    speakers = rows(
        con,
        f"""SELECT COALESCE(a.outlet, '') AS outlet, s.speaker_id,
                   COALESCE(ac.name, s.source_text, '(unattributed)') AS name,
                   count(*) AS n FROM statements s JOIN articles a ON a.id = s.article_id
            LEFT JOIN actors ac ON ac.id = s.speaker_id WHERE s.article_id IN ({marks})
            GROUP BY outlet, s.speaker_id, name ORDER BY outlet, n DESC, name""",
        ids,
    )
    cues = rows(
        con,
        f"""SELECT COALESCE(a.outlet, '') AS outlet, c.category, c.term, c.alternative, c.in_quote,
                   count(*) AS n
            FROM cues c JOIN articles a ON a.id = c.article_id WHERE c.article_id IN ({marks})
            GROUP BY outlet, c.category, c.term, c.in_quote ORDER BY outlet, n DESC, c.term""",
        ids,
    )
    events = rows(
        con,
        f"""SELECT COALESCE(a.outlet, '') AS outlet, e.category, count(*) AS n FROM events e
            JOIN articles a ON a.id = e.article_id WHERE e.article_id IN ({marks})
            GROUP BY outlet, e.category ORDER BY outlet, n DESC""",
        ids,
    )
    columns: dict[str, Row] = {}
    for m in members:
        col = columns.setdefault(
            m["outlet"] or "",
            {"outlet": m["outlet"] or "", "articles": [], "speakers": [], "cues": [], "events": []},
        )
        col["articles"].append(m)
    for name, data in (("speakers", speakers), ("cues", cues), ("events", events)):
        for r in data:
            if r["outlet"] in columns:
                columns[r["outlet"]][name].append(r)
    return {"cluster": cl, "members": members, "columns": list(columns.values())}


# --- network --------------------------------------------------------------------------------------------


def network_edges(con: sqlite3.Connection, kind: str, outlet: str = "") -> list[Row]:
    """Weighted edges for a graph kind: `quotes` outlet→speaker, `about` speaker→actor named in what they
    said, `acts` event source→target."""
    params: list = []
    outlet_sql = ""
    if outlet:
        outlet_sql = " AND a.outlet = ?"
        params.append(outlet)
    if kind == "quotes":
        sql = f"""SELECT 'outlet:' || a.outlet AS source, a.outlet AS source_name, 'outlet' AS source_type,
                         s.speaker_id AS target, COALESCE(ac.name, s.speaker_id) AS target_name,
                         ac.type AS target_type,
                         count(*) AS weight, group_concat(DISTINCT s.cue_lemma) AS label
                  FROM statements s JOIN articles a ON a.id = s.article_id
                  LEFT JOIN actors ac ON ac.id = s.speaker_id
                  WHERE s.speaker_id IS NOT NULL AND a.outlet IS NOT NULL{outlet_sql}
                  GROUP BY a.outlet, s.speaker_id"""
    elif kind == "about":
        sql = f"""SELECT s.speaker_id AS source, COALESCE(sp.name, s.speaker_id) AS source_name,
                         sp.type AS source_type,
                         m.actor_id AS target, COALESCE(ac.name, m.actor_id) AS target_name,
                         ac.type AS target_type,
                         count(DISTINCT s.id) AS weight, group_concat(DISTINCT s.cue_lemma) AS label
                  FROM statements s JOIN articles a ON a.id = s.article_id
                  JOIN statement_contents c ON c.statement_id = s.id
                  JOIN mentions m ON m.article_id = s.article_id AND m.start >= c.start AND m."end" <= c."end"
                  LEFT JOIN actors sp ON sp.id = s.speaker_id LEFT JOIN actors ac ON ac.id = m.actor_id
                  WHERE s.speaker_id IS NOT NULL AND m.actor_id IS NOT NULL
                    AND m.actor_id != s.speaker_id{outlet_sql}
                  GROUP BY s.speaker_id, m.actor_id"""
    elif kind == "acts":
        sql = f"""SELECT ps.actor_id AS source, COALESCE(sa.name, ps.actor_id) AS source_name,
                         sa.type AS source_type,
                         pt.actor_id AS target, COALESCE(ta.name, pt.actor_id) AS target_name,
                         ta.type AS target_type,
                         count(DISTINCT e.id) AS weight, group_concat(DISTINCT e.category) AS label
                  FROM events e JOIN articles a ON a.id = e.article_id
                  JOIN event_participants ps ON ps.event_id = e.id AND ps.role = 'source'
                  JOIN event_participants pt ON pt.event_id = e.id AND pt.role = 'target'
                  LEFT JOIN actors sa ON sa.id = ps.actor_id LEFT JOIN actors ta ON ta.id = pt.actor_id
                  WHERE ps.actor_id IS NOT NULL AND pt.actor_id IS NOT NULL
                    AND ps.actor_id != pt.actor_id{outlet_sql}
                  GROUP BY ps.actor_id, pt.actor_id"""
    else:
        raise ValueError(f"unknown network kind {kind!r}")
    return rows(con, sql + " ORDER BY weight DESC, source, target", params)
