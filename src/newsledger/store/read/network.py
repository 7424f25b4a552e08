"""Weighted edges for the network graphs (who quotes whom, who speaks about whom, who acts on whom)."""

from __future__ import annotations

import sqlite3

from .common import Row, rows


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
                  FROM statements_c s JOIN articles a ON a.id = s.article_id
                  LEFT JOIN actors_c ac ON ac.id = s.speaker_id
                  WHERE s.speaker_id IS NOT NULL AND a.outlet IS NOT NULL{outlet_sql}
                  GROUP BY a.outlet, s.speaker_id"""
    elif kind == "about":
        sql = f"""SELECT s.speaker_id AS source, COALESCE(sp.name, s.speaker_id) AS source_name,
                         sp.type AS source_type,
                         m.actor_id AS target, COALESCE(ac.name, m.actor_id) AS target_name,
                         ac.type AS target_type,
                         count(DISTINCT s.id) AS weight, group_concat(DISTINCT s.cue_lemma) AS label
                  FROM statements_c s JOIN articles a ON a.id = s.article_id
                  JOIN statement_contents c ON c.statement_id = s.id
                  JOIN mentions_c m
                    ON m.article_id = s.article_id AND m.start >= c.start AND m."end" <= c."end"
                  LEFT JOIN actors_c sp ON sp.id = s.speaker_id LEFT JOIN actors_c ac ON ac.id = m.actor_id
                  WHERE s.speaker_id IS NOT NULL AND m.actor_id IS NOT NULL
                    AND m.actor_id != s.speaker_id{outlet_sql}
                  GROUP BY s.speaker_id, m.actor_id"""
    elif kind == "acts":
        sql = f"""SELECT ps.actor_id AS source, COALESCE(sa.name, ps.actor_id) AS source_name,
                         sa.type AS source_type,
                         pt.actor_id AS target, COALESCE(ta.name, pt.actor_id) AS target_name,
                         ta.type AS target_type,
                         count(DISTINCT e.id) AS weight, group_concat(DISTINCT e.category) AS label
                  FROM events_c e JOIN articles a ON a.id = e.article_id
                  JOIN event_participants_c ps ON ps.event_id = e.id AND ps.role = 'source'
                  JOIN event_participants_c pt ON pt.event_id = e.id AND pt.role = 'target'
                  LEFT JOIN actors_c sa ON sa.id = ps.actor_id LEFT JOIN actors_c ta ON ta.id = pt.actor_id
                  WHERE ps.actor_id IS NOT NULL AND pt.actor_id IS NOT NULL
                    AND ps.actor_id != pt.actor_id{outlet_sql}
                  GROUP BY ps.actor_id, pt.actor_id"""
    else:
        raise ValueError(f"unknown network kind {kind!r}")
    return rows(con, sql + " ORDER BY weight DESC, source, target", params)
