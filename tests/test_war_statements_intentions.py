"""Intentions and beliefs on war news (issue 11 §3): intention nouns after a copula or with "to" and a
gerund, intention verbs and adjectives, a belief verb after "likely to". Our own sentences."""

from __future__ import annotations

from spans import content_pieces as _pieces
from spans import statements_by_cue as _by_cue


def test_an_intention_noun_before_a_copula_and_an_infinitive(nlp):
    st = _by_cue(nlp, "Putin's goal is to push the alliance back from the border.")["goal"]
    assert st.source is not None and st.source.text == "Putin"
    assert _pieces(st) == ["to push the alliance back from the border"]
    assert st.statement_class == "intention"


def test_an_intention_noun_with_to_and_a_gerund(nlp):
    st = _by_cue(nlp, "It reflects the UK's commitment to aiding the government in Kyiv.")["commitment"]
    assert st.source is not None and st.source.text == "the UK"
    assert _pieces(st) == ["to aiding the government in Kyiv"]


def test_an_intention_noun_without_an_infinitive_is_no_statement(nlp):
    assert "goal" not in _by_cue(nlp, "Putin's goal is peace.")
    assert "decision" not in _by_cue(nlp, "The council's decision surprised the envoys.")


def test_a_decision_with_its_owner_and_an_infinitive(nlp):
    text = "The bloc's decision to halt Russian coal imports was welcomed in Kyiv."
    st = _by_cue(nlp, text)["decision"]
    assert st.source is not None and st.source.text == "The bloc"
    assert _pieces(st) == ["to halt Russian coal imports"]


def test_seek_and_hesitate_with_an_infinitive_are_intentions(nlp):
    st = _by_cue(nlp, "The brigades seek to isolate the units that crossed the river.")["seek"]
    assert _pieces(st) == ["to isolate the units that crossed the river"]
    assert st.statement_class == "intention"
    st = _by_cue(nlp, "That is why both capitals still hesitate to challenge the alliance.")["still hesitate"]
    assert st.source is not None and st.source.text == "both capitals"
    assert _pieces(st) == ["to challenge the alliance"]


def test_interested_in_and_a_gerund_is_an_intention(nlp):
    st = _by_cue(nlp, "Moscow is not interested in seizing the capital.")["interested"]
    assert st.source is not None and st.source.text == "Moscow"
    assert _pieces(st) == ["in seizing the capital"]


def test_a_belief_verb_after_likely_to_is_a_cue(nlp):
    text = "The two allies are likely to view the coming winter as the moment to strike."
    st = _by_cue(nlp, text)["view"]
    assert st.source is not None and st.source.text == "The two allies"
    assert _pieces(st) == ["the coming winter as the moment to strike"]
    assert st.statement_class == "belief"


def test_a_thing_in_a_relative_clause_intends_nothing(nlp):
    assert "sought" not in _by_cue(nlp, "They adopted a decree that sought to widen the draft.")
    st = _by_cue(nlp, "They named an envoy who sought to end the war.")["sought"]
    assert _pieces(st) == ["to end the war"]


def test_opinion_and_news_nouns_with_a_that_clause(nlp):
    text = "Wallace was expressing the opinion that European leaders did not want peace."
    st = _by_cue(nlp, text)["opinion"]
    assert _pieces(st) == ["that European leaders did not want peace"]
    assert st.statement_class == "belief"
    text = (
        "It came as news that Canada delivered armoured trucks to Ukraine, "
        "which Ottawa confirmed."
    )
    st = _by_cue(nlp, text)["news"]
    assert st.source is None
    assert _pieces(st) == ["that Canada delivered armoured trucks to Ukraine"]


def test_a_report_noun_with_a_relative_clause_is_no_statement(nlp):
    assert "report" not in _by_cue(nlp, "The report that was published on Monday is long.")


def test_a_name_right_before_a_cue_noun_is_its_source(nlp):
    st = _by_cue(nlp, "Pentagon claims that the strike hit a depot were rejected by Moscow.")["claims"]
    assert st.source is not None and st.source.text == "Pentagon"


def test_a_light_verb_gerund_takes_its_subject_only_from_before_it(nlp):
    text = "The envoy Anna Berg agreed, expressing the opinion that the talks had failed."
    st = _by_cue(nlp, text)["opinion"]
    assert _pieces(st) == ["that the talks had failed"]
    assert st.source is not None and st.source.text == "The envoy Anna Berg"


