"""`newsledger analyze` and `newsledger load` through typer's CliRunner: path identity, metadata
options, Ctrl-C, shards then load, and the progress the loop reports."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from newsledger import pipeline
from newsledger.cli import app
from newsledger.run import analyze_into, ledger_digest
from newsledger.store import Ledger

ENV = {"COLUMNS": "200"}
# Our own sentences.
TEXTS = {
    "geneva.txt": "Envoys meet in Geneva\n\nThe foreign minister of Norway said talks would resume.\n",
    "ceasefire.txt": "Ceasefire holds\n\nAid workers reported that the ceasefire held overnight.\n",
    "convoy.txt": "Convoy delayed\n\nThe ministry said the aid convoy was delayed by shelling.\n",
}


@pytest.fixture
def runner():
    return CliRunner()


def invoke(runner, *args):
    return runner.invoke(app, [str(a) for a in args], env=ENV)


def summary(stdout: str) -> dict[str, str]:
    found = {}
    for line in stdout.splitlines():
        cells = [c.strip() for c in line.strip().strip("│").split("│")]
        if len(cells) == 2 and cells[1].replace(".", "").replace(" s", "").isdigit():
            found[cells[0]] = cells[1]
    return found


@pytest.fixture
def news(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    for name, text in TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.mark.slow
def test_rerun_by_relative_path_is_unchanged_and_not_reanalysed(runner, news, tmp_path, nlp, monkeypatch):
    db = tmp_path / "ledger.db"
    first = invoke(runner, "analyze", news, "--db", db)
    assert first.exit_code == 0, first.output
    assert summary(first.stdout)["new"] == "3"
    assert "next: newsledger articles --db" in first.stdout and "elapsed" in first.stdout
    calls = []
    real = pipeline.analyze_articles

    def counted(articles, *args, **kw):
        articles = list(articles)
        calls.append(len(articles))
        return real(articles, *args, **kw)

    monkeypatch.setattr(pipeline, "analyze_articles", counted)
    monkeypatch.chdir(tmp_path)
    again = invoke(runner, "analyze", "news", "--db", "ledger.db")
    assert again.exit_code == 0, again.output
    counts = summary(again.stdout)
    assert (counts["new"], counts["updated"], counts["unchanged"]) == ("0", "0", "3")
    assert calls == []
    with Ledger(db, read_only=True) as ledger:
        files = sorted(r["source_file"] for r in ledger.conn.execute("SELECT source_file FROM articles"))
    assert files == sorted(str((news / name).resolve()) for name in TEXTS)


@pytest.mark.slow
def test_outlet_and_published_options_fill_missing_metadata(runner, news, tmp_path, nlp):
    (news / "header.txt").write_text(
        "Outlet: Harbour Gazette\nPublished: 2023-02-01\n\nPort reopens\n\nThe port authority said the port "
        "would reopen.\n",
        encoding="utf-8",
    )
    db = tmp_path / "ledger.db"
    result = invoke(runner, "analyze", news, "--db", db, "--outlet", "Test Post", "--published", "1 May 2024")
    assert result.exit_code == 0, result.output
    with Ledger(db, read_only=True) as ledger:
        rows = {r["title"]: (r["outlet"], r["published"]) for r in ledger.articles()}
    assert rows["Envoys meet in Geneva"] == ("Test Post", "2024-05-01")
    assert rows["Port reopens"] == ("Harbour Gazette", "2023-02-01")  # the file's own metadata wins


@pytest.mark.slow
def test_ctrl_c_prints_what_was_stored(runner, news, tmp_path, nlp, monkeypatch):
    import newsledger.run as run

    real = run.analyse

    def interrupted(articles, nlp, batch_size=16):
        yield from real(articles[:1], nlp, batch_size)
        raise KeyboardInterrupt

    monkeypatch.setattr(run, "analyse", interrupted)
    db = tmp_path / "ledger.db"
    result = invoke(runner, "analyze", news, "--db", db, "--batch-size", "1")
    assert result.exit_code == 130, result.output
    assert "interrupted" in result.stdout and summary(result.stdout)["new"] == "1"
    with Ledger(db, read_only=True) as ledger:
        assert ledger.counts()["articles"] == 1


@pytest.mark.slow
def test_shards_then_load_and_load_again(runner, news, tmp_path, nlp):
    shards = tmp_path / "shards"
    written = invoke(runner, "analyze", news, "--shards", shards, "--partition-size", "2")
    assert written.exit_code == 0, written.output
    assert summary(written.stdout)["shards written"] == "2"
    assert "newsledger load" in written.stdout
    reused = invoke(runner, "analyze", news, "--shards", shards, "--partition-size", "2")
    assert summary(reused.stdout)["shards already there (reused)"] == "2"
    assert summary(reused.stdout)["analysed"] == "0"
    db = tmp_path / "ledger.db"
    loaded = invoke(runner, "load", shards, "--db", db)
    assert loaded.exit_code == 0, loaded.output
    assert summary(loaded.stdout)["new"] == "3"
    again = invoke(runner, "load", shards, "--db", db)
    assert summary(again.stdout)["unchanged"] == "3"
    direct = tmp_path / "direct.db"
    assert invoke(runner, "analyze", news, "--db", direct).exit_code == 0
    with Ledger(db) as a, Ledger(direct) as b:
        assert ledger_digest(a) == ledger_digest(b)


@pytest.mark.slow
def test_progress_counts_up_to_the_planned_total(news, tmp_path, nlp):
    seen = []
    with Ledger(tmp_path / "ledger.db") as ledger:
        report = analyze_into([str(news)], ledger, batch_size=1, progress=lambda r: seen.append(
            (r.items_done, r.items_total)
        ))
    assert seen[0] == (0, 3) and seen[-1] == (3, 3)
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)
    assert report.rate > 0 and report.elapsed > 0


@pytest.mark.parametrize("command", ["analyze", "load"])
def test_a_file_that_is_not_a_ledger_exits_3_without_a_traceback(runner, tmp_path, command):
    db = tmp_path / "notes.db"
    db.write_text("these are my notes, not a database\n")
    source = tmp_path / "in"
    source.mkdir()
    result = invoke(runner, command, str(source), "--db", str(db))
    assert result.exit_code == 3, result.output
    assert "Traceback" not in result.output
    assert db.read_text() == "these are my notes, not a database\n"


def test_a_log_gets_plain_progress_lines_with_rate_and_eta(monkeypatch):
    """Where stderr is not a terminal (a batch job's log) no bar is drawn: a line every LOG_EVERY
    seconds and one when the last partition is in, with counts, rate and the time left."""
    import io

    from rich.console import Console
    from rich.progress import Progress

    from newsledger.cli import analyze as cli_analyze
    from newsledger.scale.report import RunReport

    buffer = io.StringIO()
    progress = Progress(console=Console(file=buffer, width=200))  # a file, not a terminal
    clock = [1000.0]
    monkeypatch.setattr(cli_analyze.time, "perf_counter", lambda: clock[0])
    update = cli_analyze._updater(progress, by_partition=True)
    report = RunReport(started=900.0, items_total=300, partitions=3)
    report.items_done = report.analysed = 100
    report.partitions_done = 1
    update(report)  # the first call always prints
    clock[0] += 5
    update(report)  # within LOG_EVERY: nothing
    report.items_done = report.analysed = 300
    report.partitions_done = 3
    update(report)  # the last partition: printed at once
    lines = buffer.getvalue().splitlines()
    assert lines == [
        "partitions 1/3 · articles 100/300 · 1.00 articles/s · ETA 0:03:20 · elapsed 0:01:40",
        "partitions 3/3 · articles 300/300 · 2.86 articles/s · elapsed 0:01:45",
    ]
