"""The PolNeAR speaker proxy (`eval speaker-sources`) on a tiny BRAT fixture of our own sentences."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsledger.cli import app
from newsledger.eval.polnear import load_gold
from newsledger.eval.speaker_sources import (
    SourceReport,
    agrees,
    classify,
    evaluate,
    name_words,
    score_article,
)
from newsledger.model import Actor, Article, ArticleAnalysis, Entity, Span, Statement

# A tiny PolNeAR-shaped article of our own sentences, written out per test (no .ann file is committed:
# the house rules read committed .ann files as evaluation data).
TEXT = (
    "Ministry rejects ceasefire offer\n"
    "Defence Minister Jan Kowalski said on Monday that the brigade had reached the river.\n"
    "He added that more troops would follow within days.\n"
    "Officials said the bridge was damaged.\n"
    "The Rivian general warned that shelling would continue.\n"
)
ANN = (
    "T1\tSource 33 62\tDefence Minister Jan Kowalski\n"
    "T2\tCue 63 67\tsaid\n"
    "T3\tContent 78 116\tthat the brigade had reached the river\n"
    "T4\tAttribution 63 67\tsaid\n"
    "E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3\n"
    "T5\tSource 118 120\tHe\n"
    "T6\tCue 121 126\tadded\n"
    "T7\tContent 127 168\tthat more troops would follow within days\n"
    "T8\tAttribution 121 126\tadded\n"
    "E2\tAttribution:T8 Source:T5 Cue:T6 Content:T7\n"
    "T9\tSource 170 179\tOfficials\n"
    "T10\tCue 180 184\tsaid\n"
    "T11\tContent 185 207\tthe bridge was damaged\n"
    "T12\tAttribution 180 184\tsaid\n"
    "E3\tAttribution:T12 Source:T9 Cue:T10 Content:T11\n"
    "T13\tSource 209 227\tThe Rivian general\n"
    "T14\tCue 228 234\twarned\n"
    "T15\tContent 235 263\tthat shelling would continue\n"
    "T16\tAttribution 228 234\twarned\n"
    "E4\tAttribution:T16 Source:T13 Cue:T14 Content:T15\n"
)


@pytest.fixture
def gold_dir(tmp_path: Path) -> Path:
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "demo_2022-03-01_ministry.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "attributions" / "demo_2022-03-01_ministry_ann1.ann").write_text(ANN, encoding="utf-8")
    return tmp_path


def test_classify_source_texts():
    assert classify("He") == "pronoun"
    assert classify("We’ve") == "pronoun"
    assert classify("Defence Minister Jan Kowalski") == "named"
    assert classify("Maria Lind, a spokeswoman for the ministry,") == "named"
    assert classify("the Rivian general") == "described"
    assert classify("Rivia’s defence ministry") == "described"
    assert classify("officials") == "nominal"
    assert classify("the brigade commander") == "nominal"
    # a common noun capitalised because it opens the source is a name only under an entity
    assert classify("Officials", entities=[]) == "nominal"
    assert classify("Kowalski", entities=[(0, 8)]) == "named"


def test_name_words_and_agreement():
    assert name_words("Defence Minister Jan Kowalski") == ["Kowalski", "Jan"]
    kowalski = Actor(id="person:jan-kowalski", name="Jan Kowalski", type="person")
    ministry = Actor(id="org:riv-defence-ministry", name="Ministry of Defence of Rivia", type="organisation")
    assert agrees("Gen. Kowalski", kowalski)
    assert agrees("the Kowalskis", kowalski)
    assert not agrees("Maria Lind", kowalski)
    assert agrees("Rivia", ministry)
    assert not agrees("Kowalski", None)


def test_score_article_verdicts(gold_dir):
    doc = load_gold(gold_dir)[0]
    text = doc.text

    def span(phrase: str, nth: int = 0) -> Span:
        start = -1
        for _ in range(nth + 1):
            start = text.index(phrase, start + 1)
        return Span.of(text, start, start + len(phrase))

    def statement(i: int, src: str | None, cue: str, speaker: str | None, nth: int = 0) -> Statement:
        return Statement(
            id=f"S{i}", cue=span(cue, nth), content=[], source=span(src) if src else None, speaker=speaker
        )

    analysis = ArticleAnalysis(
        article=Article.create(text),
        entities=[Entity(span=span("Jan Kowalski"), label="PERSON")],
        actors=[Actor(id="person:maria-lind", name="Maria Lind", type="person")],
        statements=[
            statement(1, "Defence Minister Jan Kowalski", "said", "person:maria-lind"),
            statement(2, "He", "added", "person:maria-lind"),
            statement(3, None, "said", None, nth=1),
            statement(4, "The Rivian general", "warned", None),
        ],
    )
    report = score_article(doc, analysis, SourceReport())
    got = [(c.gold_source, c.gold_class, c.verdict, c.our_source) for c in report.cases]
    assert got == [
        ("Defence Minister Jan Kowalski", "named", "suspect-wrong", "Defence Minister Jan Kowalski"),
        ("He", "pronoun", "resolved", "He"),
        ("Officials", "nominal", "unresolved", None),
        ("The Rivian general", "described", "unresolved", "The Rivian general"),
    ]
    assert report.no_source() == 1
    assert report.gold_with_source == 4


def test_pipeline_and_cli_on_fixture(nlp, gold_dir):
    report = evaluate(gold_dir, nlp, limit=None)
    assert report.documents == 1 and report.total() == 4
    named = [c for c in report.cases if c.gold_class == "named"]
    assert [(c.gold_source, c.verdict, c.speaker) for c in named] == [
        ("Defence Minister Jan Kowalski", "agree", "person:jan-kowalski")
    ]
    result = CliRunner().invoke(app, ["eval", "speaker-sources", str(gold_dir), "--misses", "5"])
    assert result.exit_code == 0, result.output
    assert "1 articles, 4 gold attributions with a source, 4 matched by cue" in result.output
    assert "unresolved    nominal demo_2022-03-01_ministry" in result.output
