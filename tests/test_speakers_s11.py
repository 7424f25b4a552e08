"""Statements, speakers and datelines of round s11 (main) on wire-style passages of our own."""

from __future__ import annotations

import pytest


def _speaker_of_he(nlp, text: str) -> str | None:
    (st,) = [s for s in nlp(text)._.statements if s.source is not None and s.source.text.lower() == "he"]
    return st.speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Ms Halvorsen said Norway would keep its embassy open.\n\n"
            "Canada is sending four more radar units, a Pentagon spokesman said. Two of the units had "
            "already arrived, he said.",
            "mil:USA",
        ),
        (
            "Foreign Minister Pia Lund told reporters the meeting had been useful. The convoy left Odesa "
            "at dawn, a Kremlin spokesman told journalists. It carried no weapons, he added.",
            "gov:RUS",
        ),
        (
            "Senator Hal Brooks said the bill would pass. A senior diplomat said the vote was set for "
            "June. He said the date could still move.",
            None,
        ),
    ],
)
def test_he_goes_on_with_the_unnamed_speaker_just_before_not_the_last_named_person(nlp, text, speaker):
    """Before, "he" skipped the spokesman (no person actor) and became the named speaker before him."""
    assert _speaker_of_he(nlp, text) == speaker


def test_a_definite_role_noun_does_not_stop_he_from_reaching_the_named_person(nlp):
    """ "the envoy" may be the named man himself: the pronoun keeps its old antecedent."""
    text = (
        "Envoy Marek Zalewski arrived in Chisinau on Monday. The envoy said the talks were frank. "
        "Progress was slow, he said."
    )
    assert _speaker_of_he(nlp, text) == "person:marek-zalewski"


def test_a_spokeswoman_is_not_he(nlp):
    text = (
        "Mr Brandt said Berlin wanted a quick decision. The shipment was delayed, a Pentagon spokeswoman "
        "said. It would leave next week, he said."
    )
    assert _speaker_of_he(nlp, text) == "person:brandt"


@pytest.mark.parametrize(
    "text",
    [
        "The embassy said in a statement that Western capitals would bear the blame.",
        "The ministry said in a statement that the crossing would stay closed until Friday.",
    ],
)
def test_said_in_a_statement_gives_one_statement_even_when_the_clause_hangs_on_the_noun(nlp, text):
    """The parser makes the that-clause the noun's; the noun "statement" gave a second, sourceless copy."""
    (st,) = nlp(text)._.statements
    assert st.cue.text.startswith("said") and st.source is not None
    assert st.content[0].text.startswith("that ")


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The envoy, Tomas Brenner, insisted on Monday that the pipeline was safe.", "insisted"),
        ("Commander Ilse Varga insisted on Sunday that the column had turned back.", "insisted"),
        ("The minister insisted on a ceasefire before any talks.", "insisted on"),
    ],
)
def test_a_day_after_the_cue_is_no_particle_of_it(nlp, text, cue):
    """Before, "insisted on Monday that ..." had the cue "insisted on", as if "insist on" were meant."""
    (st,) = nlp(text)._.statements
    assert st.cue.text == cue


@pytest.mark.parametrize(
    "text",
    [
        "The mayor has repeatedly refused to meet the unions, while the regional councils continue to "
        "ignore the port workers' demands.",
        "Two of the lenders continue to hold talks with the ministry about the bonds.",
    ],
)
def test_continue_to_do_something_is_no_statement(nlp, text):
    """ "continue" is a cue only with a clause or a quotation ('"...," he continued'); the model's
    statement with a to-infinitive content had been kept."""
    assert all(s.cue.text != "continue" for s in nlp(text)._.statements)


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        (
            "VILNIUS, May 9 (Amber Coast News) - Lithuania will close two more border crossings, "
            "Interior Minister Rasa Vitkute said on Friday.",
            "Amber Coast News",
        ),
        (
            "TBILISI, Georgia, Oct. 2 (Caucasus Wire) - The ruling party will not reopen talks, "
            "its chairman said.",
            "Caucasus Wire",
        ),
    ],
)
def test_a_full_dateline_with_an_agency_we_do_not_list_is_no_part_of_the_content(nlp, text, agency):
    """Before, the content began with the place, the date and the agency's name."""
    doc = nlp(text)
    (st,) = doc._.statements
    assert st.content[0].text[:4] in ("Lith", "The ")
    assert doc._.dateline["agency"] == agency


@pytest.mark.parametrize(
    ("text", "actors", "absent"),
    [
        ("In June Germany shipped 14 Leopard tanks to Ukraine.", {"gov:DEU", "state:UKR"}, "june"),
        ("In May Russia launched a fresh offensive near Kharkiv.", {"gov:RUS"}, "theresa-may"),
    ],
)
def test_a_month_before_a_country_is_a_date_not_part_of_a_name(nlp, text, actors, absent):
    """Before, the tagger's 'June Norway' made a person, and a bare 'May' was Theresa May."""
    doc = nlp(text)
    ids = {a.id for a in doc._.actors}
    assert actors <= ids
    assert not [i for i in ids if absent in i]


def test_may_as_a_surname_still_names_her(nlp):
    ids = {a.id for a in nlp("Theresa May met Macron. May said Britain would stay firm.")._.actors}
    assert "person:theresa-may" in ids


@pytest.mark.parametrize(
    ("text", "speaker", "supplier"),
    [
        (
            "Canada has pledged 40 more armoured vehicles, while Norway says it has delivered 2,000 "
            "anti-tank missiles since March.",
            "gov:NOR",
            "gov:NOR",
        ),
        (
            "Sweden has promised more howitzers, whereas Denmark says it has sent drones.",
            "gov:DNK",
            "gov:DNK",
        ),
    ],
)
def test_a_while_clause_is_no_part_of_an_object_content_and_speaks_for_itself(nlp, text, speaker, supplier):
    """Before, the first country 'pledged' the whole rest of the sentence, the second country's report
    was lost as nested, and its 'it has delivered' was the first country's transfer."""
    doc = nlp(text)
    (st,) = [s for s in doc._.statements if s.cue.text == "says"]
    assert st.speaker == speaker
    later = [e for e in doc._.events if e.category == "AID" and e.trigger.start > text.index("says")]
    assert [p.actor_id for e in later for p in e.sources] == [supplier]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The Kremlin said on Monday it was ready for talks with Washington.",
            "it was ready for talks with Washington",
        ),
        ("Vilnius said on Tuesday it would expel two diplomats.", "it would expel two diplomats"),
    ],
)
def test_a_date_after_the_cue_is_no_part_of_the_content(nlp, text, content):
    """The parser hangs "on Monday" on the reported clause; the content had begun with it."""
    (st,) = nlp(text)._.statements
    assert [c.text for c in st.content] == [content]
