"""Routes of the ledger browser: server-rendered pages, streamed downloads, and the JSON API (`api.py`).

Pages work without JavaScript; `static/app.js` only adds click-for-details, name suggestions and graph
hovering. Templates autoescape everything, and a strict Content-Security-Policy allows only our own
vendored files. The ledger is read-only unless `allow_corrections` (`serve --allow-corrections`), which
lets people record corrections (`corrections.py`) and nothing else.
"""

from __future__ import annotations

import json
import secrets
import sqlite3
import urllib.parse
from functools import cache
from importlib import resources
from pathlib import Path

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.exception_handlers import http_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import (
    HTMLResponse,
    JSONResponse,
    PlainTextResponse,
    RedirectResponse,
    Response,
    StreamingResponse,
)
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader
from markupsafe import Markup, escape
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware

from .. import __version__
from ..model import EVENT_STATUSES, STANCES, STATEMENT_CLASSES, STATEMENT_KINDS
from ..store import LedgerError, migrations, read
from . import charts, corrections, export, highlight, network
from .api import ENDPOINTS, router
from .deps import (
    Order,
    Page_,
    cached,
    compare_note,
    compare_report,
    cue_listing,
    cue_page,
    event_listing,
    event_page,
    get_db,
    network_graph,
    statement_listing,
    statement_page,
    transfer_listing,
    transfer_page,
)

HERE = Path(__file__).parent
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
KINDS = STATEMENT_KINDS


@cache
def glossary() -> dict:
    """What the labels mean (data/glossary.json): the legends and tooltips of every page."""
    return json.loads(
        resources.files("newsledger").joinpath("data/glossary.json").read_text(encoding="utf-8")
    )


def check_schema(path: Path) -> None:
    """Refuse a ledger whose schema is not this newsledger's, with what to do, before serving it."""
    con = read.connect(path)
    try:
        have = migrations.current_version(con)
    except sqlite3.DatabaseError as exc:
        raise LedgerError(f"{path} is not a newsledger ledger ({exc})") from exc
    finally:
        con.close()
    latest = migrations.latest_version()
    if have == 0:
        raise LedgerError(f"{path} is not a newsledger ledger (it has no newsledger schema)")
    if have < latest:
        raise LedgerError(
            f"{path} has schema version {have} (current: {latest}); upgrade it once with "
            f"`newsledger upgrade --db {path}`, then serve it"
        )
    if have > latest:
        raise LedgerError(
            f"{path} has schema version {have}, newer than this newsledger ({latest}): upgrade it"
        )


def create_app(
    db_path: str | Path, allowed_hosts: list[str] | None = None, *, allow_corrections: bool = False
) -> FastAPI:
    """The web app over one ledger file, opened read-only per request so new analyses show up at once.

    `allowed_hosts` (the Host headers to answer) stops DNS rebinding: without it a web page the user visits
    could read a ledger served on 127.0.0.1 through a hostname it controls. None answers any host.
    `allow_corrections` lets the pages record corrections (merge, rename, flag, undo) in the ledger.
    """
    path = Path(db_path)
    read.connect(path).close()  # fail at start-up, not on the first request, when the file is missing
    check_schema(path)
    app = FastAPI(
        title="newsledger",
        version=__version__,
        docs_url=None,
        redoc_url=None,
        openapi_url="/api/openapi.json",
    )
    app.state.db_path = path
    app.state.cache = {}
    app.state.allow_corrections = allow_corrections
    app.state.form_token = secrets.token_urlsafe(24)  # forms carry it: another site cannot post corrections
    app.state.templates = _templates()
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    if allowed_hosts is not None:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts)

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Frame-Options"] = "DENY"
        return response

    @app.exception_handler(sqlite3.OperationalError)
    async def schema_error(request: Request, exc: sqlite3.OperationalError):
        return PlainTextResponse(
            f"The ledger could not be read ({exc}); is it a newsledger database?", status_code=503
        )

    @app.exception_handler(read.InvalidInput)
    async def invalid_input(request: Request, exc: read.InvalidInput):
        return _error(request, 400, str(exc))

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError):
        problems = "; ".join(_problem(e) for e in exc.errors())
        if request.url.path.startswith("/api"):
            return JSONResponse({"detail": exc.errors(), "message": problems}, status_code=422)
        return _error(request, 400, problems)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        if request.url.path.startswith("/api") or request.url.path.startswith("/static"):
            return await http_exception_handler(request, exc)
        page = render(request, "error.html", nav="", status=exc.status_code, detail=exc.detail)
        page.status_code = exc.status_code
        return page

    app.include_router(_pages())
    app.include_router(corrections.router)
    app.include_router(router)
    return app


