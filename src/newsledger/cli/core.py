"""`newsledger show`, `statement`, `event`, `articles`, `export` and `upgrade`: reading the ledger back
(`analyze` is in cli/analyze.py, the other listings in cli/listings.py)."""

from __future__ import annotations

import sqlite3
import sys
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated, TextIO

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..model import Article, ArticleAnalysis
from .app import app
from .output import (
    Column,
    ExitCode,
    Format,
    FormatOption,
    WideOption,
    check_ledger_file,
    choose_format,
    console,
    database_error,
    error,
    make_table,
    note,
    open_ledger,
    print_listing,
)

DEFAULT_DB = Path("ledger.db")
DbOption = Annotated[Path, typer.Option("--db", help="The ledger: a SQLite file.")]
#: Characters of an article id that tables print (the full id is in TSV, CSV and JSON).
ID_PREFIX = 10

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
    corrections = "corrections"


def _label(article: Article) -> str:
    return article.source_file or article.url or article.id


def short_id(article_id: str) -> str:
    """The id prefix tables print: unique in any ledger of a realistic size, and `show` takes it."""
    return article_id[:ID_PREFIX]


def local_ref(article_id: str, local_id: str) -> str:
    """`b9e9ae2014:S3`: what `newsledger statement` and `newsledger event` take."""
    return f"{short_id(article_id)}:{local_id}"


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


class _Names:
    """Actor ids to names, and "who" cells: the actor's name, else the words in the text."""

    def __init__(self, analysis: ArticleAnalysis) -> None:
        self.names = {actor.id: actor.name for actor in analysis.actors + analysis.parents}

    def name(self, actor_id: str | None) -> str | None:
        """The actor's name; an id the analysis has no actor for reads as words, never as an id."""
        from ..store.read import name_from_id

        return self.names.get(actor_id) or name_from_id(actor_id) if actor_id else None

    def who(self, actor_id: str | None, span_text: str | None, *, both: bool = False) -> str:
        name = self.name(actor_id)
        if both and span_text and name and span_text != name:
            return f"{span_text} → {name}"
        return name or span_text or "—"


def _event_status(ev) -> str:
    status = " ".join(x for x in ("not" if ev.negated else None, ev.status) if x)
    return status + (f" ({ev.modality})" if ev.modality else "")


def _event_items(ev) -> str:
    return "; ".join(" ".join(x for x in (it.quantity, it.name) if x) for it in ev.items)


def _parties(names: _Names, participants) -> str:
    return "; ".join(
        dict.fromkeys(names.who(p.actor_id, p.span.text if p.span else None) for p in participants)
    )


def render(analysis: ArticleAnalysis, out: Console, *, wide: bool = False) -> None:
    """An article in the terminal: text with highlights, then statements, events, actors and cues, each a
    table with the few columns that fit 80 characters (`wide` adds the rest)."""
    a = analysis.article
    out.rule(Text(a.title or a.id, style="bold"))
    head = " · ".join(x for x in (a.id, a.outlet, a.published, a.url, a.source_file) if x)
    out.print(Text(head, style="dim"))
    out.print(_legend())
    out.print()
    out.print(highlight(analysis))
    out.print()
    names = _Names(analysis)
    ref = short_id(a.id)

    statements = [
        {
            "id": s.id,
            "speaker": names.who(s.speaker, s.source.text if s.source else None, both=wide),
            "cue": s.cue.text,
            "content": " … ".join(c.text for c in s.content),
            "kind": s.kind,
            "class": s.statement_class,
            "stance": s.cue_stance,
        }
        for s in analysis.statements
    ]
    columns = [
        Column("id", width=4, fixed=True),
        Column("speaker", width=12, ratio=2),
        Column("cue", width=10, ratio=1),
        Column("content", width=24, ratio=5),
    ]
    if wide:
        columns[1:1] = [Column("kind", width=8, fixed=True), Column("class", width=10, fixed=True),
                        Column("stance", width=8, fixed=True)]  # fmt: skip
    _section(out, f"statements ({len(statements)})", columns, statements)

    events = [
        {
            "id": ev.id,
            "category": ev.category + (f"/{ev.mode}" if ev.mode else ""),
            "who": f"{_parties(names, ev.sources) or '?'} → {_parties(names, ev.targets) or '?'}",
            "trigger": ev.trigger.text,
            "status": _event_status(ev),
            "items": _event_items(ev),
            "claimed in": ev.statement_id or "",
        }
        for ev in analysis.events
    ]
    columns = [
        Column("id", width=4, fixed=True),
        Column("category", width=10, ratio=1),
        Column("who", "who → whom", width=20, ratio=4),
        Column("trigger", width=10, ratio=1),
        Column("status", width=10, ratio=1),
    ]
    if wide:
        columns += [Column("items", width=12, ratio=2), Column("claimed in", width=7, fixed=True)]
    _section(out, f"events ({len(events)})", columns, events)

    mention_counts = Counter(m.actor_id for m in analysis.mentions if m.actor_id)
    actors = [
        {
            "id": actor.id,
            "name": actor.name,
            "type": actor.type,
            "country": actor.country or "",
            "mentions": mention_counts[actor.id],
            "aliases": "; ".join(actor.aliases),
        }
        for actor in analysis.actors
    ]
    columns = [
        Column("name", width=16, ratio=2),
        Column("type", width=12, ratio=1),
        Column("country", "ctry", width=4, fixed=True),
        Column("mentions", "n", width=3, right=True, fixed=True),
    ]
    if wide:
        columns += [Column("id", width=16, ratio=1), Column("aliases", width=16, ratio=3)]
    _section(out, f"actors ({len(actors)})", columns, actors)

    cues = [
        {
            "id": c.id,
            "category": c.category,
            "text": c.span.text,
            "term": c.term + (f" → {c.alternative}" if c.alternative else ""),
            "quoted": (names.name(c.speaker) or "yes") if c.in_quote else "",
        }
        for c in analysis.cues
    ]
    columns = [
        Column("category", width=10, ratio=1),
        Column("text", width=14, ratio=2),
        Column("term", "term → alternative", width=16, ratio=2),
        Column("quoted", "in quote of", width=10, ratio=1),
    ]
    if wide:
        columns.insert(0, Column("id", width=4, fixed=True))
    _section(out, f"framing cues ({len(cues)})", columns, cues)
    if statements or events:
        first = (analysis.statements or analysis.events)[0].id
        what = "statement" if analysis.statements else "event"
        out.print(Text(f"details: newsledger {what} {ref}:{first}    all columns: --wide", style="dim"))


