"""Session 16: patterns found by reading the output on a third set of fresh real war and diplomacy copy
(kept outside the repo); every sentence here is written for the test."""

from spans import actor_ids as _actor_ids
from spans import event_parties as _events
from spans import speaker_ids as _speakers

# -- actors: places, makers, offices ----------------------------------------------------------------------


def test_towns_after_a_settlement_noun_or_a_spatial_preposition_are_no_actors(nlp):
    """NER called these villages people and firms; "the settlements X and Y" and "near X and Y" say they
    are places."""
    doc = nlp(
        "A drone hit a car on the road connecting the settlements Velyka Dolyna and Zarichne, the governor "
        "said. Another strike hit a house near Horodok and Nove-Pole."
    )
    assert _actor_ids(doc) == set()


def test_ports_listed_after_a_dash_are_places(nlp):
    doc = nlp("The deal covers three ports - Odesa, Chornomorsk, and Yuzhne - under UN supervision.")
    assert _actor_ids(doc) == {"igo:un"}


def test_an_arms_maker_is_one_organisation_not_a_firm_and_a_person(nlp):
    doc = nlp("The launchers are made by Lockheed Martin, and Rheinmetall will build the shells.")
    assert _actor_ids(doc) == {"org:lockheed-martin", "org:rheinmetall"}


def test_the_governed_place_is_no_actor(nlp):
    """NER tagged the governed region as a body (on a real page, where it missed the person, the region
    became the speaker)."""
    doc = nlp(
        "Oleksandr Petrenko, the Ukrainian governor of Zaporizhzhya, said on Monday that Russian forces had "
        "shelled the regional capital overnight."
    )
    assert _speakers(doc) == ["person:oleksandr-petrenko"]
    assert _actor_ids(doc) == {"person:oleksandr-petrenko", "mil:RUS", "gov:RUS"}


def test_the_un_nuclear_watchdog_is_the_iaea(nlp):
    doc = nlp(
        "The UN's nuclear watchdog said its staff had heard blasts near the plant. The U.N. nuclear watchdog "
        "later said power was back."
    )
    assert _speakers(doc) == ["igo:iaea", "igo:iaea"]


def test_the_biden_administration_in_capitals_is_the_government(nlp):
    doc = nlp(
        "The Biden Administration said that it would send more tanks. The Joseph Biden Administration "
        "understands that it risks a wider war, Jan Nowak said."
    )
    assert _speakers(doc) == ["gov:USA", "person:jan-nowak"]
    assert "org:biden-administration" not in _actor_ids(doc)


def test_a_capitalised_common_noun_with_its_adjective_is_no_surname(nlp):
    doc = nlp(
        "Jan Nowak said Eastwick was now at odds with the planet’s biggest nuclear Power. "
        "Power said the dispute must end."
    )
    powers = [(m.span.start, m.actor_id) for m in doc._.mentions if m.span.text == "Power"]
    assert powers == [(doc.text.index("Power said"), "person:samantha-power")]


def test_an_office_and_a_register_are_no_actors(nlp):
    doc = nlp(
        "“Our Supreme Allied Commander, SACEUR, has sent us a plan for this,” Stoltenberg said. The Unified "
        "Weapons Register was set up in 2022."
    )
    assert _actor_ids(doc) == {"person:jens-stoltenberg"}


def test_an_editors_bracketed_given_name_is_no_person_of_its_own(nlp):
    doc = nlp(
        "“The grain deal was wrecked by (Ukrainian President Volodymyr) Zelenskyy and his regime,” "
        "Zakharova said."
    )
    assert _actor_ids(doc) == {"person:maria-zakharova", "person:volodymyr-zelensky"}


def test_a_family_name_first_is_the_person_named_in_full(nlp):
    """ "Zhao's visit" after "Zhao Lin": not a gazetteer person of that surname."""
    doc = nlp(
        "Special Representative Li Ming will visit Ukraine and Russia, a Chinese spokesperson said. "
        "He added that Li's visit shows China's commitment to peace."
    )
    assert [e[1] for e in _events(doc)] == [["person:li-ming"], ["person:li-ming"]]


# -- speakers ---------------------------------------------------------------------------------------------


def test_it_after_a_ministry_is_the_ministry_not_the_soldiers_in_its_report(nlp):
    """ "The UK Ministry of Defence" is the subject (its head is "Ministry", not its last word), and "it" is
    no plural group (was the Russian military)."""
    doc = nlp(
        "The UK Ministry of Defence said on Tuesday that Russian soldiers were being sent into combat with "
        "shovels.\n\nIt added that evidence suggests an increase in close combat."
    )
    assert _speakers(doc) == ["mil:GBR", "mil:GBR"]


