"""`newsledger serve`: the read-only web app over a ledger."""

from __future__ import annotations

from pathlib import Path

import typer

from .app import app
from .output import check_ledger_file, check_port


@app.command()
def serve(
    db: Path = typer.Option(
        ..., "--db", help="Ledger file (SQLite) written by `newsledger analyze`; opened read-only."
    ),
    host: str = typer.Option(
        "127.0.0.1", "--host", help="Interface to bind; the default keeps it on this machine."
    ),
    port: int = typer.Option(8000, "--port", help="TCP port."),
    allow_corrections: bool = typer.Option(
        False,
        "--allow-corrections",
        help="Let the pages record corrections (merge, rename, flag, undo) in the ledger; off: read-only.",
    ),
) -> None:
    """Browse, search and compare the ledger in a web browser (works offline).

    Example: newsledger serve --db demo.db --port 8000   (then open http://127.0.0.1:8000)
    """
    check_ledger_file(db)
    check_port(host, port)
    import threading

    import uvicorn

    from ..web.app import create_app, local_hosts
    from ..web.deps import warm_up

    threading.Thread(target=warm_up, daemon=True).start()

    hosts = local_hosts(host)
    if hosts is None:
        typer.echo(f"warning: {host} exposes the ledger to every machine that can reach this one", err=True)
    from ..store import LedgerError

    try:
        web_app = create_app(db, allowed_hosts=hosts, allow_corrections=allow_corrections)
    except LedgerError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(3) from None
    mode = "with corrections allowed" if allow_corrections else "read-only"
    typer.echo(f"newsledger: serving {db} {mode} at http://{host}:{port}/")
    uvicorn.run(web_app, host=host, port=port, log_level="warning")
