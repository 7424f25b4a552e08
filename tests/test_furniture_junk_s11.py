"""Page furniture of outlets the dev pages do not show (session 11): state outlets' follow prompts and
editor rows, Indian and Gulf wire datelines, a Turkish wire's author row, consent and cookie banners,
sharing widgets, sponsored-link blocks, bare related-links headings with topic lists under them, agency
photo credits closing a caption, a lone capitals dateline and a closing signature. Our own pages and
sentences; body sentences of the same words stay unmarked, and nothing in furniture yields an actor,
statement or event."""

from __future__ import annotations

from newsledger.layout import FurnitureRules

FURNITURE = FurnitureRules.load()

TITLE = "Marova Says Two Drones Downed Near Border"
BODY = (
    "The defence ministry of Marova said on Thursday that two cargo drones had crossed the northern "
    "border overnight and were brought down over farmland, and that nobody was hurt."
)
BODY2 = (
    "Foreign Minister Edda Varkonyi told reporters in Vienna that her government would ask the "
    "council to meet again next week to discuss the shelling of the river port."
)


def marks(text: str) -> list[tuple[str, str]]:
    return [(kind, text[s:e]) for s, e, kind, _ in FURNITURE.find(text)]


def page(*lines: str) -> str:
    """A page: the title, the first body paragraph, the furniture lines, the second paragraph."""
    return "\n\n".join([TITLE, BODY, *lines, BODY2]) + "\n"


def assert_whole_lines(lines: list[str], kind: str) -> None:
    for line in lines:
        assert marks(page(line)) == [(kind, line)], line


def test_an_outlets_follow_prompt_of_another_shape_is_a_share_prompt():
    assert_whole_lines(
        [
            "TASS is on Telegram. Subscribe!",
            "Steppe Wire is on Telegram and X. Subscribe!",
            "We're now on WhatsApp. Tap here to join the channel.",
            "If you liked this story, share it with a friend!",
            "Join our WhatsApp channel for breaking updates",
            "Stay updated with the day's news - click here to follow us on Instagram",
            "Get the morning's top stories straight to your inbox",
            "Subscribe",
            "Catch all the latest world news and updates on the Harbour Gazette.",
            "Support HG or become our patron!",
            "Download The Harbour Gazette App for daily alerts.",
        ],
        "share",
    )


def test_body_lines_about_telegram_or_subscriptions_stay_unmarked():
    for line in (
        "Varkonyi is on Telegram every night, posting maps of the front to her followers.",
        "The channel said readers who subscribe would get the ministry's briefings first.",
        "Stay calm, the mayor told residents, and follow the instructions of the rescue teams.",
    ):
        assert marks(page(line)) == [], line


def test_sharing_and_player_widgets_alone_on_a_line_are_share_prompts():
    assert_whole_lines(
        ["Share", "Copy link", "Reuse this content", "Video Player Close", "Listen to article", "4 min read"],
        "share",
    )


def test_cookie_consent_and_house_notes_are_footers():
    assert_whole_lines(
        [
            "We use cookies to give you a better experience; by browsing on you accept them.",
            "Accept all cookies",
            "Manage preferences",
            "By signing up, you agree to our terms and privacy notice.",
            "We use your sign-up to send you the stories you asked for.",
            "If you have spotted a typo, highlight it and press Ctrl+Enter.",
            "When citing our reports online, a hyperlink to the outlet in the first paragraph is required.",
            "The Steppe Wire website contains only part of the stories sent to its subscribers.",
            "(This story has not been edited by our desk and comes from a syndicated feed.)",
            "(With inputs from agencies)",
            "Disclaimer: This report was carried from a wire feed without changes.",
            "Editor's note: The views in this column are the writer's own.",
            "Dear reader, comments are closed for this story.",
        ],
        "footer",
    )


def test_a_sponsored_links_block_heading_is_an_ad():
    assert_whole_lines(["Sponsored Links", "Recommended by", "by Taboola", "Promoted Content"], "ad")


