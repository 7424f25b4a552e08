"""The ledger: each ArticleAnalysis as plain SQLite rows (readable as is in Datasette) plus its JSON.

The JSON in `analyses` is the lossless record (export, re-display); the tables are for querying. A
write is one transaction, so a reader (the web app, a second process) never sees half an article.
"""

from __future__ import annotations

import csv
import hashlib
import json
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal, TextIO

from ..model import Actor, Article, ArticleAnalysis, Event, Participant
from . import migrations, queries

WriteOutcome = Literal["new", "unchanged", "updated"]

#: Actor-id prefixes (the convention in `model.Actor`) and the type a placeholder row gets when an
#: analysis refers to an actor id without describing that actor.
# Gazetteer knowledge (known=1) wins over what NER guessed; among equals the latest write wins.
_UPSERT_ACTOR = """
INSERT INTO actors(id, name, type, country, sector, agent_of, known) VALUES (?, ?, ?, ?, ?, ?, ?)
ON CONFLICT(id) DO UPDATE SET
  name = CASE WHEN excluded.known >= actors.known THEN excluded.name ELSE actors.name END,
  type = CASE WHEN excluded.known >= actors.known THEN excluded.type ELSE actors.type END,
  country = CASE WHEN excluded.known >= actors.known THEN coalesce(excluded.country, actors.country)
                 ELSE coalesce(actors.country, excluded.country) END,
  sector = CASE WHEN excluded.known >= actors.known THEN coalesce(excluded.sector, actors.sector)
                ELSE coalesce(actors.sector, excluded.sector) END,
  agent_of = CASE WHEN excluded.known >= actors.known THEN coalesce(excluded.agent_of, actors.agent_of)
                  ELSE coalesce(actors.agent_of, excluded.agent_of) END,
  known = max(actors.known, excluded.known)
"""

_TYPE_OF_PREFIX = {
    "person": "person",
    "gov": "government",
    "state": "state",
    "mil": "military",
    "igo": "international_organisation",
    "org": "organisation",
    "media": "media",
}


class LedgerError(RuntimeError):
    """The ledger file cannot be used as asked (wrong schema version, read-only, missing)."""


