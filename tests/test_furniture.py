"""Page furniture found on scraped war news (issue 11 §3): bylines, datelines, time stamps, shop ads,
embedded posts, legal notes and credits yield no statements, events or actors. Our own sentences."""

from __future__ import annotations

import pytest

from newsledger.layout import FurnitureRules, dateline_of

FURNITURE = FurnitureRules.load()


def marks(text: str) -> list[tuple[str, str]]:
    return [(kind, text[s:e]) for s, e, kind, _ in FURNITURE.find(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Talks Stall Again\n\nAuthored by Jane Roe via Example Institute,\n\nThe talks failed.",
            [("byline", "Authored by Jane Roe via Example Institute,")],
        ),
        ("By Jane Roe - On Monday the talks failed.", [("byline", "By Jane Roe -")]),
        ("Talks stall \n\n ODESSA – Over the last week, the port was shelled.", [("dateline", "ODESSA –")]),
        ("Talks Stall Published 24 mins ago \n\nThe talks failed.", [("dateline", "Published 24 mins ago")]),
        (
            "The war goes on today. "
            "The Long Road: A... Best Price: $12.50 Buy New $9.00 (as of 10:01 UTC - Details)",
            [("ad", "The Long Road: A... Best Price: $12.50 Buy New $9.00 (as of 10:01 UTC - Details)")],
        ),
        (
            "Farmers will block the border again from Monday. https://t.co/AbC123xyz\n\n"
            "— Example Signal (@examplesignal) March 4, 2031\n\nThe minister said nothing.",
            [
                ("teaser", "Farmers will block the border again from Monday. https://t.co/AbC123xyz"),
                ("teaser", "— Example Signal (@examplesignal) March 4, 2031"),
            ],
        ),
        (
            "The senator spoke. *Jane Roe is included on the list of terrorists and extremists in Russia.",
            [("footer", "*Jane Roe is included on the list of terrorists and extremists in Russia.")],
        ),
        (
            "A manager was found dead at his home Credit: Example Agency. The banker said more.",
            [("caption", "A manager was found dead at his home Credit: Example Agency.")],
        ),
        (
            "The talks failed, he said. The war goes on. Credit: Example Agency.",
            [("credit", "Credit: Example Agency.")],
        ),
        (
            "*Jane Roe is included on the list of terrorists in Russia.Take a look at Example's "
            "infographics to see what the war costs.\n\nThe talks failed.",
            [
                ("footer", "*Jane Roe is included on the list of terrorists in Russia."),
                ("teaser", "Take a look at Example's infographics to see what the war costs."),
            ],
        ),
        (
            "The minister said nothing.\n\n3 March 2031, 09:15 GMT\n\nThe talks failed.",
            [("related", "3 March 2031, 09:15 GMT")],
        ),
        (
            "The talks failed, an aide said. To get more updates from The Example Post sent right to your "
            "inbox, sign up for our free newsletters",
            [
                (
                    "share",
                    "To get more updates from The Example Post sent right to your inbox, sign up for our "
                    "free newsletters",
                )
            ],
        ),
    ],
)
def test_war_news_furniture_is_marked(text, expected):
    assert marks(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Written on the wall was a warning to the troops.",
        "By the end of May, the troops had left.",
        "The price was $12.50 per litre at the best of times.",
        "He posted 24 messages about the war.",
        "UPDATE - the talks have failed.",
        "The minister was published in the journal in May 2031.",
        "Extremists attacked the convoy, the ministry said.",
        "Take a look at the map: the front has not moved.",
        "On 3 March 2031, 09:15 GMT was the deadline the minister set.",
        "To get more shells to the front, the army asked for trucks.",
    ],
)
def test_ordinary_sentences_are_not_war_furniture(text):
    assert marks(text) == []


def test_a_placed_dateline_wins_over_an_earlier_time_stamp():
    text = "Published 3 hours ago\n\nKYIV, Ukraine (AP) — Ukraine said the talks failed."
    found = dateline_of(FURNITURE.find(text))
    assert found is not None and found["place"] == "KYIV, Ukraine" and found["agency"] == "AP"


def test_no_actor_or_statement_comes_from_a_byline_or_an_ad(nlp):
    text = (
        "Talks Stall Again\n\nAuthored by Jane Roe via Example Institute,\n\n"
        "The minister said the talks had failed. The Long Road: A... Best Price: $12.50 Buy New $9.00 "
        "(as of 10:01 UTC - Details)\n\nThe talks will resume, Ukraine's foreign ministry said."
    )
    doc = nlp(text)
    names = {a.id for a in doc._.actors}
    assert not any("roe" in n or "price" in n or "example" in n for n in names)
    assert [s.cue.text for s in doc._.statements] == ["said", "said"]