def test_a_bare_related_heading_marks_the_headlines_and_topics_under_it():
    text = (
        f"{TITLE}\n\n{BODY}\n\nRead also\n\nVarkonyi's deputy to fly to Ankara for grain talks\n\n"
        f"Drone parts found near a rail depot in the north\n\n{BODY2}\n\nExplore more on these topics\n\n"
        "Marova\n\nBlack Sea\n\nEurope\n"
    )
    assert marks(text) == [
        ("teaser", "Read also"),
        ("related", "Varkonyi's deputy to fly to Ankara for grain talks"),
        ("related", "Drone parts found near a rail depot in the north"),
        ("teaser", "Explore more on these topics"),
        ("related", "Marova"),
        ("related", "Black Sea"),
        ("related", "Europe"),
    ]
    for heading in ("Also Read", "See also", "Also on Steppewire", "Most viewed", "Trending Topics"):
        assert marks(page(heading)) == [("teaser", heading)], heading


def test_indian_and_gulf_wire_datelines_are_marked_up_to_the_first_word():
    cases = [
        ("New Delhi [India], March 14 (ANI): ", "New Delhi [India], March 14 (ANI):"),
        ("Vienna, Mar 14 (PTI) ", "Vienna, Mar 14 (PTI)"),
        ("ABU DHABI, 14th March, 2024 (WAM) -- ", "ABU DHABI, 14th March, 2024 (WAM) --"),
        ("KUWAIT, March 14 (KUNA) -- ", "KUWAIT, March 14 (KUNA) --"),
    ]
    for opening, mark in cases:
        text = f"{TITLE}\n\n{opening}{BODY}\n"
        assert marks(text) == [("dateline", mark)], opening
    text = f"{TITLE}\n\nVienna, in March, the minister (Varkonyi) said the talks would go on.\n"
    assert marks(text) == []


def test_a_wire_author_and_stamp_row_and_an_editor_row_are_marked():
    row = "Lale Ozkan   |14.03.2024 - Update : 14.03.2024"
    assert marks(f"{TITLE}\n\n{row}\n\n{BODY}\n") == [("byline", row)]
    row = "Source: Xinhua | 2024-03-14 18:22:05 | Editor: Wen Hao"
    assert marks(f"{TITLE}\n\n{row}\n\n{BODY}\n") == [("credit", row)]
    row = "Editor: Kim Ode | Source: Steppe Wire"
    assert marks(f"{TITLE}\n\n{row}\n\n{BODY}\n") == [("credit", row)]


def test_a_caption_closed_by_an_agencys_bracketed_credit_is_a_caption_line():
    assert_whole_lines(
        [
            "Rescuers search a damaged warehouse in the river port on Wednesday. (AP Photo/Ola Berg, File)",
            "A photo taken on March 13 shows the burnt terminal. (Xinhua/Wen Hao)",
            "Firefighters at work near the depot (Ola Berg/Getty Images)",
        ],
        "caption",
    )
    body = "The ministry (which runs the depot) said the fire was out by noon on Wednesday."
    assert marks(page(body)) == []


def test_a_lone_capitals_place_under_the_headline_is_a_dateline():
    for place in ("ANKARA", "VIENNA, Austria"):
        text = f"{TITLE}\n\n{place}\n\n{BODY}\n"
        assert marks(text) == [("dateline", place)], place
    # Further down, a line in capitals is no dateline.
    more = "\n\n".join(f"Paragraph {n} of the report goes on about the talks." for n in range(4))
    text = f"{TITLE}\n\n{BODY}\n\n{more}\n\nANKARA\n\n{BODY2}\n"
    assert ("dateline", "ANKARA") not in marks(text)


