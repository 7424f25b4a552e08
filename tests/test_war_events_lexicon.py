"""War-news trigger words (issue 11 §3), on sentences written for these tests: military advances are
attacks, persuading is a request, forcing a country is coercion, speaking with someone is a consultation,
and words that only frame another act ('seek to', 'a commitment to diplomacy') make no event."""

from __future__ import annotations

PUB = "2023-05-01"


def found(analysis) -> list[tuple[str, str, list[str | None], list[str | None]]]:
    return [
        (e.category, e.trigger.text, [p.actor_id for p in e.sources], [p.actor_id for p in e.targets])
        for e in analysis.events
    ]


def test_advances_are_attacks(analyze):
    a = analyze("Russia's advances in the east worried Ukraine.\nRussian units advanced across the border.")
    got = [(c, t, s) for c, t, s, _ in found(a)]
    assert ("ASSAULT", "advances", ["gov:RUS"]) in got
    assert ("ASSAULT", "advanced", ["mil:RUS"]) in got


def test_an_advanced_proposal_is_no_attack(analyze):
    assert found(analyze("Germany advanced a proposal on energy prices.", published=PUB)) == []


def test_persuading_and_forcing_a_country(analyze):
    a = analyze(
        "Britain convinced Ukraine to leave the talks.\nThe United States forced Israel into a ceasefire.",
        published=PUB,
    )
    got = found(a)
    assert ("REQUEST", "convinced", ["gov:GBR"], ["state:UKR"]) in got
    assert ("COERCE", "forced", ["gov:USA"], ["state:ISR"]) in got


def test_speaking_with_someone_is_a_consultation(analyze):
    a = analyze("Sergey Lavrov spoke with Antony Blinken by phone on Monday.", published=PUB)
    assert found(a) == [("CONSULT", "spoke", ["person:sergey-lavrov"], ["person:antony-blinken"])]


def test_framing_words_make_no_event(analyze):
    a = analyze(
        "Iran reiterated its firm commitment to diplomacy.\nUkraine seeks to end the war this year.",
        published=PUB,
    )
    assert found(a) == []
