"""Corrections people make to what the pipeline found: merge two actors, rename one, flag an extraction as
wrong, and undo any of these.

A correction is one row in the `corrections` table; nothing else is changed. The `*_c` views apply the
active ones on every read, so a correction holds for every page, download and export, and still holds
after `analyze` stores a new analysis of the article (a flag names its extraction by article and span,
which survive re-analysis, not by row id, which does not).
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

from .queries import matching_article_ids
from .read import find_actors, rows

ACTIONS = ("merge", "rename", "flag")
#: What `flag` accepts, with the raw table and the columns that name an extraction across re-analyses.
FLAGGABLE: dict[str, tuple[str, str, str, str, str]] = {
    # type: (table, start column, end column, label column or NULL, text column)
    "statement": ("statements", "cue_start", "cue_end", "NULL", "content"),
    "event": ("events", "trigger_start", "trigger_end", "category", "trigger_text"),
    "cue": ("cues", "start", '"end"', "category", "text"),
    "mention": ("mentions", "start", '"end"', "NULL", "text"),
}


class CorrectionError(ValueError):
    """A correction that cannot be made as asked; the message says why and what to give instead."""


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _one_actor(conn: sqlite3.Connection, ref: str) -> dict:
    found = find_actors(conn, ref, exact=True)
    if not found:
        raise CorrectionError(f"no actor matches {ref!r}")
    if len(found) > 1:
        names = "; ".join(f"{r['name']} ({r['id']})" for r in found[:8])
        raise CorrectionError(f"{ref!r} matches {len(found)} actors: {names}; give the id")
    return found[0]


#: The active merges followed to the actor finally kept; what `actor_merges` holds.
RESOLVE_MERGES = """
WITH RECURSIVE m(from_id, to_id) AS (
    SELECT target_id, value FROM corrections WHERE action = 'merge' AND undone_at IS NULL
), chain(id, canonical, depth) AS (
    SELECT from_id, to_id, 1 FROM m
    UNION ALL
    SELECT chain.id, m.to_id, chain.depth + 1 FROM chain JOIN m ON m.from_id = chain.canonical
    WHERE chain.depth < 64
)
SELECT id, canonical FROM chain WHERE canonical NOT IN (SELECT from_id FROM m)
"""


#: The latest active rename of each actor; what `actor_renames` holds.
LATEST_RENAMES = """
SELECT target_id, value FROM corrections k
WHERE action = 'rename' AND undone_at IS NULL
  AND id = (SELECT max(id) FROM corrections k2
            WHERE k2.action = 'rename' AND k2.undone_at IS NULL AND k2.target_id = k.target_id)
