"""`newsledger analyze`: filling the ledger."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from ..model import Article, ArticleAnalysis
from .app import app
from .core import DEFAULT_DB, DbOption


def _label(article: Article) -> str:
    return article.source_file or article.url or article.id


# -- analyze ---------------------------------------------------------------------------------------


@dataclass
class _Run:
    """What one `analyze` run did, for the summary and the exit status."""

    read: int = 0
    outcomes: Counter = field(default_factory=Counter)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)
    stored: list[str] = field(default_factory=list)  # ids of articles now current in the ledger


def _analyse_batch_parallel(batch: list[Article], workers: int, run: _Run, ledger) -> None:
    """Analyse a batch on Dask worker processes, then store it here (SQLite has one writer)."""
    from ..scale import Failed, analyze_parallel

    for article, result in zip(batch, analyze_parallel(batch, workers=workers), strict=True):
        if isinstance(result, Failed):
            run.skipped.append((_label(article), f"analysis failed: {result.error}"))
        else:
            _store(article, result, run, ledger)


def _store(article: Article, analysis: ArticleAnalysis, run: _Run, ledger) -> None:
    """Write one analysis, counting its outcome; a failed write skips that article only."""
    try:
        run.outcomes[ledger.write(analysis)] += 1
    except Exception as error:  # e.g. the ledger locked by another writer past the timeout
        run.skipped.append((_label(article), f"could not store: {type(error).__name__}: {error}"))
    else:
        run.stored.append(article.id)


def _analyse_batch(batch: list[Article], nlp, run: _Run, ledger) -> None:
    """Analyse and store a batch; if spaCy fails on the batch, retry one by one so only the
    article that fails is skipped."""
    from ..pipeline import analyze_articles

    try:
        analyses: list[tuple[Article, ArticleAnalysis]] = list(
            zip(batch, analyze_articles(batch, nlp, batch_size=len(batch)), strict=True)
        )
    except Exception:
        analyses = []
        for article in batch:
            try:
                analyses.append((article, next(analyze_articles([article], nlp))))
            except Exception as error:  # one bad article must not stop the run
                run.skipped.append((_label(article), f"analysis failed: {type(error).__name__}: {error}"))
    for article, analysis in analyses:
        _store(article, analysis, run, ledger)


@app.command()
def analyze(
    paths: Annotated[
        list[str],
        typer.Argument(help="Files or folders (.txt .html .jsonl .rss/.atom .warc.gz); - reads stdin."),
    ],
    db: DbOption = DEFAULT_DB,
    batch_size: Annotated[int, typer.Option("--batch-size", min=1, help="Articles per spaCy batch.")] = 16,
    force: Annotated[
        bool, typer.Option("--force", help="Analyse every article again, even those already current.")
    ] = False,
    workers: Annotated[
        int,
        typer.Option(
            "--workers", min=1, help="Worker processes (Dask) for the NLP; 1 runs in this process."
        ),
    ] = 1,
) -> None:
    """Analyse articles and store the results in the ledger.

    Articles already in the ledger, analysed by this version from the same record, are not analysed
    again (unless --force), so re-running over the same folder is cheap and changes nothing; an
    article whose analysis comes out different is "updated" in place. Exits with status 1 when
    any input was skipped (each one is listed with the reason).

    Example: newsledger analyze news/ feeds/world.rss --db ledger.db --workers 4
    """
    from ..fingerprint import pipeline_version
    from ..ingest import Skipped, read
    from ..store import Ledger

    out = Console()
    run = _Run()
    seen: dict[str, str] = {}
    nlp = None
    batch: list[Article] = []

    def flush() -> None:
        nonlocal nlp, batch
        if batch and workers > 1:
            _analyse_batch_parallel(batch, workers, run, ledger)
            batch = []
        elif batch:
            if nlp is None:
                from ..pipeline import load_nlp

                nlp = load_nlp()
            _analyse_batch(batch, nlp, run, ledger)
            batch = []

    progress = Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        TextColumn("· {task.completed} items read"),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        transient=True,
    )
    with Ledger(db) as ledger:
        with progress:
            task = progress.add_task("reading", total=None)
            for item in read(paths):
                progress.advance(task)
                if isinstance(item, Skipped):
                    run.skipped.append((item.item, item.reason))
                    continue
                run.read += 1
                label = _label(item)
                if item.id in seen:
                    run.duplicates.append((label, seen[item.id]))
                    continue
                seen[item.id] = label
                if not force and ledger.is_current(item.id, pipeline_version(), article=item):
                    run.outcomes["unchanged"] += 1
                    run.stored.append(item.id)
                    continue
                batch.append(item)
                if len(batch) >= batch_size * workers * (4 if workers > 1 else 1):
                    progress.update(task, description=f"analysing {len(batch)} articles, up to {label}")
                    flush()
                    progress.update(task, description="reading")
            if batch:
                progress.update(task, description=f"analysing {len(batch)} articles")
                flush()
        _print_summary(out, run, ledger, db)
    if run.skipped:
        raise typer.Exit(1)


def _print_summary(out: Console, run: _Run, ledger, db: Path) -> None:
    from ..store import queries

    summary = Table(title=f"analyze → {db}", show_header=False)
    summary.add_column("what")
    summary.add_column("n", justify="right")
    summary.add_row("read", str(run.read))
    for outcome in ("new", "updated", "unchanged"):
        summary.add_row(outcome, str(run.outcomes[outcome]))
    if run.duplicates:
        summary.add_row("duplicate (same outlet and text)", str(len(run.duplicates)))
    summary.add_row("skipped", str(len(run.skipped)), style="bold red" if run.skipped else None)
    out.print(summary)

    found = Table(title=f"found in {len(run.stored)} stored articles")
    totals = queries.totals(ledger.conn, run.stored)
    for key in totals:
        found.add_column(key, justify="right")
    found.add_row(*(str(v) for v in totals.values()))
    out.print(found)

    if run.duplicates:
        dupes = Table(title="duplicates (not stored again)")
        dupes.add_column("item")
        dupes.add_column("same article as")
        for item, first in run.duplicates:
            dupes.add_row(item, first)
        out.print(dupes)
    if run.skipped:
        skipped = Table(title="skipped")
        skipped.add_column("item", overflow="fold")
        skipped.add_column("reason", overflow="fold")
        for item, reason in run.skipped:
            skipped.add_row(item, reason)
        out.print(skipped)
