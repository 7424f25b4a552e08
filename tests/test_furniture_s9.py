"""Page furniture known by its shape, whatever the site's wording (session 9): related-article blocks,
tag rows, time-stamp lines and outlet tails. Our own sentences; body sentences of the same words stay
unmarked."""

from __future__ import annotations

from newsledger.layout import FurnitureRules

FURNITURE = FurnitureRules.load()

BODY = (
    "Artillery hit the river port of Velyka Dolyna on Tuesday night, damaging two grain terminals and a "
    "warehouse, the regional governor said in a statement on Wednesday morning."
)


def marks(text: str) -> list[tuple[str, str]]:
    return [(kind, text[s:e]) for s, e, kind, _ in FURNITURE.find(text)]


def test_a_run_of_title_case_headlines_after_the_body_is_a_related_block():
    text = (
        f"Port Hit Again\n\n{BODY}\n\nGrain Talks Stall as Harbour Fires Spread\n\n"
        "Why the River Ports Matter for Europe\n\nNew Convoy Reaches the Eastern Front\n"
    )
    assert marks(text) == [
        ("related", "Grain Talks Stall as Harbour Fires Spread"),
        ("related", "Why the River Ports Matter for Europe"),
        ("related", "New Convoy Reaches the Eastern Front"),
    ]


def test_one_heading_numbered_items_and_sentence_case_lines_are_no_related_block():
    text = (
        f"Port Hit Again\n\n{BODY}\n\nWhat We Know So Far\n\n{BODY}\n\n1. Olena Marchuk (Last week: 2.)\n\n"
        "2. Petro Savchuk (1.)\n\n-Petro Savchuk leads over Olena Marchuk in the region. [Poll]\n\n"
        "-Olena Marchuk gains ground in the south. [Survey]\n"
    )
    assert marks(text) == []


def test_a_headline_at_the_top_is_never_a_related_block():
    text = f"Grain Talks Stall as Harbour Fires Spread\n\nWhy the River Ports Matter for Europe\n\n{BODY}\n"
    assert marks(text) == []


def test_a_line_of_only_a_time_stamp_is_a_dateline():
    text = f"Port Hit Again\n\nUpdated 10:32 AM EST, Mon March 4, 2031\n\n{BODY}\n\n04.03.2031 10:32\n"
    assert marks(text) == [
        ("dateline", "Updated 10:32 AM EST, Mon March 4, 2031"),
        ("dateline", "04.03.2031 10:32"),
    ]


def test_a_sentence_with_a_date_or_a_number_of_days_is_no_time_stamp():
    text = f"Port Hit Again\n\n{BODY}\n\nThe siege lasted 100 days.\n\nOn March 4, 2031 the port reopened.\n"
    assert marks(text) == []


def test_a_row_of_tags_and_a_breadcrumb_are_related_links():
    text = f"World | Europe | Ukraine\n\nThe port is hit\n\n{BODY}\n\nUkraine, Grain, Black Sea, Ports\n"
    assert marks(text) == [
        ("related", "World | Europe | Ukraine"),
        ("related", "Ukraine, Grain, Black Sea, Ports"),
    ]


def test_a_headline_listing_names_is_no_tag_row():
    text = f"Kyiv To 'Match' Moscow, Minsk, Nuclear Threats: Official\n\n{BODY}\n"
    assert marks(text) == []


def test_an_outlets_name_after_a_pipe_is_furniture():
    text = (
        f"Governor says the port will reopen | Harbour Gazette\n\n{BODY}\n\n"
        "Grain exports fall for a third month | Harbour Gazette\n"
    )
    assert marks(text) == [
        ("related", "| Harbour Gazette"),
        ("related", "Grain exports fall for a third month | Harbour Gazette"),
    ]


