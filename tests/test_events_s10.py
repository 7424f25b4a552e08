"""Event rules of session 10, on sentences written for these tests."""

from __future__ import annotations

from test_events_s8 import PUB, events


def test_who_adopts_extends_or_introduces_sanctions_imposes_them(analyze):
    a = analyze(
        "The European Union adopted its ninth package of sanctions against Belarus on Friday.\n"
        "Canada extended its sanctions on Iran for a year.\n"
        "Britain introduced new sanctions on Syrian officials.",
        published=PUB,
    )
    assert events(a, "adopted its ninth package of sanctions") == [
        ("SANCTION", ["igo:eu"], ["state:BLR"], None)
    ]
    assert [(c, s, t) for c, s, t, _ in events(a, "sanctions")] == [
        ("SANCTION", ["gov:CAN"], ["state:IRN"]),
        ("SANCTION", ["gov:GBR"], ["gov:SYR"]),
    ]
