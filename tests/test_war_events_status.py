"""Event status on war-news phrasing (issue 11 §3), on sentences written for these tests: lasting acts named
by a noun are ongoing, a past attempt occurred, a plot is planned, an offer of aid is proposed and a
purchase made is delivered."""

from __future__ import annotations

PUB = "2023-05-01"


def status(analysis, trigger: str) -> list[tuple[str, str | None]]:
    return [(e.category, e.status) for e in analysis.events if e.trigger.text == trigger]


def test_a_lasting_act_named_by_a_noun_is_ongoing_unless_placed_in_time(analyze):
    a = analyze(
        "Russia's bombing of Ukraine has not stopped.\n"
        "Last year's Ukrainian offensive against Russia failed.\n"
        "Russia launched an offensive against Ukraine.",
        published=PUB,
    )
    assert status(a, "bombing") == [("ASSAULT", "under way")]
    assert [e.status for e in a.events if e.trigger.text.endswith("offensive")] == [None, None]


def test_an_attempt_in_the_past_occurred_and_a_plot_is_planned(analyze):
    a = analyze(
        "Ukraine tried to attack the Russian fleet in Sevastopol.\n"
        "North Korea is plotting to invade South Korea.",
        published=PUB,
    )
    assert status(a, "attack") == [("ASSAULT", None)]
    assert status(a, "invade") == [("ASSAULT", "planned")]


def test_an_offer_of_aid_is_proposed_and_a_purchase_made_is_delivered(analyze):
    a = analyze(
        "Japan offered Indonesia a loan of $2 billion.\nVenezuela bought fighter jets from Russia.",
        published=PUB,
    )
    assert status(a, "offered") == [("AID", "proposed")]
    assert status(a, "bought") == [("AID", "delivered")]


def test_an_act_only_allowed_or_at_risk_is_hypothetical(analyze):
    a = analyze(
        "The deal allows Ukraine to suspend payments to Russia.\n"
        "Air defence reduces the risk of Russian missiles destroying hospitals.\n"
        "There is a growing risk of a Russian attack on Poland.",
        published=PUB,
    )
    assert status(a, "suspend") == [("SANCTION", "hypothetical")]
    assert status(a, "destroying") == [("ASSAULT", "hypothetical")]
    assert status(a, "attack") == [("ASSAULT", "hypothetical")]


def test_a_likely_act_and_its_conjunct_are_hypothetical_and_an_aim_is_planned(analyze):
    a = analyze(
        "Weapons make it more likely for Ukraine to win and protect Moldova from Russian aggression.\n"
        "Biden's aim is to rebuff Russia.",
        published=PUB,
    )
    assert status(a, "protect") == [("AID", "hypothetical")]
    assert status(a, "rebuff") == [("REJECT", "planned")]


def test_a_past_condition_denied_happened(analyze):
    a = analyze(
        "The fighting would have stopped by spring if Washington had not vetoed the truce.", published=PUB
    )
    assert [(e.category, e.status, e.negated) for e in a.events if e.trigger.text == "vetoed"] == [
        ("REJECT", None, False)
    ]


def test_threats_a_buildup_and_a_war_measured_in_months_are_ongoing(analyze):
    a = analyze(
        "Every day we hear new threats from the Kremlin.\n"
        "Russia's military buildup has been reactive.\n"
        "Analysts discussed Russia's conduct in its six-month war with Ukraine.\n"
        "Ukraine is not alone, with NATO supporting it.",
        published=PUB,
    )
    assert status(a, "threats") == [("THREATEN", "under way")]
    assert status(a, "buildup") == [("MOBILIZE", "under way")]
    assert status(a, "war") == [("ASSAULT", "under way")]
    assert status(a, "supporting") == [("SUPPORT", "under way")]


def test_an_act_told_in_the_past_occurred_whatever_its_aspect(analyze):
    a = analyze(
        "Last year, Serbia was buying fuel oil from Romania.\n"
        "In March, Canada started exporting grain to Poland.\n"
        "Moldova has survived the winter despite Serbia receiving weapons from Hungary.\n"
        "Portugal is buying fuel oil from Spain.",
        published=PUB,
    )
    assert status(a, "buying") == [("COOPERATE", None), ("COOPERATE", "under way")]
    assert status(a, "started exporting") == [("COOPERATE", None)]
    assert [e.status for e in a.events if e.trigger.text == "receiving"] == ["delivered"]


