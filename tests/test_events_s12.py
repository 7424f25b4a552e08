"""Events of round s12 (main) on sentences of our own."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "category", "source", "target"),
    [
        ("In March Poland closed the border with Belarus.", "COERCE", "state:POL", "state:BLR"),
        ("In June Romania sent 10 tanks to Ukraine.", "AID", "gov:ROU", "state:UKR"),
    ],
)
def test_a_country_after_a_fronted_month_without_a_comma_is_the_subject(nlp, text, category, source, target):
    """Before, the parser's "In March Poland" made Poland a place and the act had no source."""
    (ev,) = [e for e in nlp(text)._.events if e.category == category]
    assert ([p.actor_id for p in ev.sources], [p.actor_id for p in ev.targets]) == ([source], [target])


def test_a_headline_in_the_present_and_the_lede_s_future_are_one_transfer(nlp):
    """Before, "sends" (under way) in the title and "will send" (planned) in the lede were two AIDs."""
    text = (
        "Germany sends more Patriot systems to Ukraine\n\n"
        "BERLIN, May 2 (Reuters) - Germany will send two more Patriot air defence systems to Ukraine, the "
        "defence ministry said on Thursday."
    )
    (ev,) = [e for e in nlp(text)._.events if e.category == "AID"]
    assert (ev.trigger.text, ev.status) == ("sends", "planned")
    assert [(i.name, i.quantity) for i in ev.items] == [("Patriot", "two")]


@pytest.mark.parametrize(
    ("text", "status", "negated"),
    [
        ("Sweden said it would provide Ukraine with 10 Leopard tanks.", "planned", False),
        ("Scholz said Germany would not send Taurus missiles to Ukraine.", "planned", True),
        ("Sweden said it would provide tanks if Kyiv asked.", "hypothetical", False),
    ],
)
def test_a_reported_will_is_a_plan_and_a_condition_keeps_it_hypothetical(nlp, text, status, negated):
    """Before, "said it would provide" was hypothetical, like a conditional "would"."""
    (ev,) = [e for e in nlp(text)._.events if e.category == "AID"]
    assert (ev.status, ev.negated) == (status, negated)


def test_a_legislature_passing_an_aid_package_is_its_supplier(nlp):
    """Before, "passed" was no approval verb and the package had no supplier."""
    (ev,) = nlp("The US Congress passed a $61 billion aid package for Ukraine.")._.events
    assert ([p.actor_id for p in ev.sources], [p.actor_id for p in ev.targets], ev.status) == (
        ["org:us-congress"],
        ["state:UKR"],
        "approved",
    )


@pytest.mark.parametrize(
    ("text", "source", "item"),
    [
        ("The tanks Germany pledged last year have arrived in Ukraine.", "gov:DEU", "tanks"),
        (
            "Kyiv is still waiting for the Patriot batteries Washington promised in June.",
            "gov:USA",
            "Patriot",
        ),
    ],
)
def test_goods_a_relative_clause_describes_are_a_pledged_transfer(nlp, text, source, item):
    """Before, "pledged" with the goods before it (no object of its own) was an AGREE with no items."""
    (ev,) = [e for e in nlp(text)._.events if e.category == "AID"]
    assert ([p.actor_id for p in ev.sources], [i.name for i in ev.items], ev.status) == (
        [source],
        [item],
        "pledged",
    )
