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
