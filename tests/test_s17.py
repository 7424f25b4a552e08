"""Session 17: junk actors found by reading the actors of seven sets of fresh real war and diplomacy copy
(kept outside the repo); every sentence here is written for the test."""

from spans import actor_ids as _actor_ids
from spans import event_parties as _events
from spans import speaker_ids as _speakers

# -- places and facilities NER takes for people or bodies ---------------------------------------------


def test_a_sea_is_no_person_and_the_sea_of_azov_no_regiment(nlp):
    doc = nlp("Harbourland said its drones were downed over the Black Sea and the Sea of Azov overnight.")
    assert "group:azov" not in _actor_ids(doc)
    assert not any(a.startswith("person:") for a in _actor_ids(doc))


def test_the_azov_brigade_keeps_its_name(nlp):
    doc = nlp("Fighters of the Azov Brigade said they had held the line near the river.")
    assert "group:azov" in _actor_ids(doc)


def test_a_power_plants_initials_are_a_place(nlp):
    """NER called "Zaporozhye NPP" a person; the plant was then the target of a shelling."""
    doc = nlp("Inspectors said the Zaporozhye NPP had lost outside power, and shells hit the NPP again.")
    assert _actor_ids(doc) == set()


def test_towns_after_a_facility_noun_are_places(nlp):
    doc = nlp("Missiles struck airfields in Borispol, Ozernoye and Kulbakino, and the airfield of Tarnby.")
    assert _actor_ids(doc) == set()


def test_a_town_placed_by_its_bearing_is_a_place(nlp):
    doc = nlp("Troops took the school in the town and Krasnyi Yar, east of Eastwick, on Monday.")
    assert _actor_ids(doc) == set()


def test_a_ship_named_after_a_vessel_noun_is_no_actor(nlp):
    doc = nlp("His long yacht, named the Dilbar, was seized in a German port on Wednesday.")
    assert "org:dilbar" not in _actor_ids(doc)


# -- people and bodies --------------------------------------------------------------------------------------


def test_a_football_club_is_no_person(nlp):
    doc = nlp("The oligarch Jan Nowak has said he will sell Eastwick Football Club.")
    assert "person:eastwick-football-club" not in _actor_ids(doc)
    assert "org:eastwick-football-club" in _actor_ids(doc)


def test_a_given_name_before_a_bracketed_surname_is_no_second_person(nlp):
    doc = nlp(
        "Foreign Minister Hakan (Fidan) met his Eastwick counterpart in Ankara, Erdogan told reporters."
    )
    assert "person:hakan" not in _actor_ids(doc)


def test_a_hyphenated_name_after_a_title_is_a_person(nlp):
    """NER tagged the president's name as an organisation, which then spoke."""
    doc = nlp('"We will keep trading," Kazakhstan\'s President Kassym-Jomart Tokayev said in Astana.')
    assert _speakers(doc) == ["person:kassym-jomart-tokayev"]


def test_a_capitalised_office_holder_is_no_organisation(nlp):
    doc = nlp(
        "Dmitry Peskov spoke to reporters on Monday. The Kremlin Spokesperson also stated that the talks "
        "would go on."
    )
    assert _speakers(doc) == ["person:dmitry-peskov"]
    assert "org:kremlin-spokesperson" not in _actor_ids(doc)


def test_the_department_of_state_is_the_state_department(nlp):
    doc = nlp("The US Department of State said the meeting in Jeddah had gone well.")
    assert _speakers(doc) == ["org:us-state-department"]


def test_a_countrys_foreign_ministry_is_the_listed_body(nlp):
    doc = nlp("The British foreign ministry said the talks had failed.")
    assert _speakers(doc) == ["org:uk-foreign-office"]


def test_a_justice_ministry_is_no_court(nlp):
    doc = nlp("The US justice ministry said it would appeal.")
    assert _speakers(doc) == ["org:usa-justice-ministry"]


def test_a_department_of_foreign_affairs_is_the_foreign_ministry(nlp):
    doc = nlp("The Swiss Federal Department of Foreign Affairs said on Monday that it would host the talks.")
    assert _speakers(doc) == ["org:che-foreign-ministry"]


def test_the_countrys_department_is_its_ministry_named_before(nlp):
    doc = nlp(
        'The Ukrainian Foreign Ministry said the summit was a success. "All states should work for it," '
        "the Ukrainian department said."
    )
    assert _speakers(doc) == ["org:ukr-foreign-ministry", "org:ukr-foreign-ministry"]


