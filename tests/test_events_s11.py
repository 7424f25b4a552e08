"""Events of round s11 (main) on wire-style passages of our own: the whole pipeline."""

from __future__ import annotations

import pytest


def _aid(nlp, text: str) -> list:
    return [e for e in nlp(text)._.events if e.category == "AID"]


@pytest.mark.parametrize(
    "text",
    [
        "Norway approves package of anti-tank weapons and armoured vehicles for Moldova\n\n"
        "Norway has approved a new package of aid for Moldova that includes anti-tank weapons and 40 "
        "armoured vehicles, the defence minister said on Monday.",
        "Canada approves package of drones and helicopters for Ukraine\n\n"
        "Canada has approved a package of military aid for Ukraine that includes 300 drones and "
        "helicopters, officials said.",
    ],
)
def test_a_headline_and_its_lede_naming_one_package_are_one_transfer_with_the_lede_s_number(nlp, text):
    """Before, the items told the two reports apart: two AID events, the first without the number."""
    (ev,) = _aid(nlp, text)
    assert ev.trigger.text == "approves package"
    counted = [i for i in ev.items if i.quantity_value is not None]
    assert len(counted) == 1 and counted[0].quantity_value in (40, 300)
    assert counted[0].span.start > text.index("\n")


def test_two_deliveries_with_different_numbers_stay_two(nlp):
    text = (
        "Sweden sent 10 Leopard tanks to Ukraine in March, the ministry said. "
        "Sweden sent 20 Leopard tanks to Ukraine in May, the ministry said."
    )
    assert [i.quantity_value for e in _aid(nlp, text) for i in e.items] == [10, 20]


@pytest.mark.parametrize(
    "text",
    [
        "NATO chief Lars Aune said that allies had a duty to help Chisinau defend itself.",
        "NATO's deputy head said partners had a duty to help Moldova defend itself.",
    ],
)
def test_a_reflexive_is_its_clause_s_subject_not_a_body_named_further_back(nlp, text):
    """Before, "itself" went to NATO / the alliance two clauses up: SUPPORT from the defended country to
    the alliance. The country defending itself is no second party."""
    assert not [e for e in nlp(text)._.events if e.category == "SUPPORT"]


@pytest.mark.parametrize(
    ("text", "name", "category", "quantity"),
    [
        ("Portugal delivered four Hawk launchers to Ukraine in June.", "MIM-23 Hawk", "air defence", 4),
        ("Finland sent 8,000 mortar rounds to Ukraine, the ministry said.", "ammunition", "ammunition", 8000),
        ("Norway shipped 155mm artillery rounds to Ukraine.", "ammunition", "ammunition", None),
    ],
)
def test_launchers_and_rounds_are_known_items(nlp, text, name, category, quantity):
    """Before, "Hawk launchers" were no item (and so no transfer) and "155mm artillery rounds" were
    artillery."""
    (ev,) = _aid(nlp, text)
    (item,) = ev.items
    assert (item.name, item.category, item.quantity_value) == (name, category, quantity)


@pytest.mark.parametrize(
    ("text", "quantity"),
    [
        ("Denmark will supply 19 F-16 jets to Ukraine.", 19),
        ("Latvia sent 2,500 mortar rounds to Kyiv.", 2500),
    ],
)
def test_a_number_the_parser_hangs_on_the_first_modifier_is_the_quantity(nlp, text, quantity):
    (ev,) = _aid(nlp, text)
    assert [i.quantity_value for i in ev.items] == [quantity]


@pytest.mark.parametrize(
    "text",
    [
        "Romania will defend its airspace against Russia, the minister said.",
        "Georgia asked the EU to help it defend itself against Russia.",
    ],
)
def test_defending_against_someone_is_no_support_for_them(nlp, text):
    """Before, "against Russia" was the target of SUPPORT: support given to the attacker."""
    assert not [e for e in nlp(text)._.events if e.category == "SUPPORT" and e.targets]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "KYIV, March 3 (Reuters) - Ukrainian drones struck an oil depot in Russia's Bryansk region "
            "overnight, the regional governor said on Sunday.",
            "gov:UKR",
        ),
        (
            "LONDON, May 12 (Reuters) - Ukrainian drones hit a fuel depot in Russia's Kursk region "
            "before dawn, the local governor said.",
            "gov:UKR",
        ),
    ],
)
def test_a_country_adjective_after_a_dateline_still_names_the_attacker(nlp, text, source):
    """After the dateline the tagger missed 'Ukrainian': the lede's strike had no event at all."""
    (ev,) = [e for e in nlp(text)._.events if e.category == "ASSAULT"]
    assert [p.actor_id for p in ev.sources] == [source]


def test_an_amount_the_tagger_cut_before_its_currency_is_one_item(nlp):
    """The tagger's MONEY '40 billion' and the currency rule's '40 billion euro' had been two items."""
    (ev,) = _aid(nlp, "Slovakia blocked a 40 billion euro EU aid package for Moldova.")
    assert [(i.span.text, i.quantity_value, i.unit) for i in ev.items] == [
        ("40 billion euro", 40_000_000_000, "euros")
    ]


@pytest.mark.parametrize(
    ("text", "category", "targets"),
    [
        (
            "Moldovan President Maia Sandu met Emmanuel Macron at the Elysee Palace on Friday.",
            "CONSULT",
            ["person:emmanuel-macron"],
        ),
        (
            "Armenia and Azerbaijan exchanged 32 detainees on Monday, with the United Arab Emirates "
            "mediating, officials said.",
            "RETREAT",
            ["gov:AZE"],
        ),
    ],
)
def test_a_scene_setting_phrase_is_no_party(nlp, text, category, targets):
    """Before, the palace was a second target of the meeting, and the mediator the exchange's target."""
    (ev,) = [e for e in nlp(text)._.events if e.category == category]
    assert [p.actor_id for p in ev.targets] == targets
