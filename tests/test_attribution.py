"""The attribution model's pieces: BIO labels, linking, Statement building, merging, shipped weights."""

from __future__ import annotations

import pytest

from newsledger.attribution import apply, combine, load_tagger, predict_statements
from newsledger.attribution.combine import to_statements
from newsledger.attribution.features import doc_features, quote_state
from newsledger.attribution.labels import label_spans, token_labels
from newsledger.attribution.model import Predicted, link
from newsledger.model import Span, Statement

TWO = "The harbour master said the ferry would sail at noon. Fishermen doubt that the weather will hold."


def chars(text: str, sub: str) -> tuple[tuple[int, int], ...]:
    a = text.index(sub)
    return ((a, a + len(sub)),)


@pytest.fixture(scope="module")
def two(nlp):
    return nlp(TWO)


def test_token_labels_and_back(two) -> None:
    spans = [
        ("source", chars(TWO, "The harbour master")),
        ("cue", chars(TWO, "said")),
        ("content", chars(TWO, "the ferry would sail at noon")),
    ]
    labels = token_labels(two, spans)
    assert labels[:11] == ["B-S", "I-S", "I-S", "B-C", "B-Q", "I-Q", "I-Q", "I-Q", "I-Q", "I-Q", "O"]
    assert label_spans(labels) == [("source", 0, 3), ("cue", 3, 4), ("content", 4, 10)]


def test_label_spans_splits_on_role_change_and_gaps() -> None:
    labels = ["B-Q", "I-Q", "O", "I-Q", "B-C", "I-S", "B-Q", "B-Q"]
    assert label_spans(labels) == [
        ("content", 0, 2),
        ("content", 3, 4),
        ("cue", 4, 5),
        ("source", 5, 6),
        ("content", 6, 7),
        ("content", 7, 8),
    ]


def test_link_gives_each_span_to_its_own_cue(two) -> None:
    # Tokens: The harbour master said the ferry would sail at noon . Fishermen doubt that ... hold .
    spans = [
        ("source", 0, 3),
        ("cue", 3, 4),
        ("content", 4, 10),
        ("source", 11, 12),
        ("cue", 12, 13),
        ("content", 13, 18),
    ]
    first, second = link(two, spans)
    assert (first.cue, first.source, first.content) == ((3, 4), (0, 3), [(4, 10)])
    assert (second.cue, second.source, second.content) == ((12, 13), (11, 12), [(13, 18)])


def test_link_without_cue_gives_nothing(two) -> None:
    assert link(two, [("source", 0, 3), ("content", 4, 10)]) == []


def test_to_statements_offsets_lemma_kind_and_stance(two) -> None:
    [s] = to_statements(two, [Predicted(cue=(12, 13), source=(11, 12), content=[(13, 18)])])
    assert (s.source.text, s.cue.text, [c.text for c in s.content]) == (
        "Fishermen",
        "doubt",
        ["that the weather will hold"],
    )
    assert s.cue_lemma == "doubt"
    assert s.kind == "indirect"
    assert s.method == "model"


def test_quote_state_marks_inside_of_quotes(nlp) -> None:
    doc = nlp('He said: "We will stay." Then he left.')
    state = quote_state(doc)
    words = [t.text for t in doc]
    assert state[words.index("We")] == 1
    assert state[words.index('"')] == 2
    assert state[words.index("Then")] == 0


def test_features_name_the_cue_ancestor(two) -> None:
    feats = doc_features(two, {"say": 0.6})
    ferry = [t.text for t in two].index("ferry")
    assert "ancl=say|ccomp" in feats[ferry]
    assert "anc=none" in feats[[t.text for t in two].index("doubt")]


def _stmt(
    text: str, cue: str, method: str, source: str | None = None, content: str | None = None
) -> Statement:
    def span(sub: str) -> Span:
        a, b = chars(text, sub)[0]
        return Span.of(text, a, b)

    return Statement(
        id="x",
        cue=span(cue),
        source=span(source) if source else None,
        content=[span(content)] if content else [],
        method=method,
    )


