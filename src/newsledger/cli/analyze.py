"""`newsledger analyze` and `newsledger load`: filling the ledger, in this process or on Dask.

The loop itself is the library's (`newsledger.run.analyze_into`, `newsledger.scale.load`); this module
only turns options into arguments, shows progress and prints the summary.
"""

from __future__ import annotations

import contextlib
import time
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table
from rich.text import Text

from .app import app
from .core import DEFAULT_DB
from .output import open_ledger


class ShardFormat(StrEnum):
    both = "both"
    jsonl = "jsonl"
    parquet = "parquet"


def _progress() -> Progress:
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("· {task.fields[rate]}"),
        TextColumn("· ETA"),
        TimeRemainingColumn(),
        TextColumn("· elapsed"),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        transient=True,
    )


#: Seconds between progress lines when stderr is not a terminal (a batch job's log).
LOG_EVERY = 30.0


def _log_line(report, by_partition: bool) -> str:
    """One progress line for a log: what is done of what, the rate, and the time left at that rate."""
    done, total = report.items_done, report.items_total
    parts = f"partitions {report.partitions_done}/{report.partitions} · " if by_partition else ""
    line = f"{parts}articles {done}/{total or '?'} · {report.rate:.2f} articles/s"
    if report.analysed and total and done < total and report.rate > 0:
        line += f" · ETA {_clock((total - done) / report.rate)}"
    return line + f" · elapsed {_clock(report.elapsed)}"


def _clock(seconds: float) -> str:
    seconds = int(seconds)
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


def _updater(progress: Progress, by_partition: bool):
    """A progress callback for `analyze_into`: partitions for a Dask job, articles otherwise.

    Where stderr is not a terminal (nohup, a cluster job's log) the bar is never drawn, so a plain
    line is printed every LOG_EVERY seconds and when the last partition is in."""
    if not progress.console.is_terminal:
        last = [0.0]

        def log(report) -> None:
            finished = (
                report.partitions_done == report.partitions
                if by_partition
                else bool(report.items_total) and report.items_done == report.items_total
            )
            if finished or time.perf_counter() - last[0] >= LOG_EVERY:
                last[0] = time.perf_counter()
                progress.console.print(_log_line(report, by_partition), soft_wrap=True)

        return log

    task = progress.add_task("starting", total=None, rate="")

    def update(report) -> None:
        rate = f"{report.rate:.1f} articles/s" if report.analysed else "loading the pipeline"
        if by_partition:
            progress.update(
                task,
                description="partitions",
                total=report.partitions or None,
                completed=report.partitions_done,
                rate=f"{report.items_done}/{report.items_total} articles · {rate}",
            )
        else:
            progress.update(
                task,
                description="articles",
                total=report.items_total or None,
                completed=report.items_done,
                rate=rate,
            )

    return update


def _print_summary(out: Console, report, ledger, target: str) -> None:
    from ..store import queries

    title = f"analyze → {target}" + (" (interrupted: what was stored so far)" if report.interrupted else "")
    summary = Table(title=title, show_header=False)
    summary.add_column("what")
    summary.add_column("n", justify="right")
    summary.add_row("read", str(report.read))
    summary.add_row("analysed", str(report.analysed))
    for outcome in ("new", "updated", "unchanged"):
        summary.add_row(outcome, str(report.outcomes[outcome]))
    if report.duplicates:
        summary.add_row("duplicate (same outlet and text)", str(len(report.duplicates)))
    if report.shards_written or report.shards_reused:
        summary.add_row("shards written", str(report.shards_written))
        summary.add_row("shards already there (reused)", str(report.shards_reused))
    summary.add_row("skipped", str(len(report.skipped)), style="bold red" if report.skipped else None)
    summary.add_row("elapsed", f"{report.elapsed:.1f} s")
    if report.analysed:
        summary.add_row("articles/s", f"{report.rate:.2f}")
    out.print(summary)

    if ledger is not None and report.stored:
        found = Table(title=f"found in {len(report.stored)} stored articles")
        totals = queries.totals(ledger.conn, report.stored)
        for key in totals:
            found.add_column(key, justify="right")
        found.add_row(*(str(v) for v in totals.values()))
        out.print(found)
    if report.duplicates:
        dupes = Table(title="duplicates (not stored again)")
        dupes.add_column("item", overflow="fold")
        dupes.add_column("same article as", overflow="fold")
        for item, first in report.duplicates[:50]:
            dupes.add_row(item, first)
        if len(report.duplicates) > 50:
            dupes.add_row(f"… and {len(report.duplicates) - 50} more", "")
        out.print(dupes)
    if report.skipped:
        skipped = Table(title="skipped")
        skipped.add_column("item", overflow="fold")
        skipped.add_column("reason", overflow="fold")
        for item, reason in report.skipped:
            skipped.add_row(item, reason)
        out.print(skipped)


def _next_steps(out: Console, db: Path | None, shards: str | None) -> None:
    if db is not None:
        out.print(
            Text(
                f"next: newsledger articles --db {db}   ·   newsledger show ID --db {db}   ·   "
                f"newsledger serve --db {db}",
                style="dim",
            )
        )
    elif shards is not None:
        out.print(
            Text(
                f"next: newsledger load {shards} --db ledger.db   (or read {shards}/*/ with DuckDB)",
                style="dim",
            )
        )


