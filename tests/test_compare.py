"""Stories and outlet comparison on hand-built analyses stored in a real ledger (no spaCy needed)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsledger.cli import app
from newsledger.compare.clusters import recompute, stored_clusters
from newsledger.compare.report import compare, compare_analyses, story_report
from newsledger.model import (
    Actor,
    Article,
    ArticleAnalysis,
    Cue,
    Event,
    Mention,
    Participant,
    Statement,
)
from newsledger.store import Ledger
from spans import at as sp

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"

WALLACE = Actor(id="person:ben-wallace", name="Ben Wallace", type="person")
SHOIGU = Actor(id="person:sergei-shoigu", name="Sergei Shoigu", type="person")
PESKOV = Actor(id="person:dmitry-peskov", name="Dmitry Peskov", type="person")
GBR = Actor(id="gov:GBR", name="United Kingdom", type="government")
UKR = Actor(id="state:UKR", name="Ukraine", type="state")


def statement(text, ident, source, cue, content, speaker, stance="neutral") -> Statement:
    return Statement(
        id=ident,
        source=sp(text, source),
        cue=sp(text, cue),
        content=[sp(text, content)],
        cue_stance=stance,
        speaker=speaker,
    )


def aid_event(text, ident, trigger, statement_id=None) -> Event:
    return Event(
        id=ident,
        trigger=sp(text, trigger),
        category="AID",
        sources=[Participant(actor_id="gov:GBR", span=sp(text, "Britain"))],
        targets=[Participant(actor_id="state:UKR", span=sp(text, "Ukraine"))],
        statement_id=statement_id,
    )


def analysis_a() -> ArticleAnalysis:
    """Outlet A: says Britain sent missiles in its own voice, quotes Wallace neutrally and Shoigu."""
    text = (
        "Britain sends missiles to Ukraine\n"
        "Britain sent anti-tank missiles to Ukraine on Monday. Wallace said the aid was defensive. "
        'Shoigu said the "Kiev regime" was being armed.'
    )
    art = Article.create(
        text, outlet="Outlet A", published="2022-02-11", title="Britain sends missiles to Ukraine"
    )
    return ArticleAnalysis(
        article=art,
        actors=[WALLACE, SHOIGU, GBR, UKR],
        mentions=[
            Mention(span=sp(text, "Wallace"), actor_id=WALLACE.id),
            Mention(span=sp(text, "Shoigu"), actor_id=SHOIGU.id),
            Mention(span=sp(text, "Britain", 1), actor_id=GBR.id),
        ],
        statements=[
            statement(text, "S1", "Wallace", "said", "the aid was defensive", WALLACE.id),
            statement(text, "S2", "Shoigu", "said", 'the "Kiev regime" was being armed', SHOIGU.id),
        ],
        events=[aid_event(text, "E1", "sent")],
        cues=[
            Cue(
                id="C1",
                span=sp(text, "Kiev regime"),
                category="terminology",
                term="Kiev regime",
                alternative="Ukrainian government",
                in_quote=True,
                speaker=SHOIGU.id,
                statement_id="S2",
            )
        ],
    )


def analysis_b() -> ArticleAnalysis:
    """Outlet B: only attributes the transfer, distances Wallace ("claimed"), quotes Peskov, says Kiev."""
    text = (
        "Wallace claims Britain armed Ukraine\n"
        "Wallace claimed Britain had sent missiles to Ukraine. Peskov said Kiev was provoking Moscow."
    )
    art = Article.create(text, outlet="Outlet B", published="2022-02-12")
    return ArticleAnalysis(
        article=art,
        actors=[WALLACE, PESKOV, GBR, UKR],
        mentions=[
            Mention(span=sp(text, "Wallace", 1), actor_id=WALLACE.id),
            Mention(span=sp(text, "Peskov"), actor_id=PESKOV.id),
        ],
        statements=[
            statement(
                text,
                "S1",
                "Wallace",
                "claimed",
                "Britain had sent missiles to Ukraine",
                WALLACE.id,
                "distancing",
            ),
            statement(text, "S2", "Peskov", "said", "Kiev was provoking Moscow", PESKOV.id),
        ],
        events=[aid_event(text, "E1", "sent", statement_id="S1")],
        cues=[
            Cue(
                id="C1", span=sp(text, "claimed"), category="distancing-verb", term="claim", statement_id="S1"
            ),
            Cue(
                id="C2",
                span=sp(text, "Kiev"),
                category="place-name",
                term="Kiev",
                alternative="Kyiv",
                in_quote=True,
                speaker=PESKOV.id,
                statement_id="S2",
            ),
        ],
    )


def test_voices_stances_and_what_each_outlet_alone_reports():
    result = compare_analyses([analysis_a(), analysis_b()])
    a, b = result.outlets
    assert (a.outlet, b.outlet) == ("Outlet A", "Outlet B")
    assert [(v.name, v.count, v.stances) for v in a.voices] == [
        ("Ben Wallace", 1, {"neutral": 1}),
        ("Sergei Shoigu", 1, {"neutral": 1}),
    ]
    assert [(v.name, v.stances, v.cues) for v in b.voices] == [
        ("Ben Wallace", {"distancing": 1}, ["claimed"]),
        ("Dmitry Peskov", {"neutral": 1}, ["said"]),
    ]
    shared = result.shared_voices
    assert [s.name for s in shared] == ["Ben Wallace"]
    assert shared[0].by_outlet == {"Outlet A": {"neutral": 1}, "Outlet B": {"distancing": 1}}
    assert a.only_here_speakers == ["Sergei Shoigu"]
    assert b.only_here_speakers == ["Dmitry Peskov"]
    assert a.only_here_actors == ["Sergei Shoigu", "United Kingdom"]
    assert b.only_here_actors == ["Dmitry Peskov"]


def test_events_own_voice_versus_attributed():
    a, b = compare_analyses([analysis_a(), analysis_b()]).outlets
    assert [(e.key, e.own_voice, e.attributed) for e in a.events_asserted] == [
        ("AID:gov:GBR>state:UKR", 1, 0)
    ]
    assert a.events_attributed == []
    assert b.events_asserted == []
    assert [(e.key, e.attributed_to) for e in b.events_attributed] == [
        ("AID:gov:GBR>state:UKR", ["Ben Wallace"])
    ]
    assert b.events_attributed[0].sources == ["United Kingdom"]


def test_cues_split_into_own_voice_and_quoted():
    result = compare_analyses([analysis_a(), analysis_b()])
    a, b = result.outlets
    assert [(c.term, c.count, c.quoted, c.quoted_from) for c in a.cues] == [
        ("Kiev regime", 0, 1, ["Sergei Shoigu"])
    ]
    assert {(c.term, c.count, c.quoted) for c in b.cues} == {("claim", 1, 0), ("Kiev", 0, 1)}
    assert json.loads(result.to_json())["outlets"][1]["outlet"] == "Outlet B"


def test_articles_without_outlet_are_compared_one_by_one():
    a, b = analysis_a(), analysis_b()
    a.article.outlet = None
    b.article.outlet = None
    names = [r.outlet for r in compare_analyses([a, b]).outlets]
    assert names == [f"article {a.article.id[:8]}", f"article {b.article.id[:8]}"]


REPORT = (
    "Customs officers at the northern port cleared a grain ship on Tuesday after a three week delay, "
    "the harbour authority said. The vessel had been inspected twice. Dock workers said two more ships "
    "were waiting at the quay and that the owners had lost a large sum while they waited for the papers."
)


def reprint_pair():
    first = ArticleAnalysis(
        article=Article.create(REPORT, outlet="Port News", published="2022-03-01", title="Ship cleared")
    )
    copy = REPORT.replace("Tuesday", "Tuesday morning") + "\nCopyright an example syndicate."
    second = ArticleAnalysis(article=Article.create(copy, outlet="Coast Daily", published="2022-03-02"))
    unrelated = ArticleAnalysis(
        article=Article.create(
            "The national orchestra opened its winter season with a programme of string quartets and a new "
            "symphony by a young composer, and the hall was full for the first time since the renovation.",
            outlet="Arts Weekly",
            published="2022-03-01",
        )
    )
    return first, second, unrelated


def test_recompute_stores_duplicate_and_story_clusters(tmp_path):
    first, second, unrelated = reprint_pair()
    with Ledger(tmp_path / "l.db") as ledger:
        for a in (second, first, unrelated):
            ledger.write(a)
        result = recompute(ledger)
        assert len(result.duplicates) == 1 and result.duplicates[0].original == first.article.id
        dups = stored_clusters(ledger, "duplicate")
        assert [(d["original_article_id"], len(d["members"])) for d in dups] == [(first.article.id, 2)]
        stories = stored_clusters(ledger, "story")
        assert [sorted(m["id"] for m in s["members"]) for s in stories] == [
            sorted([first.article.id, second.article.id])
        ]
        assert (stories[0]["first_date"], stories[0]["last_date"]) == ("2022-03-01", "2022-03-02")
        recompute(ledger)  # recomputing replaces, never duplicates
        assert len(stored_clusters(ledger, "story")) == 1
        report = story_report(ledger.conn, stories[0]["id"][:12])
        assert [o.outlet for o in report.outlets] == ["Coast Daily", "Port News"]  # reading order
        assert report.story_id == stories[0]["id"]


def test_compare_reads_a_ledger_and_rejects_unknown_ids(tmp_path):
    with Ledger(tmp_path / "l.db") as ledger:
        ledger.write(analysis_a())
        ledger.write(analysis_b())
        ids = [analysis_a().article.id, analysis_b().article.id]
        result = compare(ledger, ids)
        assert [s.name for s in result.shared_voices] == ["Ben Wallace"]
        with pytest.raises(KeyError):
            compare(ledger, ["0000000000000000"])


def test_cli_stories_and_compare(tmp_path):
    db = tmp_path / "l.db"
    first, second, unrelated = reprint_pair()
    with Ledger(db) as ledger:
        for a in (first, second, unrelated, analysis_a(), analysis_b()):
            ledger.write(a)
    runner = CliRunner()
    out = runner.invoke(app, ["stories", "--db", str(db)], env={"COLUMNS": "200"})
    assert out.exit_code == 0, out.output
    assert "near-duplicate clusters written" in out.output and "Port News" in out.output
    ids = [analysis_a().article.id[:8], analysis_b().article.id[:8]]
    out = runner.invoke(app, ["compare", "--articles", *ids, "--db", str(db), "--json"])
    assert out.exit_code == 0, out.output
    data = json.loads(out.output)
    assert data["shared_voices"][0]["by_outlet"] == {
        "Outlet A": {"neutral": 1},
        "Outlet B": {"distancing": 1},
    }
    out = runner.invoke(app, ["compare", "--articles", *ids, "--db", str(db)], env={"COLUMNS": "200"})
    assert out.exit_code == 0 and "Ben Wallace" in out.output and "Only here" in out.output
    out = runner.invoke(app, ["compare", "no-such-story", "--db", str(db)])
    assert out.exit_code == 2 and out.output.startswith("error: ")  # a usage error (docs/cli.md)


@pytest.mark.parametrize("command", ["stories", "compare"])
def test_help(command):
    out = CliRunner().invoke(app, [command, "--help"])
    assert out.exit_code == 0 and "--db" in out.output


@pytest.mark.slow
@pytest.mark.skipif(not SEEDS.exists(), reason="needs ../shared/seeds")
def test_seeds_compare_wallace_quoted_by_both(analyze):
    analyses = []
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        a = analyze(text, title=text.splitlines()[0])
        analyses.append(a)
    result = compare_analyses(analyses)
    assert len(result.outlets) == 2  # no outlet in plain .txt: one column per article
    wallace = [s for s in result.shared_voices if s.key == "person:ben-wallace"]
    assert wallace, [v.name for o in result.outlets for v in o.voices]
    first, second = (wallace[0].by_outlet[o.outlet] for o in result.outlets)
    assert first.get("distancing", 0) >= 1  # "the minister claimed", "insisting that"
    assert first != second
    assert all(o.voices for o in result.outlets)


def test_events_only_one_outlet_reports():
    a, b = analysis_a(), analysis_b()
    result = compare_analyses([a, b])
    assert result.shared_events == ["AID:gov:GBR>state:UKR"]
    assert result.outlets[0].only_here_events == []
    b.events = []
    result = compare_analyses([a, b])
    assert result.shared_events == []
    assert result.outlets[0].only_here_events == ["AID United Kingdom → Ukraine"]
