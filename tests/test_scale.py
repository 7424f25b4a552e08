"""Scale-out: partitions read back exactly what the readers read, shards round-trip, loading is
idempotent, and every way of running (in process, Dask, shards + load) stores the same ledger."""

from __future__ import annotations

import gzip
import io
import json
import os

import pytest

from newsledger.ingest import Skipped, read
from newsledger.model import Article, article_id
from newsledger.run import analyze_into, ledger_digest
from newsledger.scale.cluster import connect
from newsledger.scale.load import load_shards
from newsledger.scale.partitions import canonical, plan, read_all
from newsledger.scale.shards import Shards, parquet_tables
from newsledger.scale.work import analyse_partition, with_defaults
from newsledger.store import Ledger

# Our own sentences (no corpus text in the repository).
TEXTS = [
    "Britain sends missiles\n\nThe defence secretary said Britain would send more missiles to Kyiv.",
    "Talks in Moscow\n\nThe two ministers met in Moscow on Friday, the ministry said.",
    "A warning\n\nMoscow has warned that further deliveries will prolong the conflict.",
    "Aid pledged\n\nGermany pledged 40 armoured vehicles to Ukraine, officials said on Monday.",
    "Ceasefire call\n\nThe UN secretary-general called for an immediate ceasefire in the region.",
]


