"""`newsledger show`, `articles` and `export`: reading the ledger back (`analyze` is in cli/analyze.py)."""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated, TextIO

import typer
from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..model import ArticleAnalysis
from .app import app

DEFAULT_DB = Path("ledger.db")
DbOption = Annotated[Path, typer.Option("--db", help="The ledger: a SQLite file.")]

#: How `show` marks each kind of annotation; later entries win where spans overlap.
STYLES: dict[str, str] = {
    "mention": "underline",
    "content": "green",
    "source": "bold cyan",
    "cue": "bold magenta",
    "event": "bold yellow",
    "framing": "red",
}


class ExportFormat(StrEnum):
    jsonl = "jsonl"
    csv = "csv"


class ExportTable(StrEnum):
    statements = "statements"
    events = "events"
    transfers = "transfers"
    actors = "actors"
    cues = "cues"
    articles = "articles"
    mentions = "mentions"


def _fail(message: str, code: int = 1) -> typer.Exit:
    Console(stderr=True).print(Text(message, style="bold red"))
    return typer.Exit(code)


def _open_ledger(db: Path):
    from ..store import Ledger, LedgerError

    try:
        return Ledger(db, read_only=True)
    except LedgerError as error:
        hint = " (run `newsledger analyze PATH --db FILE` first)" if not db.exists() else ""
        raise _fail(f"{error}{hint}") from None


# -- show ------------------------------------------------------------------------------------------


def highlight(analysis: ArticleAnalysis) -> Text:
    """The article text with its annotations as rich styles (see STYLES)."""
    text = Text(analysis.article.text)
    for m in analysis.mentions:
        text.stylize(STYLES["mention"], m.span.start, m.span.end)
    for s in analysis.statements:
        for c in s.content:
            text.stylize(STYLES["content"], c.start, c.end)
        if s.source:
            text.stylize(STYLES["source"], s.source.start, s.source.end)
        text.stylize(STYLES["cue"], s.cue.start, s.cue.end)
    for ev in analysis.events:
        text.stylize(STYLES["event"], ev.trigger.start, ev.trigger.end)
    for c in analysis.cues:
        text.stylize(STYLES["framing"], c.span.start, c.span.end)
    return text


def _legend() -> Text:
    legend = Text("key: ")
    for name, style in STYLES.items():
        legend.append(name, style=style)
        legend.append("  ")
    return legend


def render(analysis: ArticleAnalysis, out: Console) -> None:
    """An article in the terminal: text with highlights, then statements, actors, events, cues."""
    a = analysis.article
    head = " · ".join(x for x in (a.outlet, a.published, a.url, a.source_file) if x)
    out.rule(Text(a.title or a.id, style="bold"))
    out.print(Text(f"{a.id}  {head}", style="dim"))
    out.print(_legend())
    out.print()
    out.print(highlight(analysis))
    out.print()
    names = {actor.id: actor.name for actor in analysis.actors}

    def who(actor_id: str | None, span_text: str | None) -> str:
        name = names.get(actor_id, actor_id) if actor_id else None
        if span_text and name:
            return f"{span_text} → {name}"
        return span_text or name or "—"

    table = Table(title=f"statements ({len(analysis.statements)})", expand=True)
    for col, ratio, least in (
        ("id", None, None),
        ("kind", None, None),
        ("stance", None, None),
        ("source → speaker", 2, 12),
        ("cue", 1, 10),
        ("content", 4, 20),
    ):
        table.add_column(col, overflow="fold", ratio=ratio, min_width=least, no_wrap=ratio is None)
    for s in analysis.statements:
        table.add_row(
            s.id,
            s.kind,
            s.cue_stance,
            who(s.speaker, s.source.text if s.source else None),
            s.cue.text,
            " … ".join(c.text for c in s.content),
        )
    _print_table(out, table, analysis.statements)

    mention_counts = Counter(m.actor_id for m in analysis.mentions if m.actor_id)
    table = Table(title=f"actors ({len(analysis.actors)})", expand=True)
    for col in ("id", "name", "type", "country", "mentions", "aliases"):
        table.add_column(col, overflow="fold", ratio=2 if col == "aliases" else None)
    for actor in analysis.actors:
        table.add_row(
            actor.id,
            actor.name,
            actor.type,
            actor.country or "",
            str(mention_counts[actor.id]),
            "; ".join(actor.aliases),
        )
    _print_table(out, table, analysis.actors)

    table = Table(title=f"events ({len(analysis.events)})", expand=True)
    for col in ("id", "category", "trigger", "source", "target", "items", "status", "claimed in"):
        wide = col in ("source", "target", "items")
        table.add_column(col, overflow="fold", ratio=2 if wide else None, min_width=12 if wide else None)
    for ev in analysis.events:
        items = "; ".join(" ".join(x for x in (it.quantity, it.name) if x) for it in ev.items)
        status = " ".join(x for x in ("not" if ev.negated else None, ev.status) if x)
        if ev.modality:
            status += f" ({ev.modality})"
        table.add_row(
            ev.id,
            ev.category + (f"/{ev.mode}" if ev.mode else ""),
            ev.trigger.text,
            "; ".join(who(p.actor_id, p.span.text if p.span else None) for p in ev.sources),
            "; ".join(who(p.actor_id, p.span.text if p.span else None) for p in ev.targets),
            items,
            status,
            ev.statement_id or "",
        )
    _print_table(out, table, analysis.events)

    table = Table(title=f"framing cues ({len(analysis.cues)})", expand=True)
    for col in ("id", "category", "text", "term → alternative", "in quote"):
        wide = col in ("text", "term → alternative")
        table.add_column(col, overflow="fold", ratio=2 if wide else None, min_width=12 if wide else None)
    for c in analysis.cues:
        table.add_row(
            c.id,
            c.category,
            c.span.text,
            c.term + (f" → {c.alternative}" if c.alternative else ""),
            (names.get(c.speaker, c.speaker) if c.speaker else "yes") if c.in_quote else "",
        )
    _print_table(out, table, analysis.cues)


