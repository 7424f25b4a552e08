"""Routes of the read-only ledger browser: server-rendered pages, downloads, and the JSON API (`api.py`).

Pages work without JavaScript; `static/app.js` only adds click-for-details and graph hovering. Templates
autoescape everything, and a strict Content-Security-Policy allows only our own vendored files.
"""

from __future__ import annotations

import sqlite3
import urllib.parse
from pathlib import Path

from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.exception_handlers import http_exception_handler
from fastapi.responses import HTMLResponse, PlainTextResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader
from markupsafe import Markup, escape
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware

from .. import __version__
from ..model import EVENT_STATUSES, STANCES, STATEMENT_KINDS
from ..store import read
from . import charts, export, highlight, network
from .api import ENDPOINTS, router
from .deps import (
    Order,
    Page_,
    cached,
    compare_note,
    compare_report,
    event_page,
    get_db,
    network_graph,
    statement_page,
    transfer_page,
)

HERE = Path(__file__).parent
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
KINDS = STATEMENT_KINDS


def create_app(db_path: str | Path, allowed_hosts: list[str] | None = None) -> FastAPI:
    """The web app over one ledger file, opened read-only per request so new analyses show up at once.

    `allowed_hosts` (the Host headers to answer) stops DNS rebinding: without it a web page the user visits
    could read a ledger served on 127.0.0.1 through a hostname it controls. None answers any host.
    """
    path = Path(db_path)
    read.connect(path).close()  # fail at start-up, not on the first request, when the file is missing
    app = FastAPI(
        title="newsledger",
        version=__version__,
        docs_url=None,
        redoc_url=None,
        openapi_url="/api/openapi.json",
    )
    app.state.db_path = path
    app.state.cache = {}
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

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        if request.url.path.startswith("/api") or request.url.path.startswith("/static"):
            return await http_exception_handler(request, exc)
        page = render(request, "error.html", nav="", status=exc.status_code, detail=exc.detail)
        page.status_code = exc.status_code
        return page

    app.include_router(_pages())
    app.include_router(router)
    return app


def _templates() -> Jinja2Templates:
    env = Environment(
        loader=FileSystemLoader(HERE / "templates"), autoescape=True, trim_blocks=True, lstrip_blocks=True
    )
    env.filters["marked"] = marked
    env.filters["short"] = lambda s, n=160: s if s is None or len(s) <= n else s[: n - 1] + "…"
    env.filters["safe_url"] = safe_url
    env.filters["day"] = lambda s: (s or "")[:10]
    env.globals["with_query"] = with_query
    env.globals["quote"] = lambda s, safe="": urllib.parse.quote(str(s), safe=safe)
    env.globals["version"] = __version__
    return Jinja2Templates(env=env)


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
    return request.app.state.templates.TemplateResponse(request, name, context)


