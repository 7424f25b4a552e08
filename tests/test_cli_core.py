"""`newsledger analyze / show / articles / export` through typer's CliRunner."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import sqlite3

import pytest
from typer.testing import CliRunner

from newsledger import pipeline
from newsledger.cli import app
from newsledger.cli.core import STYLES, highlight
from newsledger.model import ArticleAnalysis
from newsledger.store import Ledger
from test_store_samples import TEXT, sample_analysis

ENV = {"COLUMNS": "200"}  # wide enough that rich never wraps what the tests look for

GOOD_1 = "Envoys meet in Geneva\nThe foreign minister of Norway said on Monday that talks would resume.\n"
GOOD_2 = "Ceasefire holds\nAid workers reported that the ceasefire held overnight in the north.\n"


@pytest.fixture
def runner():
    return CliRunner()


def invoke(runner: CliRunner, *args: str):
    return runner.invoke(app, list(args), env=ENV)


def summary(stdout: str) -> dict[str, str]:
    """The two-cell rows of the summary table, e.g. {"read": "2", "new": "2", ...}."""
    found = {}
    for line in stdout.splitlines():
        cells = [c.strip() for c in line.strip().strip("│").split("│")]
        if len(cells) == 2 and cells[1].isdigit():
            found[cells[0]] = cells[1]
    return found


def db_digest(path) -> str:
    conn = sqlite3.connect(path)
    digest = hashlib.sha256("\n".join(conn.iterdump()).encode()).hexdigest()
    conn.close()
    return digest


@pytest.fixture
def stored(tmp_path):
    """A ledger holding the hand-built sample analysis."""
    path = tmp_path / "ledger.db"
    analysis = sample_analysis()
    with Ledger(path) as ledger:
        ledger.write(analysis)
        ledger.write(sample_analysis(TEXT + "Later edition.\n", outlet="Other Daily", published="2024-05-01"))
    return path, analysis


@pytest.mark.parametrize(
    ("command", "says"),
    [
        ("analyze", "Analyse articles and store the results in the ledger"),
        ("show", "Show one article with its statements"),
        ("articles", "List the articles in the ledger"),
        ("export", "Export the ledger"),
    ],
)
def test_help_says_what_and_gives_an_example(runner, command, says):
    result = invoke(runner, command, "--help")
    assert result.exit_code == 0
    assert says in result.output
    assert f"Example: newsledger {command}" in result.output


@pytest.mark.slow
def test_analyze_folder_with_an_empty_file_then_again(runner, tmp_path, nlp, monkeypatch):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD_1, encoding="utf-8")
    (folder / "b.txt").write_text(GOOD_2, encoding="utf-8")
    (folder / "c.txt").write_text("", encoding="utf-8")
    db = tmp_path / "ledger.db"

    first = invoke(runner, "analyze", str(folder), "--db", str(db))
    assert first.exit_code == 1, first.output
    lines = first.stdout.splitlines()
    counts = summary(first.stdout)
    assert (counts["read"], counts["new"], counts["updated"], counts["skipped"]) == ("2", "2", "0", "1")
    (skip_line,) = [line for line in lines if "c.txt" in line]
    assert str(folder / "c.txt") in skip_line and "empty file" in skip_line
    with Ledger(db, read_only=True) as ledger:
        assert ledger.counts()["articles"] == 2
        titles = sorted(r["title"] for r in ledger.articles())
    assert titles == ["Ceasefire holds", "Envoys meet in Geneva"]
    before = db_digest(db)

    calls = []
    real = pipeline.analyze_articles

    def counted(articles, *args, **kw):
        articles = list(articles)
        calls.append(len(articles))
        return real(articles, *args, **kw)

    monkeypatch.setattr(pipeline, "analyze_articles", counted)
    second = invoke(runner, "analyze", str(folder), "--db", str(db))
    assert second.exit_code == 1
    counts = summary(second.stdout)
    assert (counts["read"], counts["new"], counts["unchanged"], counts["skipped"]) == ("2", "0", "2", "1")
    assert calls == []  # current articles are not analysed again
    assert db_digest(db) == before

    forced = invoke(runner, "analyze", str(folder), "--db", str(db), "--force")
    assert summary(forced.stdout)["unchanged"] == "2" and calls == [2]
    assert db_digest(db) == before


@pytest.mark.slow
def test_analyze_skips_only_the_article_the_pipeline_fails_on(runner, tmp_path, nlp, monkeypatch):
    real = pipeline.analyze_articles

    def fragile(articles, nlp=None, **kw):
        articles = list(articles)
        if any("Norway" in a.text for a in articles):
            raise RuntimeError("parser tripped")
        return real(articles, nlp, **kw)

    monkeypatch.setattr(pipeline, "analyze_articles", fragile)
    (tmp_path / "a.txt").write_text(GOOD_1, encoding="utf-8")
    (tmp_path / "b.txt").write_text(GOOD_2, encoding="utf-8")
    db = tmp_path / "ledger.db"
    result = invoke(runner, "analyze", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--db", str(db))
    assert result.exit_code == 1
    (line,) = [x for x in result.stdout.splitlines() if "a.txt" in x]
    assert "analysis failed: RuntimeError: parser tripped" in line
    with Ledger(db, read_only=True) as ledger:
        assert [r["title"] for r in ledger.articles()] == ["Ceasefire holds"]


def test_show_reads_the_ledger_by_id_prefix(runner, stored):
    path, analysis = stored
    prefix = analysis.article.id[:6]
    result = invoke(runner, "show", prefix, "--db", str(path))
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "Freedonia pledges armour to Sylvania" in out
    assert (
        "statements (2)" in out and "actors (3)" in out and "events (1)" in out and "framing cues (2)" in out
    )
    assert "Rufus Firefly" in out and "We will not wait … any longer" in out
    assert "Government of Freedonia → Sylvania" in out and "pledged (would)" in out
    assert "so-called" in out
    assert f"details: newsledger statement {analysis.article.id[:10]}:S1" in out
    wide = invoke(runner, "show", prefix, "--db", str(path), "--wide").stdout
    assert "40 armoured vehicle" in wide and "person:rufus-firefly" in wide


def test_show_json_is_the_whole_analysis(runner, stored):
    path, analysis = stored
    result = invoke(runner, "show", analysis.article.id[:8], "--db", str(path), "--format", "json")
    assert result.exit_code == 0, result.output
    assert ArticleAnalysis.from_json(result.stdout) == analysis
    refused = invoke(runner, "show", analysis.article.id[:8], "--db", str(path), "--format", "tsv")
    assert refused.exit_code == 2 and "error: --format tsv is for listings" in refused.output


def test_statement_and_event_detail_views(runner, stored):
    path, analysis = stored
    ref = analysis.article.id[:10]
    result = invoke(runner, "statement", f"{ref}:S1", "--db", str(path))
    assert result.exit_code == 0, result.output
    s1 = analysis.statements[0]
    assert f"statement {ref}:S1" in result.stdout
    assert " … ".join(c.text for c in s1.content) in result.stdout and s1.cue.text in result.stdout
    event = invoke(runner, "event", f"{ref}:e1", "--db", str(path))  # local ids in any case
    assert event.exit_code == 0, event.output
    assert "Government of Freedonia" in event.stdout and "Sylvania" in event.stdout
    assert "40 armoured vehicle" in event.stdout
    as_json = invoke(runner, "event", f"{ref}:E1", "--db", str(path), "--format", "json")
    assert json.loads(as_json.stdout)["id"] == "E1"
    missing = invoke(runner, "statement", f"{ref}:S9", "--db", str(path))
    assert missing.exit_code == 2 and "has no statement 'S9' (it has: S1, S2)" in missing.output
    malformed = invoke(runner, "event", "E1", "--db", str(path))
    assert malformed.exit_code == 2 and "hint: event ids are ARTICLE:EN" in malformed.output


def test_show_explains_missing_and_ambiguous_references(runner, stored, tmp_path):
    path, _ = stored
    missing = invoke(runner, "show", "ffff0000", "--db", str(path))
    assert missing.exit_code == 2 and "error: no article 'ffff0000'" in missing.output
    with Ledger(path) as ledger:
        ledger.write(sample_analysis(TEXT + "x\n", id="aaaa111100000000"))
        ledger.write(sample_analysis(TEXT + "y\n", id="aaaa222200000000"))
    ambiguous = invoke(runner, "show", "aaaa", "--db", str(path))
    assert ambiguous.exit_code == 2
    assert "'aaaa' matches 2 articles (aaaa111100, aaaa222200)" in ambiguous.output
    assert "hint: give a longer id prefix" in ambiguous.output
    no_db = invoke(runner, "show", "aaaa", "--db", str(tmp_path / "none.db"))
    assert no_db.exit_code == 3 and "error: no ledger at" in no_db.output
    assert not (tmp_path / "none.db").exists()


@pytest.mark.slow
def test_show_a_file_analyses_it_without_storing(runner, tmp_path, nlp):
    story = tmp_path / "story.txt"
    story.write_text(GOOD_1, encoding="utf-8")
    db = tmp_path / "ledger.db"
    result = invoke(runner, "show", str(story), "--db", str(db))
    assert result.exit_code == 0, result.output
    assert "Envoys meet in Geneva" in result.stdout and "talks would resume" in result.stdout
    assert not db.exists()
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    result = invoke(runner, "show", str(empty))
    assert result.exit_code == 1 and "empty file" in result.output


def test_highlight_styles_each_annotation_at_its_offsets():
    analysis = sample_analysis()
    spans = {(s.start, s.end, str(s.style)) for s in highlight(analysis).spans}
    s1 = analysis.statements[0]
    assert (s1.cue.start, s1.cue.end, STYLES["cue"]) in spans
    assert (s1.source.start, s1.source.end, STYLES["source"]) in spans
    assert (s1.content[0].start, s1.content[0].end, STYLES["content"]) in spans
    trigger = analysis.events[0].trigger
    assert (trigger.start, trigger.end, STYLES["event"]) in spans
    cue = analysis.cues[0].span
    assert (cue.start, cue.end, STYLES["framing"]) in spans
    assert len([s for s in spans if s[2] == STYLES["mention"]]) == 5


def test_articles_lists_with_counts_and_filters(runner, stored):
    path, analysis = stored
    result = invoke(runner, "articles", "--db", str(path), "--format", "table", "--wide")
    assert result.exit_code == 0, result.output
    assert "articles (2)" in result.stdout
    (row,) = [line for line in result.stdout.splitlines() if analysis.article.id[:10] in line]
    assert row.split()[-5:-1] == ["2", "1", "4", "2"]  # statements, events, actors, cues; then the file
    lines = result.stdout.splitlines()
    assert [i for i, x in enumerate(lines) if "Other Daily" in x] < [
        i for i, x in enumerate(lines) if "Example Post" in x
    ]
    only = invoke(runner, "articles", "--db", str(path), "--outlet", "other daily", "--format", "table")
    assert "articles (1)" in only.stdout and "Example Post" not in only.stdout
    one = invoke(runner, "articles", "--db", str(path), "-n", "1", "--format", "table")
    assert "articles (1 of 2)" in one.stdout and "1 more: --limit 0 shows all" in one.stderr
    piped = invoke(runner, "articles", "--db", str(path))  # not a terminal: TSV, full ids
    header, *rows = [line.split("\t") for line in piped.stdout.splitlines()]
    assert header[:4] == ["id", "published", "outlet", "title"] and len(rows) == 2
    assert analysis.article.id in {r[0] for r in rows}


def test_export_jsonl_to_file_round_trips(runner, stored, tmp_path):
    path, analysis = stored
    out = tmp_path / "all.jsonl"
    result = invoke(runner, "export", "--db", str(path), "--format", "jsonl", "--out", str(out))
    assert result.exit_code == 0, result.output
    assert "wrote 2 analyses" in result.output
    back = [ArticleAnalysis.from_json(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert back[0] == analysis and len(back) == 2


def test_export_csv_to_stdout_has_header_and_rows(runner, stored):
    path, analysis = stored
    result = invoke(runner, "export", "--db", str(path), "--format", "csv", "--table", "actors")
    assert result.exit_code == 0, result.output
    table = list(csv.DictReader(io.StringIO(result.stdout)))
    assert sorted(r["id"] for r in table) == ["gov:FRE", "gov:SYL", "person:rufus-firefly", "state:SYL"]
    firefly = next(r for r in table if r["id"] == "person:rufus-firefly")
    assert (firefly["mentions"], firefly["articles"], firefly["statements"]) == ("4", "2", "4")
    transfers = invoke(runner, "export", "--db", str(path), "-f", "csv", "-t", "transfers")
    header, *rows = list(csv.reader(io.StringIO(transfers.stdout)))
    assert "supplier" in header and len(rows) == 2
    assert {r[header.index("recipient")] for r in rows} == {"Sylvania"}


def test_export_refuses_table_with_jsonl_and_unknown_tables(runner, stored):
    path, _ = stored
    both = invoke(runner, "export", "--db", str(path), "--format", "jsonl", "--table", "cues")
    assert both.exit_code == 2 and "--table applies to csv" in both.output
    bad = invoke(runner, "export", "--db", str(path), "--format", "csv", "--table", "secrets")
    assert bad.exit_code == 2  # typer rejects a table not in the list
    jsonl = invoke(runner, "export", "--db", str(path))
    assert [json.loads(x)["article"]["outlet"] for x in jsonl.stdout.splitlines()] == [
        "Example Post",
        "Other Daily",
    ]


@pytest.mark.slow
def test_analyze_reports_a_repeated_article_once(runner, tmp_path, nlp):
    (tmp_path / "a.txt").write_text(GOOD_1, encoding="utf-8")
    (tmp_path / "copy.txt").write_text(
        GOOD_1.replace("\n", "\n\n"), encoding="utf-8"
    )  # same text, new spacing
    db = tmp_path / "ledger.db"
    result = invoke(runner, "analyze", str(tmp_path), "--db", str(db))
    assert result.exit_code == 0, result.output
    counts = summary(result.stdout)
    assert (counts["read"], counts["new"], counts["duplicate (same outlet and text)"]) == ("2", "1", "1")
    (line,) = [x for x in result.stdout.splitlines() if "copy.txt" in x]
    assert str(tmp_path / "a.txt") in line
    header = next(x for x in result.stdout.splitlines() if "entities" in x and "statements" in x)
    values = result.stdout.splitlines()[result.stdout.splitlines().index(header) + 2]
    found = dict(zip(header.replace("┃", " ").split(), values.replace("│", " ").split(), strict=True))
    with Ledger(db, read_only=True) as ledger:
        assert ledger.counts()["articles"] == 1
        assert int(found["entities"]) == ledger.counts()["entities"] > 0
        assert int(found["statements"]) == ledger.counts()["statements"]
