"""`newsledger correct`: corrections that survive re-analysis (merge two actors, rename one, flag an
extraction as wrong, list them, undo one).

Corrections are rows of their own table; every read of the ledger (the CLI, the web app, exports,
Datasette's views) applies them, and they still apply after `analyze` stores an article again.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from .app import app
from .output import (
    Column,
    ExitCode,
    FormatOption,
    check_ledger_file,
    choose_format,
    error,
    note,
    open_ledger,
    print_listing,
)

correct_app = typer.Typer(
    help="Correct the ledger: merge or rename actors, flag wrong extractions, list and undo corrections.",
    no_args_is_help=True,
)
app.add_typer(correct_app, name="correct")

DbOption = Annotated[Path, typer.Option("--db", help="The ledger: a SQLite file.")]
NoteOption = Annotated[str | None, typer.Option("--note", "-n", help="Why: kept with the correction.")]
DEFAULT_DB = Path("ledger.db")


class Flaggable(StrEnum):
    statement = "statement"
    event = "event"
    cue = "cue"
    mention = "mention"


def _record(db: Path, make) -> None:
    """Open the ledger for writing, make one correction, print what it was."""
    from ..store.corrections import CorrectionError, describe, list_corrections

    check_ledger_file(db)  # corrections are for an existing ledger: never create an empty one
    with open_ledger(db, read_only=False) as ledger:
        try:
            number = make(ledger.conn)
        except CorrectionError as exc:
            raise error(str(exc), code=ExitCode.USAGE) from None
        done = list_corrections(ledger.conn, number=number)[0]
    typer.echo(f"correction {number}: {describe(done)}")
    note(f"undo it with: newsledger correct undo {number} --db {db}")


@correct_app.command("merge")
def merge(
    actor: Annotated[str, typer.Argument(help="The actor to merge away: a name, alias or id.")],
    into: Annotated[str, typer.Argument(help="The actor to keep: a name, alias or id.")],
    db: DbOption = DEFAULT_DB,
    note_: NoteOption = None,
) -> None:
    """Read ACTOR as INTO everywhere: its statements, mentions and events, its name as an alias.

    Example: newsledger correct merge "rus-russian-defence-ministry" "Russian Ministry of Defence"
    """
    from ..store import corrections

    _record(db, lambda conn: corrections.merge(conn, actor, into, note_))


@correct_app.command("rename")
def rename(
    actor: Annotated[str, typer.Argument(help="The actor: a name, alias or id.")],
    name: Annotated[str, typer.Argument(help="Its new name (the old one stays findable as an alias).")],
    db: DbOption = DEFAULT_DB,
    note_: NoteOption = None,
) -> None:
    """Give an actor the name it should have.

    Example: newsledger correct rename gov:RUS "Government of Russia"
    """
    from ..store import corrections

    _record(db, lambda conn: corrections.rename(conn, actor, name, note_))


@correct_app.command("flag")
def flag(
    kind: Annotated[Flaggable, typer.Argument(help="What it is: statement, event, cue or mention.")],
    ref: Annotated[
        str,
        typer.Argument(
            help="Its id as `show` prints it (ARTICLE-ID-OR-PREFIX:S3, …:E2, …:C1; a mention's number)."
        ),
    ],
    db: DbOption = DEFAULT_DB,
    note_: NoteOption = None,
) -> None:
    """Mark an extraction as wrong: it leaves every listing, page and export, also after re-analysis.

    Example: newsledger correct flag statement 3f2a9c1b:S4 --note "the speaker is the reporter"
    """
    from ..store import corrections

    _record(db, lambda conn: corrections.flag(conn, kind.value, ref, note_))


@correct_app.command("list")
def list_(db: DbOption = DEFAULT_DB, fmt: FormatOption = None, all_: Annotated[
    bool, typer.Option("--all", "-a", help="Include undone corrections.")
] = False) -> None:  # fmt: skip
    """The corrections in the ledger, newest first (numbers are what `correct undo` takes).

    Example: newsledger correct list --db ledger.db
    """
    from ..store.corrections import describe, list_corrections

    check_ledger_file(db)
    with open_ledger(db, read_only=False) as ledger:  # for writing: brings an older ledger up to date
        items = list_corrections(ledger.conn, include_undone=all_)
    for c in items:
        c["correction"] = describe(c)
    columns = [
        Column("id", "#", width=4, right=True, fixed=True),
        Column("created_at", "when", width=10, fixed=True, value=lambda r: (r["created_at"] or "")[:10]),
        Column("correction", width=30, ratio=1),
    ]
    print_listing(
        items, choose_format(fmt), columns=columns, title="Corrections", empty="none yet",
        fields=("id", "action", "target_type", "target_id", "value", "article_id", "start", "end", "label",
                "text", "previous", "note", "created_at", "undone_at"),
    )  # fmt: skip


@correct_app.command("undo")
def undo(
    number: Annotated[int, typer.Argument(help="The correction's number (see `correct list`).")],
    db: DbOption = DEFAULT_DB,
) -> None:
    """Withdraw a correction; it stays in the list, marked undone.

    Example: newsledger correct undo 3 --db ledger.db
    """
    from ..store.corrections import CorrectionError, describe
    from ..store.corrections import undo as undo_

    check_ledger_file(db)
    with open_ledger(db, read_only=False) as ledger:
        try:
            done = undo_(ledger.conn, number)
        except CorrectionError as exc:
            raise error(str(exc), hint=f"see `newsledger correct list --all --db {db}`") from None
    typer.echo(f"undone {number}: {describe(done)}")
