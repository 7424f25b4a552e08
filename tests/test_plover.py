"""The learned PLOVER classifier: markup readers, features, the shipped model, scoring and the CLI."""

from __future__ import annotations

import csv
import json

import pytest
from typer.testing import CliRunner

from newsledger.cli import app
from newsledger.eval.plover import score, write_predictions
from newsledger.lexicon.events import cameo_to_plover, legacy_root, to_plv
from newsledger.plover.data import Example, parse_gsr_markup, read_examples
from newsledger.plover.features import parse_marked, sentence_features
from newsledger.plover.model import load_model, rule_predict
from newsledger.plover.train import cross_validate, inputs

runner = CliRunner()


def test_parse_marked_gives_clean_text_and_offsets():
    text, src, tgt = parse_marked("<s>Chad</s> accused <t>the rebels</t> of looting.")
    assert text == "Chad accused the rebels of looting."
    assert [text[a:b] for a, b in src] == ["Chad"] and [text[a:b] for a, b in tgt] == ["the rebels"]


def test_gsr_markup_nested_and_shared_roles():
    text, src, tgt = parse_gsr_markup(
        "(SRC/TAR: Peru) and (SRC/TAR: Chile) (EVT: signed) a pact (LOC:(SRC: in Lima)) on Monday."
    )
    assert text == "Peru and Chile signed a pact in Lima on Monday."
    assert [text[a:b] for a, b in src] == ["Peru", "in Lima"]
    assert [text[a:b] for a, b in tgt] == ["Chile"]


def test_code_tables():
    assert cameo_to_plover("0874") == "RETREAT" and cameo_to_plover("042") == "CONSULT"
    assert cameo_to_plover("1712") == "ASSAULT"
    assert to_plv("CONCEDE") == "YIELD" and to_plv("AID") == "AID"
    assert legacy_root("DEMAND") == "REQUEST" and legacy_root("FIGHT") == "ASSAULT"


def test_features_follow_the_governing_verb(nlp):
    text, (src,), (tgt,) = parse_marked("<s>Chad</s> has accused <t>Sudan</t> of arming the rebels.")
    feats = sentence_features(nlp(text), src, tgt)
    assert "L:accuse" in feats and "LC:ACCUSE" in feats
    assert "SDEP:nsubj" in feats and "TDEP:dobj" in feats


@pytest.mark.parametrize(
    ("marked", "expected"),
    [
        ("<s>Chad</s> has accused <t>Sudan</t> of arming the rebels on the border.", "ACCUSE"),
        ("<s>The prime minister</s> urged <t>the protesters</t> to go home.", "REQUEST"),
        ("<s>Kenyan troops</s> attacked <t>militant positions</t> near the border on Sunday.", "ASSAULT"),
        ("<s>The foreign minister</s> held talks with <t>his Indian counterpart</t> in Delhi.", "CONSULT"),
    ],
)
def test_shipped_model_on_our_sentences(nlp, marked, expected):
    model = load_model()
    assert model is not None
    text, (src,), (tgt,) = parse_marked(marked)
    ex = Example(text, src, tgt, expected)
    assert model.predict(inputs(nlp, [ex]))[0] == expected


def test_rule_baseline_uses_the_lexicon(nlp):
    text, (src,), (tgt,) = parse_marked("<s>Chad</s> has condemned <t>Sudan</t>.")
    assert rule_predict(inputs(nlp, [Example(text, src, tgt, None)])) == ["ACCUSE"]


def test_cross_validation_returns_one_prediction_per_row():
    rows = [{"feats": [f"L:{w}"], "text": w} for w in ["attack", "attack", "attack", "meet", "meet", "meet"]]
    labels = ["ASSAULT"] * 3 + ["CONSULT"] * 3
    assert cross_validate(rows, labels, folds=3) == labels


def test_score_and_predictions_file(tmp_path):
    s = score(["AID", "AID", "ACCUSE", "REJECT"], ["AID", "ACCUSE", "ACCUSE", "REJECT"])
    assert s.accuracy == 0.75 and s.confusion[("AID", "ACCUSE")] == 1
    assert s.macro_f1 == pytest.approx((2 / 3 + 2 / 3 + 1) / 3)
    ex = [Example("x", None, None, "AID", {"sentence": "x", "gold_root": "AID"})]
    out = tmp_path / "p.tsv"
    write_predictions(out, ex, ["ACCUSE"])
    assert out.read_text().splitlines() == ["sentence\tgold_root\tpred_root", "x\tAID\tACCUSE"]