def test_a_lower_case_byline_and_a_closing_signature_are_bylines():
    text = f"{TITLE}\n\nby Ilse Marten\n\n{BODY}\n"
    assert marks(text) == [("byline", "by Ilse Marten")]
    sig = "Ilse Marten, Harbour Gazette correspondent"
    text = f"{TITLE}\n\n{BODY}\n\n{BODY2}\n\n{sig}\n"
    assert marks(text) == [("byline", sig)]
    text = f"{TITLE}\n\n{BODY}\n\n{BODY2}\n\nIlse Marten, the correspondent, said the talks had failed.\n"
    assert marks(text) == []


def test_a_time_stamp_with_an_age_is_a_dateline():
    line = "March 14, 2024 4:45 PM GMT Updated 2 hours ago"
    assert marks(page(line)) == [("dateline", line)]
    line = "Thu 14 Mar 2024 12.45 GMT, updated 35 mins ago"
    assert ("dateline", line) in marks(page(line))
    # An age alone, a listicle's figure, is no time stamp.
    for line in ("90 days.", "Three days"):
        assert marks(page(line)) == [], line


def test_nothing_in_the_new_furniture_yields_an_actor_a_statement_or_an_event(analyze):
    text = (
        f"{TITLE}\n\nANKARA\n\n{BODY}\n\n"
        "Tomas Riedl is on Telegram. Subscribe!\n\n"
        "Rescuers say Marova shelled the port of Tulcea. (AP Photo/Ola Berg)\n\n"
        "Editor's note: President Ivo Sander said Marova would attack Vienna.\n\n"
        "Read also\n\nSander accuses Marova of shelling the port\n\n"
        "(With inputs from Edda Varkonyi of Marova's foreign ministry)\n"
    )
    result = analyze(text)
    body_end = text.index(BODY) + len(BODY)
    assert all(s.cue.start < body_end for s in result.statements)
    assert all(e.trigger.start < body_end for e in result.events)
    assert not {a.id for a in result.actors} & {"person:tomas-riedl", "person:ivo-sander", "person:ola-berg"}


def test_a_comment_thread_opened_by_a_moderation_or_sign_in_line_runs_to_the_end():
    thread = "Olek_77, Gdansk, 3 hours ago\n\nVarkonyi is lying, everyone in Vienna knows it.\n\nReply\n"
    for opener in (
        "Share or comment on this story:",
        "The comments below have not been moderated.",
        "Sign in or register to join the discussion",
        "You must be logged in to post a comment.",
        "What do you think? Tell us in the comments below.",
        "Be the first to comment",
    ):
        text = f"{TITLE}\n\n{BODY}\n\n{BODY2}\n\n{opener}\n\n{thread}"
        found = marks(text)
        assert found == [("footer", text[text.index(opener) :].rstrip())], opener
    line = "The ministry would not comment, and officials declined to sign in."
    body = f"{TITLE}\n\n{BODY}\n\n{BODY2}\n\n{line}\n"
    assert marks(body) == []


def test_photo_credits_of_platforms_pools_and_spaced_slashes_are_credits():
    assert_whole_lines(
        [
            "Ola Berg / Reuters.",
            "Facebook/Ola Berg.",
            "Ola Berg/LinkedIn.",
            "YouTube.",
            "ASSOCIATED PRESS.",
            "Handout/Reuters.",
            "POOL New/Reuters.",
            "(Harbour Party/Nordic Risk.)",
        ],
        "credit",
    )
    for line in (
        "He posted the clip on Facebook/Telegram.",
        "Facebook/Twitter users said the strike hit a school.",
    ):
        assert marks(page(line)) == [], line


def test_a_bracketed_credit_of_two_names_closing_a_caption_is_a_credit():
    for caption in (
        "“Vote no to the port tax” (campaign poster, 2019). (Harbour Party/Nordic Risk.)",
        "A banner outside the council in 2021 (Port Union / Gazette Archive)",
    ):
        credit = caption[caption.rindex("(") :]
        assert ("credit", credit) in marks(page(caption)), caption
    body = "The council (which the Harbour Party/Green Alliance coalition runs) voted on Tuesday."
    assert marks(page(body)) == []


