"""Junk actors and links on war news (issue 11 §3, docs/annotation.md "Actors"): demonyms stand for their
country when used as actors and are no actor when they name a population; facilities, agreements, places,
adjective phrases and capitalised common words never become actors. Our own sentences."""

from __future__ import annotations

import pytest


def _mentions(doc) -> dict[str, str | None]:
    return {m.span.text: m.actor_id for m in doc._.mentions}


def _actor_ids(doc) -> set[str]:
    return {m.actor_id for m in doc._.mentions if m.actor_id}


def test_a_demonym_used_as_an_actor_is_its_country(nlp):
    doc = nlp(
        "Russia says the front is stable. The Russians have stepped up shelling near Kharkiv. "
        "Western partners persuaded the Ukrainians to quit the talks."
    )
    found = _mentions(doc)
    assert found["Russians"] == "gov:RUS"  # acting
    assert found["Ukrainians"] == "state:UKR"  # acted upon


def test_a_counted_or_described_population_is_no_actor(nlp):
    doc = nlp(
        "Ukraine says the line holds. Many Ukrainians have been killed, and a majority of Ukrainians "
        "now live abroad. Ordinary Russians pay for the war."
    )
    assert not any(m.actor_id and m.span.text.endswith(("Ukrainians", "Russians")) for m in doc._.mentions)


def test_a_bare_demonym_of_a_country_that_is_only_a_place_is_no_actor(nlp):
    doc = nlp("Ask Bosnians. Corrupt officials in Bosnia stole the aid money years ago.")
    assert not any(m.actor_id and "BIH" in m.actor_id for m in doc._.mentions)


def test_a_people_noun_after_a_country_adjective_is_no_actor(nlp):
    doc = nlp("The real worry is that the American public could tire of the war.")
    assert "pop:USA" not in _actor_ids(doc) and "gov:USA" not in _actor_ids(doc)


def test_a_military_adjective_phrase_is_no_actor(nlp):
    doc = nlp("The aid helps protect the world from Russian military invasion and Iranian military hardware.")
    assert not {"mil:RUS", "mil:IRN"} & _actor_ids(doc)


def test_a_power_plant_and_its_initials_are_places(nlp):
    doc = nlp(
        "A drone fell near the Zaporozhye Nuclear Power Plant; the Kursk Nuclear Power Plant reported "
        "no damage. The ZNPP has been shelled for months."
    )
    assert not any("plant" in a or a == "org:znpp" for a in _actor_ids(doc))


@pytest.mark.parametrize(
    "text, country",
    [
        ("Drones damaged children's hospitals in Amsterdam or Warsaw last week.", "POL"),
        ("Iran sent drones to Moscow for use in the Ukraine war, officials in Washington said.", "UKR"),
        ("Hackers tried to sway the 2020 Moldova presidential election, the report found.", "MDA"),
    ],
)
def test_a_country_as_a_place_or_a_conflict_is_no_actor(nlp, text, country):
    doc = nlp(text)
    assert not any(a.endswith(":" + country) for a in _actor_ids(doc))


def test_a_gazetteer_name_at_the_start_of_a_longer_place_name_is_no_actor(nlp):
    doc = nlp("The United States sent two more missile launchers to the West Coast on Monday.")
    assert "org:the-west" not in _actor_ids(doc)


def test_an_organisation_name_modifying_a_thing_is_no_actor(nlp):
    doc = nlp("The talks were held under Chatham House rules; delegates agreed on the Disney version.")
    ids = _actor_ids(doc)
    assert "org:chatham-house" not in ids and "org:disney" not in ids


@pytest.mark.parametrize(
    "text, country",
    [
        ("Her flat on a quiet street in Holland Park was a meeting place for the exiles.", "NLD"),
        ("She was raised in East Germany in the 1980s, which colours her view of Ukraine.", "DEU"),
        ("Officials say the Poland-Ukraine border meeting was one of several.", "POL"),
        ("Russia says that shortly before the departure of the delegation to Kyiv, it was warned.", "UKR"),
    ],
)
def test_a_country_inside_a_place_name_or_naming_a_place_is_no_actor(nlp, text, country):
    doc = nlp(text)
    assert not any(a.endswith(":" + country) for a in _actor_ids(doc))


