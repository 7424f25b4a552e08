"""Trained attribution model (CPU), combined with the rule statements.

In a pipeline, the `newsledger_attribution` pipe (`component`) tags source / cue / content tokens with
the CRF weights and writes linked candidate spans to `doc.spans`; the statements pipe merges them with
its rules (`combine`). `apply` and `predict_statements` do the same on a parsed Doc outside a pipeline
(with the shipped weights, `data/models/attribution.*`; without them the rule statements come back
unchanged). Nothing here imports a pipe: the cue lexicon and the layout it reads live below it.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..model import Statement
from .combine import combine, to_statements
from .model import Predicted, Tagger, load_tagger

__all__ = ["Predicted", "Tagger", "apply", "combine", "load_tagger", "predict_statements"]


def predict_statements(doc: Doc, tagger: Tagger | None = None) -> list[Statement]:
    """The model's statements alone (method "model"); empty when no weights are shipped."""
    tagger = tagger or load_tagger()
    if tagger is None:
        return []
    return to_statements(doc, tagger.predict(doc))


def apply(doc: Doc, rule_statements: list[Statement]) -> list[Statement]:
    """Rule statements combined with the model's; the rules alone while no weights are shipped."""
    tagger = load_tagger()
    if tagger is None:
        return list(rule_statements)
    return combine(rule_statements, predict_statements(doc, tagger), doc)