@app.command()
def analyze(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Files, folders or globs (.txt .html .jsonl .rss/.atom .warc.gz), local or fsspec URLs "
            "(s3://…); - reads stdin."
        ),
    ],
    db: Annotated[
        Path | None,
        typer.Option(
            "--db", help="The ledger: a SQLite file (default ledger.db; with --shards only if given)."
        ),
    ] = None,
    batch_size: Annotated[int, typer.Option("--batch-size", min=1, help="Articles per spaCy batch.")] = 16,
    force: Annotated[
        bool, typer.Option("--force", help="Analyse every article again, even those already current.")
    ] = False,
    workers: Annotated[
        int | None,
        typer.Option(
            "--workers", min=1, help="Start a local Dask cluster of N single-threaded worker processes."
        ),
    ] = None,
    scheduler: Annotated[
        str | None,
        typer.Option("--scheduler", help="Use a running Dask cluster, e.g. tcp://10.0.0.5:8786."),
    ] = None,
    shards: Annotated[
        str | None,
        typer.Option(
            "--shards",
            help="Write each partition's analyses here (any fsspec path); a re-run reuses what is there.",
        ),
    ] = None,
    shard_format: Annotated[
        ShardFormat,
        typer.Option("--shard-format", help="Parquet tables, JSONL.gz analyses (needed by load), or both."),
    ] = ShardFormat.both,
    partition_size: Annotated[
        int | None,
        typer.Option(
            "--partition-size",
            min=1,
            help="Articles per partition (one Dask task, one shard); default 16, fewer for small jobs.",
        ),
    ] = None,
    outlet: Annotated[
        str | None, typer.Option("--outlet", help="Outlet for articles whose input names none.")
    ] = None,
    published: Annotated[
        str | None, typer.Option("--published", help="Publication date for articles whose input gives none.")
    ] = None,
) -> None:
    """Analyse articles and store the results in the ledger.

    Articles already in the ledger, analysed by this version from the same record, are not analysed
    again (unless --force), so re-running over the same folder is cheap and changes nothing; an
    article whose analysis comes out different is "updated" in place. Paths are stored absolute, so
    a relative and an absolute path to the same file are the same record. Exits with status 1 when
    any input was skipped (each one is listed with the reason), 130 when interrupted.

    With --workers or --scheduler the input is split into partitions analysed on Dask; with --shards
    each partition is written as a shard (load them later with `newsledger load`, or give --db too).

    Example: newsledger analyze news/ feeds/world.rss --db ledger.db --workers 4
    """
    from ..ingest.metadata import check_published
    from ..run import analyze_into
    from ..scale.report import RunReport

    out = Console()
    err = Console(stderr=True)
    try:
        published = check_published(published)
    except ValueError as error:
        err.print(Text(f"--published: {error}", style="bold red"))
        raise typer.Exit(2) from None
    if db is None and shards is None:
        db = DEFAULT_DB
    formats = ("jsonl", "parquet") if shard_format is ShardFormat.both else (shard_format.value,)
    report = RunReport()
    distributed = workers is not None or scheduler is not None
    ledger = open_ledger(db, read_only=False) if db is not None else None
    try:
        with _progress() as progress:
            update = _updater(progress, by_partition=distributed or shards is not None)
            announced = False

            def show(r) -> None:
                nonlocal announced
                if r.dashboard and not announced:
                    progress.console.print(f"Dask dashboard: {r.dashboard}")
                    announced = True
                update(r)

            with contextlib.suppress(KeyboardInterrupt):
                analyze_into(
                    paths,
                    ledger,
                    workers=workers,
                    scheduler=scheduler,
                    shards=shards,
                    formats=formats,
                    outlet=outlet,
                    published=published,
                    force=force,
                    batch_size=batch_size,
                    partition_items=partition_size,
                    progress=show,
                    report=report,
                )
        _print_summary(out, report, ledger, str(db) if db is not None else str(shards))
        if not report.interrupted:
            _next_steps(out, db, shards if db is None else None)
    finally:
        if ledger is not None:
            ledger.close()
    if report.interrupted:
        err.print(
            "interrupted: the articles listed as stored are in the ledger; run the same command to go on"
        )
        raise typer.Exit(130)
    if report.skipped:
        raise typer.Exit(1)


@app.command()
def load(
    shards: Annotated[
        str, typer.Argument(help="A shard folder written by `analyze --shards` (any fsspec path).")
    ],
    db: Annotated[Path, typer.Option("--db", help="The ledger: a SQLite file.")] = DEFAULT_DB,
) -> None:
    """Merge shards into the ledger, in input order, one transaction per article.

    Loading the same shards again changes nothing ("unchanged"); an article id met in an earlier
    shard is a duplicate and is not written twice. Exits with status 1 when a shard could not be read.

    Example: newsledger load s3://bucket/run-2024-05/ --db ledger.db
    """
    from ..scale.load import load_shards
    from ..scale.report import RunReport

    out = Console()
    report = RunReport()
    with open_ledger(db, read_only=False) as ledger:
        with _progress() as progress:
            task = progress.add_task("shards", total=None, rate="")

            def show(r) -> None:
                progress.update(
                    task, total=r.partitions, completed=r.partitions_done, rate=f"{r.read} analyses"
                )

            try:
                load_shards(shards, ledger, progress=show, report=report)
            except KeyboardInterrupt:
                report.interrupted = True
        report.finished = time.perf_counter()
        _print_summary(out, report, ledger, str(db))
        if not report.interrupted:
            _next_steps(out, db, None)
    if report.interrupted:
        raise typer.Exit(130)
    if report.skipped:
        raise typer.Exit(1)
