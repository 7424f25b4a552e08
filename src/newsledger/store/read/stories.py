"""Story clusters, and one story side by side per outlet."""

from __future__ import annotations

import sqlite3

from .common import Row, one, rows


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
        """SELECT a.id, a.outlet, a.published, a.title, a.source_file, m.similarity FROM cluster_members m
           JOIN articles a ON a.id = m.article_id WHERE m.cluster_id = ? ORDER BY a.outlet, a.published""",
        (cluster_id,),
    )
    ids = [m["id"] for m in members]
    marks = ",".join("?" * len(ids)) or "NULL"
    speakers = rows(
        con,
        f"""SELECT COALESCE(a.outlet, '') AS outlet, s.speaker_id,
                   COALESCE(ac.name, s.source_text, '(unattributed)') AS name,
                   count(*) AS n FROM statements_c s JOIN articles a ON a.id = s.article_id
            LEFT JOIN actors_c ac ON ac.id = s.speaker_id WHERE s.article_id IN ({marks})
            GROUP BY outlet, s.speaker_id, name ORDER BY outlet, n DESC, name""",
        ids,
    )
    cues = rows(
        con,
        f"""SELECT COALESCE(a.outlet, '') AS outlet, c.category, c.term, c.alternative, c.in_quote,
                   count(*) AS n
            FROM cues_c c JOIN articles a ON a.id = c.article_id WHERE c.article_id IN ({marks})
            GROUP BY outlet, c.category, c.term, c.in_quote ORDER BY outlet, n DESC, c.term""",
        ids,
    )
    events = rows(
        con,
        f"""SELECT COALESCE(a.outlet, '') AS outlet, e.category, count(*) AS n FROM events_c e
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


def resolve_cluster(con: sqlite3.Connection, ref: str) -> list[str]:
    """Clusters a reference names: an id, or a prefix of it or of the part after its kind ("story-3f2a"
    or "3f2a"), as `newsledger stories` prints them."""
    found = con.execute(
        "SELECT id FROM clusters WHERE substr(id, 1, ?) = ? OR substr(id, instr(id, '-') + 1, ?) = ? "
        "ORDER BY id LIMIT 20",
        (len(ref), ref, len(ref), ref),
    ).fetchall()
    return [r[0] for r in found]
