"""Datasette metadata for a ledger: table and column descriptions and canned queries.

Datasette keys metadata by database name (the file name without .db), so the shipped file
(data/datasette.json, for `ledger.db`) is re-keyed for other names:

    python -m newsledger.store.datasette war.db > war-metadata.json
    datasette war.db -m war-metadata.json
"""

from __future__ import annotations

import json
import sys
from importlib import resources
from pathlib import Path


def metadata_for(db: str | Path) -> dict:
    """The shipped metadata with its database entry named after `db` (as Datasette names it)."""
    shipped = resources.files("newsledger").joinpath("data/datasette.json")
    data = json.loads(shipped.read_text(encoding="utf-8"))
    (entry,) = data["databases"].values()
    data["databases"] = {Path(db).stem: entry}
    return data


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m newsledger.store.datasette LEDGER.db > metadata.json", file=sys.stderr)
        return 2
    json.dump(metadata_for(args[0]), sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
