"""Long articles in paragraph-bounded chunks: bounds cover the text, results keep the article's offsets."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsledger.chunking import chunk_bounds

PARAGRAPHS = [
    "Defence Secretary Ben Wallace said on Tuesday that Britain would send 10,000 rounds of ammunition "
    "to Ukraine.",
    '"We will not be intimidated by threats," Foreign Minister Sergei Lavrov told reporters in Moscow.',
    "The European Union imposed new sanctions on Russian banks, officials in Brussels said.",
    "He added that the talks in Geneva had been useful.",
]


@given(st.text(alphabet=st.sampled_from("ab .\n"), max_size=400), st.integers(min_value=1, max_value=60))
@settings(max_examples=200, deadline=None)
def test_bounds_cover_the_text_in_order_within_the_limit(text, limit):
    bounds = chunk_bounds(text, limit)
    assert bounds[0][0] == 0 and bounds[-1][1] == len(text)
    for (_, end), (start, _) in zip(bounds, bounds[1:], strict=False):
        assert end == start
    assert all(0 < end - start <= limit for start, end in bounds if text)


def test_cuts_fall_on_paragraph_breaks():
    text = "\n\n".join(PARAGRAPHS * 3)
    bounds = chunk_bounds(text, 250)
    assert len(bounds) > 2
    for start, _ in bounds[1:]:
        assert text[start - 2 : start] == "\n\n"


def test_a_short_text_is_one_chunk():
    assert chunk_bounds("One paragraph.", 100) == [(0, 14)]


@pytest.mark.slow
def test_chunked_analysis_equals_the_paragraphs_analysed_alone():
    from newsledger.model import Article
    from newsledger.pipeline import analyze_articles, load_nlp

    nlp = load_nlp()
    text = "\n\n".join(PARAGRAPHS[:3])
    article = Article.create(text, outlet="test", published="2023-05-02")
    (chunked,) = analyze_articles([article], nlp, chunk_chars=120)
    assert chunked.check_offsets() == []
    assert chunked.article.text == text

    alone = []
    for paragraph in PARAGRAPHS[:3]:
        (one,) = analyze_articles([Article.create(paragraph, outlet="test", published="2023-05-02")], nlp)
        alone.append(one)

    def contents(statements):
        return [(s.speaker, [c.text for c in s.content]) for s in statements]

    assert contents(chunked.statements) == [x for one in alone for x in contents(one.statements)]
    assert [(e.category, e.trigger.text) for e in chunked.events] == [
        (e.category, e.trigger.text) for one in alone for e in one.events
    ]
    assert [s.id for s in chunked.statements] == [f"S{i}" for i in range(1, len(chunked.statements) + 1)]
    ids = {s.id for s in chunked.statements}
    assert all(e.statement_id in ids for e in chunked.events if e.statement_id)
    assert len({a.id for a in chunked.actors}) == len(chunked.actors)
    speakers = {s.speaker for s in chunked.statements}
    assert {"person:ben-wallace", "person:sergey-lavrov"} <= speakers


def test_a_parent_of_one_chunk_named_in_another_is_an_actor_of_the_article():
    from newsledger.chunking import merge
    from newsledger.model import Actor, Article, ArticleAnalysis, Mention, Span

    first, second = "Sylvanian troops withdrew.\n\n", "Sylvania denied it."
    text = first + second
    army = Actor(id="mil:SYL", name="Army of Sylvania", type="military", agent_of="gov:SYL")
    gov = Actor(id="gov:SYL", name="Government of Sylvania", type="government")
    one = ArticleAnalysis(
        article=Article.create(first), mentions=[Mention(span=Span.of(first, 0, 16), actor_id="mil:SYL")],
        actors=[army], parents=[gov],
    )  # fmt: skip
    two = ArticleAnalysis(
        article=Article.create(second), mentions=[Mention(span=Span.of(second, 0, 8), actor_id="gov:SYL")],
        actors=[gov],
    )  # fmt: skip
    whole = merge(ArticleAnalysis(article=Article.create(text)), [(0, one), (len(first), two)])
    assert [a.id for a in whole.actors] == ["mil:SYL", "gov:SYL"] and whole.parents == []
    assert [m.span.text for m in whole.mentions] == ["Sylvanian troops", "Sylvania"]
