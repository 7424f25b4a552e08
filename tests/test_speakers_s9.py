"""Speaker resolution, session 9: rules measured on the PolNeAR speaker proxy and the war-news gold."""

from __future__ import annotations

from spans import speakers_by_source


def test_name_inside_the_roles_own_phrase_is_not_the_role(nlp):
    """ "The lawyer for Ivan Petrov", "an aide to Minister Kowalski": someone of theirs, never them."""
    text = "The lawyer for Ivan Petrov said the charges against the colonel were false."
    assert speakers_by_source(nlp, text) == {"The lawyer for Ivan Petrov": None}
    text = "An aide to Defence Minister Jan Kowalski said the minister would not resign."
    assert speakers_by_source(nlp, text) == {"An aide to Defence Minister Jan Kowalski": None}


def test_name_after_the_body_that_ends_a_title_is_the_holder(nlp):
    """ "Secretary General of the Red Cross Federation Maria Lind said": the name after the whole title."""
    text = "Secretary General of the Red Cross Federation Maria Lind said that her staff was under pressure."
    assert speakers_by_source(nlp, text) == {
        "Secretary General of the Red Cross Federation Maria Lind": "person:maria-lind"
    }


def test_spokesman_with_name_in_apposition_stays_the_named_person(nlp):
    text = (
        "Kremlin spokesman Dmitry Peskov said the talks had failed. "
        "The spokesman for the Kremlin, Dmitry Peskov, said Moscow would respond."
    )
    assert set(speakers_by_source(nlp, text).values()) == {"person:dmitry-peskov"}
