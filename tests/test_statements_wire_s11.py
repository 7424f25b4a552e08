"""Statements and speakers of round s11 on wire-style passages of our own: the whole pipeline."""

from __future__ import annotations

import pytest

from spans import content_pieces


def _by_cue(nlp, text: str) -> dict[str, object]:
    return {s.cue.text: s for s in nlp(text)._.statements}


# -- a programme's host is neither a politician of the same surname nor the guest a role noun describes --
@pytest.mark.parametrize(
    "text",
    [
        "WASHINGTON - Speaking on Anderson Cooper's show late on Tuesday, the senator said the aid bill "
        "was dead for this session. Her office did not elaborate.",
        "In a long interview with Lena Marsh broadcast on Sunday, the senator said the ceasefire plan had "
        "no support in the chamber.",
    ],
)
def test_a_programme_host_is_not_the_role_noun_s_speaker(nlp, text):
    st = _by_cue(nlp, text)["said"]
    assert st.source.text == "the senator"
    assert st.speaker is None


def test_a_host_s_possessive_name_is_not_a_gazetteer_politician(nlp):
    doc = nlp("Viewers of Anderson Cooper's programme heard the envoy describe the talks as frank.")
    actors = {m.actor_id for m in doc._.mentions}
    assert "person:yvette-cooper" not in actors


def test_a_senator_named_before_the_interview_is_still_the_senator(nlp):
    text = (
        "Senator Ruth Calder toured the border crossing on Monday. Later, in an interview with Lena Marsh, "
        "the senator said the deal was dead."
    )
    assert _by_cue(nlp, text)["said"].speaker == "person:ruth-calder"


# -- a relative clause with its own cue inside the content's subject is part of the content ------------
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "He said the claim, which Moscow rejects, was true.",
            "the claim, which Moscow rejects, was true",
        ),
        (
            "ODESA - The regional governor said the strike, which the Russian military says hit an arms "
            "depot, killed four dock workers.",
            "the strike, which the Russian military says hit an arms depot, killed four dock workers",
        ),
        (
            "The minister said the offer, which Vilnius has repeatedly dismissed, was still on the table.",
            "the offer, which Vilnius has repeatedly dismissed, was still on the table",
        ),
    ],
)
def test_a_relative_clause_with_a_cue_on_the_content_s_subject_stays_in_the_content(nlp, text, content):
    (st,) = nlp(text)._.statements  # no nested statement: a token belongs to one attribution
    assert content_pieces(st) == [content]


# -- a person's name that NER runs into the place before it ("Kharkiv, Ihor Terekhov" as ORG) ------------
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "KHARKIV - The mayor of Kharkiv, Ihor Terekhov, said three people were hurt when a rocket hit "
            "a block of flats near the ring road.",
            "person:ihor-terekhov",
        ),
        (
            "The governor of the region, Oleh Synehubov, wrote on Telegram that a school in the north of the "
            "city had been hit twice.",
            "person:oleh-synehubov",
        ),
        (
            "The head of Sumy's regional council, Serhiy Babenko, told reporters that the evacuation of "
            "border villages would go on.",
            "person:serhiy-babenko",
        ),
        (
            "ODESA - The mayor of Odesa, Yevhen Marchenko, said the grain port was working again after a "
            "night of drone raids.",
            "person:yevhen-marchenko",
        ),
        (
            "The head of the military administration in Zaporizhzhia, Ihor Kovalenko, said power had been "
            "restored to most districts.",
            "person:ihor-kovalenko",
        ),
    ],
)
def test_a_name_set_off_after_a_place_is_the_role_s_holder(nlp, text, speaker):
    """Whether NER runs the name into the place, tags it a person, or misses it altogether."""
    (st,) = nlp(text)._.statements
    assert st.speaker == speaker