def test_a_law_s_power_is_no_actor(nlp):
    doc = nlp(
        "It is unclear how much will come under Presidential Drawdown Authority (PDA), which pulls arms."
    )
    assert _events(doc) == []
    assert _actor_ids(doc) == set()


# -- outlets ------------------------------------------------------------------------------------------------


def test_an_outlet_named_by_its_web_address_is_one_outlet(nlp):
    """The tokenizer cut "Censor.NET" at the dot: a sentence ended there, and "Censor" and "NET" were
    two organisations."""
    doc = nlp(
        "According to Censor.NET, the video was posted on Sunday. Harbour.info reported that it was real."
    )
    assert _speakers(doc) == ["media:censor-net", "media:harbour"]
    assert len(list(doc.sents)) == 2


def test_outlets_war_news_cites_are_media(nlp):
    doc = nlp(
        "The minister spoke to Wirtualna Polska, Interfax-Ukraine reported. Doctors Without Borders said it "
        "was evacuating patients."
    )
    assert _speakers(doc) == ["media:interfax-ukraine", "org:msf"]
    assert _actor_ids(doc) >= {"media:wirtualna-polska", "media:interfax-ukraine", "org:msf"}
    assert "state:UKR" not in _actor_ids(doc)


def test_a_photographers_credit_for_an_outlet_is_furniture(nlp):
    doc = nlp(
        "Firefighters at a burning house after the strike on Thursday. (Jan Nowak for The Harbour Times)\n\n"
        "EASTWICK — Blasts shook the capital overnight."
    )
    assert _actor_ids(doc) == set()
    assert [s.label_ for s in doc.spans["furniture"]][:1] == ["caption"]


# -- read on a further set (N), after it was measured held out --------------------------------------------


def test_a_capitalised_representative_of_a_country_is_no_organisation(nlp):
    doc = nlp("Then the Permanent Representative of the Russian Federation told the council nothing more.")
    assert _actor_ids(doc) == {"state:RUS"}


def test_lower_case_systems_after_a_weapon_name_are_equipment(nlp):
    doc = nlp("It buys interceptors for the IRIS-T and NASAMS air defense systems, officials said.")
    assert not any(a.startswith("org:") for a in _actor_ids(doc))


def test_a_portfolio_after_a_title_and_for_is_no_organisation(nlp):
    doc = nlp(
        "Jan Nowak, special envoy of the Eastwick government for Harbour Affairs, will visit on Tuesday."
    )
    assert "org:harbour-affairs" not in _actor_ids(doc)


def test_a_credit_with_two_agencies_after_slashes_is_furniture(nlp):
    doc = nlp(
        "The agency chief at a meeting in Vienna. Jan Nowak/APA/dpa\n\nThe talks went on, BTA reported."
    )
    assert _actor_ids(doc) == {"media:bta"}


def test_a_web_address_with_cyrillic_lookalike_letters_is_the_listed_outlet(nlp):
    doc = nlp("It was reported by Censor.N\u0415\u0422 with a reference to the ministry.")
    assert _actor_ids(doc) == {"media:censor-net"}


def test_a_section_label_over_the_title_is_furniture(nlp):
    doc = nlp(
        "INTERNATIONAL\n\nMinisters fail to agree on assets\n\nThe EU ministers ended their talks on Monday."
    )
    assert _actor_ids(doc) == {"igo:eu"}
    assert [s.label_ for s in doc.spans["furniture"]] == ["teaser"]


# -- events told again -------------------------------------------------------------------------------------


def test_a_later_report_that_names_less_is_the_same_act(nlp):
    doc = nlp("The United States rejected Russia on Friday. Analysts said the US rejection surprised no one.")
    assert _events(doc) == [("REJECT", ["gov:USA"], ["state:RUS"])]


def test_a_sides_later_strike_on_a_place_is_another_attack(nlp):
    doc = nlp(
        "Russian forces struck Ukraine overnight, officials said. Later, Russian forces struck the port "
        "of Tarnivka."
    )
    assert [e[0] for e in _events(doc)] == ["ASSAULT", "ASSAULT"]


