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