# -- comment threads, closing bios and name bylines (placed rules) ---------------------------------------
BODY = (
    "The ministry said the convoy had reached the port.\n\nThe mayor told reporters the road was open again."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # The headline printed twice, then a byline that is only a name.
            "Convoy Reaches Port\n\nConvoy Reaches Port\n\nMarta K. Ostrova\n\n" + BODY,
            [("byline", "Marta K. Ostrova")],
        ),
        (
            "Convoy reaches the port\n\nTobias van Dalen, senior researcher in maritime law at the "
            "University of Exampleton; shipping consultant.\n\n" + BODY,
            [
                (
                    "byline",
                    "Tobias van Dalen, senior researcher in maritime law at the University of Exampleton; "
                    "shipping consultant.",
                )
            ],
        ),
        (
            "Convoy reaches the port\n\n" + BODY + "\n\nThe port reopens on Friday.\n\n14 Comments\n\n"
            "Harold Penn said the mayor is wrong.\n\nLiese Amsel: agreed, he told us.",
            [
                (
                    "footer",
                    "14 Comments\n\nHarold Penn said the mayor is wrong.\n\nLiese Amsel: agreed, he told us.",
                )
            ],
        ),
        (
            "Convoy reaches the port\n\n" + BODY + "\n\nThe port reopens on Friday.\n\nComments (3)\n\n"
            "Great piece, says Tom Crane.",
            [("footer", "Comments (3)\n\nGreat piece, says Tom Crane.")],
        ),
        (
            "Convoy reaches the port\n\n" + BODY + "\n\nThe port reopens on Friday.\n\nLeave a Reply\n\n"
            "Your email address will not be published.",
            [("footer", "Leave a Reply\n\nYour email address will not be published.")],
        ),
        (
            "Convoy reaches the port\n\n" + BODY + "\n\nIrena Voss is a senior fellow at the Example "
            "Institute for Maritime Studies.\n\nFollow her on Twitter @irenavoss",
            [
                (
                    "footer",
                    "Irena Voss is a senior fellow at the Example Institute for Maritime Studies.\n\n"
                    "Follow her on Twitter @irenavoss",
                )
            ],
        ),
        (
            "Convoy reaches the port\n\n" + BODY + "\n\nAbout the author: a former harbour pilot who "
            "writes on shipping.\n\n© 2031 Example Review",
            [
                (
                    "footer",
                    "About the author: a former harbour pilot who writes on shipping.\n\n"
                    "© 2031 Example Review",
                ),
            ],
        ),
        (
            # A copyright line after the bio is not counted as the article's last line.
            "Convoy reaches the port\n\n" + BODY + "\n\nIrena Voss is an economist and the author of Tides."
            "\n\n© 2031 Example Review",
            [("footer", "Irena Voss is an economist and the author of Tides.\n\n© 2031 Example Review")],
        ),
        (
            "Convoy reaches the port\n\n" + BODY + "\n\nYou can follow him on X @harbourwatch",
            [("share", "You can follow him on X @harbourwatch")],
        ),
    ],
)
def test_comment_threads_bios_and_name_bylines_are_marked(text, expected):
    assert marks(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # A body sentence about a professor, mid-article.
        "Convoy reaches the port\n\nOskar Lind is a professor at Exampleton University who advised the "
        "navy.\n\n" + BODY + "\n\nThe port reopens on Friday.",
        "Convoy reaches the port\n\nPeter Gale is a former general who commanded the harbour guard.\n\n"
        + BODY,
        # A one-line body sentence right after the headline.
        "Convoy Reaches Port\n\nConvoy Reaches Port\n\nIt is over.\n\n" + BODY,
        "Convoy Reaches Port\n\nMarta Ostrova Has Won\n\n" + BODY,
        # A name and a role that is a body sentence (a finite verb).
        "Convoy reaches the port\n\nMarta Ostrova, the harbour's chief analyst, warned that the road "
        "was mined.\n\n" + BODY,
        # A name below the head of the text is no byline.
        "Convoy reaches the port\n\n" + BODY + "\n\nThe port reopens on Friday.\n\nMarta Ostrova\n\n" + BODY,
        # Comments inside a sentence, and a comment count beside the headline.
        "Convoy reaches the port\n\n" + BODY + "\n\nComments from the mayor were reported.\n\n"
        "The port reopens on Friday.",
        "Convoy reaches the port\n\n" + BODY + "\n\nThe mayor read 12 comments from drivers.",
        "Convoy reaches the port\n\n12 Comments\n\n" + BODY + "\n\nThe port reopens on Friday.",
    ],
)
def test_body_text_is_no_comment_thread_bio_or_byline(text):
    assert [k for k, _ in marks(text) if k in ("footer", "byline")] == []


