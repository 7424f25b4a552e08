"""`newsledger train encoder-attribution` and `newsledger eval polnear-encoder` (the accurate profile)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from .app import eval_app, train_app

console = Console()

_VENV_HELP = (
    "Training needs torch and transformers, which the lock file leaves out (torch would pull gigabytes "
    "of CUDA wheels into every `make setup`). Use a separate venv with a torch '+cpu' wheel:\n\n"
    "python3 -m venv /work/trainvenv\n\n"
    "python3 -m uv pip install --python /work/trainvenv/bin/python TORCH_CPU_WHEEL transformers onnx "
    "onnxscript\n\n"
    "python3 -m uv pip install --python /work/trainvenv/bin/python -e .\n\n"
    "nice -n 10 /work/trainvenv/bin/newsledger train encoder-attribution "
    "--data ../shared/data/polnear/train --out /tmp/enc\n\n"
    "Then copy encoder.onnx, encoder.json, tokenizer.json, attribution_head.npz/.json and NOTICE from "
    "--out to src/newsledger/data/models/encoder/ to ship them."
)


@train_app.command(
    "encoder-attribution",
    help="Fine-tune the encoder + attribution head.\n\n"
    "Example: newsledger train encoder-attribution --data ../shared/data/polnear/train --out /tmp/enc "
    "--stop-after 200\n\n" + _VENV_HELP,
)
def train_encoder_attribution(
    data: Annotated[Path, typer.Option("--data", help="PolNeAR training split (text/, attributions/).")],
    out: Annotated[Path, typer.Option("--out", help="Output folder (ONNX int8 + fp32/, head, metadata).")],
    epochs: Annotated[float, typer.Option("--epochs", help="Length of the LR schedule, in epochs.")] = 0.8,
    stop_after: Annotated[
        int | None, typer.Option("--stop-after", help="Stop after this many steps of that schedule.")
    ] = None,
    lr: Annotated[float, typer.Option("--lr", help="Peak learning rate (AdamW).")] = 2e-4,
    batch_size: Annotated[int, typer.Option("--batch-size", help="Windows per step.")] = 16,
    max_len: Annotated[int, typer.Option("--max-len", help="Wordpieces per window incl. [CLS]/[SEP].")] = 128,
    overlap: Annotated[int, typer.Option("--overlap", help="Overlap of a long paragraph's chunks.")] = 32,
    seed: Annotated[int, typer.Option("--seed", help="Initialisation, dropout and batch order.")] = 0,
    threads: Annotated[
        int, typer.Option("--threads", help="torch intra-op threads (1 on a shared machine).")
    ] = 1,
    limit: Annotated[int | None, typer.Option("--limit", "-n", help="Only the first N articles.")] = None,
    from_checkpoint: Annotated[
        Path | None,
        typer.Option("--from-checkpoint", help="Only export this checkpoint.pt (a run cut short) to --out."),
    ] = None,
) -> None:
    from ..encoder import training

    try:
        if from_checkpoint:
            training.export_checkpoint(from_checkpoint, out, log=console.print)
            return
        training.train(
            data,
            out,
            epochs=epochs,
            stop_after=stop_after,
            lr=lr,
            batch_size=batch_size,
            max_len=max_len,
            overlap=overlap,
            seed=seed,
            threads=threads,
            limit=limit,
            log=console.print,
        )
    except RuntimeError as exc:
        if str(exc) == training.TORCH_MISSING:
            console.print(f"[red]{exc}[/red]")
            raise typer.Exit(2) from None
        raise


def _row(table: Table, name: str, report) -> None:
    from ..encoder.evaluate import summary

    s = summary(report)
    table.add_row(name, *(f"{v:.3f}" for v in s.values()))


@eval_app.command("polnear-encoder")
def eval_polnear_encoder(
    directory: Annotated[Path, typer.Argument(help="PolNeAR split with text/ and attributions/.")],
    model: Annotated[
        Path | None, typer.Option("--model", help="Encoder folder (default: the packaged weights).")
    ] = None,
    threads: Annotated[int, typer.Option("--threads", help="onnxruntime intra-op threads.")] = 1,
    limit: Annotated[int | None, typer.Option("--limit", "-n", help="Only the first N articles.")] = None,
    json_out: Annotated[
        Path | None, typer.Option("--json", help="Also write the scores as JSON here.")
    ] = None,
) -> None:
    """Score the accurate pipeline on PolNeAR: the encoder's statements alone and merged with the rules.

    Example: newsledger eval polnear-encoder ../shared/data/polnear/dev
    """
    from ..encoder.evaluate import build_nlp, evaluate, summary

    if not (directory / "text").is_dir() or not (directory / "attributions").is_dir():
        raise typer.BadParameter(f"{directory} has no text/ and attributions/ folders")
    result = evaluate(directory, build_nlp(model, threads), limit=limit)
    table = Table(title=f"PolNeAR {directory.name}: encoder ({model or 'packaged'})")
    for col in ("variant", "source", "cue", "content", "content overlap", "linked", "linked exact"):
        table.add_column(col, justify="left" if col == "variant" else "right")
    _row(table, "encoder alone", result.alone)
    _row(table, "encoder + rules", result.combined)
    _row(table, "encoder first + precise rules", result.model_first)
    console.print(table)
    console.print(f"{result.documents} articles in {result.seconds:.1f} s (exact F1 per role)")
    if json_out:
        json_out.write_text(
            json.dumps(
                {
                    "alone": summary(result.alone),
                    "combined": summary(result.combined),
                    "model_first": summary(result.model_first),
                    "alone_full": result.alone.as_dict(),
                    "combined_full": result.combined.as_dict(),
                    "seconds": result.seconds,
                },
                indent=2,
            ),
            encoding="utf-8",
        )
