"""The shipped encoder weights: they load, give the expected spans on our own sentences, and the pipes
follow the spaCy-native shape (config paths, to_disk/from_disk, plain data that DocBin keeps)."""

from __future__ import annotations

import json

import numpy as np
import pytest
import spacy
from spacy.tokens import DocBin

from newsledger.encoder.base import BASE_SHA256
from newsledger.encoder.component import VECTORS
from newsledger.encoder.runtime import META_NAME, ONNX_NAME, PACKAGE_DIR

pytestmark = pytest.mark.slow

SENTENCES = (
    '"We will not withdraw our troops from the border," the defence minister said on Tuesday.',
    "The foreign ministry said that the talks in Geneva had failed.",
)


@pytest.fixture(scope="module")
def nlp():
    from newsledger.encoder.evaluate import build_nlp

    return build_nlp()


def test_shipped_files_are_small_int8_and_pinned_to_the_base():
    onnx_size = (PACKAGE_DIR / ONNX_NAME).stat().st_size
    assert onnx_size <= 30_000_000
    meta = json.loads((PACKAGE_DIR / META_NAME).read_text(encoding="utf-8"))
    assert meta["base_sha256"] == BASE_SHA256 and "int8" in meta["quantization"]
    assert "Apache-2.0" in (PACKAGE_DIR / "NOTICE").read_text(encoding="utf-8")


def _candidates(doc):
    from newsledger.attribution.component import read_candidates

    out = []
    for p in read_candidates(doc):
        out.append(
            (
                doc[p.cue[0] : p.cue[1]].text,
                doc[p.source[0] : p.source[1]].text if p.source else None,
                [doc[a:b].text for a, b in p.content],
            )
        )
    return out


def test_expected_spans_on_own_sentences(nlp):
    direct = _candidates(nlp(SENTENCES[0]))
    quote = '"We will not withdraw our troops from the border,"'  # PolNeAR keeps the marks
    assert ("said", "the defence minister", [quote]) in direct
    indirect = _candidates(nlp(SENTENCES[1]))
    assert ("said", "The foreign ministry", ["that the talks in Geneva had failed"]) in indirect


def test_vectors_survive_docbin(nlp):
    doc = nlp(SENTENCES[1])
    vectors = doc._.get(VECTORS)
    assert vectors.shape == (len(doc), 384) and vectors.dtype == np.float32
    store = DocBin(store_user_data=True)
    store.add(doc)
    back = list(DocBin().from_bytes(store.to_bytes()).get_docs(nlp.vocab))[0]
    np.testing.assert_array_equal(back._.get(VECTORS), vectors)


def test_pipes_round_trip_through_disk(nlp, tmp_path):
    from newsledger.encoder import component  # noqa: F401  (registers the factories in this process)

    nlp.to_disk(tmp_path / "pipeline")
    assert (tmp_path / "pipeline" / "newsledger_encoder" / ONNX_NAME).exists()
    assert (tmp_path / "pipeline" / "newsledger_attribution_encoder" / "attribution_head.npz").exists()
    again = spacy.load(tmp_path / "pipeline")
    assert _candidates(again(SENTENCES[1])) == _candidates(nlp(SENTENCES[1]))


def _stream_texts():
    # Our own paragraphs, one long enough to need several windows (so several ONNX batches per doc).
    long_para = " ".join(
        f"The mayor of town number {i} said that the bridge would reopen after repairs." for i in range(40)
    )
    return [*SENTENCES, long_para, "", "Officials warned that supplies were running low.\n\nNo one replied."]


@pytest.mark.parametrize("workers", [0, 2])
def test_pipe_gives_the_vectors_of_plain_calls_in_order(workers):
    """The streaming path (background workers encoding while spaCy parses the next docs) must give
    byte-identical vectors, in input order, to one plain call per doc."""
    from newsledger.encoder.component import EncoderComponent

    nlp = spacy.blank("en")
    enc = EncoderComponent(nlp, "enc", None, threads=1, batch_size=16, workers=workers, lookahead=2)
    texts = _stream_texts()
    streamed = list(enc.pipe(nlp.make_doc(t) for t in texts))
    assert [d.text for d in streamed] == texts
    for doc in streamed:
        single = enc(nlp.make_doc(doc.text))
        np.testing.assert_array_equal(doc._.get(VECTORS), single._.get(VECTORS))
    assert streamed[2]._.get(VECTORS).shape == (len(streamed[2]), 384)


def test_pipe_can_be_left_early_and_rejects_bad_settings():
    from newsledger.encoder.component import EncoderComponent

    nlp = spacy.blank("en")
    enc = EncoderComponent(nlp, "enc", None, threads=1, batch_size=16, workers=2, lookahead=1)
    stream = enc.pipe(nlp.make_doc(t) for t in _stream_texts())
    first = next(stream)
    assert first._.get(VECTORS) is not None
    stream.close()  # the pending docs are dropped; nothing hangs
    with pytest.raises(ValueError):
        EncoderComponent(nlp, "enc", None, threads=1, batch_size=16, workers=-1, lookahead=1)


def test_accurate_pipeline_stream_matches_single_docs(nlp):
    """Through the whole accurate pipeline, nlp.pipe (encoder beside the parse) and nlp(text) agree."""
    texts = _stream_texts()
    assert nlp.get_pipe("newsledger_encoder").workers >= 1
    for doc, text in zip(nlp.pipe(texts, batch_size=2), texts, strict=True):
        single = nlp(text)
        np.testing.assert_array_equal(doc._.get(VECTORS), single._.get(VECTORS))
        assert _candidates(doc) == _candidates(single)


def test_bench_times_the_accurate_profile(tmp_path):
    from typer.testing import CliRunner

    from newsledger.cli import app

    (tmp_path / "a.txt").write_text(SENTENCES[0], encoding="utf-8")
    (tmp_path / "b.txt").write_text(SENTENCES[1], encoding="utf-8")
    result = CliRunner().invoke(app, ["bench", str(tmp_path), "--repeat", "1", "--profile", "accurate"])
    assert result.exit_code == 0, result.output
    assert "2 articles" in result.output and "CPU-time ratio full/bare" in result.output
    bad = CliRunner().invoke(app, ["bench", str(tmp_path), "--profile", "fastest"])
    assert bad.exit_code != 0 and "unknown profile" in bad.output
