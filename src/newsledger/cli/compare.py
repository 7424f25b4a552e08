"""`newsledger stories` and `newsledger compare`: near-duplicates, stories, and how outlets differ."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from .app import app
from .output import ExitCode, error, open_ledger

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


def _members_table(title: str, clusters: list[dict], mark_original: bool) -> Table:
    """One row per member; the cluster's id, label and dates on its first row."""
    table = Table(title=title)
    for col in ("cluster", "dates", "article", "outlet", "published", "sim", "title"):
        table.add_column(col, no_wrap=col in ("cluster", "article", "published"))
    for cl in clusters:
        dates = " – ".join(dict.fromkeys(d[:10] for d in (cl["first_date"], cl["last_date"]) if d))
        for n, m in enumerate(cl["members"]):
            star = "*" if mark_original and m["id"] == cl["original_article_id"] else " "
            sim = f"{m['similarity']:.2f}" if m["similarity"] is not None else ""
            table.add_row(
                cl["id"] if n == 0 else "",
                dates if n == 0 else "",
                f"{star}{m['id'][:10]}",
                m["outlet"] or "?",
                (m["published"] or "")[:10],
                sim,
                m["title"] or "",
                end_section=n == len(cl["members"]) - 1,
            )
    return table


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
        console.print(_members_table("Stories", stories_, mark_original=False))
    if dups:
        console.print(_members_table("Near-duplicates (* original)", dups, mark_original=True))
    if not stories_ and not dups:
        console.print("No stories: no two articles are close enough.")


def _voices_table(rep) -> Table:
    t = Table(title="Voices quoted", title_justify="left")
    for col in ("speaker", "n", "stances", "cues"):
        t.add_column(col)
    for v in rep.voices:
        stances = ", ".join(f"{k} {n}" for k, n in sorted(v.stances.items(), key=lambda x: -x[1]))
        t.add_row(v.name, str(v.count), stances, ", ".join(v.cues[:6]))
    return t


def _events_table(rep) -> Table:
    t = Table(title="Events", title_justify="left")
    for col in ("voice", "category", "who → whom", "trigger", "attributed to"):
        t.add_column(col)
    for voice, evs in (("own", rep.events_asserted), ("attributed", rep.events_attributed)):
        for e in evs:
            who = f"{', '.join(e.sources) or '?'} → {', '.join(e.targets) or '?'}"
            t.add_row(voice, e.category, who, e.trigger, ", ".join(e.attributed_to))
    return t


def _cues_table(rep) -> Table:
    t = Table(title="Framing cues (own voice / quoted)", title_justify="left")
    for col in ("category", "term", "alternative", "own", "quoted", "quoted from"):
        t.add_column(col)
    for c in rep.cues:
        t.add_row(
            c.category, c.term, c.alternative or "", str(c.count), str(c.quoted), ", ".join(c.quoted_from)
        )
    return t


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
        console.print(_voices_table(rep))
        if rep.events_asserted or rep.events_attributed:
            console.print(_events_table(rep))
        if rep.cues:
            console.print(_cues_table(rep))
        if len(result.outlets) > 1:
            console.print(f"[bold]Only here[/bold] — speakers: {', '.join(rep.only_here_speakers) or '—'}")
            console.print(f"  events: {', '.join(rep.only_here_events) or '—'}")
            console.print(f"  actors: {', '.join(rep.only_here_actors) or '—'}")
    if result.shared_voices:
        t = Table(title="Quoted by more than one outlet")
        for col in ("speaker", "outlet", "stances", "cues"):
            t.add_column(col)
        for sv in result.shared_voices:
            for outlet, stances in sv.by_outlet.items():
                st = ", ".join(f"{k} {n}" for k, n in stances.items())
                t.add_row(sv.name, outlet, st, ", ".join(sv.cues_by_outlet[outlet][:6]))
        console.print(t)
