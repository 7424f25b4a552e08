"""The PolNeAR scorer on a tiny gold set written for these tests (no PolNeAR text is used)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsledger.cli import app
from newsledger.eval.brat import parse_ann, parse_fragments
from newsledger.eval.polnear import (
    Attribution,
    Report,
    attributions_from_ann,
    load_gold,
    normalise,
    score_dirs,
    score_document,
    write_ann,
)

TEXT = (
    "Harbour talks collapse\n"
    "Port officials said the talks had failed.\n"
    "The minister warned that fees would rise, aides added.\n"
    "Prices will climb,\n"
    "analysts believe, as soon as March.\n"
)


def at(sub: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(sub, start + 1)
    return start, start + len(sub)


def frag(sub: str) -> str:
    a, b = at(sub)
    return f"{a} {b}"


GOLD_ANN = "\n".join(
    [
        f"T1\tSource {frag('Port officials')}\tPort officials",
        f"T2\tCue {frag('said')}\tsaid",
        f"T3\tContent {frag('the talks had failed')}\tthe talks had failed",
        f"T4\tAttribution {frag('said')}\tsaid",
        "E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3",
        f"T5\tSource {frag('The minister')}\tThe minister",
        f"T6\tCue {frag('warned')}\twarned",
        f"T7\tContent {frag('that fees would rise')}\tthat fees would rise",
        f"T8\tAttribution {frag('warned')}\twarned",
        "E2\tAttribution:T8 Cue:T6 Content:T7 Source:T5",
        # Discontinuous content split at a line break, plus a Content2 piece; no source.
        f"T9\tContent {frag('Prices will climb,')};{frag('analysts')}\tPrices will climb, analysts",
        f"T10\tCue {frag('believe')}\tbelieve",
        f"T11\tContent2 {frag('as soon as March')}\tas soon as March",
        f"T12\tAttribution-no-source {frag('believe')}\tbelieve",
        "E3\tAttribution-no-source:T12 Content:T9 Cue:T10 Content2:T11",
        f"T13\tDiscuss {frag('aides added')}\taides added",
        "",
    ]
)


@pytest.fixture()
def gold_dir(tmp_path: Path) -> Path:
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "harbour.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "attributions" / "harbour_a1.ann").write_text(GOLD_ANN, encoding="utf-8")
    # A second annotator who found nothing: sorts after a1, so it must be ignored.
    (tmp_path / "attributions" / "harbour_b2.ann").write_text("", encoding="utf-8")
    return tmp_path


def test_parse_fragments_discontinuous() -> None:
    assert parse_fragments("3 7;9 12") == ((3, 7), (9, 12))


def test_normalise_joins_whitespace_gaps_and_trims() -> None:
    a, _ = at("Prices will climb,")
    _, b = at("analysts")
    # Two fragments around the line break become one; a trailing space is trimmed.
    assert normalise(TEXT, [(a, b - 8), (b - 8, b + 1)]) == ((a, b),)
    assert normalise(TEXT, [at("Port"), at("talks", 1)]) == (at("Port"), at("talks", 1))
    assert normalise(TEXT, [(0, 0)]) is None


def test_gold_reading_merges_contents_and_skips_discuss(gold_dir: Path) -> None:
    [doc] = load_gold(gold_dir)
    assert doc.name == "harbour"
    assert len(doc.attributions) == 3
    third = doc.attributions[2]
    assert third.source is None
    assert third.cue == (at("believe"),)
    start, _ = at("Prices will climb,")
    assert third.content == ((start, at("analysts")[1]), at("as soon as March"))
    assert not doc.loose


def test_first_annotator_file_is_used(gold_dir: Path) -> None:
    (gold_dir / "attributions" / "harbour_0first.ann").write_text(
        f"T1\tCue {frag('said')}\tsaid\n", encoding="utf-8"
    )
    [doc] = load_gold(gold_dir)
    assert doc.attributions == []
    assert doc.loose == {"cue": {(at("said"),)}}


def test_gold_against_itself_is_perfect(gold_dir: Path) -> None:
    report = score_dirs(gold_dir, gold_dir / "attributions")
    for key, score in report.scores.items():
        assert (score.precision, score.recall, score.f1) == (1.0, 1.0, 1.0), key
    assert report.scores["cue/exact"].n_gold == 3
    assert report.scores["source/exact"].n_gold == 2


def test_written_ann_reads_back_the_same(gold_dir: Path) -> None:
    [doc] = load_gold(gold_dir)
    attrs, loose = attributions_from_ann(parse_ann(write_ann(doc.attributions, TEXT)), TEXT)
    assert attrs == doc.attributions
    assert loose == {}


def test_partial_case_by_hand() -> None:
    gold = [
        Attribution(cue=(at("said"),), source=(at("Port officials"),), content=(at("the talks had failed"),)),
        Attribution(cue=(at("warned"),), source=(at("The minister"),), content=(at("that fees would rise"),)),
    ]
    pred = [
        # Right cue and content, source too short: source overlaps only; linked yes, linked-exact no.
        Attribution(cue=(at("said"),), source=(at("officials"),), content=(at("the talks had failed"),)),
        # Cue on the wrong word: no cue match, no link; no source where gold has one.
        Attribution(cue=(at("added"),), source=None, content=(at("that fees would rise"),)),
        # A spurious attribution overlapping nothing.
        Attribution(cue=(at("collapse"),), source=(at("Harbour"),), content=(at("talks", 0),)),
    ]
    r = score_document(TEXT, gold, pred, Report())
    s = r.scores
    assert (s["cue/exact"].tp_pred, s["cue/exact"].n_pred, s["cue/exact"].n_gold) == (1, 3, 2)
    assert s["cue/exact"].f1 == pytest.approx(2 * (1 / 3) * (1 / 2) / (1 / 3 + 1 / 2))
    assert (s["source/exact"].tp_pred, s["source/overlap"].tp_pred, s["source/overlap"].tp_gold) == (0, 1, 1)
    assert (s["content/exact"].tp_pred, s["content/exact"].n_pred) == (2, 3)
    assert s["content/exact"].recall == 1.0
    # chars: predicted source chars "officials" (9) + "Harbour" (7); gold "Portofficials"+"Theminister".
    assert s["source/chars"].precision == pytest.approx(9 / 16)
    assert s["source/chars"].recall == pytest.approx(9 / (13 + 11))
    assert (s["linked"].tp_pred, s["linked"].n_pred, s["linked"].n_gold) == (1, 3, 2)
    assert s["linked-exact"].tp_pred == 0


def test_absent_source_matches_only_absent_source() -> None:
    gold = [Attribution(cue=(at("believe"),), content=(at("as soon as March"),))]
    with_source = [Attribution(cue=(at("believe"),), source=(at("analysts"),), content=(at("March"),))]
    without = [Attribution(cue=(at("believe"),), content=(at("March"),))]
    assert score_document(TEXT, gold, with_source, Report()).scores["linked"].tp_pred == 0
    assert score_document(TEXT, gold, without, Report()).scores["linked"].tp_pred == 1


def test_cli_scores_a_prediction_folder(gold_dir: Path, tmp_path: Path) -> None:
    pred = tmp_path / "pred"
    pred.mkdir()
    (pred / "harbour.ann").write_text(f"T1\tCue {frag('said')}\tsaid\n", encoding="utf-8")
    out = tmp_path / "scores.json"
    result = CliRunner().invoke(
        app, ["eval", "polnear", str(gold_dir), "--score", str(pred), "--json", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert "cue/exact" in result.output
    import json

    scores = json.loads(out.read_text())
    assert scores["cue/exact"]["p"] == 1.0
    assert scores["cue/exact"]["r"] == pytest.approx(1 / 3)


def test_cli_help() -> None:
    result = CliRunner().invoke(app, ["eval", "polnear", "--help"])
    assert result.exit_code == 0
    assert "--rules-only" in result.output
