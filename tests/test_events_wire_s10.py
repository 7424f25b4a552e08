"""Event rules of session 10 for wire reports on wars and diplomacy, on sentences written for these tests."""

from __future__ import annotations

from test_events_s8 import PUB, events


def test_recruiting_conscripting_or_calling_up_people_is_mobilisation(analyze):
    a = analyze(
        "Belarus has recruited hundreds of convicts to serve at the front.\n"
        "Armenia conscripted 20,000 men last autumn.\n"
        "Georgia drafted thousands of reservists.\n"
        "Serbia called up 5,000 reservists on Monday.\n"
        "Moldova has recruited Chilean mercenaries.\n"
        "Peru drafted a resolution on fishing rights.",
        published=PUB,
    )
    assert events(a, "recruited") == [
        ("MOBILIZE", ["gov:BLR"], [], None),
        ("MOBILIZE", ["gov:MDA"], [], None),  # those raised are its own forces, not a party
    ]
    assert events(a, "conscripted") == [("MOBILIZE", ["gov:ARM"], [], None)]
    assert events(a, "drafted") == [("MOBILIZE", ["gov:GEO"], [], None)]  # not the resolution
    assert events(a, "called up") == [("MOBILIZE", ["gov:SRB"], [], None)]


def test_moving_reserves_or_paratroopers_is_a_deployment_not_aid(analyze):
    a = analyze("Armenia sent 800 paratroopers to Tajikistan.", published=PUB)
    assert events(a, "sent") == [("MOBILIZE", ["gov:ARM"], ["state:TJK"], None)]


def test_exchanging_prisoners_is_a_release_each_side_to_the_other(analyze):
    a = analyze(
        "Armenia and Azerbaijan exchanged 32 prisoners of war.\n"
        "Sudan and Chad swapped captives on Friday.\n"
        "Peru and Chile carried out a prisoner exchange.\n"
        "A prisoner swap between Ethiopia and Eritrea freed 60 soldiers.\n"
        "Iran and Oman exchanged ambassadors.",
        published=PUB,
    )
    assert events(a, "exchanged") == [("RETREAT", ["gov:ARM"], ["gov:AZE"], None)]
    assert events(a, "swapped") == [("RETREAT", ["gov:SDN"], ["gov:TCD"], None)]
    assert events(a, "exchange") == [("RETREAT", ["gov:PER"], ["gov:CHL"], None)]
    assert events(a, "swap") == [("RETREAT", ["state:ETH"], ["state:ERI"], None)]


def test_launching_weapons_at_someone_is_an_assault_on_them(analyze):
    a = analyze(
        "Iran launched 12 missiles and 40 drones at Israel overnight.\n"
        "Serbia launched an inquiry into the crash.\n"
        "The range of mines the Vulkan system can launch varies from small anti-personnel mines to "
        "anti-tank mines.",
        published=PUB,
    )
    assert events(a, "launched") == [("ASSAULT", ["gov:IRN"], ["gov:ISR"], None)]
    assert events(a, "launch") == []  # "varies" misparsed as its object: the mines are not launched


def test_who_is_asked_to_act_is_the_doer_of_the_act_demanded(analyze):
    a = analyze(
        "Tbilisi demanded the immediate withdrawal of Armenian troops from the dam.\n"
        "Chile called for the release of Chilean sailors held by Peru.\n"
        "Latvia demanded a Belarusian withdrawal from the border zone.",
        published=PUB,
    )
    assert events(a, "demanded") == [
        ("REQUEST", ["gov:GEO"], ["mil:ARM"], None),
        ("REQUEST", ["gov:LVA"], ["gov:BLR"], None),  # named twice (the act's doer and its adjective): once
    ]
    assert events(a, "called") == [("REQUEST", ["gov:CHL"], ["gov:PER"], None)]
    # the act asked for is not done
    assert events(a, "withdrawal")[-1][3] == "demanded"


def test_one_party_named_twice_is_one_party(analyze):
    a = analyze("Erdogan rejected Zelensky's peace plan.", published=PUB)
    assert events(a, "rejected") == [
        ("REJECT", ["person:recep-tayyip-erdogan"], ["person:volodymyr-zelensky"], None)
    ]


def test_a_sum_approved_in_aid_is_aid_and_a_number_before_a_currency_is_money(analyze):
    a = analyze(
        "Japan approved $2 billion in military aid to Taiwan.\n"
        "Moldova received 3 billion euros in military aid from Romania.",
        published=PUB,
    )
    assert events(a, "approved $2 billion in military aid") == [
        ("AID", ["gov:JPN"], ["state:TWN"], "approved")
    ]
    (received,) = [e for e in a.events if e.trigger.text == "received"]
    assert [p.actor_id for p in received.sources] == ["state:ROU"]
    assert [p.actor_id for p in received.targets] == ["gov:MDA"]
    assert [(i.span.text, i.category, i.quantity_value, i.unit) for i in received.items] == [
        ("3 billion euros", "money", 3_000_000_000, "euros")
    ]


