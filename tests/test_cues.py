"""Framing cues on sentences written for these tests; statements are hand-built so that only the cue logic
is under test (the statements component has its own tests)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsledger.extract.cues import CueFinder, load_lexicon
from newsledger.model import Span, Statement

pytestmark = pytest.mark.slow

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


def run_cues(nlp, text: str, statements: list[Statement] | None = None, finder=None):
    """Every component before the cue finder, then our statements (if given), then the cue finder."""
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name == "newsledger_cues":
            break
        doc = proc(doc)
    if statements is not None:
        doc._.statements = statements
    return (finder or nlp.get_pipe("newsledger_cues"))(doc)._.cues


def stmt(text: str, cue: str, content: str, *, ident="S1", stance="neutral", speaker=None) -> Statement:
    c = text.index(cue)
    s = text.index(content)
    return Statement(
        id=ident,
        cue=Span.of(text, c, c + len(cue)),
        content=[Span.of(text, s, s + len(content))],
        cue_lemma=None,
        cue_stance=stance,
        speaker=speaker,
    )


def by_cat(cues, category):
    return [c for c in cues if c.category == category]


def test_kiev_flagged_with_kyiv_each_time(nlp):
    text = "Britain sent more missiles to Kiev. Officials in Kiev welcomed them, and Odessa port reopened."
    cues = run_cues(nlp, text, [])
    places = by_cat(cues, "place-name")
    assert [(c.span.text, c.alternative, c.span.start) for c in places] == [
        ("Kiev", "Kyiv", 30),
        ("Kiev", "Kyiv", 49),
        ("Odessa", "Odesa", 73),
    ]
    assert all(not c.in_quote and c.explanation for c in places)


def test_preferred_spelling_and_dish_raise_nothing(nlp):
    text = "Officials in Kyiv ate chicken Kiev at a dinner in Kharkiv."
    assert run_cues(nlp, text, []) == []


def test_kiev_regime_only_with_a_name_before_regime(nlp):
    text = "The Kiev regime rejected the talks. Critics called for regime change and a new sanctions regime."
    cues = run_cues(nlp, text, [])
    assert [(c.category, c.span.text) for c in cues if c.category != "place-name"] == [
        ("terminology", "Kiev regime")
    ]
    assert by_cat(cues, "terminology")[0].alternative == "Ukrainian government"


def test_pumping_only_with_weapons(nlp):
    text = (
        "The West keeps pumping weapons into Ukraine. Farmers were pumping water into the fields. "
        "The bank pumped money into the economy."
    )
    cues = by_cat(run_cues(nlp, text, []), "loaded-label")
    assert [(c.span.text, c.alternative) for c in cues] == [("pumping weapons", "supplying weapons")]


def test_western_propped_and_donbass_republics(nlp):
    text = "The Western-propped government fell. Moscow recognised the Donbass republics last week."
    cues = run_cues(nlp, text, [])
    got = {(c.category, c.span.text) for c in cues}
    assert ("loaded-label", "Western-propped") in got
    assert ("terminology", "Donbass republics") in got
    assert ("place-name", "Donbass") in got


def test_self_proclaimed_republic_is_not_flagged_as_terminology(nlp):
    text = "Rebels run the self-proclaimed Donetsk People's Republic in the east."
    cues = run_cues(nlp, text, [])
    assert by_cat(cues, "terminology") == []
    assert [c.span.text for c in by_cat(cues, "hedge")] == ["self-proclaimed"]


def test_the_ukraine_but_not_the_ukraine_crisis(nlp):
    text = "Talks on the Ukraine crisis resumed. Troops crossed into the Ukraine overnight."
    cues = run_cues(nlp, text, [])
    assert [(c.category, c.span.text, c.span.start) for c in cues] == [("terminology", "the Ukraine", 57)]


def test_no_outlet_cue_inside_a_statement(nlp):
    text = 'The minister said: "The Kiev regime is pumping weapons into Donbass."'
    content = "The Kiev regime is pumping weapons into Donbass."
    st = stmt(text, "said", content, speaker="person:the-minister")
    cues = run_cues(nlp, text, [st])
    assert {c.span.text for c in cues} >= {"Kiev regime", "Kiev", "pumping weapons", "Donbass"}
    for c in cues:
        assert c.in_quote, c
        assert c.speaker == "person:the-minister"
        assert c.statement_id == "S1"
    assert by_cat(cues, "unattributed-evaluation") == []


def test_quotation_marks_alone_make_a_quote(nlp):
    text = 'A poster in the square read "Stop the Kiev junta now" in large letters.'
    cues = run_cues(nlp, text, [])
    junta = by_cat(cues, "terminology")
    assert [c.span.text for c in junta] == ["Kiev junta"]
    assert junta[0].in_quote and junta[0].speaker is None and junta[0].statement_id is None


def test_innermost_statement_owns_the_word(nlp):
    text = "Moscow urged restraint, with officials admitting that it is a proxy war."
    outer = stmt(text, "urged", "restraint, with officials admitting that it is a proxy war", ident="S1")
    inner = stmt(text, "admitting", "that it is a proxy war", ident="S2", speaker="gov:RUS")
    cue = by_cat(run_cues(nlp, text, [outer, inner]), "loaded-label")[0]
    assert (cue.span.text, cue.statement_id, cue.speaker) == ("proxy war", "S2", "gov:RUS")


def test_distancing_and_endorsing_verbs_come_from_statement_stance(nlp):
    text = "Officials are running out of shells, the minister claimed. The general said the line held."
    claimed = stmt(text, "claimed", "Officials are running out of shells", stance="distancing")
    said = stmt(text, "said", "the line held", ident="S2")
    cues = run_cues(nlp, text, [claimed, said])
    assert [(c.category, c.span.text, c.statement_id, c.in_quote) for c in cues] == [
        ("distancing-verb", "claimed", "S1", False)
    ]
    assert "untrue" in cues[0].explanation


def test_guilt_stance_raises_only_for_listed_verbs(nlp):
    text = "The ministry admitted the strike missed. The ministry denied any losses."
    admitted = stmt(text, "admitted", "the strike missed", stance="guilt")
    denied = stmt(text, "denied", "any losses", ident="S2", stance="guilt")
    cues = run_cues(nlp, text, [admitted, denied])
    assert [(c.category, c.span.text) for c in cues] == [("guilt-verb", "admitted")]


def test_scare_quotes(nlp):
    text = 'The government unveiled its "peace" plan on Monday. Critics called the plan "a trap" at once.'
    cues = run_cues(nlp, text, [])
    scare = by_cat(cues, "scare-quote")
    assert [(c.span.text, c.term, c.in_quote) for c in scare] == [('"peace"', "peace", False)]


def test_short_quote_from_a_speaker_is_not_a_scare_quote(nlp):
    text = 'The envoy said relations were "close to zero" after the meeting.'
    st = stmt(text, "said", 'relations were "close to zero" after the meeting')
    assert by_cat(run_cues(nlp, text, [st]), "scare-quote") == []


def test_hedges(nlp):
    text = (
        "The convoy was allegedly hit by a so-called drone swarm. The supposed target was a depot. "
        "Troops are supposed to leave."
    )
    hedges = by_cat(run_cues(nlp, text, []), "hedge")
    assert [c.span.text for c in hedges] == ["allegedly", "so-called", "supposed target"]


def test_unattributed_evaluation_only_in_outlet_voice(nlp):
    text = "The brutal shelling went on all night. The mayor said the shelling was brutal."
    st = stmt(text, "said", "the shelling was brutal")
    cues = run_cues(nlp, text, [st])
    ev = by_cat(cues, "unattributed-evaluation")
    assert [(c.span.text, c.term) for c in ev] == [("The brutal shelling went on all night.", "brutal")]
    assert [c.category for c in cues] == ["unattributed-evaluation"]  # the word itself raises no cue


def test_special_military_operation_needs_context(nlp):
    text = "Moscow said its special military operation in Ukraine would go on."
    cues = by_cat(run_cues(nlp, text, []), "terminology")
    assert [(c.span.text, c.alternative) for c in cues] == [("special military operation", "invasion / war")]


def test_user_lexicon_tsv(nlp, tmp_path):
    user = tmp_path / "mine.tsv"
    user.write_text(
        "category\tterm\talternative\texplanation\n"
        "loaded-label\tfreedom fries\tFrench fries\tpolitical rename\n"
    )
    finder = CueFinder(nlp, load_lexicon((str(user),)))
    cues = run_cues(nlp, "Congress served freedom fries in 2003.", [], finder=finder)
    assert [(c.category, c.span.text, c.alternative) for c in cues] == [
        ("unattributed-evaluation", "Congress served freedom fries in 2003.", None),
        ("loaded-label", "freedom fries", "French fries"),
    ]


def test_cues_have_sequential_ids_and_true_offsets(analyze):
    text = "Kiev asked for help. The so-called referendum failed."
    a = analyze(text)
    assert [c.id for c in a.cues] == [f"C{n}" for n in range(1, len(a.cues) + 1)]
    assert a.check_offsets() == []


@pytest.mark.skipif(not SEEDS.exists(), reason="needs ../shared/seeds")
def test_seed_arms_story(analyze):
    path = next(SEEDS.glob("000_*.txt"))
    text = path.read_text(encoding="utf-8")
    a = analyze(text, title=text.splitlines()[0])
    kiev = [c for c in a.cues if c.category == "place-name" and c.span.text == "Kiev"]
    assert len(kiev) == text.count("Kiev") and all(c.alternative == "Kyiv" for c in kiev)
    texts = {(c.category, c.span.text) for c in a.cues}
    assert ("terminology", "Donbass republics") in texts
    assert ("loaded-label", "Western-propped") in texts
    assert any(c.category == "loaded-label" and c.term == "pumping weapons" for c in a.cues)
    distancing = {c.span.text for c in a.cues if c.category == "distancing-verb"}
    assert {"claimed", "insisting"} <= distancing


def test_someone_elses_judgement_is_not_the_outlets_evaluation(nlp):
    text = "Moscow dismissed the reports as hysteria. The hysteria spread through the markets."
    ev = by_cat(run_cues(nlp, text, []), "unattributed-evaluation")
    assert [c.span.text for c in ev] == ["The hysteria spread through the markets."]


def test_reporting_verb_that_reports_nothing_raises_no_stance_cue(nlp):
    text = "The audit failed to note that the depot was empty. The ministry did not confirm the losses."
    noted = stmt(text, "note", "that the depot was empty", stance="endorsing")
    confirmed = stmt(text, "confirm", "the losses", ident="S2", stance="endorsing")
    assert run_cues(nlp, text, [noted, confirmed]) == []


def test_no_scare_quote_near_a_possible_speaker_or_around_a_title(nlp):
    text = (
        'Senator Brown backed the "reform" at once. The band played "Morning Rain" at the fair. '
        'The "reform" cost more than planned.'
    )
    scare = by_cat(run_cues(nlp, text, []), "scare-quote")
    assert [(c.span.text, c.span.start) for c in scare] == [('"reform"', text.rindex('"reform"'))]


def test_claiming_victory_or_maintaining_a_lead_is_no_distancing(nlp):
    text = "The senator claimed victory. The senator maintains a lead. He alleged the count was rigged."
    victory = stmt(text, "claimed", "victory", stance="distancing")
    lead = stmt(text, "maintains", "a lead", ident="S2", stance="distancing")
    rigged = stmt(text, "alleged", "the count was rigged", ident="S3", stance="distancing")
    cues = run_cues(nlp, text, [victory, lead, rigged])
    assert [(c.category, c.term, c.statement_id) for c in cues] == [("distancing-verb", "allege", "S3")]


def test_questioning_is_the_speakers_doubt_not_the_reporters(nlp):
    text = "The senator questioned whether the count was fair."
    st = stmt(text, "questioned", "whether the count was fair", stance="distancing")
    assert run_cues(nlp, text, [st]) == []


def test_only_russian_or_soviet_variants_are_place_name_cues(nlp):
    text = "Trucks came from Belorussia past Chernobyl and Lemberg to Kyyiv."
    cues = run_cues(nlp, text, [])
    assert [(c.category, c.span.text, c.alternative) for c in cues] == [
        ("place-name", "Belorussia", "Belarus")
    ]


def test_so_called_term_of_art_is_no_hedge(nlp):
    text = (
        "He would end the so-called carried interest, which favours fund managers. "
        "He would tax so-called ''pass through'' income, such as partnerships. "
        "The so-called defensive aid has done nothing."
    )
    hedges = by_cat(run_cues(nlp, text, []), "hedge")
    assert [c.span.start for c in hedges] == [text.rindex("so-called")]
