"""Event rules of session 8, on sentences written for these tests."""

from __future__ import annotations

PUB = "2023-05-01"


def events(analysis, trigger: str) -> list[tuple]:
    return [
        (
            e.category,
            [p.actor_id for p in e.sources],
            [p.actor_id for p in e.targets],
            e.status,
        )
        for e in analysis.events
        if e.trigger.text == trigger
    ]


def test_a_conjoined_verb_shares_the_modal_of_the_first(analyze):
    a = analyze(
        "Russia could invade Georgia and occupy its capital.\n"
        "Washington will continue to complain and threaten Iran.\n"
        "Serbia did not invade Kosovo but blockaded its border.",
        published=PUB,
    )
    assert events(a, "occupy") == [("COERCE", ["gov:RUS"], [], "hypothetical")]
    assert events(a, "threaten") == [("THREATEN", ["gov:USA"], ["state:IRN"], "under way")]
    assert [s for *_, s in events(a, "blockaded")] == [None]


def test_an_act_called_ongoing_is_under_way_and_the_act_told_before(analyze):
    a = analyze(
        "No audit may hinder Moldova's defence against ongoing Russian aggression.\n"
        "Ethiopia's invasion of Eritrea began in spring.\n"
        "Farmers fled amid Ethiopia's ongoing invasion of Eritrea.",
        published=PUB,
    )
    assert events(a, "aggression") == [("ASSAULT", ["gov:RUS"], [], "under way")]
    assert len(events(a, "invasion")) == 1