def _problem(error: dict) -> str:
    """A validation error as a sentence: "page: must be at most 1000000 (you gave 1e20)"."""
    name = ".".join(str(p) for p in error.get("loc", ())[1:]) or "request"
    given = error.get("input")
    return f"{name}: {error.get('msg', 'invalid').lower()}" + (
        f" (you gave {given!r})" if given is not None else ""
    )


def _error(request: Request, status: int, message: str) -> Response:
    """An invalid request answered with its message: JSON for the API, a page (with a way back) otherwise."""
    if request.url.path.startswith("/api"):
        return JSONResponse({"detail": message}, status_code=status)
    back = request.url.path.split(".")[0]
    page = render(request, "error.html", nav="", status=status, detail=message, back=back)
    page.status_code = status
    return page


def _templates() -> Jinja2Templates:
    env = Environment(
        loader=FileSystemLoader(HERE / "templates"), autoescape=True, trim_blocks=True, lstrip_blocks=True
    )
    env.filters["marked"] = marked
    env.filters["short"] = lambda s, n=160: s if s is None or len(s) <= n else s[: n - 1] + "…"
    env.filters["safe_url"] = safe_url
    env.filters["day"] = lambda s: (s or "")[:10]
    env.filters["article_label"] = article_label
    env.globals["with_query"] = with_query
    env.globals["quote"] = lambda s, safe="": urllib.parse.quote(str(s), safe=safe)
    env.globals["version"] = __version__
    env.globals["glossary"] = glossary()
    env.globals["facet_counts"] = facet_counts
    env.globals["display_name"] = read.name_from_id  # never an internal id where a name can stand
    return Jinja2Templates(env=env)


def facet_counts(result: read.Page, name: str) -> dict:
    """{value: count} for a filter's facet, for the numbers beside its choices."""
    return {r["value"]: r["n"] for r in result.facets.get(name, [])}


def article_label(a: dict) -> str:
    """What to call an article in a list: its title, else its file's name, never its id."""
    if a.get("title"):
        return a["title"]
    if a.get("source_file"):
        return "(untitled) " + Path(a["source_file"]).name
    return "(untitled)"


def marked(text: str | None) -> Markup:
    """FTS5 highlight() output (match wrapped in \\x02…\\x03) as escaped HTML with <mark>."""
    safe = str(escape(text or ""))
    return Markup(safe.replace("\x02", "<mark>").replace("\x03", "</mark>"))


def local_hosts(host: str) -> list[str] | None:
    """Host headers to accept when bound to `host`: loopback names, or the given name; None (any) for a
    wildcard bind, where the user chose to expose the app."""
    if host in ("0.0.0.0", "::", ""):
        return None
    return sorted({"127.0.0.1", "localhost", "[::1]", host if ":" not in host else f"[{host}]"})


def safe_url(url: str | None) -> str:
    """Only http(s) links leave the app: a stored `javascript:` URL must not become a link."""
    return url if url and urllib.parse.urlsplit(url).scheme in ("http", "https") else ""


def with_query(request: Request, path: str | None = None, **changes) -> str:
    """The current URL's query with some parameters changed (None removes one); paging resets unless given."""
    params = dict(request.query_params)
    if "page" not in changes:
        params.pop("page", None)
    for key, value in changes.items():
        if value is None or value == "":
            params.pop(key, None)
        else:
            params[key] = str(value)
    query = urllib.parse.urlencode({k: v for k, v in params.items() if v != ""})
    return (path if path is not None else request.url.path) + (f"?{query}" if query else "")


def render(request: Request, name: str, **context) -> HTMLResponse:
    context.setdefault("allow_corrections", request.app.state.allow_corrections)
    context.setdefault("form_token", request.app.state.form_token)
    return request.app.state.templates.TemplateResponse(request, name, context)


