"""Statement rules of round s8: attributions in war news the parse alone misses. Our own sentences."""

from __future__ import annotations

from spans import statements_by_cue as _by_cue


def test_a_cue_ending_its_sentence_in_a_colon_introduces_the_paragraph_after_it(nlp):
    text = (
        "The party manifesto explains:\n\nThe movement is using this vote to break the silence kept by "
        "the media over the dangers facing workers.\n"
    )
    st = _by_cue(nlp, text)["explains:"]
    assert st.source is not None and st.source.text == "The party manifesto"
    assert [c.text for c in st.content] == [
        "The movement is using this vote to break the silence kept by the media over the dangers "
        "facing workers"
    ]
    assert st.statement_class == "speech"


def test_a_cue_with_adjuncts_before_its_colon_introduces_the_quotation_after_it(nlp):
    quote = "“Although it is staffed by elected officials, the talks stay secret.”"
    text = f"As The Ledger explained in our piece Monday:\n\n{quote}\n"
    st = _by_cue(nlp, text)["explained"]
    assert st.source is not None and st.source.text == "The Ledger"
    assert [c.text for c in st.content] == [
        "“Although it is staffed by elected officials, the talks stay secret.”"
    ]
    assert st.kind == "direct"


def test_a_paragraph_after_a_colon_with_its_own_attribution_is_not_the_cues(nlp):
    text = (
        "The charity said the strikes were deadly, the outlet reported, adding:\n\nThe study stated that "
        "in nine of twelve villages the inspectors found signs of troops.\n"
    )
    found = _by_cue(nlp, text)
    assert "adding:" not in found and "adding" not in found


def test_a_name_the_parser_took_for_the_object_of_a_trailing_cue_is_its_source(nlp):
    text = (
        'That the president plans to formalise such a land grab is "likely" within weeks, writes the '
        "Center for Policy Research."
    )
    st = _by_cue(nlp, text)["writes"]
    assert st.source is not None and st.source.text == "the Center for Policy Research"
    assert [c.text for c in st.content] == [
        'That the president plans to formalise such a land grab is "likely" within weeks'
    ]
    assert st.statement_class == "writing"


def test_a_participle_used_as_a_preposition_does_not_cut_a_reported_clause(nlp):
    text = (
        "Auditors praised the navy. However, regarding the large pledge to rebuild the fleet, there has "
        'been "no oversight" at all, the weekly Nordposten reported, citing the treasury.'
    )
    st = _by_cue(nlp, text)["reported"]
    assert st.source is not None and st.source.text == "the weekly Nordposten"
    assert [c.text for c in st.content] == [
        'regarding the large pledge to rebuild the fleet, there has been "no oversight" at all'
    ]


def test_a_trailing_attribution_the_parser_read_as_a_relative_clause(nlp):
    # en_core_web_sm hangs "reported" on "checks" as a relative clause; no relative word follows the comma
    text = 'In the south there have been "no checks" at all, Die Welt reported, quoting the ministry.'
    st = _by_cue(nlp, text)["reported"]
    assert st.source is not None and st.source.text == "Die Welt"
    assert [c.text for c in st.content] == ['In the south there have been "no checks" at all']
    assert st.statement_class == "speech"


def test_a_reporting_verb_after_an_aspectual_verb_is_still_the_cue(nlp):
    text = "Several senators have begun to ask whether the aid is worth its cost."
    st = _by_cue(nlp, text)["ask"]
    assert st.source is not None and st.source.text == "Several senators"
    assert [c.text for c in st.content] == ["whether the aid is worth its cost"]
    assert st.statement_class == "speech"
    text = "By spring the farmers started to warn that the harvest would fail."
    st = _by_cue(nlp, text)["warn"]
    assert st.source is not None and st.source.text == "the farmers"
    assert [c.text for c in st.content] == ["that the harvest would fail"]


def test_believing_what_a_source_says_is_no_belief_held(nlp):
    text = "Villagers near the dam tend to believe only what is said on state radio."
    assert "believe" not in _by_cue(nlp, text)
    text = "They believe that what happened at the dam was a crime."
    st = _by_cue(nlp, text)["believe"]
    assert [c.text for c in st.content] == ["that what happened at the dam was a crime"]
    assert st.statement_class == "belief"


