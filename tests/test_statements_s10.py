"""Statement rules of session 10 (main), on sentences written for these tests."""

from __future__ import annotations

from spans import content_pieces


def test_a_label_disputing_the_report_is_not_part_of_what_was_said(analyze):
    a = analyze(
        "Tbilisi says Moscow jammed the radar, a claim Russia rejects.\n"
        "Baku said Armenian troops had mined the road, an accusation Yerevan denied."
    )
    got = {s.cue.text: content_pieces(s) for s in a.statements}
    # since s12 the label is the disputer's own statement, its content the claim noun's phrase
    assert got == {
        "says": ["Moscow jammed the radar"],
        "said": ["Armenian troops had mined the road"],
        "rejects": ["a claim"],
        "denied": ["an accusation"],
    }
