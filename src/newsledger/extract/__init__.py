"""Our spaCy components. Each registers a factory and writes plain `model` objects to `Doc` extensions.

Pipeline order (see `newsledger.pipeline`): paragraphs (before the parser) -> statements -> actors
-> events -> cues. Later components read what earlier ones wrote: actors resolve statement sources to
speakers, events tie themselves to the statement they are reported in, cues skip quoted speech.
"""

from __future__ import annotations

from spacy.tokens import Doc

#: Doc extensions and what they hold.
EXTENSIONS: dict[str, str] = {
    "article": "the Article being analysed (metadata such as published date and title span), or None",
    "statements": "list[model.Statement]",
    "mentions": "list[model.Mention]",
    "actors": "list[model.Actor]",
    "events": "list[model.Event]",
    "cues": "list[model.Cue]",
}


def register_extensions() -> None:
    """Idempotent, so that importing any component (in any order) sets all extensions up."""
    for name in EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


register_extensions()


def get_list(doc: Doc, name: str) -> list:
    """The list on `doc._.<name>`, created empty on first use (extension defaults must not be shared)."""
    value = getattr(doc._, name)
    if value is None:
        value = []
        setattr(doc._, name, value)
    return value