def test_more_page_formats_are_furniture():
    cases = [
        (
            "HARBORTON, N.H. (AP) — The mayor said the port would reopen.",
            "dateline",
            "HARBORTON, N.H. (AP) —",
        ),
        ("LAKEWOOD, Ill. — The mayor said the port would reopen.", "dateline", "LAKEWOOD, Ill. —"),
        ("Follow Jane Roe On Twitter @janeroe.", "share", "Follow Jane Roe On Twitter @janeroe."),
        ("The port reopened today. SIGN UP FOR OUR NEWSLETTER", "share", "SIGN UP FOR OUR NEWSLETTER"),
        ("(h/t Harbour Gazette.)", "credit", "(h/t Harbour Gazette.)"),
        ("AP Photo/Jane Roe", "credit", "AP Photo/Jane Roe"),
        (
            "Image caption, Workers at the grain terminal",
            "caption",
            "Image caption, Workers at the grain terminal",
        ),
        ("Image source, Example Pictures", "credit", "Image source, Example Pictures"),
        ("By Jane Roe | Harbour Gazette", "byline", "By Jane Roe | Harbour Gazette"),
        ("Recommended", "teaser", "Recommended"),
    ]
    for line, kind, marked in cases:
        text = f"The port is hit\n\n{BODY}\n\n{line}\n\n{BODY}\n"
        assert (kind, marked) in marks(text), line


def test_sentences_like_those_formats_stay_unmarked():
    text = (
        f"The port is hit\n\n{BODY}\n\nThe mayor said he would follow the debate on Twitter.\n\n"
        "She will sign up for the training course next week, the ministry said.\n\n"
        "By Monday, the convoy had reached the port.\n"
    )
    assert marks(text) == []


def test_a_caption_above_a_credit_line_is_a_caption():
    caption = "Workers clear rubble at the grain terminal\n\nPhoto: Jane Roe/Example"
    text = f"The port is hit\n\n{BODY}\n\n{caption}\n\n{BODY}\n"
    assert marks(text) == [
        ("caption", "Workers clear rubble at the grain terminal"),
        ("caption", "Photo: Jane Roe/Example"),
    ]


def test_a_paragraph_above_a_credit_line_stays_unmarked():
    above = "Workers cleared rubble at the terminal, he said.\n\nGetty Images"
    text = f"The port is hit\n\n{BODY}\n\n{above}\n\n{BODY}\n"
    assert marks(text) == [("credit", "Getty Images")]


def test_wire_and_broadcaster_datelines_and_widget_lines_are_furniture():
    cases = [
        (
            "MOSCOW, March 4. /TASS/. The ministry said the drones were downed.",
            "dateline",
            "MOSCOW, March 4. /TASS/.",
        ),
        ("Harborton (AFP) – The mayor said the port would reopen.", "dateline", "Harborton (AFP) –"),
        ("(CNN) — The mayor said the port would reopen.", "dateline", "(CNN) —"),
        ("Follow our coverage of the war at https://example.org/hub", "share", None),
        ("Source: Harbour Statistics Office.", "credit", None),
        ("Listen to this article", "ad", None),
        ("This video can not be played", "ad", None),
    ]
    for line, kind, marked in cases:
        text = f"The port is hit\n\n{BODY}\n\n{line}\n\n{BODY}\n"
        assert (kind, marked or line) in marks(text), line


def test_a_sentence_naming_a_source_or_a_link_stays_unmarked():
    text = (
        f"The port is hit\n\n{BODY}\n\nThe source of the figures was the port authority, the mayor said.\n\n"
        "The report is online at https://example.org/report, the ministry said.\n"
    )
    assert marks(text) == []


def test_a_bare_link_line_and_a_name_with_its_outlet_under_the_headline_are_furniture():
    text = f"The port is hit\n\nJane Roe, Harbour Gazette\n\n{BODY}\n\nhttps://example.org/news/port-story\n"
    assert marks(text) == [
        ("byline", "Jane Roe, Harbour Gazette"),
        ("related", "https://example.org/news/port-story"),
    ]


def test_a_name_with_an_apposition_under_the_headline_is_no_byline():
    text = f"The port is hit\n\nOlena Marchuk, the governor, spoke on Monday.\n\n{BODY}\n"
    assert marks(text) == []


def test_a_long_follow_prompt_with_no_break_spaces_is_a_share_prompt():
    line = "Follow Harbour\xa0Gazette reporter and\xa0School founder Jane Roe on Twitter at\xa0@janeroe."
    other = "Follow the money, she said, on Twitter and elsewhere."
    text = f"The port is hit\n\n{BODY}\n\n{line}\n\n{BODY}\n\n{other}\n"
    assert marks(text) == [("share", line)]
