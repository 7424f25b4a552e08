"""Merging shards into the SQLite ledger: the single writer, one transaction per article.

Shards are loaded in input order (each manifest records where its partition started), so the
ledger comes out the same as when the job wrote it directly; an article id already loaded from an
earlier shard is a duplicate and is not written again. Loading twice changes nothing ("unchanged").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ..model import ArticleAnalysis
from .report import RunReport
from .shards import Shards


def write_analysis(
    ledger, analysis: ArticleAnalysis, where: str, report: RunReport, seen: dict[str, str]
) -> None:
    """Store one analysis unless this run already stored that article; a failed write skips only it."""
    aid = analysis.article.id
    if aid in seen:
        report.duplicates.append((where, seen[aid]))
        return
    seen[aid] = where
    try:
        report.outcomes[ledger.write(analysis)] += 1
    except Exception as error:  # e.g. the ledger locked by another writer past the timeout
        report.skipped.append((where, f"could not store: {type(error).__name__}: {error}"))
    else:
        report.stored.append(aid)


def load_shards(
    root: str,
    ledger,
    *,
    names: Iterable[str] | None = None,
    progress: Callable[[RunReport], None] | None = None,
    report: RunReport | None = None,
    seen: dict[str, str] | None = None,
) -> RunReport:
    """Write every complete shard under `root` (or only `names`, in that order) into `ledger`."""
    report = report if report is not None else RunReport()
    seen = seen if seen is not None else {}
    store = Shards(root)
    manifests = store.manifests() if names is None else [store.manifest(n) or {"name": n} for n in names]
    report.partitions = len(manifests)
    report.items_total = sum(int(m.get("articles", 0)) for m in manifests)
    for manifest in manifests:
        name = manifest["name"]
        if "jsonl" not in manifest.get("formats", ["jsonl"]):
            report.skipped.append((name, "shard has no analyses/*.jsonl.gz (written with parquet only)"))
            continue
        try:
            for line in store.analyses(name):
                analysis = ArticleAnalysis.from_json(line)
                report.read += 1
                report.items_done += 1
                where = analysis.article.source_file or analysis.article.url or analysis.article.id
                write_analysis(ledger, analysis, where, report, seen)
        except (OSError, ValueError, EOFError) as error:  # a damaged shard costs its own articles
            report.skipped.append((name, f"cannot read shard: {type(error).__name__}: {error}"))
        report.partitions_done += 1
        if progress:
            progress(report)
    return report
