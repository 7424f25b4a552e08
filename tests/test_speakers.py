"""`eval speakers`: gold reader, scorer and command, on a tiny PolNeAR-shaped folder of our own."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsledger.cli import app
from newsledger.eval.speakers import evaluate, matches, read_gold
from newsledger.model import Actor

ARTICLE = (
    "Minister warns of long talks\n\n"
    "Foreign Minister Radu Ionescu met reporters on Monday. Ionescu said the talks would be long.\n\n"
    "He added that the other side had not yet replied. Moscow has warned against delays.\n"
)
# (source text, nth occurrence, gold name)
GOLD = [("Ionescu", 1, "Radu Ionescu"), ("He", 0, "Radu Ionescu"), ("Moscow", 0, "Government of Russia")]


def occurrence(text: str, needle: str, nth: int) -> int:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return start


@pytest.fixture()
def polnear(tmp_path: Path) -> tuple[Path, Path]:
    split = tmp_path / "polnear" / "dev"
    (split / "text").mkdir(parents=True)
    (split / "attributions").mkdir()
    (split / "text" / "own_2016-01-01_talks.txt").write_text(ARTICLE, encoding="utf-8")
    ann, rows = [], []
    for n, (source, nth, name) in enumerate(GOLD, start=1):
        start = occurrence(ARTICLE, source, nth)
        ann.append(f"T{n}\tSource {start} {start + len(source)}\t{source}")
        rows.append(f"own_2016-01-01_talks\t{start}\t{start + len(source)}\t{source}\t{name}")
    ann_file = split / "attributions" / "own_2016-01-01_talks_ab12.ann"
    ann_file.write_text("\n".join(ann) + "\n", encoding="utf-8")
    gold = tmp_path / "gold.tsv"
    gold.write_text(
        "# our own test gold\narticle\tstart\tend\tsource_text\tgold_actor_name\n" + "\n".join(rows) + "\n",
        encoding="utf-8",
    )
    return gold, split


def test_read_gold_skips_comments(polnear):
    gold, _ = polnear
    rows = read_gold(gold)
    assert [(r.source_text, r.gold) for r in rows] == [(s, g) for s, _, g in GOLD]
    assert ARTICLE[rows[0].start : rows[0].end] == "Ionescu"


def test_match_by_name_or_alias_ignoring_case():
    actor = Actor(id="person:x", name="Sergei Shoigu", type="person", aliases=["Sergey Shoigu"])
    assert matches(actor, "sergei shoigu") and matches(actor, "SERGEY SHOIGU")
    assert not matches(actor, "Shoigu") and not matches(None, "Shoigu")


def test_evaluate_scores_resolution_and_coverage(polnear, nlp):
    gold, split = polnear
    report = evaluate(gold, split, nlp=nlp)
    assert [(r.gold.source_text, r.actor_id) for r in report.results] == [
        ("Ionescu", "person:radu-ionescu"),
        ("He", "person:radu-ionescu"),
        ("Moscow", "gov:RUS"),
    ]
    assert report.accuracy == 1.0 and report.unresolved == 0
    assert (report.sources_resolved, report.sources_total) == (3, 3)


def test_eval_speakers_command(polnear):
    gold, split = polnear
    result = CliRunner().invoke(app, ["eval", "speakers", str(gold), "--data", str(split), "--errors"])
    assert result.exit_code == 0, result.output
    assert "speaker accuracy: 1.000 (3/3)" in result.output
    assert "named actor: 3/3" in result.output


def test_eval_speakers_needs_the_data_folder(tmp_path):
    args = ["eval", "speakers", str(tmp_path / "none.tsv"), "--data", str(tmp_path)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2 and result.output.startswith("error: need a gold TSV file")  # usage error
