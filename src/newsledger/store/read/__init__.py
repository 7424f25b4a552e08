"""The read layer: every query the web app and the CLI run over a ledger, one module per view.

Functions take a plain `sqlite3.Connection` (see `connect` for a read-only one) and return plain rows
(dicts) or a `Page`, so pages, downloads, the JSON API and terminal tables show the same results.
"""

from .actors import ACTOR_SORTS, actor, list_actors
from .articles import ARTICLE_SORTS, article, list_articles
from .common import Page, Row, connect, fts_query, one, rows, tables
from .events import EVENT_SORTS, attach_participants, list_events
from .network import network_edges
from .overview import by_day, by_outlet, counts, distinct, outlets, speakers, top_actors, top_speakers
from .statements import STATEMENT_COLUMNS, STATEMENT_SORTS, search_statements
from .stories import list_clusters, story
from .transfers import TRANSFER_COLUMNS, TRANSFER_SORTS, list_transfers

__all__ = [
    "ACTOR_SORTS", "ARTICLE_SORTS", "EVENT_SORTS", "STATEMENT_COLUMNS", "STATEMENT_SORTS", "TRANSFER_COLUMNS",
    "TRANSFER_SORTS", "Page", "Row", "actor", "article", "attach_participants", "by_day", "by_outlet",
    "connect", "counts", "distinct", "fts_query", "list_actors", "list_articles", "list_clusters",
    "list_events", "list_transfers", "network_edges", "one", "outlets", "rows", "search_statements",
    "speakers", "story", "tables", "top_actors", "top_speakers",
]  # fmt: skip