def _jsonl(path, texts, bad_at=()):
    lines = []
    for n, text in enumerate(texts):
        if n in bad_at:
            lines.append("{not json")
        lines.append(json.dumps({"text": text, "outlet": "scale.example"}))
        lines.append("")  # blank lines count as lines, not items
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _corpus(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for n, text in enumerate(TEXTS[:3]):
        (folder / f"t{n}.txt").write_text(text, encoding="utf-8")
    (folder / "t3.txt").write_text(TEXTS[0], encoding="utf-8")  # the same article as t0.txt
    (folder / ".hidden.txt").write_text("Hidden\n\nNot read.", encoding="utf-8")
    (folder / "notes.md").write_text("not an input", encoding="utf-8")
    _jsonl(folder / "more.jsonl", TEXTS[3:] + [TEXTS[0] + " Again."], bad_at=(1,))
    return folder


def _same(items):
    return [(x.item, x.reason) if isinstance(x, Skipped) else (x.id, x.source_file, x.text) for x in items]


def test_jsonl_line_ranges_read_back_what_the_reader_reads_with_file_line_numbers(tmp_path):
    path = _jsonl(tmp_path / "a.jsonl", TEXTS, bad_at=(2, 4))
    parts = list(plan([str(path)], partition_items=2))
    assert len(parts) == 4  # 5 articles + 2 bad lines, 2 items per partition
    assert all(p.items <= 2 for p in parts)
    whole = list(read([str(path)]))
    assert _same(read_all(parts)) == _same(whole)
    bad = [x for x in whole if isinstance(x, Skipped)]
    assert [x.item for x in bad] == [f"{path}:5", f"{path}:10"]
    assert "line 5" in bad[0].reason and "line 10" in bad[1].reason


def test_warc_record_ranges_read_back_what_the_reader_reads(tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "crawl.warc.gz"
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for n, text in enumerate(TEXTS):
            title, body = text.split("\n\n")
            html = (
                f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1><p>{body} "
                "The ministry confirmed the plan on Tuesday evening.</p><p>Officials in Kyiv welcomed "
                "the decision and said more help was needed.</p></article></body></html>"
            ).encode()
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            record = writer.create_warc_record(
                f"https://news.example/{n}", "response", payload=io.BytesIO(html), http_headers=headers
            )
            writer.write_record(record)
    parts = list(plan([str(path)], partition_items=2))
    assert [p.items for p in parts] == [2, 2, 1]
    assert parts[1].units[0].first == 3 and parts[1].units[0].start > 0
    articles = [x for x in read_all(parts) if isinstance(x, Article)]
    assert [a.source_file for a in articles] == [f"{path}#record-{n}" for n in range(1, 6)]
    assert _same(read_all(parts)) == _same(read([str(path)]))


def test_a_folder_reads_back_as_the_readers_read_it_sidecars_included(tmp_path):
    folder = _corpus(tmp_path)
    (folder / "t1.json").write_text(
        '{"outlet": "Sidecar Times", "published": "2024-03-02"}', encoding="utf-8"
    )
    parts = list(plan([str(folder)], partition_items=2))
    assert _same(read_all(parts)) == _same(read([str(folder)]))
    (t1,) = [a for a in read_all(parts) if isinstance(a, Article) and a.source_file.endswith("t1.txt")]
    assert (t1.outlet, t1.published) == ("Sidecar Times", "2024-03-02")


def test_folders_and_globs_are_listed_sorted_without_hidden_or_foreign_files(tmp_path):
    folder = _corpus(tmp_path)
    listed = [u.path for p in plan([str(folder)]) if not isinstance(p, Skipped) for u in p.units]
    assert listed == [str(folder / "more.jsonl"), *(str(folder / f"t{n}.txt") for n in range(4))]
    globbed = [u.path for p in plan([str(folder / "t*.txt")]) for u in p.units]
    assert globbed == [str(folder / f"t{n}.txt") for n in range(4)]
    missing = list(plan([str(tmp_path / "nope.txt"), str(tmp_path / "*.none")]))
    assert [(s.reason) for s in missing] == ["no such file", "no files match"]


def test_a_path_is_stored_the_same_however_it_was_written(tmp_path, monkeypatch):
    folder = _corpus(tmp_path)
    monkeypatch.chdir(tmp_path)
    relative = [x.source_file for x in read_all(plan(["corpus/t0.txt"]))]
    absolute = [x.source_file for x in read_all(plan([str(folder / "t0.txt")]))]
    dotted = [x.source_file for x in read_all(plan(["./corpus/../corpus/t0.txt"]))]
    assert relative == absolute == dotted == [canonical(str(folder / "t0.txt"))]


def test_outlet_and_published_fill_only_what_is_missing():
    bare = Article.create("Some text about talks.")
    filled = with_defaults(bare, "Test Post", "1 May 2024")
    assert (filled.outlet, filled.published) == ("Test Post", "2024-05-01")
    assert filled.id == article_id("Test Post", bare.text) != bare.id  # the id follows the outlet
    given = Article.create("Other text.", outlet="Real Outlet", published="2023-01-02", id="fixed-id")
    assert with_defaults(given, "Test Post", "2024-05-01") == given


@pytest.mark.slow
def test_shards_are_complete_atomic_and_reused(tmp_path, nlp):
    folder = _corpus(tmp_path)
    parts = [p for p in plan([str(folder)], partition_items=3) if not isinstance(p, Skipped)]
    root = str(tmp_path / "shards")
    first = [analyse_partition(p, shards=root) for p in parts]
    assert not any(r.reused for r in first)
    assert sum(r.read for r in first) == 7
    assert sum(len(r.ids) for r in first) == 7  # a shard holds its partition; duplicates go at load
    store = Shards(root)
    names = [m["name"] for m in store.manifests()]
    assert names == [r.name for r in first]  # manifests in input order
    leftovers = [f for _, _, files in os.walk(root) for f in files if f.startswith(".tmp-")]
    assert leftovers == []
    import pyarrow.parquet as pq

    statements = pq.read_table(f"{root}/statements").to_pylist()
    assert statements and {"article_id", "cue_start", "cue_text", "speaker"} <= set(statements[0])
    again = [analyse_partition(p, shards=root) for p in parts]
    assert all(r.reused for r in again) and [r.name for r in again] == names
    with gzip.open(f"{root}/analyses/{names[0]}.jsonl.gz", "rt") as handle:
        assert len(handle.read().splitlines()) == len(first[0].ids)


def test_parquet_tables_have_one_schema_whatever_the_data(analyze):
    empty = analyze("Nothing to see here.")
    full = analyze("The defence secretary said Britain would send more missiles to Kyiv.")
    import pyarrow.parquet as pq

    a = {k: pq.read_table(io.BytesIO(v)).schema for k, v in parquet_tables([empty]).items()}
    b = {k: pq.read_table(io.BytesIO(v)).schema for k, v in parquet_tables([full]).items()}
    assert a == b
    assert len(pq.read_table(io.BytesIO(parquet_tables([full])["statements"]))) == len(full.statements)


@pytest.mark.slow
def test_in_process_dask_and_shards_store_the_same_ledger(tmp_path, nlp):
    """The issue's check on a small corpus: a LocalCluster with two workers, the in-process loop and
    shards + load give the same stored analyses and actor rows; loading again changes nothing."""
    folder = _corpus(tmp_path)
    digests = {}
    with Ledger(tmp_path / "seq.db") as ledger:
        seq = analyze_into([str(folder)], ledger, partition_items=2)
        digests["sequential"] = ledger_digest(ledger)
    with connect(2, dashboard=":0") as client:  # one cluster for the writer path and the shard path
        with Ledger(tmp_path / "dask.db") as ledger:
            dask = analyze_into([str(folder)], ledger, client=client, partition_items=2)
            digests["dask"] = ledger_digest(ledger)
        with Ledger(tmp_path / "dask-shards.db") as ledger:
            analyze_into(
                [str(folder)], ledger, client=client, shards=str(tmp_path / "dsh"), partition_items=2
            )
            digests["dask shards"] = ledger_digest(ledger)
    with Ledger(tmp_path / "shards.db") as ledger:
        analyze_into([str(folder)], None, shards=str(tmp_path / "sh"), partition_items=2)
        loaded = load_shards(str(tmp_path / "sh"), ledger)
        digests["shards+load"] = ledger_digest(ledger)
        again = load_shards(str(tmp_path / "sh"), ledger)
        assert ledger_digest(ledger) == digests["shards+load"]
    assert digests["sequential"] == digests["dask"] == digests["dask shards"] == digests["shards+load"]
    assert digests["sequential"]["articles"] == 6  # 4 .txt (one a duplicate) + 3 good JSONL lines
    assert seq.outcomes["new"] == dask.outcomes["new"] == loaded.outcomes["new"] == 6
    assert again.outcomes == {"unchanged": 6}
    assert len(seq.skipped) == len(dask.skipped) == 1 and seq.skipped[0][0].endswith("more.jsonl:3")
    assert len(seq.duplicates) == len(dask.duplicates) == 1
    assert sum(dask.workers.values()) == 7 and len(dask.workers) == 2  # both workers took partitions


def test_ledger_digest_tells_different_ledgers_apart(tmp_path, analyze):
    one, two = analyze(TEXTS[0]), analyze(TEXTS[1])
    with Ledger(tmp_path / "a.db") as a, Ledger(tmp_path / "b.db") as b:
        a.write(one)
        b.write(two)
        assert ledger_digest(a) != ledger_digest(b)
        b.write(one)
        a.write(two)
        assert ledger_digest(a) == ledger_digest(b)