def test_a_source_naming_its_own_country_repeats_no_earlier_source(nlp):
    """ "the ministry" after another country's ministry and a third side is left open; "the Emirati foreign
    ministry" says whose it is."""
    doc = nlp(
        "Russia's defence ministry said it downed twelve drones. Ukrainian officials said the strikes hit "
        'homes. "The mediation worked for both sides," the Emirati foreign ministry said on Monday.'
    )
    assert _speakers(doc) == ["mil:RUS", "gov:UKR", "org:are-foreign-ministry"]


def test_of_two_spokespeople_at_once_the_title_decides(nlp):
    """Peskov and Zakharova both speak for Russia at the article's date; the role phrase's words (not
    the office's own words or the country's) pick the one whose listed title they match."""
    doc = nlp(
        'MOSCOW, June 3, 2025. "We are ready for a third round," the Russian foreign ministry spokesperson '
        'said. "There is no answer yet," the Russian President\'s Press Secretary added.'
    )
    assert _speakers(doc) == ["person:maria-zakharova", "person:dmitry-peskov"]


def test_a_person_named_after_a_listed_body_inside_an_organisation_is_found(nlp):
    """NER ran "the UN Dmitry ..." into one organisation; the UN, read from the gazetteer first, had
    left the person unread and the possessive country spoke."""
    doc = nlp(
        "The council met for hours on Friday, and the session ended late.\n\nRussia's First Deputy Permanent "
        'Representative to the UN Dmitry Orlovsky commented: "The proof that was offered to us by the other '
        'side is weak, and it came late."'
    )
    assert _speakers(doc) == ["person:dmitry-orlovsky"]


def test_an_office_owned_by_an_unresolved_pronoun_is_no_country(nlp):
    """ "her office said" went to the last country named (Russia, in a sentence about Italy)."""
    doc = nlp(
        "Eastwick's leader Jan Nowak held talks with Italian Prime Minister Giorgia Meloni in Rome, her "
        "office said, while he asks partners for more arms to help his country against Russia."
    )
    assert _speakers(doc) == [None, "person:jan-nowak"]


def test_an_unnamed_source_is_not_the_person_the_next_sentence_names_as_an_object(nlp):
    doc = nlp(
        "A Harbourland envoy will begin a tour in Eastwick on Tuesday. Jan Nowak will visit the capital on "
        "Tuesday, a Ukrainian official told reporters. Nobody knows yet if Mr Nowak is to see Ukrainian "
        "President Volodymyr Zelensky."
    )
    assert _speakers(doc) == [None]


def test_a_long_file_photo_caption_is_furniture(nlp):
    caption = (
        "FILE PHOTO: Jan Nowak, Harbourland's special envoy for Eastern affairs, (R) sits with the Eastwick "
        "prime minister (L) during his time as ambassador to Eastwick, in a meeting at the government house "
        "in the capital in 2015."
    )
    doc = nlp(caption + "\n\nThe envoy will visit the capital on Tuesday, officials said.")
    assert [s.label_ for s in doc.spans["furniture"]] == ["caption"]
    assert [st.kind for st in doc._.statements] == ["indirect"]


def test_an_address_with_two_endings_is_joined_once(nlp):
    """Two cut dots in a row ("Harbour" "." "NET" "." "ua") give overlapping pieces; joining both would
    raise in spaCy's retokenizer."""
    from spacy.tokens import Doc

    doc = Doc(nlp.vocab, words=["Harbour", ".", "NET", ".", "ua", "said"], spaces=[False] * 5 + [False])
    layout = nlp.get_pipe("newsledger_layout")
    layout.initialize()
    layout._join_addresses(doc)
    assert [t.text for t in doc] == ["Harbour.NET", ".", "ua", "said"]


def test_a_place_in_capitals_with_a_colon_is_a_dateline_not_a_speaker(nlp):
    """The place had become a headline statement's speaker and swallowed the lede's own statement; a
    speaker in capitals that is no dateline place stays one."""
    doc = nlp(
        "Strikes hit the capital again\n\nMOSCOW: Russian forces struck Kyiv overnight, the defence ministry "
        "said on Monday."
    )
    assert [(st.kind, st.speaker) for st in doc._.statements] == [("indirect", "mil:RUS")]
    assert doc._.dateline["place"] == "MOSCOW"
    doc = nlp("NATO: Allies will keep helping Harbourland, its chief says")
    assert [st.speaker for st in doc._.statements][:1] == ["igo:nato"]
