"""Actors of round s12 (main) on passages of our own."""

from __future__ import annotations

import pytest

from newsledger.gazetteer import load_gazetteer


def test_the_military_bodies_are_named_for_their_forces_and_keep_the_ministry_names():
    """ "Russian troops have advanced" acts under mil:RUS; its name read "Russian Ministry of Defence"."""
    gaz = load_gazetteer()
    assert gaz.actors["mil:RUS"].name == "Russian military (Ministry of Defence)"
    assert gaz.actors["mil:USA"].name == "US military (Department of Defense)"
    for text, iso in [
        ("Russian Ministry of Defence", "RUS"),
        ("UK Ministry of Defence", "GBR"),
        ("Pentagon", "USA"),
    ]:
        assert any(e.ref == f"mil:{iso}" for e in gaz.phrases[text])


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("Germany will not send Taurus missiles to Ukraine.", [("Taurus", "missiles", None)]),
        (
            "The US will send cluster munitions and 32 Puma vehicles to Ukraine.",
            [("cluster munitions", "ammunition", None), ("Puma", "armoured vehicles", "32")],
        ),
        (
            "Poland delivered Piorun launchers and Carl Gustaf rifles.",
            [("Piorun", "air defence", None), ("Carl Gustaf", "anti-tank missiles", None)],
        ),
    ],
)
def test_systems_of_the_war_are_named_items(nlp, text, items):
    """Before (equipment.tsv v5), Taurus was "missiles", cluster munitions plain ammunition, Puma nothing."""
    (ev,) = [e for e in nlp(text)._.events if e.category == "AID"]
    assert [(i.name, i.category, i.quantity) for i in ev.items] == items


@pytest.mark.parametrize(
    "text",
    [
        "Wagner fighters withdrew from Bakhmut in June. The Kerch Bridge was hit twice.",
        "The Antonivskyi Bridge was hit again.",
    ],
)
def test_a_bridge_hit_is_no_new_person(nlp, text):
    """Before, an unresolved "The Kerch Bridge" as an attack's target became person:kerch-bridge."""
    doc = nlp(text)
    assert not any(a.id.startswith("person:") for a in doc._.actors)
