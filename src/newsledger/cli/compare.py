"""`newsledger stories` and `newsledger compare`: near-duplicates, stories, and how outlets differ."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.text import Text

from .app import app
from .output import Column, ExitCode, error, make_table, open_ledger

console = Console()
DbOption = Annotated[Path, typer.Option("--db", help="The ledger: a SQLite file.")]


def _ledger(db: Path, *, read_only: bool):
    """The ledger, or exit 3 with the reason (missing, not a ledger, another schema version)."""
    if not db.exists():
        raise error(
            f"no ledger at {db}",
            hint=f"run `newsledger analyze PATH --db {db}` first",
            code=ExitCode.DATABASE,
        )
    return open_ledger(db, read_only=read_only)


def _print_clusters(out: Console, title: str, clusters: list[dict], mark_original: bool) -> None:
    """Each cluster as a line (id, dates, size) over a table of its members, laid out for 80 columns."""
    out.print(Text(f"{title} ({len(clusters)})", style="bold"))
    columns = [
        Column("article", width=11, fixed=True),
        Column("published", "date", width=10, fixed=True),
        Column("outlet", width=10, ratio=1),
        Column("sim", width=4, right=True, fixed=True),
        Column("title", width=20, ratio=3),
    ]
    for cl in clusters:
        dates = " – ".join(dict.fromkeys(d[:10] for d in (cl["first_date"], cl["last_date"]) if d))
        out.print(Text(" · ".join(x for x in (cl["id"], dates, f"{len(cl['members'])} articles") if x)))
        rows = [
            {
                "article": ("*" if mark_original and m["id"] == cl["original_article_id"] else " ")
                + m["id"][:10],
                "published": (m["published"] or "")[:10],
                "outlet": m["outlet"] or "?",
                "sim": f"{m['similarity']:.2f}" if m["similarity"] is not None else "",
                "title": m["title"] or "",
            }
            for m in cl["members"]
        ]
        out.print(make_table(columns, rows))


@app.command("stories")
def stories(
    db: DbOption = Path("ledger.db"),
    story_threshold: Annotated[
        float | None, typer.Option("--threshold", help="Story similarity needed to join (0-1).")
    ] = None,
    dup_threshold: Annotated[
        float | None, typer.Option("--dup-threshold", help="Shingle overlap for near-duplicates (0-1).")
    ] = None,
    list_only: Annotated[
        bool, typer.Option("--list", help="List stored clusters without recomputing.")
    ] = False,
) -> None:
    """(Re)compute near-duplicate clusters (reprints, wire copy) and stories, and list them.

    Near-duplicates: MinHash LSH over word 5-shingles; the original (*) is the earliest published, then the
    first read. Stories: articles about the same happening (shared words, actors, events, dates).

    Example: newsledger stories --db ledger.db
    """
    console = Console()  # made per call: it reads the terminal width when the command runs
    from ..compare.clusters import recompute, stored_clusters

    with _ledger(db, read_only=list_only) as ledger:
        if not list_only:
            thresholds = {}
            if story_threshold is not None:
                thresholds["story_threshold"] = story_threshold
            if dup_threshold is not None:
                thresholds["dup_threshold"] = dup_threshold
            result = recompute(ledger, **thresholds)
            n_dup, n_story = len(result.duplicates), len(result.stories)
            console.print(f"{n_story} stories, {n_dup} near-duplicate clusters written to {db}")
        dups = stored_clusters(ledger, "duplicate")
        stories_ = stored_clusters(ledger, "story")
    if stories_:
        _print_clusters(console, "stories", stories_, mark_original=False)
    if dups:
        _print_clusters(console, "near-duplicates (* the original)", dups, mark_original=True)
    if not stories_ and not dups:
        console.print("No stories: no two articles are close enough.")


def _print_voices(out: Console, rep) -> None:
    rows = [
        {
            "speaker": v.name,
            "n": v.count,
            "stances": ", ".join(f"{k} {n}" for k, n in sorted(v.stances.items(), key=lambda x: -x[1])),
            "cues": ", ".join(v.cues[:6]),
        }
        for v in rep.voices
    ]
    columns = [
        Column("speaker", width=14, ratio=2),
        Column("n", width=3, right=True, fixed=True),
        Column("stances", width=12, ratio=2),
        Column("cues", width=12, ratio=2),
    ]
    out.print(make_table(columns, rows, title="voices quoted"))


def _print_events(out: Console, rep) -> None:
    rows = [
        {
            "voice": voice,
            "category": e.category,
            "who": f"{', '.join(e.sources) or '?'} → {', '.join(e.targets) or '?'}",
            "trigger": e.trigger,
            "attributed": ", ".join(e.attributed_to),
        }
        for voice, evs in (("own", rep.events_asserted), ("claimed", rep.events_attributed))
        for e in evs
    ]
    columns = [
        Column("voice", width=7, fixed=True),
        Column("category", width=9, ratio=1),
        Column("who", "who → whom", width=18, ratio=3),
        Column("trigger", width=10, ratio=1),
        Column("attributed", "claimed by", width=12, ratio=2),
    ]
    out.print(make_table(columns, rows, title="events"))


def _print_cues(out: Console, rep) -> None:
    rows = [
        {
            "category": c.category,
            "term": c.term + (f" → {c.alternative}" if c.alternative else ""),
            "own": c.count,
            "quoted": c.quoted,
            "from": ", ".join(c.quoted_from),
        }
        for c in rep.cues
    ]
    columns = [
        Column("category", width=10, ratio=1),
        Column("term", "term → alternative", width=16, ratio=2),
        Column("own", width=3, right=True, fixed=True),
        Column("quoted", width=6, right=True, fixed=True),
        Column("from", "quoted from", width=12, ratio=2),
    ]
    out.print(make_table(columns, rows, title="framing cues (own voice / quoted)"))


@app.command("compare")
def compare(
    refs: Annotated[
        list[str],
        typer.Argument(help="A story (or duplicate) cluster id or unique prefix; with --articles, articles."),
    ],
    db: DbOption = Path("ledger.db"),
    articles: Annotated[
        bool, typer.Option("--articles", "-a", help="REFS are articles (id, id prefix or source file).")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the comparison as JSON.")] = False,
) -> None:
    """How outlets told one story: whom each quotes and how, what each asserts in its own voice, which
    framing cues each uses, and what each reports that the others leave out.

    Example: newsledger compare 3f2a --db ledger.db   (or: newsledger compare --articles 8a97 67fa)
    """
    console = Console()  # made per call: it reads the terminal width when the command runs
    from ..compare.report import compare as build
    from ..compare.report import story_report
    from ..store.queries import matching_article_ids

    if not articles and len(refs) != 1:
        raise error("give one STORY id (see `newsledger stories`), or --articles A B …")
    with _ledger(db, read_only=True) as ledger:
        if articles:
            ids = []
            for ref in refs:
                found = matching_article_ids(ledger.conn, ref)
                if len(found) != 1:
                    raise error(f"{ref!r} matches {len(found)} articles", hint="give a longer id prefix")
                ids.append(found[0])
            result = build(ledger, ids)
        else:
            try:
                result = story_report(ledger, refs[0])
            except KeyError as exc:
                raise error(exc.args[0], hint="see `newsledger stories --list` for the story ids") from None
    if as_json:
        typer.echo(result.to_json())
        return
    for rep in result.outlets:
        titles = "; ".join(f"{a.id[:10]} {a.published or ''} {a.title or ''}" for a in rep.articles)
        console.rule(f"[bold]{rep.outlet}[/bold]")
        console.print(titles)
        _print_voices(console, rep)
        if rep.events_asserted or rep.events_attributed:
            _print_events(console, rep)
        if rep.cues:
            _print_cues(console, rep)
        if len(result.outlets) > 1:
            console.print(f"[bold]Only here[/bold] — speakers: {', '.join(rep.only_here_speakers) or '—'}")
            console.print(f"  events: {', '.join(rep.only_here_events) or '—'}")
            console.print(f"  actors: {', '.join(rep.only_here_actors) or '—'}")
    if result.shared_voices:
        rows = [
            {
                "speaker": sv.name,
                "outlet": outlet,
                "stances": ", ".join(f"{k} {n}" for k, n in stances.items()),
                "cues": ", ".join(sv.cues_by_outlet[outlet][:6]),
            }
            for sv in result.shared_voices
            for outlet, stances in sv.by_outlet.items()
        ]
        columns = [
            Column("speaker", width=14, ratio=2),
            Column("outlet", width=10, ratio=1),
            Column("stances", width=12, ratio=2),
            Column("cues", width=12, ratio=2),
        ]
        console.print(make_table(columns, rows, title="quoted by more than one outlet"))
