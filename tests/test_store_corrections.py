"""Corrections: merge, rename, flag and undo, applied on every read and still applied after re-analysis."""

from __future__ import annotations

import csv
import io
import json
import sqlite3

import pytest

from newsledger.store import Ledger, migrations, read
from newsledger.store import corrections as corr
from test_web import ANALYSES, FRE, KOVAC, SYL, pledge_article

PLEDGE = pledge_article()
AID = PLEDGE.article.id


@pytest.fixture
def ledger(tmp_path):
    with Ledger(tmp_path / "ledger.db") as ledger:
        for make in ANALYSES:
            ledger.write(make())
        yield ledger


def speakers(ledger: Ledger) -> dict[str, str | None]:
    return {
        r["local_id"]: r["speaker_id"]
        for r in ledger.conn.execute(
            "SELECT local_id, speaker_id FROM statements_c WHERE article_id = ?", (AID,)
        )
    }


def test_merge_reads_the_merged_actor_as_the_one_kept_everywhere(ledger):
    n = corr.merge(ledger.conn, "Government of Sylvania", "state:FRE", note="same side in this corpus")
    assert n == 1
    assert speakers(ledger)["S3"] == FRE.id
    ids = {r[0] for r in ledger.conn.execute("SELECT id FROM actors_c")}
    assert SYL.id not in ids and FRE.id in ids
    aliases = {
        r[0] for r in ledger.conn.execute("SELECT alias FROM actor_aliases_c WHERE actor_id = ?", (FRE.id,))
    }
    assert "Government of Sylvania" in aliases
    # A filter by the kept actor's name finds what the merged one said; its old id still resolves.
    page = read.search_statements(ledger.conn, speaker="Freedonia")
    assert {r["content"] for r in page.rows} >= {"the shipment would only prolong the war"}
    assert [r["id"] for r in read.find_actors(ledger.conn, SYL.id)] == [FRE.id]
    # The reading views Datasette and `export` show carry the correction too.
    view = ledger.conn.execute(
        "SELECT speaker_name FROM statements_view WHERE id = ?", (f"{AID}:S3",)
    ).fetchone()
    assert view[0] == "Freedonia"
    data = read.actor(ledger.conn, SYL.id)
    assert data["actor"]["id"] == FRE.id and SYL.id in data["merged"]
    assert data["said_count"] >= 1


def test_merge_chains_resolve_to_the_last_actor_kept(ledger):
    corr.merge(ledger.conn, SYL.id, FRE.id)
    corr.merge(ledger.conn, FRE.id, KOVAC.id)
    rows = dict(ledger.conn.execute("SELECT id, canonical FROM actor_merges").fetchall())
    assert rows == {SYL.id: KOVAC.id, FRE.id: KOVAC.id}
    with pytest.raises(corr.CorrectionError, match="same actor"):
        corr.merge(ledger.conn, SYL.id, KOVAC.id)  # already read as Kovac


def test_rename_keeps_the_old_name_findable(ledger):
    corr.rename(ledger.conn, KOVAC.id, "Anna Kovač")
    name = ledger.conn.execute("SELECT name FROM actors_c WHERE id = ?", (KOVAC.id,)).fetchone()[0]
    assert name == "Anna Kovač"
    assert [r["id"] for r in read.find_actors(ledger.conn, "Anna Kovac")] == [KOVAC.id]
    assert read.search_statements(ledger.conn, speaker="Kovač").total == 2


def test_flags_hide_extractions_and_undo_brings_them_back(ledger):
    before = read.counts(ledger.conn)
    s = corr.flag(ledger.conn, "statement", f"{AID[:8]}:S2", note="reporter's aside")  # an id prefix
    e = corr.flag(ledger.conn, "event", f"{AID}:E1")
    c = corr.flag(ledger.conn, "cue", f"{AID}:C1")
    mention = ledger.conn.execute(
        "SELECT id FROM mentions WHERE article_id = ? AND text = 'she'", (AID,)
    ).fetchone()
    m = corr.flag(ledger.conn, "mention", str(mention[0]))
    after = read.counts(ledger.conn)
    assert [after[k] for k in ("statements", "events", "cues", "mentions")] == [
        before["statements"] - 1, before["events"] - 1, before["cues"] - 1, before["mentions"] - 1,
    ]  # fmt: skip
    assert "S2" not in speakers(ledger)
    assert read.list_transfers(ledger.conn).total == 0  # the transfer was the flagged event's item
    for number in (s, e, c, m):
        corr.undo(ledger.conn, number)
    assert read.counts(ledger.conn) == before
    with pytest.raises(corr.CorrectionError, match="already undone"):
        corr.undo(ledger.conn, s)
    listed = corr.list_corrections(ledger.conn)
    assert [x["id"] for x in listed] == [m, c, e, s] and all(x["undone_at"] for x in listed)
    assert corr.list_corrections(ledger.conn, include_undone=False) == []


