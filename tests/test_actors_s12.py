"""Actors of round s12 (main) on passages of our own."""

from __future__ import annotations

from newsledger.gazetteer import load_gazetteer


def test_the_military_bodies_are_named_for_their_forces_and_keep_the_ministry_names():
    """ "Russian troops have advanced" acts under mil:RUS; its name read "Russian Ministry of Defence"."""
    gaz = load_gazetteer()
    assert gaz.actors["mil:RUS"].name == "Russian military (Ministry of Defence)"
    assert gaz.actors["mil:USA"].name == "US military (Department of Defense)"
    for text, iso in [
        ("Russian Ministry of Defence", "RUS"),
        ("UK Ministry of Defence", "GBR"),
        ("Pentagon", "USA"),
    ]:
        assert any(e.ref == f"mil:{iso}" for e in gaz.phrases[text])
