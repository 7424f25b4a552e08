"""Event rules of session 9 (found with `eval plover-extract`), on sentences written for these tests."""

from __future__ import annotations

from test_events_s8 import PUB, events


def test_an_act_on_a_request_or_call_is_towards_who_made_it(analyze):
    a = analyze(
        "Chile rejected a call from Peru to close the border.\n"
        "The Bolivian court refused a request by Ecuador to extradite the banker.\n"
        "Kenya refused to accept a request from Uganda for more troops.",
        published=PUB,
    )
    assert events(a, "rejected") == [("REJECT", ["gov:CHL"], ["state:PER"], None)]
    assert [(c, s, t) for c, s, t, _ in events(a, "refused")] == [
        ("REJECT", ["gov:BOL"], ["state:ECU"]),
        ("REJECT", ["gov:KEN"], ["state:UGA"]),
    ]


def test_what_an_investigation_or_incursion_goes_into_is_its_target(analyze):
    a = analyze(
        "Danish prosecutors have launched an investigation into the Latvian shipping firm Balt Lines.\n"
        "Ethiopian troops made an incursion into Eritrea last night.",
        published=PUB,
    )
    assert events(a, "launched an investigation") == [("ACCUSE", ["gov:DNK"], ["org:balt-lines"], None)]
    assert events(a, "incursion") == [("ASSAULT", ["mil:ETH"], ["state:ERI"], None)]


def test_opening_fire_on_someone_is_an_assault_not_a_concession(analyze):
    a = analyze(
        "Serbian troops opened fire on Kosovo police.\nHungary opened its border to Austria.", published=PUB
    )
    assert [(c, s, t) for c, s, t, _ in events(a, "opened")] == [
        ("ASSAULT", ["mil:SRB"], ["state:XKX"]),
        ("CONCEDE", ["gov:HUN"], ["state:AUT"]),
    ]


def test_a_recoded_act_does_not_need_the_target_its_base_reading_needs(analyze):
    a = analyze("Iraqi security forces opened fire on protesters in Basra.", published=PUB)
    got = [(e.category, [p.actor_id for p in e.sources], [p.span.text for p in e.targets]) for e in a.events]
    assert got == [("ASSAULT", ["mil:IRQ"], ["protesters"])]


def test_who_begins_mounts_or_lodges_an_act_named_by_a_noun_does_it(analyze):
    a = analyze(
        "Russia began an offensive against Georgia in August.\n"
        "Chad mounted an attack on Sudan.\n"
        "Egypt lodged a complaint against Ethiopia at the UN.\n"
        "The Chilean police opened an investigation into Bolivia's consul.",
        published=PUB,
    )
    got = {
        e.trigger.text: (e.category, [p.actor_id for p in e.sources], [p.actor_id for p in e.targets])
        for e in a.events
    }
    assert got == {
        "began an offensive": ("ASSAULT", ["gov:RUS"], ["state:GEO"]),
        "attack": ("ASSAULT", ["gov:TCD"], ["state:SDN"]),
        "complaint": ("ACCUSE", ["gov:EGY"], ["state:ETH"]),
        "investigation": ("ACCUSE", ["gov:CHL"], ["gov:BOL"]),
    }


def test_lifting_or_easing_a_measure_yields_to_whom_it_was_on(analyze):
    a = analyze(
        "Japan lifted sanctions on Iran on Friday.\nNorway eased restrictions on Danish fishermen.",
        published=PUB,
    )
    assert events(a, "lifted") == [("CONCEDE", ["gov:JPN"], ["state:IRN"], None)]
    assert events(a, "eased") == [("CONCEDE", ["gov:NOR"], ["gov:DNK"], None)]


def test_who_is_released_or_freed_is_the_target_but_not_what_is_withdrawn(analyze):
    a = analyze(
        "The Afghan government released 100 Taliban prisoners.\n"
        "Syrian authorities have freed prominent blogger Rana Haddad.\n"
        "Ukraine withdrew its troops on Monday.",
        published=PUB,
    )
    assert events(a, "released") == [("RETREAT", ["gov:AFG"], ["group:taliban"], None)]
    assert events(a, "freed") == [("RETREAT", ["gov:SYR"], ["person:rana-haddad"], None)]
    assert [t for _, _, t, _ in events(a, "withdrew")] == [[]]


