"""Attributions the parser misreads: trailing cues, clauses hung on the wrong word (issue 11 §3). Our
own sentences."""

from __future__ import annotations

from newsledger.extract.statements import rule_statements


def test_an_inverted_source_after_the_cue_wins_over_a_subject_the_parser_hung_on_it(nlp):
    # en_core_web_sm hangs "East Germany" on "said" as a subject too; the source is the one after it
    text = "She often recalls her youth in Leipzig, in 1970s East Germany, and it formed her, said Keller."
    sts = [s for s in rule_statements(nlp(text)) if s.cue.text == "said"]
    assert len(sts) == 1
    assert sts[0].source is not None and sts[0].source.text == "Keller"
    assert sts[0].content[0].text.endswith("East Germany, and it formed her")


def test_a_trailing_cue_the_parser_reads_as_an_adverbial_clause(nlp):
    text = (
        "During the first months of the war, over 300 diplomats were sent home from their embassies, "
        "the Center for Strategic Studies estimated last year."
    )
    sts = [s for s in rule_statements(nlp(text)) if s.cue.text == "estimated"]
    assert len(sts) == 1
    assert sts[0].source is not None and sts[0].source.text == "the Center for Strategic Studies"
    assert [c.text for c in sts[0].content] == [
        "During the first months of the war, over 300 diplomats were sent home from their embassies"
    ]
    assert sts[0].statement_class == "belief"


def test_a_that_clause_after_a_cue_noun_is_the_nouns_not_the_verbs_above_it(nlp):
    text = (
        "Zelensky, responding to a warning by the alliance chief Jens Berg on January 27 that the troop "
        "movements could lead to an invasion, said it was calm."
    )
    found = {s.cue.text: s for s in rule_statements(nlp(text))}
    assert "responding" not in found
    st = found["warning"]
    assert st.source is not None and st.source.text == "the alliance chief Jens Berg"
    assert [c.text for c in st.content] == ["that the troop movements could lead to an invasion"]
    assert [c.text for c in found["said"].content] == ["it was calm"]


def test_a_reported_clause_stops_before_the_reporters_comment_after_a_dash(nlp):
    text = (
        "Some observers claimed that the charity was guilty of “double standards” — which is fair, in part."
    )
    st = {s.cue.text: s for s in rule_statements(nlp(text))}["claimed"]
    assert [c.text for c in st.content] == ["that the charity was guilty of “double standards”"]


def test_a_cue_read_as_a_reduced_relative_before_a_phrase_and_a_quotation(nlp):
    text = (
        "The magazine noted of Petrenko, “Most of all, he has built close ties with the "
        "hardliners. He has praised the old leaders.”"
    )
    st = {s.cue.text: s for s in rule_statements(nlp(text))}["noted"]
    assert st.source is not None and st.source.text == "The magazine"
    assert [c.text for c in st.content] == [text[text.index("“") :]]
    assert st.kind == "direct"


def _cues(nlp, text: str) -> dict:
    return {s.cue.text: s for s in rule_statements(nlp(text))}


def test_an_outlet_relaying_an_attribution_adds_no_statement(nlp):
    text = (
        '"The reserves are nearly gone and the troops are exhausted," Halvorsen said at a briefing in'
        " Brelin, a Norvik News correspondent reports."
    )
    found = _cues(nlp, text)
    assert "reports" not in found
    assert found["said"].source is not None and found["said"].source.text == "Halvorsen"
    text = (
        '"The convoys are under fire every night," the report said, adding that the shelling had cut'
        " the roads, the Daily Relay reported."
    )
    found = _cues(nlp, text)
    assert "reported" not in found
    assert [c.text for c in found["adding"].content] == ["that the shelling had cut the roads"]
    found = _cues(nlp, "The bridge the envoys inspected was closed on Monday, the Daily Relay reported.")
    pieces = [c.text for c in found["reported"].content]
    assert pieces == ["The bridge the envoys inspected was closed on Monday"]


def test_an_opening_as_reported_attributes_the_rest_of_the_sentence(nlp):
    text = "As reported, the third round of talks on the river treaty was held in Brelin on Tuesday."
    st = _cues(nlp, text)["As reported"]
    assert st.source is None
    rest = "the third round of talks on the river treaty was held in Brelin on Tuesday"
    assert [c.text for c in st.content] == [rest]
    assert "As expected" not in _cues(nlp, "As expected, the council approved the budget.")


def test_an_opening_as_clause_with_a_source_attributes_the_rest_of_the_sentence(nlp):
    st = _cues(nlp, "As Halvorsen noted last week, the reserves are nearly gone.")["noted"]
    assert st.source is not None and st.source.text == "Halvorsen"
    assert [c.text for c in st.content] == ["the reserves are nearly gone"]
    assert "walked" not in _cues(nlp, "As he walked home, the streets were empty.")


def test_an_opening_as_clause_whose_comma_hangs_on_the_cue(nlp):
    # "As the minister said," with nothing after the verb: the parser hangs the comma on "said".
    st = _cues(nlp, "As the minister said, the bridge over the Velka will reopen in May.")["said"]
    assert st.source is not None and st.source.text == "the minister"
    assert [c.text for c in st.content] == ["the bridge over the Velka will reopen in May"]
    assert "walked" not in _cues(nlp, "As the soldiers walked, the shelling stopped.")
