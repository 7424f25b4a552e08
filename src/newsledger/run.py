"""The analyse-into-ledger loop: sources in, analyses stored, a `RunReport` out.

Three ways to run, one result (the same rows in the ledger, see `ledger_digest`):

- in this process (default): read, skip what the ledger already holds as it is, analyse in spaCy
  batches, write;
- on Dask (`workers=N` starts a local cluster, `scheduler="tcp://…"` uses a running one): partitions
  are analysed by workers and written here, in input order, by the single SQLite writer; at most
  `in_flight` partitions are out at once, so memory stays flat however long the input is;
- with `shards=DIR`: each partition's analyses are written by its worker to DIR; a re-run reuses
  the shards already there; the ledger, if one is given, is then filled from them (`scale.load`).

The CLI (`newsledger analyze`) is a thin display over this function.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence

from .ingest import Skipped
from .model import Article
from .scale.load import load_shards, write_analysis
from .scale.partitions import PARTITION_ITEMS, Partition, plan
from .scale.report import RunReport
from .scale.shards import FORMATS
from .scale.work import PartitionResult, analyse, label, read_articles, record_digest

Progress = Callable[[RunReport], None]


def analyze_into(
    sources: Sequence[str],
    ledger=None,
    *,
    workers: int | None = None,
    scheduler: str | None = None,
    client=None,
    shards: str | None = None,
    formats: Iterable[str] = FORMATS,
    outlet: str | None = None,
    published: str | None = None,
    force: bool = False,
    batch_size: int = 16,
    partition_items: int | None = None,
    in_flight: int | None = None,
    progress: Progress | None = None,
    report: RunReport | None = None,
    dashboard: str = ":8787",
) -> RunReport:
    """Analyse `sources` (files, folders, globs, fsspec URLs; "-" for stdin in this process) into
    `ledger` (a `store.Ledger`, or None to only write shards).

    `report`, when given, is filled as the run goes, so a caller that catches KeyboardInterrupt can
    still say what was stored. `progress(report)` is called after each batch or partition.
    """
    if ledger is None and shards is None:
        raise ValueError("nothing to write to: give a ledger, shards, or both")
    from .ingest.metadata import check_published

    published = check_published(published)  # a bad date fails here, before anything is read
    report = report if report is not None else RunReport()
    formats = tuple(formats)
    local = workers is None and scheduler is None and client is None
    cpu_began = time.process_time()
    try:
        if local:
            _sequential(
                sources,
                ledger,
                report,
                shards,
                formats,
                outlet,
                published,
                force,
                batch_size,
                partition_items,
                progress,
            )
        else:
            _distributed(
                sources,
                ledger,
                report,
                workers,
                scheduler,
                client,
                shards,
                formats,
                outlet,
                published,
                force,
                batch_size,
                partition_items,
                in_flight,
                progress,
                dashboard,
            )
    except KeyboardInterrupt:
        report.interrupted = True
        raise
    finally:
        report.finished = time.perf_counter()
        if local:
            report.cpu_seconds = time.process_time() - cpu_began
    return report


# -- in this process -------------------------------------------------------------------------------


def _sequential(
    sources, ledger, report, shards, formats, outlet, published, force, batch_size, partition_items, progress
) -> None:
    from .ingest import read_stdin
    from .pipeline import load_nlp, pipeline_version
    from .scale.work import analyse_partition, with_defaults

    plans: list[tuple[str, list[Partition | Skipped]]] = [
        (s, [] if str(s) == "-" else list(plan([str(s)], partition_items=partition_items or PARTITION_ITEMS)))
        for s in sources
    ]
    report.partitions = sum(isinstance(p, Partition) for _, parts in plans for p in parts)
    report.items_total = sum(p.items for _, parts in plans for p in parts if isinstance(p, Partition))
    if progress:
        progress(report)
    seen: dict[str, str] = {}
    if shards is not None:
        names = []
        for _, parts in plans:
            for part in parts:
                if isinstance(part, Skipped):
                    report.skipped.append((part.item, part.reason))
                    continue
                result = analyse_partition(
                    part,
                    shards=shards,
                    formats=formats,
                    outlet=outlet,
                    published=published,
                    batch_size=batch_size,
                )
                _count(report, result)
                names.append(result.name)
                if progress:
                    progress(report)
        if ledger is not None:
            load_shards(shards, ledger, names=names, report=_loading(report), seen=seen)
        return
    nlp = None
    version = pipeline_version()

    def store(articles: list[Article]) -> None:
        nonlocal nlp
        todo = []
        for article in articles:
            if article.id in seen:
                report.duplicates.append((label(article), seen[article.id]))
                report.items_done += 1
                continue
            seen[article.id] = label(article)
            if not force and ledger.is_current(article.id, version, article=article):
                report.outcomes["unchanged"] += 1
                report.stored.append(article.id)
                report.items_done += 1
                continue
            todo.append(article)
        if todo and nlp is None:
            nlp = load_nlp()
        for start in range(0, len(todo), batch_size):
            for article, outcome in analyse(todo[start : start + batch_size], nlp, batch_size):
                report.items_done += 1
                if isinstance(outcome, str):
                    report.skipped.append((label(article), f"analysis failed: {outcome}"))
                    continue
                report.analysed += 1
                if report.first_result is None:
                    report.first_result = time.perf_counter()
                write_analysis(ledger, outcome, label(article), report, seen_once)
            if progress:
                progress(report)

    seen_once: dict[str, str] = {}  # write_analysis's own duplicate check; `seen` already did it
    for source, parts in plans:
        if str(source) == "-":
            items = list(read_stdin())
            articles = []
            for item in items:
                if isinstance(item, Skipped):
                    report.skipped.append((item.item, item.reason))
                else:
                    report.read += 1
                    articles.append(with_defaults(item, outlet, published))
            report.items_total += len(articles)
            store(articles)
            continue
        for part in parts:
            if isinstance(part, Skipped):
                report.skipped.append((part.item, part.reason))
                continue
            articles, result = read_articles(part, outlet, published)
            report.read += result.read
            report.skipped += result.skipped
            report.duplicates += result.duplicates
            report.items_done += len(result.duplicates) + len(result.skipped)
            store(articles)
            report.partitions_done += 1
            if progress:
                progress(report)


def _loading(report: RunReport) -> RunReport:
    """A report for the load step whose counts land in the run's report (read is not counted twice)."""
    sub = RunReport(
        outcomes=report.outcomes, skipped=report.skipped, duplicates=report.duplicates, stored=report.stored
    )
    return sub