def test_who_signs_or_passes_a_bill_providing_aid_provides_it(analyze):
    a = analyze(
        "Macron signed a bill providing $4 billion in aid to Moldova.\n"
        "The Spanish parliament passed a decree banning talks with Venezuela.",
        published=PUB,
    )
    assert events(a, "providing") == [("AID", ["person:emmanuel-macron"], ["state:MDA"], "approved")]
    assert events(a, "banning") == []  # only a transfer in the participle is the signer's


def test_signing_or_agreeing_an_event_noun_is_that_event(analyze):
    a = analyze(
        "Armenia and Azerbaijan signed a deal to reopen the railway.\n"
        "The EU agreed a ban on Iranian oil imports.\n"
        "Sudan and Chad agreed a ten-day ceasefire.",
        published=PUB,
    )
    assert events(a, "signed a deal") == [("AGREE", ["gov:ARM"], ["gov:AZE"], None)]
    assert events(a, "agreed a ban") == [("SANCTION", ["igo:eu"], ["gov:IRN"], None)]  # an embargo
    assert events(a, "agreed a ten-day ceasefire") == [("AGREE", ["gov:SDN"], ["gov:TCD"], None)]


def test_the_other_side_of_a_border_closed_is_its_target(analyze):
    a = analyze("Latvia closed its border with Belarus to lorries.", published=PUB)
    assert events(a, "closed") == [("COERCE", ["gov:LVA"], ["state:BLR"], None)]


def test_capturing_a_town_is_an_assault_capturing_people_is_coercion(analyze):
    a = analyze(
        "Ethiopian troops captured the town of Humera, the army said.\n"
        "Azerbaijani forces seized control of the Lachin district.\n"
        "Armenia captured 12 Azerbaijani soldiers.\n"
        "Ugandan troops took Kinshasa in May.\n"
        "Eritrean forces retook the hill.",
        published=PUB,
    )
    assert [c for c, *_ in events(a, "captured")] == ["ASSAULT", "COERCE"]
    assert events(a, "captured")[1] == ("COERCE", ["gov:ARM"], ["mil:AZE"], None)
    assert [c for c, *_ in events(a, "seized")] == ["ASSAULT"]
    assert events(a, "took") == [("ASSAULT", ["mil:UGA"], ["gov:COD"], None)]  # a capital the tagger missed
    assert events(a, "retook") == [("ASSAULT", ["mil:ERI"], [], None)]  # the tagger's lemma is "retook"


def test_a_chairman_in_apposition_is_the_named_person_not_the_owner(analyze):
    a = analyze(
        "Kenya banned the party, although its chairman, Amos Kiprono, called for a ceasefire and the "
        "withdrawal of Ugandan troops.",
        published=PUB,
    )
    assert events(a, "called") == [("REQUEST", ["person:amos-kiprono"], ["mil:UGA"], None)]


def test_diplomatic_measures_hit_the_country_of_the_diplomats_or_goods(analyze):
    a = analyze(
        "Minsk ordered six Lithuanian diplomats to leave the country.\n"
        "Chile recalled its ambassador from Bolivia.\n"
        "Norway imposed an asset freeze on 15 Belarusian officials.\n"
        "Mongolia suspended fuel exports to Kyrgyzstan.",
        published=PUB,
    )
    assert events(a, "ordered") == [("SANCTION", ["gov:BLR"], ["gov:LTU"], None)]  # an expulsion
    assert events(a, "recalled") == [("SANCTION", ["gov:CHL"], ["state:BOL"], None)]
    assert events(a, "imposed an asset freeze") == [("SANCTION", ["gov:NOR"], ["gov:BLR"], None)]
    assert events(a, "suspended") == [("SANCTION", ["gov:MNG"], ["state:KGZ"], None)]


def test_moving_troops_or_putting_them_on_alert_is_mobilisation(analyze):
    a = analyze(
        "Azerbaijan moved troops to the Armenian border.\n"
        "Greece put 3,000 soldiers on high alert.\n"
        "Peru moved its embassy to Lima.",
        published=PUB,
    )
    assert events(a, "moved") == [("MOBILIZE", ["gov:AZE"], ["gov:ARM"], None)]  # not the embassy
    assert events(a, "put") == [("MOBILIZE", ["gov:GRC"], [], None)]


def test_an_arrest_warrant_accuses_whom_it_is_for(analyze):
    a = analyze("The International Criminal Court issued an arrest warrant for Netanyahu.", published=PUB)
    assert events(a, "warrant") == [("ACCUSE", ["igo:icc"], ["person:benjamin-netanyahu"], None)]


def test_two_country_adjectives_on_one_noun_are_two_parties_and_clashes_are_mutual(analyze):
    a = analyze(
        "Qatar hosted talks between Sudanese and Chadian delegations.\n"
        "Clashes between Kyrgyz and Tajik troops killed 12.\n"
        "Serbian and Kosovar police clashed near the border.",
        published=PUB,
    )
    assert events(a, "talks") == [("CONSULT", ["gov:SDN"], ["gov:TCD"], None)]
    # the parse may read the first adjective as a noun of its own: the army or the state, either side
    assert [(c, [x[-3:] for x in s], [x[-3:] for x in t]) for c, s, t, _ in events(a, "Clashes")] == [
        ("ASSAULT", ["KGZ"], ["TJK"])
    ]
    assert events(a, "clashed") == [("ASSAULT", ["gov:SRB"], ["gov:XKX"], None)]


