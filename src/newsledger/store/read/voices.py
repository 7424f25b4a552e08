"""Corpus-wide views of who gets a voice: who is quoted over time, and each outlet's share of voices by
actor, country or type of actor (the views Media Cloud and the Gender Gap Tracker give their users)."""

from __future__ import annotations

import sqlite3

from .common import InvalidInput, Row, check_choice, rows
from .statements import ALL, DEFAULT_CLASSES

UNITS = {"month": 7, "year": 4, "day": 10}
#: Groupings of speakers for the per-outlet shares: SQL for the group's key and its readable label.
GROUPS = {
    "actor": ("s.speaker_id", "COALESCE(ac.name, s.speaker_id)"),
    "country": ("COALESCE(ac.country, '')", "COALESCE(ac.country, '(no country)')"),
    "type": ("COALESCE(ac.type, '')", "COALESCE(ac.type, '(unknown type)')"),
}
OTHERS = "(others)"
UNATTRIBUTED = "(unattributed)"


def _class_sql(statement_class: str) -> tuple[str, list[str]]:
    if statement_class == ALL:
        return "", []
    parts = [c for c in statement_class.split(",") if c]
    return f" AND s.statement_class IN ({', '.join('?' * len(parts))})", parts


def quoted_over_time(
    con: sqlite3.Connection, *, unit: str = "month", top: int = 8, statement_class: str = DEFAULT_CLASSES
) -> list[Row]:
    """Statements per period for the `top` most quoted speakers (the rest as "(others)"), oldest first:
    rows of period, speaker_id, speaker, statements."""
    if unit not in UNITS:
        raise InvalidInput(f"unit must be one of {', '.join(UNITS)}, not {unit!r}")
    if not 1 <= top <= 30:
        raise InvalidInput(f"top must be from 1 to 30, not {top}")
    cls, params = _class_sql(statement_class)
    n = UNITS[unit]
    return rows(
        con,
        f"""WITH said AS (
              SELECT substr(a.published, 1, {n}) AS period, s.speaker_id
              FROM statements_c s JOIN articles a ON a.id = s.article_id
              WHERE a.published IS NOT NULL AND a.published != '' AND s.speaker_id IS NOT NULL{cls}),
            leaders AS (SELECT speaker_id FROM said GROUP BY speaker_id
                        ORDER BY count(*) DESC, speaker_id LIMIT ?)
            SELECT period, CASE WHEN l.speaker_id IS NULL THEN NULL ELSE said.speaker_id END AS speaker_id,
                   CASE WHEN l.speaker_id IS NULL THEN '{OTHERS}' ELSE COALESCE(ac.name, said.speaker_id) END
                     AS speaker,
                   count(*) AS statements
            FROM said LEFT JOIN leaders l ON l.speaker_id = said.speaker_id
            LEFT JOIN actors_c ac ON ac.id = said.speaker_id
            GROUP BY period, 2, 3 ORDER BY period, statements DESC""",
        [*params, top],
    )


def voices_by_outlet(
    con: sqlite3.Connection, *, by: str = "actor", top: int = 8, statement_class: str = DEFAULT_CLASSES
) -> list[Row]:
    """Per outlet, the share of its statements each group of speakers has (the `top` groups over the whole
    corpus, the rest as "(others)", statements without a speaker as "(unattributed)"): rows of outlet,
    group_id, group, statements, share (0-1 of the outlet's statements)."""
    check_choice("by", by, tuple(GROUPS))
    if not 1 <= top <= 30:
        raise InvalidInput(f"top must be from 1 to 30, not {top}")
    key, label = GROUPS[by]
    cls, params = _class_sql(statement_class)
    data = rows(
        con,
        f"""WITH said AS (
              SELECT COALESCE(a.outlet, '') AS outlet,
                     CASE WHEN s.speaker_id IS NULL THEN NULL ELSE {key} END AS gid,
                     CASE WHEN s.speaker_id IS NULL THEN '{UNATTRIBUTED}' ELSE {label} END AS glabel
              FROM statements_c s JOIN articles a ON a.id = s.article_id
              LEFT JOIN actors_c ac ON ac.id = s.speaker_id WHERE 1{cls}),
            leaders AS (SELECT gid FROM said WHERE gid IS NOT NULL GROUP BY gid
                        ORDER BY count(*) DESC, gid LIMIT ?)
            SELECT outlet, CASE WHEN said.gid IS NULL OR l.gid IS NOT NULL THEN said.gid END AS group_id,
                   CASE WHEN said.gid IS NULL OR l.gid IS NOT NULL THEN glabel ELSE '{OTHERS}' END AS "group",
                   count(*) AS statements
            FROM said LEFT JOIN leaders l ON l.gid = said.gid
            GROUP BY outlet, 2, 3 ORDER BY outlet, statements DESC""",
        [*params, top],
    )
    totals: dict[str, int] = {}
    for r in data:
        totals[r["outlet"]] = totals.get(r["outlet"], 0) + r["statements"]
    for r in data:
        r["share"] = round(r["statements"] / totals[r["outlet"]], 4)
    return data
