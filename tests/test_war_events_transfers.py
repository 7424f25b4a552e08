"""Who gives and who gets in a transfer (issue 11 §3: supplier -> recipient), on sentences written for these
tests: a recipient hanging off the goods, a subject that receives, a seller named after a purchase, and a
supplier's later aid going where its earlier aid went."""

from __future__ import annotations

from test_war_events_phrases import events as all_events

PUB = "2023-05-01"


def transfers(analysis) -> list[tuple[str, list[str | None], list[str | None], str | None]]:
    return [
        (e.trigger.text, [p.actor_id for p in e.sources], [p.actor_id for p in e.targets], e.status)
        for e in analysis.events
        if e.category == "AID"
    ]


def test_a_recipient_on_the_goods(analyze):
    a = analyze("Germany bought artillery shells for Ukraine.", published=PUB)
    assert transfers(a) == [("bought", ["gov:DEU"], ["state:UKR"], "delivered")]


def test_a_seller_named_after_a_purchase_supplies_the_buyer(analyze):
    a = analyze("Venezuela bought fighter jets from Russia.", published=PUB)
    assert transfers(a) == [("bought", ["state:RUS"], ["gov:VEN"], "delivered")]


def test_the_subject_of_receive_is_the_recipient(analyze):
    a = analyze("Ukraine will receive 20 tanks from Poland.\nMoldova received 5 howitzers.", published=PUB)
    assert transfers(a) == [
        ("receive", ["state:POL"], ["gov:UKR"], "planned"),
        ("received", [], ["gov:MDA"], "delivered"),
    ]


def test_a_suppliers_aid_goes_where_its_other_aid_went(analyze):
    a = analyze(
        "Germany sent tanks to Ukraine in March.\nGermany has also delivered 20 howitzers.", published=PUB
    )
    assert transfers(a) == [
        ("sent", ["gov:DEU"], ["state:UKR"], "delivered"),
        ("delivered", ["gov:DEU"], ["state:UKR"], "delivered"),
    ]


def test_aid_with_no_recipient_goes_to_the_one_country_the_articles_aid_goes_to(analyze):
    a = analyze(
        "Germany sent 20 tanks to Ukraine in May. Last week France delivered 12 howitzers.", published=PUB
    )
    assert transfers(a) == [
        ("sent", ["gov:DEU"], ["state:UKR"], "delivered"),
        ("delivered", ["gov:FRA"], ["state:UKR"], "delivered"),
    ]


def test_no_recipient_guessed_when_the_articles_aid_goes_to_several(analyze):
    a = analyze(
        "Germany sent 20 tanks to Ukraine in May and Russia sold drones to Iran.\n"
        "Last week France delivered 12 howitzers.",
        published=PUB,
    )
    assert ("delivered", ["gov:FRA"], [], "delivered") in transfers(a)


def test_billions_in_dollars_are_money_and_thousands_of_rounds_are_not(analyze):
    a = analyze(
        "Canada has shipped billions in taxpayer dollars to Kyiv.\n"
        "Germany sent thousands of rounds to Ukraine.",
        published=PUB,
    )
    money = {e.trigger.text + ":" + i.span.text: (i.category, i.unit) for e in a.events for i in e.items}
    assert money["shipped:billions in taxpayer dollars"] == ("money", "dollars")
    assert all(cat != "money" for key, (cat, _) in money.items() if "rounds" in key)


def test_the_maker_of_the_goods_a_buyer_acquires_sold_them(analyze):
    a = analyze("Poland bought American tanks last year.", published=PUB)
    assert transfers(a) == [("bought", ["gov:USA"], ["gov:POL"], "delivered")]


def test_a_buying_clause_on_what_the_subject_became(analyze):
    a = analyze(
        "Cuba has become the biggest purchaser of Chinese arms in the region, buying rifles and drones.",
        published=PUB,
    )
    assert transfers(a) == [("buying", ["gov:CHN"], ["gov:CUB"], "delivered")]


