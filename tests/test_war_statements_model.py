"""Which of the model's statements with a cue outside the lexicon are kept (issue 11 §3). Our own
sentences."""

from __future__ import annotations

from newsledger.extract.statements import quoted_model_cues
from newsledger.model import Span, Statement

TEXT = 'The colonel was chosen as the man to "lead the new corps", she recalled. "We hold," he bristled.'


def _span(words: str) -> Span:
    start = TEXT.index(words)
    return Span.of(TEXT, start, start + len(words))


def _model(cue: str, content: str, source: str, kind: str) -> Statement:
    return Statement(
        id="M1", cue=_span(cue), content=[_span(content)], source=_span(source), kind=kind,
        cue_lemma=cue, cue_stance="unknown", statement_class="speech", method="model",
    )  # fmt: skip


def test_a_partly_quoted_model_statement_with_an_unknown_several_word_cue_is_dropped():
    chosen = _model("was chosen", 'as the man to "lead the new corps"', "The colonel", "mixed")
    assert quoted_model_cues([chosen]) == []


def test_a_wholly_quoted_model_statement_with_an_unknown_cue_stays():
    bristled = _model("bristled", '"We hold,"', "he", "direct")
    assert quoted_model_cues([bristled]) == [bristled]


def test_a_partly_quoted_model_statement_with_a_one_word_cue_and_a_source_stays():
    chosen = _model("chosen", 'as the man to "lead the new corps"', "The colonel", "mixed")
    assert quoted_model_cues([chosen]) == [chosen]
