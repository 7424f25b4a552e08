"""`newsledger actors` and `newsledger actor NAME` over a ledger built from our own sentences."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from newsledger.cli import app
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


def run(*args: str, columns: int = 200):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": str(columns)})


def test_actors_json_counts_and_filters(ledger_path):
    result = run("actors", "--db", str(ledger_path), "--format", "json", "--limit", "0")
    assert result.exit_code == 0, result.output
    rows = {r["id"]: r for r in json.loads(result.stdout)}
    wallace = rows["person:ben-wallace"]
    assert (wallace["mentions"], wallace["statements"]) == (3, 2)
    people = run("actors", "--db", str(ledger_path), "--type", "person", "--format", "json").stdout
    people = json.loads(people)
    assert {r["id"] for r in people} == {"person:ben-wallace"}
    russian = run("actors", "--db", str(ledger_path), "--country", "rus", "--format", "json").stdout
    assert "gov:RUS" in {r["id"] for r in json.loads(russian)}


def test_actor_record_as_json(ledger_path):
    result = run("actor", "wallace", "--db", str(ledger_path), "--format", "json")
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert record["actor"]["id"] == "person:ben-wallace"
    said = [s for rows in record["said_by_outlet"].values() for s in rows]
    assert sorted(s["outlet"] for s in said) == ["Harbour Times", "Valley Courier"]
    assert [r["speaker_name"] for r in record["about"]] == ["Government of Russia"]
    assert record["roles"][0]["title"] == "Secretary of State for Defence"
    kremlin = json.loads(run("actor", "Kremlin", "--db", str(ledger_path), "--format", "json").stdout)
    assert kremlin["actor"]["id"] == "gov:RUS"  # an alias


def test_actors_command(ledger_path):
    result = run("actors", "--db", str(ledger_path), "--type", "person", "--format", "table")
    assert result.exit_code == 0, result.output
    assert "Ben Wallace" in result.output and "Government of Russia" not in result.output


def test_actor_command(ledger_path):
    result = run("actor", "Ben Wallace", "--db", str(ledger_path))
    assert result.exit_code == 0, result.output
    assert "person:ben-wallace" in result.output
    assert "what it said (2)" in result.output
    assert "what was said about it (1)" in result.output
    assert "Secretary of State for Defence" in result.output


def test_actor_command_unknown_name(ledger_path):
    result = run("actor", "Nobody Atall", "--db", str(ledger_path))
    assert result.exit_code == 2
    assert "error: no actor matches 'Nobody Atall'" in result.output


def test_actors_command_without_ledger(tmp_path):
    result = run("actors", "--db", str(tmp_path / "missing.db"))
    assert result.exit_code == 3 and "error: no ledger at" in result.output


@pytest.mark.parametrize("command", [["actors"], ["actor"], ["eval", "speakers"]])
def test_help(command):
    result = CliRunner().invoke(app, [*command, "--help"])
    assert result.exit_code == 0 and "Usage" in result.output
