"""The data model: spans that cannot disagree with their text, stable ids, JSON round-trips."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsledger.model import (
    Actor,
    Article,
    ArticleAnalysis,
    Event,
    Item,
    Mention,
    Participant,
    Role,
    Span,
    Statement,
    article_id,
)

TEXT = "Kyiv said on Monday that 12 drones had arrived."


def test_span_of_takes_its_text_from_the_offsets():
    assert Span.of(TEXT, 0, 4) == Span(start=0, end=4, text="Kyiv")
    with pytest.raises(ValueError, match="outside a text"):
        Span.of(TEXT, 40, 60)


def test_span_overlap_and_containment():
    a, b, c = Span.of(TEXT, 0, 9), Span.of(TEXT, 5, 20), Span.of(TEXT, 10, 12)
    assert a.overlaps(b) and not a.overlaps(c)
    assert b.contains(c) and not c.contains(b)


def test_article_id_ignores_whitespace_but_not_outlet():
    one = article_id("A.example", "Talks  ended\nwithout a deal.")
    assert one == article_id("a.example ", "Talks ended without a deal.")
    assert one != article_id("b.example", "Talks ended without a deal.")
    assert Article.create("Talks ended.", outlet="a.example").id == article_id("a.example", "Talks ended.")


def test_a_full_analysis_round_trips_and_checks_its_offsets():
    article = Article.create(TEXT, outlet="x.example", published="2022-04-11")
    analysis = ArticleAnalysis(
        article=article,
        actors=[
            Actor(id="gov:UKR", name="Government of Ukraine", type="government", country="UKR", known=True,
                  roles=[Role(title="Government", country="UKR", start="2019")])
        ],  # fmt: skip
        statements=[
            Statement(id="S1", cue=Span.of(TEXT, 5, 9), source=Span.of(TEXT, 0, 4),
                      content=[Span.of(TEXT, 20, 46)], speaker="gov:UKR", cue_lemma="say")
        ],  # fmt: skip
        events=[
            Event(id="E1", trigger=Span.of(TEXT, 38, 45), category="AID", status="delivered",
                  targets=[Participant(actor_id="gov:UKR", span=Span.of(TEXT, 0, 4))],
                  items=[Item(span=Span.of(TEXT, 25, 34), name="drone", category="drones", quantity="12",
                              quantity_value=12)],
                  statement_id="S1")
        ],  # fmt: skip
    )
    assert analysis.check_offsets() == []
    assert ArticleAnalysis.from_json(analysis.to_json()) == analysis
    assert ArticleAnalysis.from_dict(analysis.to_dict()) == analysis

    broken = analysis.model_copy(deep=True)
    broken.statements[0].cue = Span(start=5, end=9, text="told")
    assert broken.check_offsets() == ["statement S1 cue: 5:9 'told'"]


@given(st.text(max_size=200), st.integers(0, 250), st.integers(0, 250))
def test_span_of_never_disagrees_with_the_text(text, start, end):
    if 0 <= start <= end <= len(text):
        assert Span.of(text, start, end).text == text[start:end]
    else:
        with pytest.raises(ValueError):
            Span.of(text, start, end)


def test_statement_class_defaults_to_speech_and_old_json_still_loads():
    old = {"id": "S1", "cue": {"start": 5, "end": 9, "text": "said"}, "content": []}
    stmt = Statement.from_dict(old)
    assert stmt.statement_class == "speech"
    written = stmt.model_copy(update={"statement_class": "writing"})
    assert Statement.from_json(written.to_json()).statement_class == "writing"
    with pytest.raises(ValueError):
        Statement.from_dict({**old, "statement_class": "gossip"})


def test_event_status_keeps_the_old_values_and_takes_the_new_ones():
    from newsledger.model import EVENT_STATUSES, STATEMENT_CLASSES

    old = {"planned", "pledged", "approved", "under way", "delivered", "denied", "demanded"}
    assert old <= set(EVENT_STATUSES)
    assert {"occurred", "ongoing", "proposed", "hypothetical", "threatened", "negated"} <= set(EVENT_STATUSES)
    assert STATEMENT_CLASSES == ("speech", "writing", "belief", "intention", "perception")
    trigger = Span.of("Russia threatened strikes.", 7, 17)
    for status in ("threatened", "delivered"):
        ev = Event(id="E1", trigger=trigger, category="THREATEN", status=status)
        assert Event.from_json(ev.to_json()).status == status


def test_parents_apart_moves_the_bodies_the_article_never_uses_and_round_trips():
    text = "The army of Sylvania withdrew. Freedonia's ministry said so."
    army = Actor(id="mil:SYL", name="Army of Sylvania", type="military", agent_of="gov:SYL")
    gov_syl = Actor(id="gov:SYL", name="Government of Sylvania", type="government")
    ministry = Actor(id="org:fre-ministry", name="Ministry", type="government", agent_of="gov:FRE")
    gov_fre = Actor(id="gov:FRE", name="Government of Freedonia", type="government")
    analysis = ArticleAnalysis(
        article=Article.create(text),
        mentions=[Mention(span=Span.of(text, 4, 20), actor_id="mil:SYL"),
                  Mention(span=Span.of(text, 31, 40), actor_id="gov:FRE", kind="demonym")],
        statements=[Statement(id="S1", cue=Span.of(text, 52, 56), source=Span.of(text, 31, 51),
                              content=[Span.of(text, 57, 59)], speaker="org:fre-ministry")],
        actors=[army, gov_syl, ministry, gov_fre],
    )  # fmt: skip
    apart = analysis.parents_apart()
    assert [a.id for a in apart.actors] == ["mil:SYL", "org:fre-ministry", "gov:FRE"]
    assert [a.id for a in apart.parents] == ["gov:SYL"]
    assert apart.parents_apart() == apart
    assert ArticleAnalysis.from_json(apart.to_json()) == apart
