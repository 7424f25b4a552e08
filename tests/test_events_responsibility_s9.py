"""Event rules of session 9, on sentences written for these tests."""

from __future__ import annotations


def _events(analysis, trigger: str) -> list[tuple]:
    return [
        (e.category, [p.actor_id for p in e.sources], e.status, e.statement_id is not None)
        for e in analysis.events
        if e.trigger.text == trigger
    ]


def test_whoever_owns_up_to_an_act_is_its_doer(analyze):
    a = analyze(
        "Hamas claimed responsibility for the attack.\nMoldova took credit for the strike on the depot."
    )
    assert _events(a, "attack") == [("ASSAULT", ["group:hamas"], None, True)]
    assert _events(a, "strike") == [("ASSAULT", ["gov:MDA"], None, False)]


def test_denying_responsibility_makes_no_doer(analyze):
    a = analyze("Chisinau denied responsibility for the explosion.")
    assert [e for e in a.events if e.trigger.text == "explosion"] == []


def test_a_measure_hits_whom_its_objects_phrase_names(analyze):
    a = analyze(
        "Chisinau cut diplomatic ties with Tehran.\n"
        "Washington froze $5 billion in Belarusian assets.\n"
        "The US slapped sanctions on Iran."
    )
    got = [(e.trigger.text, e.category, [p.actor_id for p in e.targets]) for e in a.events]
    assert got == [
        ("cut", "SANCTION", ["gov:IRN"]),
        ("froze", "SANCTION", ["gov:BLR"]),
        ("sanctions", "SANCTION", ["state:IRN"]),
    ]


def test_a_ban_on_a_state_is_an_embargo_a_ban_on_its_things_is_not(analyze):
    a = analyze("Japan imposed an export ban on Belarus.\nChisinau banned all Belarusian newspapers.")
    got = [(e.category, [p.actor_id for p in e.targets]) for e in a.events]
    assert got == [("SANCTION", ["state:BLR"]), ("COERCE", ["gov:BLR"])]


def test_a_package_named_by_its_act_is_that_act_and_an_unveiled_aid_package_is_aid(analyze):
    a = analyze(
        "The EU adopted its 12th sanctions package against Belarus.\n"
        "Washington unveiled a new aid package for Chisinau."
    )
    got = [(e.category, [p.actor_id for p in e.sources], [p.actor_id for p in e.targets]) for e in a.events]
    assert got == [("SANCTION", ["igo:eu"], ["state:BLR"]), ("AID", ["gov:USA"], ["gov:MDA"])]


def test_whom_a_blame_holds_to_an_act_is_its_doer_and_a_shot_down_jet_is_its_owners(analyze):
    a = analyze(
        "Chisinau blamed Minsk for the attack on the dam.\n"
        "Moldovan forces shot down a Belarusian jet.\n"
        "Moldova fired French missiles into Belarus."
    )
    got = [
        (e.trigger.text, [p.actor_id for p in e.sources], [p.actor_id for p in e.targets]) for e in a.events
    ]
    assert ("attack", ["gov:BLR"], []) in got
    assert ("shot down", ["mil:MDA"], ["gov:BLR"]) in got
    assert ("fired", ["gov:MDA"], ["state:BLR"]) in got