def _plv_file(path):
    rows = [
        ("<s>Chad</s> accused <t>Sudan</t> of arming rebels.", "ACCUSE"),
        ("<s>Peru</s> condemned <t>Chile</t> for the raid.", "ACCUSE"),
        ("<s>Peru</s> met <t>Chile</t> in Lima.", "CONSULT"),
        ("<s>Ghana</s> held talks with <t>Togo</t>.", "CONSULT"),
    ]
    with open(path, "w", newline="") as fh:
        w = csv.writer(fh, delimiter="\t")
        w.writerow(["sentence_id", "sentence", "marked_sentence", "source", "target", "gold_root", "root_L1"])
        for n, (m, gold) in enumerate(rows):
            w.writerow([n, parse_marked(m)[0], m, "", "", gold, "AID"])


def test_eval_and_train_cli(tmp_path):
    data = tmp_path / "plv.tsv"
    _plv_file(data)
    assert [e.gold for e in read_examples(data)] == ["ACCUSE", "ACCUSE", "CONSULT", "CONSULT"]
    pred = tmp_path / "pred.tsv"
    res = runner.invoke(app, ["eval", "plover", str(data), "--cv", "2", "--predictions", str(pred)])
    assert res.exit_code == 0, res.output
    assert "accuracy=1.000" in res.output
    rows = list(csv.DictReader(pred.read_text().splitlines(), delimiter="\t"))
    assert [r["pred_root"] for r in rows] == ["ACCUSE", "ACCUSE", "CONSULT", "CONSULT"]
    assert rows[0]["root_L1"] == "AID"  # input columns are kept, never used
    model = tmp_path / "m.joblib"
    res = runner.invoke(app, ["train", "plover", "--data", str(data), "--out", str(model), "--cv", "0"])
    assert res.exit_code == 0 and model.exists()
    res = runner.invoke(app, ["eval", "plover", str(data), "--model", str(model)])
    assert res.exit_code == 0 and "accuracy=1.000" in res.output


def test_eval_reads_gsr_json(tmp_path):
    recs = [
        {
            "id": "x1",
            "event": "DEMAND",
            "textInfo": {"markup": "(SRC: Peru) (EVT: demanded) that (TAR: Chile) pay."},
        },
        {
            "id": "x2",
            "event": "FIGHT",
            "textInfo": {"markup": "(SRC: Peru) (EVT: shelled) (TAR: Chile) at dawn."},
        },
    ]
    path = tmp_path / "gsr.txt"
    path.write_text(json.dumps(recs))
    ex = read_examples(path)
    assert [(e.gold, e.text) for e in ex] == [
        ("REQUEST", "Peru demanded that Chile pay."),
        ("ASSAULT", "Peru shelled Chile at dawn."),
    ]


@pytest.mark.parametrize("cmd", [["eval", "plover"], ["train", "plover"], ["transfers"]])
def test_help(cmd):
    res = runner.invoke(app, [*cmd, "--help"])
    assert res.exit_code == 0 and "Usage" in res.output


def test_fast_scores_match_sklearn(nlp):
    from newsledger.plover.model import fast_scores

    model = load_model()
    marked = [
        "<s>Chad</s> accused <t>Sudan</t> of arming rebels.",
        "<s>Peru</s> and <t>Chile</t> held talks.",
    ]
    ex = [Example(*parse_marked(m)[:1], parse_marked(m)[1][0], parse_marked(m)[2][0], None) for m in marked]
    rows = inputs(nlp, ex)
    assert fast_scores(model, rows) == pytest.approx(model.decision_function(rows))


def test_features_of_a_sentence_inside_a_longer_doc_match_the_sentence_alone(nlp):
    first = "The weather was fine. "
    text, (src,), (tgt,) = parse_marked("<s>Chad</s> accused <t>Sudan</t> of arming rebels.")
    doc = nlp(first + text)
    sent = list(doc.sents)[1]
    shift = len(first)
    inside = sentence_features(doc, (src[0] + shift, src[1] + shift), (tgt[0] + shift, tgt[1] + shift), sent)
    assert sorted(inside) == sorted(sentence_features(nlp(text), src, tgt))
