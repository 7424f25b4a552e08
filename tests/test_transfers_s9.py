"""Arms-transfer rules of session 9, on sentences written for these tests."""

from __future__ import annotations

PUB = "2023-05-01"


def transfers(analysis, trigger: str) -> list[tuple]:
    return [
        (
            e.category,
            [p.actor_id for p in e.sources],
            [p.actor_id for p in e.targets],
            e.status,
            [(i.span.text, i.name, i.category, i.quantity_value) for i in e.items],
        )
        for e in analysis.events
        if e.trigger.text == trigger
    ]


def test_pledging_or_offering_weapons_or_money_is_a_pledged_or_proposed_transfer(analyze):
    a = analyze(
        "Norway pledged 12 Leopard tanks to Moldova.\n"
        "Chile has promised 300 million dollars to Peru.\n"
        "Ankara offered Baku six Bayraktar drones.\n"
        "Spain pledged its support to Portugal.",
        published=PUB,
    )
    assert transfers(a, "pledged")[0] == (
        "AID",
        ["gov:NOR"],
        ["state:MDA"],
        "pledged",
        [("12 Leopard tanks", "Leopard 2", "tanks", 12)],
    )
    assert [(c, s) for c, _, _, s, _ in transfers(a, "promised")] == [("AID", "pledged")]
    assert [(c, t, s) for c, _, t, s, _ in transfers(a, "offered")] == [("AID", ["gov:AZE"], "proposed")]
    spain = [e for e in a.events if e.trigger.text == "pledged" and e.sources[0].actor_id == "gov:ESP"]
    assert [e.category for e in spain] == ["AGREE"]


def test_a_model_number_after_the_name_keeps_one_item(analyze):
    a = analyze("London delivered 14 Challenger 2 tanks to Kyiv in March.", published=PUB)
    assert transfers(a, "delivered") == [
        (
            "AID",
            ["gov:GBR"],
            ["gov:UKR"],
            "delivered",
            [("14 Challenger 2 tanks", "Challenger 2", "tanks", 14)],
        )
    ]


def test_getting_weapons_is_receiving_them_from_whoever_they_come_from(analyze):
    a = analyze(
        "Moldova will get 31 Abrams tanks from the United States.\n"
        "The mood in Chisinau got worse after the vote.\n"
        "Moldova gets little help from Romania.",
        published=PUB,
    )
    assert [t[:4] for t in transfers(a, "get")] == [("AID", ["state:USA"], ["gov:MDA"], "planned")]
    assert [e for e in a.events if e.trigger.text in ("got", "gets")] == []


def test_considering_a_transfer_is_no_transfer_yet(analyze):
    a = analyze(
        "Washington is considering sending ATACMS missiles to Moldova.\n"
        "Berlin is weighing delivering Taurus missiles to Georgia.",
        published=PUB,
    )
    assert [t[3] for t in transfers(a, "sending")] == ["hypothetical"]
    assert [t[3] for t in transfers(a, "delivering")] == ["hypothetical"]


def test_a_recipient_right_after_the_verb_is_not_part_of_the_goods(analyze):
    a = analyze(
        "Poland gave Ukraine 14 MiG-29 fighter jets.\nBritain gave Ukraine Storm Shadow missiles.",
        published=PUB,
    )
    assert [t[:3] + (t[4][0][0],) for t in transfers(a, "gave")] == [
        ("AID", ["gov:POL"], ["state:UKR"], "14 MiG-29 fighter jets"),
        ("AID", ["gov:GBR"], ["state:UKR"], "Storm Shadow missiles"),
    ]


def test_the_one_warned_off_or_called_on_is_the_doer_and_nothing_is_done_yet(analyze):
    a = analyze(
        "Moscow warned the West against supplying long-range missiles to Moldova.\n"
        "Chisinau called on Germany to send tanks.\n"
        "Chisinau appealed to Paris to deliver Caesar howitzers.",
        published=PUB,
    )
    assert [t[:4] for t in transfers(a, "supplying")] == [
        ("AID", ["org:the-west"], ["state:MDA"], "hypothetical")
    ]
    assert [t[:4] for t in transfers(a, "send")] == [("AID", ["state:DEU"], ["state:MDA"], "demanded")]
    assert [t[:4] for t in transfers(a, "deliver")] == [("AID", ["gov:FRA"], ["state:MDA"], "demanded")]


def test_troops_sent_are_the_senders_not_a_party(analyze):
    a = analyze("France will send troops to Mali.", published=PUB)
    (ev,) = [e for e in a.events if e.trigger.text == "send"]
    assert (ev.category, [p.actor_id for p in ev.sources], [p.actor_id for p in ev.targets]) == (
        "MOBILIZE",
        ["gov:FRA"],
        ["state:MLI"],
    )


def test_giving_a_fleet_of_a_named_system_is_a_transfer_sending_warships_a_deployment(analyze):
    a = analyze(
        "Slovakia gave Ukraine its MiG-29 fleet.\nRussia sent warships to the Black Sea.", published=PUB
    )
    assert [(e.category, e.trigger.text) for e in a.events] == [("AID", "gave"), ("MOBILIZE", "sent")]
