"""`newsledger eval polnear` and `newsledger train attribution`."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from .app import eval_app, train_app

console = Console()


def _table(report, title: str) -> Table:
    table = Table(title=title)
    for col in ("measure", "P", "R", "F1", "predicted", "gold"):
        table.add_column(col, justify="right" if col != "measure" else "left")
    order = [f"{r}/{m}" for r in ("source", "cue", "content") for m in ("exact", "overlap", "chars")]
    order += ["linked", "linked-exact"]
    for key in order:
        s = report.scores.get(key)
        if s is None:
            continue
        table.add_row(
            key,
            f"{s.precision:.3f}",
            f"{s.recall:.3f}",
            f"{s.f1:.3f}",
            str(int(s.n_pred)),
            str(int(s.n_gold)),
        )
    return table


@eval_app.command("polnear")
def eval_polnear(
    directory: Annotated[Path, typer.Argument(help="PolNeAR split with text/ and attributions/.")],
    predictions: Annotated[
        Path | None, typer.Option("--predictions", "-p", help="Write one BRAT .ann per text here.")
    ] = None,
    rules_only: Annotated[
        bool, typer.Option("--rules-only", help="Statements from the rules alone.")
    ] = False,
    limit: Annotated[int | None, typer.Option("--limit", "-n", help="Only the first N articles.")] = None,
    scored: Annotated[
        Path | None,
        typer.Option(
            "--score", help="Score .ann files already in this folder instead of running the pipeline."
        ),
    ] = None,
    json_out: Annotated[
        Path | None, typer.Option("--json", help="Also write the scores as JSON here.")
    ] = None,
) -> None:
    """Score attributed statements against PolNeAR gold: per-role exact/overlap/char P/R/F1 and linked F1.

    Example: newsledger eval polnear ../shared/data/polnear/dev --predictions /tmp/pred
    """
    from ..eval import polnear

    if not (directory / "text").is_dir() or not (directory / "attributions").is_dir():
        raise typer.BadParameter(f"{directory} has no text/ and attributions/ folders")
    started = time.perf_counter()
    if scored:
        report = polnear.score_dirs(directory, scored, limit)
        title = f"PolNeAR {directory.name}: {scored}"
    else:
        from ..pipeline import load_nlp

        nlp = load_nlp()
        pipe = nlp.get_pipe("newsledger_statements") if "newsledger_statements" in nlp.pipe_names else None
        previous = getattr(pipe, "use_model", None)
        if pipe is not None and rules_only:
            pipe.use_model = False
        try:
            report = polnear.evaluate(directory, nlp, predictions=predictions, limit=limit)
        finally:
            if pipe is not None and previous is not None:
                pipe.use_model = previous
        title = f"PolNeAR {directory.name} ({'rules only' if rules_only else 'rules + model'})"
    elapsed = time.perf_counter() - started
    console.print(_table(report, title))
    console.print(f"{report.documents} articles in {elapsed:.1f} s")
    if json_out:
        json_out.write_text(json.dumps(report.as_dict(), indent=2), encoding="utf-8")


@train_app.command("attribution")
def train_attribution(
    data: Annotated[Path, typer.Option("--data", help="PolNeAR training split (text/, attributions/).")],
    out: Annotated[
        Path, typer.Option("--out", help="Weights path without suffix; writes .crfsuite and .json.")
    ],
    dev: Annotated[Path | None, typer.Option("--dev", help="Dev split, scored after training.")] = None,
    seed: Annotated[int, typer.Option("--seed", help="Orders the training documents.")] = 0,
    limit: Annotated[int | None, typer.Option("--limit", "-n", help="Only the first N articles.")] = None,
) -> None:
    """Train the CRF attribution tagger (CPU, deterministic) and optionally score it on dev.

    Example: newsledger train attribution --data ../shared/data/polnear/train
    --out src/newsledger/data/models/attribution --dev ../shared/data/polnear/dev
    """
    from ..pipeline import add_components, load_base_model
    from ..training.attribution import evaluate_tagger, train

    nlp = add_components(load_base_model(), components=())
    train(data, out, nlp, seed=seed, limit=limit, log=console.print)
    if dev:
        report = evaluate_tagger(dev, out, nlp)
        console.print(_table(report, f"PolNeAR {dev.name}: model alone"))