def test_a_comment_count_beside_the_headline_leaves_the_article_alone():
    text = "Convoy reaches the port\n\n12 Comments\n\n" + BODY + "\n\nThe port reopens on Friday."
    assert marks(text) == []


def test_placed_rules_round_trip_and_are_checked(tmp_path):
    from newsledger.extract.layout import LayoutComponent

    saved = LayoutComponent(None, "layout")  # type: ignore[arg-type]
    saved.to_disk(tmp_path)
    loaded = LayoutComponent(None, "layout").from_disk(tmp_path)  # type: ignore[arg-type]
    assert loaded.rules is not None
    assert [(r.scope, r.head_lines, r.tail_lines, r.skip_lines) for r in loaded.rules.rules] == [
        (r.scope, r.head_lines, r.tail_lines, r.skip_lines) for r in FURNITURE.rules
    ]
    assert {r.scope for r in loaded.rules.rules} == {"line", "match", "rest"}
    text = "Convoy Reaches Port\n\nMarta K. Ostrova\n\n" + BODY + "\n\nLeave a comment\n\nTom Crane said so."
    assert loaded.rules.find(text)[0][:3] == FURNITURE.find(text)[0][:3]
    for bad in ({"scope": "everywhere"}, {"tail_lines": -1}, {"head_lines": "4"}):
        raw = {"rules": [{"kind": "footer", "scope": "line", "pattern": "x", **bad}]}
        with pytest.raises(ValueError):
            FurnitureRules.from_data(raw)


def test_no_actor_or_statement_comes_from_a_comment_thread_or_a_bio(nlp):
    text = (
        "Convoy reaches the port\n\nConvoy reaches the port\n\nMarta K. Ostrova\n\n"
        "The mayor of Odesa said the convoy had reached the port.\n\n"
        "Irena Voss is a senior fellow at the Example Institute for Maritime Studies.\n\n"
        "Follow her on Twitter @irenavoss\n\n"
        "7 Comments\n\nHarold Penn said the mayor was wrong about NATO."
    )
    found = FURNITURE.find(text)
    assert [k for _, _, k, _ in found] == ["byline", "footer"]
    doc = nlp(text)
    names = {a.id for a in doc._.actors}
    assert not any(n in a for a in names for n in ("ostrova", "voss", "penn", "nato", "example"))
    assert [s.cue.text for s in doc._.statements] == ["said"]


def test_a_caption_line_that_ends_in_its_bracketed_credit_is_a_caption_whole():
    text = (
        "The ferry left at dawn.\n\n"
        "A crane lifts a container in the harbour (Image: Harbour Press) Read More Related Articles\n\n"
        "Officials said the port would reopen."
    )
    assert marks(text) == [
        ("caption",
         "A crane lifts a container in the harbour (Image: Harbour Press) Read More Related Articles"),
    ]  # fmt: skip
    assert marks("Officials said the port (Photo: the port) would reopen on Monday after the storm.") == [
        ("credit", "(Photo: the port)")
    ]