def test_a_participle_on_a_noun_is_a_passive_cue_with_no_source(nlp):
    text = "The militia, widely seen as a proxy of the Kremlin, seized the town."
    st = _by_cue(nlp, text)["widely seen"]
    assert st.source is None
    assert [c.text for c in st.content] == ["as a proxy of the Kremlin"]
    assert st.statement_class == "belief"
    text = "The senator, often described as the 'voice of the hawks,' has long opposed the aid."
    st = _by_cue(nlp, text)["often described"]
    assert st.source is None
    assert [c.text for c in st.content] == ["as the 'voice of the hawks,'"]
    assert st.statement_class == "speech"


def test_request_and_proposal_nouns_take_a_named_owner_after_of(nlp):
    text = "The talks followed a request of the Polish president that the alliance close the airspace."
    st = _by_cue(nlp, text)["request"]
    assert st.source is not None and st.source.text == "the Polish president"
    assert [c.text for c in st.content] == ["that the alliance close the airspace"]
    assert st.statement_class == "speech"
    text = "The proposal of the Kremlin to freeze the front was dismissed."
    st = _by_cue(nlp, text)["proposal"]
    assert st.source is not None and st.source.text == "the Kremlin"
    assert [c.text for c in st.content] == ["to freeze the front"]


def test_a_lie_with_a_that_clause_is_a_statement_with_no_source(nlp):
    text = "Their case rests on the lie that the port was empty when the shells fell."
    st = _by_cue(nlp, text)["lie"]
    assert st.source is None
    assert [c.text for c in st.content] == ["that the port was empty when the shells fell"]
    assert st.statement_class == "speech"


def test_refusing_or_opposing_a_thing_is_an_act_not_a_statement(nlp):
    text = "Hungary refused transit permission to the convoy carrying shells to Kyiv."
    assert "refused" not in _by_cue(nlp, text)
    text = "The unions firmly oppose the new conscription law."
    assert "firmly oppose" not in _by_cue(nlp, text)


def test_refusing_to_act_is_an_intention(nlp):
    text = "The mayor refused to open the gates to the inspectors."
    st = _by_cue(nlp, text)["refused"]
    assert st.source is not None and st.source.text == "The mayor"
    assert [c.text for c in st.content] == ["to open the gates to the inspectors"]
    assert st.statement_class == "intention"


def test_a_title_case_headline_speaker_may_be_a_role_noun(nlp):
    text = (
        "Ukrainian Commander: The Front Line Is Holding Firm\n\n"
        "The brigade repelled four assaults overnight.\n"
    )
    st = _by_cue(nlp, text)[":"]
    assert st.source is not None and st.source.text == "Ukrainian Commander"
    assert [c.text for c in st.content] == ["The Front Line Is Holding Firm"]
    assert st.kind == "headline"


def test_a_title_case_headline_claim_with_small_words_keeps_a_speaker_ner_misses(nlp):
    # NER tags no one in "Lavrov:" here; the lower-case small words still make the claim a sentence
    text = "Lavrov: West Tries to Split Europe Over Gas Deal\n\nThe minister spoke on Monday.\n"
    st = _by_cue(nlp, text)[":"]
    assert st.source is not None and st.source.text == "Lavrov"
    assert [c.text for c in st.content] == ["West Tries to Split Europe Over Gas Deal"]
    assert st.kind == "headline"


def test_less_common_reporting_verbs_with_a_clause(nlp):
    text = "“Tanks alone will not win this war” in the long run, the analyst summed up."
    st = _by_cue(nlp, text)["summed up"]
    assert st.source is not None and st.source.text == "the analyst"
    assert [c.text for c in st.content] == ["“Tanks alone will not win this war” in the long run"]
    assert st.statement_class == "speech"
    text = "The envoy hinted that the talks could resume in May."
    st = _by_cue(nlp, text)["hinted"]
    assert st.source is not None and st.source.text == "The envoy"
    assert [c.text for c in st.content] == ["that the talks could resume in May"]
    assert "highlighted" not in _by_cue(nlp, "The ministry highlighted the risks of the plan.")
