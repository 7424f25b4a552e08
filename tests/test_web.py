"""The web app over a small hand-built ledger: pages, filters, paging, downloads, escaping, API."""

from __future__ import annotations

import csv
import io
import json
import sqlite3

import pytest

from newsledger.model import (
    Actor,
    Article,
    ArticleAnalysis,
    Cue,
    Event,
    Item,
    Mention,
    Participant,
    Role,
    Span,
    Statement,
)
from spans import at as sp

XSS_TITLE = '<script>alert("t")</script> Talks resume'
XSS_PAYLOAD = '"><img src=x onerror=alert(1)>'


KOVAC = Actor(
    id="person:anna-kovac",
    name="Anna Kovac",
    type="person",
    country="FRE",
    aliases=["Kovac", "Minister Kovac"],
    roles=[Role(title="Minister of Defence", country="FRE", start="2021-05-01")],
    known=True,
)
FRE = Actor(id="state:FRE", name="Freedonia", type="state", country="FRE", known=True)
RUR = Actor(id="state:RUR", name="Ruritania", type="state", country="RUR", known=True)
SYL = Actor(id="gov:SYL", name="Government of Sylvania", type="government", country="SYL", known=True)


def pledge_article() -> ArticleAnalysis:
    title = "Minister pledges missiles to Ruritania"
    text = (
        f"{title}\n\nThe Freedonian defence minister, Anna Kovac, said on Monday that Freedonia will send "
        '40 anti-tank missiles to Ruritania. "We stand with our friends," she told reporters.\n\n'
        "Officials in Sylvania claimed the shipment would only prolong the war."
    )
    art = Article.create(
        text,
        outlet="Harbor Daily",
        title=title,
        published="2024-03-04",
        title_span=Span.of(text, 0, len(title)),
    )
    return ArticleAnalysis(
        article=art,
        actors=[KOVAC, FRE, RUR, SYL],
        mentions=[
            Mention(span=sp(text, "Ruritania", 0), actor_id=RUR.id),
            Mention(span=sp(text, "Anna Kovac"), actor_id=KOVAC.id),
            Mention(span=sp(text, "Freedonia", 1), actor_id=FRE.id),
            Mention(span=sp(text, "Ruritania", 1), actor_id=RUR.id),
            Mention(span=sp(text, "she"), actor_id=KOVAC.id, kind="pronoun"),
            Mention(span=sp(text, "Sylvania"), actor_id=SYL.id, kind="metonym"),
        ],
        statements=[
            Statement(
                id="S1",
                source=sp(text, "The Freedonian defence minister, Anna Kovac"),
                cue=sp(text, "said"),
                content=[sp(text, "Freedonia will send 40 anti-tank missiles to Ruritania")],
                speaker=KOVAC.id,
                cue_lemma="say",
            ),
            Statement(
                id="S2",
                source=sp(text, "she"),
                cue=sp(text, "told"),
                content=[sp(text, "We stand with our friends")],
                kind="direct",
                speaker=KOVAC.id,
                cue_lemma="tell",
            ),
            Statement(
                id="S3",
                source=sp(text, "Officials in Sylvania"),
                cue=sp(text, "claimed"),
                content=[sp(text, "the shipment would only prolong the war")],
                speaker=SYL.id,
                cue_lemma="claim",
                cue_stance="distancing",
            ),
        ],
        events=[
            Event(
                id="E1",
                trigger=sp(text, "send"),
                category="AID",
                mode="military",
                sources=[Participant(actor_id=FRE.id, span=sp(text, "Freedonia", 1))],
                targets=[Participant(actor_id=RUR.id, span=sp(text, "Ruritania", 1))],
                items=[
                    Item(
                        span=sp(text, "40 anti-tank missiles"),
                        name="anti-tank missile",
                        category="anti-tank missiles",
                        quantity="40",
                        quantity_value=40,
                    )
                ],
                status="pledged",
                statement_id="S1",
                sentence=sp(
                    text,
                    "The Freedonian defence minister, Anna Kovac, said on Monday that Freedonia will send "
                    "40 anti-tank missiles to Ruritania.",
                ),
            )
        ],
        cues=[
            Cue(
                id="C1",
                span=sp(text, "claimed"),
                category="distancing-verb",
                term="claimed",
                alternative="said",
            )
        ],
    )


