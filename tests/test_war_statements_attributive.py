"""'alleged'/'purported' before a noun attributes the phrase to unnamed people (issue 11 §3). Our own
sentences."""

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