def test_buying_or_exporting_a_commodity_is_trade_from_the_buyer_or_seller(analyze):
    a = analyze(
        "Last year Moldova was purchasing diesel from Romania.\n"
        "In March, Norway started exporting gas to Poland.\n"
        "Hungary bought Russian oil.",
        published=PUB,
    )
    assert all_events(a) == [
        ("purchasing", "COOPERATE", ["gov:MDA"], ["state:ROU"]),
        ("started exporting", "COOPERATE", ["gov:NOR"], ["state:POL"]),
        ("bought", "COOPERATE", ["gov:HUN"], ["gov:RUS"]),
    ]
    assert transfers(a) == []


def test_what_carried_the_goods_is_no_item(analyze):
    a = analyze(
        "Soldiers at the front received sweets and letters delivered to their trenches by drone.",
        published=PUB,
    )
    assert [i.category for e in a.events for i in e.items] == []


def test_goods_with_neither_party_make_no_transfer_but_a_named_recipient_does(analyze):
    a = analyze(
        "Jets armed with cruise missiles took off from the airfield.\n"
        "The delivery of 40 howitzers to Moldova was completed.",
        published=PUB,
    )
    assert [t[0] for t in transfers(a)] == ["delivery"]
    assert transfers(a)[0][2] == ["state:MDA"]


def test_the_giver_named_on_the_aid_a_recipient_received_is_the_supplier_and_the_aid_one_transfer(analyze):
    a = analyze(
        "Last year Moldova received €3 billion ($3.3 billion) in security assistance from Norway, the think "
        "tank found.",
        published=PUB,
    )
    assert transfers(a) == [("received", ["state:NOR"], ["gov:MDA"], "delivered")]


def test_goods_for_a_named_recipient_from_unnamed_givers_are_a_transfer_with_no_supplier(analyze):
    a = analyze("Six countries pledged to send 90 tanks to Moldova.", published=PUB)
    assert transfers(a) == [("pledged to send", [], ["state:MDA"], "pledged")]
    assert analyze("They sent 90 tanks to Moldova.", published=PUB).events == []


def test_a_pledge_to_send_is_one_pledged_transfer_named_by_both_verbs(analyze):
    a = analyze("Norway promised to deliver 12 howitzers to Ukraine.", published=PUB)
    assert transfers(a) == [("promised to deliver", ["gov:NOR"], ["state:UKR"], "pledged")]
    assert [e.category for e in a.events] == ["AID"]  # no AGREE of its own on "promised"


def test_goods_compounded_before_a_transfer_noun_leave_its_owner_the_supplier(analyze):
    """ "Norway's rifle shipments to Georgia": the goods are "rifle", the owner supplies them; a bare
    compound with no supplier named ("an end to rifle shipments") is the practice, not one transfer."""
    a = analyze(
        "Norway's rifle shipments to Georgia doubled in May.\nCritics demanded an end to rifle shipments.",
        published=PUB,
    )
    assert transfers(a) == [("shipments", ["gov:NOR"], ["state:GEO"], "delivered")]
    assert [i.span.text for e in a.events for i in e.items] == ["rifle"]


def test_who_takes_or_announces_a_decision_to_give_is_the_giver(analyze):
    a = analyze(
        "Poland took the decision to deliver 20 howitzers to Ukraine.\n"
        "The Dutch government announced a plan to send drones to Ukraine.\n"
        "Hungary rejected the plan to send tanks to Ukraine.",
        published=PUB,
    )
    # rejecting a plan says nothing of whose plan it is: no supplier
    assert [(t, s, r) for t, s, r, _ in transfers(a)] == [
        ("deliver", ["gov:POL"], ["state:UKR"]),
        ("send", ["gov:NLD"], ["state:UKR"]),
        ("send", [], ["state:UKR"]),
    ]


def test_goods_named_again_with_the_are_the_transfer_told_again(analyze):
    a = analyze(
        "Norway delivered cluster munitions to Moldova in July. Norway had made a hard decision to supply "
        "Moldova with the munitions. Critics argue the shipments of the munitions were wrong.\n"
        "Spain sent tanks to Georgia in May. Later Spain sent 30 more tanks to Georgia.",
        published=PUB,
    )
    # new goods with a number are a new transfer
    assert [(t, r) for t, _, r, _ in transfers(a)] == [
        ("delivered", ["state:MDA"]),
        ("sent", ["state:GEO"]),
        ("sent", ["state:GEO"]),
    ]
