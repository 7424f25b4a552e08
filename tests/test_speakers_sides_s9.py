"""A bare body noun is not guessed to be the other side of the war after that side has spoken."""

from __future__ import annotations

from spans import speakers_by_source


def test_the_ministry_after_the_other_side_spoke_is_left_open(nlp):
    text = (
        "The Russian foreign ministry said Western countries were to blame.\n\n"
        "Ukrainian officials said 40,000 people were at risk. The ministry urged residents to leave."
    )
    assert speakers_by_source(nlp, text)["The ministry"] is None


def test_the_ministry_right_after_its_own_statement_is_that_ministry(nlp):
    text = "Russia's foreign ministry summoned the envoy. The ministry said the move was a provocation."
    assert speakers_by_source(nlp, text)["The ministry"] == "org:rus-foreign-ministry"


def test_officials_after_a_speaker_of_the_other_side_are_not_the_officials_named_before(nlp):
    text = (
        "Ukrainian officials said the town was shelled.\n\n"
        "The head of the Russian-installed administration, Vladimir Saldo, said the situation was calm. "
        "Officials there said no one had died."
    )
    assert speakers_by_source(nlp, text)["Officials there"] is None


def test_some_members_of_a_bloc_speak_for_themselves_not_the_bloc(nlp):
    text = "Two NATO members declared they would keep their jets at home. NATO said it had no plan to act."
    assert speakers_by_source(nlp, text) == {"Two NATO members": None, "NATO": "igo:nato"}
    assert speakers_by_source(nlp, "Several EU countries said they would block the deal.") == {
        "Several EU countries": None
    }


def test_unnamed_sources_speak_for_no_body_whatever_they_are_close_to(nlp):
    text = (
        "Sources close to the Kremlin told a news agency that Putin would visit Minsk. "
        "Kremlin sources said the talks had stalled."
    )
    assert speakers_by_source(nlp, text) == {"Sources close to the Kremlin": None, "Kremlin sources": None}


def test_a_body_named_in_what_was_said_is_not_the_speakers_owner(nlp):
    text = "In a statement, the ministry said Chisinau had launched 30 drones."
    assert speakers_by_source(nlp, text) == {"the ministry": None}
