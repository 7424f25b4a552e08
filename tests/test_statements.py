"""Rule-based attributed statements: exact spans on sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsledger.extract.statement_rules import rule_statements

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


@pytest.fixture(scope="module")
def rules(nlp):
    """Statements from the rules alone for one text, as plain tuples that are easy to compare."""

    def run(text: str):
        return rule_statements(nlp(text))

    return run


def parts(stmt):
    return (
        stmt.source.text if stmt.source else None,
        stmt.cue.text,
        [c.text for c in stmt.content],
        stmt.kind,
    )


def only(statements):
    assert len(statements) == 1, [parts(s) for s in statements]
    return statements[0]


# --- direct quotations -----------------------------------------------------------------------


def test_curly_quote_then_cue(rules):
    s = only(rules("“We will not retreat,” the general said."))
    assert parts(s) == ("the general", "said", ["“We will not retreat,”"], "direct")
    assert s.cue_lemma == "say" and s.cue_stance == "neutral"


def test_cue_then_colon_and_quote(rules):
    s = only(rules("The envoy said: “Our patience is not endless.”"))
    assert parts(s) == ("The envoy", "said:", ["“Our patience is not endless.”"], "direct")


def test_quote_split_around_the_cue(rules):
    s = only(rules('"The border is closed," he said, "and it will stay closed."'))
    assert parts(s) == ("he", "said", ['"The border is closed,"', '"and it will stay closed."'], "direct")


def test_single_curly_quotes(rules):
    s = only(rules("‘Nobody wants this war,’ the spokeswoman said."))
    assert parts(s) == ("the spokeswoman", "said", ["‘Nobody wants this war,’"], "direct")


def test_straight_single_quotes_keep_apostrophes_inside(rules):
    s = only(rules("'We don't accept Russia's terms,' the minister said."))
    assert parts(s) == ("the minister", "said", ["'We don't accept Russia's terms,'"], "direct")


def test_quote_over_two_paragraphs_is_one_content(rules):
    text = "The admiral said: “The fleet is ready.\n\n“It will sail when ordered.”"
    s = only(rules(text))
    assert s.content[0].text == "“The fleet is ready.\n\n“It will sail when ordered.”"
    assert s.source.text == "The admiral"


def test_cue_inside_a_quotation_is_not_a_new_statement(rules):
    s = only(rules("“I think the talks will fail,” the diplomat said."))
    assert s.cue.text == "said"
    assert s.content[0].text == "“I think the talks will fail,”"


def test_dash_signature(rules):
    s = only(rules("“Enough is enough.” ― Maria Lopez\nShe lives in the capital."))
    assert parts(s) == ("Maria Lopez", "―", ["“Enough is enough.”"], "direct")


# --- reported speech ---------------------------------------------------------------------------


def test_told_reporters_keeps_that_in_content(rules):
    s = only(rules("The mayor told reporters in Odessa that the port would reopen next week."))
    assert parts(s) == ("The mayor", "told", ["that the port would reopen next week"], "indirect")


def test_claimed_is_distancing(rules):
    s = only(rules("The foreign minister claimed that the convoy carried only food."))
    assert parts(s) == ("The foreign minister", "claimed", ["that the convoy carried only food"], "indirect")
    assert s.cue_stance == "distancing"


def test_passive_without_source(rules):
    s = only(rules("It was announced that the summit would be postponed."))
    assert parts(s) == (None, "was announced", ["that the summit would be postponed"], "indirect")


def test_noun_cue_with_possessive_source(rules):
    s = only(rules("The president's claim that the army had withdrawn was false."))
    assert parts(s) == ("The president", "claim", ["that the army had withdrawn"], "indirect")
    assert s.cue_stance == "distancing"


def test_institutions_and_auxiliaries_in_the_cue(rules):
    s = only(rules("Berlin has warned that the deliveries could be delayed."))
    assert parts(s) == ("Berlin", "has warned", ["that the deliveries could be delayed"], "indirect")
    assert s.cue_stance == "speech-act"
    s = only(rules("The Kremlin has demanded that the troops leave the area."))
    assert parts(s) == ("The Kremlin", "has demanded", ["that the troops leave the area"], "indirect")


def test_mixed_statement_and_participle_cut_out_of_the_first(rules):
    stmts = rules(
        'The chancellor stressed that aid would continue, noting that "the winter will be very hard."'
    )
    assert [parts(s) for s in stmts] == [
        ("The chancellor", "stressed", ["that aid would continue"], "indirect"),
        ("The chancellor", "noting", ['that "the winter will be very hard."'], "mixed"),
    ]
    assert stmts[1].cue_stance == "endorsing"
    assert [s.id for s in stmts] == ["S1", "S2"]


def test_guilt_stance(rules):
    s = only(rules("The ministry denied that its aircraft had crossed the border."))
    assert parts(s) == ("The ministry", "denied", ["that its aircraft had crossed the border"], "indirect")
    assert s.cue_stance == "guilt"


def test_multiword_cue_point_out(rules):
    s = only(rules("The analyst pointed out that the figures were incomplete."))
    assert parts(s) == ("The analyst", "pointed out", ["that the figures were incomplete"], "indirect")
    assert s.cue_stance == "endorsing"


# --- according to, parentheticals, in X's words ------------------------------------------------


def test_according_to_after_content(rules):
    s = only(rules("The convoy was attacked overnight, according to local officials."))
    assert parts(s) == (
        "local officials",
        "according to",
        ["The convoy was attacked overnight"],
        "according-to",
    )


def test_according_to_before_content(rules):
    s = only(rules("According to the ministry, three villages were shelled."))
    assert parts(s) == ("the ministry", "According to", ["three villages were shelled"], "according-to")


def test_according_to_with_quotation(rules):
    s = only(rules("According to the envoy, “Nothing has been agreed. We will talk again.”"))
    assert parts(s) == (
        "the envoy",
        "According to",
        ["“Nothing has been agreed. We will talk again.”"],
        "according-to",
    )


def test_parenthetical_says(rules):
    s = only(rules("The ceasefire, the commander says, is holding."))
    assert parts(s) == ("the commander", "says", ["The ceasefire", "is holding"], "indirect")


def test_in_someones_words(rules):
    s = only(rules("In the ambassador's words, the talks were a disaster."))
    assert parts(s) == (
        "the ambassador",
        "In the ambassador's words",
        ["the talks were a disaster"],
        "according-to",
    )


# --- scraped text: lost quotation marks, headlines ---------------------------------------------


def test_trailing_attribution_without_quote_marks(rules):
    s = only(rules("We are running out of shells, he claimed."))
    assert parts(s) == ("he", "claimed", ["We are running out of shells"], "unmarked-quote")
    s = only(rules("Rebel units are regrouping near the river, the colonel claimed."))
    assert parts(s) == ("the colonel", "claimed", ["Rebel units are regrouping near the river"], "indirect")


def test_headline_attribution(rules):
    text = "Lavrov: Sanctions will not change our course\nThe minister spoke in Geneva on Monday."
    s = rules(text)[0]
    assert parts(s) == ("Lavrov", ":", ["Sanctions will not change our course"], "headline")
    assert (s.cue.start, s.cue.end) == (6, 7)


def test_label_before_colon_is_not_a_source(rules):
    assert rules("UPDATE: The bridge has reopened to traffic\nCars are moving again.") == []
    assert rules("Published: 12 March 2022\nCars are moving again.") == []


def test_offsets_point_into_the_text(rules):
    text = "Intro line.\nBerlin has warned that the deliveries could be delayed."
    s = only(rules(text))
    for span in [s.cue, s.source, *s.content]:
        assert text[span.start : span.end] == span.text


# --- the component -------------------------------------------------------------------------------


def test_component_writes_statements_and_can_switch_the_model_off(nlp, analyze):
    pipe = nlp.get_pipe("newsledger_statements")
    old = pipe.use_model
    try:
        pipe.use_model = False
        result = analyze("Berlin has warned that the deliveries could be delayed.")
    finally:
        pipe.use_model = old
    assert [(s.id, s.source.text, s.cue.text, s.method) for s in result.statements] == [
        ("S1", "Berlin", "has warned", "rules")
    ]
    assert result.check_offsets() == []


def test_rules_leave_the_speaker_to_the_actors_component(rules):
    assert only(rules("Berlin has warned that the deliveries could be delayed.")).speaker is None


def test_component_copes_without_article(nlp):
    doc = nlp("“We will hold,” the mayor said.")
    assert doc._.article is None
    assert [s.cue.text for s in doc._.statements] == ["said"]


@pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds not present")
def test_seed_articles(rules):
    found = [
        (s.source.text if s.source else None, s.cue.text, s.content[0].text, s.kind)
        for path in sorted(SEEDS.glob("*.txt"))
        for s in rules(path.read_text(encoding="utf-8"))
    ]

    def has(source, cue, content_start, kind):
        return any(
            (f[0], f[1], f[3]) == (source, cue, kind) and f[2].startswith(content_start) for f in found
        )

    assert has("he", "claimed", "Sometimes we ve bumped into Russians", "unmarked-quote")
    assert has("Shoigu", ":", "West must stop pumping weapons into Ukraine", "headline")
    assert has("Shoigu", ":", "The West must stop pumping weapons into Ukraine", "headline")
    assert has("Moscow", "has warned", "that the continuous supply will only prolong", "indirect")
    assert has("the minister", "claimed", "Russian officials are trying to do the same", "indirect")
    assert has("Wallace", "told", "that large parts of the ministry of defense", "indirect")
    assert has("the country s defense minister", "according to", "London is trying to buy", "according-to")
    assert has("Shoigu", "said", '"It is coming from all sides', "direct")


# --- PolNeAR span conventions ------------------------------------------------------------------


def test_cue_takes_in_the_medium_and_preceding_adverb(rules):
    s = only(rules('"The harbour is mined," the admiral said in a statement.'))
    assert parts(s) == ("the admiral", "said in a statement", ['"The harbour is mined,"'], "direct")
    s = only(rules("The governor has long said that the dam is safe."))
    assert parts(s) == ("The governor", "has long said", ["that the dam is safe"], "indirect")


def test_quote_after_the_attribution_sentence_continues_the_statement(rules):
    s = only(rules('"We count on the council to act," the envoy told the assembly. "Time is short."'))
    assert parts(s) == (
        "the envoy",
        "told",
        ['"We count on the council to act,"', '"Time is short."'],
        "direct",
    )


def test_call_with_object_and_complement(rules):
    s = only(rules("The opposition leader called the vote a farce."))
    assert parts(s) == ("The opposition leader", "called", ["the vote a farce"], "indirect")
    assert s.cue_stance == "speech-act"
    assert rules("The opposition leader called a meeting.") == []


def test_tell_with_an_infinitive(rules):
    s = only(rules("The general told his officers to hold the bridge."))
    assert parts(s) == ("The general", "told", ["his officers to hold the bridge"], "indirect")


def test_words_before_the_quotation_belong_to_the_content(rules):
    s = only(rules('Not paying the soldiers "is a disgrace," the senator said.'))
    assert parts(s) == ("the senator", "said", ['Not paying the soldiers "is a disgrace,"'], "mixed")


def test_leading_but_is_left_out(rules):
    s = only(rules("But the army is exhausted, officials say."))
    assert parts(s) == ("officials", "say", ["the army is exhausted"], "indirect")


def test_transcript_turn(rules):
    s = only(rules("MARKOV: We will not sign this agreement in its present form\nThe talks ended."))
    assert parts(s) == ("MARKOV", ":", ["We will not sign this agreement in its present form"], "headline")


def test_second_cue_joined_to_the_reported_clause_keeps_the_first_source(rules):
    stmts = rules(
        "Kiev insists that the offensive was unprovoked and has denied that it planned to retake the town."
    )
    assert [parts(s) for s in stmts] == [
        ("Kiev", "insists", ["that the offensive was unprovoked"], "indirect"),
        ("Kiev", "has denied", ["that it planned to retake the town"], "indirect"),
    ]


def test_participle_hung_on_the_reported_clause_takes_the_outer_source(rules):
    stmts = rules('The envoy noted that the talks were "going nowhere," calling for a new mediator.')
    assert [parts(s) for s in stmts] == [
        ("The envoy", "noted", ['that the talks were "going nowhere,"'], "mixed"),
        ("The envoy", "calling for", ["a new mediator"], "indirect"),
    ]


def test_misread_lemma_of_a_cue_verb_is_recovered(rules):
    s = only(rules("The minister hoped to settle the dispute before winter."))
    assert parts(s) == ("The minister", "hoped", ["to settle the dispute before winter"], "indirect")
    assert s.cue_lemma == "hope" and s.cue_stance == "belief"


def test_participle_after_a_quote_does_not_take_the_quote(rules):
    stmts = rules('"The day was personal," he said, adding he would never vote for the plan.')
    assert [parts(s) for s in stmts] == [
        ("he", "said", ['"The day was personal,"'], "direct"),
        ("he", "adding", ["he would never vote for the plan"], "indirect"),
    ]


def test_reported_clause_misread_as_adverbial(rules):
    s = only(rules("The senator said after the vote he would not accept the deal if it were offered."))
    assert parts(s) == (
        "The senator",
        "said",
        ["he would not accept the deal if it were offered"],
        "indirect",
    )


def test_parenthetical_after_an_opening_phrase(rules):
    s = only(rules("To see the damage, the mayor said, one should visit the harbour."))
    assert parts(s) == (
        "the mayor",
        "said",
        ["To see the damage", "one should visit the harbour"],
        "indirect",
    )


def test_sentence_resumed_after_a_trailing_attribution(rules):
    s = only(rules("The plan was a failure, the minister said, and it should be dropped."))
    assert parts(s) == (
        "the minister",
        "said",
        ["The plan was a failure", "and it should be dropped"],
        "indirect",
    )
    s = only(rules("The plan was a failure, the minister said, speaking to reporters."))
    assert parts(s)[2] == ["The plan was a failure"]


def test_parenthetical_before_a_quotation_takes_the_opening_words(rules):
    s = only(rules('Those two reports, the lawyers said, "point to the same answer" about the vote.'))
    assert parts(s) == (
        "the lawyers",
        "said",
        ["Those two reports", '"point to the same answer" about the vote'],
        "mixed",
    )


def test_quote_continues_after_a_long_attribution(rules):
    text = (
        '"We will not give up," the mayor said, as crowds gathered outside the hall on Sunday evening '
        'to hear her speak. "The city has been through worse."'
    )
    s = only(rules(text))
    assert parts(s)[2] == ['"We will not give up,"', '"The city has been through worse."']


def test_quote_only_paragraph_continues_the_statement_before(rules):
    text = '"We will not give up," the mayor said.\n\n"The city has been through worse."\n\nThe council met.'
    s = only(rules(text))
    assert parts(s)[2] == ['"We will not give up,"', '"The city has been through worse."']


def test_quote_after_another_statement_is_not_a_continuation(rules):
    text = '"We will not give up," the mayor said. Her rival said the plan was weak. "It is over."'
    first = rules(text)[0]
    assert parts(first)[2] == ['"We will not give up,"']


def test_passive_subject_is_part_of_the_content(rules):
    s = only(rules("The talks are expected to resume next week."))
    assert parts(s) == (None, "are expected", ["The talks", "to resume next week"], "indirect")
    s = only(rules("It is expected that the talks will resume."))
    assert parts(s)[2] == ["that the talks will resume"]


def test_quotation_ending_the_sentence_before_is_not_the_content(rules):
    statements = rules('Officials called it "a terrible attack." The mayor said she had asked for help.')
    said = next(s for s in statements if s.cue.text == "said")
    assert parts(said) == ("The mayor", "said", ["she had asked for help"], "indirect")
