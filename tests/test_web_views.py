"""Issue 14's web points: names not ids, suggestions, facets, legends, messages for invalid input, the cues
and voices pages, full downloads, CLI id prefixes, statement classes, and corrections in write mode only."""

from __future__ import annotations

import csv
import html
import io
import re

import pytest
from fastapi.testclient import TestClient

from newsledger.model import Article, ArticleAnalysis, Statement
from newsledger.store import Ledger
from newsledger.web.app import create_app
from spans import at as sp
from test_web import ANALYSES, KOVAC, RUR, SYL, pledge_article

PLEDGE_ID = pledge_article().article.id


def belief_article() -> ArticleAnalysis:
    text = "Kovac doubts\n\nAnna Kovac believes the shipment will arrive. She wrote that it would."
    art = Article.create(text, outlet="Evening Courier", title="Kovac doubts", published="2024-04-02")
    return ArticleAnalysis(
        article=art,
        actors=[KOVAC],
        statements=[
            Statement(
                id="S1", source=sp(text, "Anna Kovac"), cue=sp(text, "believes"),
                content=[sp(text, "the shipment will arrive")], speaker=KOVAC.id, cue_lemma="believe",
                cue_stance="belief", statement_class="belief",
            ),
            Statement(
                id="S2", source=sp(text, "She"), cue=sp(text, "wrote"), content=[sp(text, "it would")],
                speaker=KOVAC.id, cue_lemma="write", statement_class="writing",
            ),
        ],
    )  # fmt: skip


def build(path):
    with Ledger(path) as ledger:
        for make in (*ANALYSES, belief_article):
            ledger.write(make())
    return path


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    return TestClient(create_app(build(tmp_path_factory.mktemp("views") / "ledger.db")))


def visible(page: str) -> str:
    """The text a reader sees: no tags, attributes, scripts or URLs."""
    return html.unescape(re.sub(r"<[^>]+>", " ", page))


@pytest.mark.parametrize(
    "url", ["/", "/statements", "/events", "/actors", f"/articles/{PLEDGE_ID}", "/actors/gov:SYL", "/cues",
            "/voices", "/transfers", "/network?kind=acts", "/corrections"],
)  # fmt: skip
def test_internal_actor_ids_never_show(client, url):
    page = client.get(url)
    assert page.status_code == 200
    text = visible(page.text)
    for actor_id in (KOVAC.id, RUR.id, SYL.id, "state:FRE"):
        assert actor_id not in text, (url, actor_id)


def test_speaker_filter_takes_names_aliases_and_ids(client):
    by_alias = client.get("/api/statements?speaker=Minister Kovac&class=all").json()
    assert by_alias["total"] == 4 and by_alias["notices"] == []
    assert client.get("/api/statements?speaker=person:anna-kovac&class=all").json()["total"] == 4
    none = client.get("/api/statements?speaker=Atlantis").json()
    assert none["total"] == 0 and none["notices"] == ["No speaker matches “Atlantis”."]
    several = client.get("/api/statements?speaker=ania").json()  # Ruritania, Government of Sylvania
    assert "matches 2 actors" in several["notices"][0]
    page = client.get("/statements?speaker=Atlantis").text
    assert "No speaker matches “Atlantis”." in html.unescape(page)


def test_suggestions_find_actors_by_part_of_a_name(client):
    found = client.get("/api/suggest?q=sylvan").json()
    assert [(r["id"], r["name"], r["statements"]) for r in found] == [(SYL.id, SYL.name, 2)]
    assert client.get("/api/suggest?q=").json() == []
    page = client.get("/statements").text
    assert 'list="list-speaker"' in page and f'<option value="{KOVAC.name}">' in page


def test_facet_counts_stand_beside_the_filters(client):
    page = client.get("/statements?outlet=Harbor+Daily").text
    assert ">neutral (3)</option>" in page  # the stance counts within Harbor Daily
    assert ">Evening Courier (2)</option>" in page  # the outlet counts ignore the outlet filter itself
    events = client.get("/events").text
    assert re.search(r'value="AID"[^>]*>AID \(1\)</option>', events)


