"""Event rules of session 10, on sentences written for these tests."""

from __future__ import annotations

from test_events_s8 import PUB, events
from test_war_events_phrases import events as all_events


def test_who_adopts_extends_or_introduces_sanctions_imposes_them(analyze):
    a = analyze(
        "The European Union adopted its ninth package of sanctions against Belarus on Friday.\n"
        "Canada extended its sanctions on Iran for a year.\n"
        "Britain introduced new sanctions on Syrian officials.",
        published=PUB,
    )
    assert events(a, "adopted its ninth package of sanctions") == [
        ("SANCTION", ["igo:eu"], ["state:BLR"], None)
    ]
    assert [(c, s, t) for c, s, t, _ in events(a, "sanctions")] == [
        ("SANCTION", ["gov:CAN"], ["state:IRN"]),
        ("SANCTION", ["gov:GBR"], ["gov:SYR"]),
    ]


def test_a_transfer_declined_rejected_ruled_out_or_opposed_is_not_done(analyze):
    a = analyze(
        "Norway ruled out sending Leopard tanks to Moldova.\n"
        "Austria rejected supplying howitzers to Serbia.\n"
        "Ireland declined to deliver armoured vehicles to Chad.\n"
        "Hungary opposes sending artillery shells to Georgia.",
        published=PUB,
    )
    got = [(e.trigger.text, e.status) for e in a.events if e.category == "AID"]
    assert got == [
        ("sending", "denied"),
        ("supplying", "denied"),
        ("deliver", "denied"),
        ("sending", "negated"),
    ]


def test_a_modal_on_what_is_done_with_a_known_act_is_not_the_acts_status(analyze):
    a = analyze(
        "Austria threatened to veto the EU's aid for Moldova.\nSlovakia will launch an offensive in May.",
        published=PUB,
    )
    got = {e.trigger.text: e.status for e in a.events}
    assert got["veto"] == "threatened"
    assert got["aid"] is None  # the EU's aid exists; only the veto is threatened
    assert got["launch an offensive"] == "planned"


def test_a_use_of_force_in_the_passive_with_no_doer_keeps_its_identified_victim(analyze):
    a = analyze(
        "Former minister Ivan Petrov was found shot dead in his flat in Minsk.\n"
        "Three Belarusian drones were destroyed over the Vitebsk region.\n"
        "Governor Anton Sorin was ousted in 1999.\n"
        "The bridge must be destroyed.\n"
        "A fisherman was shot dead.",
        published=PUB,
    )
    assert all_events(a) == [
        ("shot", "ASSAULT", [], ["person:ivan-petrov"]),
        ("destroyed", "ASSAULT", [], ["gov:BLR"]),
        ("ousted", "COERCE", [], ["person:anton-sorin"]),
    ]


def test_what_a_condition_says_would_follow_is_hypothetical(analyze):
    a = analyze(
        "If Serbia sends troops to Kosovo, Albania will strike them.\n"
        "Albania will strike Serbian positions.\n"
        "Norway has not yet decided whether to send helicopters to Moldova.",
        published=PUB,
    )
    got = [(e.trigger.text, e.status, e.negated) for e in a.events if e.trigger.text in ("strike", "send")]
    assert got == [
        ("strike", "hypothetical", False),
        ("strike", "planned", False),
        ("send", "hypothetical", False),  # undecided: neither done nor refused
    ]


def test_blowing_up_a_bridge_is_an_assault(analyze):
    a = analyze(
        "Georgian troops blew up the bridge near the border.\nFuel prices blew up last winter.",
        published=PUB,
    )
    assert events(a, "blew up") == [("ASSAULT", ["mil:GEO"], [], None)]


def test_rejecting_the_allegations_answers_the_one_who_made_them(analyze):
    a = analyze(
        "President Anna Berzina has accused Minsk of plotting a coup. Belarus denies the allegations.\n\n"
        "Poland rejected the claims.",
        published=PUB,
    )
    assert [(c, s, t) for c, s, t, _ in events(a, "denies")] == [
        ("REJECT", ["gov:BLR"], ["person:anna-berzina"])
    ]
    # Poland was not accused: its rejection answers no one named
    assert events(a, "rejected") == [("REJECT", ["gov:POL"], [], None)]


def test_a_subordinator_parsed_as_subject_names_no_doer(analyze):
    a = analyze(
        "Belarus has repeatedly warned the West that supplying F-16s risks a direct clash with Minsk."
    )
    assert [e.category for e in a.events] == ["THREATEN"]  # no AID by Belarus


def test_labelling_a_thing_is_no_accusation_of_anyone(analyze):
    a = analyze(
        "Estonia has received its first K9 howitzers from South Korea, Defence Minister Kaja Mets said "
        'on Monday, calling it a "new era" for the army.\n'
        "Mets called Lukashenko a dictator.",
        published=PUB,
    )
    assert [(c, s, t) for c, s, t, _ in events(a, "called")] == [
        ("ACCUSE", ["person:kaja-mets"], ["person:alexander-lukashenko"])
    ]
    assert events(a, "calling") == []
