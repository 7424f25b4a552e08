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
    assert [e.status for e in a.events if e.trigger.text == "offensive"] == [None, None]


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
