"""The statements listing: full-text search, filters by name, facets, sorting, paging and downloads."""

from __future__ import annotations

import sqlite3

from ...model import STANCES, STATEMENT_CLASSES, STATEMENT_KINDS
from .common import Listing, Page, add_dates, add_in, add_values, check_choice, fts_query, order_by, present
from .names import actor_condition

STATEMENT_SORTS = {
    "date": "a.published",
    "outlet": "a.outlet",
    "speaker": "COALESCE(ac.name, s.source_text)",
    "kind": "s.kind",
    "class": "s.statement_class",
    "stance": "s.cue_stance",
    "cue": "s.cue_lemma",
    "relevance": "f.rank",
}

STATEMENT_COLUMNS = (
    "id", "published", "outlet", "article_title", "speaker_id", "speaker_name", "source_text", "cue_text",
    "cue_stance", "kind", "statement_class", "content", "article_id",
)  # fmt: skip

#: What a statements view shows unless asked for every class: things said and written, not beliefs,
#: intentions or perceptions a writer attributes to someone.
DEFAULT_CLASSES = "speech,writing"
ALL = "all"


def statement_listing(
    con: sqlite3.Connection,
    *,
    q: str = "",
    speaker: str = "",
    outlet: str = "",
    stance: str = "",
    kind: str = "",
    statement_class: str = DEFAULT_CLASSES,
    date_from: str = "",
    date_to: str = "",
    article: str = "",
    sort: str = "date",
    order: str = "desc",
) -> Listing:
    """Statements matching full-text `q` (FTS5 over content and source) and the filters; `speaker` is a
    name, alias or id ("Lavrov", "gov:RUS"); `statement_class` is comma-separated, or "all"."""
    check_choice("stance", stance, STANCES)
    check_choice("kind", kind, STATEMENT_KINDS)
    if statement_class != ALL:
        check_choice("class", statement_class, STATEMENT_CLASSES)
    match = fts_query(q) if q else ""
    # With a search, the full-text index drives the query (CROSS JOIN keeps that order): its matches are
    # looked up by rowid, rather than every statement probing the index.
    fts = "statements_fts f CROSS JOIN " if match else ""
    marked = "highlight(statements_fts, 0, char(2), char(3))" if match else "s.content"
    columns = f"""s.id, a.published, a.outlet, s.speaker_id, ac.name AS speaker_name, ac.type AS speaker_type,
                  s.source_text, s.cue_text, s.cue_stance, s.kind, s.statement_class, s.content, s.article_id,
                  a.title AS article_title, s.local_id, {marked} AS content_marked"""
    source = f"""{fts}statements_c s JOIN articles a ON a.id = s.article_id
                 LEFT JOIN actors_c ac ON ac.id = s.speaker_id"""
    conds: dict[str, tuple[str, list]] = {}
    notices: list[str] = []
    if match:
        conds["q"] = ("statements_fts MATCH ? AND s.row_id = f.rowid", [match])
    if speaker:
        conds["speaker"], more, _ = actor_condition(con, speaker, "s.speaker_raw", "speaker")
        notices += more
    add_values(
        conds,
        (
            ("outlet", outlet, "a.outlet = ?"),
            ("stance", stance, "s.cue_stance = ?"),
            ("kind", kind, "s.kind = ?"),
            ("article", article, "s.article_id = ?"),
        ),
    )
    if statement_class != ALL:
        add_in(conds, "class", statement_class, "s.statement_class")
    add_dates(conds, "a.published", date_from, date_to)
    sorts = STATEMENT_SORTS if match else {k: v for k, v in STATEMENT_SORTS.items() if k != "relevance"}
    if sort == "relevance" and match:
        order = "asc" if order == "desc" else order  # FTS rank: smaller is better
    key, direction, order_sql = order_by(sorts, sort, order, "date", "s.id")
    filters = {
        "q": q, "speaker": speaker, "outlet": outlet, "stance": stance, "kind": kind,
        "class": statement_class if statement_class != DEFAULT_CLASSES else "",
        "date_from": date_from, "date_to": date_to, "article": article,
    }  # fmt: skip
    return Listing(
        columns, source, order_sql, key, direction, conds, present(filters), notices,
        facets={
            "speaker": ("s.speaker_id", "actor"),
            "outlet": ("a.outlet", "value"),
            "stance": ("s.cue_stance", "value"),
            "kind": ("s.kind", "value"),
            "class": ("s.statement_class", "value"),
        },
        facet_source=f"{fts}statements_c s JOIN articles a ON a.id = s.article_id",
        key=None if match else "s.row_id",  # highlight() needs its MATCH in the query that reads the rows
    )  # fmt: skip


def search_statements(
    con: sqlite3.Connection, *, page: int = 1, per_page: int = 50, facets: bool = False, **filters: str
) -> Page:
    """One page of `statement_listing(con, **filters)`."""
    return statement_listing(con, **filters).page(con, page, per_page, facets=facets)
