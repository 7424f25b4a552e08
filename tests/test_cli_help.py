"""Every command's --help says what it does and shows an example (as sqlite-utils tests its help)."""

from __future__ import annotations

import pytest
import typer.main
from typer.testing import CliRunner

from newsledger.cli import app


def _commands(group, path=()):
    for name, command in sorted(group.commands.items()):
        if hasattr(command, "commands"):
            yield from _commands(command, (*path, name))
        else:
            yield (*path, name)


COMMANDS = list(_commands(typer.main.get_command(app)))


def test_the_commands_the_issues_ask_for_exist():
    names = {" ".join(c) for c in COMMANDS}
    assert {
        "analyze", "show", "articles", "export", "actors", "actor", "transfers", "stories", "compare",
        "serve", "bench", "eval polnear", "eval speakers", "eval plover", "train attribution", "train plover",
        "statements", "statement", "events", "event", "upgrade",
    } <= names  # fmt: skip


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_help_has_a_description_and_an_example(command):
    result = CliRunner().invoke(app, [*command, "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "Usage: newsledger " + " ".join(command) in result.output
    assert "Example: newsledger " + command[0] in result.output
