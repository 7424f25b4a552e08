"""The typer application and its sub-groups; command modules register themselves on these."""

from __future__ import annotations

import typer

app = typer.Typer(
    name="newsledger",
    help="Turn conflict and diplomacy news into a checkable record: who said what, who did what to whom.",
    no_args_is_help=True,
    rich_markup_mode="markdown",
    context_settings={"help_option_names": ["-h", "--help"]},
)
eval_app = typer.Typer(
    help="Score an extractor against gold data (exact-match and overlap P/R/F1).", no_args_is_help=True
)
train_app = typer.Typer(help="Reproduce the shipped models from training data.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")
app.add_typer(train_app, name="train")