def test_legends_and_tooltips_explain_the_labels(client):
    page = client.get("/statements").text
    assert 'id="legend"' in page and "casts doubt" not in page
    assert 'title="Stance of the reporting verb: The verb puts doubt on the claim' in page
    events = client.get("/events").text
    assert 'title="Giving material help: weapons, money, humanitarian or military aid."' in events
    assert 'class="badge known" title="Known: the actor is in newsledger' in client.get("/actors").text


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("/statements?page=1e20", "page: input should be a valid integer"),
        ("/statements?page=100000000000000000000", "page: input should be less than or equal to 1000000"),
        ("/statements?page=abc", "page: input should be a valid integer"),
        ("/statements?date_from=yesterday", "date_from must be a date like 2024-03-01"),
        ("/statements?stance=angry", "stance 'angry' is not one of"),
        ("/events?status=maybe", "status 'maybe' is not one of"),
        ("/statements?class=dream", "class 'dream' is not one of"),
        ("/voices?unit=week", "unit must be one of month, year, day"),
    ],
)
def test_invalid_input_is_answered_with_a_message(client, url, message):
    page = client.get(url)
    assert page.status_code == 400
    assert message in html.unescape(page.text)
    api = client.get("/api" + url)
    assert api.status_code in (400, 422) and message in str(api.json())


@pytest.mark.parametrize(
    "status", ["occurred", "ongoing", "proposed", "hypothetical", "threatened", "negated"]
)
def test_the_extended_event_statuses_are_accepted_and_explained(client, status):
    assert client.get(f"/api/events?status={status}").json()["total"] == 0
    assert client.get(f"/api/transfers?status={status}").status_code == 200
    page = client.get("/events").text
    assert f'<option value="{status}" title="' in page and f"<dt>{status}</dt>" in page


def test_a_page_past_the_last_says_so(client):
    page = client.get("/statements?page=40").text
    assert "There is only 1 page; showing page 1." in page and "in text →" in page


def test_statements_show_article_title_and_date_events_the_sentence(client):
    page = client.get("/statements?outlet=Harbor+Daily").text
    assert ">Minister pledges missiles to Ruritania</a>" in page and "2024-03-04" in page
    events = client.get("/events?category=AID").text
    assert "said on Monday that Freedonia will send 40 anti-tank missiles to Ruritania." in events


def test_cues_page_and_the_overview_link(client):
    assert 'href="/cues"><b>1</b> framing cues' in client.get("/").text
    page = client.get("/cues").text
    assert "Officials in Sylvania <mark>claimed</mark> the shipment" in page
    rows = list(csv.DictReader(io.StringIO(client.get("/cues.csv").text)))
    assert [(r["term"], r["alternative"]) for r in rows] == [("claimed", "said")]


def test_downloads_stream_every_matching_row(client):
    total = client.get("/api/statements?class=all").json()["total"]
    r = client.get("/statements.csv?class=all&per_page=1&page=3")
    assert r.headers["content-type"].startswith("text/csv")
    assert len(list(csv.DictReader(io.StringIO(r.text)))) == total == 7
    events = list(csv.DictReader(io.StringIO(client.get("/events.csv?per_page=1000").text)))
    assert len(events) == 2 and {e["sources"] for e in events} == {"Freedonia", "Ruritania"}
    assert client.get("/events.json?per_page=1000").json()["total"] == 2


def test_statement_classes_speech_and_writing_by_default(client):
    default = client.get("/api/statements?speaker=Kovac").json()
    assert {r["statement_class"] for r in default["rows"]} == {"speech", "writing"} and default["total"] == 3
    every = client.get("/api/statements?speaker=Kovac&class=all").json()
    assert every["total"] == 4
    beliefs = client.get("/api/statements?class=belief").json()
    assert [r["content"] for r in beliefs["rows"]] == ["the shipment will arrive"]
    actor = client.get(f"/api/actors/{KOVAC.id}").json()
    assert actor["said_count"] == 3
    assert "the shipment will arrive" in client.get(f"/actors/{KOVAC.id}?class=all").text
    assert "the shipment will arrive" not in client.get(f"/actors/{KOVAC.id}").text


