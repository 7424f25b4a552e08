"""Arms transfers, one row per item (the `transfers` view)."""

from __future__ import annotations

import sqlite3

from .common import Page, _date_filters, _order, _page, _value_filters

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
    "date", "supplier", "recipient", "item", "item_category", "quantity", "quantity_value", "provenance",
    "status", "claimed_by", "outlet", "published", "item_text", "event_id", "article_id",
)  # fmt: skip


def list_transfers(
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
    page: int = 1,
    per_page: int = 100,
) -> Page:
    """Arms transfers, one row per item, in the columns of a Kiel-Tracker / SIPRI-style table."""
    select = """SELECT COALESCE(t.date_value, substr(t.published, 1, 10)) AS date, t.supplier, t.recipient,
                       t.item, t.item_category, t.quantity, t.quantity_value, t.provenance, t.status,
                       sa.name AS claimed_by, t.outlet, t.published, t.item_text, t.event_id, t.article_id,
                       t.date_text, t.statement_id
                FROM transfers t LEFT JOIN statements st ON st.id = t.statement_id
                LEFT JOIN actors sa ON sa.id = st.speaker_id"""
    where: list[str] = []
    params: list = []
    like = ((supplier, "t.supplier LIKE ?"), (recipient, "t.recipient LIKE ?"))
    _value_filters(where, params, like, "%{}%")
    _value_filters(
        where,
        params,
        ((item_category, "t.item_category = ?"), (status, "t.status = ?"), (outlet, "t.outlet = ?")),
    )
    _date_filters(where, params, "COALESCE(t.date_value, t.published)", date_from, date_to)
    key, direction, order_sql = _order(TRANSFER_SORTS, sort, order, "date", "t.event_id, t.item")
    data, total, page = _page(con, select, where, params, order_sql, page, per_page)
    filters = {
        "supplier": supplier, "recipient": recipient, "item_category": item_category, "status": status,
        "outlet": outlet, "date_from": date_from, "date_to": date_to,
    }  # fmt: skip
    return Page(data, total, page, per_page, key, direction, {k: v for k, v in filters.items() if v})
