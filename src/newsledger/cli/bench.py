"""`newsledger bench`: what our components cost on top of the bare spaCy parse.

Both pipelines run over the same texts in one process, after a warm-up, in alternating order across
repeats (so neither always runs on a cold cache), and the median is reported with the spread: the
machines this runs on are often shared, and one repeat can be off by a lot.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table
from spacy.language import Language

from .app import app
from .output import error

console = Console()


@dataclass
class Timing:
    name: str
    seconds: list[float] = field(default_factory=list)  # wall clock
    cpu: list[float] = field(default_factory=list)  # process CPU time: steadier on a busy machine

    @property
    def median(self) -> float:
        return statistics.median(self.seconds)

    @property
    def cpu_median(self) -> float:
        return statistics.median(self.cpu)


@dataclass
class BenchResult:
    articles: int
    words: int
    bare: Timing
    full: Timing

    @property
    def ratio(self) -> float:
        """Median full time over median bare time: the target is at most 1.3."""
        return self.full.median / self.bare.median

    @property
    def ratios(self) -> list[float]:
        """Full/bare per repeat, to show how much the shared machine moved the figure."""
        return [f / b for f, b in zip(self.full.seconds, self.bare.seconds, strict=True)]

    @property
    def cpu_ratio(self) -> float:
        return self.full.cpu_median / self.bare.cpu_median

    @property
    def cpu_ratios(self) -> list[float]:
        return [f / b for f, b in zip(self.full.cpu, self.bare.cpu, strict=True)]


def read_texts(directory: Path, limit: int | None = None) -> list[str]:
    """Every .txt file under `directory`, in path order, so repeated runs time the same texts."""
    paths = sorted(p for p in directory.rglob("*.txt") if p.is_file())[:limit]
    return [p.read_text(encoding="utf-8", errors="replace") for p in paths]


def _time(nlp: Language, texts: Sequence[str], batch_size: int) -> tuple[float, float]:
    """(wall seconds, CPU seconds) for one pass over `texts`."""
    wall, cpu = time.perf_counter(), time.process_time()
    for _ in nlp.pipe(texts, batch_size=batch_size):
        pass
    return time.perf_counter() - wall, time.process_time() - cpu


def run_bench(
    texts: Sequence[str], bare: Language, full: Language, *, repeat: int = 3, batch_size: int = 16
) -> BenchResult:
    """Time `bare` and `full` on `texts`: one warm-up each, then `repeat` timed runs, order alternating."""
    if not texts:
        raise ValueError("no texts to time")
    warm = texts[: min(len(texts), 4)]
    _time(bare, warm, batch_size)
    _time(full, warm, batch_size)
    result = BenchResult(len(texts), sum(len(t.split()) for t in texts), Timing("bare"), Timing("full"))
    for r in range(max(1, repeat)):
        order = (bare, full) if r % 2 == 0 else (full, bare)
        for nlp in order:
            timing = result.bare if nlp is bare else result.full
            wall, cpu = _time(nlp, texts, batch_size)
            timing.seconds.append(wall)
            timing.cpu.append(cpu)
    return result


def render(result: BenchResult) -> Table:
    table = Table(
        title=f"{result.articles} articles, {result.words} words, {len(result.bare.seconds)} repeats"
    )
    for col in ("pipeline", "median s", "min-max s", "CPU s", "articles/s", "words/s"):
        table.add_column(col, justify="left" if col == "pipeline" else "right", no_wrap=True)
    for label, t in (("bare en_core_web_sm", result.bare), ("full newsledger", result.full)):
        table.add_row(
            label,
            f"{t.median:.2f}",
            f"{min(t.seconds):.2f}-{max(t.seconds):.2f}",
            f"{t.cpu_median:.2f}",
            f"{result.articles / t.median:.1f}",
            f"{result.words / t.median:.0f}",
        )
    return table


@app.command("bench")
def bench(
    directory: Annotated[Path, typer.Argument(help="Folder of .txt articles (searched recursively).")],
    limit: Annotated[int | None, typer.Option("--limit", "-n", help="Only the first N texts.")] = None,
    repeat: Annotated[int, typer.Option("--repeat", "-r", help="Timed runs of each pipeline.")] = 3,
    batch_size: Annotated[int, typer.Option("--batch-size", help="spaCy batch size.")] = 16,
    profile: Annotated[
        str | None, typer.Option("--profile", help="Pipeline profile to time (default: fast).")
    ] = None,
) -> None:
    """Time bare en_core_web_sm against the full newsledger pipeline on the same texts (target ≤ 1.3×
    for the fast profile, ≤ 2.0× for the accurate one).

    Example: newsledger bench ../shared/data/polnear/dev/text --repeat 3 --profile accurate
    """
    from ..pipeline import DEFAULT_PROFILE, load_base_model, load_nlp, profiles

    profile = profile or DEFAULT_PROFILE
    if profile not in profiles():
        raise error(f"unknown profile {profile!r}", hint=f"choose from {', '.join(sorted(profiles()))}")

    if not directory.is_dir():
        raise error(f"{directory} is not a folder", hint="give a folder of .txt articles")
    texts = read_texts(directory, limit)
    if not texts:
        raise error(f"no .txt files under {directory}")
    result = run_bench(
        texts, load_base_model(profile), load_nlp(profile), repeat=repeat, batch_size=batch_size
    )
    console.print(render(result))
    ratios, cpu = result.ratios, result.cpu_ratios
    console.print(
        f"ratio full/bare: {result.ratio:.3f} (per repeat {min(ratios):.3f}-{max(ratios):.3f}; target ≤ 1.3)"
    )
    console.print(
        f"CPU-time ratio full/bare: {result.cpu_ratio:.3f} (per repeat {min(cpu):.3f}-{max(cpu):.3f})"
    )