def _section(out: Console, title: str, columns: list[Column], rows: list[dict]) -> None:
    if rows:
        out.print(make_table(columns, rows, title=title))
    else:
        out.print(Text(f"{title.split(' (')[0]}: none found", style="dim"))


def _resolve_article(ledger, ref: str, db: Path) -> str:
    """The one article id `ref` (an id or unique id prefix) names, or a usage error naming the candidates."""
    from ..store import queries

    ids = queries.matching_article_ids(ledger.conn, ref)
    if not ids:
        raise error(f"no article {ref!r} in {db}", hint="see `newsledger articles` for the ids")
    if len(ids) > 1:
        shown = ", ".join(short_id(i) for i in ids[:8]) + (", …" if len(ids) > 8 else "")
        raise error(f"{ref!r} matches {len(ids)} articles ({shown})", hint="give a longer id prefix")
    return ids[0]


def _load_analysis(db: Path, ref: str) -> ArticleAnalysis:
    with open_ledger(db) as ledger:
        try:
            article_id = _resolve_article(ledger, ref, db)
            analysis = ledger.get_analysis(article_id)
        except sqlite3.Error as exc:
            raise database_error(db, exc) from None
    if analysis is None:
        raise error(f"article {article_id} has no stored analysis", code=ExitCode.DATABASE)
    return analysis


def _detail_format(fmt: Format | None) -> Format:
    """Detail views are a table (plain text when piped) or JSON; TSV and CSV are for the listings."""
    if fmt in (Format.tsv, Format.csv):
        raise error(
            f"--format {fmt} is for listings; a detail view is a table or json",
            hint="for rows use `newsledger statements --article ID --format tsv` (or events, actors)",
        )
    return fmt or Format.table


@app.command()
def show(
    article: Annotated[str, typer.Argument(help="An article id or unique id prefix, or a file to analyse.")],
    db: DbOption = DEFAULT_DB,
    wide: WideOption = False,
    fmt: FormatOption = None,
) -> None:
    """Show one article with its statements, events, actors and framing cues highlighted.

    With an id (or a unique prefix of one, like git) the stored analysis is read from the ledger;
    with a file the file is analysed on the fly and nothing is stored. `--format json` prints the
    whole analysis.

    Example: newsledger show 3f2a9c --db ledger.db    or    newsledger show story.txt
    """
    fmt = _detail_format(fmt)
    if Path(article).is_file():
        from ..ingest import Skipped, read
        from ..pipeline import analyze_articles

        items = list(read([article]))
        found = [x for x in items if not isinstance(x, Skipped)]
        if not found:
            reasons = "; ".join(x.reason for x in items if isinstance(x, Skipped)) or "nothing read"
            raise error(f"no article in {article}: {reasons}", code=ExitCode.ITEMS_FAILED)
        analyses = list(analyze_articles(found))
    else:
        analyses = [_load_analysis(db, article)]
    for analysis in analyses:
        if fmt is Format.json:
            typer.echo(analysis.to_json())
        else:
            render(analysis, console(), wide=wide)