def test_the_web_app_takes_the_id_prefixes_the_cli_prints(client):
    r = client.get(f"/articles/{PLEDGE_ID[:10]}", follow_redirects=False)
    assert r.status_code == 307 and r.headers["location"] == f"/articles/{PLEDGE_ID}"
    assert client.get(f"/api/statements?article={PLEDGE_ID[:8]}").json()["total"] == 3
    assert client.get("/actors/Kovac", follow_redirects=False).headers["location"] == f"/actors/{KOVAC.id}"


def test_story_ids_take_a_prefix_too(tmp_path):
    import sqlite3

    path = build(tmp_path / "ledger.db")
    con = sqlite3.connect(path)
    with con:
        con.execute("INSERT INTO clusters(id, kind, label) VALUES ('story-3f2a9c', 'story', 'Missiles')")
    con.close()
    c = TestClient(create_app(path))
    assert c.get("/stories/3f2a", follow_redirects=False).headers["location"] == "/stories/story-3f2a9c"
    assert c.get("/stories/zzz").status_code == 404


def test_voices_charts_and_their_data(client):
    page = client.get("/voices").text
    assert page.count("<svg") >= 2 and f"2024-03 {KOVAC.name}: 2 statement(s)" in page
    rows = list(csv.DictReader(io.StringIO(client.get("/voices.csv?view=outlet&by=type").text)))
    harbor = {r["group"]: float(r["share"]) for r in rows if r["outlet"] == "Harbor Daily"}
    assert harbor == {"person": 0.5, "government": 0.5}
    over_time = client.get("/api/voices?class=all").json()["over_time"]
    assert {"period": "2024-04", "speaker_id": KOVAC.id, "speaker": KOVAC.name, "statements": 2} in over_time


def test_corrections_are_off_unless_allowed(client):
    page = client.get(f"/articles/{PLEDGE_ID}").text
    assert "flag as wrong" not in page and "read-only view" in page
    r = client.post("/corrections/flag", data={"target_type": "statement", "ref": f"{PLEDGE_ID}:S1"})
    assert r.status_code == 403 and "--allow-corrections" in r.text
    assert "--allow-corrections" in client.get("/corrections").text


def test_corrections_in_write_mode_need_the_page_token(tmp_path):
    app = create_app(build(tmp_path / "ledger.db"), allow_corrections=True)
    c = TestClient(app)
    page = c.get(f"/articles/{PLEDGE_ID}").text
    token = re.search(r'name="token" value="([^"]+)"', page).group(1)
    assert page.count("flag as wrong") >= 3
    forged = c.post(
        "/corrections/flag", data={"target_type": "statement", "ref": f"{PLEDGE_ID}:S2", "token": "x"}
    )
    assert forged.status_code == 403
    r = c.post(
        "/corrections/flag",
        data={"target_type": "statement", "ref": f"{PLEDGE_ID}:S2", "token": token, "note": "aside"},
        headers={"referer": f"http://testserver/articles/{PLEDGE_ID}"},
        follow_redirects=False,
    )
    assert r.status_code == 303 and r.headers["location"] == f"/articles/{PLEDGE_ID}?corrected=1"
    assert 'id="card-s-S2"' not in c.get(f"/articles/{PLEDGE_ID}").text  # the text stays; the statement goes
    merged = c.post(
        "/corrections/merge", data={"source": "Government of Sylvania", "into": "Ruritania", "token": token}
    )
    assert merged.status_code == 200  # followed back to /corrections
    assert c.get("/actors/gov:SYL", follow_redirects=False).headers["location"] == f"/actors/{RUR.id}"
    bad = c.post("/corrections/rename", data={"actor": "Atlantis", "name": "X", "token": token})
    assert bad.status_code == 400 and "no actor matches" in html.unescape(bad.text)
    listing = visible(c.get("/corrections").text)
    assert "flag statement “We stand with our friends” as wrong — aside" in listing
    assert "merge Government of Sylvania into Ruritania" in listing
    c.post("/corrections/1/undo", data={"token": token})
    assert 'id="card-s-S2"' in c.get(f"/articles/{PLEDGE_ID}").text
