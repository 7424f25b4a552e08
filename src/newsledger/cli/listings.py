"""`newsledger statements` and `newsledger events`: the ledger's rows by name, word, outlet and date.

"What did Lavrov say about sanctions" is `newsledger statements --speaker Lavrov --q sanctions`. Names
are resolved against actors' names and aliases (ids work too); a name that fits several actors is an
error listing them, so the user picks one instead of reading a mix. The queries are the read layer's
(`newsledger.store.read`), the same the web app runs, so both show the same rows.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Annotated

import typer

from ..model import EVENT_STATUSES
from .app import app
from .core import DEFAULT_DB, DbOption, local_ref
from .output import (
    Column,
    ExitCode,
    Format,
    FormatOption,
    WideOption,
    choose_format,
    database_error,
    error,
    open_ledger,
    print_listing,
)

LimitOption = Annotated[int, typer.Option("--limit", "-n", min=0, help="At most N rows (0: all).")]
OutletOption = Annotated[str | None, typer.Option("--outlet", help="Only this outlet (exact name).")]
SinceOption = Annotated[
    str | None, typer.Option("--since", help="Only from this date on (YYYY-MM-DD, or YYYY-MM, YYYY).")
]
UntilOption = Annotated[str | None, typer.Option("--until", help="Only up to this date (YYYY-MM-DD).")]


def resolve_actor(con: sqlite3.Connection, name: str, what: str = "actor") -> str:
    """The id of the one actor `name` names (a name, alias, id or part of one), or a usage error: none
    matches (with a hint), or several do (listing them, so the user can pick)."""
    from ..store.read import find_actors

    found = find_actors(con, name)
    if not found:
        raise error(f"no {what} matches {name!r}", hint="see `newsledger actors` for the names in the ledger")
    if len(found) > 1:
        shown = "; ".join(f"{r['name']} ({r['id']})" for r in found[:8]) + ("; …" if len(found) > 8 else "")
        raise error(
            f"{name!r} matches {len(found)} actors: {shown}",
            hint="give the full name or the id in quotes, e.g. --" + what + f" {found[0]['id']!r}",
        )
    return found[0]["id"]


def run_listing(db: Path, build: Callable[[sqlite3.Connection], object], limit: int) -> tuple[list, int]:
    """(rows, total) of the listing `build(con)` returns: the first `limit` rows (all for 0), with read
    errors turned into the CLI's exit codes (a bad filter value 2, a broken ledger 3)."""
    from ..store.read import InvalidInput

    with open_ledger(db) as ledger:
        con = ledger.conn
        try:
            listing = build(con)
            if limit:
                page = listing.page(con, 1, limit)
                return page.rows, page.total
            rows = list(listing.iter_rows(con))
            return rows, len(rows)
        except InvalidInput as exc:
            raise error(str(exc)) from None
        except sqlite3.Error as exc:
            raise database_error(db, exc) from None


def _date(row: dict) -> str:
    return (row.get("published") or "")[:10]


def _ref(row: dict) -> str:
    return local_ref(row["article_id"], row["local_id"]) if row.get("local_id") else row["id"]


# -- statements --------------------------------------------------------------------------------------

STATEMENT_COLUMNS = [
    Column("ref", "id", width=14, fixed=True, value=_ref),
    Column("published", "date", width=10, fixed=True, value=_date),
    Column("speaker", width=12, ratio=2, value=lambda r: r["speaker_name"] or r["source_text"] or "—"),
    Column("cue_text", "cue", width=10, ratio=1),
    Column("content", width=24, ratio=6),
]
STATEMENT_WIDE = [
    Column("outlet", width=14, fixed=True),
    Column("statement_class", "class", width=10, fixed=True),
    Column("cue_stance", "stance", width=8, fixed=True),
]
STATEMENT_FIELDS = [
    Column(key)
    for key in (
        "id", "published", "outlet", "speaker_id", "speaker_name", "source_text", "cue_text", "cue_stance",
        "kind", "statement_class", "content", "article_id", "article_title",
    )
]  # fmt: skip
CLASSES = ("speech", "writing", "belief", "intention", "perception")


