"""Transferred items on war news (issue 11 §3, docs/annotation.md "items"): quantity with its unit, a
calibre is no quantity, the category from equipment.tsv, and organisation or unit names with an equipment
word are never items. Our own sentences."""

from __future__ import annotations

import sqlite3

import pytest

from newsledger.extract.equipment import load_equipment, money_unit
from newsledger.model import Item
from newsledger.store import Ledger, migrations
from test_store_samples import sample_analysis


def _items(nlp, text: str) -> list[tuple[str, str | None, int | None, str | None]]:
    doc = nlp(text)
    return [
        (i.span.text, i.category, i.quantity_value, i.unit)
        for e in doc._.events
        if e.category == "AID"
        for i in e.items
    ]


def test_rounds_of_ammunition_count_in_rounds(nlp):
    got = _items(nlp, "The United States will send Ukraine 10,000 rounds of ammunition.")
    assert got == [("10,000 rounds of ammunition", "ammunition", 10000, "rounds")]


def test_a_battery_is_the_unit_of_an_air_defence_system(nlp):
    got = _items(nlp, "Britain delivered 155mm shells and two batteries of Patriot missiles to Ukraine.")
    assert got == [
        ("155mm shells", "ammunition", None, None),  # 155 is the calibre, not a quantity
        ("two batteries of Patriot missiles", "air defence", 2, "batteries"),
    ]


def test_money_counts_in_its_currency(nlp):
    got = _items(nlp, "Germany delivered $1.2 billion in military aid to Ukraine.")
    assert got == [("$1.2 billion", "money", 1_200_000_000, "dollars")]


@pytest.mark.parametrize(
    "text, unit",
    [("$62 billion", "dollars"), ("EUR 1.5bn", "euros"), ("£300 million", "pounds"),
     ("50 billion euros", "euros"), ("10 billion roubles", "roubles"), ("1.5 billion", None)],
)  # fmt: skip
def test_currency_of_an_amount(text, unit):
    assert money_unit(text) == unit


def test_guns_and_airplanes_are_equipment(nlp):
    got = _items(nlp, "Venezuela is buying guns, combat airplanes and missiles from Russia.")
    assert [c for _, c, _, _ in got] == ["small arms", "aircraft", "missiles"]


def test_russian_artillery_systems_are_equipment_not_actors(nlp):
    doc = nlp("The Russian forces use the Msta-B and Akatsiya howitzers near the town.")
    assert not any(m.actor_id and "akatsiya" in m.actor_id for m in doc._.mentions)
    assert load_equipment()["akatsiya"].category == "artillery"


@pytest.mark.parametrize(
    "phrase",
    ["tank army", "guards tank army", "think tank", "rocket forces", "arms control", "intelligence services"],
)
def test_organisation_and_unit_names_are_never_items(phrase):
    assert load_equipment()[phrase].category == "-"


def test_an_item_without_a_unit_still_reads():
    item = Item.model_validate({"span": {"start": 0, "end": 5, "text": "tanks"}, "name": "tank"})
    assert item.unit is None and "unit" in item.model_dump()


def test_the_ledger_stores_the_unit_and_a_version_2_ledger_gains_the_column(tmp_path):
    analysis = sample_analysis()
    (event,) = [e for e in analysis.events if e.items]
    event.items[0] = event.items[0].model_copy(update={"unit": "rounds"})
    with Ledger(tmp_path / "ledger.db") as led:
        led.write(analysis)
        got = led.conn.execute("SELECT quantity_value, unit FROM transfers").fetchall()
    assert [tuple(r) for r in got] == [(40, "rounds")]

    conn = sqlite3.connect(tmp_path / "old.db", isolation_level=None)
    migrations.migrate(conn, migrations.migration_steps()[:2])  # a ledger written before units
    assert migrations.migrate(conn) == [3]
    columns = [r[1] for r in conn.execute("PRAGMA table_info(event_items)")]
    assert "unit" in columns and "unit" in [r[1] for r in conn.execute("PRAGMA table_info(transfers)")]
    conn.close()


def test_dual_use_goods_are_other_and_debt_relief_is_money(nlp):
    got = _items(nlp, "China sent semiconductors and machine tools to Russia.")
    assert [(t, c) for t, c, _, _ in got] == [("semiconductors", "other"), ("machine tools", "other")]
    assert load_equipment()["debt alleviation"].category == "money"
