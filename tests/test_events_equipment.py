"""Equipment gazetteer and item reading: names, categories, quantity, provenance."""

from __future__ import annotations

from newsledger.extract.equipment import load_equipment


def test_gazetteer_has_systems_and_generated_plurals():
    eq = load_equipment()
    assert (eq["javelin"].category, eq["javelin"].system) == ("anti-tank missiles", True)
    assert eq["bayraktar tb2"].category == "drones"
    assert eq["howitzers"].category == "artillery" and not eq["howitzers"].system
    assert eq["armoured vehicles"].name == "armored vehicle"


def test_items_in_a_sentence(nlp):
    doc = nlp("Norway delivered 100 Javelin missiles and dozens of used Soviet-era howitzers to Kyiv.")
    (ev,) = [e for e in doc._.events if e.category == "AID"]
    got = [(i.name, i.category, i.quantity, i.quantity_value, i.provenance) for i in ev.items]
    assert got == [
        ("Javelin", "anti-tank missiles", "100", 100, None),
        ("artillery", "artillery", "dozens", 24, "used Soviet-era"),
    ]
    assert [i.span.text for i in ev.items] == ["100 Javelin missiles", "dozens of used Soviet-era howitzers"]


def test_two_systems_on_one_noun_and_a_modified_number(nlp):
    doc = nlp(
        "Latvia sent Javelin and Stinger missiles and more than 4,000 NLAW anti-tank missiles to Ukraine."
    )
    (ev,) = [e for e in doc._.events if e.category == "AID"]
    got = [(i.name, i.span.text, i.quantity, i.quantity_value) for i in ev.items]
    assert got == [
        ("Javelin", "Javelin", None, None),
        ("Stinger", "Stinger missiles", None, None),
        ("NLAW", "more than 4,000 NLAW anti-tank missiles", "more than 4,000", 4000),
    ]


def test_goods_bought_are_delivered_and_a_delivery_needs_no_named_party(nlp):
    doc = nlp(
        "The helicopters were bought for the Afghan air force.\nThe delivery of 40 howitzers ended in May."
    )
    bought, delivery = [e for e in doc._.events if e.category == "AID"]
    assert (bought.trigger.text, bought.status) == ("bought", "delivered")
    # no supplier named; the recipient is the one the article's aid goes to
    assert (delivery.trigger.text, delivery.status, delivery.sources) == ("delivery", "delivered", [])
    assert [p.actor_id for p in delivery.targets] == [p.actor_id for p in bought.targets]
    assert [(i.category, i.quantity_value) for i in delivery.items] == [("artillery", 40)]
