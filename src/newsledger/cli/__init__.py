"""`newsledger` command line: thin wrappers over the library, one module per area."""

from __future__ import annotations

from . import (  # noqa: F401  (registers commands)
    actors,
    analyze,
    attribution,
    bench,
    compare,
    core,
    correct,
    eval_ledger,
    events,
    listings,
    train_encoder,
    web,
)
from .app import app


def main() -> None:
    app()
