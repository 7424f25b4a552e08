"""Event rules of session 9 (found with `eval plover-extract`), on sentences written for these tests."""

from __future__ import annotations

from test_events_s8 import PUB, events


def test_an_act_on_a_request_or_call_is_towards_who_made_it(analyze):
    a = analyze(
        "Chile rejected a call from Peru to close the border.\n"
        "The Bolivian court refused a request by Ecuador to extradite the banker.\n"
        "Kenya refused to accept a request from Uganda for more troops.",
        published=PUB,
    )
    assert events(a, "rejected") == [("REJECT", ["gov:CHL"], ["state:PER"], None)]
    assert [(c, s, t) for c, s, t, _ in events(a, "refused")] == [
        ("REJECT", ["gov:BOL"], ["state:ECU"]),
        ("REJECT", ["gov:KEN"], ["state:UGA"]),
    ]