def test_authorities_in_a_town_are_its_countrys_not_the_last_body_named(nlp):
    doc = nlp(
        "Ukrainian troops crossed the border last week. Authorities in Kursk said that two dozen villages "
        "are under Ukrainian control."
    )
    assert _speakers(doc) == ["gov:RUS"]


def test_a_name_the_parser_hung_on_the_cue_as_a_modifier_is_its_subject(nlp):
    doc = nlp(
        "“The accession of Ukraine is the necessary consequence of Russia’s war,” Baerbock stated, adding "
        "that Ukraine has made impressive progress."
    )
    assert _speakers(doc) == ["person:annalena-baerbock", "person:annalena-baerbock"]


def test_a_title_signed_after_its_colon_with_the_occasion(nlp):
    doc = nlp(
        "No breakthrough in sight yet: Kremlin after talks with Ukraine\n\n"
        "The Kremlin said on Wednesday there had been no breakthrough in the talks."
    )
    assert [(s.kind, s.speaker) for s in doc._.statements] == [
        ("headline", "gov:RUS"),
        ("indirect", "gov:RUS"),
    ]


def test_a_topic_label_before_a_colon_is_no_speaker(nlp):
    doc = nlp(
        "Russia-Ukraine War: Harbourland fired dozens of cruise missiles at Eastwick’s power stations on "
        "Monday, officials said."
    )
    assert [s.kind for s in doc._.statements] == ["indirect"]


def test_an_interview_title_signed_with_a_name_is_no_claim_of_theirs(nlp):
    doc = nlp(
        "Harbourland War: Interview with the Head of Military Intelligence – Jan Nowak\n\n"
        "Jan Nowak spoke to us."
    )
    assert doc._.statements == []


# -- events -----------------------------------------------------------------------------------------------


def test_not_joining_allies_in_sanctions_is_not_sanctioning(nlp):
    doc = nlp("Germany has not joined France in imposing sanctions on Russia.")
    assert ("SANCTION", ["state:FRA"], ["state:RUS"]) in _events(doc)
    assert not any(e[0] == "SANCTION" and "gov:DEU" in e[1] for e in _events(doc))


def test_sanctions_imposed_by_someone_are_one_event(nlp):
    doc = nlp("Harbourland criticised the sanctions imposed on Moscow by the West last year.")
    assert _events(doc) == [("SANCTION", ["org:the-west"], ["gov:RUS"])]


def test_pressure_on_a_state_to_withdraw_is_asked_of_that_state(nlp):
    doc = nlp(
        "The council talked about more pressure on Russia to halt its operation and to pull its troops out "
        "of Ukraine."
    )
    withdraw = [(e.status, [p.actor_id for p in e.sources]) for e in doc._.events if e.category == "RETREAT"]
    assert withdraw == [("demanded", ["state:RUS"])]


def test_a_state_noun_subject_binds_its_in_its_clause(nlp):
    """ "its cities" is the country's that struggles, not the United States' (was an attack on the US)."""
    doc = nlp(
        "The United States will send one more Patriot system to Ukraine as the country copes with steady "
        "Russian bombardment on its towns and power plants."
    )
    assert ("ASSAULT", ["gov:RUS"], []) in _events(doc)
    assert not any("gov:USA" in e[2] for e in _events(doc))


def test_a_possessive_in_a_quote_is_not_the_speakers_we(nlp):
    doc = nlp(
        "“We will keep raising the price for Moscow while [Vladimir] Putin pursues his aggression against "
        "Ukraine,” read a statement from Secretary of State Antony Blinken."
    )
    assert _events(doc) == [("ASSAULT", ["person:vladimir-putin"], ["state:UKR"])]


def test_sanctions_targeting_firms_are_no_attack(nlp):
    doc = nlp(
        "The United States widened sanctions on Russia on Wednesday, targeting another 300 firms and "
        "individuals."
    )
    assert _events(doc) == [("SANCTION", ["gov:USA"], ["state:RUS"])]


# -- furniture --------------------------------------------------------------------------------------------


def _furniture(doc) -> list[tuple[str, str]]:
    return [(sp.label_, sp.text) for sp in doc.spans["furniture"]]


def test_a_caption_ending_in_a_photo_tag_is_furniture(nlp):
    doc = nlp(
        "Talks go on\n\nHarbourland's president Jan Nowak greets the Eastwick delegation before talks in "
        "Istanbul (AP photo)\n\nThe Kremlin said there was no breakthrough."
    )
    assert _actor_ids(doc) == {"gov:RUS"}
    assert (
        "caption",
        "Harbourland's president Jan Nowak greets the Eastwick delegation before talks in "
        "Istanbul (AP photo)",
    ) in _furniture(doc)