def test_whom_an_act_on_people_is_done_to_is_a_party_whatever_its_noun(analyze):
    a = analyze(
        "Italian police have arrested the captain of a rescue ship.\n"
        "Kenya announced the arrest of two employees of the embassy.\n"
        "The ministry released a report on Tuesday.",
        published=PUB,
    )
    parties = {
        e.trigger.text: ([p.actor_id for p in e.sources], [p.span.text for p in e.targets]) for e in a.events
    }
    assert parties["arrested"] == (["gov:ITA"], ["the captain"])
    assert parties["arrest"] == (["gov:KEN"], ["two employees"])
    assert parties["released"][1] == []  # a report released is no one


def test_a_state_organ_in_a_country_and_a_group_loyal_to_someone_act_for_them(analyze):
    a = analyze(
        "A court in Argentina has freed former minister Julio Vidal.\n"
        "Police in Lima arrested a Chilean businessman on Monday.\n"
        "Forces loyal to General Omar Bashir attacked the rebels in Darfur.\n"
        "Protesters in Moscow attacked the police.",
        published=PUB,
    )
    sources = {e.trigger.text: [(p.span.text, p.actor_id) for p in e.sources] for e in a.events}
    assert sources == {
        "freed": [("A court", "gov:ARG")],
        "arrested": [("Police", "gov:PER")],
        "attacked": [("Forces", "person:omar-bashir")],
    }


def test_waging_war_on_someone_is_an_assault_by_who_wages_it(analyze):
    a = analyze("Iraq waged war against Iran for eight years.", published=PUB)
    assert events(a, "war") == [("ASSAULT", ["gov:IRQ"], ["state:IRN"], None)]


def test_summoning_another_state_s_envoy_is_a_formal_complaint(analyze):
    a = analyze(
        "Chile summoned the Peruvian ambassador to protest the arrests.\n"
        "The captain summoned the courage to speak.",
        published=PUB,
    )
    assert events(a, "summoned") == [("ACCUSE", ["gov:CHL"], ["gov:PER"], None)]


def test_apprehending_outlawing_and_overrunning_are_events(analyze):
    a = analyze(
        "Chilean soldiers apprehended a Bolivian man near the border.\n"
        "Chad outlawed the opposition party.\n"
        "Sudanese troops overran an army base in Chad.",
        published=PUB,
    )
    got = {e.trigger.text: (e.category, [p.actor_id for p in e.sources]) for e in a.events}
    assert got == {
        "apprehended": ("COERCE", ["mil:CHL"]),
        "outlawed": ("COERCE", ["gov:TCD"]),
        "overran": ("ASSAULT", ["mil:SDN"]),
    }


def test_a_refusal_to_act_on_a_request_or_a_measure_is_towards_its_maker_or_its_object(analyze):
    a = analyze(
        "Turkey still refuses to lift the ban on Cypriot ships.\n"
        "Kenya refused to respond to a request from Uganda for more information.",
        published=PUB,
    )
    got = [
        (e.trigger.text, [p.actor_id for p in e.sources], [p.actor_id for p in e.targets]) for e in a.events
    ]
    assert [g for g in got if g[0].startswith("refuse")] == [
        ("refuses", ["gov:TUR"], ["gov:CYP"]),
        ("refused", ["gov:KEN"], ["state:UGA"]),
    ]


def test_cutting_or_reducing_aid_to_someone_is_a_sanction_on_them(analyze):
    a = analyze(
        "Canada reduced military aid to Peru by $17 million.\n"
        "Chile cut funding for Bolivia last year.\n"
        "Peru reduced its carbon emissions.",
        published=PUB,
    )
    assert events(a, "reduced") == [("SANCTION", ["gov:CAN"], ["state:PER"], None)]
    assert events(a, "cut") == [("SANCTION", ["gov:CHL"], ["state:BOL"], None)]