def _find_local(analysis: ArticleAnalysis, local: str, kind: str):
    items = analysis.statements if kind == "statement" else analysis.events
    for item in items:
        if item.id.lower() == local.lower():
            return item
    ids = ", ".join(i.id for i in items) or "none"
    raise error(f"article {short_id(analysis.article.id)} has no {kind} {local!r} (it has: {ids})")


def _split_ref(ref: str, kind: str) -> tuple[str, str]:
    article, sep, local = ref.rpartition(":")
    if not sep or not article or not local:
        letter = "S" if kind == "statement" else "E"
        raise error(
            f"{ref!r} is not a {kind} id",
            hint=f"{kind} ids are ARTICLE:{letter}N, as `newsledger {kind}s` prints: b9e9ae2014:{letter}1",
        )
    return article, local


def _sentence_of(analysis: ArticleAnalysis, start: int) -> str:
    for sentence in analysis.sentences:
        if sentence.start <= start < sentence.end:
            return sentence.text
    return ""


def _field_table(rows: list[tuple[str, str]]) -> Table:
    table = Table(box=None, show_header=False, pad_edge=False, padding=(0, 2, 0, 0))
    table.add_column("field", style="bold", no_wrap=True)
    table.add_column("value", overflow="fold")
    for key, value in rows:
        if value and value.strip():
            table.add_row(key, " ".join(value.split()))
    return table


def _article_line(analysis: ArticleAnalysis) -> str:
    a = analysis.article
    return " · ".join(x for x in (a.title, a.outlet, a.published, short_id(a.id)) if x)


@app.command("statement")
def statement_command(
    ref: Annotated[str, typer.Argument(help="A statement id as listed: ARTICLE:S1 (an id prefix will do).")],
    db: DbOption = DEFAULT_DB,
    fmt: FormatOption = None,
) -> None:
    """One statement in full: who said it, the cue, the whole content, its sentence, what it claims.

    Example: newsledger statement b9e9ae2014:S3 --db ledger.db
    """
    fmt = _detail_format(fmt)
    article_ref, local = _split_ref(ref, "statement")
    analysis = _load_analysis(db, article_ref)
    s = _find_local(analysis, local, "statement")
    if fmt is Format.json:
        typer.echo(s.to_json())
        return
    names = _Names(analysis)
    claims = [ev for ev in analysis.events if ev.statement_id == s.id]
    cues = [c for c in analysis.cues if any(c.span.overlaps(part) for part in s.content)]
    offsets = f"cue {s.cue.start}-{s.cue.end}" + "".join(f", content {c.start}-{c.end}" for c in s.content)
    method = s.method + (f", confidence {s.confidence:.2f}" if s.confidence is not None else "")
    out = console()
    out.rule(Text(f"statement {local_ref(analysis.article.id, s.id)}", style="bold"))
    out.print(
        _field_table(
            [
                ("article", _article_line(analysis)),
                ("speaker", names.name(s.speaker) or "(not resolved to an actor)"),
                ("source", s.source.text if s.source else "(no source in the text)"),
                ("cue", f"{s.cue.text}  ({s.kind}, {s.statement_class}, stance {s.cue_stance})"),
                ("content", " … ".join(c.text for c in s.content)),
                ("sentence", _sentence_of(analysis, s.cue.start)),
                ("offsets", offsets),
                ("method", method),
                ("claims", "; ".join(f"{ev.id} {ev.category} ({_event_status(ev)})" for ev in claims)),
                ("framing", "; ".join(f"{c.span.text} ({c.category})" for c in cues)),
            ]
        )
    )


