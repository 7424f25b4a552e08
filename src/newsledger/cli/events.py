"""Event commands: `transfers` (arms-transfer table), `eval plover`, `eval plover-extract`, `train plover`."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from .app import app, eval_app, train_app
from .core import DEFAULT_DB, DbOption
from .listings import LimitOption, OutletOption, SinceOption, UntilOption, run_listing
from .output import Column, Format, FormatOption, WideOption, choose_format, error, note, print_listing

TRANSFER_COLUMNS = [
    Column("date", width=10, fixed=True),
    Column("supplier", width=12, ratio=2),
    Column("recipient", width=12, ratio=2),
    Column("item", width=12, ratio=2),
    Column("quantity", "qty", width=6, ratio=1),
    Column("status", width=9, ratio=1),
]
TRANSFER_WIDE = [
    Column("unit", width=8, ratio=1),
    Column("item_category", "category", width=12, ratio=1),
    Column("provenance", width=10, ratio=1),
    Column("claimed_by", "claimed by", width=12, ratio=1),
    Column("outlet", width=14, fixed=True),
]
TRANSFER_FIELDS = [
    Column(key)
    for key in (
        "date", "supplier", "recipient", "item", "item_category", "quantity", "quantity_value",
        "unit", "provenance", "status", "claimed_by", "outlet", "published", "date_text", "statement_id",
        "event_id", "article_id",
    )
]  # fmt: skip


@app.command()
def transfers(
    db: DbOption = DEFAULT_DB,
    supplier: Annotated[
        str | None, typer.Option("--supplier", help="Supplier name contains this (Norway, United States).")
    ] = None,
    recipient: Annotated[
        str | None, typer.Option("--recipient", help="Recipient name contains this.")
    ] = None,
    status: Annotated[
        str | None, typer.Option("--status", help="delivered, pledged, planned, requested, denied, ...")
    ] = None,
    category: Annotated[
        str | None, typer.Option("--category", help="Item category: tanks, anti-tank missiles, ...")
    ] = None,
    outlet: OutletOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    csv_out: Annotated[
        Path | None, typer.Option("--csv", help="Also write every matching row to this CSV file.")
    ] = None,
    limit: LimitOption = 50,
    wide: WideOption = False,
    fmt: FormatOption = None,
) -> None:
    """Arms transfers and military aid, one row per item: supplier, recipient, item, quantity, status, date.

    A "claimed by" speaker means the transfer is that speaker's claim, not the outlet's own assertion.

    Example: newsledger transfers --recipient Ukraine --status delivered --db ledger.db --csv transfers.csv
    """
    from ..store.read import transfer_listing

    fmt = choose_format(fmt)

    def build(con):
        return transfer_listing(
            con,
            supplier=supplier or "",
            recipient=recipient or "",
            status=status or "",
            item_category=category or "",
            outlet=outlet or "",
            date_from=since or "",
            date_to=until or "",
        )

    if csv_out is not None:
        rows, total = run_listing(db, build, 0)
        try:
            with open(csv_out, "w", encoding="utf-8", newline="") as fh:
                writer = csv.writer(fh)
                writer.writerow([c.key for c in TRANSFER_FIELDS])
                writer.writerows([c.cell(r) for c in TRANSFER_FIELDS] for r in rows)
        except OSError as exc:
            raise error(f"cannot write {csv_out}: {exc.strerror or exc}") from None
        note(f"wrote {total} transfers to {csv_out}")
        rows = rows[:limit] if limit else rows
    else:
        rows, total = run_listing(db, build, limit)
    print_listing(
        rows,
        fmt,
        columns=TRANSFER_COLUMNS + (TRANSFER_WIDE if wide else [])
        if fmt is Format.table
        else TRANSFER_FIELDS,
        title="transfers",
        total=total,
        more=f"{total - len(rows)} more: --limit 0 shows all, --csv FILE writes all",
    )


def _confusion_table(scores) -> Table:
    table = Table(title="gold (rows) x predicted (columns)")
    table.add_column("")
    for lab in scores.labels:
        table.add_column(lab[:3], justify="right")
    for gold in scores.labels:
        cells = []
        for pred in scores.labels:
            n = scores.confusion.get((gold, pred), 0)
            cells.append(f"[bold]{n}[/bold]" if gold == pred and n else (str(n) if n else "."))
        table.add_row(gold, *cells)
    return table


@eval_app.command("plover")
def eval_plover(
    data: Path = typer.Argument(..., help="PLV-style TSV (marked_sentence, gold_root) or PLOVER GSR JSON."),
    predictions: Path | None = typer.Option(
        None, "--predictions", help="Write input columns + pred_root here."
    ),
    cv: int = typer.Option(
        0, "--cv", help="k-fold cross-validation on DATA itself (0: use the shipped model)."
    ),
    model: Path | None = typer.Option(
        None, "--model", help="A model from `train plover` instead of the shipped one."
    ),
    rules: bool = typer.Option(False, "--rules", help="Trigger lexicon only (baseline), no learned model."),
) -> None:
    """Classify the event linking each marked source and target; print accuracy, macro-F1, confusion.

    Example: newsledger eval plover ../shared/data/plover/PLV_train.tsv --cv 5
    """
    from ..eval.plover import score, write_predictions
    from ..pipeline import load_base_model
    from ..plover.data import read_examples
    from ..plover.model import load_model, rule_predict
    from ..plover.train import cross_validate, inputs

    examples = read_examples(data)
    rows = inputs(load_base_model(), examples)
    gold = [e.gold or "" for e in examples]
    if rules:
        pred, how = rule_predict(rows), "lexicon only"
    elif cv:
        pred, how = cross_validate(rows, gold, folds=cv), f"{cv}-fold stratified CV, seed fixed"
    else:
        clf = load_model(str(model) if model else None)
        if clf is None:
            raise error(
                "no PLOVER model found", hint="run `newsledger train plover`, or pass --cv or --rules"
            )
        pred, how = [str(p) for p in clf.predict(rows)], f"model {model or 'shipped'}"
    scores = score(gold, pred)
    console = Console(width=max(Console().width, 110))
    console.print(_confusion_table(scores))
    console.print(
        f"{data.name}: n={scores.n}  accuracy={scores.accuracy:.3f}  macro-F1={scores.macro_f1:.3f}  ({how})"
    )
    if predictions is not None:
        write_predictions(predictions, examples, pred)


@eval_app.command("plover-extract")
def eval_plover_extract(
    data: Path = typer.Argument(..., help="PLV-style TSV (marked_sentence, gold_root) or PLOVER GSR JSON."),
    misses: int = typer.Option(0, "--misses", help="Print up to N missed rows of each gold category.", min=0),
    limit: int = typer.Option(0, "--limit", help="Score only the first N rows (0: all).", min=0),
    json_out: Path | None = typer.Option(None, "--json", help="Write the figures, per category too, here."),
) -> None:
    """Run the whole pipeline on each plain sentence and score its events against the marked gold event:
    category recall, located (source and target overlap the gold spans), strict recall, events/sentence.

    Example: newsledger eval plover-extract ../shared/data/plover/PLV_train.tsv --misses 5
    """
    import json
    import time

    from ..eval.plover_extract import format_report, score_extraction
    from ..plover.data import read_examples

    examples = read_examples(data)
    if limit:
        examples = examples[:limit]
    began = time.perf_counter()
    report = score_extraction(examples)
    lines = format_report(report, data.name, misses)
    lines.append(f"({len(examples)} sentence(s) analysed and scored in {time.perf_counter() - began:.0f} s)")
    typer.echo("\n".join(lines))
    if json_out is not None:
        out = {"data": str(data), **report.figures(), "by_category": report.by_category()}
        json_out.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")


@train_app.command("plover")
def train_plover(
    data: Path = typer.Option(..., "--data", help="PLV_train.tsv (or any PLV-style TSV)."),
    out: Path = typer.Option(
        ..., "--out", help="Where to write the model (the shipped one is data/models/plover.joblib)."
    ),
    cv: int = typer.Option(5, "--cv", help="Report k-fold CV figures first (0 to skip)."),
) -> None:
    """Fit the PLOVER classifier on DATA with a fixed seed (reproduces the shipped model).

    Example: newsledger train plover --data ../shared/data/plover/PLV_train.tsv --out /tmp/plover.joblib
    """
    from ..eval.plover import score
    from ..pipeline import load_base_model
    from ..plover.data import read_plv
    from ..plover.train import cross_validate, fit, inputs, save

    examples = read_plv(data)
    rows = inputs(load_base_model(), examples)
    gold = [e.gold or "" for e in examples]
    if cv:
        s = score(gold, cross_validate(rows, gold, folds=cv))
        typer.echo(f"{cv}-fold CV: accuracy={s.accuracy:.3f} macro-F1={s.macro_f1:.3f} (n={s.n})")
    path = save(fit(rows, gold), out)
    typer.echo(f"model written to {path} ({path.stat().st_size // 1024} KiB)")