def _count(report: RunReport, result: PartitionResult) -> None:
    """Add one partition's result to the run's report."""
    report.partitions_done += 1
    report.read += result.read
    report.items_done += result.read + len(result.skipped)
    report.skipped += result.skipped
    report.duplicates += result.duplicates
    report.shard_bytes += result.shard_bytes
    if result.reused:
        report.shards_reused += 1
        return
    analysed = len(result.ids) if result.name and not result.analyses else len(result.analyses)
    report.analysed += analysed
    report.task_seconds += result.seconds
    report.cpu_seconds += result.cpu_seconds
    if result.worker:
        report.workers[result.worker] = report.workers.get(result.worker, 0) + analysed
        spent = report.worker_seconds.get(result.worker, 0.0)
        report.worker_seconds[result.worker] = spent + result.nlp_seconds
    if result.shard_bytes:
        report.shards_written += 1
    if analysed and report.first_result is None:
        report.first_result = time.perf_counter()


# -- on Dask ---------------------------------------------------------------------------------------


def _distributed(
    sources,
    ledger,
    report,
    workers,
    scheduler,
    client,
    shards,
    formats,
    outlet,
    published,
    force,
    batch_size,
    partition_items,
    in_flight,
    progress,
    dashboard,
) -> None:
    from contextlib import nullcontext

    from .scale.cluster import connect

    if any(str(s) == "-" for s in sources):
        report.skipped.append(("<stdin>", "standard input is read only without --workers/--scheduler"))
    context = nullcontext(client) if client is not None else connect(workers, scheduler, dashboard=dashboard)
    with context as dask_client:
        report.dashboard = getattr(dask_client, "dashboard_link", None)
        n_workers = max(1, len(dask_client.scheduler_info().get("workers", {})) or (workers or 1))
        paths = [str(s) for s in sources if str(s) != "-"]
        found = list(plan(paths, partition_items=partition_items or PARTITION_ITEMS))
        total = sum(p.items for p in found if isinstance(p, Partition))
        if partition_items is None and shards is None and 0 < total < PARTITION_ITEMS * 8 * n_workers:
            # A small job: smaller partitions, so each worker gets about eight and none idles long
            # at the end while another finishes a big last one. Not with shards: their names follow
            # the partitions, which must not change with the number of workers, or resume breaks.
            found = list(plan(paths, partition_items=max(1, -(-total // (8 * n_workers)))))
        parts = [p for p in found if isinstance(p, Partition)]
        report.skipped += [(p.item, p.reason) for p in found if isinstance(p, Skipped)]
        report.partitions = len(parts)
        report.items_total = sum(p.items for p in parts)
        if progress:
            progress(report)
        window = in_flight or 3 * n_workers
        _run_partitions(
            dask_client,
            parts,
            ledger,
            report,
            shards,
            formats,
            outlet,
            published,
            force,
            batch_size,
            window,
            progress,
        )


def _run_partitions(
    client, parts, ledger, report, shards, formats, outlet, published, force, batch_size, window, progress
) -> None:
    """Submit at most `window` partitions at a time; write results in input order as they complete."""
    from distributed import as_completed

    from .model import ArticleAnalysis
    from .pipeline import pipeline_version
    from .scale.work import analyse_partition, scan_partition

    check = ledger is not None and shards is None and not force and ledger.has_articles()
    version = pipeline_version()
    options = dict(shards=shards, formats=formats, outlet=outlet, published=published, batch_size=batch_size)
    futures = as_completed()
    kind: dict = {}  # future → ("scan" | "analyse", partition)
    ready: dict[int, PartitionResult | None] = {}
    submitted = written = 0
    seen: dict[str, str] = {}
    names: list[str] = []

    def submit() -> None:
        nonlocal submitted
        while submitted < len(parts) and submitted - written < window:
            part = parts[submitted]
            if check:
                future = client.submit(scan_partition, part, outlet, published, pure=False)
                kind[future] = ("scan", part)
            else:
                future = client.submit(analyse_partition, part, pure=False, **options)
                kind[future] = ("analyse", part)
            futures.add(future)
            submitted += 1

    def drain() -> None:
        nonlocal written
        while written in ready:
            result = ready.pop(written)
            written += 1
            if result is None:
                continue
            if shards is None:
                for text, where in zip(result.analyses, result.labels, strict=True):
                    write_analysis(ledger, ArticleAnalysis.from_json(text), where, report, seen)
                for aid in result.current:
                    if aid in seen:
                        report.duplicates.append((aid, seen[aid]))
                    else:
                        seen[aid] = aid
                        report.outcomes["unchanged"] += 1
                        report.stored.append(aid)
            else:
                names.append(result.name)

    submit()
    try:
        for future in futures:
            what, part = kind.pop(future)
            try:
                value = future.result()
            except Exception as error:  # the partition failed beyond Dask's retries: its items are skipped
                report.skipped.append((part.describe(), f"partition failed: {type(error).__name__}: {error}"))
                report.partitions_done += 1
                ready[part.index] = None
            else:
                if what == "scan":
                    skip = _current_ids(ledger, value, version)
                    follow = client.submit(
                        analyse_partition, part, pure=False, skip=frozenset(skip), **options
                    )
                    kind[follow] = ("analyse", part)
                    futures.add(follow)
                    continue
                _count(report, value)
                ready[part.index] = value
            future.release()
            drain()
            submit()
            if progress:
                progress(report)
    except BaseException:
        for future in list(kind):
            future.cancel()
        raise
    if shards is not None and ledger is not None:
        load_shards(shards, ledger, names=names, report=_loading(report), seen=seen)
    report.stored[:] = list(dict.fromkeys(report.stored))


def _current_ids(ledger, scanned: list[tuple[str, str]], version: str) -> set[str]:
    """Ids whose stored analysis is from this pipeline version and from the same article record."""
    digests = dict(scanned)
    return {
        aid
        for aid, stored_version, record in ledger.stored_records(list(digests))
        if stored_version == version and record_digest(record) == digests[aid]
    }


# -- comparing ledgers -----------------------------------------------------------------------------


def ledger_digest(ledger) -> dict[str, object]:
    """Digests of what a ledger holds, independent of when it was written: every stored analysis
    (JSON, by article id) and every actor row, with the row counts. Two runs over the same input
    should agree."""
    return {**ledger.counts(), **ledger.content_digests()}
