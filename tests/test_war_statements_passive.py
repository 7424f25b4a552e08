"""Passive cues with no agent and views with 'as' (issue 11 §3). Our own sentences."""

from __future__ import annotations

from spans import content_pieces as _pieces
from spans import statements_by_cue as _by_cue


def test_a_passive_cue_with_an_infinitive_reports_unnamed_people(nlp):
    st = _by_cue(nlp, "Over two million people are estimated to be displaced inside the country.")[
        "are estimated"
    ]
    assert st.source is None
    assert _pieces(st) == ["Over two million people", "to be displaced inside the country"]
    assert st.statement_class == "belief"
    st = _by_cue(nlp, "He is said to have left Moscow.")["is said"]
    assert _pieces(st) == ["He", "to have left Moscow"]


def test_a_passive_purpose_is_still_no_statement(nlp):
    assert _by_cue(nlp, "The loans are intended to support the grain exports.") == {}


def test_seen_as_is_a_view(nlp):
    st = _by_cue(nlp, "The general was seen as a serious threat to the president.")["was seen"]
    assert st.source is None
    assert _pieces(st) == ["The general", "as a serious threat to the president"]
    st = _by_cue(nlp, "Analysts see the offensive as a gamble.")["see"]
    assert st.source is not None and st.source.text == "Analysts"
    assert _pieces(st) == ["the offensive as a gamble"]


def test_seeing_without_as_is_no_statement(nlp):
    assert _by_cue(nlp, "The troops saw the convoy enter the city.") == {}
    assert _by_cue(nlp, "A sharp rise has been seen in the attacks.") == {}
    assert "sees" not in _by_cue(nlp, 'The ministry sees "every sign of a coming offensive" in the east.')


def test_paint_and_portray_with_as_are_reports(nlp):
    st = _by_cue(nlp, "Many stories painted him as a hero who defended the offices from looters.")["painted"]
    assert st.source is not None and st.source.text == "Many stories"
    assert _pieces(st) == ["him as a hero who defended the offices from looters"]
    assert _by_cue(nlp, "The workers painted the walls.") == {}


def test_speculate_is_a_belief(nlp):
    st = _by_cue(nlp, "The envoy speculated that the talks would fail.")["speculated"]
    assert _pieces(st) == ["that the talks would fail"]
    assert st.statement_class == "belief"
