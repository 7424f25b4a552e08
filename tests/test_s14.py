"""Session 14: patterns found by reading the output on fresh real war and diplomacy copy (kept outside
the repo); every sentence here is written for the test."""

import pytest


def _mentions(doc) -> dict[str, str | None]:
    return {m.span.text: m.actor_id for m in doc._.mentions}


def _speakers(doc) -> list[tuple[str, str | None]]:
    return [(s.source.text if s.source else "", s.speaker) for s in doc._.statements]


def _actor_ids(doc) -> set[str]:
    return {a.id for a in doc._.actors}


def test_the_official_goes_back_to_an_unnamed_official_not_to_a_name_in_what_was_said(nlp):
    """An unnamed source brought in with "a", then "the official": the same unnamed person, never the
    leader named in the quotes (was Putin for all three)."""
    doc = nlp(
        "Putin has run out of options, says a senior U.S. intelligence official who took part in the "
        'review. "The harbour at Odesa is no longer at risk," says the intelligence official. "The '
        'shelling never stops," the official adds.'
    )
    assert [s for _, s in _speakers(doc)] == [None, None, None]


def test_the_expert_named_after_being_brought_in_is_still_that_person(nlp):
    doc = nlp(
        "A defence expert has claimed that the front is holding. Writing in a weekly, Jan Kowalski said "
        "the lines would not break. The expert added that the army was tired."
    )
    assert [s for _, s in _speakers(doc)] == ["person:jan-kowalski"] * 3


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "MOSCOW, December 2. /TASS/. Russian air defences have downed 40 drones of the Ukrainian army "
            "over the past week, the Defense Ministry said.",
            "mil:RUS",
        ),
        ("KYIV (Reuters) - Russian forces shelled Kharkiv overnight, the General Staff said.", "mil:UKR"),
        (
            "KYIV (Reuters) - Russia launched 40 drones at the city overnight, the foreign ministry said.",
            "org:ukr-foreign-ministry",
        ),
        # a city where international bodies sit says nothing of whose ministry speaks
        ("BRUSSELS (Reuters) - Russia launched 40 drones overnight, the foreign ministry said.", None),
        # nothing says whose: no actor, and no country-less "org:defense-ministry" either
        ("Russian air defences have downed 40 drones, the Defense Ministry said.", None),
    ],
)
def test_a_bare_national_body_is_the_one_of_the_country_the_dateline_files_from(nlp, text, speaker):
    doc = nlp(text)
    assert [s for _, s in _speakers(doc)] == [speaker]
    assert not {a for a in _actor_ids(doc) if a in ("org:defense-ministry", "org:foreign-ministry")}


def test_a_bare_general_staff_is_the_general_staff_named_in_full_before(nlp):
    doc = nlp(
        "Ukraine's General Staff said the attacks had been repelled. The General "
        "Staff stressed that the enemy had lost two tanks."
    )
    assert _speakers(doc) == [
        ("Ukraine's General Staff", "mil:UKR"),
        ("The General Staff", "mil:UKR"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The new package holds Bradley Infantry Fighting Vehicles for the brigades.",
        "The package includes TOW missiles for the infantry.",
        "Berlin will send a Patriot Missile Defense System to Kyiv.",
        "The army asked for National Advanced Surface-to-Air Missile Systems.",
    ],
)
def test_a_weapon_named_in_capitals_is_equipment_not_an_organisation(nlp, text):
    doc = nlp(text)
    assert not {a for a in _actor_ids(doc) if a.startswith("org:")}


@pytest.mark.parametrize(
    ("text", "name", "actor"),
    [
        ("BAE Systems said it would build more guns.", "BAE Systems", "org:bae-systems"),
        (
            "Harbour Advanced Defense Systems said its drones were ready.",
            "Harbour Advanced Defense Systems",
            "org:harbour-advanced-defense-systems",
        ),
    ],
)
def test_arms_firms_stay_actors(nlp, text, name, actor):
    assert _mentions(nlp(text)).get(name) == actor


@pytest.mark.parametrize(
    ("text", "source", "speaker"),
    [
        (
            "Ukraine's deputy defence minister, Hanna Koval says the brigades keep moving south.",
            "Ukraine's deputy defence minister, Hanna Koval",
            "person:hanna-koval",
        ),
        (
            "Harbour Group of Forces Spokesperson Captain Ilya Marchuk says the troops held two villages.",
            "Harbour Group of Forces Spokesperson Captain Ilya Marchuk",
            "person:ilya-marchuk",
        ),
    ],
)
def test_a_person_ner_calls_an_organisation_is_a_person(nlp, text, source, speaker):
    doc = nlp(text)
    assert _speakers(doc) == [(source, speaker)]
    assert not {a for a in _actor_ids(doc) if a.startswith("org:")}


