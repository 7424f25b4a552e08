"""The PolNeAR speaker proxy (`eval speaker-sources`) on a tiny BRAT fixture of our own sentences."""

from __future__ import annotations

from pathlib import Path

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

FIXTURE = Path(__file__).parent / "fixtures" / "speaker_sources"


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


def test_score_article_verdicts():
    doc = load_gold(FIXTURE)[0]
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


def test_pipeline_and_cli_on_fixture(nlp):
    report = evaluate(FIXTURE, nlp, limit=None)
    assert report.documents == 1 and report.total() == 4
    named = [c for c in report.cases if c.gold_class == "named"]
    assert [(c.gold_source, c.verdict, c.speaker) for c in named] == [
        ("Defence Minister Jan Kowalski", "agree", "person:jan-kowalski")
    ]
    result = CliRunner().invoke(app, ["eval", "speaker-sources", str(FIXTURE), "--misses", "5"])
    assert result.exit_code == 0, result.output
    assert "1 articles, 4 gold attributions with a source, 4 matched by cue" in result.output
    assert "unresolved    nominal demo_2022-03-01_ministry" in result.output
