"""FastAPI dependencies: a request's parameters → a read-only connection and query results.

Pages, their CSV/JSON downloads and the JSON API share these, so each reads a request the same way and a
download holds exactly the rows its page shows.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from fastapi import Depends, HTTPException, Query, Request

from ..store import read
from . import network

# Shared query parameters, so a page and its downloads read a request the same way.
Page_ = Query(1, ge=1, le=read.MAX_PAGE)
Order = Query("desc", pattern="^(asc|desc)$")


def ledger_stamp(path: Path) -> tuple:
    """Changes whenever the ledger does (a write touches the WAL, a checkpoint the file)."""
    out = []
    for p in (path, path.with_name(path.name + "-wal")):
        try:
            st = p.stat()
        except FileNotFoundError:
            out.append(None)
        else:
            out.append((st.st_mtime_ns, st.st_size))
    return tuple(out)


def cached(request: Request, key: tuple, build):
    """`build()` once per state of the ledger: the overview and graphs scan whole tables, and a ledger
    changes far less often than people reload pages."""
    cache = request.app.state.cache
    full = (ledger_stamp(request.app.state.db_path), *key)
    if full not in cache:
        if len(cache) > 64:
            cache.clear()
        cache[full] = build()
    return cache[full]


def get_db(request: Request) -> Iterator[sqlite3.Connection]:
    con = read.connect(request.app.state.db_path)
    try:
        yield con
    finally:
        con.close()


# --- dependencies that read a listing's filters the same way for a page, its downloads and the API ------
# A page is its listing cut to one page; a download is the same listing streamed whole (no per_page).


def statement_listing(
    q: str = "", speaker: str = "", outlet: str = "", stance: str = "", kind: str = "",
    statement_class: str = Query(read.DEFAULT_CLASSES, alias="class"), date_from: str = "", date_to: str = "",
    article: str = "", sort: str = "date", order: str = Order, con=Depends(get_db),
) -> read.Listing:  # fmt: skip
    return read.statement_listing(
        con, q=q, speaker=speaker, outlet=outlet, stance=stance, kind=kind,
        statement_class=statement_class or read.DEFAULT_CLASSES, date_from=date_from, date_to=date_to,
        article=_article_ref(con, article), sort=sort, order=order,
    )  # fmt: skip


def statement_page(
    listing=Depends(statement_listing), page: int = Page_, per_page: int = Query(50, ge=1, le=500),
    con=Depends(get_db),
) -> read.Page:  # fmt: skip
    return listing.page(con, page, per_page, facets=True)


def event_listing(
    category: str = "", outlet: str = "", actor: str = "", status: str = "", claimed: str = "",
    date_from: str = "", date_to: str = "", article: str = "", sort: str = "date", order: str = Order,
    con=Depends(get_db),
) -> read.Listing:  # fmt: skip
    return read.event_listing(
        con, category=category, outlet=outlet, actor=actor, status=status, claimed=claimed,
        date_from=date_from, date_to=date_to, article=_article_ref(con, article), sort=sort, order=order,
    )  # fmt: skip


def event_page(
    listing=Depends(event_listing), page: int = Page_, per_page: int = Query(50, ge=1, le=500),
    con=Depends(get_db),
) -> read.Page:  # fmt: skip
    return listing.page(con, page, per_page, facets=True)


def transfer_listing(
    supplier: str = "", recipient: str = "", item_category: str = "", status: str = "", outlet: str = "",
    date_from: str = "", date_to: str = "", sort: str = "date", order: str = Order, con=Depends(get_db),
) -> read.Listing:  # fmt: skip
    return read.transfer_listing(
        con, supplier=supplier, recipient=recipient, item_category=item_category, status=status,
        outlet=outlet, date_from=date_from, date_to=date_to, sort=sort, order=order,
    )  # fmt: skip


def transfer_page(
    listing=Depends(transfer_listing), page: int = Page_, per_page: int = Query(100, ge=1, le=1000),
    con=Depends(get_db),
) -> read.Page:  # fmt: skip
    return listing.page(con, page, per_page, facets=True)


def cue_listing(
    category: str = "", term: str = "", outlet: str = "", speaker: str = "", in_quote: str = "",
    date_from: str = "", date_to: str = "", article: str = "", sort: str = "date", order: str = Order,
    con=Depends(get_db),
) -> read.Listing:  # fmt: skip
    return read.cue_listing(
        con, category=category, term=term, outlet=outlet, speaker=speaker, in_quote=in_quote,
        date_from=date_from, date_to=date_to, article=_article_ref(con, article), sort=sort, order=order,
    )  # fmt: skip


def cue_page(
    listing=Depends(cue_listing), page: int = Page_, per_page: int = Query(50, ge=1, le=500),
    con=Depends(get_db),
) -> read.Page:  # fmt: skip
    return listing.page(con, page, per_page, facets=True)


def _article_ref(con: sqlite3.Connection, ref: str) -> str:
    """An article filter given as the id prefix the CLI prints becomes the full id (like git)."""
    if not ref:
        return ref
    found = read.resolve_article(con, ref)
    if len(found) > 1:
        raise read.InvalidInput(f"article {ref!r} matches {len(found)} articles; give a longer id prefix")
    return found[0] if found else ref


def network_graph(
    request: Request,
    kind: str = "quotes",
    outlet: str = "",
    max_nodes: int = Query(60, ge=2, le=300),
    con=Depends(get_db),
) -> network.Graph:
    if kind not in network.KINDS:
        raise HTTPException(400, f"kind must be one of {', '.join(network.KINDS)}")
    return cached(
        request,
        ("network", kind, outlet, max_nodes),
        lambda: network.build(read.network_edges(con, kind, outlet), max_nodes=max_nodes),
    )


def warm_up() -> None:
    """Import the comparison library ahead of the first story page (its MinHash dependency takes seconds
    to import); `serve` runs this in a background thread."""
    with contextlib.suppress(ImportError):
        from ..compare import report  # noqa: F401


def compare_note() -> str | None:
    """Why the richer comparison is missing, when the comparison library is not there yet."""
    try:
        from ..compare import report  # noqa: F401
    except ImportError:
        return (
            "The outlet comparison report (newsledger.compare.report) is not available yet; "
            "showing the stored clusters."
        )
    return None


def compare_report(con: sqlite3.Connection, cluster_id: str) -> dict | None:
    """`newsledger.compare.report.story_report` as plain data; None when that library is missing or fails,
    so the page falls back to counts from the stored tables."""
    try:
        from ..compare.report import story_report
    except ImportError:
        return None
    try:
        return story_report(con, cluster_id).to_dict()
    except Exception:  # a library still being written must not take the page down
        return None