# -- "said in a statement that ..." is one statement, whatever the parser hangs the clause on ------------
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Zelensky's office said in a statement that the president had met the Danish prime minister "
            "in Kyiv to discuss air defence.",
            "gov:UKR",
        ),
        (
            "Moldova's foreign ministry said in a statement that the Russian envoy had been summoned over "
            "the drone debris found near the border.",
            "org:mda-foreign-ministry",
        ),
    ],
)
def test_said_in_a_statement_is_one_statement_with_the_medium_in_the_cue(nlp, text, speaker):
    (st,) = nlp(text)._.statements
    assert (st.cue.text, st.speaker) == ("said in a statement", speaker)
    assert content_pieces(st)[0].startswith("that ")


# -- the office of a country's president or prime minister speaks for its government ---------------------
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "HELSINKI - The Finnish president's office said in a statement that the two leaders had "
            "discussed border security.",
            "gov:FIN",
        ),
        ("The Polish prime minister's office said the summit in Gdansk would go ahead.", "gov:POL"),
        # a minister's office is the ministry's, which the sentence does not name
        ("The Polish defence minister's office said the drills near the border were routine.", None),
    ],
)
def test_a_leader_s_office_speaks_for_the_government(nlp, text, speaker):
    (st,) = nlp(text)._.statements
    assert st.speaker == speaker


# -- a negated speech act with only a topic says nothing ------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The Russian defence ministry said its forces had struck Ukrainian positions near the river. "
        "The ministry did not mention civilian casualties.",
        "The navy spokesman said enemy ships had left the bay. The Black Sea Fleet has not commented on "
        "the claim.",
    ],
)
def test_a_negated_speech_act_on_a_topic_is_no_statement(nlp, text):
    (st,) = nlp(text)._.statements
    assert st.cue.text == "said"


def test_a_negated_speech_act_with_a_clause_stays(nlp):
    """PolNeAR codes "did not say that ...": the clause is still what is attributed."""
    cues = _by_cue(nlp, "The envoy did not say that the talks had failed.")
    assert content_pieces(cues["did not say"]) == ["that the talks had failed"]


# -- "Asked by reporters whether ..., Peskov said": the one asked is not the asker ------------------------
@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "MOSCOW - Asked by reporters whether Moscow would send a delegation to the talks, Kremlin "
            "spokesman Dmitry Peskov said no decision had been made.",
            "reporters",
        ),
        (
            "Asked whether Kyiv would accept a ceasefire along the current line, the foreign minister said "
            "the question was premature.",
            None,
        ),
        (
            "Warned by allies that the vote could fail, the Slovak prime minister said he would press ahead.",
            "allies",
        ),
    ],
)
def test_a_speech_participle_before_the_subject_is_not_the_subject_s_statement(nlp, text, source):
    st = next(s for s in nlp(text)._.statements if s.cue.text in ("Asked", "Warned"))
    assert (st.source.text if st.source else None) == source
    assert st.speaker is None


# -- a quote's closing comma and mark are not the source after it ----------------------------------------
@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "“We were wrong to wait so long,” Kovalenko, 58, told AFP in an interview in Kyiv on Monday.",
            "Kovalenko, 58,",
        ),
        ('"The line is holding," Marchuk, 61, told the BBC by phone from Kramatorsk.', "Marchuk, 61,"),
    ],
)
def test_a_quote_s_closing_punctuation_is_not_in_the_source(nlp, text, source):
    (st,) = nlp(text)._.statements
    assert st.source.text == source


# -- a quotation opening the next sentence continues an indirect statement of the same paragraph ----------
@pytest.mark.parametrize(
    ("text", "cue", "quote"),
    [
        (
            "“I am grateful to every soldier,” the president said in his evening address, adding that he had "
            "visited a brigade near the front on Friday. “I told them the whole country stands behind them.”",
            "adding",
            "“I told them the whole country stands behind them.”",
        ),
        (
            "VILNIUS - The Lithuanian defence minister said the brigade would be ready by 2027. "
            '"We are building the barracks now, and the first troops arrive in spring."',
            "said",
            '"We are building the barracks now, and the first troops arrive in spring."',
        ),
    ],
)
def test_a_quote_after_an_indirect_statement_in_its_paragraph_is_more_of_it(nlp, text, cue, quote):
    st = _by_cue(nlp, text)[cue]
    assert content_pieces(st)[-1] == quote
    assert st.kind == "mixed"


