"""'alleged'/'purported' before a noun, and 'reportedly'/'allegedly' on a verb, attribute the phrase or
clause to unnamed people (issue 11 §3, docs/annotation.md "No source"). Our own sentences."""

from __future__ import annotations

from spans import statements_by_cue as _by_cue


def test_alleged_before_a_noun_phrase_is_a_statement_without_a_source(nlp):
    st = _by_cue(nlp, "Reports on alleged Russian plans to invade the Baltic states spread fear.")["alleged"]
    assert st.source is None
    assert [c.text for c in st.content] == ["Russian plans to invade the Baltic states"]
    assert st.cue_stance == "distancing"


def test_a_possessive_before_alleged_is_not_its_source(nlp):
    st = _by_cue(nlp, "Iran's alleged military assistance to Russia was discussed.")["alleged"]
    assert st.source is None
    assert [c.text for c in st.content] == ["military assistance to Russia"]


def test_alleged_before_a_single_noun_is_a_label(nlp):
    assert "alleged" not in _by_cue(nlp, "The alleged attacker was arrested.")


def test_a_hedge_adverb_on_a_verb_is_a_statement_of_subject_and_predicate_without_a_source(nlp):
    found = _by_cue(
        nlp,
        "Artillery fire reportedly struck a fuel depot near Melitopol. The governor allegedly fled to "
        "the coast with his family.",
    )
    st = found["reportedly"]
    assert st.source is None and st.kind == "indirect" and st.cue_stance == "neutral"
    assert [c.text for c in st.content] == ["Artillery fire", "struck a fuel depot near Melitopol"]
    st = found["allegedly"]
    assert [c.text for c in st.content] == ["The governor", "fled to the coast with his family"]
    assert st.cue_stance == "distancing"


def test_a_hedge_adverb_inside_someone_s_report_makes_no_second_statement(nlp):
    found = _by_cue(nlp, "Local officials said that enemy troops had reportedly crossed the river at dawn.")
    assert "reportedly" not in found and "said" in found


def test_a_hedge_adverb_without_a_predicate_after_it_is_no_statement(nlp):
    assert "reportedly" not in _by_cue(nlp, "The convoy was stopped, reportedly.")
