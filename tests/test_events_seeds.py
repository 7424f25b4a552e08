"""The two shared seed articles (read in place, never copied); skipped where ../shared is absent."""

from __future__ import annotations

from pathlib import Path

import pytest

SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "seeds"
pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds not available")


def _read(name: str) -> str:
    return (SEEDS / name).read_text(encoding="utf-8")


def _find(analysis, category, trigger):
    found = [e for e in analysis.events if e.category == category and e.trigger.text == trigger]
    assert found, [(e.category, e.trigger.text) for e in analysis.events]
    return found[-1]


@pytest.fixture(scope="module")
def arms(analyze):
    return analyze(_read("000_44241224273ee2cd.txt"))


@pytest.fixture(scope="module")
def shoigu(analyze):
    return analyze(_read("004_0c18082997af3a92.txt"))


def test_us_helicopters_and_uk_missiles(arms):
    heli = _find(arms, "AID", "sent in")
    assert [p.actor_id for p in heli.sources] == ["gov:USA"]
    assert (heli.mode, heli.status) == ("military", "delivered")
    assert [(i.name, i.category) for i in heli.items] == [("Mi-17", "helicopters")]
    missiles = _find(arms, "AID", "sending")
    assert [p.actor_id for p in missiles.sources] == ["gov:GBR"] and missiles.status == "delivered"
    assert [(i.category, i.quantity) for i in missiles.items] == [("anti-tank missiles", "thousands")]


def test_approved_package(arms):
    pkg = _find(arms, "AID", "package")
    assert pkg.status == "approved"
    assert [p.actor_id for p in pkg.sources] == ["gov:GBR"] and [p.actor_id for p in pkg.targets] == [
        "gov:UKR"
    ]
    assert {"air defence", "drones", "armoured vehicles"} <= {i.category for i in pkg.items}


def test_buying_soviet_weapons_is_wallaces_claim(arms):
    buy = _find(arms, "AID", "buy")
    procure = _find(arms, "AID", "procure")
    for ev in (buy, procure):
        st = next(s for s in arms.statements if s.id == ev.statement_id)
        assert st.speaker == "person:ben-wallace"
        assert ev.status == "planned" and ev.items[0].provenance


def test_moscow_warns_urges_demands_and_attacks(arms):
    for category, trigger in [
        ("THREATEN", "warned"),
        ("REQUEST", "urged"),
        ("REQUEST", "demanded"),
        ("ASSAULT", "attacked"),
    ]:
        ev = _find(arms, category, trigger)
        assert [p.actor_id for p in ev.sources] == ["gov:RUS"], trigger
    assert [p.actor_id for p in _find(arms, "REQUEST", "demanded").targets] == ["gov:UKR"]


def test_shoigu_wallace_meeting_is_a_visit_to_moscow(shoigu):
    meet = _find(shoigu, "CONSULT", "meeting")
    ids = {p.actor_id for p in meet.sources + meet.targets}
    assert ids == {"person:sergei-shoigu", "person:ben-wallace"}
    assert meet.mode == "visit" and meet.location.text == "Moscow"
    assert shoigu.check_offsets() == []