def test_a_past_progressive_in_reported_speech_is_the_speakers_present(analyze):
    a = analyze("Zelensky said Russia was blackmailing the world with its grain.", published=PUB)
    assert status(a, "blackmailing") == [("THREATEN", "under way")]


def test_an_event_inside_an_intention_is_no_claim_and_inside_speech_is_one(analyze):
    a = analyze(
        "Georgian troops seek to encircle Armenian units that have advanced across the border.\n"
        "Armenia's defence minister said Georgian troops shelled the border village.",
        published=PUB,
    )
    advanced = [e for e in a.events if e.trigger.text == "advanced"]
    shelled = [e for e in a.events if e.trigger.text == "shelled"]
    assert [e.statement_id for e in advanced] == [None]
    speech = [s for s in a.statements if s.statement_class == "speech"]
    assert len(shelled) == 1 and [shelled[0].statement_id] == [speech[0].id]


def test_an_act_said_to_be_a_possibility_is_hypothetical_and_one_campaigned_for_is_done(analyze):
    a = analyze(
        "A Serbia-Kosovo war remains a distant possibility.\n"
        "Moscow's campaign to interfere in the 2020 Moldovan election failed.\n"
        "The Kremlin's plan to invade Estonia leaked.",
        published=PUB,
    )
    assert status(a, "war") == [("ASSAULT", "hypothetical")]
    assert status(a, "interfere") == [("COERCE", None)]
    assert status(a, "invade") == [("ASSAULT", "planned")]


def test_a_modal_on_what_an_act_does_leaves_the_act_itself_real(analyze):
    a = analyze(
        "Lithuania's alliance with Poland must only grow.\n"
        "Current Serbian troop movements could lead to a war with Kosovo.\n"
        "A Serbian invasion of Kosovo could happen soon.",
        published=PUB,
    )
    assert status(a, "alliance") == [("COOPERATE", "under way")]
    assert status(a, "movements") == [("MOBILIZE", "under way")]
    assert status(a, "invasion") == [("ASSAULT", "hypothetical")]


def test_a_sanction_decided_occurred_and_aid_decided_is_approved(analyze):
    a = analyze(
        "The EU's decision to cut off Russian gas supplies angered Moscow.\n"
        "Belgium's decision to supply Georgia with tanks was criticised.",
        published=PUB,
    )
    assert status(a, "cut off") == [("SANCTION", None)]
    assert status(a, "supply") == [("AID", "approved")]


def test_one_act_told_by_a_verb_now_and_again_in_the_past_is_one_event(analyze):
    a = analyze(
        "Sources say Portugal is buying cheap Spanish fuel oil.\n"
        "So, in short, Portugal was buying fuel oil from Spain, but indirectly.",
        published=PUB,
    )
    assert [e.status for e in a.events if e.trigger.text == "buying"] == ["under way"]


def test_a_modal_over_a_known_act_leaves_it_real_but_not_over_an_imagined_one(analyze):
    a = analyze(
        "Orban's threats to invade Slovakia must be taken seriously.\n"
        "A Serbian invasion of Kosovo could destroy the region.",
        published=PUB,
    )
    assert status(a, "threats") == [("THREATEN", "under way")]
    assert status(a, "invasion") == [("ASSAULT", "hypothetical")]


def test_an_act_a_present_verb_carries_on_or_continues_is_ongoing(analyze):
    """ "Serbian units are conducting raids", "Chad continues its air strikes": the verb says the act goes on;
    told in the past ("conducted raids") it occurred."""
    a = analyze(
        "Armenian units are conducting nightly raids on Azerbaijani positions.\n"
        "Chad continues its air strikes against Sudanese rebels.\n"
        "Armenian units conducted raids on Azerbaijani positions in May.",
        published=PUB,
    )
    assert [e.status for e in a.events if e.category == "ASSAULT"] == ["under way", "under way", None]


def test_assistance_lasts_but_the_launch_of_an_operation_is_an_act_done(analyze):
    a = analyze(
        "Japan's military assistance to the Philippines has grown.\n"
        "Since the launch of the Russian special operation in the south, Kyiv has asked for more jets.",
        published=PUB,
    )
    assert status(a, "assistance") == [("AID", "under way")]
    assert [e.status for e in a.events if e.category == "ASSAULT"] == [None]
