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
from .pipeline import add_components, analyze, analyze_articles, load_nlp  # noqa: E402


def __getattr__(name: str):
    # The store pulls in sqlite schema handling; import it only when asked for.
    if name == "Ledger":
        from .store import Ledger

        return Ledger
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
