"""`newsledger` command line: thin wrappers over the library, one module per area."""

from __future__ import annotations

from . import actors, analyze, attribution, bench, compare, core, eval_ledger, events, web  # noqa: F401  (registers commands)
from .app import app


def main() -> None:
    app()
