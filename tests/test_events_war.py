"""Events on war-news phrasing (issue 11 §3), on sentences written for these tests: figurative conflict is
criticism, sanctions are SANCTION, every event carries the status its clause gives it, parties come from
resolved actors, and one event reported twice is one event."""

from __future__ import annotations

import pytest

PUB = "2023-05-01"


def events(analysis) -> list[tuple[str, str, list[str | None], list[str | None], str | None]]:
    return [
        (
            e.category,
            e.trigger.text,
            [p.actor_id for p in e.sources],
            [p.actor_id for p in e.targets],
            e.status,
        )
        for e in analysis.events
    ]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The Kremlin hit out at Germany on Monday over the new measures.", "hit out"),
        ("Lavrov shot back at Germany after the meeting.", "shot back"),
        ("Putin blasted the West for fuelling conflicts.", "blasted"),
        ("Lavrov attacked Germany's plan at a news conference.", "attacked"),
    ],
)
def test_verbal_conflict_is_accuse_never_assault(analyze, text, trigger):
    found = events(analyze(text, published=PUB))
    assert [(c, t) for c, t, *_ in found] == [("ACCUSE", trigger)]


def test_idioms_and_figurative_wars_are_no_events(analyze):
    a = analyze(
        "Ukraine's army hit a snag near Bakhmut.\nRussia is waging an information war against Ukraine.",
        published=PUB,
    )
    assert [e for e in events(a) if e[0] == "ASSAULT"] == []


def test_sanctions_and_expulsions_are_sanction_and_one_event(analyze):
    a = analyze(
        "The European Union imposed sanctions on Russia in March.\nPoland expelled 45 Russian diplomats.",
        published=PUB,
    )
    assert events(a) == [
        ("SANCTION", "imposed sanctions", ["igo:eu"], ["state:RUS"], None),
        ("SANCTION", "expelled", ["gov:POL"], ["gov:RUS"], None),
    ]


def test_conditional_and_modal_events_are_hypothetical(analyze):
    a = analyze("If Russia invades Ukraine, NATO will respond.\nThe Pentagon could send tanks to Ukraine.")
    by_trigger = {t: (src, tgt, status) for _, t, src, tgt, status in events(a)}
    assert by_trigger["invades"] == (["gov:RUS"], ["state:UKR"], "hypothetical")
    assert by_trigger["send"] == (["mil:USA"], ["state:UKR"], "hypothetical")


def test_threatened_sanctions_are_threatened_not_occurred(analyze):
    a = analyze("The European Union threatened sanctions against Belarus on Monday.", published=PUB)
    sanction = next(e for e in a.events if e.category == "SANCTION")
    assert sanction.status == "threatened"
    assert [p.actor_id for p in sanction.sources] == ["igo:eu"]
    assert [p.actor_id for p in sanction.targets] == ["state:BLR"]


def test_a_people_acting_is_its_country(analyze):
    (ev,) = analyze("The Russians shelled Kharkiv overnight.", published=PUB).events
    assert (ev.category, [p.actor_id for p in ev.sources]) == ("ASSAULT", ["gov:RUS"])


def test_no_event_without_a_resolved_actor(analyze):
    assert analyze("They attacked the city at dawn.", published=PUB).events == []


def test_one_event_reported_twice_is_one_event(analyze):
    a = analyze(
        "Russia invaded Ukraine in 2022.\n"
        "The general said the army was weaker than when Russia invaded Ukraine.",
        published=PUB,
    )
    found = events(a)
    assert found == [("ASSAULT", "invaded", ["gov:RUS"], ["state:UKR"], None)]
    assert a.events[0].trigger.start == a.article.text.index("invaded")


def test_talks_between_conjoined_leaders_have_a_target(analyze):
    (ev,) = analyze("Putin and Xi held talks in Moscow on Tuesday.", published=PUB).events
    assert (ev.category, [p.actor_id for p in ev.sources], [p.actor_id for p in ev.targets]) == (
        "CONSULT",
        ["person:vladimir-putin"],
        ["person:xi-jinping"],
    )


def test_invasion_of_a_country_targets_it_and_a_modal_subject_is_hypothetical(analyze):
    (ev,) = analyze("A Russian invasion of Ukraine may begin within days.", published=PUB).events
    assert [p.actor_id for p in ev.sources] == ["gov:RUS"] and [p.actor_id for p in ev.targets] == [
        "state:UKR"
    ]
    assert ev.status == "hypothetical"


