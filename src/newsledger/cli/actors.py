"""`newsledger actors`, `actor NAME` and `eval speakers`: the actors in a ledger, one actor's record, and
the speaker-resolution benchmark."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Annotated

import typer
from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from .app import app, eval_app

DEFAULT_DB = Path("ledger.db")
DbOption = Annotated[Path, typer.Option("--db", help="The ledger: a SQLite file.")]

_ARTICLES_OF = (
    "SELECT article_id FROM mentions WHERE actor_id = a.id "
    "UNION SELECT article_id FROM statements WHERE speaker_id = a.id"
)
ACTORS_SQL = f"""
SELECT a.id, a.name, a.type, a.country,
       (SELECT count(*) FROM mentions m WHERE m.actor_id = a.id) AS n_mentions,
       (SELECT count(*) FROM statements s WHERE s.speaker_id = a.id) AS n_statements,
       (SELECT count(*) FROM ({_ARTICLES_OF})) AS n_articles,
       (SELECT group_concat(outlet, ', ') FROM (SELECT DISTINCT ar.outlet FROM articles ar
          WHERE ar.outlet IS NOT NULL AND ar.id IN ({_ARTICLES_OF}) ORDER BY ar.outlet)) AS outlets
FROM actors a
WHERE (:type IS NULL OR a.type = :type) AND (:country IS NULL OR a.country = :country)
ORDER BY n_mentions + n_statements DESC, a.name
LIMIT :limit
"""


def _fail(message: str) -> typer.Exit:
    Console(stderr=True).print(Text(message, style="bold red"))
    return typer.Exit(1)


def _connect(db: Path) -> sqlite3.Connection:
    """A read-only connection through the store's Ledger (which checks the schema version)."""
    from ..store import Ledger, LedgerError

    try:
        return Ledger(db, read_only=True).conn
    except LedgerError as error:
        raise _fail(f"{error} (run `newsledger analyze PATH --db FILE` first)") from None


def list_actors(
    conn: sqlite3.Connection, *, type_: str | None = None, country: str | None = None, limit: int = 50
) -> list[sqlite3.Row]:
    """Actors with their mention, statement and article counts, most present first."""
    conn.row_factory = sqlite3.Row
    params = {"type": type_, "country": country.upper() if country else None, "limit": limit}
    return conn.execute(ACTORS_SQL, params).fetchall()


def find_actor(conn: sqlite3.Connection, name: str) -> list[sqlite3.Row]:
    """Actors matching an id, a name or alias (any case), else a part of one; the most mentioned first."""
    conn.row_factory = sqlite3.Row
    order = "ORDER BY (SELECT count(*) FROM mentions m WHERE m.actor_id = a.id) DESC, a.name"
    exact = conn.execute(
        "SELECT DISTINCT a.* FROM actors a LEFT JOIN actor_aliases al ON al.actor_id = a.id "
        f"WHERE a.id = :n OR a.name = :n COLLATE NOCASE OR al.alias = :n COLLATE NOCASE {order}",
        {"n": name},
    ).fetchall()
    if exact:
        return exact
    return conn.execute(
        "SELECT DISTINCT a.* FROM actors a LEFT JOIN actor_aliases al ON al.actor_id = a.id "
        f"WHERE a.name LIKE :p OR al.alias LIKE :p {order}",
        {"p": f"%{name}%"},
    ).fetchall()


def actor_record(conn: sqlite3.Connection, actor_id: str) -> dict[str, list[sqlite3.Row]]:
    """Aliases, roles, what the actor said, what was said about it, and the events it took part in."""
    conn.row_factory = sqlite3.Row
    q = conn.execute
    return {
        "aliases": q(
            "SELECT alias FROM actor_aliases WHERE actor_id = ? ORDER BY alias", (actor_id,)
        ).fetchall(),
        "roles": q(
            'SELECT title, country, organisation, start, "end" FROM actor_roles WHERE actor_id = ? '
            "ORDER BY start",
            (actor_id,),
        ).fetchall(),
        "said": q(
            "SELECT s.id, a.outlet, a.published, s.source_text, s.cue_text, s.cue_stance, s.content "
            "FROM statements s JOIN articles a ON a.id = s.article_id WHERE s.speaker_id = ? "
            "ORDER BY a.outlet, a.published, s.cue_start",
            (actor_id,),
        ).fetchall(),
        "said_about": q(
            "SELECT DISTINCT s.id, a.outlet, a.published, coalesce(sp.name, s.source_text) AS speaker, "
            "s.cue_text, s.content FROM mentions m "
            'JOIN statement_contents c ON c.start <= m.start AND m."end" <= c."end" '
            "JOIN statements s ON s.id = c.statement_id AND s.article_id = m.article_id "
            "JOIN articles a ON a.id = s.article_id LEFT JOIN actors sp ON sp.id = s.speaker_id "
            "WHERE m.actor_id = ? AND s.speaker_id IS NOT ? ORDER BY a.outlet, a.published",
            (actor_id, actor_id),
        ).fetchall(),
        "events": q(
            "SELECT p.role, e.id, e.category, e.trigger_text, e.status, v.sources, v.targets, v.outlet "
            "FROM event_participants p JOIN events e ON e.id = p.event_id "
            "JOIN events_view v ON v.id = e.id WHERE p.actor_id = ? ORDER BY v.published, e.id",
            (actor_id,),
        ).fetchall(),
    }


def _short(text: str | None, width: int = 90) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _statement_table(title: str, rows: list, who_key: str, who_label: str) -> Table:
    """Statements as outlet, date, who, cue, content: shared by what an actor said and what was said of it."""
    table = Table("outlet", "date", who_label, "cue", "content", box=box.SIMPLE_HEAD, title=title)
    for r in rows:
        table.add_row(
            r["outlet"] or "-",
            (r["published"] or "")[:10],
            _short(r[who_key], 30),
            r["cue_text"],
            _short(r["content"]),
        )
    return table


