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