def xss_article() -> ArticleAnalysis:
    text = f"{XSS_TITLE}\n\nA spokesman said {XSS_PAYLOAD} talks would resume. Ruritania rejected the offer."
    art = Article.create(
        text,
        outlet="Evening Courier",
        title=XSS_TITLE,
        published="2024-03-05",
        url="javascript:alert(2)",
        title_span=Span.of(text, 0, len(XSS_TITLE)),
    )
    return ArticleAnalysis(
        article=art,
        actors=[RUR],
        mentions=[Mention(span=sp(text, "Ruritania"), actor_id=RUR.id)],
        statements=[
            Statement(
                id="S1",
                source=sp(text, "A spokesman"),
                cue=sp(text, "said"),
                content=[sp(text, f"{XSS_PAYLOAD} talks would resume")],
                cue_lemma="say",
            )
        ],
        events=[
            Event(
                id="E1",
                trigger=sp(text, "rejected"),
                category="REJECT",
                sources=[Participant(actor_id=RUR.id, span=sp(text, "Ruritania"))],
            )
        ],
    )


def reply_article() -> ArticleAnalysis:
    text = "Sylvania answers\n\nRuritania will not need the missiles, Sylvanian officials said on Tuesday."
    art = Article.create(text, outlet="Harbor Daily", title="Sylvania answers", published="2024-03-06")
    return ArticleAnalysis(
        article=art,
        actors=[RUR, SYL],
        mentions=[
            Mention(span=sp(text, "Ruritania"), actor_id=RUR.id),
            Mention(span=sp(text, "Sylvanian officials"), actor_id=SYL.id, kind="group"),
        ],
        statements=[
            Statement(
                id="S1",
                source=sp(text, "Sylvanian officials"),
                cue=sp(text, "said"),
                content=[sp(text, "Ruritania will not need the missiles")],
                speaker=SYL.id,
                cue_lemma="say",
            )
        ],
    )


ANALYSES = (pledge_article, xss_article, reply_article)


@pytest.fixture(scope="module")
def ledger_path(tmp_path_factory):
    from newsledger.store import Ledger

    path = tmp_path_factory.mktemp("web") / "ledger.db"
    with Ledger(path) as ledger:
        for make in ANALYSES:
            analysis = make()
            assert analysis.check_offsets() == []
            ledger.write(analysis)
    # Stories are computed by the comparison step; a fixture writes one cluster row directly.
    ids = [make().article.id for make in ANALYSES]
    con = sqlite3.connect(path)
    with con:
        con.execute(
            "INSERT INTO clusters(id, kind, label, first_date, last_date) VALUES ('story-1', 'story', "
            "'Missiles for Ruritania', '2024-03-04', '2024-03-06')"
        )
        con.executemany(
            "INSERT INTO cluster_members(cluster_id, article_id, similarity) VALUES ('story-1', ?, 0.5)",
            [(ids[0],), (ids[2],), (ids[1],)],
        )
    con.close()
    return path


@pytest.fixture(scope="module")
def client(ledger_path):
    from fastapi.testclient import TestClient

    from newsledger.web.app import create_app

    return TestClient(create_app(ledger_path))


PLEDGE_ID = pledge_article().article.id
XSS_ID = xss_article().article.id


@pytest.mark.parametrize(
    "url",
    [
        "/",
        "/articles",
        f"/articles/{PLEDGE_ID}",
        f"/articles/{XSS_ID}",
        "/statements",
        "/statements?q=missiles",
        "/actors",
        "/actors/person:anna-kovac",
        "/actors/gov:SYL",
        "/events",
        "/transfers",
        "/stories",
        "/stories/story-1",
        "/network",
        "/network?kind=about",
        "/network?kind=acts",
        "/api",
    ],
)
def test_every_page_renders_with_csp(client, url):
    r = client.get(url)
    assert r.status_code == 200, r.text[:300]
    assert r.headers["content-type"].startswith("text/html")
    csp = r.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp
    assert "<script>" not in r.text.replace('<script src="/static/app.js" defer></script>', "")