@app.command("event")
def event_command(
    ref: Annotated[str, typer.Argument(help="An event id as listed: ARTICLE:E1 (an id prefix will do).")],
    db: DbOption = DEFAULT_DB,
    fmt: FormatOption = None,
) -> None:
    """One event in full: category, who did it to whom, items, status, date, place, its sentence.

    Example: newsledger event b9e9ae2014:E2 --db ledger.db
    """
    fmt = _detail_format(fmt)
    article_ref, local = _split_ref(ref, "event")
    analysis = _load_analysis(db, article_ref)
    ev = _find_local(analysis, local, "event")
    if fmt is Format.json:
        typer.echo(ev.to_json())
        return
    names = _Names(analysis)
    claimed = next((s for s in analysis.statements if s.id == ev.statement_id), None)
    claimed_by = "the outlet, in its own voice"
    if claimed:
        speaker = names.who(claimed.speaker, claimed.source.text if claimed.source else None)
        claimed_by = f"{speaker} ({claimed.id}: {claimed.cue.text})"
    category = ev.category + (f" / {ev.mode}" if ev.mode else "")
    category += f"  (CAMEO {ev.cameo})" if ev.cameo else ""
    date = " = ".join(x for x in (ev.date.text if ev.date else None, ev.date_value) if x)
    out = console()
    out.rule(Text(f"event {local_ref(analysis.article.id, ev.id)}", style="bold"))
    out.print(
        _field_table(
            [
                ("article", _article_line(analysis)),
                ("category", category),
                ("trigger", ev.trigger.text),
                ("source", _parties(names, ev.sources) or "?"),
                ("target", _parties(names, ev.targets) or "?"),
                ("items", _event_items(ev)),
                ("status", _event_status(ev)),
                ("date", date),
                ("place", ev.location.text if ev.location else ""),
                ("claimed by", claimed_by),
                ("sentence", ev.sentence.text if ev.sentence else _sentence_of(analysis, ev.trigger.start)),
            ]
        )
    )


# -- articles --------------------------------------------------------------------------------------

ARTICLE_COLUMNS = [
    Column("id", width=ID_PREFIX, fixed=True, value=lambda r: short_id(r["id"])),
    Column("published", "date", width=10, fixed=True, value=lambda r: (r["published"] or "")[:10]),
    Column("outlet", width=10, ratio=1),
    Column("title", width=20, ratio=3),
    Column("statements", "st", width=3, right=True, fixed=True),
    Column("events", "ev", width=3, right=True, fixed=True),
]
ARTICLE_WIDE = [
    Column("actors", width=3, right=True, fixed=True),
    Column("cues", width=3, right=True, fixed=True),
    Column("source_file", "file", width=12, ratio=1),
]
ARTICLE_FIELDS = [
    Column(key)
    for key in (
        "id", "published", "outlet", "title", "url", "source_file", "statements", "events", "actors", "cues"
    )
]  # fmt: skip


@app.command("articles")
def articles_command(
    db: DbOption = DEFAULT_DB,
    outlet: Annotated[str | None, typer.Option("--outlet", help="Only this outlet (any case).")] = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=0, help="At most N articles (0: all).")] = 50,
    wide: WideOption = False,
    fmt: FormatOption = None,
) -> None:
    """List the articles in the ledger, newest first, with what was found in each.

    Example: newsledger articles --db ledger.db --outlet Reuters --limit 20
    """
    from ..store import queries

    fmt = choose_format(fmt)
    with open_ledger(db) as ledger:
        try:
            rows = [dict(r) for r in ledger.articles(outlet=outlet, limit=limit or None)]
            total = queries.count_articles(ledger.conn, outlet=outlet)
        except sqlite3.Error as exc:
            raise database_error(db, exc) from None
    print_listing(
        rows,
        fmt,
        columns=ARTICLE_COLUMNS + (ARTICLE_WIDE if wide else []) if fmt is Format.table else ARTICLE_FIELDS,
        title="articles",
        total=total,
        empty="none" + (f" from outlet {outlet!r}" if outlet else ""),
        more=f"{total - len(rows)} more: --limit 0 shows all; `newsledger show ID` shows one",
    )


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
    if fmt is ExportFormat.jsonl and table is not None:
        raise error("--table applies to csv; jsonl exports whole analyses", hint="add --format csv")
    name = (table or ExportTable.statements).value
    with open_ledger(db) as ledger:
        try:
            with _output(out) as handle:
                n = ledger.export(fmt.value, name, handle)
        except OSError as exc:
            raise error(f"cannot write {out}: {exc.strerror or exc}") from None
        except sqlite3.Error as exc:
            raise database_error(db, exc) from None
    what = "analyses" if fmt is ExportFormat.jsonl else f"{name} rows"
    note(f"wrote {n} {what}" + (f" to {out}" if out else ""))


@app.command()
def upgrade(db: DbOption = DEFAULT_DB) -> None:
    """Bring a ledger written by an older newsledger up to this version's schema (in place).

    Reading commands open a ledger read-only and refuse an older schema; this upgrades it once. Writing
    commands (`analyze`, `stories`) upgrade it on their own.

    Example: newsledger upgrade --db ledger.db
    """
    from ..store import schema_version

    check_ledger_file(db)
    with open_ledger(db, read_only=False) as ledger:
        version = ledger.schema_version
    note(f"{db} is at schema version {version} (current: {schema_version()})")
