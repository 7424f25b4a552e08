"""Scale-out on Dask: analyse article partitions in worker processes (or on a cluster), store centrally.

SQLite has one writer, so workers only run the NLP and hand back plain JSON; the caller writes. Each
worker process loads the pipeline once (`load_nlp` is cached per process) and reuses it for every
partition it gets. Pass `scheduler="processes"` on a laptop, or a `dask.distributed.Client`'s
`get` (installed separately) to run on a cluster.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .model import Article, ArticleAnalysis


@dataclass(frozen=True)
class Failed:
    """An article whose analysis raised in a worker; the rest of the partition goes on."""

    article_id: str
    error: str


def _analyse_partition(articles: list[dict]) -> list[tuple[str, str, bool]]:
    from .pipeline import analyze_articles, load_nlp

    nlp = load_nlp()
    out: list[tuple[str, str, bool]] = []
    for data in articles:
        article = Article.from_dict(data)
        try:
            out.append((article.id, next(analyze_articles([article], nlp)).to_json(), True))
        except Exception as error:  # reported per article, like the sequential path
            out.append((article.id, f"{type(error).__name__}: {error}", False))
    return out


def analyze_parallel(
    articles: Sequence[Article],
    *,
    workers: int = 2,
    partition_size: int = 16,
    scheduler: str | Callable = "processes",
) -> list[ArticleAnalysis | Failed]:
    """Analyses in the order of `articles`, computed by Dask over partitions of `partition_size`."""
    import dask
    import dask.bag as db

    if not articles:
        return []
    bag = db.from_sequence([a.to_dict() for a in articles], partition_size=partition_size)
    (rows,) = dask.compute(
        bag.map_partitions(_analyse_partition), scheduler=scheduler, num_workers=workers
    )
    results: dict[str, ArticleAnalysis | Failed] = {}
    for article_id, payload, ok in rows:
        results[article_id] = ArticleAnalysis.from_json(payload) if ok else Failed(article_id, payload)
    return [results[a.id] for a in articles]
