"""Furniture rules of session 9: wire-service closing notes (beside test_furniture_s9). Our own lines."""

from __future__ import annotations

import pytest

from newsledger.layout import FurnitureRules

FURNITURE = FurnitureRules.load()


def marks(text: str) -> list[tuple[str, str]]:
    return [(kind, text[s:e]) for s, e, kind, _ in FURNITURE.find(text)]


@pytest.mark.parametrize(
    "line",
    [
        "Our Standards: The Thomson Reuters Trust Principles.",
        "Follow AP's coverage of the war in Ukraine at https://example.org/hub/war",
        "See all of AP’s coverage of the conflict",
    ],
)
def test_wire_service_closing_notes_are_footers(line):
    assert marks(f"The talks ended.\n\n{line}") == [("footer", line)]


@pytest.mark.parametrize(
    "line",
    [
        "Our standards of living have fallen, the mayor said.",
        "Analysts follow the ministry's coverage of the war closely.",
    ],
)
def test_body_text_about_standards_or_coverage_is_no_footer(line):
    assert marks(line) == []


def test_the_trust_principles_footer_makes_no_actor(analyze):
    a = analyze("Kyiv said the talks ended.\n\nOur Standards: The Thomson Reuters Trust Principles.\n")
    assert [x.id for x in a.actors] == ["gov:UKR"]


BODY = (
    "The ministry on Tuesday rejected a new grain plan put forward by a group of countries, its spokesman "
    "told reporters in the capital after a meeting of the security council."
)


def test_headline_lines_in_any_case_under_a_related_heading_are_related_links():
    links = "Minsk calls for more trains\n\nPort chief warns of long queues\n"
    text = f"Grain plan rejected\n\n{BODY}\n\nRelated news\n\n{links}"
    assert [(k, t) for k, t in marks(text) if k == "related"] == [
        ("related", "Minsk calls for more trains"),
        ("related", "Port chief warns of long queues"),
    ]


def test_a_sentence_under_a_related_heading_ends_the_links():
    text = f"Grain plan rejected\n\n{BODY}\n\nRelated news\n\nThe port reopened on Friday, officials said.\n"
    assert [k for k, _ in marks(text) if k == "related"] == []


def test_you_can_follow_an_outlet_on_a_platform_is_a_share_prompt():
    assert marks("You can follow Harbour Gazette on Telegram") == [
        ("share", "You can follow Harbour Gazette on Telegram")
    ]
    assert marks("You can follow the news closely on Telegram, she said.") == []