def test_a_saint_named_place_is_no_person(nlp):
    doc = nlp("The party is standing two candidates, Jane Roe in Holborn and St Pancras, and John Doe.")
    assert not any("pancras" in a for a in _actor_ids(doc))


@pytest.mark.parametrize(
    "text, junk",
    [
        ("Russian Bombers Strike Again\n\nAir Power\n\nWhile the army waited, bombers struck the bridge.",
         "org:air-power"),
        ("FBI Director Anna Stone and National Security Adviser Tom Reed kept the line to Beijing open.",
         "org:security"),
        ("The central banks will settle in gold. The platform will include Central Banks and lenders.",
         "org:central-banks"),
        ("The embargo made the EU buy LNG from Qatar at a higher price.", "org:lng"),
        ("Iran is pushing for the revival of the JCOPA, the minister said.", "org:jcopa"),
    ],
)  # fmt: skip
def test_headings_title_words_common_plurals_commodities_and_agreements_are_no_actors(nlp, text, junk):
    assert junk not in _actor_ids(nlp(text))


def test_a_ship_named_after_a_person_is_no_person(nlp):
    doc = nlp("Three ships were hit, including the frigate Admiral Makarov, the Ukrainian navy said.")
    assert "person:makarov" not in _actor_ids(doc)
    assert _mentions(doc)["the Ukrainian navy"] == "mil:UKR"


def test_a_platform_where_something_was_said_is_no_actor(nlp):
    for text in (
        "Rybar, a pro-war Telegram channel, said the bridge had been hit.",
        "Medvedev said on Telegram that the enemies would pay.",
    ):
        assert not any("telegram" in a for a in _actor_ids(nlp(text)))


def test_an_office_holder_s_portfolio_is_no_organisation(nlp):
    doc = nlp("Karl Weber, now Commissioner for Budget and Administration, met the donors on Friday.")
    assert _actor_ids(doc) == {"person:karl-weber"}
    doc = nlp("The scheme was drafted by Anton Petrov, then Minister of the Interior.")
    assert _actor_ids(doc) == {"person:anton-petrov"}


def test_a_quoted_nickname_is_no_organisation_but_a_quoted_body_name_is(nlp):
    doc = nlp("The deputy, long dubbed the 'Voice of the Peace Movement,' voted against the budget.")
    assert not any("voice" in a for a in _actor_ids(doc))
    assert "org:peace-council" in _actor_ids(nlp("The so-called 'Peace Council' met in Rome."))


def test_names_only_a_title_case_heading_holds_are_no_actors(nlp):
    text = (
        "Harbour Fires As Markets Tumble\n\n"
        "The port burned for two days while traders sold their bonds.\n\n"
        "Winter Looms For Kherson Farmers\n\n"
        "Diplomats from Oslo carried messages between the two capitals."
    )
    doc = nlp(text)
    headings = [(0, 31), (text.index("Winter"), text.index("Farmers") + 7)]
    inside = [m.span.text for m in doc._.mentions if any(s <= m.span.start < e for s, e in headings)]
    assert inside == []  # NER reads "Harbour Fires As" as a person and "Winter Looms" as an organisation


def test_a_heading_name_the_body_repeats_stays_an_actor(nlp):
    doc = nlp(
        "Lodz Council Elects Marek Wolny\n\n"
        "Wolny, a former teacher, said he would cut council spending. The Civic Harbour Trust backed him.\n\n"
        "Civic Harbour Trust Responds\n\n"
        "The trust said its members had voted for him."
    )
    found = _mentions(doc)
    assert found["Marek Wolny"] == found["Wolny"] == "person:marek-wolny"  # no line break in the name
    assert found["Civic Harbour Trust"] == "org:civic-harbour-trust"