class Ledger:
    """A SQLite ledger of analysed articles.

    `read_only=True` opens the file with `mode=ro`, so a reader (`serve`) can browse a ledger that
    `analyze` is writing to; WAL lets both proceed. `conn` is in autocommit mode (isolation_level
    None): code writing through it wraps its statements in BEGIN IMMEDIATE ... COMMIT itself.
    """

    def __init__(self, path: str | Path, *, read_only: bool = False) -> None:
        self.path = Path(path)
        self.read_only = read_only
        memory = str(path) == ":memory:"
        if read_only:
            if memory or not self.path.is_file():
                raise LedgerError(f"no ledger at {self.path}")
            target, uri = self.path.resolve().as_uri() + "?mode=ro", True
        else:
            if not memory:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            target, uri = str(path), False
        # isolation_level=None: we issue BEGIN/COMMIT ourselves, one explicit transaction per article.
        self.conn: sqlite3.Connection = sqlite3.connect(target, uri=uri, isolation_level=None, timeout=30)
        self.conn.row_factory = sqlite3.Row
        try:
            self.conn.execute("PRAGMA foreign_keys = ON")
            if read_only:
                self._check_version(migrations.current_version(self.conn))
            else:
                self.conn.execute("PRAGMA journal_mode = WAL")
                self.conn.execute("PRAGMA synchronous = NORMAL")
                have = migrations.current_version(self.conn)
                if have > migrations.latest_version():
                    self._check_version(have)
                migrations.migrate(self.conn)
        except BaseException:
            self.conn.close()
            raise

    def _check_version(self, have: int) -> None:
        latest = migrations.latest_version()
        if have == latest:
            return
        if have > latest:
            raise LedgerError(
                f"{self.path} has schema version {have}, newer than this newsledger ({latest}): upgrade it"
            )
        raise LedgerError(
            f"{self.path} has schema version {have} (current: {latest}); open it once for writing to upgrade"
        )

    # -- lifecycle ---------------------------------------------------------------------------------

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        return migrations.current_version(self.conn)

    # -- writing -----------------------------------------------------------------------------------

    def write(self, analysis: ArticleAnalysis) -> WriteOutcome:
        """Store one analysis in one transaction; identical analyses are left alone ("unchanged")."""
        if self.read_only:
            raise LedgerError(f"{self.path} is open read-only")
        article = analysis.article
        payload = analysis.to_json()
        conn = self.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            row = conn.execute("SELECT json FROM analyses WHERE article_id = ?", (article.id,)).fetchone()
            if row is not None and row[0] == payload:
                conn.execute("COMMIT")
                return "unchanged"
            # Rows refer to each other (actors to agents, events to statements); check at COMMIT.
            conn.execute("PRAGMA defer_foreign_keys = ON")
            existed = conn.execute("SELECT 1 FROM articles WHERE id = ?", (article.id,)).fetchone()
            if existed:
                self._delete_children(article.id)
            self._write_article(article, analysis.pipeline_version)
            conn.execute(
                "INSERT INTO analyses(article_id, json) VALUES (?, ?) "
                "ON CONFLICT(article_id) DO UPDATE SET json = excluded.json",
                (article.id, payload),
            )
            self._write_actors(analysis)
            self._write_rows(analysis)
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        return "updated" if existed else "new"

    def _delete_children(self, aid: str) -> None:
        # Events and cues point at statements, so they go first. Actors stay: other articles use them.
        for table in ("events", "cues", "statements", "mentions", "entities"):
            self.conn.execute(f"DELETE FROM {table} WHERE article_id = ?", (aid,))

    def _write_article(self, a: Article, pipeline_version: str | None) -> None:
        ts = a.title_span
        self.conn.execute(
            "INSERT INTO articles(id, outlet, url, title, published, language, authors, source_file, "
            "title_start, title_end, notes, text, pipeline_version, analyzed_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(id) DO UPDATE SET outlet = excluded.outlet, url = excluded.url, "
            "title = excluded.title, published = excluded.published, language = excluded.language, "
            "authors = excluded.authors, source_file = excluded.source_file, "
            "title_start = excluded.title_start, title_end = excluded.title_end, notes = excluded.notes, "
            "text = excluded.text, pipeline_version = excluded.pipeline_version, "
            "analyzed_at = excluded.analyzed_at",
            (
                a.id,
                a.outlet,
                a.url,
                a.title,
                a.published,
                a.language,
                json.dumps(a.authors, ensure_ascii=False),
                a.source_file,
                ts.start if ts else None,
                ts.end if ts else None,
                json.dumps(a.notes, ensure_ascii=False),
                a.text,
                pipeline_version,
                datetime.now(UTC).isoformat(timespec="seconds"),
            ),
        )

    def _write_actors(self, analysis: ArticleAnalysis) -> None:
        """Upsert actors by id, merging names, aliases and roles across articles."""
        conn = self.conn
        described = {a.id for a in analysis.actors + analysis.parents}
        for ref in sorted(_referenced_actor_ids(analysis) - described):
            prefix = ref.split(":", 1)[0]
            conn.execute(
                "INSERT OR IGNORE INTO actors(id, name, type, known) VALUES (?, ?, ?, 0)",
                (ref, ref.split(":", 1)[-1], _TYPE_OF_PREFIX.get(prefix, "organisation")),
            )
        for actor in analysis.actors + analysis.parents:
            self._upsert_actor(actor)

    def _upsert_actor(self, actor: Actor) -> None:
        conn = self.conn
        conn.execute(
            _UPSERT_ACTOR,
            (actor.id, actor.name, actor.type, actor.country, actor.sector, actor.agent_of, int(actor.known)),
        )
        conn.executemany(
            "INSERT OR IGNORE INTO actor_aliases(actor_id, alias) VALUES (?, ?)",
            [(actor.id, alias) for alias in actor.aliases],
        )
        for role in actor.roles:
            # `start` may be NULL, which a primary key does not deduplicate: match with IS.
            cur = conn.execute(
                "UPDATE actor_roles SET country = coalesce(country, ?), "
                'organisation = coalesce(organisation, ?), "end" = coalesce("end", ?) '
                "WHERE actor_id = ? AND title = ? AND start IS ?",
                (role.country, role.organisation, role.end, actor.id, role.title, role.start),
            )
            if cur.rowcount == 0:
                conn.execute(
                    'INSERT INTO actor_roles(actor_id, title, country, organisation, start, "end") '
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    (actor.id, role.title, role.country, role.organisation, role.start, role.end),
                )

    def _write_rows(self, analysis: ArticleAnalysis) -> None:
        conn = self.conn
        aid = analysis.article.id
        local_statements = {s.id for s in analysis.statements}

        def statement_ref(local: str | None) -> str | None:
            if local is None:
                return None
            if local in local_statements:
                return f"{aid}:{local}"
            if local.startswith(f"{aid}:") and local.split(":", 1)[1] in local_statements:
                return local
            return None  # a dangling reference stays in the JSON, not as a broken foreign key

        conn.executemany(
            'INSERT INTO entities(article_id, start, "end", text, label) VALUES (?, ?, ?, ?, ?)',
            [(aid, e.span.start, e.span.end, e.span.text, e.label) for e in analysis.entities],
        )
        conn.executemany(
            'INSERT INTO mentions(article_id, actor_id, start, "end", text, kind, ner_label) '
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (aid, m.actor_id, m.span.start, m.span.end, m.span.text, m.kind, m.ner_label)
                for m in analysis.mentions
            ],
        )
        for s in analysis.statements:
            sid = f"{aid}:{s.id}"
            src = s.source
            conn.execute(
                "INSERT INTO statements(id, article_id, local_id, kind, speaker_id, source_start, "
                "source_end, source_text, cue_start, cue_end, cue_text, cue_lemma, cue_stance, "
                "statement_class, content, method, confidence) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    sid,
                    aid,
                    s.id,
                    s.kind,
                    s.speaker,
                    src.start if src else None,
                    src.end if src else None,
                    src.text if src else None,
                    s.cue.start,
                    s.cue.end,
                    s.cue.text,
                    s.cue_lemma,
                    s.cue_stance,
                    s.statement_class,
                    " … ".join(c.text for c in s.content),
                    s.method,
                    s.confidence,
                ),
            )
            conn.executemany(
                'INSERT INTO statement_contents(statement_id, n, start, "end", text) VALUES (?, ?, ?, ?, ?)',
                [(sid, n, c.start, c.end, c.text) for n, c in enumerate(s.content)],
            )
        for ev in analysis.events:
            self._write_event(aid, ev, statement_ref(ev.statement_id))
        conn.executemany(
            "INSERT INTO cues(id, article_id, local_id, category, term, alternative, explanation, in_quote, "
            'speaker_id, statement_id, start, "end", text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
            [
                (
                    f"{aid}:{c.id}",
                    aid,
                    c.id,
                    c.category,
                    c.term,
                    c.alternative,
                    c.explanation,
                    int(c.in_quote),
                    c.speaker,
                    statement_ref(c.statement_id),
                    c.span.start,
                    c.span.end,
                    c.span.text,
                )
                for c in analysis.cues
            ],
        )

    def _write_event(self, aid: str, ev: Event, statement_id: str | None) -> None:
        eid = f"{aid}:{ev.id}"
        sent = ev.sentence
        self.conn.execute(
            "INSERT INTO events(id, article_id, local_id, category, mode, context, cameo, trigger_start, "
            "trigger_end, trigger_text, status, negated, modality, date_text, date_value, location_text, "
            "statement_id, sentence_start, sentence_end, confidence) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                eid,
                aid,
                ev.id,
                ev.category,
                ev.mode,
                ev.context,
                ev.cameo,
                ev.trigger.start,
                ev.trigger.end,
                ev.trigger.text,
                ev.status,
                int(ev.negated),
                ev.modality,
                ev.date.text if ev.date else None,
                ev.date_value,
                ev.location.text if ev.location else None,
                statement_id,
                sent.start if sent else None,
                sent.end if sent else None,
                ev.confidence,
            ),
        )

        def participant(role: str, p: Participant) -> tuple:
            sp = p.span
            if sp is None:
                return (eid, role, p.actor_id, None, None, None)
            return (eid, role, p.actor_id, sp.start, sp.end, sp.text)

        self.conn.executemany(
            'INSERT INTO event_participants(event_id, role, actor_id, start, "end", text) '
            "VALUES (?, ?, ?, ?, ?, ?)",
            [participant("source", p) for p in ev.sources] + [participant("target", p) for p in ev.targets],
        )
        self.conn.executemany(
            "INSERT INTO event_items(event_id, name, category, quantity, quantity_value, unit, provenance, "
            'start, "end", text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
            [
                (
                    eid,
                    it.name,
                    it.category,
                    it.quantity,
                    it.quantity_value,
                    it.unit,
                    it.provenance,
                    it.span.start,
                    it.span.end,
                    it.span.text,
                )
                for it in ev.items
            ],
        )

    # -- reading -----------------------------------------------------------------------------------

    def is_current(self, article_id: str, pipeline_version: str, *, article: Article | None = None) -> bool:
        """True when the stored analysis came from this pipeline version (and, given `article`, from
        an identical article record), so `analyze` may skip the NLP."""
        row = self.conn.execute(
            "SELECT a.pipeline_version, json_extract(an.json, '$.article') AS article "
            "FROM articles a JOIN analyses an ON an.article_id = a.id WHERE a.id = ?",
            (article_id,),
        ).fetchone()
        if row is None or row["pipeline_version"] != pipeline_version:
            return False
        return article is None or json.loads(row["article"]) == article.to_dict()

    def has_articles(self) -> bool:
        return self.conn.execute("SELECT 1 FROM articles LIMIT 1").fetchone() is not None

    def stored_records(self, article_ids: list[str]) -> Iterator[tuple[str, str | None, dict]]:
        """(id, pipeline version, article record) of those of `article_ids` the ledger holds, in
        chunks of 500 ids, so a run can tell which articles are current without one query each."""
        for start in range(0, len(article_ids), 500):
            chunk = article_ids[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            for row in self.conn.execute(
                "SELECT a.id, a.pipeline_version, json_extract(an.json, '$.article') AS article "
                f"FROM articles a JOIN analyses an ON an.article_id = a.id WHERE a.id IN ({marks})",
                chunk,
            ):
                yield row[0], row[1], json.loads(row[2])

    def content_digests(self) -> dict[str, object]:
        """Digests of every stored analysis (by article id) and every actor row, independent of when
        and in which order they were written: two runs over the same input must agree."""
        analyses = hashlib.sha256()
        n = 0
        for aid, text in self.conn.execute("SELECT article_id, json FROM analyses ORDER BY article_id"):
            analyses.update(aid.encode() + b"\0" + hashlib.sha256(text.encode()).digest())
            n += 1
        actors = hashlib.sha256()
        for row in self.conn.execute("SELECT * FROM actors ORDER BY id"):
            actors.update(repr(tuple(row)).encode())
        return {"analysed_articles": n, "analyses": analyses.hexdigest(), "actor_rows": actors.hexdigest()}

    def get_analysis(self, article_id: str) -> ArticleAnalysis | None:
        row = self.conn.execute("SELECT json FROM analyses WHERE article_id = ?", (article_id,)).fetchone()
        return ArticleAnalysis.from_json(row[0]) if row else None

    def find_article(self, prefix_or_path: str) -> str | None:
        """The article an id, unique id prefix (like git) or source file names; None if none or several."""
        ids = queries.matching_article_ids(self.conn, prefix_or_path)
        return ids[0] if len(ids) == 1 else None

    def articles(self, *, outlet: str | None = None, limit: int | None = None) -> list[sqlite3.Row]:
        """Newest first, with counts of what was found in each (see the `articles_view` view)."""
        return queries.list_articles(self.conn, outlet=outlet, limit=limit)

    def export(
        self, fmt: Literal["jsonl", "csv"], table: str = "statements", out: TextIO | None = None
    ) -> int:
        """Write `jsonl` (one whole ArticleAnalysis per line; `table` is ignored) or `csv` of a table or
        view; returns the number of records written."""
        if out is None:
            raise ValueError("export needs an output stream")
        if fmt == "jsonl":
            n = 0
            for row in self.conn.execute(
                "SELECT an.json FROM analyses an JOIN articles a ON a.id = an.article_id "
                "ORDER BY a.published NULLS LAST, a.id"
            ):
                out.write(row[0])
                out.write("\n")
                n += 1
            return n
        if fmt != "csv":
            raise ValueError(f"unknown export format {fmt!r}; choose jsonl or csv")
        name = queries.resolve_relation(self.conn, table)
        cur = self.conn.execute(f'SELECT * FROM "{name}"')
        writer = csv.writer(out)
        writer.writerow([d[0] for d in cur.description])
        n = 0
        for row in cur:
            writer.writerow(tuple(row))
            n += 1
        return n

    def counts(self) -> dict[str, int]:
        """Rows per main table, for summaries and tests."""
        names = ("articles", "actors", "entities", "mentions", "statements", "events", "cues")
        return {t: self.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in names}


def _referenced_actor_ids(analysis: ArticleAnalysis) -> set[str]:
    refs = analysis.named_actor_ids()
    refs |= {a.agent_of for a in analysis.actors + analysis.parents if a.agent_of}
    return refs
