"""The ledger in Datasette itself: full-text search detected, shipped metadata loads, canned queries run."""

from __future__ import annotations

import asyncio
import json
from concurrent.futures import ThreadPoolExecutor

import pytest

from newsledger.store import Ledger
from newsledger.store.datasette import main, metadata_for
from test_web import ANALYSES, KOVAC

datasette = pytest.importorskip("datasette.app")


@pytest.fixture(scope="module")
def ledger_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("ds") / "war.db"
    with Ledger(path) as ledger:
        for make in ANALYSES:
            ledger.write(make())
    return path


def run(coro):
    """Run Datasette's coroutine on a loop of its own, in a thread: a browser test earlier in the same
    xdist worker can leave Playwright's loop running in this one, where asyncio.run refuses."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coro).result()


def test_datasette_detects_the_full_text_indexes(ledger_path):
    ds = datasette.Datasette([str(ledger_path)])
    db = ds.get_database("war")
    assert run(db.fts_table("statements")) == "statements_fts"
    assert run(db.fts_table("articles")) == "articles_fts"


def test_search_in_datasette_uses_the_index(ledger_path):
    async def go():
        ds = datasette.Datasette([str(ledger_path)])
        hit = await ds.client.get("/war/statements.json?_search=prolong&_shape=array")
        miss = await ds.client.get("/war/statements.json?_search=zeppelin&_shape=array")
        page = await ds.client.get("/war/articles")
        return hit, miss, page

    hit, miss, page = run(go())
    assert hit.status_code == 200
    assert [r["content"] for r in hit.json()] == ["the shipment would only prolong the war"]
    assert miss.json() == []  # ?_search= is not ignored: it filters
    assert 'name="_search"' in page.text  # the search box is shown


def test_shipped_metadata_loads_and_its_canned_queries_run(ledger_path, tmp_path, capsys):
    assert main([str(ledger_path)]) == 0
    meta_file = tmp_path / "metadata.json"
    meta_file.write_text(capsys.readouterr().out)
    meta = json.loads(meta_file.read_text())
    assert meta == metadata_for(ledger_path) and list(meta["databases"]) == ["war"]

    async def go():
        ds = datasette.Datasette([str(ledger_path)], metadata=meta)
        said = await ds.client.get("/war/what_did_x_say.json?speaker=Kovac&about=&_shape=array")
        about = await ds.client.get("/war/what_did_x_say.json?speaker=Kovac&about=friends&_shape=array")
        ukraine = await ds.client.get("/war/transfers_to_ukraine_by_supplier.json?_shape=array")
        rur = await ds.client.get("/war/transfers_by_supplier.json?recipient=Ruritania&_shape=array")
        quoted = await ds.client.get("/war/who_is_quoted_by_outlet.json?_shape=array")
        table = await ds.client.get("/war/statements")
        return said, about, ukraine, rur, quoted, table

    said, about, ukraine, rur, quoted, table = run(go())
    assert {r["speaker_name"] for r in said.json()} == {KOVAC.name} and len(said.json()) == 2
    assert [r["content"] for r in about.json()] == ["We stand with our friends"]
    assert ukraine.status_code == 200 and ukraine.json() == []  # no Ukraine in the fixture: empty, no error
    assert rur.json() == [{"supplier": "Freedonia", "items": 1, "what": "anti-tank missile", "quantity": 40}]
    assert {(r["outlet"], r["speaker_name"]) for r in quoted.json()} >= {("Harbor Daily", KOVAC.name)}
    assert "Attributed statements" in table.text  # the table description from the metadata