def test_an_organisation_named_as_the_venue_is_a_place_but_its_staff_speak_for_it(nlp):
    doc = nlp("The general spoke at a briefing at the Pentagon. The delegations met at the Pentagon.")
    assert "mil:USA" not in _actor_ids(doc)
    doc = nlp("Officials at the Pentagon said the shells would arrive in May.")
    assert _mentions(doc)["the Pentagon"] == "mil:USA"


def test_a_title_case_headline_ending_in_a_full_stop_is_a_heading_too(nlp):
    text = "Danube Port Rules Face Key Test In EU Court.\n\nNegotiators met on Tuesday."
    doc = nlp(text)
    assert [m.actor_id for m in doc._.mentions if m.actor_id] == ["igo:eu"]  # no "Danube Port Rules" person


def test_a_single_letter_is_no_organisation(nlp):
    doc = nlp("“Does anyone know what the plan is?” Kowalski asked. “Neither do I.”")
    assert not any(a.startswith("org:") for a in _actor_ids(doc))


def test_a_one_word_form_of_an_organisation_named_in_full_is_that_organisation(nlp):
    doc = nlp("Norsk Tanker Group lost two tankers in the strait. Norsk said it would stop sailing.")
    assert _mentions(doc)["Norsk"] == _mentions(doc)["Norsk Tanker Group"] == "org:norsk-tanker-group"


def test_an_acronym_written_with_full_stops_is_the_body_named_in_full(nlp):
    doc = nlp("The Kiel Freight Authority raised its fees. The K.F.A. said costs had risen.")
    assert _mentions(doc)["K.F.A."] == "org:kiel-freight-authority"


def test_a_form_of_address_names_no_one_but_an_honorific_before_a_surname_does(nlp):
    doc = nlp("“Mr. President, will you sign the pardon?” Kowalski asked the president.")
    assert "person:president" not in _actor_ids(doc)
    assert _mentions(nlp("Mr. King said the harbour was closed."))["King"] == "person:king"


def test_a_word_ner_calls_a_person_before_a_common_noun_is_no_person(nlp):
    assert "person:maidan" not in _actor_ids(nlp("The Maidan protests toppled the government."))
    assert _mentions(nlp("The Kowalski report said the port was shut."))["Kowalski"] == "person:kowalski"


def test_a_name_before_and_and_a_facility_name_is_part_of_the_facility(nlp):
    doc = nlp("Shells fell near the old Steel and Chemical Works outside the city.")
    doc2 = nlp("Drones circled over the Coke and Chemical Plant at dawn.")
    assert not {a for a in _actor_ids(doc) | _actor_ids(doc2) if a.startswith("org:")}


def test_a_two_word_company_name_opening_with_a_title_word_keeps_it(nlp):
    doc = nlp("General Dynamics said the shells would ship in May.")
    assert [st.speaker for st in doc._.statements] == ["org:general-dynamics"]


def test_a_weapon_designation_ner_cuts_at_its_hyphen_is_no_actor(nlp):
    doc = nlp("Berlin will deliver IRIS-T systems and shells, Pistorius said.")
    assert _mentions(doc) == {"Berlin": "gov:DEU", "Pistorius": "person:boris-pistorius"}


def test_a_generic_body_name_with_another_countrys_adjective_is_that_countrys_body(nlp):
    doc = nlp("Kyiv lost two tanks, the Russian MoD said. The MoD in London said British troops would help.")
    found = _mentions(doc)
    assert found["Russian MoD"] == "mil:RUS"  # the gazetteer's MoD is Britain's
    assert found["MoD"] == "mil:GBR"


def test_the_special_military_operation_is_no_actor(nlp):
    doc = nlp("Moscow said the SMO would go on until its aims were met.")
    assert "SMO" not in _mentions(doc)
