"""Corrections from the web app: the list for everyone, and (only with `serve --allow-corrections`) forms to
merge and rename actors, flag extractions and undo a correction.

Writing is off by default: the served ledger stays read-only. When it is on, every form carries a token
made when the app started, so a page on another site cannot post corrections through the user's browser.
"""

from __future__ import annotations

import secrets
import sqlite3
import urllib.parse

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from ..store import corrections as store
from .deps import get_db

router = APIRouter()

READ_ONLY = (
    "This ledger is served read-only. To record corrections, start the app with "
    "`newsledger serve --db LEDGER --allow-corrections`, or use `newsledger correct` in a terminal."
)


def for_actor(con: sqlite3.Connection, actor_id: str) -> list[dict]:
    """Active merges and renames that concern an actor, for its page."""
    return [
        c
        for c in store.list_corrections(con, include_undone=False)
        if c["target_type"] == "actor" and actor_id in (c["target_id"], c["value"])
    ]


def _writer(request: Request, token: str) -> sqlite3.Connection:
    """A writable connection, after checking that corrections are allowed and the form is ours."""
    if not request.app.state.allow_corrections:
        raise HTTPException(403, READ_ONLY)
    if not secrets.compare_digest(token, request.app.state.form_token):
        raise HTTPException(403, "This form is out of date or came from another site; reload the page.")
    con = sqlite3.connect(request.app.state.db_path, isolation_level=None, timeout=30)
    con.row_factory = sqlite3.Row
    con.execute("PRAGMA foreign_keys = ON")
    return con


def _back(request: Request, fallback: str, number: int | None = None) -> RedirectResponse:
    """Back to the page the form was on (a local path only), saying which correction was recorded."""
    target = request.headers.get("referer") or ""
    parts = urllib.parse.urlsplit(target)
    path = parts.path if parts.path.startswith("/") and not parts.path.startswith("//") else fallback
    query = urllib.parse.parse_qs(parts.query)
    if number is not None:
        query["corrected"] = [str(number)]
    return RedirectResponse(f"{path}?{urllib.parse.urlencode(query, doseq=True)}", status_code=303)


def _apply(request: Request, token: str, fallback: str, make) -> RedirectResponse:
    con = _writer(request, token)
    try:
        number = make(con)
    except store.CorrectionError as exc:
        raise HTTPException(400, str(exc)) from exc
    finally:
        con.close()
    request.app.state.cache.clear()
    return _back(request, fallback, number)


@router.get("/corrections", response_class=HTMLResponse)
def corrections_page(request: Request, con=Depends(get_db)):
    from .app import render

    items = store.list_corrections(con)
    for c in items:
        c["description"] = store.describe(c, ids=False)
    return render(request, "corrections.html", nav="corrections", items=items, read_only_note=READ_ONLY)


async def _form(request: Request) -> dict[str, str]:
    """An urlencoded form body (what our forms post), without a multipart parser dependency."""
    body = (await request.body()).decode("utf-8", errors="replace")
    return {k: v[0] for k, v in urllib.parse.parse_qs(body, keep_blank_values=True).items()}


def _field(form: dict[str, str], name: str) -> str:
    value = form.get(name, "").strip()
    if not value:
        raise HTTPException(400, f"The form needs a value for {name}.")
    return value


@router.post("/corrections/merge")
async def merge(request: Request):
    f = await _form(request)
    source, into, note = _field(f, "source"), _field(f, "into"), f.get("note") or None
    return _apply(
        request, f.get("token", ""), "/corrections", lambda con: store.merge(con, source, into, note)
    )


@router.post("/corrections/rename")
async def rename(request: Request):
    f = await _form(request)
    actor, name, note = _field(f, "actor"), _field(f, "name"), f.get("note") or None
    return _apply(
        request, f.get("token", ""), "/corrections", lambda con: store.rename(con, actor, name, note)
    )


@router.post("/corrections/flag")
async def flag(request: Request):
    f = await _form(request)
    kind, ref, note = _field(f, "target_type"), _field(f, "ref"), f.get("note") or None
    return _apply(request, f.get("token", ""), "/corrections", lambda con: store.flag(con, kind, ref, note))


@router.post("/corrections/{number}/undo")
async def undo(request: Request, number: int):
    f = await _form(request)
    return _apply(request, f.get("token", ""), "/corrections", lambda con: store.undo(con, number)["id"])