def test_a_surname_of_several_words_in_capitals_is_the_person_named_before(nlp):
    doc = nlp(
        "Commission President Ursula von der Leyen welcomed the deal. Von der Leyen noted that the "
        "member states had acted quickly."
    )
    assert _mentions(doc)["Von der Leyen"] == "person:ursula-von-der-leyen"
    assert "org:von-der-leyen" not in _actor_ids(doc)


def test_they_after_an_unnamed_plural_subject_is_not_the_actor_named_before(nlp):
    doc = nlp("Moscow said the Western countries had shown that they want a long war.")
    found = _mentions(doc)
    assert found["Moscow"] == "gov:RUS"
    assert "they" not in found


def test_they_after_officials_of_a_country_is_that_country(nlp):
    assert _mentions(nlp("Russian officials said they would respond."))["they"] == "gov:RUS"


def test_a_source_at_a_line_end_has_no_line_break_in_it(nlp):
    doc = nlp("The West cannot be trusted, says Lavrov\nThe Russian foreign minister spoke in Minsk.")
    assert _speakers(doc)[0] == ("Lavrov", "person:sergey-lavrov")


def test_a_title_above_a_long_file_caption_is_no_caption():
    """The line above a credit is its picture's caption ("Workers at the terminal" / "Photo: Jane Roe");
    a wire's long "FILE - ..." caption is no credit line, and the title above it stays text."""
    from newsledger.layout import FurnitureRules

    text = (
        "Harbour Gazette\n\nHarbourland announces new aid package for its navy\n\n"
        "FILE - Sailors of the 12th flotilla stand by a patrol boat in the port of Eastwick, Harbourland, "
        "July 14, 2022. (AP Photo/Jane Roe, File)\n\n"
        "The government of Harbourland said on Tuesday that it would spend more on its navy this year.\n"
    )
    marks = [(text[s:e], kind) for s, e, kind, _ in FurnitureRules.load(None).find(text)]
    assert not any(m.startswith("Harbourland announces") for m, _ in marks)
    assert any(m.startswith("FILE - Sailors") and kind == "caption" for m, kind in marks)


def test_a_capitalised_particle_does_not_cut_a_name(nlp):
    doc = nlp("Commission President Ursula Von der Leyen told reporters that more proof was needed.")
    assert _mentions(doc)["Ursula Von der Leyen"] == "person:ursula-von-der-leyen"
    assert "person:ursula-von" not in _actor_ids(doc)


def test_the_general_staff_far_back_is_not_the_nearest_army(nlp):
    """ "the General Staff" after many sentences about the other side's army is still the General Staff
    the article named in full (it had been the nearest army named: the Russian one)."""
    doc = nlp(
        "Ukraine's General Staff said the claims were false. The Russian army "
        "had shelled the plant. The Russian Defense Ministry blamed Kyiv. The Russian army fired again. "
        "The Russian army moved north. The General Staff stressed that it expected a reaction."
    )
    assert _speakers(doc)[-1] == ("The General Staff", "mil:UKR")


def test_a_department_of_justice_stays_a_body_of_its_own(nlp):
    doc = nlp("The Department of Justice said it would review the case.")
    assert _speakers(doc) == [("The Department of Justice", "org:department-of-justice")]


def _events(doc) -> list[tuple[str, str]]:
    return [(e.category, e.trigger.text) for e in doc._.events]


@pytest.mark.parametrize(
    ("text", "events"),
    [
        ("Moscow has demonstrated that it only wants a long war.", []),
        ("The grain corridor helped to ease a food crisis in Africa.", []),
        ("Washington eased sanctions on Minsk.", [("CONCEDE", "eased")]),
        ("Kyiv received a response from Budapest to its proposals.", []),
        ("Putin received Lukashenko in the Kremlin.", [("CONSULT", "received")]),
    ],
)
def test_verbs_with_a_figurative_object_make_no_event(nlp, text, events):
    assert _events(nlp(text)) == events


def test_suicide_bombers_are_people_not_weapons(nlp):
    doc = nlp("Taliban suicide bombers killed 20 soldiers in Kabul.")
    events = [(e.category, [p.actor_id for p in e.sources]) for e in doc._.events]
    assert events == [("ASSAULT", ["group:taliban"])]


