"""Event commands: `transfers` (arms-transfer table), `eval plover` and `train plover`."""

from __future__ import annotations

import csv
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from .app import app, eval_app, train_app

DEFAULT_DB = Path("ledger.db")  # the same default as `analyze`
TRANSFER_COLUMNS = (
    "published", "outlet", "supplier", "recipient", "item", "item_category", "quantity",
    "provenance", "status", "date_value", "statement_id", "event_id", "article_id",
)  # fmt: skip


@app.command()
def transfers(
    db: Path = typer.Option(DEFAULT_DB, "--db", help="Ledger file (SQLite) written by `newsledger analyze`."),
    csv_out: Path | None = typer.Option(None, "--csv", help="Also write every row to this CSV file."),
    limit: int = typer.Option(200, "--limit", help="Rows to show on screen (the CSV gets all)."),
) -> None:
    """Arms transfers and military aid, one row per item: supplier, recipient, item, quantity, status, date.

    `statement_id` set means the transfer is a speaker's claim, not the outlet's own assertion.

    Example: newsledger transfers --db ledger.db --csv transfers.csv
    """
    from ..store.ledger import Ledger, LedgerError

    try:
        ledger = Ledger(db, read_only=True)
    except LedgerError as err:
        typer.echo(str(err), err=True)
        raise typer.Exit(2) from err
    with ledger:
        rows = ledger.conn.execute(
            "SELECT * FROM transfers ORDER BY published NULLS LAST, article_id, event_id"
        ).fetchall()
    if csv_out is not None:
        with open(csv_out, "w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh)
            cols = rows[0].keys() if rows else list(TRANSFER_COLUMNS)
            writer.writerow(cols)
            writer.writerows([tuple(r) for r in rows])
    table = Table(title=f"Transfers ({len(rows)})")
    shown = ("published", "supplier", "recipient", "item", "item_category", "quantity", "provenance",
             "status", "date_value", "statement_id")  # fmt: skip
    for col in shown:
        table.add_column(col.replace("_", " "))
    for r in rows[:limit]:
        table.add_row(*("" if r[c] is None else str(r[c]) for c in shown))
    Console(width=max(Console().width, 160)).print(table)


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
            typer.echo("No model found: run `newsledger train plover` or pass --cv/--rules.", err=True)
            raise typer.Exit(2)
        pred, how = [str(p) for p in clf.predict(rows)], f"model {model or 'shipped'}"
    scores = score(gold, pred)
    console = Console(width=max(Console().width, 110))
    console.print(_confusion_table(scores))
    console.print(
        f"{data.name}: n={scores.n}  accuracy={scores.accuracy:.3f}  macro-F1={scores.macro_f1:.3f}  ({how})"
    )
    if predictions is not None:
        write_predictions(predictions, examples, pred)


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