def test_a_quote_in_the_next_paragraph_is_not_taken_by_an_indirect_statement(nlp):
    text = (
        "The minister said the brigade would be ready by 2027.\n\n"
        "“Nobody here believes that,” a soldier said."
    )
    st = next(s for s in nlp(text)._.statements if s.source.text == "The minister")
    assert content_pieces(st) == ["the brigade would be ready by 2027"]


# -- a role noun that fits two people named together is left unresolved ---------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Senator Whitlow and Governor Ames are both running in the primary. The candidate said on Monday "
        "that the race was tight.",
        "Olha Marchuk met Tetiana Koval in Geneva on Tuesday. The diplomat told reporters the talks had "
        "gone well.",
        "Deputy ministers Olha Marchuk and Tetiana Koval flew to Geneva. The diplomat told reporters the "
        "talks had gone well.",
    ],
)
def test_a_role_noun_fitting_two_people_named_together_is_unresolved(nlp, text):
    st = next(s for s in nlp(text)._.statements if s.source.text.startswith("The "))
    assert st.speaker is None


def test_a_role_noun_after_one_named_person_is_that_person(nlp):
    text = "Foreign Minister Olha Marchuk arrived in Geneva on Monday. The minister said the talks went well."
    assert _by_cue(nlp, text)["said"].speaker == "person:olha-marchuk"


# -- a surname repeated after the person was named is that person, whatever NER made of it ----------------
@pytest.mark.parametrize(
    "text",
    [
        "The chair of Senator Whitlow's campaign, Mara Jennings, said the polling numbers were good. "
        "Whitlow said the race was close.",
        "Senator Whitlow said on Tuesday that the race was close. Whitlow added that the aid vote would "
        "decide it.",
    ],
)
def test_a_repeated_surname_is_the_person_named_before(nlp, text):
    st = next(s for s in nlp(text)._.statements if s.source.text == "Whitlow")
    assert st.speaker == "person:whitlow"


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "Asked by Marchenko to respond to the criticism, Kovalenko said the ministry had done its job.",
            "Marchenko",
            "to respond to the criticism",
        ),
        (
            "Asked by the BBC to comment on the leak, the general said he had nothing to add.",
            "the BBC",
            "to comment on the leak",
        ),
    ],
)
def test_the_by_agent_of_a_speech_participle_is_its_source_not_its_content(nlp, text, source, content):
    st = next(s for s in nlp(text)._.statements if s.cue.text == "Asked")
    assert st.source.text == source
    assert content_pieces(st) == [content]


# -- a full name closing a spokesman's long title, with no comma, is the spokesman ----------------------
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "A spokesman for the army command in the east Serhiy Cherevatyi said the town was holding.",
            "person:serhiy-cherevatyi",
        ),
        (
            "A spokesman for the forces in the east Serhiy Bondar told the news agency the assault had "
            "stalled.",
            "person:serhiy-bondar",
        ),
        (
            "KRAMATORSK - The spokeswoman for the eastern group of forces in the region Olha Marchuk told "
            "reporters that two assaults had been repelled.",
            "person:olha-marchuk",
        ),
    ],
)
def test_a_name_closing_a_long_title_is_its_holder(nlp, text, speaker):
    (st,) = nlp(text)._.statements
    assert st.speaker == speaker


def test_a_name_after_a_preposition_of_the_role_is_not_its_holder(nlp):
    (st,) = nlp("The lawyer for Ivan Petrov said the charges against his client were baseless.")._.statements
    assert st.speaker is None


def test_a_titled_name_after_a_preposition_of_the_role_is_not_its_holder(nlp):
    (st,) = nlp(
        "A spokesman for the family of President Ivan Dorn said the funeral would be private."
    )._.statements
    assert st.speaker != "person:ivan-dorn"
