"""The JSON API: the same queries as the pages, as plain JSON (documented at /api from `ENDPOINTS`)."""

from __future__ import annotations

from fastapi import APIRouter, Depends, HTTPException, Query, Request

from ..model import STATEMENT_CLASSES
from ..store import read
from ..store.corrections import list_corrections
from .deps import (
    Order,
    Page_,
    cached,
    compare_report,
    cue_page,
    event_page,
    get_db,
    network_graph,
    statement_page,
    transfer_page,
)
from .highlight import statement_item

router = APIRouter(prefix="/api")

#: (path, parameters, what it returns) for the /api page; kept next to the routes so they stay in step.
ENDPOINTS: tuple[tuple[str, str, str], ...] = (
    ("/api/overview", "", "Counts, articles by outlet and by day, top speakers and top actors."),
    ("/api/articles", "q, outlet, date_from, date_to, sort (date|outlet|title), order, page, per_page",
     "Articles (full-text search over title and text)."),
    ("/api/articles/{id}", "", "One article: text, statements with content spans, mentions, events, cues."),
    ("/api/statements", "q, speaker (name, alias or id), outlet, stance, kind, class (speech,writing by "
     "default; all), date_from, date_to, article (id or prefix), "
     "sort (date|outlet|speaker|kind|class|stance|cue|relevance), order, page, per_page",
     "Statements with facet counts; q is FTS5 full-text search over content and source."),
    ("/api/actors", "q, type, sort (name|type|mentions|statements), order, page, per_page", "Actors."),
    ("/api/actors/{id}", "", "One actor: aliases, roles, what it said by outlet, what others said about it, "
     "events as source and target."),
    ("/api/suggest", "q, limit", "Actors whose name, alias or id contains q, with their counts."),
    ("/api/events", "category, outlet, actor (name, alias or id), status, claimed (yes|no), date_from, "
     "date_to, sort (date|outlet|category|status), order, page, per_page",
     "PLOVER-coded events with participants and items."),
    ("/api/transfers", "supplier, recipient, item_category, status, outlet, date_from, date_to, "
     "sort (date|supplier|recipient|item|category|quantity|status|outlet), order, page, per_page",
     "Arms transfers, one row per item."),
    ("/api/cues", "category, term, outlet, speaker, in_quote (yes|no), date_from, date_to, article, "
     "sort (date|outlet|category|term|speaker), order, page, per_page", "Framing cues with their context."),
    ("/api/voices", "unit (month|year|day), by (actor|country|type), top, class",
     "Who is quoted over time, and each outlet's share of voices."),
    ("/api/corrections", "", "Corrections people made (merges, renames, flags), newest first."),
    ("/api/stories", "", "Story clusters and near-duplicate clusters."),
    ("/api/stories/{id}", "", "One story side by side per outlet: articles, speakers, framing cues, events."),
    ("/api/network", "kind (quotes|about|acts), outlet, max_nodes",
     "Graph nodes (with layout) and weighted edges."),
)  # fmt: skip


@router.get("/overview")
def overview(request: Request, con=Depends(get_db)) -> dict:
    return cached(
        request,
        ("api-overview",),
        lambda: {
            "counts": read.counts(con),
            "by_outlet": read.by_outlet(con),
            "by_day": read.by_day(con),
            "top_speakers": read.top_speakers(con),
            "top_actors": read.top_actors(con),
        },
    )


@router.get("/articles")
def articles(
    q: str = "", outlet: str = "", date_from: str = "", date_to: str = "", sort: str = "date",
    order: str = Order, page: int = Page_, per_page: int = Query(50, ge=1, le=500), con=Depends(get_db),
) -> dict:  # fmt: skip
    return read.list_articles(
        con, q=q, outlet=outlet, date_from=date_from, date_to=date_to, sort=sort, order=order, page=page,
        per_page=per_page,
    ).to_dict()  # fmt: skip


@router.get("/articles/{article_id}")
def article(article_id: str, con=Depends(get_db)) -> dict:
    data = read.article(con, article_id)
    if data is None:
        raise HTTPException(404, f"No article {article_id}")
    for s in data["statements"]:
        s["url"] = f"/articles/{article_id}?focus={statement_item(s)}#focus"
    return data


@router.get("/statements")
def statements(result=Depends(statement_page)) -> dict:
    data = result.to_dict()
    for r in data["rows"]:
        r.pop("content_marked", None)
    return data


@router.get("/actors")
def actors(
    q: str = "", type: str = "", sort: str = "mentions", order: str = Order, page: int = Page_,
    per_page: int = Query(100, ge=1, le=1000), con=Depends(get_db),
) -> dict:  # fmt: skip
    return read.list_actors(
        con, q=q, type=type, sort=sort, order=order, page=page, per_page=per_page
    ).to_dict()


@router.get("/actors/{actor_id:path}")
def actor(actor_id: str, con=Depends(get_db)) -> dict:
    data = read.actor(con, actor_id)
    if data is None:
        raise HTTPException(404, f"No actor {actor_id}")
    return data


@router.get("/suggest")
def suggest(q: str = "", limit: int = Query(12, ge=1, le=50), con=Depends(get_db)) -> list[dict]:
    return read.suggest(con, q, limit=limit)


@router.get("/cues")
def cues(result=Depends(cue_page)) -> dict:
    return result.to_dict()


@router.get("/voices")
def voices(
    unit: str = "month", by: str = "actor", top: int = Query(8, ge=1, le=30),
    statement_class: str = Query(read.DEFAULT_CLASSES, alias="class"), con=Depends(get_db),
) -> dict:  # fmt: skip
    if statement_class != read.ALL:
        read.check_choice("class", statement_class, STATEMENT_CLASSES)
    return {
        "over_time": read.quoted_over_time(con, unit=unit, top=top, statement_class=statement_class),
        "by_outlet": read.voices_by_outlet(con, by=by, top=top, statement_class=statement_class),
    }


@router.get("/corrections")
def corrections(con=Depends(get_db)) -> list[dict]:
    return list_corrections(con)


@router.get("/events")
def events(result=Depends(event_page)) -> dict:
    return result.to_dict()


@router.get("/transfers")
def transfers(result=Depends(transfer_page)) -> dict:
    return result.to_dict()


@router.get("/stories")
def stories(con=Depends(get_db)) -> dict:
    return {
        "stories": read.list_clusters(con, "story"),
        "duplicates": read.list_clusters(con, "duplicate"),
    }


@router.get("/stories/{cluster_id}")
def story(cluster_id: str, con=Depends(get_db)) -> dict:
    data = read.story(con, cluster_id)
    if data is None:
        raise HTTPException(404, f"No story {cluster_id}")
    data["report"] = compare_report(con, cluster_id)
    return data


@router.get("/network")
def network(g=Depends(network_graph)) -> dict:
    return g.to_dict()
