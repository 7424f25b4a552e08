"""Event rules of session 11 for wire reports on wars and diplomacy, on passages written for these tests
(invented people and events; real capitals and offices)."""

from __future__ import annotations

from test_events_s8 import PUB, events


def parties(analysis) -> list[tuple[str, str, list[str | None], list[str | None]]]:
    return [
        (e.trigger.text, e.category, [p.actor_id for p in e.sources], [p.actor_id for p in e.targets])
        for e in analysis.events
    ]


def test_a_truce_one_side_declares_is_its_own_ceasefire_not_an_agreement(analyze):
    a = analyze(
        "KYIV, March 3 - Russia's defence ministry declared a unilateral 48-hour truce along the southern "
        "front on Sunday, citing a religious holiday. Ukrainian officials dismissed the move as a ploy.\n"
        "MOSCOW - The Kremlin announced a ceasefire for the Easter weekend, state media said.\n"
        "Sudan and Chad declared a ceasefire on Monday.",
        published=PUB,
    )
    assert events(a, "truce") == [("RETREAT", ["mil:RUS"], [], None)]
    ceasefires = events(a, "ceasefire")
    assert ceasefires[0] == ("RETREAT", ["gov:RUS"], [], None)
    assert ceasefires[1] == ("AGREE", ["gov:SDN"], ["gov:TCD"], None)  # both sides named: an agreement


def test_travelling_to_a_capital_is_a_visit_to_its_government(analyze):
    a = analyze(
        "BELGRADE - Serbian President Aleksandar Vucic arrived in Moscow on Thursday on a two-day visit. "
        "He is due to see the Russian leader on Friday.\n"
        "TOKYO - Japanese Prime Minister Fumio Kishida flew to Warsaw on Monday.\n"
        "Turkish Foreign Minister Hakan Fidan travelled to Beijing this week.\n"
        "Russian Tu-95 bombers flew to Caracas overnight.",
        published=PUB,
    )
    assert events(a, "arrived") == [("CONSULT", ["person:aleksandar-vucic"], ["gov:RUS"], None)]
    assert events(a, "visit") == []  # the trip that names the host is the one visit
    assert events(a, "flew") == [("CONSULT", ["person:fumio-kishida"], ["gov:POL"], None)]  # not the bombers
    assert events(a, "travelled") == [("CONSULT", ["person:hakan-fidan"], ["gov:CHN"], None)]


def test_a_trip_and_the_talks_it_was_for_are_one_visit_and_home_is_no_host(analyze):
    a = analyze(
        "WARSAW - Polish Foreign Minister Radoslaw Sikorski travelled to Washington on Tuesday, where he met "
        "Secretary of State Antony Blinken.\n"
        "Finnish Foreign Minister Elina Valtonen flew to Ottawa for talks with Canadian Prime Minister "
        "Justin Trudeau.\n"
        "Serbian President Aleksandar Vucic arrived in Belgrade late on Sunday.",
        published=PUB,
    )
    got = parties(a)
    assert ("met", "CONSULT", ["person:radoslaw-sikorski"], ["person:antony-blinken"]) in got
    assert ("talks", "CONSULT", ["person:elina-valtonen"], ["person:justin-trudeau"]) in got
    assert [t for t, *_ in got if t in ("travelled", "flew")] == []
    assert all("gov:SRB" not in tg for *_, tg in got)  # a president back in his own capital visits no one


def test_preparing_for_war_is_mobilisation_preparing_for_a_meeting_is_not(analyze):
    a = analyze(
        "Moldova must prepare for war, Defence Minister Ion Radu told lawmakers on Tuesday.\n"
        "Finland is preparing for a possible Russian offensive, its army chief said.\n"
        "Estonia is preparing for the NATO summit in July.",
        published=PUB,
    )
    assert events(a, "prepare") == [("MOBILIZE", ["gov:MDA"], [], "hypothetical")]
    assert [(c, s) for c, s, *_ in events(a, "preparing")] == [("MOBILIZE", ["gov:FIN"])]


def test_trading_accusations_or_barbs_is_each_side_accusing_the_other(analyze):
    a = analyze(
        "Turkey and Greece traded accusations over airspace violations this week.\n"
        "Serbia and Croatia exchanged barbs at the United Nations on Monday.\n"
        "Russia and Georgia exchanged ambassadors in 2005.",
        published=PUB,
    )
    assert events(a, "traded") == [("ACCUSE", ["gov:TUR"], ["gov:GRC"], None)]
    assert events(a, "exchanged") == [("ACCUSE", ["gov:SRB"], ["gov:HRV"], None)]  # not the ambassadors


