"""The terminal as users meet it (issue 14): every table command at 80 columns, TSV when piped, names
instead of ids, and one error style with one exit-code table for every command.

The ledger is hand-built from our own sentences: an "According to" cue (which used to wrap as
"Accordin / g to"), an actor with many aliases (which used to print one letter per line), two actors
sharing a first name (for ambiguous names), and a belief that `statements` leaves out by default.
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3

import pytest
import typer.main
from typer.testing import CliRunner

from newsledger.cli import app
from newsledger.cli.output import Column, fit_widths
from newsledger.model import (
    Actor,
    Article,
    ArticleAnalysis,
    Event,
    Item,
    Mention,
    Participant,
    Span,
    Statement,
)
from newsledger.store import Ledger
from spans import at

TEXT = (
    "Ministers trade warnings over the Varnish Sea corridor\n"
    "According to the Foreign Ministry of Borduria, the blockade of the corridor will continue until "
    "the talks resume. Foreign Minister Sergei Lavrentiev said that sanctions would only harden the "
    "position of his government. Sergei Ivanov, the trade envoy, believes the sanctions will fail. "
    "Syldavia delivered 12 howitzers to Borduria on Friday.\n"
)
BORDURIA_ALIASES = [
    "Borduria", "the Foreign Ministry of Borduria", "Bordurian officials", "the government in Szohod",
    "Szohod", "the Bordurian cabinet", "the ministry", "Bordurian diplomats",
]  # fmt: skip


def analysis() -> ArticleAnalysis:
    article = Article.create(
        TEXT,
        outlet="Varnish Sea Chronicle",
        title=TEXT.split("\n", 1)[0],
        title_span=Span.of(TEXT, 0, TEXT.index("\n")),
        published="2024-06-07",
        source_file="/news/varnish.txt",
    )
    actors = [
        Actor(id="gov:BOR", name="Government of Borduria", type="government", country="BOR",
              aliases=BORDURIA_ALIASES),
        Actor(id="person:sergei-lavrentiev", name="Sergei Lavrentiev", type="person", country="BOR",
              aliases=["Lavrentiev", "Foreign Minister Sergei Lavrentiev"]),
        Actor(id="person:sergei-ivanov", name="Sergei Ivanov", type="person", country="BOR"),
        Actor(id="state:SYL", name="Syldavia", type="state", country="SYL"),
        Actor(id="state:BOR", name="Borduria", type="state", country="BOR"),
    ]  # fmt: skip
    statements = [
        Statement(
            id="S1",
            source=at(TEXT, "the Foreign Ministry of Borduria"),
            cue=at(TEXT, "According to"),
            content=[at(TEXT, "the blockade of the corridor will continue until the talks resume")],
            kind="according-to",
            speaker="gov:BOR",
        ),
        Statement(
            id="S2",
            source=at(TEXT, "Foreign Minister Sergei Lavrentiev"),
            cue=at(TEXT, "said"),
            content=[at(TEXT, "sanctions would only harden the position of his government")],
            speaker="person:sergei-lavrentiev",
        ),
        Statement(
            id="S3",
            source=at(TEXT, "Sergei Ivanov"),
            cue=at(TEXT, "believes"),
            content=[at(TEXT, "the sanctions will fail")],
            statement_class="belief",
            cue_stance="belief",
            speaker="person:sergei-ivanov",
        ),
    ]
    event = Event(
        id="E1",
        trigger=at(TEXT, "delivered"),
        category="AID",
        mode="military",
        sources=[Participant(actor_id="state:SYL", span=at(TEXT, "Syldavia"))],
        targets=[Participant(actor_id="state:BOR", span=at(TEXT, "Borduria", 1))],
        items=[
            Item(
                span=at(TEXT, "12 howitzers"),
                name="howitzer",
                category="artillery",
                quantity="12",
                quantity_value=12,
                unit="pieces",
            )
        ],  # fmt: skip
        status="delivered",
        sentence=at(TEXT, "Syldavia delivered 12 howitzers to Borduria on Friday."),
    )
    mentions = [
        Mention(span=at(TEXT, "the Foreign Ministry of Borduria"), actor_id="gov:BOR"),
        Mention(span=at(TEXT, "Foreign Minister Sergei Lavrentiev"), actor_id="person:sergei-lavrentiev"),
        Mention(span=at(TEXT, "Sergei Ivanov"), actor_id="person:sergei-ivanov"),
        Mention(span=at(TEXT, "Syldavia"), actor_id="state:SYL"),
        Mention(span=at(TEXT, "Borduria", 1), actor_id="state:BOR"),
    ]
    return ArticleAnalysis(
        article=article,
        actors=actors,
        mentions=mentions,
        statements=statements,
        events=[event],
        pipeline_version="test-1",
    )


@pytest.fixture(scope="module")
def ledger(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "ledger.db"
    with Ledger(path) as store:
        store.write(analysis())
    return path


def run(*args: str, columns: int = 80, **kw):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": str(columns)}, **kw)


REF = analysis().article.id[:10]
TABLE_COMMANDS = {
    "show": ["show", REF],
    "articles": ["articles"],
    "actors": ["actors"],
    "actor": ["actor", "Government of Borduria"],
    "transfers": ["transfers"],
    "statements": ["statements", "--class", "all"],
    "events": ["events"],
    "statement": ["statement", f"{REF}:S1"],
    "event": ["event", f"{REF}:E1"],
}
#: What each command must show at 80 columns, whole words included.
MUST_SHOW = {
    "show": ["According to", "Government of Borduria", "Syldavia → Borduria", "delivered"],
    "articles": [REF, "Ministers trade warnings", "2024-06-07"],
    "actors": ["Government of Borduria", "Sergei Lavrentiev", "government"],
    "actor": ["According to", "Bordurian officials", "the blockade of the corridor"],
    "transfers": ["Syldavia", "Borduria", "howitzer", "12", "delivered"],
    "statements": ["According to", "Sergei Ivanov", "believes", f"{REF}:S2"],
    "events": [f"{REF}:E1", "Syldavia → Borduria", "delivered"],
    "statement": ["According to", "the Foreign Ministry of Borduria", "the talks resume"],
    "event": ["Syldavia", "12 howitzer", "Syldavia delivered 12 howitzers to Borduria on Friday."],
}


@pytest.mark.parametrize("name", TABLE_COMMANDS)
def test_every_table_fits_80_columns_without_breaking_words(ledger, name):
    result = run(*TABLE_COMMANDS[name], "--db", str(ledger), "--format", "table")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert max(len(line) for line in lines) <= 80, "\n".join(x for x in lines if len(x) > 80)
    flowing = " ".join(" ".join(line.split()) for line in lines)  # cells may wrap, between words only
    for words in MUST_SHOW[name]:
        for word in words.split():
            assert any(word in line.split() or word in line for line in lines), (name, word)
    assert "Accordin " not in flowing  # the "Accordin / g to" fold of issue 14


def test_aliases_are_one_paragraph_not_one_letter_per_line(ledger):
    show = run("show", REF, "--db", str(ledger), "--format", "table").stdout
    assert "Bordurian officials" not in show  # aliases are for --wide and `actor`
    wide = run("show", REF, "--db", str(ledger), "--format", "table", "--wide", columns=120).stdout
    assert "Bordurian" in wide
    actor = run("actor", "gov:BOR", "--db", str(ledger)).stdout
    (line,) = [x for x in actor.splitlines() if x.startswith("also called:")]
    assert "Borduria; Bordurian diplomats; Bordurian officials" in line


@pytest.mark.parametrize("name", ["articles", "actors", "transfers", "statements", "events"])
def test_piped_output_is_tsv_with_a_header(ledger, name):
    result = run(*TABLE_COMMANDS[name], "--db", str(ledger))  # CliRunner's stdout is no terminal
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    header = lines[0].split("\t")
    assert len(header) > 3 and all(len(line.split("\t")) == len(header) for line in lines)
    assert not any(ch in result.stdout for ch in "─│┃━")


def test_transfers_carry_the_unit_in_files_and_the_wide_table(ledger):
    (row,) = csv.DictReader(io.StringIO(run("transfers", "--db", str(ledger), "--format", "csv").stdout))
    assert (row["quantity"], row["quantity_value"], row["unit"]) == ("12", "12", "pieces")
    wide = run("transfers", "--db", str(ledger), "--format", "table", "--wide", columns=160).stdout
    assert "unit" in wide and "pieces" in wide


def test_csv_and_json_carry_full_ids_and_every_row(ledger):
    rows = list(csv.DictReader(io.StringIO(run("statements", "--db", str(ledger), "--format", "csv").stdout)))
    assert {r["id"] for r in rows} == {f"{analysis().article.id}:S1", f"{analysis().article.id}:S2"}
    data = json.loads(run("events", "--db", str(ledger), "--format", "json").stdout)
    assert data[0]["id"] == f"{analysis().article.id}:E1" and data[0]["sources"][0]["actor_id"] == "state:SYL"


def statement_ids(ledger, *args: str) -> list[str]:
    result = run("statements", "--db", str(ledger), "--format", "json", *args)
    assert result.exit_code == 0, result.output
    return sorted(r["id"].split(":")[1] for r in json.loads(result.stdout))


def test_statements_by_name_words_date_and_class(ledger):
    assert statement_ids(ledger) == ["S1", "S2"]  # speech and writing: the belief is left out
    assert statement_ids(ledger, "--class", "all") == ["S1", "S2", "S3"]
    assert statement_ids(ledger, "--class", "belief") == ["S3"]
    assert statement_ids(ledger, "--speaker", "Lavrentiev") == ["S2"]  # an alias
    assert statement_ids(ledger, "--speaker", "gov:BOR") == ["S1"]  # an id
    assert statement_ids(ledger, "--q", "sanctions") == ["S2"]
    assert statement_ids(ledger, "--outlet", "Varnish Sea Chronicle", "--since", "2024-06-01") == ["S1", "S2"]
    assert statement_ids(ledger, "--since", "2024-07-01") == []
    assert statement_ids(ledger, "--article", REF) == ["S1", "S2"]


def test_an_ambiguous_name_lists_the_candidates(ledger):
    result = run("statements", "--speaker", "Sergei", "--db", str(ledger))
    assert result.exit_code == 2
    assert "error: 'Sergei' matches 2 actors:" in result.output
    assert "Sergei Ivanov (person:sergei-ivanov)" in result.output
    assert "Sergei Lavrentiev (person:sergei-lavrentiev)" in result.output
    assert "hint: give the full name or the id" in result.output
    unknown = run("events", "--actor", "Atlantis", "--db", str(ledger))
    assert unknown.exit_code == 2 and "error: no actor matches 'Atlantis'" in unknown.output


def test_events_filters(ledger):
    def ids(*args: str) -> list[str]:
        result = run("events", "--db", str(ledger), "--format", "json", *args)
        assert result.exit_code == 0, result.output
        return [r["local_id"] for r in json.loads(result.stdout)]

    assert ids("--actor", "Syldavia") == ["E1"]
    assert ids("--category", "aid", "--status", "delivered") == ["E1"]
    assert ids("--category", "ASSAULT") == []
    bad = run("events", "--status", "exploded", "--db", str(ledger))
    assert bad.exit_code == 2 and "error: status 'exploded' is not one of:" in bad.output
    bad_class = run("statements", "--class", "rumour", "--db", str(ledger))
    assert bad_class.exit_code == 2 and "error: --class 'rumour' is not one of:" in bad_class.output


# -- one error style, one exit-code table ------------------------------------------------------------

#: Every command that reads a ledger, with arguments that would be fine on a good one.
LEDGER_COMMANDS = [
    ["show", "abc123"],
    ["articles"],
    ["export"],
    ["actors"],
    ["actor", "Borduria"],
    ["transfers"],
    ["statements"],
    ["statement", "abc123:S1"],
    ["events"],
    ["event", "abc123:E1"],
    ["stories", "--list"],
    ["compare", "abc123"],
    ["serve"],
    ["upgrade"],
]


def bad_ledgers(tmp_path):
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    text = tmp_path / "notes.db"
    text.write_text("this is not a database\n", encoding="utf-8")
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    return {
        "missing": (tmp_path / "missing.db", "error: no ledger at"),
        "empty": (empty, "is empty (0 bytes), not a ledger"),
        "not sqlite": (text, "is not a SQLite database"),
        "other sqlite": (other, "is a SQLite database but not a newsledger ledger"),
    }


@pytest.mark.parametrize("command", LEDGER_COMMANDS, ids=lambda c: c[0])
def test_every_command_answers_a_bad_ledger_with_exit_3_and_one_error_line(tmp_path, command):
    for kind, (db, says) in bad_ledgers(tmp_path).items():
        result = run(*command, "--db", str(db))
        assert result.exit_code == 3, (kind, result.output, result.exception)
        assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit)
        assert result.output.startswith("error: ") and says in result.output, (kind, result.output)
        assert "Traceback" not in result.output and "schema version 0" not in result.output
    assert not (tmp_path / "missing.db").exists()


def test_usage_errors_exit_2_and_a_bad_option_too(ledger):
    assert run("articles", "--db", str(ledger), "--limit", "-1").exit_code == 2  # typer's own
    tsv = run("actor", "gov:BOR", "--db", str(ledger), "--format", "tsv")
    assert tsv.exit_code == 2 and "hint: for rows use `newsledger statements --speaker" in tsv.output


def test_serve_on_a_busy_port_says_so_before_serving(ledger):
    import socket

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = run("serve", "--db", str(ledger), "--port", str(port))
    assert result.exit_code == 4
    assert result.output.startswith(f"error: cannot serve on 127.0.0.1:{port}: the port is already in use")
    assert "serving" not in result.output


def test_upgrade_brings_an_old_ledger_to_the_current_schema(tmp_path):
    from newsledger.store import migrations

    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    migrations.migrate(conn, migrations.migration_steps()[:1])
    conn.close()
    if migrations.latest_version() > 1:
        old = run("articles", "--db", str(path))
        assert old.exit_code == 3 and "hint: run `newsledger upgrade --db" in old.output
    assert run("upgrade", "--db", str(path)).exit_code == 0
    assert run("articles", "--db", str(path)).exit_code == 0


def test_fit_widths_keeps_words_whole_and_the_total_in_bounds():
    columns = [Column("id", width=4, fixed=True), Column("cue", width=4, ratio=1), Column("text", ratio=3)]
    cells = [["S1", "According to", "a " * 60]]
    widths = fit_widths(columns, cells, 80)
    assert widths[1] >= len("According") and sum(widths) + 2 * 2 <= 80


def test_every_listing_command_has_format_and_wide():
    listings = {"articles", "actors", "transfers", "statements", "events"}
    group = typer.main.get_command(app)
    for name in listings:
        options = {o for p in group.commands[name].params for o in p.opts}
        assert {"--format", "--wide", "--limit"} <= options, name


def test_stories_and_compare_fit_80_columns(tmp_path):
    path = tmp_path / "two.db"
    first = analysis()
    second = analysis()
    second.article = Article.create(TEXT, outlet="Szohod Evening Bulletin", **{
        k: getattr(first.article, k) for k in ("title", "title_span", "published")
    })  # fmt: skip
    with Ledger(path) as store:
        store.write(first)
        store.write(second)
    stories = run("stories", "--db", str(path))
    assert stories.exit_code == 0, stories.output
    assert "near-duplicates (* the original) (1)" in stories.stdout
    compared = run("compare", "--articles", first.article.id[:10], second.article.id[:10], "--db", str(path))
    assert compared.exit_code == 0, compared.output
    for result in (stories, compared):
        assert max(len(line) for line in result.stdout.splitlines()) <= 80
    assert "Szohod Evening Bulletin" in compared.stdout and "According to" in compared.stdout
