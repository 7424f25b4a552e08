"""Dask scale-out gives the same analyses as the sequential pipeline, in input order."""

from __future__ import annotations

from newsledger.model import Article
from newsledger.pipeline import analyze_articles
from newsledger.scale import Failed, analyze_parallel

TEXTS = [
    "Britain sends missiles\n\nThe defence secretary said Britain would send more missiles to Kyiv.",
    "Talks in Moscow\n\nThe two ministers met in Moscow on Friday, the ministry said.",
    "A warning\n\nMoscow has warned that further deliveries will prolong the conflict.",
]


def _articles() -> list[Article]:
    return [Article.create(t, outlet="scale.example", title=t.split("\n")[0]) for t in TEXTS]


def test_parallel_equals_sequential(nlp):
    articles = _articles()
    sequential = list(analyze_articles(articles, nlp))
    parallel = analyze_parallel(articles, workers=2, partition_size=2, scheduler="sync")
    assert [a.article.id for a in parallel] == [a.id for a in articles]
    assert [p.to_json() for p in parallel] == [s.to_json() for s in sequential]


def test_a_failing_article_is_reported_and_the_rest_go_on(nlp, monkeypatch):
    import newsledger.pipeline as pipeline

    real = pipeline.analyze_articles

    def flaky(articles, nlp=None, **kw):
        articles = list(articles)
        if "Moscow on Friday" in articles[0].text:
            raise RuntimeError("parser exploded")
        return real(articles, nlp, **kw)

    monkeypatch.setattr(pipeline, "analyze_articles", flaky)
    results = analyze_parallel(_articles(), workers=1, partition_size=3, scheduler="sync")
    assert isinstance(results[1], Failed) and results[1].error == "RuntimeError: parser exploded"
    assert [type(r).__name__ for r in results] == ["ArticleAnalysis", "Failed", "ArticleAnalysis"]
