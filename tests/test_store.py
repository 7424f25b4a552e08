"""The SQLite ledger: round trip, idempotency, updates, atomicity, read-only mode, migrations, export."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import sqlite3

import pytest

from newsledger.model import Actor, Article, ArticleAnalysis, Mention, Role, Span, Statement
from newsledger.store import Ledger, LedgerError, migrations, queries
from newsledger.store import ledger as ledger_module
from test_store_samples import TEXT, at, sample_analysis


@pytest.fixture
def ledger(tmp_path):
    with Ledger(tmp_path / "ledger.db") as led:
        yield led


def rows(led: Ledger, sql: str, *params) -> list[dict]:
    return [dict(r) for r in led.conn.execute(sql, params)]


def dump_hash(led: Ledger) -> str:
    """Every row of every table (analyzed_at included), so 'nothing changed' can be checked exactly."""
    return hashlib.sha256("\n".join(led.conn.iterdump()).encode()).hexdigest()


def test_new_ledger_has_schema_version_wal_and_foreign_keys(ledger):
    latest = migrations.latest_version()
    versions = rows(ledger, "SELECT version FROM schema_version")
    assert versions == [{"version": v} for v in range(1, latest + 1)]
    assert ledger.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert ledger.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_round_trip_fills_every_table(ledger):
    analysis = sample_analysis()
    aid = analysis.article.id
    assert ledger.write(analysis) == "new"
    assert ledger.get_analysis(aid) == analysis

    (art,) = rows(ledger, "SELECT * FROM articles")
    assert art["title"] == "Freedonia pledges armour to Sylvania"
    assert (art["title_start"], art["title_end"]) == (0, 36)
    assert json.loads(art["authors"]) == ["A. Writer"] and json.loads(art["notes"]) == ["decoded as UTF-8"]
    assert art["text"] == TEXT and art["pipeline_version"] == "test-1"

    assert ledger.counts() == {
        "articles": 1,
        "actors": 4,
        "entities": 3,
        "mentions": 5,
        "statements": 2,
        "events": 1,
        "cues": 2,
    }
    assert rows(ledger, 'SELECT text, label, start, "end" FROM entities WHERE label = ?', "PERSON") == [
        {
            "text": "Rufus Firefly",
            "label": "PERSON",
            "start": TEXT.index("Rufus"),
            "end": TEXT.index(", said"),
        }
    ]
    s1, s2 = rows(ledger, "SELECT * FROM statements ORDER BY id")
    assert s1["id"] == f"{aid}:S1" and s1["local_id"] == "S1"
    assert (s1["source_text"], s1["cue_text"], s1["speaker_id"]) == (
        "Rufus Firefly",
        "said",
        "person:rufus-firefly",
    )
    assert s1["content"] == "his government would send 40 armoured vehicles to Sylvania"
    assert s2["content"] == "We will not wait … any longer" and s2["kind"] == "direct"
    assert rows(
        ledger, "SELECT n, text FROM statement_contents WHERE statement_id = ? ORDER BY n", s2["id"]
    ) == [
        {"n": 0, "text": "We will not wait"},
        {"n": 1, "text": "any longer"},
    ]
    (ev,) = rows(ledger, "SELECT * FROM events")
    assert ev["statement_id"] == f"{aid}:S1" and ev["trigger_text"] == "send" and ev["date_text"] == "Tuesday"
    assert rows(ledger, "SELECT role, actor_id, text FROM event_participants ORDER BY role") == [
        {"role": "source", "actor_id": "gov:FRE", "text": "his government"},
        {"role": "target", "actor_id": "state:SYL", "text": "Sylvania"},
    ]
    (transfer,) = rows(
        ledger, "SELECT supplier, recipient, item, quantity_value, status, claimed FROM transfers"
    )
    assert transfer == {
        "supplier": "Government of Freedonia",
        "recipient": "Sylvania",
        "item": "armoured vehicle",
        "quantity_value": 40,
        "status": "pledged",
        "claimed": 1,
    }
    assert rows(ledger, "SELECT local_id, in_quote, speaker_id, statement_id FROM cues ORDER BY id") == [
        {"local_id": "C1", "in_quote": 0, "speaker_id": None, "statement_id": None},
        {"local_id": "C2", "in_quote": 1, "speaker_id": "person:rufus-firefly", "statement_id": f"{aid}:S2"},
    ]
    firefly = rows(ledger, "SELECT * FROM actors_view WHERE id = 'person:rufus-firefly'")[0]
    assert (
        firefly["aliases"] == "Firefly; Rufus Firefly"
        and firefly["roles"] == "Minister of Defence (FRE) 2020"
    )
    assert (firefly["agent_of"], firefly["known"], firefly["mentions"], firefly["statements"]) == (
        "gov:FRE",
        1,
        2,
        2,
    )
    # Referred to by a mention but never described: a placeholder row keeps the foreign key whole.
    assert rows(ledger, "SELECT name, type, known FROM actors WHERE id = 'gov:SYL'") == [
        {"name": "SYL", "type": "government", "known": 0}
    ]
    assert ledger.conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_full_text_search_finds_statement_content_and_article_text(ledger):
    analysis = sample_analysis()
    ledger.write(analysis)
    hits = queries.search_statements(ledger.conn, "armoured vehicles")
    assert [h["id"] for h in hits] == [f"{analysis.article.id}:S1"]
    assert queries.search_statements(ledger.conn, "reporters") == []  # in the text, not in a statement
    assert [a["id"] for a in queries.search_articles(ledger.conn, "reporters")] == [analysis.article.id]


def test_second_write_is_unchanged_and_touches_nothing(ledger):
    analysis = sample_analysis()
    assert ledger.write(analysis) == "new"
    before = dump_hash(ledger), ledger.counts()
    assert ledger.write(sample_analysis()) == "unchanged"
    assert (dump_hash(ledger), ledger.counts()) == before


def test_update_rewrites_the_article_and_keeps_shared_actors(ledger):
    first = sample_analysis()
    aid = first.article.id
    ledger.write(first)
    second = first.model_copy(deep=True)
    second.statements = [second.statements[1]]  # S1 dropped; events/cues no longer point at it
    second.events[0].statement_id = None
    second.actors = [a for a in second.actors if a.id != "state:SYL"]
    second.actors[0] = second.actors[0].model_copy(update={"aliases": ["Minister Firefly"]})
    second.events[0].targets = []
    second.mentions = [m for m in second.mentions if m.actor_id != "state:SYL"]
    assert ledger.write(second) == "updated"

    assert ledger.get_analysis(aid) == second
    assert [r["id"] for r in rows(ledger, "SELECT id FROM statements")] == [f"{aid}:S2"]
    assert queries.search_statements(ledger.conn, "armoured") == []
    assert rows(ledger, "SELECT statement_id FROM events") == [{"statement_id": None}]
    assert rows(ledger, "SELECT count(*) AS n FROM event_participants") == [{"n": 1}]
    # Actors are shared by articles: a changed article never deletes them, and aliases accumulate.
    assert rows(ledger, "SELECT id FROM actors WHERE id = 'state:SYL'") == [{"id": "state:SYL"}]
    assert [
        r["alias"]
        for r in rows(
            ledger,
            "SELECT alias FROM actor_aliases WHERE actor_id = ? ORDER BY alias",
            "person:rufus-firefly",
        )
    ] == ["Firefly", "Minister Firefly", "Rufus Firefly"]
    assert (
        ledger.counts()["articles"] == 1 and ledger.conn.execute("PRAGMA foreign_key_check").fetchall() == []
    )


def test_actors_merge_across_articles(ledger):
    ledger.write(sample_analysis())
    other_text = "Firefly met envoys in Sylvania.\n"
    other = ArticleAnalysis(
        article=Article.create(other_text, outlet="Other Daily"),
        actors=[
            # NER-only knowledge must not overwrite the gazetteer's name; new aliases and roles are added.
            Actor(
                id="person:rufus-firefly",
                name="Firefly",
                type="person",
                aliases=["Firefly", "R. Firefly"],
                roles=[
                    Role(title="Minister of Defence", country="FRE", start="2020", end="2025"),
                    Role(title="Envoy"),
                ],
            ),
        ],
    )
    ledger.write(other)
    ledger.write(other.model_copy(update={"pipeline_version": "test-2"}))  # same role (start NULL) again
    assert rows(ledger, "SELECT name, known, country FROM actors WHERE id = 'person:rufus-firefly'") == [
        {"name": "Rufus Firefly", "known": 1, "country": "FRE"}
    ]
    assert rows(
        ledger, "SELECT alias FROM actor_aliases WHERE actor_id = 'person:rufus-firefly' ORDER BY alias"
    ) == [{"alias": "Firefly"}, {"alias": "R. Firefly"}, {"alias": "Rufus Firefly"}]
    assert rows(ledger, 'SELECT title, start, "end" FROM actor_roles ORDER BY title') == [
        {"title": "Envoy", "start": None, "end": None},
        {"title": "Minister of Defence", "start": "2020", "end": "2025"},
    ]


def test_failed_write_leaves_no_trace(ledger, monkeypatch):
    analysis = sample_analysis()

    def broken(self, aid, ev, statement_id):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(ledger_module.Ledger, "_write_event", broken)
    with pytest.raises(RuntimeError, match="disk on fire"):
        ledger.write(analysis)
    assert not ledger.conn.in_transaction
    assert ledger.counts() == dict.fromkeys(ledger.counts(), 0)
    assert rows(ledger, "SELECT count(*) AS n FROM analyses") == [{"n": 0}]
    assert queries.search_statements(ledger.conn, "armoured") == []


def test_reader_never_sees_half_an_article(tmp_path, monkeypatch):
    path = tmp_path / "ledger.db"
    seen = []
    with Ledger(path) as writer, Ledger(path, read_only=True) as reader:
        real = ledger_module.Ledger._write_event

        def peek(self, aid, ev, statement_id):
            # Statements are already inserted by the writer at this point, but not committed.
            assert self.conn.execute("SELECT count(*) FROM statements").fetchone()[0] == 2
            seen.append(reader.counts())
            return real(self, aid, ev, statement_id)

        monkeypatch.setattr(ledger_module.Ledger, "_write_event", peek)
        writer.write(sample_analysis())
        assert seen == [dict.fromkeys(seen[0], 0)]
        assert reader.counts()["statements"] == 2


def test_failed_update_keeps_the_previous_version(ledger, monkeypatch):
    first = sample_analysis()
    ledger.write(first)
    before = dump_hash(ledger)
    second = first.model_copy(update={"pipeline_version": "test-2"})
    monkeypatch.setattr(ledger_module.Ledger, "_write_event", lambda *a: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        ledger.write(second)
    assert dump_hash(ledger) == before
    assert ledger.get_analysis(first.article.id) == first


def test_duplicate_statement_ids_are_refused_whole(ledger):
    analysis = sample_analysis()
    analysis.statements.append(analysis.statements[0])
    with pytest.raises(sqlite3.IntegrityError):
        ledger.write(analysis)
    assert ledger.counts()["articles"] == 0


def test_dangling_statement_reference_is_kept_only_in_the_json(ledger):
    analysis = sample_analysis()
    analysis.events[0].statement_id = "S9"
    ledger.write(analysis)
    assert rows(ledger, "SELECT statement_id FROM events") == [{"statement_id": None}]
    assert ledger.get_analysis(analysis.article.id).events[0].statement_id == "S9"


def test_read_only_ledger_reads_but_refuses_writes(tmp_path):
    path = tmp_path / "ledger.db"
    with Ledger(path) as writer:
        writer.write(sample_analysis())
        with Ledger(path, read_only=True) as reader:  # while the writer is open
            assert reader.counts()["statements"] == 2
            with pytest.raises(LedgerError, match="read-only"):
                reader.write(sample_analysis(outlet="Elsewhere"))
            with pytest.raises(sqlite3.OperationalError, match="readonly"):
                reader.conn.execute("DELETE FROM statements")
        assert writer.counts()["statements"] == 2
    with pytest.raises(LedgerError, match="no ledger"):
        Ledger(tmp_path / "missing.db", read_only=True)
    assert not (tmp_path / "missing.db").exists()


def test_migrations_apply_in_order_once_and_roll_back_a_failing_step(tmp_path):
    conn = sqlite3.connect(tmp_path / "m.db", isolation_level=None)
    n = migrations.latest_version()
    steps = migrations.migration_steps() + [(n + 1, "CREATE TABLE extra (x INTEGER);")]
    assert migrations.migrate(conn, steps) == list(range(1, n + 2))
    assert migrations.migrate(conn, steps) == []
    bad = steps + [(n + 2, "CREATE TABLE half (x INTEGER); INSERT INTO nowhere VALUES (1);")]
    with pytest.raises(sqlite3.OperationalError, match="nowhere"):
        migrations.migrate(conn, bad)
    assert migrations.current_version(conn) == n + 1
    assert conn.execute("SELECT name FROM sqlite_master WHERE name = 'half'").fetchall() == []
    conn.close()


def test_ledger_from_a_newer_newsledger_is_refused(tmp_path):
    path = tmp_path / "ledger.db"
    Ledger(path).close()
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO schema_version VALUES (99, 'later')")
    conn.commit()
    conn.close()
    for read_only in (False, True):
        with pytest.raises(LedgerError, match="newer"):
            Ledger(path, read_only=read_only)


def test_find_article_by_id_prefix_and_source_file(ledger, tmp_path):
    src = tmp_path / "a.txt"
    a = sample_analysis(id="abc1230000000000", source_file=str(src))
    b = sample_analysis(TEXT + "Second edition.\n", id="abc9990000000000", source_file=None)
    ledger.write(a)
    ledger.write(b)
    assert ledger.find_article("abc1230000000000") == "abc1230000000000"
    assert ledger.find_article("abc9") == "abc9990000000000"
    assert ledger.find_article("abc") is None  # ambiguous
    assert queries.matching_article_ids(ledger.conn, "abc") == ["abc1230000000000", "abc9990000000000"]
    assert ledger.find_article(str(src)) == "abc1230000000000"
    assert ledger.find_article("zzz") is None


def test_articles_lists_newest_first_with_counts(ledger):
    ledger.write(sample_analysis())
    ledger.write(sample_analysis(TEXT + "Short note.\n", outlet="Other Daily", published="2024-04-01"))
    listed = ledger.articles()
    assert [r["outlet"] for r in listed] == ["Other Daily", "Example Post"]
    assert (listed[1]["statements"], listed[1]["events"], listed[1]["cues"], listed[1]["entities"]) == (
        2,
        1,
        2,
        3,
    )
    assert [r["outlet"] for r in ledger.articles(outlet="example post")] == ["Example Post"]
    assert len(ledger.articles(limit=1)) == 1


def test_is_current_checks_pipeline_version_and_article_record(ledger):
    analysis = sample_analysis()
    ledger.write(analysis)
    aid = analysis.article.id
    assert ledger.is_current(aid, "test-1")
    assert not ledger.is_current(aid, "test-2")
    assert not ledger.is_current("0" * 16, "test-1")
    assert ledger.is_current(aid, "test-1", article=analysis.article)
    moved = analysis.article.model_copy(update={"source_file": "/elsewhere.txt"})
    assert not ledger.is_current(aid, "test-1", article=moved)


def test_export_jsonl_round_trips_and_csv_has_header_and_rows(ledger):
    first = sample_analysis()
    second = sample_analysis(TEXT + "Quiet day.\n", outlet="Other Daily", published="2024-06-01")
    ledger.write(second)
    ledger.write(first)
    out = io.StringIO()
    assert ledger.export("jsonl", "statements", out) == 2
    assert [ArticleAnalysis.from_json(line) for line in out.getvalue().splitlines()] == [first, second]

    out = io.StringIO()
    assert ledger.export("csv", "transfers", out) == 2
    header, row, _ = list(csv.reader(io.StringIO(out.getvalue())))
    assert header[:2] == ["event_id", "article_id"] and row[header.index("item")] == "armoured vehicle"
    out = io.StringIO()
    assert ledger.export("csv", "statements", out) == 4  # both articles use the same statements
    assert ledger.export("csv", "actor_roles", io.StringIO()) == 1  # any real table works too
    with pytest.raises(ValueError, match="no table or view"):
        ledger.export("csv", 'articles"; DROP TABLE articles; --', io.StringIO())
    assert ledger.counts()["articles"] == 2


def test_totals_add_up_stored_analyses(ledger):
    a = sample_analysis()
    b = sample_analysis(TEXT + "With lines.\n", outlet="Other Daily")
    ledger.write(a)
    ledger.write(b)
    # Both have the same three actors: distinct across articles.
    assert queries.totals(ledger.conn, [a.article.id, b.article.id]) == {
        "entities": 6,
        "actors": 3,
        "statements": 4,
        "events": 2,
        "cues": 4,
    }
    assert queries.totals(ledger.conn, []) == dict.fromkeys(queries.COUNTED, 0)


def test_real_pipeline_output_round_trips(ledger, analyze):
    analysis = analyze(
        "Ministers met in Geneva on Monday.\nThe talks ended without agreement.", outlet="Test"
    )
    assert ledger.write(analysis) == "new"
    assert ledger.get_analysis(analysis.article.id) == analysis
    assert ledger.write(analysis) == "unchanged"
    assert ledger.counts()["entities"] == len(analysis.entities) > 0


def test_statement_without_source_or_speaker(ledger):
    text = "It was reported that talks had failed.\n"
    st = Statement(id="S1", cue=at(text, "reported"), content=[at(text, "talks had failed")], kind="indirect")
    ledger.write(ArticleAnalysis(article=Article.create(text), statements=[st]))
    assert rows(ledger, "SELECT source_text, speaker_id, content FROM statements") == [
        {"source_text": None, "speaker_id": None, "content": "talks had failed"}
    ]


def test_views_list_a_participant_actor_once(ledger):
    analysis = sample_analysis()
    ev = analysis.events[0]
    # "Freedonia" and "his government" both resolve to the Freedonian government.
    ev.sources.append(ev.sources[0].model_copy(update={"span": at(TEXT, "Freedonia", 1)}))
    ev.targets.append(ev.targets[0].model_copy(update={"actor_id": None, "span": at(TEXT, "reporters")}))
    ledger.write(analysis)
    assert rows(ledger, "SELECT count(*) AS n FROM event_participants WHERE role = 'source'") == [{"n": 2}]
    assert rows(ledger, "SELECT supplier, recipient FROM transfers") == [
        {"supplier": "Government of Freedonia", "recipient": "Sylvania; reporters"}
    ]
    assert rows(ledger, "SELECT sources, targets FROM events_view") == [
        {"sources": "Government of Freedonia", "targets": "Sylvania; reporters"}
    ]


def test_parents_are_stored_as_described_actors_so_agent_of_resolves(ledger):
    text = "The army of Sylvania withdrew.\n"
    analysis = ArticleAnalysis(
        article=Article.create(text),
        mentions=[Mention(span=Span.of(text, 4, 20), actor_id="mil:SYL")],
        actors=[Actor(id="mil:SYL", name="Army of Sylvania", type="military", agent_of="gov:SYL")],
        parents=[Actor(id="gov:SYL", name="Government of Sylvania", type="government", known=True)],
    )
    ledger.write(analysis)
    assert rows(ledger, "SELECT id, name, known FROM actors ORDER BY id") == [
        {"id": "gov:SYL", "name": "Government of Sylvania", "known": 1},
        {"id": "mil:SYL", "name": "Army of Sylvania", "known": 0},
    ]
    assert ledger.conn.execute("PRAGMA foreign_key_check").fetchall() == []