def test_an_intended_act_stops_before_a_participle_of_its_consequence(nlp):
    text = (
        "The union's decision to halt Russian coal imports, forcing the EU to buy Australian coal at twice "
        "the price, was a mistake."
    )
    st = _by_cue(nlp, text)["decision"]
    assert _pieces(st) == ["to halt Russian coal imports"]


def test_more_intention_and_belief_nouns_and_adjectives(nlp):
    cases = {
        "The regime's objective is to erase the old ties between the two nations.": "objective",
        "Moscow had a plot to stage a fake attack on its own soldiers.": "plot",
        "There is a growing suspicion that the commission is tied to foreign donors.": "suspicion",
        "The ministers are reluctant to attend the summit.": "reluctant",
    }
    for text, cue in cases.items():
        assert cue in {st.cue.text for st in nlp(text)._.statements}, text


def test_understanding_realising_and_learning_that_are_beliefs_and_perceptions(nlp):
    found = _by_cue(
        nlp,
        "The generals understand that the bridge cannot be held. Officials learned that the depot had "
        "burned down. The mayor realised that no help would come.",
    )
    assert found["understand"].statement_class == "belief"
    assert [c.text for c in found["understand"].content] == ["that the bridge cannot be held"]
    assert found["learned"].statement_class == "perception"
    assert found["realised"].statement_class == "belief"


def test_understand_learn_and_realise_with_only_an_object_report_nothing(nlp):
    found = _by_cue(
        nlp, "The pilots understand the risks. Recruits learn the drill in a week. He realised his mistake."
    )
    assert not {"understand", "learn", "realised"} & set(found)


def test_an_as_aside_inside_the_sentence_attributes_the_words_around_it(nlp):
    found = _by_cue(nlp, "The retreat from the river, as the news site learned, has angered the officers.")
    st = found["learned"]
    assert st.source.text == "the news site"
    assert [c.text for c in st.content] == ["The retreat from the river", "has angered the officers"]


def test_an_intention_noun_with_an_infinitive_and_no_owner(nlp):
    st = _by_cue(nlp, "The goal was to make Veloria a client state, run from Dorvan.")["goal"]
    assert st.source is None
    assert _pieces(st) == ["to make Veloria a client state, run from Dorvan"]
    assert st.statement_class == "intention"
    text = "Old hatred led Korvin to the reckless decision to invade the neighbouring kingdom."
    assert _pieces(_by_cue(nlp, text)["decision"]) == ["to invade the neighbouring kingdom"]


def test_an_intention_noun_with_of_and_a_gerund(nlp):
    text = "The militias share the regime's objective of cutting every tie between the two peoples."
    st = _by_cue(nlp, text)["objective"]
    assert st.source is not None and st.source.text == "the regime"
    assert _pieces(st) == ["cutting every tie between the two peoples"]  # "of" only links
    assert "goal" not in _by_cue(nlp, "The goal of the trip was unclear.")


def test_a_clause_coordinated_with_the_cue_is_its_own_statement(nlp):
    text = "The northern provinces want none of it, but two states are ready to let the refugees in."
    found = _by_cue(nlp, text)
    assert _pieces(found["want"]) == ["none of it"]
    st = found["ready"]
    assert st.source is not None and st.source.text == "two states"
    assert _pieces(st) == ["to let the refugees in"]
    text = "Most of the council wants nothing of the sort, but the mayor is eager to sign the deal."
    found = _by_cue(nlp, text)
    assert _pieces(found["wants"]) == ["nothing of the sort"]
    assert _pieces(found["eager"]) == ["to sign the deal"]


def test_a_belief_adjective_with_a_clause(nlp):
    st = _by_cue(nlp, "The generals in Marvik are convinced that the offensive will fail.")["convinced"]
    assert st.source is not None and st.source.text == "The generals in Marvik"
    assert _pieces(st) == ["that the offensive will fail"]
    assert st.statement_class == "belief"
    st = _by_cue(nlp, "The mayor of Teslo is confident that the dam will hold.")["confident"]
    assert _pieces(st) == ["that the dam will hold"]


def test_a_belief_adjective_without_a_believer_or_a_clause_is_no_statement(nlp):
    assert "doubtful" not in _by_cue(nlp, "It is doubtful that the ceasefire will hold.")
    assert "confident" not in _by_cue(nlp, "The rebels seemed confident of victory.")


def test_of_before_an_intention_gerund_is_no_part_of_the_content(nlp):
    st = _by_cue(nlp, "Brenia never hid its aim of seizing the northern ports.")["aim"]
    assert _pieces(st) == ["seizing the northern ports"]
