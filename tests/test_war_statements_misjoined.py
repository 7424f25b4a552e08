"""A cue the parser joins to the wrong clause (issue 11): "X is a worry for Kyiv and America, lest we
forget, has long demanded ...": America demands, not X. Our own sentences."""

from __future__ import annotations

from spans import speakers_by_source as _sources


def test_a_name_ending_an_object_pair_is_the_subject_of_the_finite_verb_after_it(nlp):
    text = (
        "Hungary is an even larger problem for the Kyiv government and America, lest we forget, "
        "has always insisted on getting its money back."
    )
    sources = _sources(nlp, text)
    assert "Hungary" not in sources
    assert sources["America"] == "state:USA"


def test_a_second_verb_joined_by_its_own_and_keeps_the_first_subject(nlp):
    text = "Hungary met the Kyiv government and America last week and has insisted on a deal."
    assert _sources(nlp, text) == {"Hungary": "gov:HUN"}


def test_the_name_after_an_opening_writing_clause_is_the_source(nlp):
    text = (
        "Writing in The Observer, Peter Lindqvist, a lecturer at Yale University's Jackson School and "
        'author of "Moles: The Secret History of Cold War Espionage," said that Russia\'s spy agency had '
        "failed to plan for the war."
    )
    sources = _sources(nlp, text)
    assert list(sources.values()) == ["person:peter-lindqvist"]
    assert next(iter(sources)).startswith("Peter Lindqvist, a lecturer at Yale")


def test_a_gerund_cue_after_a_clause_the_parser_hangs_on_a_later_quote_keeps_its_own_subject(nlp):
    text = (
        "His colleague Sean Brennan agreed, expressing the opinion that the generals “never wanted a "
        "truce; they wanted victory.”"
    )
    sources = _sources(nlp, text)
    assert sources == {"His colleague Sean Brennan": "person:sean-brennan"}
