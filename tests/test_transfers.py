"""`newsledger transfers`: arms transfers stored by the ledger, listed one row per item."""

from __future__ import annotations

import csv

from typer.testing import CliRunner

from newsledger.cli import app
from newsledger.store import Ledger

TEXT = (
    "Norway delivered 100 Javelin missiles to Ukraine on Wednesday.\n"
    "Spain is trying to buy second-hand Soviet-made tanks, according to its defence minister."
)


def test_transfers_table_and_csv(analyze, tmp_path):
    db = tmp_path / "ledger.db"
    analysis = analyze(TEXT, published="2022-05-13", outlet="Test Wire")
    with Ledger(db) as ledger:
        ledger.write(analysis)
    out = tmp_path / "t.csv"
    res = CliRunner().invoke(app, ["transfers", "--db", str(db), "--csv", str(out)])
    assert res.exit_code == 0, res.output
    assert "Javelin" in res.output
    rows = list(csv.DictReader(out.read_text().splitlines()))
    got = [
        (
            r["supplier"],
            r["recipient"],
            r["item"],
            r["item_category"],
            r["quantity"],
            r["provenance"],
            r["status"],
        )
        for r in rows
    ]
    name = {a.id: a.name for a in analysis.actors}  # the view prints actor names, the ids are ours
    assert got == [
        (name["gov:NOR"], name["state:UKR"], "Javelin", "anti-tank missiles", "100", "", "delivered"),
        (name["gov:ESP"], "", "tanks", "tanks", "", "second-hand Soviet-made", "planned"),
    ]
    assert rows[0]["date_value"] == "2022-05-11" and rows[0]["statement_id"] == ""
    assert rows[1]["statement_id"].endswith(":S1")  # the minister's claim, not the outlet's


def test_transfers_without_a_ledger(tmp_path):
    res = CliRunner().invoke(app, ["transfers", "--db", str(tmp_path / "none.db")])
    assert res.exit_code == 2