def download(body: str, media_type: str, filename: str) -> Response:
    return Response(
        body, media_type=media_type, headers={"Content-Disposition": f'attachment; filename="{filename}"'}
    )


def stream(request: Request, listing: read.Listing, fmt: str, name: str, columns, shape=None) -> Response:
    """Every row the listing matches as CSV or JSON, streamed (no page size: the whole result)."""
    path = request.app.state.db_path
    headers = {"Content-Disposition": f'attachment; filename="{name}.{fmt}"'}
    if fmt == "csv":
        body = export.csv_lines(export.listing_rows(path, listing, shape), columns)
        return StreamingResponse(body, media_type="text/csv; charset=utf-8", headers=headers)
    return StreamingResponse(
        export.json_lines(path, listing, columns, shape), media_type="application/json", headers=headers
    )


def _pages():
    from fastapi import APIRouter

    r = APIRouter()

    @r.get("/", response_class=HTMLResponse)
    def overview(request: Request, con=Depends(get_db)):
        data = cached(
            request,
            ("overview",),
            lambda: {
                "counts": read.counts(con),
                "outlets": read.by_outlet(con),
                "timeline": charts.timeline(read.by_day(con)),
                "speakers": read.top_speakers(con),
                "actors": read.top_actors(con),
                "recent": read.list_articles(con, per_page=12).rows,
            },
        )
        return render(request, "overview.html", nav="overview", **data)

    @r.get("/articles", response_class=HTMLResponse)
    def articles(
        request: Request, q: str = "", outlet: str = "", date_from: str = "", date_to: str = "",
        sort: str = "date", order: str = Order, page: int = Page_, con=Depends(get_db),
    ):  # fmt: skip
        result = read.list_articles(
            con, q=q, outlet=outlet, date_from=date_from, date_to=date_to, sort=sort, order=order, page=page,
            facets=True,
        )  # fmt: skip
        return render(request, "articles.html", nav="articles", result=result, outlets=read.outlets(con))

    @r.get("/articles/{article_id}", response_class=HTMLResponse)
    def article(request: Request, article_id: str, focus: str = "", con=Depends(get_db)):
        data = read.article(con, article_id)
        if data is None:
            found = read.resolve_article(con, article_id)
            if len(found) == 1:  # an id prefix as the CLI prints it
                query = f"?{request.url.query}" if request.url.query else ""
                return RedirectResponse(f"/articles/{urllib.parse.quote(found[0])}{query}", status_code=307)
            if found:
                raise HTTPException(
                    404, f"{article_id} is the start of {len(found)} article ids; give more characters"
                )
            raise HTTPException(404, f"No article {article_id}")
        html = highlight.highlight(
            data["article"]["text"], highlight.article_marks(data), focus=[focus] if focus else []
        )
        actors: dict[str, dict] = {}
        for m in data["mentions"]:
            if m["actor_id"]:
                entry = actors.setdefault(
                    m["actor_id"],
                    {
                        "id": m["actor_id"],
                        "name": m["actor_name"] or read.name_from_id(m["actor_id"]),
                        "type": m["actor_type"],
                        "n": 0,
                        "items": [],
                    },
                )
                entry["n"] += 1
                entry["items"].append(f"m-{m['id']}")
        return render(
            request, "article.html", nav="articles", data=data, text_html=html, focus=focus,
            actors=sorted(actors.values(), key=lambda a: (-a["n"], a["name"])),
        )  # fmt: skip

    @r.get("/statements", response_class=HTMLResponse)
    def statements(request: Request, con=Depends(get_db), result=Depends(statement_page)):
        return render(
            request, "statements.html", nav="statements", result=result, outlets=read.outlets(con),
            stances=STANCES, kinds=KINDS, classes=STATEMENT_CLASSES,
        )  # fmt: skip

    @r.get("/statements.csv")
    def statements_csv(request: Request, listing=Depends(statement_listing)):
        return stream(request, listing, "csv", "statements", read.STATEMENT_COLUMNS)

    @r.get("/statements.json")
    def statements_json(request: Request, listing=Depends(statement_listing)):
        return stream(request, listing, "json", "statements", read.STATEMENT_COLUMNS)

    @r.get("/actors", response_class=HTMLResponse)
    def actors(
        request: Request, q: str = "", type: str = "", sort: str = "mentions", order: str = Order,
        page: int = Page_, con=Depends(get_db),
    ):  # fmt: skip
        result = read.list_actors(con, q=q, type=type, sort=sort, order=order, page=page, facets=True)
        types = read.distinct(con, "actors_c", "type")
        return render(request, "actors.html", nav="actors", result=result, types=types)

    @r.get("/actors/{actor_id:path}", response_class=HTMLResponse)
    def actor(
        request: Request, actor_id: str,
        statement_class: str = Query(read.DEFAULT_CLASSES, alias="class"), con=Depends(get_db),
    ):  # fmt: skip
        if statement_class != read.ALL:
            read.check_choice("class", statement_class, STATEMENT_CLASSES)
        data = read.actor(con, actor_id, statement_class=statement_class or read.DEFAULT_CLASSES)
        if data is None:
            found = read.find_actors(con, actor_id)
            if len(found) == 1:  # a name or id prefix, as typed or as the CLI prints it
                return RedirectResponse(f"/actors/{urllib.parse.quote(found[0]['id'], safe=':')}", 307)
            raise HTTPException(404, f"No actor {actor_id}")
        if data["actor"]["id"] != actor_id:  # merged into another actor: its page is the one kept
            return RedirectResponse(f"/actors/{urllib.parse.quote(data['actor']['id'], safe=':')}", 307)
        return render(
            request, "actor.html", nav="actors", data=data, classes=STATEMENT_CLASSES,
            corrections=corrections.for_actor(con, actor_id),
        )  # fmt: skip

    @r.get("/events", response_class=HTMLResponse)
    def events(request: Request, con=Depends(get_db), result=Depends(event_page)):
        return render(
            request, "events.html", nav="events", result=result, outlets=read.outlets(con),
            categories=sorted(glossary()["event_category"]), statuses=EVENT_STATUSES,
        )  # fmt: skip

    @r.get("/events.csv")
    def events_csv(request: Request, listing=Depends(event_listing)):
        return stream(request, listing, "csv", "events", EVENT_COLUMNS, _flat_event)

    @r.get("/events.json")
    def events_json(request: Request, listing=Depends(event_listing)):
        return stream(request, listing, "json", "events", None)

    @r.get("/transfers", response_class=HTMLResponse)
    def transfers(request: Request, con=Depends(get_db), result=Depends(transfer_page)):
        return render(
            request, "transfers.html", nav="transfers", result=result, outlets=read.outlets(con),
            categories=read.distinct(con, "event_items", "category"), statuses=EVENT_STATUSES,
        )  # fmt: skip

    @r.get("/transfers.csv")
    def transfers_csv(request: Request, listing=Depends(transfer_listing)):
        return stream(request, listing, "csv", "transfers", read.TRANSFER_COLUMNS)

    @r.get("/transfers.json")
    def transfers_json(request: Request, listing=Depends(transfer_listing)):
        return stream(request, listing, "json", "transfers", read.TRANSFER_COLUMNS)

    @r.get("/cues", response_class=HTMLResponse)
    def cues(request: Request, con=Depends(get_db), result=Depends(cue_page)):
        return render(
            request, "cues.html", nav="cues", result=result, outlets=read.outlets(con),
            categories=read.distinct(con, "cues_c", "category"),
        )  # fmt: skip

    @r.get("/cues.csv")
    def cues_csv(request: Request, listing=Depends(cue_listing)):
        return stream(request, listing, "csv", "cues", read.CUE_COLUMNS)

    @r.get("/cues.json")
    def cues_json(request: Request, listing=Depends(cue_listing)):
        return stream(request, listing, "json", "cues", read.CUE_COLUMNS)

    @r.get("/voices", response_class=HTMLResponse)
    def voices(
        request: Request, unit: str = "month", by: str = "actor", top: int = Query(8, ge=1, le=30),
        statement_class: str = Query(read.DEFAULT_CLASSES, alias="class"), con=Depends(get_db),
    ):  # fmt: skip
        cls = _classes(statement_class)
        over_time = read.quoted_over_time(con, unit=unit, top=top, statement_class=cls)
        by_outlet = read.voices_by_outlet(con, by=by, top=top, statement_class=cls)
        return render(
            request, "voices.html", nav="voices", unit=unit, by=by, top=top, statement_class=cls,
            units=read.UNITS, groups=read.GROUPS, classes=STATEMENT_CLASSES,
            over_time=charts.stacked_periods(over_time), by_outlet=charts.share_bars(by_outlet),
        )  # fmt: skip

    @r.get("/voices.csv")
    def voices_csv(
        view: str = "time", unit: str = "month", by: str = "actor", top: int = Query(8, ge=1, le=30),
        statement_class: str = Query(read.DEFAULT_CLASSES, alias="class"), con=Depends(get_db),
    ):  # fmt: skip
        cls = _classes(statement_class)
        if view == "time":
            data = read.quoted_over_time(con, unit=unit, top=top, statement_class=cls)
            columns: tuple[str, ...] = ("period", "speaker", "statements", "speaker_id")
        elif view == "outlet":
            data = read.voices_by_outlet(con, by=by, top=top, statement_class=cls)
            columns = ("outlet", "group", "statements", "share", "group_id")
        else:
            raise read.InvalidInput(f"view must be time or outlet, not {view!r}")
        return download(export.to_csv(data, columns), "text/csv; charset=utf-8", f"voices-{view}.csv")

    @r.get("/stories", response_class=HTMLResponse)
    def stories(request: Request, con=Depends(get_db)):
        return render(
            request, "stories.html", nav="stories", stories=read.list_clusters(con, "story"),
            duplicates=read.list_clusters(con, "duplicate"), compare_note=compare_note(),
        )  # fmt: skip

    @r.get("/stories/{cluster_id}", response_class=HTMLResponse)
    def story(request: Request, cluster_id: str, con=Depends(get_db)):
        data = read.story(con, cluster_id)
        if data is None:
            found = read.resolve_cluster(con, cluster_id)
            if len(found) == 1:  # an id prefix, as `newsledger stories` prints it
                return RedirectResponse(f"/stories/{urllib.parse.quote(found[0])}", status_code=307)
            raise HTTPException(404, f"No story {cluster_id}")
        return render(request, "story.html", nav="stories", data=data, report=compare_report(con, cluster_id))

    @r.get("/network", response_class=HTMLResponse)
    def graph(request: Request, con=Depends(get_db), g=Depends(network_graph)):
        kind = request.query_params.get("kind", "quotes")
        return render(
            request, "network.html", nav="network", graph=g, kind=kind if kind in network.KINDS else "quotes",
            kinds=network.KINDS, outlets=read.outlets(con), labels={n["id"]: n["label"] for n in g.nodes},
        )  # fmt: skip

    @r.get("/network.gexf")
    def graph_gexf(g=Depends(network_graph), kind: str = "quotes"):
        return download(
            export.graph_gexf(g, network.KINDS.get(kind, "")), "application/gexf+xml", f"network-{kind}.gexf"
        )

    @r.get("/network.csv")
    def graph_csv(g=Depends(network_graph), kind: str = "quotes"):
        return download(export.graph_csv(g), "text/csv; charset=utf-8", f"network-{kind}.csv")

    @r.get("/api", response_class=HTMLResponse)
    def api_docs(request: Request):
        return render(request, "api.html", nav="api", endpoints=ENDPOINTS)

    return r


def _classes(value: str) -> str:
    """A `class` parameter checked: "all", or comma-separated statement classes."""
    value = value or read.DEFAULT_CLASSES
    if value != read.ALL:
        read.check_choice("class", value, STATEMENT_CLASSES)
    return value


EVENT_COLUMNS = (
    "id", "date", "outlet", "sources", "category", "mode", "trigger_text", "targets", "items", "status",
    "negated", "modality", "claimed_by_name", "location_text", "sentence", "article_title", "article_id",
)  # fmt: skip


def _flat_event(e: dict) -> dict:
    """An event row with participants and items joined into cells, as a spreadsheet wants it."""

    def names(ps):
        return "; ".join(
            p.get("actor_name")
            or p.get("text")
            or (read.name_from_id(p["actor_id"]) if p.get("actor_id") else "")
            for p in ps
        )

    return {
        **e,
        "date": e.get("date_value") or (e.get("published") or "")[:10],
        "sources": names(e["sources"]),
        "targets": names(e["targets"]),
        "items": "; ".join(" ".join(filter(None, (i.get("quantity"), i["name"]))) for i in e["items"]),
    }