def test_closing_airspace_or_ports_to_a_country_is_a_sanction(analyze):
    a = analyze(
        "VILNIUS - Lithuania closed its airspace to Belarusian aircraft on Friday.\n"
        "Norway shut its ports to Russian fishing trawlers last month.",
        published=PUB,
    )
    assert events(a, "closed") == [("SANCTION", ["gov:LTU"], ["gov:BLR"], None)]
    assert events(a, "shut") == [("SANCTION", ["gov:NOR"], ["gov:RUS"], None)]


def test_whoever_owns_what_is_seized_or_frozen_is_hit(analyze):
    a = analyze(
        "Canada seized assets belonging to Russian oligarch Roman Abramovich.\n"
        "Belgian prosecutors froze funds owned by the Russian central bank.",
        published=PUB,
    )
    assert events(a, "seized") == [("COERCE", ["gov:CAN"], ["person:roman-abramovich"], None)]
    assert events(a, "froze") == [("SANCTION", ["gov:BEL"], ["gov:RUS"], None)]


def test_some_members_of_a_bloc_are_not_the_bloc(analyze):
    a = analyze(
        "Several EU governments have called for a price cap on Russian gas.\n"
        "Some NATO members oppose sending fighter jets to Ukraine.\n"
        "A few alliance capitals want to send more tanks to Kyiv.",
        published=PUB,
    )
    assert all(p.actor_id not in ("igo:eu", "igo:nato") for e in a.events for p in (*e.sources, *e.targets))


def test_an_act_someone_failed_to_do_is_no_event(analyze):
    a = analyze(
        "Armenia's intelligence service failed to prepare for the war, a parliamentary report found.\n"
        "Belarus failed to capture the border post, Ukrainian officials said.",
        published=PUB,
    )
    assert events(a, "prepare") == []
    assert events(a, "capture") == []


def test_a_strike_on_a_place_or_by_a_state_is_an_attack_never_a_walkout(analyze):
    a = analyze(
        "KHARKIV - Kyiv blamed Moscow for the strike on a shopping mall in Poltava, which killed eleven "
        "people.\n"
        "Warsaw blamed Minsk for the strike on the border post, a Polish government spokesman said.\n"
        "A Russian missile strike hit a maternity ward in Zaporizhzhia overnight, regional officials said.\n"
        "French rail workers went on strike on Tuesday over pension reform.",
        published=PUB,
    )
    assert [(c, s) for c, s, *_ in events(a, "strike")] == [
        ("ASSAULT", ["gov:RUS"]),
        ("ASSAULT", ["gov:BLR"]),
        ("ASSAULT", ["gov:RUS"]),
    ]
    assert all(e.category != "PROTEST" for e in a.events)


def test_a_ban_on_exports_to_a_country_is_an_embargo_on_it(analyze):
    a = analyze(
        "TOKYO - Japan banned exports of construction machinery to Russia on Friday.\n"
        "Hungary halted gas transit to Slovakia last week.",
        published=PUB,
    )
    assert events(a, "banned") == [("SANCTION", ["gov:JPN"], ["state:RUS"], None)]
    assert events(a, "halted") == [("SANCTION", ["gov:HUN"], ["state:SVK"], None)]


def test_cancelling_or_postponing_a_visit_or_talks_is_a_rejection_of_the_host(analyze):
    a = analyze(
        "BERLIN - German Chancellor Olaf Scholz cancelled a planned visit to Beijing amid tensions over "
        "Taiwan, his office said.\n"
        "Hungary postponed talks with Ukraine on minority rights.\n"
        "Slovak Prime Minister Robert Fico scrapped a trip to Kyiv on Monday.\n"
        "Britain called off talks with Iran on Friday.\n"
        "Moldova cancelled the elections in Gagauzia.",
        published=PUB,
    )
    assert events(a, "cancelled") == [
        ("REJECT", ["person:olaf-scholz"], ["gov:CHN"], None),
        ("COERCE", ["gov:MDA"], [], None),  # elections cancelled stay the COERCE of that rule
    ]
    assert events(a, "postponed") == [("REJECT", ["gov:HUN"], ["state:UKR"], None)]
    assert events(a, "scrapped") == [("REJECT", ["person:robert-fico"], ["state:UKR"], None)]
    assert events(a, "called off") == [("REJECT", ["gov:GBR"], ["state:IRN"], None)]  # not a call on