def test_a_wire_caption_ending_in_place_and_date_is_furniture(nlp):
    caption = (
        "Firefighters work at a hotel damaged by a Russian missile attack, in Odesa, Ukraine, Sept. 25, 2023."
    )
    doc = nlp(f"Harbourland strikes port\n\n{caption}\n\nGrain stores were destroyed, the military said.")
    assert ("caption", caption) in _furniture(doc)
    assert _events(doc) == []


def test_an_outlets_live_briefing_promotion_is_furniture(nlp):
    promo = (
        "The Eastwick Radio Live Briefing gives you the key news on the fighting, foreign weapons, protests "
        "at home and what civilians face. To read everything we publish on the war, click here."
    )
    doc = nlp(
        "The plant lost power on Monday.\n\nLive Briefing: The War In Harbourland\n"
        f"{promo}\n\nThe agency said its inspectors were safe."
    )
    assert ("teaser", promo) in _furniture(doc)
    assert ("teaser", "Live Briefing: The War In Harbourland") in _furniture(doc)
    assert _events(doc) == []
    assert _actor_ids(doc) == set()


def test_a_long_line_opening_with_a_copyright_credit_is_furniture(nlp):
    """A credit with the caption run into it, longer than a line rule reads (the caption's rocket fire had
    become an attack by the agency)."""
    line = (
        "© Harbour Agency / Jane Roe / Go to the mediabankHarbourland servicemen of the northern group of "
        "forces fire a multiple rocket launcher towards Eastwick positions amid the military operation in "
        "the border region, Harbourland."
    )
    assert len(line) > 200
    doc = nlp(f"Grain exports stopped\n\n{line}\n\nThe ministry said the shelling went on.")
    assert ("caption", line) in _furniture(doc)


def test_using_up_ammunition_is_no_attack(nlp):
    doc = nlp(
        "Officials say both Harbourland and Eastwick are using up shells faster than they can be replaced."
    )
    assert [e for e in _events(doc) if e[0] == "ASSAULT"] == []


def test_goods_called_promised_in_a_delivery_are_no_pledge_of_their_own(nlp):
    """The participle had become a pledged transfer to the supplier."""
    doc = nlp("Germany has delivered promised Leopard tanks to Kyiv, the chancellor told reporters.")
    assert not any("gov:DEU" in e[2] for e in _events(doc))


def test_a_reason_for_a_state_to_strike_is_no_strike_told_as_done(nlp):
    doc = nlp(
        "Medvedev said losing the region would give Moscow every reason for Russia to use nuclear weapons."
    )
    assert [(e.category, e.status) for e in doc._.events if e.category == "ASSAULT"] == [
        ("ASSAULT", "hypothetical")
    ]


def test_they_in_a_quote_is_not_the_speakers_own_side(nlp):
    """'"... because they invaded our country"': they had become Ukraine's army, the speaker's own."""
    doc = nlp(
        "“They have tried to charge me for years,” Kyrylo Budanov, the head of Ukraine's military "
        "intelligence, said. “It all started when they invaded our country in 2014.”"
    )
    assert not any(e[1] and e[1][0] and e[1][0].endswith(":UKR") for e in _events(doc))


def test_the_official_is_the_one_who_spoke_not_the_one_spoken_of(nlp):
    doc = nlp(
        "Ushakov said the two discussed the war.\n\nPutin has now been briefed on where things stand, he "
        'added.\n\n"The results are not known yet. Therefore, I would hold back my comments," '
        "the official said."
    )
    assert _speakers(doc) == ["person:yury-ushakov"] * 3


def test_a_name_whose_apposition_is_a_village_is_a_place(nlp):
    doc = nlp("Russia said its troops had captured Pobeda, a tiny village west of Donetsk city.")
    assert _actor_ids(doc) == {"gov:RUS"}


def test_the_department_after_the_department_of_state_is_that_department(nlp):
    doc = nlp(
        "The US Department of State said the meeting had been a step toward peace. The department said that "
        "Ukraine accepted a month-long truce should Moscow also accept it."
    )
    assert _speakers(doc) == ["org:us-state-department", "org:us-state-department"]  # the listed body (s17)


def test_a_title_before_an_honorific_and_a_name_is_no_organisation(nlp):
    doc = nlp("He met Minister of State and National Security Advisor Dr. Khalid Al-Amri on Monday.")
    assert _actor_ids(doc) == {"person:khalid-al-amri"}


def test_who_made_or_backs_a_thing_is_no_party_for_it(nlp):
    """ "The US-made missiles hit Russian positions" had been an attack by the United States."""
    doc = nlp(
        "The US-made missiles hit Russian positions. Ukraine has fought Russia-backed rebels for eight years."
    )
    assert _events(doc) == []


