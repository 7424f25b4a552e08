"""Schema versions as numbered SQL steps, applied in order, each in its own transaction.

A ledger written by an older newsledger is brought up to date when opened for writing; a step is
never edited once released: a change to the schema is a new step appended to `MIGRATIONS`.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from importlib import resources

#: (version, SQL file in this package). Version 1 is the whole first schema.
MIGRATION_FILES: list[tuple[int, str]] = [
    (1, "schema.sql"),
    (2, "v2_corrections.sql"),
    (3, "v3_item_units.sql"),
]


def latest_version() -> int:
    return MIGRATION_FILES[-1][0]


def migration_steps() -> list[tuple[int, str]]:
    """(version, SQL text) for every step, oldest first."""
    pkg = resources.files(__package__)
    return [(v, pkg.joinpath(name).read_text(encoding="utf-8")) for v, name in MIGRATION_FILES]


def current_version(conn: sqlite3.Connection) -> int:
    """The highest version applied to this database; 0 for an empty one."""
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"
    ).fetchone()
    if not exists:
        return 0
    row = conn.execute("SELECT max(version) FROM schema_version").fetchone()
    return int(row[0] or 0)


def migrate(conn: sqlite3.Connection, steps: list[tuple[int, str]] | None = None) -> list[int]:
    """Apply the steps newer than the database's version; returns the versions applied.

    `conn` must be in autocommit mode (isolation_level=None) so that each step is one explicit
    transaction: a failing step leaves the database at the previous version, not half-way.
    """
    steps = migration_steps() if steps is None else steps
    have = current_version(conn)
    applied: list[int] = []
    for version, sql in steps:
        if version <= have:
            continue
        now = datetime.now(UTC).isoformat(timespec="seconds")
        try:
            conn.executescript(
                f"BEGIN IMMEDIATE;\n{sql}\n;"
                f"INSERT INTO schema_version(version, applied_at) VALUES ({int(version)}, '{now}');\nCOMMIT;"
            )
        except sqlite3.Error:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        applied.append(version)
    return applied
