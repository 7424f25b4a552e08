"""The framing-cues listing: word choices, labels, hedges and reporting verbs, each with its context."""

from __future__ import annotations

import sqlite3

from .common import Listing, Page, add_dates, add_values, check_choice, order_by, present
from .names import actor_condition

CUE_SORTS = {
    "date": "a.published",
    "outlet": "a.outlet",
    "category": "c.category",
    "term": "c.term",
    "speaker": "ac.name",
}

CUE_COLUMNS = (
    "id", "published", "outlet", "article_title", "category", "term", "text", "alternative", "in_quote",
    "speaker_id", "speaker_name", "explanation", "before", "after", "statement_id", "article_id",
)  # fmt: skip


def cue_listing(
    con: sqlite3.Connection,
    *,
    category: str = "",
    term: str = "",
    outlet: str = "",
    speaker: str = "",
    in_quote: str = "",
    date_from: str = "",
    date_to: str = "",
    article: str = "",
    sort: str = "date",
    order: str = "desc",
) -> Listing:
    """Framing cues with 80 characters of text either side; `in_quote` is yes (a speaker's words) or no
    (the outlet's own voice); `speaker` is a name, alias or id."""
    check_choice("in_quote", in_quote, ("yes", "no"))
    columns = """c.id, c.article_id, c.local_id, a.outlet, a.published, a.title AS article_title, c.category,
                 c.term, c.text, c.alternative, c.explanation, c.in_quote, c.speaker_id,
                 ac.name AS speaker_name, c.statement_id, c.start, c."end",
                 substr(a.text, max(1, c.start - 79), min(c.start, 80)) AS before,
                 substr(a.text, c."end" + 1, 80) AS after"""
    source = (
        """cues_c c JOIN articles a ON a.id = c.article_id LEFT JOIN actors_c ac ON ac.id = c.speaker_id"""
    )
    conds: dict[str, tuple[str, list]] = {}
    notices: list[str] = []
    add_values(
        conds,
        (
            ("category", category, "c.category = ?"),
            ("term", term, "c.term = ? COLLATE NOCASE"),
            ("outlet", outlet, "a.outlet = ?"),
            ("article", article, "c.article_id = ?"),
        ),
    )
    if speaker:
        conds["speaker"], notices, _ = actor_condition(con, speaker, "c.speaker_raw", "speaker")
    if in_quote:
        conds["in_quote"] = ("c.in_quote = ?", [int(in_quote == "yes")])
    add_dates(conds, "a.published", date_from, date_to)
    key, direction, order_sql = order_by(CUE_SORTS, sort, order, "date", "c.id")
    filters = {
        "category": category, "term": term, "outlet": outlet, "speaker": speaker, "in_quote": in_quote,
        "date_from": date_from, "date_to": date_to, "article": article,
    }  # fmt: skip
    return Listing(
        columns, source, order_sql, key, direction, conds, present(filters), notices,
        facets={
            "category": ("c.category", "value"),
            "term": ("c.term", "value"),
            "outlet": ("a.outlet", "value"),
            "in_quote": ("CASE c.in_quote WHEN 1 THEN 'yes' ELSE 'no' END", "value"),
        },
        facet_source="cues_c c JOIN articles a ON a.id = c.article_id",
        key="c.id",
    )  # fmt: skip


def list_cues(
    con: sqlite3.Connection, *, page: int = 1, per_page: int = 50, facets: bool = False, **filters: str
) -> Page:
    """One page of `cue_listing(con, **filters)`."""
    return cue_listing(con, **filters).page(con, page, per_page, facets=facets)
