"""Events named by two words together and parties bound inside their sentence (issue 11), on sentences
written for these tests: a phase verb or noun and its event noun are one trigger ("stepped up shelling",
"the launch of the operation"), a package of sanctions is a sanction and no transfer, "anti-X" names the
target, and a possessive "its" on an event noun is the nearest body named before it."""

from __future__ import annotations

PUB = "2023-05-01"


def events(analysis) -> list[tuple[str, str, list[str | None], list[str | None]]]:
    return [
        (e.trigger.text, e.category, [p.actor_id for p in e.sources], [p.actor_id for p in e.targets])
        for e in analysis.events
    ]


def test_a_phase_verb_and_its_gerund_are_one_trigger(analyze):
    a = analyze("The Russians have stepped up shelling of the port city this week.", published=PUB)
    assert [(t, c, s) for t, c, s, _ in events(a)] == [("stepped up shelling", "ASSAULT", ["gov:RUS"])]


def test_a_phase_noun_and_its_event_noun_are_one_trigger(analyze):
    a = analyze(
        "Fuel costs soared after the launch of the Russian military operation.",
        published=PUB,
    )
    assert [(t, c, s) for t, c, s, _ in events(a)] == [
        ("launch of the Russian military operation", "ASSAULT", ["gov:RUS"])
    ]


def test_a_package_of_sanctions_is_a_sanction_against_the_anti_country(analyze):
    a = analyze(
        "Brussels said the European Union approved a fresh package of anti-Iranian sanctions.", published=PUB
    )
    assert events(a) == [
        ("approved a fresh package of anti-Iranian sanctions", "SANCTION", ["igo:eu"], ["gov:IRN"])
    ]
    assert all(e.category != "AID" for e in a.events)


def test_its_on_an_event_noun_is_the_nearest_body_named_before(analyze):
    a = analyze(
        "Analysts at the bank criticised Western backing for Georgia in its war with Russia.",
        published=PUB,
    )
    war = [e for e in a.events if e.trigger.text == "war"]
    assert [([p.actor_id for p in e.sources], [p.actor_id for p in e.targets]) for e in war] == [
        (["state:GEO"], ["state:RUS"])
    ]


def test_we_of_a_person_with_a_country_the_article_names_is_that_country(analyze):
    a = analyze(
        "The United States is split. US Senator Lindsey Graham spoke in Kyiv."
        ' "If we help Ukraine now, it will win," Graham said.',
        published=PUB,
    )
    helped = [e for e in a.events if e.trigger.text == "help"]
    assert [[p.actor_id for p in e.sources] for e in helped] == [["state:USA"]]


def test_officials_from_a_country_act_for_it(analyze):
    a = analyze(
        "Officials from the United Kingdom and Canada convinced the Georgians to leave the table.",
        published=PUB,
    )
    assert [(t, c, s) for t, c, s, _ in events(a) if t == "convinced"] == [
        ("convinced", "REQUEST", ["state:GBR"])
    ]


def test_his_country_and_his_forces_are_the_owner_s_country(analyze):
    a = analyze(
        "Vladimir Putin claimed that his country had not used the drones against Ukraine.", published=PUB
    )
    assert [(t, c, s, g) for t, c, s, g in events(a) if t == "used"] == [
        ("used", "ASSAULT", ["gov:RUS"], ["state:UKR"])
    ]


def test_the_noun_a_relative_clause_hangs_on_is_its_object(analyze):
    a = analyze(
        "Moscow wants to exchange the British volunteers its forces captured near Bakhmut.", published=PUB
    )
    assert [(t, c, s, g) for t, c, s, g in events(a) if t == "captured"] == [
        ("captured", "COERCE", ["gov:RUS"], ["gov:GBR"])
    ]


def test_a_deal_between_two_sides_and_a_hyphenated_pair(analyze):
    a = analyze(
        "The gas deal between Hungary and Russia expired.\nThe Russia-China partnership has deepened.",
        published=PUB,
    )
    assert [(t, c, s, g) for t, c, s, g in events(a)] == [
        ("deal", "AGREE", ["state:HUN"], ["state:RUS"]),
        ("partnership", "COOPERATE", ["state:RUS"], ["state:CHN"]),
    ]


def test_the_decision_of_a_country_to_act_is_its_act(analyze):
    a = analyze("The decision of Finland to join NATO angered Moscow.", published=PUB)
    assert [(t, c, s, g) for t, c, s, g in events(a) if t == "join"] == [
        ("join", "COOPERATE", ["state:FIN"], ["igo:nato"])
    ]


