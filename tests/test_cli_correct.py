"""`newsledger correct`: merge, rename, flag, list and undo from the terminal, with the CLI's error style."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from newsledger.cli import app
from newsledger.store import Ledger, read
from test_web import ANALYSES, FRE, SYL, pledge_article

AID = pledge_article().article.id


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "ledger.db"
    with Ledger(path) as ledger:
        for make in ANALYSES:
            ledger.write(make())
    return path


def run(*args: str):
    return CliRunner().invoke(app, ["correct", *args])


def test_merge_rename_flag_list_and_undo(db):
    r = run("merge", "Government of Sylvania", "Freedonia", "--db", str(db), "--note", "same side")
    assert r.exit_code == 0, r.output
    assert (
        f"correction 1: merge Government of Sylvania ({SYL.id}) into Freedonia ({FRE.id}) — same side"
        in r.output
    )
    assert run("rename", "Freedonia", "Republic of Freedonia", "--db", str(db)).exit_code == 0
    r = run("flag", "statement", f"{AID[:10]}:S2", "--db", str(db), "-n", "aside")
    assert r.exit_code == 0 and "“We stand with our friends”" in r.output
    listed = run("list", "--db", str(db), "--format", "json")
    rows = json.loads(listed.stdout)
    assert [(c["id"], c["action"]) for c in rows] == [(3, "flag"), (2, "rename"), (1, "merge")]
    con = read.connect(db)
    assert read.search_statements(con, speaker="Republic of Freedonia").total == 2  # S1 by Kovac is not
    con.close()
    assert run("undo", "3", "--db", str(db)).exit_code == 0
    assert [c["id"] for c in json.loads(run("list", "--db", str(db), "--format", "json").stdout)] == [2, 1]
    assert len(json.loads(run("list", "--all", "--db", str(db), "--format", "json").stdout)) == 3


def test_mistakes_exit_2_with_a_message(db):
    r = run("merge", "Atlantis", "Freedonia", "--db", str(db))
    assert r.exit_code == 2 and "error: no actor matches 'Atlantis'" in r.output
    r = run("undo", "9", "--db", str(db))
    assert r.exit_code == 2 and "no correction 9" in r.output and "hint:" in r.output
    r = run("flag", "article", "x", "--db", str(db))
    assert r.exit_code == 2  # typer's own usage error: not one of statement, event, cue, mention
    missing = run("list", "--db", str(db.with_name("none.db")))
    assert missing.exit_code == 3 and "no ledger" in missing.output


def test_export_carries_the_corrections_table(db, tmp_path):
    assert run("rename", "Freedonia", "Republic of Freedonia", "--db", str(db)).exit_code == 0
    out = tmp_path / "corrections.csv"
    args = ["export", "--db", str(db), "--format", "csv", "--table", "corrections", "--out", str(out)]
    r = CliRunner().invoke(app, args)
    assert r.exit_code == 0, r.output
    header, row = out.read_text().strip().splitlines()
    assert header.split(",")[:2] == ["id", "action"]
    assert row.startswith("1,rename,actor,") and "Republic of Freedonia" in row