def download(body: str, media_type: str, filename: str) -> Response:
    return Response(
        body, media_type=media_type, headers={"Content-Disposition": f'attachment; filename="{filename}"'}
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
            con, q=q, outlet=outlet, date_from=date_from, date_to=date_to, sort=sort, order=order, page=page
        )
        return render(request, "articles.html", nav="articles", result=result, outlets=read.outlets(con))

    @r.get("/articles/{article_id}", response_class=HTMLResponse)
    def article(request: Request, article_id: str, focus: str = "", con=Depends(get_db)):
        data = read.article(con, article_id)
        if data is None:
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
                        "name": m["actor_name"] or m["actor_id"],
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
            speakers=read.speakers(con), stances=STANCES, kinds=KINDS,
        )  # fmt: skip

    @r.get("/statements.csv")
    def statements_csv(result=Depends(statement_page)):
        return download(
            export.to_csv(result.rows, read.STATEMENT_COLUMNS), "text/csv; charset=utf-8", "statements.csv"
        )

    @r.get("/statements.json")
    def statements_json(result=Depends(statement_page)):
        return download(
            export.to_json(_project(result, read.STATEMENT_COLUMNS)), "application/json", "statements.json"
        )

    @r.get("/actors", response_class=HTMLResponse)
    def actors(
        request: Request, q: str = "", type: str = "", sort: str = "mentions", order: str = Order,
        page: int = Page_, con=Depends(get_db),
    ):  # fmt: skip
        result = read.list_actors(con, q=q, type=type, sort=sort, order=order, page=page)
        types = read.distinct(con, "actors", "type")
        return render(request, "actors.html", nav="actors", result=result, types=types)

    @r.get("/actors/{actor_id:path}", response_class=HTMLResponse)
    def actor(request: Request, actor_id: str, con=Depends(get_db)):
        data = read.actor(con, actor_id)
        if data is None:
            raise HTTPException(404, f"No actor {actor_id}")
        return render(request, "actor.html", nav="actors", data=data)

    @r.get("/events", response_class=HTMLResponse)
    def events(request: Request, con=Depends(get_db), result=Depends(event_page)):
        return render(
            request, "events.html", nav="events", result=result, outlets=read.outlets(con),
            categories=read.distinct(con, "events", "category"), statuses=EVENT_STATUSES,
        )  # fmt: skip

    @r.get("/events.csv")
    def events_csv(result=Depends(event_page)):
        return download(
            export.to_csv(_flat_events(result.rows), EVENT_COLUMNS), "text/csv; charset=utf-8", "events.csv"
        )

    @r.get("/events.json")
    def events_json(result=Depends(event_page)):
        return download(export.to_json(result.to_dict()), "application/json", "events.json")

    @r.get("/transfers", response_class=HTMLResponse)
    def transfers(request: Request, con=Depends(get_db), result=Depends(transfer_page)):
        return render(
            request, "transfers.html", nav="transfers", result=result, outlets=read.outlets(con),
            categories=read.distinct(con, "event_items", "category"), statuses=EVENT_STATUSES,
        )  # fmt: skip

    @r.get("/transfers.csv")
    def transfers_csv(result=Depends(transfer_page)):
        return download(
            export.to_csv(result.rows, read.TRANSFER_COLUMNS), "text/csv; charset=utf-8", "transfers.csv"
        )

    @r.get("/transfers.json")
    def transfers_json(result=Depends(transfer_page)):
        return download(
            export.to_json(_project(result, read.TRANSFER_COLUMNS)), "application/json", "transfers.json"
        )

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
            raise HTTPException(404, f"No story {cluster_id}")
        return render(request, "story.html", nav="stories", data=data, report=compare_report(con, cluster_id))

    @r.get("/network", response_class=HTMLResponse)
    def graph(request: Request, con=Depends(get_db), g=Depends(network_graph)):
        kind = request.query_params.get("kind", "quotes")
        return render(
            request, "network.html", nav="network", graph=g, kind=kind if kind in network.KINDS else "quotes",
            kinds=network.KINDS, outlets=read.outlets(con),
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


EVENT_COLUMNS = (
    "id", "date", "outlet", "sources", "category", "mode", "trigger_text", "targets", "items", "status",
    "negated", "modality", "claimed_by_name", "location_text", "article_id",
)  # fmt: skip


def _flat_events(rows: list[dict]) -> list[dict]:
    """Event rows with participants and items joined into cells, as a spreadsheet wants them."""

    def names(ps):
        return "; ".join(p.get("actor_name") or p.get("text") or p.get("actor_id") or "" for p in ps)

    return [
        {
            **e,
            "date": e.get("date_value") or (e.get("published") or "")[:10],
            "sources": names(e["sources"]),
            "targets": names(e["targets"]),
            "items": "; ".join(" ".join(filter(None, (i.get("quantity"), i["name"]))) for i in e["items"]),
        }
        for e in rows
    ]


def _project(result: read.Page, columns: tuple[str, ...]) -> dict:
    data = result.to_dict()
    data["rows"] = [{c: r.get(c) for c in columns} for r in result.rows]
    return data
