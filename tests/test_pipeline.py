"""The pipeline as a user meets it: our components in their own spaCy pipeline, offsets, versions."""

from __future__ import annotations

import pytest

from newsledger import fingerprint
from newsledger.model import ArticleAnalysis
from newsledger.pipeline import COMPONENTS, add_components, load_base_model

TEXT = (
    "Minister warns of long war\n"
    "The defence minister said on Tuesday that the fighting would go on for months.\n"
    "“We are ready,” she told reporters in Brussels."
)


@pytest.fixture(scope="module")
def user_nlp():
    """A user's own pipeline (a fresh base model) with our components added."""
    return add_components(load_base_model())


def test_components_go_in_order_after_the_parser(user_nlp):
    names = user_nlp.pipe_names
    ours = [n for n in names if n.startswith("newsledger_")]
    assert ours == ["newsledger_paragraphs"] + [f"newsledger_{c}" for c in COMPONENTS]
    assert names.index("newsledger_paragraphs") < names.index("parser")
    assert add_components(user_nlp).pipe_names == names  # adding twice changes nothing


def test_unknown_component_is_refused(user_nlp):
    with pytest.raises(ValueError, match="unknown component 'sentiment'"):
        add_components(user_nlp, ["sentiment"])


def test_components_run_on_a_plain_doc_without_article_metadata(user_nlp):
    doc = user_nlp(TEXT)
    assert doc._.article is None
    cues = [(s.cue.text, s.source.text if s.source else None) for s in doc._.statements]
    assert ("said", "The defence minister") in cues
    assert ("told", "she") in cues
    for s in doc._.statements:
        assert TEXT[s.cue.start : s.cue.end] == s.cue.text


def test_each_line_starts_a_sentence(user_nlp):
    doc = user_nlp(TEXT)
    starts = [s[0].text for s in doc.sents]
    assert starts[:2] == ["Minister", "The"]
    assert "“" in starts  # the quoted line starts its own sentence after the line break


def test_analyze_offsets_match_the_text_and_round_trip(analyze):
    result = analyze(TEXT, title="Minister warns of long war", outlet="test.example", published="2022-03-01")
    assert result.article.title_span.text == "Minister warns of long war"
    assert result.check_offsets() == []
    assert result.statements and result.sentences
    assert ArticleAnalysis.from_json(result.to_json()) == result
    assert result.pipeline_version == fingerprint.pipeline_version()


def test_pipeline_version_follows_the_data_files(tmp_path, monkeypatch):
    (tmp_path / "lexicon.tsv").write_text("said\tneutral\n", encoding="utf-8")
    monkeypatch.setattr(fingerprint, "DATA_DIR", tmp_path)
    fingerprint.pipeline_version.cache_clear()
    try:
        before = fingerprint.pipeline_version()
        (tmp_path / "lexicon.tsv").write_text("said\tneutral\nclaimed\tdistancing\n", encoding="utf-8")
        fingerprint.pipeline_version.cache_clear()
        after = fingerprint.pipeline_version()
    finally:
        fingerprint.pipeline_version.cache_clear()
    assert before != after
    assert before.startswith("0.1.0+") and after.startswith("0.1.0+")