@app.command("actors")
def actors_command(
    db: DbOption = DEFAULT_DB,
    type_: Annotated[
        str | None, typer.Option("--type", help="Only this type: person, government, state, military, ...")
    ] = None,
    country: Annotated[
        str | None, typer.Option("--country", help="Only this ISO 3166 alpha-3 country.")
    ] = None,
    limit: Annotated[int, typer.Option("--limit", min=1, help="At most this many rows.")] = 50,
) -> None:
    """The actors in the ledger: people, governments, states, organisations, with how often they appear.

    Example: newsledger actors --db ledger.db --type person --country RUS
    """
    rows = list_actors(_connect(db), type_=type_, country=country, limit=limit)
    table = Table(box=box.SIMPLE_HEAD)
    for col in ("name", "type", "country", "#mentions", "#statements", "#articles", "outlets"):
        table.add_column(col, justify="right" if col.startswith("#") else "left", no_wrap=col == "name")
    for r in rows:
        table.add_row(
            r["name"],
            r["type"],
            r["country"] or "",
            str(r["n_mentions"]),
            str(r["n_statements"]),
            str(r["n_articles"]),
            r["outlets"] or "",
        )
    Console().print(table)
    if not rows:
        Console(stderr=True).print("no actors match")


@app.command("actor")
def actor_command(
    name: Annotated[str, typer.Argument(help="An actor id (gov:RUS), name or alias, or part of one.")],
    db: DbOption = DEFAULT_DB,
) -> None:
    """One actor: aliases, roles, what it said (by outlet), what was said about it, its events.

    Example: newsledger actor "Ben Wallace" --db ledger.db   (or an id: newsledger actor gov:RUS)
    """
    conn = _connect(db)
    found = find_actor(conn, name)
    if not found:
        raise _fail(f"no actor matches {name!r}")
    actor = found[0]
    console = Console()
    known = "gazetteer" if actor["known"] else "found in text"
    console.print(
        Text(f"{actor['name']}  ", style="bold")
        + Text(
            f"{actor['id']} · {actor['type']} · {actor['country'] or '-'} · {known}"
            + (f" · agent of {actor['agent_of']}" if actor["agent_of"] else "")
        )
    )
    if len(found) > 1:
        console.print("also matching: " + ", ".join(f"{r['name']} ({r['id']})" for r in found[1:6]))
    rec = actor_record(conn, actor["id"])
    if rec["aliases"]:
        console.print("aliases: " + "; ".join(r["alias"] for r in rec["aliases"]))
    if rec["roles"]:
        roles = Table("role", "country/organisation", "from", "to", box=box.SIMPLE_HEAD, title="roles")
        for r in rec["roles"]:
            roles.add_row(
                r["title"], r["country"] or r["organisation"] or "", r["start"] or "", r["end"] or ""
            )
        console.print(roles)
    console.print(
        _statement_table(f"what it said ({len(rec['said'])})", rec["said"], "source_text", "source")
    )
    console.print(
        _statement_table(
            f"what was said about it ({len(rec['said_about'])})", rec["said_about"], "speaker", "speaker"
        )
    )
    if rec["events"]:
        events = Table(
            "as",
            "category",
            "trigger",
            "status",
            "sources",
            "targets",
            "outlet",
            box=box.SIMPLE_HEAD,
            title=f"events ({len(rec['events'])})",
        )
        for r in rec["events"]:
            events.add_row(
                r["role"],
                r["category"],
                r["trigger_text"],
                r["status"] or "",
                r["sources"] or "",
                r["targets"] or "",
                r["outlet"] or "",
            )
        console.print(events)


@eval_app.command("speakers")
def eval_speakers(
    gold: Annotated[
        Path, typer.Argument(help="Gold TSV: article, start, end, source_text, gold_actor_name.")
    ],
    data: Annotated[
        Path, typer.Option("--data", help="A PolNeAR split folder (with text/ and attributions/).")
    ],
    errors: Annotated[bool, typer.Option("--errors", help="List every wrong or unresolved item.")] = False,
    coverage: Annotated[
        bool,
        typer.Option("--coverage/--no-coverage", help="Also count all gold sources that resolve at all."),
    ] = True,
) -> None:
    """Speaker resolution accuracy: gold source spans through the actors resolver.

    Example: newsledger eval speakers benchmarks/speakers_dev.tsv --data ../shared/data/polnear/dev
    """
    from ..eval.speakers import evaluate

    if not gold.is_file() or not (data / "text").is_dir():
        raise _fail("need a gold TSV file and a --data folder with text/ (and attributions/)")
    report = evaluate(gold, data, coverage=coverage)
    console = Console()
    right = sum(r.correct for r in report.results)
    console.print(f"speaker accuracy: {report.accuracy:.3f} ({right}/{len(report.results)})")
    console.print(f"unresolved (no actor): {report.unresolved}")
    if coverage:
        share = report.sources_resolved / report.sources_total if report.sources_total else 0.0
        console.print(
            f"all gold sources resolving to a named actor: {report.sources_resolved}/"
            f"{report.sources_total} ({share:.3f})"
        )
    if errors:
        for r in report.results:
            if not r.correct:
                console.print(
                    f"  {r.gold.article} {r.gold.start}-{r.gold.end} {r.gold.source_text!r}: "
                    f"gold {r.gold.gold!r}, got {r.actor_name or r.actor_id or 'nothing'}"
                )
