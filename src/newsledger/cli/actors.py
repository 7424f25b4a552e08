"""`newsledger actors`, `actor NAME`, `eval speakers` and `eval speaker-sources`: the actors in a ledger,
one actor's record, the speaker-resolution benchmark and the PolNeAR speaker proxy. The queries are the
read layer's (`newsledger.store.read`)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.text import Text

from .app import app, eval_app
from .core import DEFAULT_DB, DbOption, local_ref
from .listings import LimitOption, resolve_actor, run_listing
from .output import (
    Column,
    Format,
    FormatOption,
    WideOption,
    choose_format,
    console,
    database_error,
    error,
    make_table,
    one_line,
    open_ledger,
    print_listing,
)

_REF = Column("ref", "id", width=14, fixed=True, value=lambda r: local_ref(r["article_id"], r["local_id"]))
ACTOR_COLUMNS = [
    Column("name", width=16, ratio=3),
    Column("type", width=12, ratio=1),
    Column("country", "ctry", width=4, fixed=True),
    Column("mentions", width=8, right=True, fixed=True),
    Column("statements", "said", width=5, right=True, fixed=True),
]
ACTOR_WIDE = [Column("id", width=16, ratio=2)]
ACTOR_FIELDS = [Column(k) for k in ("id", "name", "type", "country", "known", "mentions", "statements")]


@app.command("actors")
def actors_command(
    db: DbOption = DEFAULT_DB,
    q: Annotated[str | None, typer.Option("--q", "-q", help="Names, aliases or ids containing this.")] = None,
    type_: Annotated[
        str | None, typer.Option("--type", help="Only this type: person, government, state, military, ...")
    ] = None,
    country: Annotated[
        str | None, typer.Option("--country", help="Only this ISO 3166 alpha-3 country.")
    ] = None,
    limit: LimitOption = 50,
    wide: WideOption = False,
    fmt: FormatOption = None,
) -> None:
    """The actors in the ledger: people, governments, states, organisations, with how often they appear.

    Example: newsledger actors --db ledger.db --type person --country RUS
    """
    from ..store.read import actor_listing

    fmt = choose_format(fmt)

    def build(con):
        listing = actor_listing(con, q=q or "", type=type_ or "")
        if country:
            listing.conds["country"] = ("ac.country = ?", [country.upper()])
        return listing

    rows, total = run_listing(db, build, limit)
    print_listing(
        rows,
        fmt,
        columns=ACTOR_COLUMNS + (ACTOR_WIDE if wide else []) if fmt is Format.table else ACTOR_FIELDS,
        title="actors",
        total=total,
        more=f"{total - len(rows)} more: --limit 0 shows all; `newsledger actor NAME` shows one",
    )


def _said_rows(record: dict) -> list[dict]:
    return [s for rows in record["said_by_outlet"].values() for s in rows]


@app.command("actor")
def actor_command(
    name: Annotated[str, typer.Argument(help="An actor id (gov:RUS), name or alias, or part of one.")],
    db: DbOption = DEFAULT_DB,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="Rows per section.")] = 10,
    fmt: FormatOption = None,
) -> None:
    """One actor: aliases, roles, what it said, what was said about it, its events (the latest first).

    Each section shows the latest --limit rows and says how to list them all.

    Example: newsledger actor "Ben Wallace" --db ledger.db   (or an id: newsledger actor gov:RUS)
    """
    from ..store.read import actor

    if fmt in (Format.tsv, Format.csv):
        raise error(
            f"--format {fmt} is for listings; `actor` is a table or json",
            hint=f"for rows use `newsledger statements --speaker {name!r} --format {fmt}`",
        )
    with open_ledger(db) as ledger:
        try:
            actor_id = resolve_actor(ledger.conn, name)
            record = actor(ledger.conn, actor_id, per_outlet=limit, limit=limit)
        except sqlite3.Error as exc:
            raise database_error(db, exc) from None
    if record is None:
        raise error(f"no actor {actor_id!r} in {db}")
    if fmt is Format.json:
        typer.echo(json.dumps(record, ensure_ascii=False, indent=2, default=str))
        return
    _render_actor(record, name, limit)


def _render_actor(record: dict, asked: str, limit: int) -> None:
    out = console()
    ac = record["actor"]
    known = "from the gazetteer" if ac.get("known") else "found in the text"
    out.rule(Text(ac["name"], style="bold"))
    facts = [ac["id"], ac.get("type") or "", ac.get("country") or "", known]
    if record.get("principal"):
        facts.append(f"acts for {record['principal']['name']}")
    out.print(Text(" · ".join(f for f in facts if f), style="dim"))
    if record["aliases"]:
        out.print(Text("also called: ", style="bold") + Text("; ".join(record["aliases"])))
    if record["roles"]:
        roles = [{**r, "where": r.get("country") or r.get("organisation") or ""} for r in record["roles"]]
        columns = [
            Column("title", "role", width=20, ratio=3),
            Column("where", width=6, ratio=1),
            Column("start", "from", width=10, fixed=True),
            Column("end", "to", width=10, fixed=True),
        ]
        out.print(make_table(columns, roles, title=f"roles ({len(roles)})"))

    said = sorted(_said_rows(record), key=lambda r: (r["published"] or "", r["id"]), reverse=True)[:limit]
    total = record["said_count"]
    columns = [
        _REF,
        Column("published", "date", width=10, fixed=True, value=lambda r: (r["published"] or "")[:10]),
        Column("outlet", width=10, ratio=1),
        Column("cue_text", "cue", width=10, ratio=1),
        Column("content", width=24, ratio=5),
    ]
    _section(out, f"what it said ({total})", columns, said, total,
             f"newsledger statements --speaker {ac['id']!r} --limit 0")  # fmt: skip

    about = record["about"]
    columns = [
        _REF,
        Column("published", "date", width=10, fixed=True, value=lambda r: (r["published"] or "")[:10]),
        Column("speaker", width=12, ratio=2, value=lambda r: r["speaker_name"] or r["source_text"] or "—"),
        Column("content", width=24, ratio=5),
    ]
    more = len(about) + (1 if record["about_more"] else 0)
    _section(out, f"what was said about it ({len(about)}{'+' if record['about_more'] else ''})", columns,
             about, more, None)  # fmt: skip

    for role, key in (("as source", "events_as_source"), ("as target", "events_as_target")):
        events = record[key]
        total = record[f"{key}_total"]
        columns = [
            Column(
                "ref", "id", width=14, fixed=True, value=lambda r: local_ref(r["article_id"], r["local_id"])
            ),
            Column(
                "category",
                width=8,
                ratio=1,
                value=lambda r: r["category"] + (f"/{r['mode']}" if r.get("mode") else ""),
            ),  # fmt: skip
            Column("who", "who → whom", width=20, ratio=4, value=_who),
            Column("status", width=8, ratio=1),
        ]
        _section(out, f"events {role} ({total})", columns, events, total,
                 f"newsledger events --actor {ac['id']!r} --limit 0")  # fmt: skip
    if record.get("merged"):
        out.print(Text("merged into it: " + ", ".join(record["merged"]), style="dim"))


def _who(row: dict) -> str:
    def names(parts):
        return "; ".join(dict.fromkeys(p.get("actor_name") or p.get("text") or "?" for p in parts))

    return f"{names(row.get('sources') or []) or '?'} → {names(row.get('targets') or []) or '?'}"


def _section(
    out: Console, title: str, columns: list[Column], rows: list, total: int, more: str | None
) -> None:
    if not rows:
        out.print(Text(f"{title.split(' (')[0]}: none", style="dim"))
        return
    out.print(make_table(columns, rows, title=title))
    if total > len(rows) and more:
        out.print(Text(one_line(f"… {total - len(rows)} more: {more}"), style="dim"))


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
        raise error("need a gold TSV file and a --data folder with text/ (and attributions/)")
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


@eval_app.command("speaker-sources")
def eval_speaker_sources(
    directory: Annotated[Path, typer.Argument(help="A PolNeAR split folder (with text/ and attributions/).")],
    limit: Annotated[
        int | None, typer.Option("--limit", "-n", help="The first N articles in sorted order (0: all).")
    ] = 150,
    misses: Annotated[
        int, typer.Option("--misses", help="List this many unresolved or suspect-wrong cases.")
    ] = 0,
    only: Annotated[
        str | None,
        typer.Option("--class", help="Misses of one gold class: pronoun, named, described, nominal."),
    ] = None,
    json_out: Annotated[
        Path | None, typer.Option("--json", help="Also write the counts as JSON here.")
    ] = None,
) -> None:
    """Speaker proxy: statements matched to PolNeAR attributions, by gold source class (pronoun, named,
    nominal), unresolved or resolved, and for named sources whether the actor carries the name.

    Example: newsledger eval speaker-sources ../shared/data/polnear/train --limit 150 --misses 40
    """
    from ..eval.speaker_sources import CLASSES, evaluate
    from ..eval.speaker_sources import misses as list_misses

    if not (directory / "text").is_dir() or not (directory / "attributions").is_dir():
        raise error(f"{directory} has no text/ and attributions/ folders")
    if only is not None and only not in CLASSES:
        raise error(f"--class must be one of {', '.join(CLASSES)}")
    report = evaluate(directory, limit=limit or None)
    out = Console(soft_wrap=True)
    out.print(
        f"{report.documents} articles, {report.gold_with_source} gold attributions with a source, "
        f"{report.total()} matched by cue"
    )
    for cls in (None, *CLASSES):
        n = report.total(cls)
        counts = report.counts(cls)
        line = (
            f"{cls or 'all':8} {n:5}  unresolved {counts['unresolved']:4} "
            f"({report.rate('unresolved', cls):.3f}; no source {report.no_source(cls)})"
        )
        if cls in (None, "named"):
            line += (
                f"  agree {counts['agree']:4} ({report.rate('agree', cls):.3f})"
                f"  suspect wrong {counts['suspect-wrong']:4} ({report.rate('suspect-wrong', cls):.3f})"
            )
        if cls != "named":
            line += f"  resolved {counts['resolved']:4}"
        out.print(line)
    for c in list_misses(report, misses, (only,) if only else CLASSES):
        out.print(
            Text(
                f"  {c.verdict:13} {c.gold_class:7} {c.article} {c.gold_span[0]}-{c.gold_span[1]} "
                f"gold {c.gold_source!r} cue {c.cue!r} ours {c.our_source!r} "
                f"-> {c.speaker_name or c.speaker or '-'}"
            )
        )
    if json_out:
        json_out.write_text(json.dumps(report.as_dict(), indent=2), encoding="utf-8")