"""


def refresh_derived(conn: sqlite3.Connection) -> None:
    """Rebuild `actor_merges` and `actor_renames` from the corrections (inside the caller's transaction):
    indexed tables the corrected views read, so corrections cost reads almost nothing."""
    conn.execute("DELETE FROM actor_merges")
    conn.execute(f"INSERT OR REPLACE INTO actor_merges(id, canonical) {RESOLVE_MERGES}")
    conn.execute("DELETE FROM actor_renames")
    conn.execute(f"INSERT OR REPLACE INTO actor_renames(id, name) {LATEST_RENAMES}")


def _insert(conn: sqlite3.Connection, **values: object) -> int:
    values.setdefault("created_at", _now())
    cols = ", ".join(f'"{k}"' for k in values)
    marks = ", ".join("?" for _ in values)
    conn.execute("BEGIN IMMEDIATE")
    try:
        cur = conn.execute(f"INSERT INTO corrections({cols}) VALUES ({marks})", list(values.values()))
        refresh_derived(conn)
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return int(cur.lastrowid or 0)


def merge(conn: sqlite3.Connection, source: str, into: str, note: str | None = None) -> int:
    """Merge actor `source` into actor `into` (names, aliases or ids); returns the correction's number.
    Everything said by, of or about `source` is then read as `into`, and its name becomes an alias."""
    a, b = _one_actor(conn, source), _one_actor(conn, into)
    if a["id"] == b["id"]:
        raise CorrectionError(f"{source!r} and {into!r} are the same actor ({a['id']})")
    return _insert(conn, action="merge", target_type="actor", target_id=a["id"], value=b["id"], note=note)


def rename(conn: sqlite3.Connection, actor: str, name: str, note: str | None = None) -> int:
    """Give an actor a new display name; the old one stays findable as an alias."""
    name = name.strip()
    if not name:
        raise CorrectionError("the new name is empty")
    ac = _one_actor(conn, actor)
    return _insert(
        conn,
        action="rename",
        target_type="actor",
        target_id=ac["id"],
        value=name,
        previous=ac["name"],
        note=note,
    )


def _extraction_id(conn: sqlite3.Connection, target_type: str, ref: str) -> str:
    """A statement/event/cue id as printed (`<article id or prefix>:S3`), or a mention's number."""
    ref = ref.strip()
    if target_type == "mention" or ":" not in ref:
        return ref
    article, local = ref.rsplit(":", 1)
    found = matching_article_ids(conn, article)
    if len(found) > 1:
        raise CorrectionError(f"article {article!r} matches {len(found)} articles; give a longer id prefix")
    return f"{found[0]}:{local}" if found else ref


def flag(conn: sqlite3.Connection, target_type: str, ref: str, note: str | None = None) -> int:
    """Mark an extraction as wrong: it disappears from every corrected view, now and after re-analysis."""
    if target_type not in FLAGGABLE:
        raise CorrectionError(f"cannot flag a {target_type!r}; choose from {', '.join(FLAGGABLE)}")
    table, start, end, label, text = FLAGGABLE[target_type]
    rid = _extraction_id(conn, target_type, ref)
    row = conn.execute(
        f"SELECT id, article_id, {start} AS start, {end} AS stop, {label} AS label, {text} AS text "
        f"FROM {table} WHERE id = ?",
        (rid,),
    ).fetchone()
    if row is None:
        raise CorrectionError(f"no {target_type} {ref!r} in the ledger")
    return _insert(
        conn, action="flag", target_type=target_type, target_id=str(row[0]), article_id=row[1], start=row[2],
        end=row[3], label=row[4], text=row[5], note=note,
    )  # fmt: skip


def undo(conn: sqlite3.Connection, number: int) -> dict:
    """Withdraw correction `number` (it stays in the table, marked undone); returns it."""
    found = list_corrections(conn, number=number)
    if not found:
        raise CorrectionError(f"no correction {number}")
    if found[0]["undone_at"]:
        raise CorrectionError(f"correction {number} was already undone")
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute("UPDATE corrections SET undone_at = ? WHERE id = ?", (_now(), number))
        refresh_derived(conn)
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return list_corrections(conn, number=number)[0]


def list_corrections(
    conn: sqlite3.Connection, *, include_undone: bool = True, number: int | None = None
) -> list[dict]:
    """Corrections newest first, with the actors' names (as they read now) for people to check."""
    where, params = [], []
    if not include_undone:
        where.append("k.undone_at IS NULL")
    if number is not None:
        where.append("k.id = ?")
        params.append(number)
    clause = (" WHERE " + " AND ".join(where)) if where else ""
    return rows(
        conn,
        f"""SELECT k.*, COALESCE(t.name, k.previous) AS target_name, v.name AS value_name,
                   a.title AS article_title
            FROM corrections k
            LEFT JOIN actors t ON k.target_type = 'actor' AND t.id = k.target_id
            LEFT JOIN actors_c v ON k.action = 'merge' AND v.id = k.value
            LEFT JOIN articles a ON a.id = k.article_id{clause}
            ORDER BY k.id DESC""",
        params,
    )


def describe(c: dict, *, ids: bool = True) -> str:
    """One line for a correction: with ids for `correct list` (they can be typed back), names only for the
    web app."""

    def actor(name: str | None, aid: str) -> str:
        return f"{name or aid} ({aid})" if ids else (name or aid.split(":", 1)[-1])

    if c["action"] == "merge":
        what = f"merge {actor(c['target_name'], c['target_id'])} into {actor(c['value_name'], c['value'])}"
    elif c["action"] == "rename":
        what = f"rename {actor(c['previous'], c['target_id'])} to {c['value']}"
    else:
        text = (c["text"] or "").replace("\n", " ")
        text = text if len(text) <= 60 else text[:59] + "…"
        what = f"flag {c['target_type']}{' ' + c['target_id'] if ids else ''} “{text}” as wrong"
    return what + (f" — {c['note']}" if c["note"] else "") + (" (undone)" if c["undone_at"] else "")
