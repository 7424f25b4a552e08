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
    res = CliRunner().invoke(app, ["transfers", "--db", str(db), "--csv", str(out), "--format", "table"])
    assert res.exit_code == 0, res.output
    assert "Javelin" in res.stdout and "wrote 2 transfers to" in res.stderr
    rows = sorted(csv.DictReader(out.read_text().splitlines()), key=lambda r: r["item"] != "Javelin")
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
        # the buyer receives; with no seller named the supplier stays empty, never the buyer
        ("", name["gov:ESP"], "tanks", "tanks", "", "second-hand Soviet-made", "planned"),
    ]
    assert rows[0]["date"] == "2022-05-11" and rows[0]["statement_id"] == ""
    assert rows[1]["statement_id"].endswith(":S1")  # the minister's claim, not the outlet's


def test_transfers_filters_like_the_web_page(analyze, tmp_path):
    db = tmp_path / "ledger.db"
    with Ledger(db) as ledger:
        ledger.write(analyze(TEXT, published="2022-05-13", outlet="Test Wire"))

    def items(*args: str) -> list[str]:
        res = CliRunner().invoke(app, ["transfers", "--db", str(db), "--format", "csv", *args])
        assert res.exit_code == 0, res.output
        return sorted(r["item"] for r in csv.DictReader(res.stdout.splitlines()))

    assert items() == ["Javelin", "tanks"]
    assert items("--supplier", "norway") == ["Javelin"]
    assert items("--recipient", "Ukraine") == ["Javelin"]
    assert items("--status", "planned") == ["tanks"]
    assert items("--supplier", "Norway", "--status", "planned") == []
    bad = CliRunner().invoke(app, ["transfers", "--db", str(db), "--status", "shipped"])
    assert bad.exit_code == 2 and "error: status 'shipped' is not one of:" in bad.output


def test_transfers_without_a_ledger(tmp_path):
    res = CliRunner().invoke(app, ["transfers", "--db", str(tmp_path / "none.db")])
    assert res.exit_code == 3 and "error: no ledger at" in res.output