def test_the_minister_beside_a_secretary_is_the_one_titled_minister(nlp):
    """Two people coordinated fit "the minister" loosely; only one is titled so (it had been no one)."""
    doc = nlp(
        "Harbourland's Foreign Minister Ana Kovac and Eastland's Foreign Secretary Tom Reed have discussed "
        'the plan.\n\n"I met with Tom Reed to discuss the plan," the minister said.'
    )
    assert _speakers(doc)[-1] == ("the minister", "person:ana-kovac")


def test_two_candidates_coordinated_still_leave_the_candidate_unresolved(nlp):
    doc = nlp("Senator Whitlow and Governor Ames are running. The candidate said it was close.")
    assert _speakers(doc) == [("The candidate", None)]


def test_a_titles_bare_officials_are_the_officials_the_lede_names(nlp):
    doc = nlp(
        "Officials: Washington to send rockets to Kyiv\n\n"
        "WASHINGTON (AP) — The U.S. will send more rockets to Ukraine, U.S. officials said Thursday."
    )
    assert _speakers(doc) == [("Officials", "gov:USA"), ("U.S. officials", "gov:USA")]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a state's one body by its noun: the dateline's, never an organisation of its own
        (
            "KYIV (Reuters) - The Armed Forces have pushed back the attack, the governor said.",
            {"The Armed Forces": "mil:UKR"},
        ),
        ("The Armed Forces had repelled 40 attacks overnight.", {}),
        # the one named in full before, past the other side's army named since
        (
            "The Armed Forces of Ukraine reported that the line held. Russian forces shelled the town. "
            "The Russian army advanced. The Armed Forces said the line still held.",
            {
                "Armed Forces of Ukraine": "mil:UKR",
                "Russian forces": "mil:RUS",
                "The Russian army": "mil:RUS",
                "The Armed Forces": "mil:UKR",
            },
        ),
        # what a body we cannot name says of itself is not the other side named before it
        (
            "Russian forces attacked the city. The air force said it downed 20 drones.",
            {"Russian forces": "mil:RUS"},
        ),
        (
            "Russia attacked. The Kremlin said it would respond.",
            {"Russia": "gov:RUS", "Kremlin": "gov:RUS", "it": "gov:RUS"},
        ),
    ],
)
def test_a_state_body_by_its_noun(nlp, text, found):
    assert _mentions(nlp(text)) == found


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Harbourland's secret service, the SBU, said the man was an agent.", "org:sbu"),
        ("The Ukrainian Security Service (SBU) said it detained an agent.", "org:sbu"),
        (
            "Russia's Investigative Committee said it had opened a murder case.",
            "org:rus-investigative-committee",
        ),
    ],
)
def test_a_state_body_named_in_apposition_or_by_another_name(nlp, text, speaker):
    assert [s for _, s in _speakers(nlp(text))] == [speaker]


def test_a_photographer_credited_to_upi_is_no_person(nlp):
    doc = nlp("A soldier walks near the river. Jane Roe/UPI\nThe army advanced on Monday, officials said.")
    assert "person:jane-roe-upi" not in _actor_ids(doc) and "person:jane-roe" not in _actor_ids(doc)


def test_a_rank_without_its_full_stop_is_no_part_of_the_name(nlp):
    doc = nlp(
        "The president dismissed Valerii Zaluzhnyi on Thursday. Mr Zelensky said Gen Zaluzhnyi could stay. "
        "Lt Gen Igor Kirillov was killed in Moscow."
    )
    assert _mentions(doc)["Zaluzhnyi"] == "person:valerii-zaluzhnyi"
    assert "person:igor-kirillov" in _actor_ids(doc) and "person:lt-gen-igor-kirillov" not in _actor_ids(doc)


def test_a_telegram_channel_of_its_own_name_is_not_the_outlet_named_before(nlp):
    doc = nlp(
        "Reuters reported the attack. Some bloggers confirmed the account. The Telegram channel Harbour-24 "
        "reported efforts to pull the vessel back to harbour."
    )
    assert _speakers(doc) == [("Reuters", "media:reuters"), ("The Telegram channel Harbour-24", None)]


def test_a_river_ner_calls_an_organisation_is_a_place(nlp):
    doc = nlp("Russia ordered its troops across the River Dnipro, the Gulf Cooperation Council said.")
    found = _mentions(doc)
    assert found.get("River Dnipro") is None and "org:river-dnipro" not in _actor_ids(doc)
    assert found["Gulf Cooperation Council"] == "org:gulf-cooperation-council"


