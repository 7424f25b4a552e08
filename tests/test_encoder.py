"""The encoder's building blocks: base weights' hash, windows, alignment, BIO decoding, training windows."""

from __future__ import annotations

import importlib.util

import numpy as np
import pytest
import spacy

from newsledger.encoder.base import BASE_SHA256, base_dir, load_tokenizer, verify_base
from newsledger.encoder.heads import bio_transitions, log_softmax, viterbi
from newsledger.encoder.windows import (
    Pieces,
    first_pieces,
    layout,
    owners,
    paragraph_starts,
    window_inputs,
    windows,
    wordpieces,
)

LABELS = ["O", "B-S", "I-S", "B-C", "I-C", "B-Q", "I-Q"]


def test_base_weights_hash_and_notice():
    path = verify_base()
    assert path.name == "model.safetensors"
    assert BASE_SHA256 == "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"
    assert "Apache-2.0" in (base_dir() / "NOTICE").read_text(encoding="utf-8")
    assert (base_dir() / "LICENSE").exists()


def test_verify_base_rejects_other_weights(tmp_path):
    (tmp_path / "model.safetensors").write_bytes(b"not the audited weights")
    with pytest.raises(ValueError, match="sha256"):
        verify_base(tmp_path)


def _pieces(n: int, para_every: int | None = None) -> tuple[Pieces, list[int]]:
    """n one-character wordpieces at even offsets; a paragraph starts every `para_every` pieces."""
    starts = np.arange(n, dtype=np.int64) * 2
    paras = [0] + ([int(starts[i]) for i in range(para_every, n, para_every)] if para_every else [])
    return Pieces(np.arange(n, dtype=np.int64) + 1000, starts, starts + 1), paras


def test_windows_pack_whole_paragraphs():
    pieces, paras = _pieces(40, para_every=10)  # four paragraphs of 10 pieces
    wins = windows(pieces, paras, max_len=27, overlap=4)  # room for 25 pieces
    assert wins == [(0, 20), (20, 40)]


def test_long_paragraph_is_chunked_with_overlap_and_owned_centrally():
    pieces, paras = _pieces(50)
    wins = windows(pieces, paras, max_len=22, overlap=8)  # room 20, step 12
    assert wins[0] == (0, 20) and wins[-1][1] == 50
    assert all(b - a <= 20 for a, b in wins)
    assert all(wins[k + 1][0] < wins[k][1] for k in range(len(wins) - 1))  # they overlap
    own = owners(50, wins)
    assert (own >= 0).all()
    # piece 17 is 2 from the end of window 0 but 5 into window 1: window 1 owns it
    assert wins[1][0] == 12 and own[17] == 1 and own[3] == 0


def test_windows_reject_bad_settings():
    pieces, paras = _pieces(5)
    with pytest.raises(ValueError):
        windows(pieces, paras, max_len=10, overlap=8)


def test_alignment_with_spacy_tokens():
    tok = load_tokenizer()
    text = "Zelenskyy’s aide said:\n\n“We won't retreat.”"
    doc = spacy.blank("en")(text)
    spans = [(t.idx, t.idx + len(t.text)) for t in doc]
    pieces = wordpieces(text, tok)
    first = first_pieces(pieces, spans)
    for t, f in zip(doc, first, strict=True):
        if t.is_space:
            assert f == -1
        else:  # the first wordpiece covers the token's first character
            assert pieces.starts[f] <= t.idx < pieces.ends[f]
    assert paragraph_starts(text) == [0, text.index("“")]
    lay = layout(text, spans, tok, max_len=8, overlap=2)
    win, pos = lay.token_slots()
    ids, mask = window_inputs(lay, 101, 102, list(range(len(lay.windows))))
    for t, k, p in zip(doc, win, pos, strict=True):
        if t.is_space:
            continue
        assert ids[k, p] == pieces.ids[first[t.i]] and mask[k, p] == 1
    assert (ids[:, 0] == 101).all()


def test_viterbi_never_starts_a_span_with_inside():
    allowed, start = bio_transitions(LABELS)
    assert not allowed[LABELS.index("O"), LABELS.index("I-Q")]
    assert not allowed[LABELS.index("B-S"), LABELS.index("I-Q")]
    assert allowed[LABELS.index("B-Q"), LABELS.index("I-Q")] and not start[LABELS.index("I-C")]
    # token-wise argmax would say O, I-Q, I-Q (ill-formed); the best legal path starts the span with B-Q
    p = np.full((3, len(LABELS)), 0.01)
    p[0, LABELS.index("O")], p[0, LABELS.index("B-Q")] = 0.6, 0.3
    p[1:, LABELS.index("I-Q")] = 0.9
    path = [LABELS[i] for i in viterbi(np.log(p), allowed, start)]
    assert path == ["B-Q", "I-Q", "I-Q"]


def _viterbi_reference(scores, allowed, start):
    # The (n, k, k) numpy formulation the shipped decoder replaced: the path must not change.
    n, k = scores.shape
    trans = np.where(allowed, 0.0, -1e9)
    best = scores[0] + np.where(start, 0.0, -1e9)
    back = np.zeros((n, k), dtype=np.int64)
    for t in range(1, n):
        cand = best[:, None] + trans
        back[t] = cand.argmax(axis=0)
        best = cand.max(axis=0) + scores[t]
    path = [int(best.argmax())]
    for t in range(n - 1, 0, -1):
        path.append(int(back[t, path[-1]]))
    return path[::-1]


def test_viterbi_matches_the_dense_formulation_ties_included():
    allowed, start = bio_transitions(LABELS)
    rng = np.random.default_rng(7)
    for n in (1, 2, 5, 40, 300):
        for tie in (False, True):
            x = rng.standard_normal((n, len(LABELS))).astype(np.float32)
            if tie:  # few distinct values: many equal path scores, where argmax order decides
                x = np.round(x).astype(np.float32)
            scores = log_softmax(x)
            assert viterbi(scores, allowed, start) == _viterbi_reference(scores, allowed, start)
    assert viterbi(np.zeros((0, len(LABELS)), dtype=np.float32), allowed, start) == []


def test_training_windows_label_own_sentences():
    from newsledger.encoder.training import LABELS as TRAIN_LABELS
    from newsledger.encoder.training import make_windows
    from newsledger.eval.polnear import Attribution, Document

    text = "Officials met.\nThe minister said the talks failed."
    cue = ((text.index("said"), text.index("said") + 4),)
    src = ((text.index("The minister"), text.index("The minister") + 12),)
    content = ((text.index("the talks"), len(text) - 1),)
    gold = Document("own", text, [Attribution(cue=cue, source=src, content=content)])
    wins = make_windows([gold], spacy.blank("en").make_doc, load_tokenizer(), 128, 32)
    assert len(wins) == 1
    labels = [TRAIN_LABELS[i] for i in wins[0].labels]
    assert labels == ["O", "O", "O", "B-S", "I-S", "B-C", "B-Q", "I-Q", "I-Q", "O"]
    tok = load_tokenizer()
    said = wins[0].ids[wins[0].pos[5]]
    assert tok.id_to_token(int(said)) == "said"


@pytest.mark.skipif(importlib.util.find_spec("torch") is not None, reason="torch is installed here")
def test_train_command_without_torch_says_how():
    from typer.testing import CliRunner

    from newsledger.cli import app

    result = CliRunner().invoke(app, ["train", "encoder-attribution", "--data", ".", "--out", "/tmp/x"])
    assert result.exit_code == 2
    assert "torch" in result.output and "venv" in result.output
