"""Event precision rules of session 8b, on sentences written for these tests."""

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


def test_an_act_named_only_as_a_capacity_is_no_event(analyze):
    a = analyze(
        "The new radars improve Moldova's ability to repel Russian raids.\n"
        "Georgia doubts its capacity to block and punish Russian incursions.\n"
        "Pristina cited the danger of a Serbian attack on Kosovo.",
        published=PUB,
    )
    assert events(a, "repel") == []
    assert events(a, "block") == []
    assert events(a, "punish") == []
    assert events(a, "attack") == [("ASSAULT", ["gov:SRB"], ["state:XKX"], "hypothetical")]
