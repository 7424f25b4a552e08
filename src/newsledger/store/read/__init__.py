"""The read layer: every query the web app and the CLI run over a ledger, one module per view.

Functions take a plain `sqlite3.Connection` (see `connect` for a read-only one) and return plain rows
(dicts), a `Listing` (a filtered, sorted listing before paging: pages, facet counts and full downloads
are built from it) or a `Page`. Every query reads the corrected views (`statements_c`, `actors_c`, ...), so
people's corrections (merges, renames, flags) apply everywhere.
"""

from .actors import ACTOR_SORTS, actor, actor_listing, list_actors, name_from_id
from .articles import ARTICLE_SORTS, article, article_listing, list_articles, resolve_article
from .common import (
    MAX_PAGE,
    InvalidInput,
    Listing,
    Page,
    Row,
    check_choice,
    connect,
    fts_query,
    one,
    rows,
    tables,
)
from .cues import CUE_COLUMNS, CUE_SORTS, cue_listing, list_cues
from .events import EVENT_SORTS, attach_participants, event_listing, list_events
from .names import actor_condition, expand, find_actors, suggest
from .network import network_edges
from .overview import by_day, by_outlet, counts, distinct, outlets, speakers, top_actors, top_speakers
from .statements import (
    ALL,
    DEFAULT_CLASSES,
    STATEMENT_COLUMNS,
    STATEMENT_SORTS,
    search_statements,
    statement_listing,
)
from .stories import list_clusters, resolve_cluster, story
from .transfers import TRANSFER_COLUMNS, TRANSFER_SORTS, list_transfers, transfer_listing
from .voices import GROUPS, UNITS, quoted_over_time, voices_by_outlet

__all__ = [
    "check_choice",
    "GROUPS",
    "UNITS",
    "quoted_over_time",
    "voices_by_outlet",
    "ACTOR_SORTS",
    "ALL",
    "ARTICLE_SORTS",
    "CUE_COLUMNS",
    "CUE_SORTS",
    "DEFAULT_CLASSES",
    "EVENT_SORTS",
    "InvalidInput",
    "Listing",
    "MAX_PAGE",
    "Page",
    "Row",
    "STATEMENT_COLUMNS",
    "STATEMENT_SORTS",
    "TRANSFER_COLUMNS",
    "TRANSFER_SORTS",
    "actor",
    "actor_condition",
    "actor_listing",
    "article",
    "article_listing",
    "attach_participants",
    "by_day",
    "by_outlet",
    "connect",
    "counts",
    "cue_listing",
    "distinct",
    "event_listing",
    "expand",
    "find_actors",
    "fts_query",
    "list_actors",
    "list_articles",
    "list_clusters",
    "list_cues",
    "list_events",
    "list_transfers",
    "name_from_id",
    "network_edges",
    "one",
    "outlets",
    "resolve_article",
    "rows",
    "search_statements",
    "speakers",
    "statement_listing",
    "resolve_cluster",
    "story",
    "suggest",
    "tables",
    "top_actors",
    "top_speakers",
    "transfer_listing",
]
