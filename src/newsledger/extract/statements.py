"""PLACEHOLDER being replaced by its owner: registers the factory so the pipeline can be assembled."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from . import get_list


@Language.factory("newsledger_statements")
def make_component(nlp: Language, name: str):
    def component(doc: Doc) -> Doc:
        get_list(doc, "statements")
        return doc

    return component
