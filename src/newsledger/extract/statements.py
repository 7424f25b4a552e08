"""The `newsledger_statements` component: attributed statements on `doc._.statements`.

The rules (`statement_rules.rule_statements`) run first; when `newsledger.attribution` is importable and
`use_model` is on, the trained model combines its statements with them. Ids are S1.. in text order
after combining. `speaker` is left to the actors component.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..model import Statement
from . import get_list
from .cue_lexicon import load_lexicon
from .statement_rules import rule_statements

__all__ = ["StatementsComponent", "renumber", "rule_statements"]


def renumber(statements: list[Statement]) -> list[Statement]:
    """Ids S1.. in text order (by the first character any of a statement's spans covers)."""

    def first(s: Statement) -> tuple[int, int]:
        starts = [s.cue.start, *(c.start for c in s.content)]
        if s.source:
            starts.append(s.source.start)
        return min(starts), s.cue.start

    ordered = sorted(statements, key=first)
    return [s.model_copy(update={"id": f"S{i}"}) for i, s in enumerate(ordered, 1)]


class StatementsComponent:
    """The `newsledger_statements` pipe; `use_model` can be switched off at run time (`--rules-only`)."""

    def __init__(self, nlp: Language, name: str, use_model: bool = True, lexicon_path: str | None = None):
        self.name = name
        self.use_model = use_model
        self.lexicon = load_lexicon(lexicon_path)

    def __call__(self, doc: Doc) -> Doc:
        stmts = rule_statements(doc, self.lexicon)
        if self.use_model:
            try:
                from newsledger.attribution import apply as apply_model
            except ImportError:
                apply_model = None
            if apply_model is not None:
                stmts = apply_model(doc, stmts)
        result = get_list(doc, "statements")
        result[:] = renumber(stmts)
        return doc


@Language.factory("newsledger_statements", default_config={"use_model": True, "lexicon_path": None})
def make_component(
    nlp: Language, name: str, use_model: bool, lexicon_path: str | None
) -> StatementsComponent:
    return StatementsComponent(nlp, name, use_model=use_model, lexicon_path=lexicon_path)