def test_a_closing_contributed_reporting_line_is_a_byline():
    text = "The talks ended.\n\nMarta Nowak and Piet de Vries contributed reporting from Gdansk."
    assert marks(text) == [("byline", "Marta Nowak and Piet de Vries contributed reporting from Gdansk.")]
    assert marks("Officials said the agency contributed reporting tools to the inquiry last year.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Convoy reaches the port\n\nTrucks queue at the harbour gate on Monday. REUTERS/Ines Marlow\n\n"
            + BODY,
            [("caption", "Trucks queue at the harbour gate on Monday. REUTERS/Ines Marlow")],
        ),
        (
            "Convoy reaches the port\n\nA crane lifts a container in Exampleton. AP Photo/Ben Coil\n\n"
            + BODY,
            [("caption", "A crane lifts a container in Exampleton. AP Photo/Ben Coil")],
        ),
        (
            "Convoy reaches the port\n\nThe harbour master on the pier. Photo by Ada Reyes/Getty Images\n\n"
            + BODY,
            [("caption", "The harbour master on the pier. Photo by Ada Reyes/Getty Images")],
        ),
        (
            "Convoy reaches the port\n\nDockers at work in the northern basin © Sputnik / Ivo Sarkis\n\n"
            + BODY,
            [("caption", "Dockers at work in the northern basin © Sputnik / Ivo Sarkis")],
        ),
        (
            "Convoy reaches the port\n\nWATCH: the convoy arrives\n\n" + BODY,
            [("teaser", "WATCH: the convoy arrives")],
        ),
        (
            "Convoy reaches the port\n\n" + BODY + "\n\nMost read\n\nPort strike ends",
            [("related", "Most read\n\nPort strike ends")],  # the list under the heading too (v19)
        ),
        (
            "Convoy reaches the port\n\n" + BODY + "\n\nYou may also like:\n\nFerries resume",
            [("related", "You may also like:\n\nFerries resume")],
        ),
        (
            "Convoy reaches the port\n\n" + BODY + "\n\nYou can share this story on social media:",
            [("share", "You can share this story on social media:")],
        ),
        (
            "Convoy reaches the port\n\n" + BODY + "\n\nFollow Example Wire on Telegram for more.",
            [("share", "Follow Example Wire on Telegram for more.")],
        ),
        (
            "Convoy reaches the port\n\n" + BODY + "\n\nSupport independent journalism today.",
            [("share", "Support independent journalism today.")],
        ),
        (
            "Convoy reaches the port\n\n" + BODY + "\n\nThe statements, views and opinions expressed in this "
            "column are solely those of the author.",
            [
                (
                    "footer",
                    "The statements, views and opinions expressed in this column are solely those of "
                    "the author.",
                )
            ],
        ),
        (
            "Convoy reaches the port\n\n"
            + BODY
            + "\n\nThis article was originally published on Example Review.",
            [("footer", "This article was originally published on Example Review.")],
        ),
        (
            "Convoy reaches the port\n\n" + BODY + "\n\nThe port reopens on Friday.\n\n"
            "7 thoughts on “Convoy reaches the port”\n\nGreat news, the mayor said so.",
            [("footer", "7 thoughts on “Convoy reaches the port”\n\nGreat news, the mayor said so.")],
        ),
        (
            "Convoy reaches the port\n\n" + BODY + "\n\nThe port reopens on Friday.\n\nHarbourFan says:\n"
            "March 4, 2031 at 9:12 am\n\nThe minister lied, he told us.",
            [("footer", "HarbourFan says:\nMarch 4, 2031 at 9:12 am\n\nThe minister lied, he told us.")],
        ),
        (
            "Convoy reaches the port\n\n"
            + BODY
            + "\n\nThe port reopens on Friday.\n\nIrena Voss writes about "
            "shipping and sanctions for Example Review.",
            [("footer", "Irena Voss writes about shipping and sanctions for Example Review.")],
        ),
    ],
)
def test_captions_with_credits_section_teasers_prompts_notes_and_threads_are_marked(text, expected):
    assert marks(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Credits, prompts and notes named inside body sentences are no furniture.
        "Convoy reaches the port\n\nThe mayor said Reuters/Ipsos polls showed support for the port.\n\n"
        + BODY,
        "Convoy reaches the port\n\nMore than 40 trucks were waiting, the mayor said.\n\n" + BODY,
        "Convoy reaches the port\n\nWatch crews checked every container before noon.\n\n" + BODY,
        "Convoy reaches the port\n\n"
        + BODY
        + "\n\nThe minister said the views expressed by the mayor were wrong.",
        "Convoy reaches the port\n\n" + BODY + "\n\nShe urged people to donate blood and food.",
        "Convoy reaches the port\n\n"
        + BODY
        + "\n\nThe minister says: the port stays open.\n\nIt reopens on Friday.",
        # A name that writes, mid-article, is body text.
        "Convoy reaches the port\n\nIrena Voss writes for Example Review that the port is unsafe.\n\n"
        + BODY
        + "\n\nThe port reopens on Friday.\n\nThe mayor agreed.\n\nDrivers cheered.",
    ],
)
def test_body_text_naming_credits_prompts_or_notes_is_no_furniture(text):
    assert marks(text) == []
