"""Junk actors a non-gold sample showed (session 9): names that are no actor, or not this kind of actor.
Our own sentences, same shapes."""

from __future__ import annotations


def _actors(nlp, text: str) -> dict[str, str | None]:
    """Each mention's text and its actor id (None: a place or a name left without one)."""
    return {m.span.text: m.actor_id for m in nlp(text)._.mentions}


def _ids(nlp, text: str) -> set[str]:
    return {a.id for a in nlp(text)._.actors}


def test_a_city_opening_with_a_spanish_article_is_a_place_not_a_paper(nlp):
    text = "The senator held a rally in Las Palmas on Friday. Voters in San Antonio and Los Alamos cheered."
    found = _actors(nlp, text)
    assert found.get("Las Palmas") is None and found.get("Los Alamos") is None
    assert not any(i.startswith("media:") for i in _ids(nlp, text))


def test_a_paper_named_with_a_foreign_article_is_still_a_paper(nlp):
    text = "Der Kurier reported that the talks had failed. According to Die Zeitung, the tanks will wait."
    found = _actors(nlp, text)
    assert found["Der Kurier"] == "media:der-kurier"


def test_a_full_name_ner_calls_an_organisation_once_is_the_person_it_names_elsewhere(nlp):
    text = (
        "Alton Reeves was shot by police. Protesters chanted the name of Alton Reeves, and Reeves was "
        "buried on Friday."
    )
    assert _ids(nlp, text) == {"person:alton-reeves"}


def test_a_county_named_like_another_county_stays_no_person(nlp):
    text = "Bellwether County voted for him. Officials in Vigo County said turnout was high in the county."
    assert not any(i.startswith("person:") for i in _ids(nlp, text))


def test_the_owner_of_a_work_ner_takes_whole_for_a_person_is_the_person(nlp):
    text = "According to Tom Varga’s Almanac, the county has voted for the winner since 1956."
    assert _ids(nlp, text) == {"person:tom-varga"}


def test_a_lower_case_phrase_ner_calls_a_person_is_no_one(nlp):
    text = (
        "She said he would make tacit admissions about the deal. The senator spoke to lesbian people in Ohio."
    )
    assert _ids(nlp, text) == set()


def test_a_time_zone_an_award_a_faith_and_a_programme_are_no_actors(nlp):
    text = (
        "Polls close at 8 p.m. Eastern Daylight Time. The winner of the Halvorsen Press Award spoke at the "
        "Venetian Hotel about Islam. Medicaid and Fooscare were cut, and the senator backed the TPP."
    )
    assert _ids(nlp, text) == set()


def test_a_headline_verb_ner_runs_into_a_name_is_no_part_of_it(nlp):
    text = (
        "Glenn Burke Blasts Drudge for Mocking His Fast\n\n"
        "Talk host Glenn Burke said on Monday that Matt Drudge was wrong. Burke added that he would fast."
    )
    assert _ids(nlp, text) == {"person:glenn-burke", "person:matt-drudge"}
    assert _actors(nlp, text)["Glenn Burke"] == "person:glenn-burke"


def test_an_adverb_opening_a_sentence_is_no_organisation(nlp):
    text = (
        "Halfway through the winter, the front barely moved. "
        "Halfway into the campaign season, the race moves on."
    )
    assert _ids(nlp, text) == set()


def test_a_town_written_with_its_region_is_a_place_not_a_person(nlp):
    text = (
        "We had faith in the mayor, said Daniel Price, a 47-year-old from Glen Allen, "
        "Virginia, who voted by mail."
    )
    assert _ids(nlp, text) == {"person:daniel-price"}


def test_a_hyphenated_given_name_with_a_lower_case_half_stays_a_person(nlp):
    text = "South Korean President Park Min-seo said the test was a provocation. Moon Ji-hoon agreed."
    assert _ids(nlp, text) == {"person:park-min-seo", "person:moon-ji-hoon"}
