"""Arms transfers, one row per item (the `transfers` view)."""

from __future__ import annotations

import sqlite3

from ...model import EVENT_STATUSES
from .common import Listing, Page, add_dates, add_values, check_choice, order_by, present

TRANSFER_SORTS = {
    "date": "COALESCE(t.date_value, t.published)",
    "supplier": "t.supplier",
    "recipient": "t.recipient",
    "item": "t.item",
    "category": "t.item_category",
    "quantity": "t.quantity_value",
    "status": "t.status",
    "outlet": "t.outlet",
}

TRANSFER_COLUMNS = (
    "date", "supplier", "recipient", "item", "item_category", "quantity", "quantity_value", "unit",
    "provenance", "status", "claimed_by", "outlet", "published", "item_text", "event_id", "article_id",
)  # fmt: skip


def transfer_listing(
    con: sqlite3.Connection,
    *,
    supplier: str = "",
    recipient: str = "",
    item_category: str = "",
    status: str = "",
    outlet: str = "",
    date_from: str = "",
    date_to: str = "",
    sort: str = "date",
    order: str = "desc",
) -> Listing:
    """Arms transfers, one row per item, in the columns of a Kiel-Tracker / SIPRI-style table; supplier and
    recipient match any part of the names ("Ukraine" finds "Government of Ukraine")."""
    check_choice("status", status, EVENT_STATUSES)
    columns = """COALESCE(t.date_value, substr(t.published, 1, 10)) AS date, t.supplier, t.recipient,
                 t.item, t.item_category, t.quantity, t.quantity_value, t.unit, t.provenance, t.status,
                 sa.name AS claimed_by, t.outlet, t.published, t.item_text, t.event_id, t.article_id,
                 t.date_text, t.statement_id"""
    source = """transfers t LEFT JOIN statements_c st ON st.id = t.statement_id
                LEFT JOIN actors_c sa ON sa.id = st.speaker_id"""
    conds: dict[str, tuple[str, list]] = {}
    like = (("supplier", supplier, "t.supplier LIKE ?"), ("recipient", recipient, "t.recipient LIKE ?"))
    add_values(conds, like, "%{}%")
    add_values(
        conds,
        (
            ("item_category", item_category, "t.item_category = ?"),
            ("status", status, "t.status = ?"),
            ("outlet", outlet, "t.outlet = ?"),
        ),
    )
    add_dates(conds, "COALESCE(t.date_value, t.published)", date_from, date_to)
    key, direction, order_sql = order_by(TRANSFER_SORTS, sort, order, "date", "t.event_id, t.item")
    filters = {
        "supplier": supplier, "recipient": recipient, "item_category": item_category, "status": status,
        "outlet": outlet, "date_from": date_from, "date_to": date_to,
    }  # fmt: skip
    return Listing(
        columns, source, order_sql, key, direction, conds, present(filters),
        facets={
            "supplier": ("t.supplier", "value"),
            "recipient": ("t.recipient", "value"),
            "item_category": ("t.item_category", "value"),
            "status": ("t.status", "value"),
            "outlet": ("t.outlet", "value"),
        },
    )  # fmt: skip


def list_transfers(
    con: sqlite3.Connection, *, page: int = 1, per_page: int = 100, facets: bool = False, **filters: str
) -> Page:
    """One page of `transfer_listing(con, **filters)`."""
    return transfer_listing(con, **filters).page(con, page, per_page, facets=facets)