def test_corrections_survive_re_analysis_with_renumbered_ids(ledger):
    corr.merge(ledger.conn, SYL.id, FRE.id)
    corr.flag(ledger.conn, "statement", f"{AID}:S2")
    corr.rename(ledger.conn, KOVAC.id, "Minister Anna Kovac")
    # `analyze` stores a new analysis: rows deleted and written again, and the pipeline numbered the
    # statements differently this time.
    renumbered = PLEDGE.model_copy(
        update={
            "pipeline_version": "test-2",
            "statements": [s.model_copy(update={"id": f"S{9 - i}"}) for i, s in enumerate(PLEDGE.statements)],
            "events": [ev.model_copy(update={"statement_id": "S9"}) for ev in PLEDGE.events],
        }
    )
    assert ledger.write(renumbered) == "updated"
    got = speakers(ledger)
    assert sorted(got) == ["S7", "S9"]  # S8 (was S2, "We stand with our friends") stays flagged
    assert got["S7"] == FRE.id  # was S3, Sylvania's claim, merged into Freedonia
    name = ledger.conn.execute("SELECT name FROM actors_c WHERE id = ?", (KOVAC.id,)).fetchone()[0]
    assert name == "Minister Anna Kovac"


def test_errors_say_what_to_give_instead(ledger):
    with pytest.raises(corr.CorrectionError, match="no actor matches"):
        corr.merge(ledger.conn, "Atlantis", FRE.id)
    with pytest.raises(corr.CorrectionError, match="same actor"):
        corr.merge(ledger.conn, "Freedonia", "state:FRE")
    with pytest.raises(corr.CorrectionError, match="matches 2 actors"):
        corr.rename(ledger.conn, "ania", "x")  # Ruritania and (Government of) Sylvania
    with pytest.raises(corr.CorrectionError, match="no statement"):
        corr.flag(ledger.conn, "statement", f"{AID}:S99")
    with pytest.raises(corr.CorrectionError, match="cannot flag"):
        corr.flag(ledger.conn, "article", AID)
    with pytest.raises(corr.CorrectionError, match="empty"):
        corr.rename(ledger.conn, KOVAC.id, "  ")
    assert corr.list_corrections(ledger.conn) == []


def test_corrections_are_exported_with_the_data(ledger):
    corr.merge(ledger.conn, SYL.id, FRE.id, note="why")
    out = io.StringIO()
    assert ledger.export("csv", "corrections", out) == 1
    row = next(csv.DictReader(io.StringIO(out.getvalue())))
    assert (row["action"], row["target_id"], row["value"], row["note"]) == ("merge", SYL.id, FRE.id, "why")
    out = io.StringIO()
    ledger.export("csv", "statements", out)
    names = {r["speaker_name"] for r in csv.DictReader(io.StringIO(out.getvalue()))}
    assert "Government of Sylvania" not in names and "Freedonia" in names


def test_a_version_1_ledger_is_upgraded_in_place(tmp_path):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    migrations.migrate(conn, migrations.migration_steps()[:1])
    text = "Talks resume\n\nThe envoy said talks would resume."
    # S1 from before statement classes existed; S2 from an analysis that recorded one.
    analysis = {
        "article": {"id": "a1"},
        "statements": [{"id": "S1"}, {"id": "S2", "statement_class": "belief"}],
    }
    conn.execute("INSERT INTO articles(id, title, text) VALUES ('a1', 'Talks resume', ?)", (text,))
    conn.execute("INSERT INTO analyses(article_id, json) VALUES ('a1', ?)", (json.dumps(analysis),))
    conn.execute(
        "INSERT INTO statements(id, article_id, local_id, kind, cue_start, cue_end, cue_text, content) "
        "VALUES ('a1:S1', 'a1', 'S1', 'indirect', 24, 28, 'said', 'talks would resume'), "
        "('a1:S2', 'a1', 'S2', 'indirect', 24, 28, 'said', 'talks')"
    )
    assert (
        "content='statements'"
        in conn.execute("SELECT sql FROM sqlite_master WHERE name = 'statements_fts'").fetchone()[0]
    )
    conn.close()
    with Ledger(path) as ledger:
        assert ledger.schema_version == migrations.latest_version()
        sql = {
            r[0]: r[1]
            for r in ledger.conn.execute("SELECT name, sql FROM sqlite_master WHERE name LIKE '%_fts'")
        }
        assert 'content="statements"' in sql["statements_fts"] and 'content="articles"' in sql["articles_fts"]
        classes = dict(ledger.conn.execute("SELECT local_id, statement_class FROM statements").fetchall())
        assert classes == {"S1": "speech", "S2": "belief"}
        # The rebuilt indexes hold the rows written before the upgrade, and the triggers keep them in step.
        assert read.search_statements(ledger.conn, q="resume", statement_class="all").total == 1
        assert read.list_articles(ledger.conn, q="envoy").total == 1