def _print_table(out: Console, table: Table, items: list) -> None:
    if items:
        out.print(table)
    else:
        out.print(Text(f"{table.title}: none found", style="dim"))


@app.command()
def show(
    article: Annotated[str, typer.Argument(help="An article id or unique id prefix, or a file to analyse.")],
    db: DbOption = DEFAULT_DB,
) -> None:
    """Show one article with its statements, actors, events and framing cues highlighted.

    With an id (or a unique prefix of one, like git) the stored analysis is read from the ledger;
    with a file the file is analysed on the fly and nothing is stored.

    Example: newsledger show 3f2a9c --db ledger.db    or    newsledger show story.txt
    """
    out = Console()
    if Path(article).is_file():
        from ..ingest import Skipped, read
        from ..pipeline import analyze_articles

        items = list(read([article]))
        articles = [x for x in items if not isinstance(x, Skipped)]
        if not articles:
            reasons = "; ".join(x.reason for x in items if isinstance(x, Skipped)) or "nothing read"
            raise _fail(f"no article in {article}: {reasons}")
        for analysis in analyze_articles(articles):
            render(analysis, out)
        return
    from ..store import queries

    with _open_ledger(db) as ledger:
        ids = queries.matching_article_ids(ledger.conn, article)
        if not ids:
            raise _fail(f"no article {article!r} in {db} (and no such file)")
        if len(ids) > 1:
            raise _fail(f"{article!r} is ambiguous in {db}: {', '.join(ids[:10])}")
        analysis = ledger.get_analysis(ids[0])
    if analysis is None:
        raise _fail(f"article {ids[0]} has no stored analysis")
    render(analysis, out)


# -- articles --------------------------------------------------------------------------------------


@app.command("articles")
def articles_command(
    db: DbOption = DEFAULT_DB,
    outlet: Annotated[str | None, typer.Option("--outlet", help="Only this outlet (any case).")] = None,
    limit: Annotated[int | None, typer.Option("--limit", "-n", min=1, help="At most N articles.")] = 50,
) -> None:
    """List the articles in the ledger, newest first, with what was found in each.

    Example: newsledger articles --db ledger.db --outlet Reuters --limit 20
    """
    from ..store import queries

    out = Console()
    with _open_ledger(db) as ledger:
        rows = ledger.articles(outlet=outlet, limit=limit)
        total = queries.count_articles(ledger.conn, outlet=outlet)
    table = Table(title=f"articles ({len(rows)} of {total})", box=box.SIMPLE_HEAD, collapse_padding=True)
    table.add_column("id", no_wrap=True)
    table.add_column("outlet", max_width=16)
    table.add_column("published")
    table.add_column("title", overflow="fold", ratio=1, min_width=12)
    for col in ("stmts", "events", "actors", "cues"):
        table.add_column(col, justify="right", no_wrap=True)
    for r in rows:
        table.add_row(
            r["id"],
            r["outlet"] or "",
            r["published"] or "",
            r["title"] or "",
            str(r["statements"]),
            str(r["events"]),
            str(r["actors"]),
            str(r["cues"]),
        )
    out.print(table)


# -- export ----------------------------------------------------------------------------------------


@contextmanager
def _output(path: Path | None) -> Iterator[TextIO]:
    if path is None:
        yield sys.stdout
        return
    with path.open("w", encoding="utf-8", newline="") as handle:
        yield handle


@app.command()
def export(
    db: DbOption = DEFAULT_DB,
    fmt: Annotated[
        ExportFormat, typer.Option("--format", "-f", help="jsonl: whole analyses; csv: a table.")
    ] = (ExportFormat.jsonl),
    table: Annotated[
        ExportTable | None, typer.Option("--table", "-t", help="For csv: which table (default statements).")
    ] = None,
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write here instead of stdout.")] = None,
) -> None:
    """Export the ledger: one full analysis per line (jsonl), or one table or view as CSV.

    Example: newsledger export --db ledger.db --format csv --table transfers --out transfers.csv
    """
    err = Console(stderr=True)
    if fmt is ExportFormat.jsonl and table is not None:
        raise _fail("--table applies to csv; jsonl exports whole analyses", code=2)
    name = (table or ExportTable.statements).value
    with _open_ledger(db) as ledger, _output(out) as handle:
        n = ledger.export(fmt.value, name, handle)
    what = "analyses" if fmt is ExportFormat.jsonl else f"{name} rows"
    err.print(f"wrote {n} {what}" + (f" to {out}" if out else ""))