def test_what_strikes_did_is_not_another_attack(analyze):
    a = analyze("Russian strikes on the city have killed civilians and destroyed homes.", published=PUB)
    assert [(t, c) for t, c, _, _ in events(a)] == [("strikes", "ASSAULT")]


def test_fighting_and_protecting_need_someone_acted_on(analyze):
    a = analyze(
        "The Ukrainians would fight, and the army would protect the civilized world.\n"
        "Russia is fighting Ukraine.",
        published=PUB,
    )
    assert [(t, c, s, g) for t, c, s, g in events(a)] == [("fighting", "ASSAULT", ["gov:RUS"], ["state:UKR"])]


def test_an_abstract_object_makes_destroying_figurative(analyze):
    a = analyze("America may be destroying trade globalisation.", published=PUB)
    assert events(a) == []


def test_sanctions_a_country_survives_or_acts_despite_are_against_it(analyze):
    a = analyze(
        "Iran has survived American sanctions for decades.\n"
        "Despite sanctions from the West, Belarus is still exporting potash.",
        published=PUB,
    )
    assert [(t, c, s, g) for t, c, s, g in events(a) if c == "SANCTION"] == [
        ("sanctions", "SANCTION", ["gov:USA"], ["gov:IRN"]),
        ("sanctions", "SANCTION", ["org:the-west"], ["gov:BLR"]),
    ]


def test_acts_towards_someone_need_to_say_towards_whom(analyze):
    a = analyze(
        "The summit's guests have helped to facilitate several crises.\n"
        "Numerous calls for condemnation have been ignored.\n"
        "Germany backed Ukraine at the summit.",
        published=PUB,
    )
    assert [(t, c, s, g) for t, c, s, g in events(a)] == [("backed", "SUPPORT", ["gov:DEU"], ["state:UKR"])]


def test_a_hyphenated_pair_before_a_war_is_attacker_and_attacked(analyze):
    a = analyze("A Russia-NATO war over the Baltics is still a remote possibility.", published=PUB)
    assert [(t, c, s, g) for t, c, s, g in events(a)] == [("war", "ASSAULT", ["state:RUS"], ["igo:nato"])]


def test_spy_operations_are_no_assault_and_a_recorder_is_no_attacker(analyze):
    a = analyze(
        "The failures of Moscow's espionage operations came to light last year.\n"
        "Every Russian attack documented by Amnesty was checked.",
        published=PUB,
    )
    assert [(t, c, s) for t, c, s, _ in events(a)] == [("attack", "ASSAULT", ["gov:RUS"])]


def test_cancelling_elections_is_coerce_and_a_test_firing_is_mobilize(analyze):
    a = analyze(
        "Zelensky cancelled the elections last autumn.\nThe US then test-fired two ballistic missiles.",
        published=PUB,
    )
    assert [(t, c, s) for t, c, s, _ in events(a)] == [
        ("cancelled", "COERCE", ["person:volodymyr-zelensky"]),
        ("fired", "MOBILIZE", ["gov:USA"]),
    ]


def test_qualified_nouns_name_events(analyze):
    a = analyze(
        "Stoltenberg said Russian troop movements continued near the border.\n"
        "A fire broke out at the plant.",
        published=PUB,
    )
    assert [(t, c, s) for t, c, s, _ in events(a)] == [("movements", "MOBILIZE", ["gov:RUS"])]


def test_verbs_that_are_events_only_with_certain_objects(analyze):
    a = analyze(
        "Belarus has increased its troop strength along the border.\n"
        "Prices increased sharply.\n"
        "Russia laid claim to the peninsula.",
        published=PUB,
    )
    assert [(t, c, s) for t, c, s, _ in events(a)] == [
        ("increased", "MOBILIZE", ["gov:BLR"]),
        ("laid", "COERCE", ["gov:RUS"]),
    ]


def test_keeping_channels_open_to_someone_is_consult(analyze):
    a = analyze("Jake Sullivan is keeping the channels open to China.", published=PUB)
    assert [(t, c, s, g) for t, c, s, g in events(a)] == [
        ("keeping", "CONSULT", ["person:jake-sullivan"], ["state:CHN"])
    ]


def test_we_of_a_person_whose_country_the_article_never_names_stays_the_person(analyze):
    a = analyze(
        'Senator Lindsey Graham spoke in Kyiv. "If we help Ukraine now, it will win," Graham said.',
        published=PUB,
    )
    helped = [e for e in a.events if e.trigger.text == "help"]
    assert [[p.actor_id for p in e.sources] for e in helped] == [["person:lindsey-graham"]]
