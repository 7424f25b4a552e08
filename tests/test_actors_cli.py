"""`newsledger actors` and `newsledger actor NAME` over a ledger built from our own sentences."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from newsledger.cli import app
from newsledger.cli.actors import actor_record, find_actor, list_actors
from newsledger.model import Span, Statement
from newsledger.store import Ledger

TEXT_A = (
    "Defence Secretary Ben Wallace said on Monday that London would send more drones. "
    "Moscow has warned that Ben Wallace is prolonging the war."
)
TEXT_B = "Ben Wallace told reporters that the drones had arrived."


def statement(text: str, sid: str, source: str, cue: str, content: str, speaker: str) -> Statement:
    def span(part: str) -> Span:
        start = text.index(part)
        return Span.of(text, start, start + len(part))

    return Statement(id=sid, source=span(source), cue=span(cue), content=[span(content)], speaker=speaker)


@pytest.fixture(scope="module")
def ledger_path(analyze, tmp_path_factory):
    path = tmp_path_factory.mktemp("ledger") / "actors.db"
    a = analyze(TEXT_A, outlet="Harbour Times", published="2022-03-01")
    a.statements = [
        statement(
            TEXT_A,
            "S1",
            "Defence Secretary Ben Wallace",
            "said",
            "that London would send more drones",
            "person:ben-wallace",
        ),
        statement(TEXT_A, "S2", "Moscow", "has warned", "that Ben Wallace is prolonging the war", "gov:RUS"),
    ]
    a.events, a.cues = [], []
    b = analyze(TEXT_B, outlet="Valley Courier", published="2022-03-02")
    b.statements = [
        statement(TEXT_B, "S1", "Ben Wallace", "told", "that the drones had arrived", "person:ben-wallace")
    ]
    b.events, b.cues = [], []
    with Ledger(path) as ledger:
        ledger.write(a)
        ledger.write(b)
    return path


def test_list_actors_counts(ledger_path):
    with Ledger(ledger_path, read_only=True) as ledger:
        rows = {r["id"]: r for r in list_actors(ledger.conn)}
        wallace = rows["person:ben-wallace"]
        assert (wallace["n_mentions"], wallace["n_statements"], wallace["n_articles"]) == (3, 2, 2)
        assert wallace["outlets"] == "Harbour Times, Valley Courier"
        people = list_actors(ledger.conn, type_="person")
        assert {r["id"] for r in people} == {"person:ben-wallace"}
        assert {r["id"] for r in list_actors(ledger.conn, country="rus")} >= {"gov:RUS"}


def test_actor_record(ledger_path):
    with Ledger(ledger_path, read_only=True) as ledger:
        found = find_actor(ledger.conn, "wallace")
        assert found[0]["id"] == "person:ben-wallace"
        assert find_actor(ledger.conn, "Kremlin")[0]["id"] == "gov:RUS"  # an alias
        rec = actor_record(ledger.conn, "person:ben-wallace")
        assert [r["outlet"] for r in rec["said"]] == ["Harbour Times", "Valley Courier"]
        assert [r["speaker"] for r in rec["said_about"]] == ["Government of Russia"]
        assert rec["roles"][0]["title"] == "Secretary of State for Defence"


def test_actors_command(ledger_path):
    result = CliRunner().invoke(app, ["actors", "--db", str(ledger_path), "--type", "person"])
    assert result.exit_code == 0, result.output
    assert "Ben Wallace" in result.output and "Government of Russia" not in result.output


def test_actor_command(ledger_path):
    args = ["actor", "Ben Wallace", "--db", str(ledger_path)]
    result = CliRunner().invoke(app, args, env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "person:ben-wallace" in result.output
    assert "what it said (2)" in result.output
    assert "what was said about it (1)" in result.output
    assert "Secretary of State for Defence" in result.output


def test_actor_command_unknown_name(ledger_path):
    result = CliRunner().invoke(app, ["actor", "Nobody Atall", "--db", str(ledger_path)])
    assert result.exit_code == 1


def test_actors_command_without_ledger(tmp_path):
    result = CliRunner().invoke(app, ["actors", "--db", str(tmp_path / "missing.db")])
    assert result.exit_code == 1


@pytest.mark.parametrize("command", [["actors"], ["actor"], ["eval", "speakers"]])
def test_help(command):
    result = CliRunner().invoke(app, [*command, "--help"])
    assert result.exit_code == 0 and "Usage" in result.output