def test_a_fronted_clause_the_parser_took_for_the_sentence_gives_no_subject(nlp):
    """The parse as the small model gave it on a real page: the fronted "before" clause as the root, the
    court as an apposition of its object and the main verb hung on it (the paper had arrested the man)."""
    from spacy.tokens import Doc

    from newsledger.extract.event_args import subject_of

    words = ["Days", "before", "Harbour", "News", "met", "him", ",", "the", "court", "of", "Eastport",
             "arrested", "Jan", "Nowak", "."]  # fmt: skip
    heads = [4, 4, 3, 4, 4, 4, 5, 8, 5, 8, 9, 4, 13, 11, 4]
    deps = ["npadvmod", "mark", "compound", "nsubj", "ROOT", "dobj", "punct", "det", "appos", "prep", "pobj",
            "advcl", "compound", "dobj", "punct"]  # fmt: skip
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps)
    subject, passive = subject_of(doc[11])
    assert (subject.text, passive) == ("court", False)


def test_an_agency_after_its_countrys_adjective_is_the_agency(nlp):
    """NER tagged "Russian Interfax" a person, and a person "Interfax" spoke."""
    doc = nlp("Russian Interfax said that the governor himself was not injured.")
    assert _speakers(doc) == ["media:interfax"]


def test_a_states_ally_is_not_that_state(nlp):
    doc = nlp("Russia ally Kazakhstan refuses to recognise the two regions as independent republics")
    assert "state:RUS" not in _speakers(doc)
    assert not any("state:RUS" in e[1] for e in _events(doc))


def test_a_ship_named_after_a_person_is_no_actor(nlp):
    doc = nlp(
        "It did not say that a Russian naval ship, Olenegorsky Gornyak, was hit. Drones later struck the "
        "frigate Admiral Makarov."
    )
    assert not {a for a in _actor_ids(doc) if a.startswith("person:")}


def test_news_agencies_of_the_region_are_media(nlp):
    doc = nlp("RBC said the strike hit the building. Belta reported the drills.")
    assert _speakers(doc) == ["media:rbc", "media:belta"]


def test_an_accord_that_concludes_talks_is_no_statement(nlp):
    doc = nlp(
        "The accord, signed by Treasury Secretary Jan Nowak, concludes negotiations that almost failed."
    )
    assert doc._.statements == []


def test_a_deputy_minister_is_not_the_minister(nlp):
    doc = nlp(
        "Medinsky and the Russian Deputy Foreign Minister Mikhail Galuzin, both in Istanbul, would not say "
        "whether the talks would resume. The deputy foreign minister said the talks would go on."
    )
    assert "person:sergey-lavrov" not in _actor_ids(doc)


def test_an_officer_named_after_a_known_company_is_a_person(nlp):
    """NER ran the company and its chief into one name, and the company became the speaker."""
    doc = nlp(
        "CEO of the Ukrainian state-owned company Naftogaz Oleksiy Chernyshov said Kyiv would let the deal "
        "lapse. Chernyshov said no buyer had asked to keep it."
    )
    assert _speakers(doc) == ["person:oleksiy-chernyshov", "person:oleksiy-chernyshov"]


def test_the_political_opposition_is_no_rejection(nlp):
    doc = nlp("The Georgian opposition said on Friday it would keep up its rallies.")
    assert [e for e in _events(doc) if e[0] == "REJECT"] == []


def test_offering_condolences_is_no_aid(nlp):
    doc = nlp("Stoltenberg said he had offered his condolences to the Polish president.")
    assert _events(doc) == []


def test_an_envoy_of_a_state_still_acts_for_it_and_a_leaders_administration_is_the_government(nlp):
    """Guards for the two rules above: "the US envoy" is not an ally-like noun, and a gazetteer leader's
    name before "Administration" in capitals keeps its government as the party."""
    doc = nlp("The US envoy also held talks with Hamid Karzai about the peace plan.")
    assert _events(doc)[0] == ("CONSULT", ["gov:USA"], ["person:hamid-karzai"])
    doc = nlp("Clinton Administration cut military aid to the Colombian army in 1997.")
    assert _events(doc) == [("SANCTION", ["gov:USA"], ["mil:COL"])]


def test_the_bare_body_word_after_a_countrys_body_is_that_body(nlp):
    """ "Treasury Secretary ..." after "a US Treasury statement" had become a second organisation."""
    doc = nlp(
        "A US Treasury statement said the new list names dozens of firms. Treasury Secretary Janet Yellen "
        "said the measures would bite."
    )
    assert {a for a in _actor_ids(doc) if "treasury" in a} == {"org:us-treasury"}
