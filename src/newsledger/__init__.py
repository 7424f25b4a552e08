"""newsledger: who said what, who did what to whom, and how it was told, in conflict and diplomacy news.

>>> from newsledger import analyze
>>> result = analyze("Moscow has warned that the supply will only prolong the conflict.")
>>> [s.cue.text for s in result.statements]
['warned']
"""

__version__ = "0.1.0"

from .model import (  # noqa: E402
    Actor,
    Article,
    ArticleAnalysis,
    Cue,
    Entity,
    Event,
    Item,
    Mention,
    Participant,
    Role,
    Span,
    Statement,
)

_LAZY = {
    "Ledger": "store",
    "add_components": "pipeline",
    "analyze": "pipeline",
    "analyze_articles": "pipeline",
    "load_nlp": "pipeline",
}


def __getattr__(name: str):
    # spaCy takes seconds to import: commands that only read the store should not pay for it.
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(name)


__all__ = [
    "Actor",
    "Article",
    "ArticleAnalysis",
    "Cue",
    "Entity",
    "Event",
    "Item",
    "Ledger",
    "Mention",
    "Participant",
    "Role",
    "Span",
    "Statement",
    "add_components",
    "analyze",
    "analyze_articles",
    "load_nlp",
]
