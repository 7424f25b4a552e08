"""Event precision rules of session 8b, on sentences written for these tests."""

from __future__ import annotations

from test_events_s8 import PUB, events


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


def test_a_past_act_told_as_contrary_to_fact_is_no_event(analyze):
    a = analyze(
        "If Minsk had sent its troops to Kyiv, Warsaw would have closed the border.\n"
        "Serbia would have invaded Kosovo and seized Pristina.\n"
        "If the Kremlin had not invaded Georgia, Tbilisi would not have asked NATO for help.",
        published=PUB,
    )
    assert events(a, "sent") == []
    assert events(a, "invaded") == [("ASSAULT", ["gov:RUS"], ["state:GEO"], None)]
    assert events(a, "seized") == []
    assert events(a, "asked") == [("REQUEST", ["gov:GEO"], ["igo:nato"], "hypothetical")]


def test_a_gerund_left_undone_or_prevented_is_no_event(analyze):
    a = analyze(
        "Belarus shelled Lithuanian posts without sending troops across the border.\n"
        "Latvian mines kept Russian columns from advancing and shelling Riga.\n"
        "Serbia attacked Kosovo posts after sending troops to the border.",
        published=PUB,
    )
    # the target was [] only because the tagger missed "Lithuanian" (main s11 tags the gazetteer's adjectives)
    assert events(a, "shelled") == [("ASSAULT", ["gov:BLR"], ["gov:LTU"], None)]
    assert [e for e in events(a, "sending") if e[1] == ["gov:BLR"]] == []
    assert events(a, "advancing") == []
    assert events(a, "shelling") == []
    assert [(c, s) for c, s, _, _ in events(a, "sending")] == [("MOBILIZE", ["gov:SRB"])]


def test_an_act_refused_is_no_event_of_its_own(analyze):
    a = analyze(
        "Armenia refused to recognize Azerbaijani rule over the enclave.\n"
        "Baku condemned Yerevan's refusal to withdraw its troops.\n"
        "Armenia recognized Kosovo in May.\n"
        "Iran declined to ship drones to Armenia.",
        published=PUB,
    )
    assert [(c, s) for c, s, _, _ in events(a, "ship")] == [("AID", ["gov:IRN"])]
    assert events(a, "refused") == [("REJECT", ["gov:ARM"], ["gov:AZE"], None)]
    assert events(a, "recognize") == []
    assert events(a, "withdraw") == []
    assert events(a, "recognized") == [("SUPPORT", ["gov:ARM"], ["state:XKX"], None)]
