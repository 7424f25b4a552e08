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


def test_staff_member_speaks_for_the_body_they_work_for(nlp):
    """ "a spokesman for the ministry", "a correspondent for TASS": staff speak for their body."""
    text = "A spokesman for the Russian Defence Ministry said the strikes hit only military targets."
    assert speakers_by_source(nlp, text) == {"A spokesman for the Russian Defence Ministry": "mil:RUS"}
    text = "A correspondent for TASS reported that the bridge to the island had reopened."
    assert speakers_by_source(nlp, text) == {"A correspondent for TASS": "media:tass"}


def test_staff_of_a_head_of_state_speak_for_the_government(nlp):
    text = "An aide to President Volodymyr Zelensky said Kyiv would not accept a ceasefire."
    assert speakers_by_source(nlp, text) == {"An aide to President Volodymyr Zelensky": "gov:UKR"}


def test_spokeswoman_for_a_private_person_speaks_for_them_an_aide_does_not(nlp):
    text = "A spokeswoman for Ivan Petrov said he would appeal the verdict."
    assert speakers_by_source(nlp, text) == {"A spokeswoman for Ivan Petrov": "person:ivan-petrov"}
    text = "Ivan Petrov was arrested on Monday. Aides to Petrov said the charges were political."
    assert speakers_by_source(nlp, text) == {"Aides to Petrov": None}


def test_role_noun_is_the_speaker_the_article_gave_it_to(nlp):
    """The name is beyond the role window, but the analyst has been speaking as "he" since."""
    text = (
        "Paolo Verdi, a security analyst and director of a research centre in Rome, says the summit will "
        "fail. Verdi points out that Russia was not invited.\n\n"
        '"It is a show for the cameras," he explains. The conference is aimed at promoting a plan that '
        "includes territorial demands. Several delegations have already left.\n\n"
        '"Nobody expects results," he adds. The organisers hoped for more. Two ministers cancelled their '
        "trips. The hall was half empty.\n\n"
        "The analyst also observed that the plan would need Turkish support."
    )
    assert speakers_by_source(nlp, text)["The analyst"] == "person:paolo-verdi"
    text = (
        "Defence Minister Oleksandr Reznik visited the front on Tuesday. "
        '"We will hold the line," Reznik said. The troops were tired. "We need shells," he added. '
        "The guns were old. The weather was bad. The roads were mud. "
        "The minister also said that new air defence systems had arrived."
    )
    assert speakers_by_source(nlp, text)["The minister"] == "person:oleksandr-reznik"


def test_citing_a_reason_keeps_the_speaker(nlp):
    """ "X said, citing low pay": the reason cited is no originator; "citing officials" still is one."""
    text = (
        "“It is a sign of the anger that soldiers feel,” Kovalenko said, citing low pay, long rotations "
        "and growing losses."
    )
    said = [st for st in nlp(text)._.statements if st.cue.text == "said"]
    assert [(st.source.text, st.speaker) for st in said] == [("Kovalenko", "person:kovalenko")]
    text = "The newspaper reported, citing sources, that the talks had failed."
    assert speakers_by_source(nlp, text) == {"The newspaper": None}