def test_blaming_or_accusing_each_other_is_between_the_conjoined_sides(analyze):
    a = analyze(
        "Ukraine and Russia blamed each other for the blast at the dam on Tuesday.\n"
        "Armenia and Azerbaijan accused each other of breaking the truce.\n"
        "Kyiv and Moscow have accused one another of shelling the power plant.",
        published=PUB,
    )
    assert events(a, "blamed") == [("ACCUSE", ["gov:UKR"], ["gov:RUS"], None)]
    assert [(c, s, t) for c, s, t, _ in events(a, "accused")] == [
        ("ACCUSE", ["gov:ARM"], ["gov:AZE"]),
        ("ACCUSE", ["gov:UKR"], ["gov:RUS"]),
    ]


def test_a_light_verb_s_modal_and_negation_are_the_event_noun_s(analyze):
    a = analyze(
        "KYIV - Ukraine will not hold talks with Moscow while Russian troops remain on its soil, a "
        "presidential adviser said on Monday.\n"
        "Belgrade will not impose sanctions on Russia, the Serbian president told reporters.",
        published=PUB,
    )
    (talks,) = [e for e in a.events if e.trigger.text == "talks"]
    assert talks.category == "CONSULT" and talks.negated
    (sanctions,) = [e for e in a.events if "sanctions" in e.trigger.text]
    assert sanctions.category == "SANCTION" and sanctions.negated


def test_an_envoy_summoned_is_his_state_and_the_ministry_summoned_to_is_the_summoner(analyze):
    a = analyze(
        "TALLINN - Russia's ambassador was summoned to the foreign ministry in Tallinn on Thursday after "
        "a drone crashed near the border.\n"
        "Latvia summoned Hungary's ambassador over the remarks.",
        published=PUB,
    )
    # since session 14 the foreign ministry of the dateline's country is named (it had been no one's,
    # and the event fell back to Tallinn's government)
    assert [(c, s, t) for c, s, t, _ in events(a, "summoned")] == [
        ("ACCUSE", ["org:est-foreign-ministry"], ["state:RUS"]),
        ("ACCUSE", ["gov:LVA"], ["state:HUN"]),
    ]


def test_no_longer_negates_the_act(analyze):
    a = analyze(
        "WARSAW - Poland's prime minister said Warsaw would no longer supply weapons to Ukraine.\n"
        "Hungary will no longer buy Russian gas, its foreign minister said.",
        published=PUB,
    )
    (supply,) = [e for e in a.events if e.trigger.text == "supply"]
    assert (supply.category, supply.negated) == ("AID", True)


def test_an_act_ordered_is_the_orderer_s_act_once_the_order_is_given(analyze):
    a = analyze(
        "BRATISLAVA - Moscow ordered the expulsion of 10 Slovak diplomats on Friday, the foreign ministry "
        "said.\n"
        "Lukashenko ordered the invasion of Lithuania, the indictment says.\n"
        "Analysts fear Lukashenko will order an attack on Lithuania.",
        published=PUB,
    )
    assert events(a, "expulsion") == [("SANCTION", ["gov:RUS"], ["gov:SVK"], None)]
    assert events(a, "ordered") == []  # no REQUEST of an unnamed doer
    assert [(c, s, t) for c, s, t, _ in events(a, "invasion")] == [
        ("ASSAULT", ["person:alexander-lukashenko"], ["state:LTU"])
    ]
    assert [s for _, s, *_ in events(a, "attack")] != [["person:alexander-lukashenko"]]


def test_an_offer_to_act_gives_nothing_and_a_hosted_base_is_no_guest(analyze):
    a = analyze(
        "BAKU - Russia offered to mediate between Armenia and Azerbaijan, the Kremlin said on Sunday.\n"
        "Kazakhstan has offered to host peace talks between the two sides.\n"
        "Romania will host a new NATO base near Constanta.\n"
        "Poland hosts thousands of US troops.",
        published=PUB,
    )
    assert all(e.category != "AID" for e in a.events)  # nothing is given
    assert events(a, "mediate") == [("CONSULT", ["gov:RUS"], [], "proposed")]
    assert events(a, "host") == [] and events(a, "hosts") == []


def test_a_force_act_on_a_place_in_a_country_s_region_or_city_is_against_that_country(analyze):
    a = analyze(
        "Ukrainian drones hit an oil refinery in Russia's Krasnodar region overnight, the "
        "regional governor said.\n"
        "Russian missiles struck a hotel in the Ukrainian city of Kramatorsk.\n"
        "Ukraine shelled targets in the Russian region of Belgorod.",
        published=PUB,
    )
    assert events(a, "hit") == [("ASSAULT", ["gov:UKR"], ["gov:RUS"], None)]
    assert events(a, "struck") == [("ASSAULT", ["gov:RUS"], ["gov:UKR"], None)]
    assert events(a, "shelled") == [("ASSAULT", ["gov:UKR"], ["gov:RUS"], None)]