@app.command("statements")
def statements_command(
    db: DbOption = DEFAULT_DB,
    speaker: Annotated[
        str | None, typer.Option("--speaker", help="Who said it: a name, alias or id (Lavrov, gov:RUS).")
    ] = None,
    q: Annotated[str | None, typer.Option("--q", "-q", help="Words in what was said (full-text).")] = None,
    outlet: OutletOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    article: Annotated[
        str | None, typer.Option("--article", help="Only this article (id or prefix).")
    ] = None,
    statement_class: Annotated[
        str,
        typer.Option(
            "--class",
            help="speech, writing, belief, intention, perception (comma-separated), or all.",
        ),
    ] = "speech,writing",
    limit: LimitOption = 50,
    wide: WideOption = False,
    fmt: FormatOption = None,
) -> None:
    """Statements: who said what, where and when; by speaker, words, outlet, date and class.

    By default the things said and written (speech, writing); --class all adds the beliefs, intentions
    and perceptions a writer attributes to someone. `newsledger statement ID` shows one in full.

    Example: newsledger statements --speaker Lavrov --q sanctions --since 2022-03-01 --db ledger.db
    """
    from ..store.read import statement_listing
    from ..store.read.articles import resolve_article

    fmt = choose_format(fmt)
    classes = statement_class.replace(" ", "")
    if classes != "all":
        unknown = [c for c in classes.split(",") if c not in CLASSES]
        if unknown or not classes:
            raise error(f"--class {statement_class!r} is not one of: {', '.join(CLASSES)}, all")

    def build(con):
        speaker_id = resolve_actor(con, speaker, "speaker") if speaker else ""
        article_id = ""
        if article:
            ids = resolve_article(con, article)
            if len(ids) != 1:
                raise error(f"--article {article!r} matches {len(ids)} articles", hint="give an id prefix")
            article_id = ids[0]
        return statement_listing(
            con,
            q=q or "",
            speaker=speaker_id,
            outlet=outlet or "",
            date_from=since or "",
            date_to=until or "",
            article=article_id,
            statement_class=classes,
        )

    rows, total = run_listing(db, build, limit)
    table = STATEMENT_COLUMNS + (STATEMENT_WIDE if wide else [])
    print_listing(
        rows,
        fmt,
        columns=table if fmt is Format.table else STATEMENT_FIELDS,
        title="statements",
        total=total,
        more=f"{total - len(rows)} more: --limit 0 shows all; `newsledger statement ID` shows one",
    )


# -- events ------------------------------------------------------------------------------------------


def _names(parts: list[dict]) -> str:
    return "; ".join(dict.fromkeys(p.get("actor_name") or p.get("text") or "?" for p in parts))


def _who(row: dict) -> str:
    return f"{_names(row.get('sources') or []) or '?'} → {_names(row.get('targets') or []) or '?'}"


def _status(row: dict) -> str:
    status = " ".join(x for x in ("not" if row.get("negated") else None, row.get("status")) if x)
    return status + (f" ({row['modality']})" if row.get("modality") else "")


def _items(row: dict) -> str:
    items = row.get("items") or []
    return "; ".join(" ".join(x for x in (i.get("quantity"), i.get("name")) if x) for i in items)


def _category(row: dict) -> str:
    return row["category"] + (f"/{row['mode']}" if row.get("mode") else "")


EVENT_COLUMNS = [
    Column("ref", "id", width=14, fixed=True, value=_ref),
    Column("date", width=10, fixed=True, value=lambda r: (r["date_value"] or r["published"] or "")[:10]),
    Column("category", width=8, ratio=1, value=_category),
    Column("who", "who → whom", width=20, ratio=4, value=_who),
    Column("status", width=8, ratio=1, value=_status),
]
EVENT_WIDE = [
    Column("trigger_text", "trigger", width=10, ratio=1),
    Column("items", width=12, ratio=2, value=_items),
    Column("claimed_by_name", "claimed by", width=12, ratio=1),
    Column("outlet", width=14, fixed=True),
]
EVENT_FIELDS = [
    Column("id"), Column("published"), Column("date_value"), Column("outlet"), Column("category"),
    Column("mode"), Column("trigger_text"), Column("sources", value=lambda r: _names(r.get("sources") or [])),
    Column("targets", value=lambda r: _names(r.get("targets") or [])), Column("items", value=_items),
    Column("status"), Column("negated"), Column("modality"), Column("location_text"),
    Column("claimed_by_name"), Column("statement_id"), Column("sentence"), Column("article_id"),
]  # fmt: skip


@app.command("events")
def events_command(
    db: DbOption = DEFAULT_DB,
    category: Annotated[
        str | None, typer.Option("--category", help="A PLOVER category: AID, ASSAULT, CONSULT, ...")
    ] = None,
    actor: Annotated[
        str | None, typer.Option("--actor", help="A source or target: a name, alias or id (Russia, gov:UKR).")
    ] = None,
    status: Annotated[
        str | None, typer.Option("--status", help=f"One of: {', '.join(EVENT_STATUSES)}.")
    ] = None,
    outlet: OutletOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    limit: LimitOption = 50,
    wide: WideOption = False,
    fmt: FormatOption = None,
) -> None:
    """Events: who did what to whom, by category, actor, status, outlet and date.

    `newsledger event ID` shows one in full, with the sentence it was found in.

    Example: newsledger events --category ASSAULT --actor Russia --status happened --db ledger.db
    """
    from ..store.read import event_listing

    fmt = choose_format(fmt)

    def build(con):
        return event_listing(
            con,
            category=(category or "").upper(),
            actor=resolve_actor(con, actor) if actor else "",
            status=status or "",
            outlet=outlet or "",
            date_from=since or "",
            date_to=until or "",
        )

    rows, total = run_listing(db, build, limit)
    table = EVENT_COLUMNS + (EVENT_WIDE if wide else [])
    print_listing(
        rows,
        fmt,
        columns=table if fmt is Format.table else EVENT_FIELDS,
        title="events",
        total=total,
        more=f"{total - len(rows)} more: --limit 0 shows all; `newsledger event ID` shows one",
        fields=(),
    )


__all__ = ["ExitCode", "resolve_actor", "run_listing"]
