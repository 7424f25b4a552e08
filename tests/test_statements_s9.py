"""Statement filters of round s9, on our own sentences: the whole pipeline (rules and model)."""

from __future__ import annotations

import pytest


def _cues(nlp, text: str) -> dict[str, object]:
    return {s.cue.text: s for s in nlp(text)._.statements}


@pytest.mark.parametrize(
    "text",
    [
        "The drought threatens to ruin the wheat harvest across the south.",
        "The shelling promises to make the winter harder for the villages.",
        "It was a debate that threatened to split the ruling coalition.",
        "That threatened to derail the talks in Geneva.",
    ],
)
def test_threaten_and_promise_with_a_subject_that_cannot_act_report_nothing(nlp, text):
    assert not [s for s in nlp(text)._.statements if s.cue_lemma in ("threaten", "promise")]


def test_threaten_and_promise_with_a_subject_that_can_act_are_statements(nlp):
    text = "The ministry threatened to expel the Estonian envoy. The rebels promised to free the hostages."
    cues = _cues(nlp, text)
    assert cues["threatened"].source.text == "The ministry"
    assert [c.text for c in cues["threatened"].content] == ["to expel the Estonian envoy"]
    assert cues["promised"].source.text == "The rebels"


def test_a_non_agent_threat_inside_someone_s_words_leaves_their_statement(nlp):
    text = "The new law threatens to close independent newspapers, the editor said."
    cues = _cues(nlp, text)
    assert "threatens" not in cues
    assert [c.text for c in cues["said"].content] == ["The new law threatens to close independent newspapers"]


@pytest.mark.parametrize(
    "text",
    [
        "He called off the visit.",
        "They called off the march.",
    ],
)
def test_a_particle_that_makes_another_verb_leaves_no_statement(nlp, text):
    assert not nlp(text)._.statements


def test_a_listed_particle_cue_stays_a_statement(nlp):
    cues = _cues(nlp, "Officials pointed out that the bridge at Zatoka was closed.")
    assert [c.text for c in cues["pointed out"].content] == ["that the bridge at Zatoka was closed"]


def test_a_denied_or_admitted_act_told_by_a_gerund_is_the_statement_and_a_denied_event_is_negated(
    nlp, analyze
):
    cues = _cues(
        nlp,
        "Minsk has repeatedly denied shelling the border posts. The general admitted losing two brigades.",
    )
    assert [c.text for c in cues["has repeatedly denied"].content] == ["shelling the border posts"]
    assert cues["has repeatedly denied"].source.text == "Minsk"
    assert [c.text for c in cues["admitted"].content] == ["losing two brigades"]
    a = analyze("Minsk denied shelling the border posts.")
    (shelling,) = [e for e in a.events if e.trigger.text == "shelling"]
    assert (shelling.status, shelling.statement_id) == ("negated", a.statements[0].id)


def test_the_us_in_a_trailing_report_is_the_country_not_a_lost_quotation(nlp):
    cues = _cues(nlp, "The US expects Moscow to press on in the east, a senior official said.")
    assert cues["said"].kind == "indirect"
    cues = _cues(nlp, "We will not retreat from the river, the commander said.")
    assert cues["said"].kind == "unmarked-quote"


@pytest.mark.parametrize(
    ("title", "speaker"),
    [
        ("Moldova is preparing a border provocation – Lavrov", "person:sergey-lavrov"),
        ("Kyiv will never give up the islands — Zelensky", "person:volodymyr-zelensky"),
    ],
)
def test_a_title_signed_after_a_dash_is_its_speakers_headline(analyze, title, speaker):
    a = analyze(f"{title}\n\nThe minister spoke on Monday.", title=title)
    (st,) = [s for s in a.statements if s.kind == "headline"]
    assert (st.content[0].text, st.speaker) == (title.rsplit(" ", 2)[0], speaker)


@pytest.mark.parametrize("title", ["Russia-Ukraine war – Live", "Zelensky visits the front line – Photos"])
def test_a_title_ending_in_a_label_after_a_dash_is_no_headline_statement(analyze, title):
    a = analyze(f"{title}\n\nThe minister spoke on Monday.", title=title)
    assert [s for s in a.statements if s.kind == "headline"] == []


def test_as_someone_put_it_opening_a_sentence_attributes_the_rest(nlp):
    cues = _cues(nlp, "As the envoy put it, the border talks are dead.")
    st = cues["put it"]
    assert (st.source.text, [c.text for c in st.content]) == ("the envoy", ["the border talks are dead"])
    assert _cues(nlp, "As the army put the bridge back in use, trade resumed.") == {}