def test_a_picture_credit_run_into_the_text_is_furniture():
    from newsledger.layout import FurnitureRules

    text = "The ship was hit on Monday, both sides said. Picture: Telegram/Jane Roe\n\nBy Kit Heren\n"
    marks = [(text[s:e], kind) for s, e, kind, _ in FurnitureRules.load(None).find(text)]
    assert ("Picture: Telegram/Jane Roe", "credit") in marks


def test_a_governor_of_a_region_named_without_a_comma(nlp):
    """NER ran the region on into the governor's name ("Eastwick Region Vyacheslav Petrenko" an ORG)."""
    doc = nlp(
        "The Governor of the Eastwick Region Vyacheslav Petrenko claims that the border villages were "
        "shelled again. The governor said one man was hurt."
    )
    assert [s for _, s in _speakers(doc)] == ["person:vyacheslav-petrenko"] * 2
    assert not {a for a in _actor_ids(doc) if a.startswith("org:")}


def test_a_section_label_before_a_colon_is_no_speaker_and_a_headquarters_no_person(nlp):
    doc = nlp(
        'Quote: "Harbourland keeps to the agreements reached on prisoner exchanges and hopes the other side '
        'does the same."\n\nDetails: The Coordination Headquarters stated that such claims were lies.\n'
    )
    assert _speakers(doc) == [("The Coordination Headquarters", None)]
    assert not {a for a in _actor_ids(doc) if a.startswith("person:")}


def test_the_occupiers_in_a_quotation_are_never_the_speakers_own_side(nlp):
    """ "The Defense Forces control the city. But the occupiers ...": the body named last in the quote is
    the speaker's side (it had become 'the occupiers', and its capture the Ukrainians')."""
    doc = nlp(
        'Russian troops shelled the town overnight.\n\nKYIV (Reuters) - "The Defense Forces control the '
        'city. But the occupiers do not give up their attempts to take the heights," spokesman Jan Nowak '
        "said."
    )
    found = _mentions(doc)
    assert found["The Defense Forces"] == "mil:UKR"
    assert found["the occupiers"] == "mil:RUS"


def test_places_and_holders_ner_runs_together(nlp):
    """A one-word "organisation" with a town's ending is a place; a name after the place a role is of, with
    no comma, is its holder; "Cardinal" is a title ("Patriarch" stays part of a name)."""
    doc = nlp("If Moscow takes the heights, it can shell Oleksandrivka, the analyst said.")
    assert not {a for a in _actor_ids(doc) if a.startswith("org:")}
    doc = nlp("The governor of Eastport Mikhail Petrenko said a missile was downed.")
    assert _mentions(doc)["Mikhail Petrenko"] == "person:mikhail-petrenko"
    assert not {a for a in _actor_ids(doc) if a.startswith("org:")}
    doc = nlp("Cardinal Jan Nowak met the bishops. Cardinal Nowak said the talks helped.")
    assert _mentions(doc)["Nowak"] == "person:jan-nowak"
    assert "person:cardinal-jan-nowak" not in _actor_ids(doc)


def test_a_republic_ner_calls_a_person_is_no_person(nlp):
    doc = nlp("The head of the Chechen Republic Ramzan Kadyrov announced that more units would go.")
    assert "person:chechen-republic" not in _actor_ids(doc)
    assert _mentions(doc).get("Ramzan Kadyrov") == "person:ramzan-kadyrov"


def test_an_aide_to_a_titled_president_is_not_the_president(nlp):
    doc = nlp("An aide to President Volodymyr Zelensky said Kyiv would not accept the offer.")
    assert _speakers(doc) == [("An aide to President Volodymyr Zelensky", "gov:UKR")]


def test_a_body_beside_a_country_stays_an_actor_and_loyal_forces_are_no_datelined_army(nlp):
    """PLOVER train read-back: the place-in-a-list rule had made MERCOSUR a place beside a country, and the
    dateline rule had given Cairo's army the forces loyal to a Libyan commander."""
    doc = nlp("Chile and MERCOSUR agreed to cut tariffs for each other.")
    assert [(e.category, [p.actor_id for p in e.targets]) for e in doc._.events] == [
        ("AGREE", ["org:mercosur"])
    ]
    doc = nlp("CAIRO -- Forces loyal to a Libyan commander on Sunday dismissed a ceasefire proposal.")
    assert "mil:EGY" not in _actor_ids(doc)
