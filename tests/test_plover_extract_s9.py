"""The end-to-end PLOVER extraction scorer (`eval plover-extract`), on sentences written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from newsledger.cli import app
from newsledger.eval.plover_extract import ExtractReport, score_extraction, score_row
from newsledger.model import Article, ArticleAnalysis, Event, Participant
from newsledger.plover.data import Example, read_examples
from spans import at

FIXTURE = Path(__file__).parent / "fixtures" / "plover" / "extract_small.tsv"


def _event(text: str, category: str, trigger: str, source: str | None, target: str | None) -> Event:
    def parts(phrase: str | None) -> list[Participant]:
        return [Participant(actor_id="x", span=at(text, phrase))] if phrase else []

    return Event(
        id="E1", trigger=at(text, trigger), category=category, sources=parts(source), targets=parts(target)
    )


def _row(text: str, source: str, target: str, gold: str, *events: Event):
    s, t = at(text, source), at(text, target)
    ex = Example(text, (s.start, s.end), (t.start, t.end), gold)
    return score_row(ex, ArticleAnalysis(article=Article.create(text), events=list(events)))


def test_a_row_is_located_by_overlapping_party_spans_and_strict_with_the_category():
    text = "The army of Ruritania shelled Zenda on Friday."
    hit = _row(
        text, "The army of Ruritania", "Zenda", "ASSAULT",
        _event(text, "ASSAULT", "shelled", "army", "Zenda on Friday"),
    )  # fmt: skip
    assert (hit.category, hit.located, hit.located_right, hit.why()) == (True, True, True, "")
    shelled = _event(text, "ASSAULT", "shelled", "army", "Zenda")
    wrong = _row(text, "The army of Ruritania", "Zenda", "COERCE", shelled)
    assert (wrong.category, wrong.located, wrong.located_right) == (False, True, False)
    assert wrong.why().startswith("located, wrong category")
    swapped = _row(text, "Zenda", "The army of Ruritania", "ASSAULT", shelled)
    assert (swapped.located, swapped.swapped) == (False, True)
    assert (swapped.source_found, swapped.target_found) == (False, False)
    none = _row(text, "The army of Ruritania", "Zenda", "ASSAULT")
    assert (none.category, none.located, none.why()) == (False, False, "no event")


def test_yield_takes_concede_and_retreat():
    text = "Ruritania withdrew its troops from Zenda."
    r = _row(text, "Ruritania", "Zenda", "YIELD", _event(text, "RETREAT", "withdrew", "Ruritania", "Zenda"))
    assert r.located_right and ExtractReport([r]).emitted() == {"YIELD": 1}


def test_scores_of_the_fixture_through_the_pipeline(nlp):
    report = score_extraction(read_examples(FIXTURE), nlp)
    f = report.figures()
    keys = ("rows", "category", "located", "strict", "source", "target", "swapped", "no_event")
    assert [f[k] for k in keys] == [5, 3, 2, 1, 3, 2, 1, 1]
    assert f["events_per_sentence"] == 4 / 5
    assert [r.example.row["sentence_id"] for r in report.misses("ASSAULT")] == ["3", "5"]
    assert report.by_category()["COERCE"]["located_recall"] == 1.0


def test_cli_prints_figures_misses_and_json(tmp_path):
    out = tmp_path / "f.json"
    result = CliRunner().invoke(
        app, ["eval", "plover-extract", str(FIXTURE), "--misses", "1", "--json", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert "strict recall     0.200 (1/5)" in result.output
    assert "-- ASSAULT: 2 missed (first 1) --" in result.output
    miss = "[3] <s>Kenyan troops</s> <t>villages in Somalia</t>  not located: ASSAULT[shelled]"
    assert miss in result.output
    assert json.loads(out.read_text())["by_category"]["SUPPORT"]["no_event"] == 1