def test_an_ambassador_named_by_an_untyped_country_adjective_is_that_country(analyze):
    a = analyze("Russia expelled the Moldovan ambassador.", published=PUB)
    assert events(a, "expelled") == [("SANCTION", ["gov:RUS"], ["gov:MDA"], None)]


def test_agreeing_to_give_money_is_a_pledged_transfer(analyze):
    a = analyze("The EU has agreed to give Moldova 5 billion euros in financial support.", published=PUB)
    assert events(a, "agreed to give") == [("AID", ["igo:eu"], ["state:MDA"], "pledged")]
    assert events(a, "agreed") == []  # no AGREE of its own


def test_weapons_hosted_are_no_one_met(analyze):
    a = analyze("Hungary hosted American nuclear weapons.", published=PUB)
    assert [e for e in a.events if e.category == "CONSULT"] == []


def test_who_launched_the_weapons_shot_down_is_hit(analyze):
    a = analyze(
        "Armenia's air force said it had shot down 12 of the 15 drones launched by Azerbaijan overnight.",
        published=PUB,
    )
    assert events(a, "shot down") == [("ASSAULT", ["mil:ARM"], ["gov:AZE"], None)]


def test_a_resolution_adopted_asks_for_what_it_calls_for(analyze):
    a = analyze(
        "The UN Security Council adopted a resolution calling for a ceasefire in Sudan.\n"
        "China vetoed a Security Council resolution demanding a truce.",
        published=PUB,
    )
    assert events(a, "calling") == [("REQUEST", ["igo:unsc"], [], None)]
    assert events(a, "demanding") == []  # the vetoer asks for nothing


def test_intercepting_weapons_hits_their_owner(analyze):
    a = analyze("Israeli air defences intercepted 18 Iranian missiles.", published=PUB)
    assert events(a, "intercepted") == [("ASSAULT", ["mil:ISR"], ["gov:IRN"], None)]


def test_vowing_revenge_is_a_threat_not_a_promise(analyze):
    a = analyze("Hezbollah vowed revenge against Israel.", published=PUB)
    assert events(a, "vowed") == [("THREATEN", ["group:hezbollah"], ["state:ISR"], None)]


def test_blacklisting_and_bans_on_a_states_goods_are_sanctions(analyze):
    a = analyze(
        "Washington blacklisted four Turkish firms.\nThe EU banned imports of Belarusian steel.",
        published=PUB,
    )
    assert events(a, "blacklisted") == [("SANCTION", ["gov:USA"], ["gov:TUR"], None)]
    assert events(a, "banned") == [("SANCTION", ["igo:eu"], ["gov:BLR"], None)]


def test_pacts_and_treaties_signed_or_ratified_are_agreements(analyze):
    a = analyze(
        "Minsk and Tehran signed a mutual defence pact.\n"
        "The Armenian parliament ratified the treaty with Iran.",
        published=PUB,
    )
    assert events(a, "signed a mutual defence pact") == [("AGREE", ["gov:BLR"], ["gov:IRN"], None)]
    assert [(c, t) for c, _, t, _ in events(a, "ratified")] == [("AGREE", ["state:IRN"])]


def test_martial_law_extended_is_coercion_and_donated_bushmasters_are_armoured_vehicles(analyze):
    a = analyze(
        "Moldova extended martial law for 90 days.\nNew Zealand donated 30 Bushmaster vehicles to Moldova.",
        published=PUB,
    )
    assert events(a, "law") == [("COERCE", ["gov:MDA"], [], None)]
    (donated,) = [e for e in a.events if e.trigger.text == "donated"]
    assert [i.category for i in donated.items] == ["armoured vehicles"]
    assert [p.actor_id for p in donated.targets] == ["state:MDA"]


def test_an_inverted_should_states_a_condition_down_to_a_gerund(analyze):
    a = analyze(
        "Should Serbia persist in shelling Kosovo, Albania would send troops.\n"
        "If Armenia persists in shelling Azerbaijan, Turkey will send jets.",
        published=PUB,
    )
    assert [s for *_, s in events(a, "shelling")] == ["hypothetical", "hypothetical"]


def test_who_is_ready_or_willing_to_act_is_the_doer_of_the_act(analyze):
    a = analyze(
        "Baku said it was ready to hold talks with Yerevan.\n"
        "Ankara is willing to deliver the drones to Tripoli.",
        published=PUB,
    )
    assert events(a, "talks") == [("CONSULT", ["gov:AZE"], ["gov:ARM"], "hypothetical")]
    assert events(a, "deliver") == [("AID", ["gov:TUR"], ["gov:LBY"], "hypothetical")]


def test_who_travels_for_talks_holds_them(analyze):
    a = analyze("Erdogan arrived in Baku for talks with Putin.", published=PUB)
    assert [(c, s, t) for c, s, t, _ in events(a, "talks")] == [
        ("CONSULT", ["person:recep-tayyip-erdogan"], ["person:vladimir-putin"])
    ]
