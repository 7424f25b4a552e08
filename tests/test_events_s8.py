"""Event rules of session 8, on sentences written for these tests."""

from __future__ import annotations

PUB = "2023-05-01"


def events(analysis, trigger: str) -> list[tuple]:
    return [
        (
            e.category,
            [p.actor_id for p in e.sources],
            [p.actor_id for p in e.targets],
            e.status,
        )
        for e in analysis.events
        if e.trigger.text == trigger
    ]


def test_a_conjoined_verb_shares_the_modal_of_the_first(analyze):
    a = analyze(
        "Russia could invade Georgia and occupy its capital.\n"
        "Washington will continue to complain and threaten Iran.\n"
        "Serbia did not invade Kosovo but blockaded its border.",
        published=PUB,
    )
    assert events(a, "occupy") == [("COERCE", ["gov:RUS"], [], "hypothetical")]
    assert events(a, "threaten") == [("THREATEN", ["gov:USA"], ["state:IRN"], "under way")]
    assert [s for *_, s in events(a, "blockaded")] == [None]


def test_an_act_called_ongoing_is_under_way_and_the_act_told_before(analyze):
    a = analyze(
        "No audit may hinder Moldova's defence against ongoing Russian aggression.\n"
        "Ethiopia's invasion of Eritrea began in spring.\n"
        "Farmers fled amid Ethiopia's ongoing invasion of Eritrea.",
        published=PUB,
    )
    assert events(a, "aggression") == [("ASSAULT", ["gov:RUS"], [], "under way")]
    assert len(events(a, "invasion")) == 1


def test_arming_someone_is_aid_to_them_and_a_bare_verb_shares_the_next_verbs_object(analyze):
    a = analyze(
        "Canada's policy of arming Kenya failed.\n"
        "Chile is arming and training the Peruvian army.\n"
        "Serbian units fought in Kosovo and blasted Albania.",
        published=PUB,
    )
    assert events(a, "arming") == [
        ("AID", ["gov:CAN"], ["state:KEN"], "under way"),
        ("AID", ["gov:CHL"], ["mil:PER"], "under way"),
    ]
    assert all(e.targets == [] for e in a.events if e.trigger.text == "fought")


def test_saturating_or_flooding_a_country_with_arms_is_a_transfer_to_it(analyze):
    a = analyze(
        "NATO must quickly saturate Kenya with the heaviest of arms it can find: helicopters, armored "
        "personnel vehicles and tanks.\n"
        "Iran flooded Sudan with drones.\n"
        "Russia flooded Europe with refugees.",
        published=PUB,
    )
    assert events(a, "saturate") == [("AID", ["igo:nato"], ["state:KEN"], "hypothetical")]
    (ev,) = [e for e in a.events if e.trigger.text == "saturate"]
    assert [i.category for i in ev.items] == ["weapons", "helicopters", "armoured vehicles", "tanks"]
    assert events(a, "flooded") == [("AID", ["gov:IRN"], ["state:SDN"], "delivered")]


def test_an_amount_converted_in_brackets_is_not_more_money(analyze):
    a = analyze(
        "Kenya received €12 billion ($13.1 billion) in military aid from Norway between 2021 and 2023.",
        published=PUB,
    )
    assert events(a, "received") == [("AID", ["state:NOR"], ["gov:KEN"], "delivered")]
    (ev,) = [e for e in a.events if e.trigger.text == "received"]
    assert [(i.category, i.quantity_value, i.unit) for i in ev.items] == [("money", 12_000_000_000, "euros")]


def test_a_bodys_meeting_is_held_by_it_and_an_adjective_can_give_a_nouns_status(analyze):
    a = analyze(
        "The Arab League meeting ended on Monday.\n"
        "After a scheduled NATO summit in July, Kenya will decide.\n"
        "A potential Ethiopian attack on Eritrea worries Kenya.",
        published=PUB,
    )
    assert events(a, "meeting") == [("CONSULT", ["igo:arab-league"], [], None)]
    assert events(a, "summit") == [("CONSULT", ["igo:nato"], [], "planned")]
    assert events(a, "attack") == [("ASSAULT", ["gov:ETH"], ["state:ERI"], "hypothetical")]


def test_more_verbs_of_war_are_triggers(analyze):
    a = analyze(
        "Sudanese troops repelled the Chadian army from the border town.\n"
        "The airport was recaptured by Eritrean forces in May.\n"
        "China snubbed Japan at the summit.\n"
        "Turkey ousted Armenia's envoy and intimidated Greece.",
        published=PUB,
    )
    assert events(a, "repelled") == [("ASSAULT", ["mil:SDN"], ["mil:TCD"], None)]
    assert events(a, "recaptured") == [("ASSAULT", ["mil:ERI"], [], None)]
    assert events(a, "snubbed") == [("REJECT", ["gov:CHN"], ["state:JPN"], None)]
    assert [c for c, *_ in events(a, "ousted") + events(a, "intimidated")] == ["COERCE", "THREATEN"]


def test_a_conjoined_gerund_is_told_in_the_time_of_the_first(analyze):
    a = analyze(
        "Eritrea claims that Ethiopia is allegedly stealing grain and machinery, deliberately bombing farms "
        "and blockading its ports.",
        published=PUB,
    )
    assert events(a, "blockading") == [("COERCE", ["gov:ETH"], ["gov:ERI"], "under way")]


def test_a_supplier_or_donor_is_the_one_the_noun_is_said_of(analyze):
    a = analyze(
        "Britain is the main supplier of advanced weaponry to Kenya.\n"
        "Norway, a big donor of aid to Sudan, cut its budget.\n"
        "Kenya needs a new supplier of fuel.",
        published=PUB,
    )
    assert events(a, "supplier") == [("AID", ["gov:GBR"], ["state:KEN"], "under way")]
    (ev,) = [e for e in a.events if e.trigger.text == "supplier"]
    assert [i.category for i in ev.items] == ["weapons"]
    assert events(a, "donor") == [("AID", ["gov:NOR"], ["state:SDN"], "under way")]


def test_a_verb_governed_by_a_conjoined_verb_shares_the_first_ones_modal(analyze):
    a = analyze("The EU should punish Russia through sanctions and continue assisting Kenya.", published=PUB)
    assert events(a, "assisting") == [("AID", ["igo:eu"], ["state:KEN"], "hypothetical")]
