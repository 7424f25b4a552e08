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
