"""Headline lines 'Name: claim' (issue 11 §3): a possessive topic is no speaker. Our own sentences."""

from __future__ import annotations

from newsledger.extract.statements import rule_statements


def _headlines(nlp, text: str) -> list[tuple[str, str]]:
    return [(s.source.text, s.content[0].text) for s in rule_statements(nlp(text)) if s.kind == "headline"]


BODY = "\n\nThe minister spoke in Kyiv on Monday about the talks with the allies.\n"


def test_a_possessive_topic_before_a_colon_is_no_speaker(nlp):
    text = "Ukraine's Harvest: What the War is Costing the Farmers" + BODY
    assert _headlines(nlp, text) == []


def test_a_possessive_before_a_person_is_a_speaker(nlp):
    text = "Russia's Sergei Lavrov: the sanctions will not change our course" + BODY
    assert _headlines(nlp, text) == [("Russia's Sergei Lavrov", "the sanctions will not change our course")]
