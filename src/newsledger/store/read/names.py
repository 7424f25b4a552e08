"""Actors by the names people type: "Lavrov", "Russia" or an id such as gov:RUS, for filters and suggestions.

Every listing filters on actors through here, so the web app and the CLI resolve a name the same way, and
an actor merged into another (a correction) is found under either id.
"""

from __future__ import annotations

import sqlite3

from .common import Row, rows


def _like(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def find_actors(con: sqlite3.Connection, text: str, limit: int = 20, *, exact: bool = False) -> list[Row]:
    """Actors `text` names, best first: an exact id (a merged-away id gives the actor kept); else every
    actor whose name or alias is the text or contains it, or whose id starts with it (case-insensitive),
    gazetteer actors first, then the most mentioned. `exact` stops at exact names and aliases when there are
    any (for corrections, which must name one actor)."""
    text = text.strip()
    if not text:
        return []
    exact_id = rows(
        con,
        """SELECT ac.id, ac.name, ac.type FROM actors_c ac
           WHERE ac.id = COALESCE((SELECT canonical FROM actor_merges WHERE id = ?), ?)""",
        (text, text),
    )
    if exact_id:
        return exact_id
    like = _like(text)
    found = rows(
        con,
        """SELECT ac.id, ac.name, ac.type, ac.known,
                  (ac.name = ? COLLATE NOCASE OR ac.id IN
                     (SELECT actor_id FROM actor_aliases_c WHERE alias = ? COLLATE NOCASE)) AS exact
           FROM actors_c ac
           WHERE substr(ac.id, 1, ?) = ? OR ac.name LIKE ? ESCAPE '\\'
              OR ac.id IN (SELECT actor_id FROM actor_aliases_c WHERE alias LIKE ? ESCAPE '\\')
           LIMIT 200""",
        (text, text, len(text), text, like, like),
    )
    if exact and any(r["exact"] for r in found):
        found = [r for r in found if r["exact"]]
    for r in found:  # how often each is mentioned, through the index, to put the one meant first
        r["weight"] = con.execute(
            "SELECT count(*) FROM mentions WHERE actor_id IN (SELECT ? UNION SELECT id FROM actor_merges "
            "WHERE canonical = ?)",
            (r["id"], r["id"]),
        ).fetchone()[0]
    found.sort(key=lambda r: (-r["known"], -r["weight"], -r["exact"], r["name"]))
    return [{"id": r["id"], "name": r["name"], "type": r["type"]} for r in found[:limit]]


def suggest(con: sqlite3.Connection, text: str, limit: int = 12) -> list[Row]:
    """Suggestions for a name field as the user types: actors whose name, alias or id contains the text,
    with how often each speaks and is mentioned (so the one meant is easy to pick)."""
    found = find_actors(con, text, limit=limit) if text.strip() else []
    for r in found:
        ids = expand(con, [r["id"]])
        marks = ", ".join("?" * len(ids))
        r["statements"] = con.execute(
            f"SELECT count(*) FROM statements_c WHERE speaker_raw IN ({marks})", ids
        ).fetchone()[0]
        r["mentions"] = con.execute(
            f"SELECT count(*) FROM mentions_c WHERE actor_raw IN ({marks})", ids
        ).fetchone()[0]
    return found


def expand(con: sqlite3.Connection, ids: list[str]) -> list[str]:
    """The ids and every id merged into them: the raw ids an indexed filter has to match."""
    if not ids:
        return []
    marks = ", ".join("?" * len(ids))
    merged = [r[0] for r in con.execute(f"SELECT id FROM actor_merges WHERE canonical IN ({marks})", ids)]
    return list(dict.fromkeys([*ids, *merged]))


def actor_condition(
    con: sqlite3.Connection, text: str, column: str, what: str = "actor"
) -> tuple[tuple[str, list], list[str], list[Row]]:
    """A filter on actors named by `text`: (SQL condition on the raw-id `column`, notices, the actors
    matched). Nothing matched gives a condition that is never true and a notice saying so; several give
    all of them and a notice listing them, so the user can pick one."""
    found = find_actors(con, text)
    if not found:
        return ("0", []), [f"No {what} matches “{text}”."], []
    notices = []
    if len(found) > 1:
        names = ", ".join(r["name"] for r in found[:8]) + ("…" if len(found) > 8 else "")
        notices.append(
            f"“{text}” matches {len(found)} actors ({names}); showing all of them, pick one to narrow."
        )
    ids = expand(con, [r["id"] for r in found])
    return (f"{column} IN ({', '.join('?' * len(ids))})", ids), notices, found