def test_unknown_items_are_404(client):
    assert client.get("/articles/nope").status_code == 404
    assert client.get("/actors/person:nobody").status_code == 404
    assert client.get("/stories/nope").status_code == 404
    assert client.get("/api/articles/nope").status_code == 404


def test_static_assets_are_vendored(client):
    for asset in ("/static/style.css", "/static/app.js", "/static/favicon.svg"):
        assert client.get(asset).status_code == 200
    page = client.get(f"/articles/{PLEDGE_ID}").text
    assert "http://" not in page.replace("http://www.w3.org", "") and "https://" not in page


def test_article_text_and_title_are_escaped(client):
    page = client.get(f"/articles/{XSS_ID}").text
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(&#34;t&#34;)&lt;/script&gt; Talks resume" in page
    assert "<img" not in page
    assert "&#34;&gt;&lt;img src=x onerror=alert(1)&gt;" in page
    assert "javascript:" not in page  # a stored javascript: URL is not turned into a link
    for url in ("/", "/articles", "/statements?q=resume", "/stories/story-1", "/actors/state:RUR"):
        body = client.get(url).text
        assert "<script>alert" not in body and "<img" not in body, url


def test_article_highlights_every_layer_at_its_offsets(client):
    page = client.get(f"/articles/{PLEDGE_ID}").text
    assert '<input type="checkbox" class="layer-toggle" id="layer-statements" checked>' in page
    for layer in ("actors", "events", "cues"):
        assert f'id="layer-{layer}" checked' in page
    # The cue "said" is one piece, covered by statement S1's cue only.
    assert 'class="hl l-stmt-cue" data-items="s-S1"' in page
    # "claimed" is both S3's cue and the framing cue C1: one piece, two layers.
    assert 'class="hl l-cue l-stmt-cue" data-items="c-C1 s-S3"' in page
    # "Freedonia" inside S1's content is a mention and E1's source: nested spans are split, not lost.
    assert (
        'class="hl l-actor l-event-source l-stmt-content" data-items="s-S1 m-3 e-E1" data-start="105" '
        'data-end="114" title="Statement (indirect, neutral): Anna Kovac' in page
    )
    assert ">40 anti-tank missiles</span>" in page


def test_article_focus_marks_the_statement(client):
    page = client.get(f"/articles/{PLEDGE_ID}?focus=s-S3").text
    assert '<span id="focus" class="hl l-stmt-source focus"' in page
    assert 'class="card card-statement focus" id="card-s-S3"' in page


def test_statement_search_filters_and_sorts(client):
    data = client.get("/api/statements?q=missiles").json()
    assert {r["content"] for r in data["rows"]} == {
        "Freedonia will send 40 anti-tank missiles to Ruritania",
        "Ruritania will not need the missiles",
    }
    assert client.get("/api/statements?stance=distancing").json()["rows"][0]["cue_text"] == "claimed"
    by_speaker = client.get("/api/statements?speaker=person:anna-kovac&sort=date&order=asc").json()
    assert [r["cue_text"] for r in by_speaker["rows"]] == ["said", "told"]
    assert client.get("/api/statements?outlet=Evening+Courier").json()["total"] == 1
    assert client.get("/api/statements?kind=direct").json()["total"] == 1
    assert client.get("/api/statements?date_from=2024-03-05&date_to=2024-03-05").json()["total"] == 1
    asc = client.get("/api/statements?sort=date&order=asc").json()["rows"]
    assert [r["published"] for r in asc] == sorted(r["published"] for r in asc)
    # Sorting on a column that is not whitelisted falls back to the default instead of reaching SQL.
    assert client.get("/api/statements?sort=content;DROP TABLE statements").json()["sort"] == "date"
    # FTS syntax in user input is quoted, not an error.
    assert client.get('/api/statements?q="unbalanced AND (').status_code == 200
    page = client.get("/statements?q=missiles").text
    assert "<mark>missiles</mark>" in page


def test_statements_paginate(client):
    first = client.get("/api/statements?per_page=2&sort=date&order=asc").json()
    second = client.get("/api/statements?per_page=2&page=2&sort=date&order=asc").json()
    assert first["total"] == 5 and first["pages"] == 3
    assert len(first["rows"]) == 2 and len(second["rows"]) == 2
    assert not {r["id"] for r in first["rows"]} & {r["id"] for r in second["rows"]}
    html = client.get("/statements?per_page=2&sort=date&order=asc").text
    assert "1–2 of 5" in html and 'rel="next"' in html


def test_statement_downloads_hold_every_matching_row_in_page_order(client):
    query = "per_page=2&page=2&sort=date&order=asc"
    every = client.get("/api/statements?per_page=500&sort=date&order=asc").json()["rows"]
    assert len(every) > 2  # so a page of 2 is not the whole result
    html = client.get(f"/statements?{query}").text
    assert 'href="/statements.csv?sort=date&amp;order=asc"' in html  # page and page size left out
    r = client.get(f"/statements.csv?{query}")
    assert r.headers["content-disposition"] == 'attachment; filename="statements.csv"'
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert [row["id"] for row in rows] == [s["id"] for s in every]
    assert [row["content"] for row in rows] == [s["content"] for s in every]
    assert {row["article_title"] for row in rows} <= {s["article_title"] for s in every}
    data = json.loads(client.get(f"/statements.json?{query}").text)
    assert data["total"] == len(every)
    assert [row["id"] for row in data["rows"]] == [s["id"] for s in every]


def test_a_large_per_page_does_not_stop_a_download(client):
    r = client.get("/statements.csv?per_page=1000")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")


def test_actor_page_shows_said_about_and_events(client):
    data = client.get("/api/actors/state:RUR").json()
    assert [e["category"] for e in data["events_as_target"]] == ["AID"]
    assert [e["category"] for e in data["events_as_source"]] == ["REJECT"]
    assert {s["speaker_id"] for s in data["about"]} == {"person:anna-kovac", "gov:SYL"}
    kovac = client.get("/api/actors/person:anna-kovac").json()
    assert kovac["aliases"] == ["Kovac", "Minister Kovac"]
    assert kovac["roles"][0]["title"] == "Minister of Defence"
    assert list(kovac["said_by_outlet"]) == ["Harbor Daily"]
    page = client.get("/actors/person:anna-kovac").text
    assert "Minister of Defence" in page and "We stand with our friends" in page


def test_events_and_transfers(client):
    events = client.get("/api/events?category=AID").json()["rows"]
    assert [(e["sources"][0]["actor_id"], e["targets"][0]["actor_id"]) for e in events] == [
        ("state:FRE", "state:RUR")
    ]
    assert events[0]["claimed_by"] == "person:anna-kovac"
    assert client.get("/api/events?claimed=no").json()["total"] == 1
    assert client.get("/api/events?actor=state:RUR").json()["total"] == 2
    transfers = client.get("/api/transfers").json()["rows"]
    assert [
        (t["supplier"], t["recipient"], t["item"], t["quantity_value"], t["status"], t["claimed_by"])
        for t in transfers
    ] == [("Freedonia", "Ruritania", "anti-tank missile", 40, "pledged", "Anna Kovac")]
    rows = list(csv.DictReader(io.StringIO(client.get("/transfers.csv").text)))
    assert rows[0]["item_category"] == "anti-tank missiles" and rows[0]["date"] == "2024-03-04"
    events_csv = list(csv.DictReader(io.StringIO(client.get("/events.csv?category=AID").text)))
    assert events_csv[0]["items"] == "40 anti-tank missile"


def test_story_compares_outlets(client):
    data = client.get("/api/stories/story-1").json()
    cols = {c["outlet"]: c for c in data["columns"]}
    assert set(cols) == {"Harbor Daily", "Evening Courier"}
    assert [(s["name"], s["n"]) for s in cols["Harbor Daily"]["speakers"]] == [
        ("Anna Kovac", 2),
        ("Government of Sylvania", 2),
    ]
    assert [c["term"] for c in cols["Harbor Daily"]["cues"]] == ["claimed"]
    assert client.get("/api/stories").json()["stories"][0]["articles"] == 3


def test_network_graphs_and_downloads(client):
    quotes = client.get("/api/network?kind=quotes").json()
    assert {(e["source"], e["target"], e["weight"]) for e in quotes["edges"]} == {
        ("outlet:Harbor Daily", "person:anna-kovac", 2),
        ("outlet:Harbor Daily", "gov:SYL", 2),
    }
    about = client.get("/api/network?kind=about").json()
    assert {(e["source"], e["target"]) for e in about["edges"]} == {
        ("person:anna-kovac", "state:FRE"),
        ("person:anna-kovac", "state:RUR"),
        ("gov:SYL", "state:RUR"),
    }
    acts = client.get("/api/network?kind=acts").json()
    assert [(e["source"], e["target"], e["label"]) for e in acts["edges"]] == [
        ("state:FRE", "state:RUR", "AID")
    ]
    for n in quotes["nodes"]:
        assert 0 <= n["x"] <= 900 and 0 <= n["y"] <= 620
    gexf = client.get("/network.gexf?kind=acts").text
    assert '<edge id="0" source="state:FRE" target="state:RUR" weight="1" label="AID"' in gexf
    edges = list(csv.DictReader(io.StringIO(client.get("/network.csv?kind=about").text)))
    assert {r["target_name"] for r in edges} == {"Freedonia", "Ruritania"}
    assert client.get("/network?kind=bogus").status_code == 400


def test_overview_counts_and_timeline(client):
    data = client.get("/api/overview").json()
    assert data["counts"]["articles"] == 3 and data["counts"]["statements"] == 5
    assert data["counts"]["transfers"] == 1 and data["counts"]["stories"] == 1
    assert [(d["day"], d["outlet"], d["n"]) for d in data["by_day"]] == [
        ("2024-03-04", "Harbor Daily", 1),
        ("2024-03-05", "Evening Courier", 1),
        ("2024-03-06", "Harbor Daily", 1),
    ]
    assert data["top_speakers"][0]["id"] in {"person:anna-kovac", "gov:SYL"}
    page = client.get("/").text
    assert page.count('<a href="/articles?date_from=') == 3  # one bar per outlet and day


def test_api_page_lists_endpoints(client):
    from newsledger.web.api import ENDPOINTS

    page = client.get("/api").text
    for path, _, _ in ENDPOINTS:
        assert path in page
    assert client.get("/api/openapi.json").status_code == 200
    assert client.get("/docs").status_code == 404  # Swagger UI would load from a CDN


def test_connection_is_read_only(ledger_path):
    from newsledger.store import read as queries

    con = queries.connect(ledger_path)
    with pytest.raises(sqlite3.OperationalError):
        con.execute("DELETE FROM articles")
    con.close()
    with pytest.raises(FileNotFoundError):
        queries.connect(ledger_path.parent / "missing.db")


def test_new_articles_show_without_restart(tmp_path):
    """`analyze` may write while `serve` reads: each request sees the latest committed rows."""
    from fastapi.testclient import TestClient

    from newsledger.store import Ledger
    from newsledger.web.app import create_app

    path = tmp_path / "live.db"
    with Ledger(path) as ledger:
        ledger.write(reply_article())
    client = TestClient(create_app(path))
    assert client.get("/api/overview").json()["counts"]["articles"] == 1
    text = "Late news\n\nFreedonia said the talks had ended."
    late = ArticleAnalysis(
        article=Article.create(text, outlet="Wire", title="Late news", published="2024-03-07")
    )
    with Ledger(path) as ledger:
        ledger.write(late)
    assert client.get("/api/overview").json()["counts"]["articles"] == 2
    assert client.get(f"/articles/{late.article.id}").status_code == 200


def test_missing_pages_are_html_and_api_errors_json(client):
    r = client.get("/articles/<b>nope")
    assert r.status_code == 404 and r.headers["content-type"].startswith("text/html")
    assert "No article &lt;b&gt;nope" in r.text and "<b>nope" not in r.text
    assert client.get("/no-such-page").status_code == 404
    api = client.get("/api/actors/person:nobody")
    assert api.status_code == 404 and api.json() == {"detail": "No actor person:nobody"}


def test_story_page_uses_the_comparison_report(client):
    report = client.get("/api/stories/story-1").json()["report"]
    assert report is not None, "newsledger.compare.report.story_report should build a report"
    assert {o["outlet"] for o in report["outlets"]} == {"Harbor Daily", "Evening Courier"}
    page = client.get("/stories/story-1").text
    assert "Events only as a speaker's claim" in page


def test_host_check_blocks_dns_rebinding(ledger_path):
    from fastapi.testclient import TestClient

    from newsledger.web.app import create_app, local_hosts

    assert local_hosts("127.0.0.1") == ["127.0.0.1", "[::1]", "localhost"]
    assert local_hosts("0.0.0.0") is None
    client = TestClient(create_app(ledger_path, allowed_hosts=local_hosts("127.0.0.1")))
    assert client.get("/", headers={"host": "127.0.0.1:8000"}).status_code == 200
    assert client.get("/", headers={"host": "localhost:8000"}).status_code == 200
    assert client.get("/api/overview", headers={"host": "attacker.example"}).status_code == 400


def test_a_file_that_is_not_a_ledger_gets_a_clear_error(tmp_path):
    from fastapi.testclient import TestClient

    from newsledger.store import Ledger, LedgerError
    from newsledger.web.app import create_app

    path = tmp_path / "other.db"
    sqlite3.connect(path).execute("CREATE TABLE t (x)").connection.close()
    with pytest.raises(LedgerError, match="is not a newsledger ledger"):
        create_app(path)  # refused at start-up, with the reason, not on the first request
    # A ledger whose tables were damaged after start-up still answers with a message, not a traceback.
    good = tmp_path / "good.db"
    Ledger(good).close()
    app = create_app(good)
    con = sqlite3.connect(good)
    con.execute("DROP VIEW statements_view")
    con.execute("DROP VIEW statements_c")
    con.commit()
    con.close()
    r = TestClient(app).get("/statements")
    assert r.status_code == 503 and "is it a newsledger database?" in r.text


def test_actor_lists_are_cut_with_totals(ledger_path):
    from newsledger.store import read as queries

    con = queries.connect(ledger_path)
    data = queries.actor(con, "person:anna-kovac", per_outlet=1, limit=1)
    assert [s["cue_text"] for s in data["said_by_outlet"]["Harbor Daily"]] == ["said"]
    assert data["said_totals"] == {"Harbor Daily": 2} and data["said_count"] == 2
    rur = queries.actor(con, "state:RUR", limit=1)
    assert len(rur["about"]) == 1 and rur["about_more"] is True
    assert rur["events_as_source_total"] == 1 and rur["events_as_target_total"] == 1
    con.close()


def test_overview_cache_follows_writes(tmp_path):
    from fastapi.testclient import TestClient

    from newsledger.store import Ledger
    from newsledger.web.app import create_app

    path = tmp_path / "cache.db"
    with Ledger(path) as ledger:
        ledger.write(reply_article())
    client = TestClient(create_app(path))
    assert "<b>1</b> articles" in client.get("/").text
    with Ledger(path) as ledger:
        ledger.write(pledge_article())
    assert "<b>2</b> articles" in client.get("/").text
    assert client.get("/api/network?kind=quotes").json()["edges"][0]["weight"] == 2


@pytest.mark.slow
def test_serve_command_binds_loopback_and_checks_the_host(ledger_path):
    """The real CLI in a subprocess: it answers on 127.0.0.1 and refuses a foreign Host header."""
    import socket
    import subprocess
    import sys
    import time
    import urllib.error
    import urllib.request

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    cmd = [sys.executable, "-c", "from newsledger.cli import main; main()", "serve", "--db", str(ledger_path)]
    proc = subprocess.Popen([*cmd, "--port", str(port)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        url = f"http://127.0.0.1:{port}/api/overview"
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(url, timeout=2) as r:
                    assert json.loads(r.read())["counts"]["articles"] == 3
                    break
            except (urllib.error.URLError, ConnectionError):
                assert proc.poll() is None and time.monotonic() < deadline, "serve did not start"
                time.sleep(0.2)
        foreign = urllib.request.Request(url, headers={"Host": "attacker.example"})
        with pytest.raises(urllib.error.HTTPError) as err:
            urllib.request.urlopen(foreign, timeout=5)
        assert err.value.code == 400
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_events_page_filters_claims(client):
    page = client.get("/events?claimed=yes").text
    assert '<option value="yes" selected>a speaker&#39;s claim (1)</option>' in page  # with its facet count
    assert page.count("in text →") == 1
