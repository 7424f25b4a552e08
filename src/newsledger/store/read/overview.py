"""Corpus totals and the overview page's tables: per outlet, per day, top speakers and actors."""

from __future__ import annotations

import re
import sqlite3

from .common import Row, rows


def counts(con: sqlite3.Connection) -> Row:
    # Fixed names: the articles table and the corrected views of the others.
    names = ("articles", "statements_c", "actors_c", "mentions_c", "events_c", "cues_c")
    out = {n.removesuffix("_c"): con.execute(f"SELECT count(*) FROM {n}").fetchone()[0] for n in names}
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
            f"SELECT COALESCE(a.outlet, '') AS outlet, count(*) AS n FROM {table}_c x "
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
           FROM statements_c s JOIN articles a ON a.id = s.article_id
           LEFT JOIN actors_c ac ON ac.id = s.speaker_id
           WHERE s.speaker_id IS NOT NULL GROUP BY s.speaker_id ORDER BY statements DESC, ac.name LIMIT ?""",
        (limit,),
    )


def top_actors(con: sqlite3.Connection, limit: int = 10) -> list[Row]:
    return rows(
        con,
        """SELECT m.actor_id AS id, ac.name, ac.type, count(*) AS mentions,
                  count(DISTINCT m.article_id) AS articles
           FROM mentions_c m LEFT JOIN actors_c ac ON ac.id = m.actor_id
           WHERE m.actor_id IS NOT NULL GROUP BY m.actor_id ORDER BY mentions DESC, ac.name LIMIT ?""",
        (limit,),
    )


def outlets(con: sqlite3.Connection) -> list[str]:
    return [
        r[0] for r in con.execute("SELECT DISTINCT outlet FROM articles WHERE outlet IS NOT NULL ORDER BY 1")
    ]


def distinct(con: sqlite3.Connection, table: str, column: str) -> list[str]:
    """Values for a filter drop-down; `table`/`column` come from code, never from a request (use the
    corrected views, e.g. events_c, where a correction can remove rows)."""
    assert re.fullmatch(r"\w+", table) and re.fullmatch(r"\w+", column)
    sql = f"SELECT DISTINCT {column} FROM {table} WHERE {column} IS NOT NULL ORDER BY 1"
    return [r[0] for r in con.execute(sql)]


def speakers(con: sqlite3.Connection) -> list[Row]:
    return rows(
        con,
        """SELECT s.speaker_id AS id, COALESCE(ac.name, s.speaker_id) AS name, count(*) AS n
           FROM statements_c s LEFT JOIN actors_c ac ON ac.id = s.speaker_id
           WHERE s.speaker_id IS NOT NULL GROUP BY s.speaker_id ORDER BY name""",
    )