def test_a_section_heading_closed_with_a_full_stop_is_a_teaser():
    assert_whole_lines(["TOP STORIES.", "BEFORE YOU GO.", "Before You Go"], "teaser")


def test_nothing_in_a_credit_line_yields_an_actor(analyze):
    more = (
        "Rescuers worked through the night at the depot, and the fire was out by the morning, officials said."
    )
    text = "\n\n".join(
        [
            TITLE,
            BODY,
            "Ola Berg / Reuters.",
            BODY2,
            "Facebook/Tomas Riedl.",
            more,
            "(Harbour Party/Nordic Risk.)",
        ]
    )
    ids = {a.id for a in analyze(text).actors}
    assert not ids & {"media:reuters", "person:ola-berg", "person:tomas-riedl", "org:harbour-party"}


def test_a_long_bracketed_closing_credit_and_a_dateline_without_a_place_are_marked():
    credit = (
        "(Additional reporting by Ola Berg and Tomas Riedl in Vienna, Ilse Marten and Kim Ode in Ankara "
        "and Petro Halyk in Odesa, Ukraine; Writing by Mira Holm; Editing by Dale Corbin, Hana Kovac and "
        "Lale Ozkan.)"
    )
    assert len(credit) > 200
    text = f"{TITLE}\n\n{BODY}\n\n{BODY2}\n\n{credit}\n"
    assert marks(text) == [("byline", credit)]
    for opening in ("Aug 27 (Reuters) - ", "March 3, 2024 (AP) — "):
        text = f"{TITLE}\n\n{opening}{BODY}\n"
        assert marks(text) == [("dateline", opening.strip())], opening


def test_nothing_in_a_long_closing_credit_yields_an_actor(analyze):
    credit = (
        "(Additional reporting by Ola Berg and Tomas Riedl in Vienna, Ilse Marten and Kim Ode in Ankara "
        "and Petro Halyk in Odesa, Ukraine; Writing by Mira Holm; Editing by Dale Corbin, Hana Kovac and "
        "Lale Ozkan.)"
    )
    text = f"{TITLE}\n\nAug 27 (Reuters) - {BODY}\n\n{BODY2}\n\n{credit}\n"
    ids = {a.id for a in analyze(text).actors}
    assert not {i for i in ids if i.startswith("person:")} - {"person:edda-varkonyi", "person:marova"}
    assert "media:reuters" not in ids


def test_a_breadcrumb_a_tags_heading_live_page_widgets_and_a_live_byline_are_marked():
    for line, kind in (
        ("Home / World / Europe", "related"),
        ("Home > News > Black Sea", "related"),
        ("Tags", "teaser"),
        ("Show key events only", "ad"),
        ("Please turn on JavaScript to use this feature", "ad"),
        ("close panel", "ad"),
        ("Share page", "ad"),
        ("Live reporting by Ilse Marten", "byline"),
        ("Edited by Tomas Riedl and Kim Ode", "byline"),
    ):
        assert marks(page(line)) == [(kind, line)], line
    body = "Home to some 40,000 people, the port lost power again on Sunday night, officials said."
    assert marks(page(body)) == []


def test_topics_under_a_topics_heading_are_related_links_in_any_case():
    more = "Grain ships waited off the coast for a second day, the port authority said on Friday."
    topics = "Related Topics\n\nMarova-Vesterby war\n\nEdda Varkonyi\n\nBlack Sea"
    text = f"{TITLE}\n\n{BODY}\n\n{BODY2}\n\n{more}\n\n{topics}\n"
    assert marks(text) == [
        ("related", "Related Topics"),
        ("related", "Marova-Vesterby war"),
        ("related", "Edda Varkonyi"),
        ("related", "Black Sea"),
    ]


