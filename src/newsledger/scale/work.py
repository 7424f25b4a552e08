"""What a worker does with one partition: read it, analyse it, and either hand the analyses back or
write them as a shard. Also used in-process by the sequential path, so both give the same records."""

from __future__ import annotations

import hashlib
import json
import os
import socket
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from ..ingest import Skipped
from ..model import Article, ArticleAnalysis
from .partitions import Partition, read_partition
from .shards import FORMATS, Shards, shard_name


@dataclass
class PartitionResult:
    """What came of one partition; small when the analyses went to a shard."""

    index: int
    name: str = ""  # shard name: content hash + pipeline version
    read: int = 0  # articles read (duplicates within the partition included)
    ids: list[str] = field(default_factory=list)  # ids of the analyses, in input order
    analyses: list[str] = field(default_factory=list)  # JSON, when not written to a shard
    labels: list[str] = field(default_factory=list)  # where each analysis came from, for reports
    skipped: list[tuple[str, str]] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)
    current: list[str] = field(default_factory=list)  # ids the ledger already holds as they are
    reused: bool = False  # the shard was already there: nothing was analysed
    seconds: float = 0.0  # time spent in the task
    nlp_seconds: float = 0.0  # time spent in the NLP
    cpu_seconds: float = 0.0  # CPU time of the task's process: per-core cost even on a busy machine
    worker: str = ""
    shard_bytes: int = 0


def label(article: Article) -> str:
    return article.source_file or article.url or article.id


def with_defaults(article: Article, outlet: str | None = None, published: str | None = None) -> Article:
    """The article with `outlet`/`published` filled in where it has none (the CLI's --outlet and
    --published), by the ingest rule (`ingest.metadata.fill_defaults`: a derived id follows the outlet)."""
    if not outlet and not published:
        return article
    from ..ingest.metadata import check_published, fill_defaults

    return fill_defaults(article, outlet=outlet, published=check_published(published))


def record_digest(record: dict) -> str:
    """A digest of an article record (as stored in the analysis JSON), to tell "unchanged" remotely."""
    return hashlib.sha256(json.dumps(record, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def analyse(
    articles: list[Article], nlp, batch_size: int = 16
) -> Iterator[tuple[Article, ArticleAnalysis | str]]:
    """Each article with its analysis, or the error that stopped it: when spaCy fails on a batch the
    batch is retried one by one, so only the article that fails is lost."""
    from .. import pipeline

    for start in range(0, len(articles), batch_size):
        batch = articles[start : start + batch_size]
        try:
            done = list(zip(batch, pipeline.analyze_articles(batch, nlp, batch_size=len(batch)), strict=True))
        except Exception:
            done = []
            for article in batch:
                try:
                    done.append((article, next(pipeline.analyze_articles([article], nlp))))
                except Exception as error:  # one bad article must not stop the run
                    done.append((article, f"{type(error).__name__}: {error}"))
        yield from done


def _worker_name() -> str:
    try:
        from distributed import get_worker

        return get_worker().address
    except (ImportError, ValueError):
        return f"{socket.gethostname()}:{os.getpid()}"


def read_articles(
    part: Partition, outlet: str | None, published: str | None, digest=None
) -> tuple[list[Article], PartitionResult]:
    """The partition's distinct articles (first occurrence kept) and a result holding the rest."""
    result = PartitionResult(part.index)
    seen: dict[str, str] = {}
    articles: list[Article] = []
    if digest is not None:
        digest.update(f"outlet={outlet or ''}\0published={published or ''}\0".encode())
    for item in read_partition(part, digest):
        if isinstance(item, Skipped):
            result.skipped.append((item.item, item.reason))
            continue
        result.read += 1
        article = with_defaults(item, outlet, published)
        if article.id in seen:
            result.duplicates.append((label(article), seen[article.id]))
            continue
        seen[article.id] = label(article)
        articles.append(article)
    return articles, result


def scan_partition(part: Partition, outlet: str | None = None, published: str | None = None) -> list[tuple]:
    """(id, record digest) of each article in the partition: read only, no NLP, so the caller can
    leave out what its ledger already holds before asking for the analysis."""
    articles, _ = read_articles(part, outlet, published)
    return [(a.id, record_digest(a.to_dict())) for a in articles]


def analyse_partition(
    part: Partition,
    *,
    shards: str | None = None,
    formats: Iterable[str] = FORMATS,
    skip: frozenset[str] = frozenset(),
    outlet: str | None = None,
    published: str | None = None,
    batch_size: int = 16,
) -> PartitionResult:
    """Read, analyse and either return the analyses (JSON) or write them as a shard.

    With `shards`, a shard already there for this content and pipeline version is not computed
    again (resume). `skip` (ids the caller's ledger already holds as they are) applies only without
    shards, since a shard is named by its content and must hold all of it."""
    from ..pipeline import load_nlp, pipeline_version

    began, cpu_began = time.perf_counter(), time.process_time()
    digest = hashlib.sha256()
    articles, result = read_articles(part, outlet, published, digest)
    result.name = shard_name(digest.hexdigest(), pipeline_version())
    result.worker = _worker_name()
    order = [[u.path, u.start] for u in part.units]
    store = Shards(shards) if shards else None
    if store is not None:
        done = store.manifest(result.name)
        if done is not None:
            result.reused = True
            result.ids = list(done.get("ids", []))
            result.shard_bytes = int(done.get("bytes", 0))
            result.seconds = time.perf_counter() - began
            return result
    else:
        result.current = [a.id for a in articles if a.id in skip]
        articles = [a for a in articles if a.id not in skip]
    nlp_began = time.perf_counter()
    analyses: list[ArticleAnalysis] = []
    if articles:
        nlp = load_nlp()
        for article, outcome in analyse(articles, nlp, batch_size):
            if isinstance(outcome, str):
                result.skipped.append((label(article), f"analysis failed: {outcome}"))
            else:
                analyses.append(outcome)
                result.labels.append(label(article))
    result.nlp_seconds = time.perf_counter() - nlp_began
    result.ids = [a.article.id for a in analyses]
    if store is not None:
        manifest = {
            "order": order,
            "partition": part.describe(),
            "articles": len(analyses),
            "ids": result.ids,
            "read": result.read,
            "skipped": result.skipped,
            "duplicates": result.duplicates,
            "pipeline_version": pipeline_version(),
        }
        result.shard_bytes = store.write(result.name, analyses, manifest, formats)["bytes"]
    else:
        result.analyses = [a.to_json() for a in analyses]
    result.seconds = time.perf_counter() - began
    result.cpu_seconds = time.process_time() - cpu_began
    return result