def test_combine_keeps_rules_where_cues_overlap_and_adds_complete_model_statements() -> None:
    rules = [_stmt(TWO, "said", "rules")]
    model = [
        _stmt(TWO, "said", "model"),
        _stmt(TWO, "doubt", "model", "Fishermen", "that the weather will hold"),
        _stmt(TWO, "sail", "model", None, "at noon"),  # no source: left out
    ]
    merged = combine(rules, model)
    assert [(s.cue.text, s.method) for s in merged] == [("said", "rules+model"), ("doubt", "model")]


def test_shipped_weights_find_the_statements(two) -> None:
    tagger = load_tagger()
    assert tagger is not None, "shipped weights missing from src/newsledger/data/models/"
    stmts = predict_statements(two, tagger)
    got = {(s.source.text if s.source else None, s.cue.text, tuple(c.text for c in s.content)) for s in stmts}
    assert ("The harbour master", "said", ("the ferry would sail at noon",)) in got
    assert ("Fishermen", "doubt", ("that the weather will hold",)) in got
    assert apply(two, []) != []


def test_missing_weights_leave_the_rules_alone(two, monkeypatch, tmp_path) -> None:
    import newsledger.attribution as attribution

    assert load_tagger(str(tmp_path / "absent")) is None
    monkeypatch.setattr(attribution, "load_tagger", lambda: None)
    rules = [_stmt(TWO, "said", "rules")]
    assert attribution.apply(two, rules) == rules


TRAIN_TEXT = (
    "Officials said the bridge would reopen.\n"
    "The mayor said the budget was balanced.\n"
    "Engineers said the tunnel needed repairs.\n"
)


def _gold_dir(root) -> None:
    (root / "text").mkdir()
    (root / "attributions").mkdir()
    (root / "text" / "towns.txt").write_text(TRAIN_TEXT, encoding="utf-8")
    lines, t, e = [], 0, 0
    for source, content in (
        ("Officials", "the bridge would reopen"),
        ("The mayor", "the budget was balanced"),
        ("Engineers", "the tunnel needed repairs"),
    ):
        s = TRAIN_TEXT.index(source)
        c = TRAIN_TEXT.index(content)
        q = TRAIN_TEXT.index("said", s)
        lines += [
            f"T{t + 1}\tSource {s} {s + len(source)}\t{source}",
            f"T{t + 2}\tCue {q} {q + 4}\tsaid",
            f"T{t + 3}\tContent {c} {c + len(content)}\t{content}",
            f"T{t + 4}\tAttribution {q} {q + 4}\tsaid",
            f"E{e + 1}\tAttribution:T{t + 4} Source:T{t + 1} Cue:T{t + 2} Content:T{t + 3}",
        ]
        t, e = t + 4, e + 1
    (root / "attributions" / "towns_x.ann").write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_training_is_deterministic_and_learns_the_cue(nlp, tmp_path) -> None:
    from newsledger.attribution.model import Tagger
    from newsledger.training.attribution import evaluate_tagger, train

    _gold_dir(tmp_path)
    params = {"max_iterations": 30}
    meta = train(tmp_path, tmp_path / "a" / "m", nlp, params=params, log=lambda _: None)
    train(tmp_path, tmp_path / "b" / "m", nlp, params=params, log=lambda _: None)
    assert meta["cue_probs"] == {"say": 1.0}
    first = (tmp_path / "a" / "m.crfsuite").read_bytes()
    assert first == (tmp_path / "b" / "m.crfsuite").read_bytes()
    report = evaluate_tagger(tmp_path, tmp_path / "a" / "m", nlp)
    assert report.scores["cue/exact"].f1 == 1.0
    assert Tagger(tmp_path / "a" / "m").tag(nlp("Farmers said the harvest failed."))[1] == "B-C"


def test_train_command_help() -> None:
    from typer.testing import CliRunner

    from newsledger.cli import app

    result = CliRunner().invoke(app, ["train", "attribution", "--help"])
    assert result.exit_code == 0
    assert "--dev" in result.output
