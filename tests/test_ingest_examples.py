"""The demo corpus in examples/ reads clean, and its WARC rebuilds byte for byte."""

from __future__ import annotations

import importlib.util
from collections import Counter
from pathlib import Path

from newsledger.ingest import Skipped, read
from newsledger.model import Article

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def test_demo_corpus_reads_without_skips():
    results = list(read([EXAMPLES]))
    assert [r for r in results if isinstance(r, Skipped)] == []
    articles = [r for r in results if isinstance(r, Article)]
    assert len(articles) == 14
    assert len({a.id for a in articles}) == 14
    outlets = Counter(a.outlet for a in articles)
    assert outlets == {
        "The Meridian Post": 2,
        "Eastern Wire": 3,
        "Harbour Gazette": 2,
        "Northgate Times": 2,
        "Baltic Observer": 2,
        "Steppe Herald": 3,
    }
    for article in articles:
        assert article.title and article.text.startswith(article.title + "\n")
        assert "2022-02-11" <= article.published[:10] <= "2022-04-20", article.source_file
        assert 150 <= len(article.text.split()) <= 350, article.source_file
        assert article.notes == []


def test_demo_scraped_titles_are_deduplicated():
    titles = {a.source_file: a for a in read([EXAMPLES / "harbour-gazette-lavrov-warning.txt"])}
    (gazette,) = titles.values()
    assert gazette.text.count("Lavrov: West is fuelling the conflict") == 1


def test_warc_build_is_deterministic(tmp_path):
    spec = importlib.util.spec_from_file_location("build_warc", EXAMPLES / "build_warc.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    built = module.build(tmp_path / "steppe-herald-crawl.warc.gz")
    assert built.read_bytes() == (EXAMPLES / "steppe-herald-crawl.warc.gz").read_bytes()
