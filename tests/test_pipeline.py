"""The pipeline as a user meets it: our components in their own spaCy pipeline, offsets, versions."""

from __future__ import annotations

import pytest

from newsledger import pipeline
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
    assert ours == ["newsledger_layout"] + [f"newsledger_{c}" for c in COMPONENTS]
    assert names.index("newsledger_layout") < names.index("parser")
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
    assert result.pipeline_version == pipeline.pipeline_version()


def test_pipeline_version_is_computed_once_per_pipeline_and_follows_its_config(user_nlp, nlp):
    assert pipeline.pipeline_version(user_nlp) == pipeline.pipeline_version(nlp)  # same build
    assert pipeline.pipeline_version(nlp) is pipeline.pipeline_version(nlp)  # cached per nlp
    rules_only = add_components(load_base_model(), config={"newsledger_statements": {"use_model": False}})
    version = pipeline.pipeline_version(rules_only)
    assert version != pipeline.pipeline_version(nlp)
    assert version.startswith("0.1.0+")


def test_environment_only_sets_config_paths(monkeypatch, tmp_path):
    from newsledger.pipeline import env_config

    monkeypatch.delenv("NEWSLEDGER_ACTORS", raising=False)
    monkeypatch.delenv("NEWSLEDGER_LEXICONS", raising=False)
    assert env_config() == {}
    monkeypatch.setenv("NEWSLEDGER_ACTORS", str(tmp_path / "actors.json"))
    assert env_config() == {"newsledger_actors": {"extra_path": str(tmp_path / "actors.json")}}