def test_a_war_named_by_its_place_has_no_party(analyze):
    assert (
        analyze("Europe is more dependent on Russia than before the Ukraine war.", published=PUB).events == []
    )


def test_deployments_drills_and_promised_force(analyze):
    a = analyze(
        "Russia sent warships and a submarine to the Baltic Sea.\n"
        "Russia conducted drills near the border.\n"
        "The regime has committed atrocities.\n"
        "Zelensky promised to invade Crimea.",
        published=PUB,
    )
    got = [(e.category, e.trigger.text) for e in a.events]
    assert ("MOBILIZE", "sent") in got and ("MOBILIZE", "drills") in got
    assert ("THREATEN", "promised") in got
    assert not any(c in ("AID", "AGREE", "COOPERATE") for c, _ in got)


def aid_items(analysis) -> list[tuple[str | None, str | None, str | None, int | None]]:
    return [
        (
            p.actor_id if (p := next(iter(e.sources), None)) else None,
            i.category,
            i.span.text,
            i.quantity_value,
        )
        for e in analysis.events
        if e.category == "AID"
        for i in e.items
    ]


def test_rounds_of_ammunition_are_one_item_with_their_quantity(analyze):
    a = analyze("Germany sent 10,000 rounds of ammunition to Ukraine.", published=PUB)
    (ev,) = a.events
    assert [p.actor_id for p in ev.targets] == ["state:UKR"]
    assert aid_items(a) == [("gov:DEU", "ammunition", "10,000 rounds of ammunition", 10000)]


def test_a_think_tank_is_no_tank(analyze):
    a = analyze("The United States sent a think tank report and 20 tanks to Poland.", published=PUB)
    assert aid_items(a) == [("gov:USA", "tanks", "20 tanks", 20)]


def test_money_is_an_item_with_its_amount(analyze):
    a = analyze("The Pentagon sent $62 billion in aid to Ukraine in 2022.", published=PUB)
    assert aid_items(a) == [("mil:USA", "money", "$62 billion", 62_000_000_000)]


def test_goods_named_by_a_participle_and_not_inside_a_clause(analyze):
    a = analyze(
        "Military hardware supplied by NATO arrived in Ukraine.\n"
        "Biden allowed Kyiv to fire NATO weapons at Russian soil.",
        published=PUB,
    )
    assert aid_items(a) == [("igo:nato", "weapons", "Military hardware", None)]


def test_a_sale_of_goods_for_money_is_trade(analyze):
    a = analyze("Bulgaria exported $774 million in fuel to Ukraine.", published=PUB)
    assert [(e.category, e.items) for e in a.events] == [("COOPERATE", [])]


def test_meetings_need_someone_met_or_a_place(analyze):
    a = analyze(
        "Biden's decision met fierce opposition in Congress.\n"
        "Ukraine receives large amounts of aid.\n"
        "Zelensky received the German chancellor in Kyiv.\n"
        "The West is fighting for its values.",
        published=PUB,
    )
    assert [(e.category, e.trigger.text) for e in a.events if e.category != "AID"] == [
        ("CONSULT", "received")
    ]


def test_war_vocabulary(analyze):
    a = analyze(
        "Russia launched a counteroffensive against Ukraine.\n"
        "Ukraine shot down six Russian drones.\n"
        "Russia captured Bakhmut.\n"
        "Russia is blackmailing the world.",
        published=PUB,
    )
    got = [(e.category, e.trigger.text) for e in a.events]
    assert got == [
        ("ASSAULT", "launched a counteroffensive"),
        ("ASSAULT", "shot down"),
        ("COERCE", "captured"),
        ("THREATEN", "blackmailing"),
    ]


def test_a_threat_is_about_whom_its_act_targets_and_a_strike_on_a_city_is_an_assault(analyze):
    a = analyze("Moscow made a threat to invade Ukraine.\nRussia threatened to strike Kyiv.", published=PUB)
    got = [(c, t, src, tgt, st) for c, t, src, tgt, st in events(a)]
    assert ("THREATEN", "threat", ["gov:RUS"], ["state:UKR"], None) in got
    assert ("ASSAULT", "strike", ["gov:RUS"], ["gov:UKR"], "threatened") in got
    assert not any(c == "PROTEST" for c, *_ in got)


def test_goods_listed_in_a_relative_clause_are_transferred(analyze):
    a = analyze("Britain sent a package of weapons that includes 20 drones to Ukraine.", published=PUB)
    assert ("drones", 20) in [(i.category, i.quantity_value) for e in a.events for i in e.items]