def test_sign_up_reading_list_tip_and_support_prompts_of_other_outlets_are_marked():
    assert_whole_lines(
        [
            "Sign up to our free Morning Harbour email for the day's news.",
            "Sign up for the Gazette’s Weekend Digest newsletter.",
            "Sign up here.",
            "Save articles to read later and build your own reading list.",
            "Get Latest World News along with Top Headlines from the region",
            "We keep you informed. Your support keeps us going.",
        ],
        "share",
    )
    assert_whole_lines(
        [
            "If you see an error, highlight the words and press Ctrl + Enter to tell our editors.",
            "Do you have a tip on a story from the front that we should cover? Write to desk@example.org.",
        ],
        "footer",
    )
    for line in (
        "Soldiers had to sign up for the new brigade by March, the ministry said.",
        "Do you have any idea what they did, she asked the general.",
        "We keep our promises, the minister told the council.",
    ):
        assert marks(page(line)) == [], line


# -- junk actors (session 11): words of non-gold pages taken for actors --------------------------------


def _ids(nlp, text: str) -> set[str]:
    return {a.id for a in nlp(text)._.actors}


def test_a_security_dialogue_is_a_meeting_not_a_body(nlp):
    text = (
        "SINGAPORE — Defence Minister Ilse Marten told the Shangri-La Dialogue on Saturday that her "
        "navy would keep sailing through the strait, and her deputy later addressed the Raisina Dialogue."
    )
    ids = _ids(nlp, text)
    assert "person:ilse-marten" in ids
    assert not any("dialogue" in i for i in ids)


def test_one_member_of_a_people_named_by_its_own_noun_is_no_actor(nlp):
    text = (
        "ZAPORIZHZHIA — A Briton and a Frenchman who had volunteered as medics were detained at a "
        "checkpoint, the regional governor Oleh Brant said on Monday."
    )
    assert _ids(nlp, text) == {"person:oleh-brant"}
    text = "The mayor, a proud Latina, thanked the Dutchman who had run the shelter since spring."
    assert not any(i.startswith("org:") for i in _ids(nlp, text))


def test_a_name_a_place_noun_introduces_or_a_place_word_ends_is_a_place(nlp):
    text = (
        "DONETSK REGION — Shelling hit the eastern town of Kalynove and the village of Staromlynivka "
        "overnight, the army's spokesman Petro Halyk said."
    )
    ids = _ids(nlp, text)
    assert "person:petro-halyk" in ids
    assert not any("staromlynivka" in i or "kalynove" in i for i in ids)
    text = "Flags hung over every avenue of Ho Chi Minh City while the couple settled in the city of Angers."
    assert _ids(nlp, text) == set()


def test_a_possessive_written_with_an_opening_quote_mark_makes_no_second_person(nlp):
    text = (
        "On Wednesday Senator Dale Corbin brushed aside Donald Trump‘s criticism of the court ruling. "
        "Defence Minister Hana Kovac said the brigade would stay, and critics attacked Hana Kovac‘s plan."
    )
    assert _ids(nlp, text) == {"person:dale-corbin", "person:donald-trump", "person:hana-kovac"}
    text = (
        "The Harbour Workers Union‘s leader Mira Holm said the Harbour Workers Union would strike. "
        "The Dock Owners Guild said it would not talk, and the Dock Owners Guild‘ lawyers agreed."
    )
    orgs = {i for i in _ids(nlp, text) if i.startswith("org:")}
    assert orgs == {"org:harbour-workers-union", "org:dock-owners-guild"}


def test_capitol_hill_and_the_oval_office_are_places(nlp):
    text = (
        "WASHINGTON — Lawmakers on Capitol Hill spent the week arguing over a new aid package, and "
        "Senator Dale Corbin said it would pass before the president leaves the Oval Office."
    )
    assert _ids(nlp, text) == {"person:dale-corbin"}
    text = "Aid for Kyiv stalled on Capitol Hill again, Representative Mira Holm said."
    assert not any(i.startswith("org:") for i in _ids(nlp, text))
