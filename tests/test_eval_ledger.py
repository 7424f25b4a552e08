"""`newsledger eval ledger` and its scorer, on a tiny gold of our own (tests/fixtures/ledger, invented text).

The analyses are built by hand so every expected figure can be counted on paper; the comments say why
each one is what it is. One test runs the real pipeline, for the reading and the offsets only.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsledger.cli import app
from newsledger.eval import ledger
from newsledger.model import (
    Actor,
    Article,
    ArticleAnalysis,
    Event,
    Item,
    Mention,
    Participant,
    Statement,
)
from spans import at

FIXTURES = Path(__file__).parent / "fixtures" / "ledger"
GOLD, DATA = FIXTURES / "gold", FIXTURES / "data"


def _text(name: str) -> str:
    return (DATA / f"{name}.txt").read_text(encoding="utf-8")


def _statement(ident, cue, content, speaker=None, cls="speech", source=None) -> Statement:
    return Statement(id=ident, cue=cue, content=content, speaker=speaker, statement_class=cls, source=source)


def analysis_one() -> ArticleAnalysis:
    """NL_FIX_1 (dev) as a system might read it, in the file's offsets."""
    t = _text("NL_FIX_1")
    statements = [
        # exact cue and content, right speaker
        _statement("S1", at(t, "said"), [at(t, "Norway will send 20 drones to Finland")], "person:kari-lund"),
        # content without its quotation marks and comma: overlap 28 of the shorter 28; speaker unresolved
        _statement("S2", at(t, "told"), [at(t, "We stand with our neighbours")]),
        # shorter content (22 of the gold's 29 characters, all shared); state:FIN ≡ gov:FIN; class wrong
        _statement("S3", at(t, "believe"), [at(t, "the drones will arrive")], "state:FIN"),
        # gold has no speaker ("a think tank"): the system gives one
        _statement(
            "S4", at(t, "warned"), [at(t, "the delivery could be delayed by a month")], "org:think-tank"
        ),
        # two statements the gold does not have
        _statement("S5", at(t, "pledges"), [at(t, "drones to Finland")], "gov:NOR", cls="intention"),
        _statement("S6", at(t, "accused"), [at(t, "Norway of acting too slowly")], "gov:SWE"),
    ]
    events = [
        Event(
            id="E1", trigger=at(t, "send"), category="AID",
            sources=[Participant(actor_id="state:NOR")], targets=[Participant(actor_id="gov:FIN")],
            status="pledged", statement_id="S1",
            items=[Item(span=at(t, "drones", 2), name="drone", category="drones", quantity="20",
                        quantity_value=20)],
        ),
        Event(
            id="E2", trigger=at(t, "accused"), category="ACCUSE", sources=[Participant(actor_id="gov:SWE")],
            targets=[Participant(actor_id=None, span=at(t, "Norway of"))], statement_id="S6",
        ),
        Event(id="E3", trigger=at(t, "delayed"), category="ASSAULT", status="delivered", statement_id="S4"),
        Event(
            id="E4", trigger=at(t, "pledges"), category="AID", sources=[Participant(actor_id="gov:NOR")],
            targets=[Participant(actor_id="state:FIN")], status="pledged",
            items=[Item(span=at(t, "drones"), name="drone", category="drones")],
        ),
    ]  # fmt: skip
    actor_rows = [
        ("gov:NOR", "Norway", "government"), ("state:FIN", "Finland", "state"),
        ("person:kari-lund", "Kari Lund", "person"), ("person:theresa-may", "Theresa May", "person"),
        ("org:think-tank", "think tank", "organisation"), ("gov:SWE", "Sweden", "government"),
        ("media:newswire", "Newswire", "media"), ("gov:FIN", "Government of Finland", "government"),
        ("person:bergen", "Bergen", "person"), ("state:NOR", "Norway", "state"),
    ]  # fmt: skip
    mentions = [
        (at(t, "Norway"), "gov:NOR"),  # title: no gold mention there
        (at(t, "Norway", 2), "gov:NOR"),  # right
        (at(t, "Finland", 2), "state:FIN"),  # right
        (at(t, "Kari Lund"), "person:kari-lund"),  # right
        (at(t, "Lund", 1), "gov:NOR"),  # wrong link ("Lund told")
        (at(t, "Sweden"), "gov:SWE"),  # right
        (at(t, "Norway of"), None),  # unresolved
        (at(t, "May"), "person:theresa-may"),  # junk: on a not-actor
        (at(t, "think tank"), "org:think-tank"),  # junk: on a not-actor
        (at(t, "Newswire"), "media:newswire"),  # junk: in the dateline (furniture)
        (at(t, "Officials in Helsinki"), "gov:FIN"),  # not junk: the gold knows Finland
        (at(t, "Bergen"), "person:bergen"),  # junk: unknown to the gold
        (at(t, "Oslo"), "state:NOR"),  # on a not-actor, but not junk: gov:NOR ≡ state:NOR is on gold mentions
    ]
    return ArticleAnalysis(
        article=Article.create(t, title="Norway pledges drones to Finland"),
        statements=statements,
        events=events,
        actors=[Actor(id=i, name=n, type=k) for i, n, k in actor_rows],
        mentions=[Mention(span=s, actor_id=a) for s, a in mentions],
    )


def analysis_two() -> ArticleAnalysis:
    """NL_FIX_2 (test): everything right."""
    t = _text("NL_FIX_2")
    content = at(t, "Delegates from Chile and Peru met in Geneva on Tuesday")
    sanctions = Event(
        id="E2",
        trigger=at(t, "sanctions"),
        category="SANCTION",
        sources=[Participant(actor_id="gov:CHL")],
        targets=[Participant(actor_id="state:PER")],
    )
    # gold source of "met" is [gov:CHL, gov:PER]: one shared id is enough; a null target ≡ none
    met = Event(id="E1", trigger=at(t, "met"), category="CONSULT", sources=[Participant(actor_id="gov:PER")])
    return ArticleAnalysis(
        article=Article.create(t, title="Talks resume in Geneva"),
        statements=[_statement("S1", at(t, "said"), [content])],
        events=[met, sanctions],
        actors=[
            Actor(id="gov:CHL", name="Chile", type="government"),
            Actor(id="gov:PER", name="Peru", type="government"),
        ],
        mentions=[
            Mention(span=at(t, "Chile"), actor_id="gov:CHL"),
            Mention(span=at(t, "Peru"), actor_id="gov:PER"),
            Mention(span=at(t, "Chile", 1), actor_id="state:CHL"),
            Mention(span=at(t, "Peru", 1), actor_id="gov:PER"),
        ],
    )


def _repeated_title(text: str) -> tuple[int, int]:
    """Where the second copy of the title line lies (with its blank line), which ingest drops."""
    return text.index("\n\n") + 2, text.index("OSLO")


@pytest.fixture(scope="module")
def report() -> ledger.LedgerReport:
    golds = {g.article: g for g in ledger.load_gold(GOLD)}
    unread = [_repeated_title(_text("NL_FIX_1"))]
    return ledger.LedgerReport(
        [
            ledger.score_article(golds["NL_FIX_1"].data, analysis_one(), unread),
            ledger.score_article(golds["NL_FIX_2"].data, analysis_two()),
        ]
    )


def test_load_gold_reads_resolved_files_only_and_filters_by_split():
    assert [g.article for g in ledger.load_gold(GOLD)] == ["NL_FIX_1", "NL_FIX_2"]
    assert [g.article for g in ledger.load_gold(GOLD, "test")] == ["NL_FIX_2"]
    with pytest.raises(ValueError):
        ledger.load_gold(GOLD, "train")


def test_the_content_rule_is_half_of_the_shorter_content_with_pieces_unioned():
    gold = ledger._chars([(0, 10), (20, 30)])  # 20 characters in two pieces
    assert ledger.content_overlap(gold, ledger._chars([(5, 25)])) == 0.5  # 10 shared of 20
    assert ledger.content_overlap(gold, ledger._chars([(6, 25)])) == pytest.approx(9 / 19)
    assert ledger.content_overlap(gold, ledger._chars([(0, 4)])) == 1.0  # the shorter one, all shared
    g = ledger._Statement.of((40, 44), [(0, 10), (20, 30)], None, None)
    assert ledger._statement_key(g, ledger._Statement.of((41, 45), [(5, 25)], None, None)) is not None
    assert ledger._statement_key(g, ledger._Statement.of((41, 45), [(6, 25)], None, None)) is None
    assert ledger._statement_key(g, ledger._Statement.of((45, 48), [(0, 10), (20, 30)], None, None)) is None


def test_equivalences_and_status_buckets():
    assert ledger.canon("gov:RUS") == ledger.canon("state:RUS") != ledger.canon("mil:RUS")
    assert ledger._party_ok(frozenset(), frozenset())
    assert not ledger._party_ok(frozenset(), frozenset({"country:RUS"}))
    assert not ledger._party_ok(frozenset({"country:RUS"}), frozenset())
    buckets = {
        s: ledger.status_bucket(s) for s in ("delivered", "under way", "approved", "demanded", "denied")
    }
    assert buckets == {
        "delivered": "occurred", "under way": "ongoing", "approved": "planned", "demanded": "hypothetical",
        "denied": "negated",
    }  # fmt: skip
    assert ledger.status_bucket(None) == "occurred"
    assert ledger.status_bucket("threatened") == "threatened"


def test_statement_figures(report):
    st = report.figures("dev")["statements"]
    assert (st["match"]["tp"], st["match"]["system"], st["match"]["gold"]) == (4, 6, 4)
    assert st["match"]["p"] == pytest.approx(4 / 6) and st["match"]["r"] == 1.0
    assert st["match"]["f1"] == pytest.approx(0.8)
    assert (st["exact"]["tp"], st["exact"]["system"], st["exact"]["gold"]) == (1, 6, 4)
    assert st["speaker"] == {"value": pytest.approx(2 / 3), "right": 2, "of": 3}
    assert st["speaker_unresolved"] == 1 and st["speaker_wrong"] == 0
    assert st["speaker_on_unnamed"] == {"given": 1, "of": 1}
    assert (st["said"]["tp"], st["said"]["system"], st["said"]["gold"]) == (3, 5, 3)
    assert st["said"]["f1"] == pytest.approx(0.75)
    assert (st["thought"]["tp"], st["thought"]["system"], st["thought"]["gold"]) == (0, 1, 1)
    assert st["class"] == {"value": 0.75, "right": 3, "of": 4}


def test_event_and_transfer_figures(report):
    ev = report.figures("dev")["events"]
    assert (ev["strict"]["tp"], ev["strict"]["system"], ev["strict"]["gold"]) == (1, 4, 3)
    assert ev["strict"]["f1"] == pytest.approx(2 * 0.25 * (1 / 3) / (0.25 + 1 / 3))
    assert (ev["located"]["tp"], ev["located"]["p"], ev["located"]["r"]) == (3, 0.75, 1.0)
    assert {k: (ev[k]["right"], ev[k]["of"]) for k in ("category", "source", "target", "parties")} == {
        "category": (2, 3), "source": (3, 3), "target": (2, 3), "parties": (2, 3),
    }  # fmt: skip
    assert (ev["status"]["right"], ev["claimed_by"]["right"]) == (2, 1)
    tr = report.figures("dev")["transfers"]
    assert (tr["rows"]["tp"], tr["rows"]["system"], tr["rows"]["gold"]) == (1, 2, 1)
    assert tr["supplier_recipient_item"] == {"value": 1.0, "right": 1, "of": 1}


def test_actor_and_furniture_figures(report):
    f = report.figures("dev")
    assert f["actors"]["junk"] == 4 and f["actors"]["junk_per_article"] == 4.0
    junk = {(j["actor"], j["reason"]) for j in report.junk()}
    assert junk == {
        ("person:theresa-may", "not-actor"), ("org:think-tank", "not-actor"),
        ("media:newswire", "furniture:dateline"), ("person:bergen", "unknown to the gold"),
    }  # fmt: skip
    assert f["actors"]["link_precision"] == {"value": pytest.approx(4 / 6), "right": 4, "of": 6}
    assert f["actors"]["link_unresolved"] == 1
    assert f["actors"]["link_recall"] == {"value": pytest.approx(4 / 6), "right": 4, "of": 6}
    assert f["furniture"] == {"value": 0.5, "right": 1, "of": 2}


def test_splits_add_up(report):
    test = report.figures("test")
    assert test["articles"] == 1
    assert (test["statements"]["match"]["f1"], test["events"]["strict"]["f1"]) == (1.0, 1.0)
    assert test["statements"]["speaker"]["value"] is None  # no named gold speaker: nothing to score
    assert test["statements"]["speaker_on_unnamed"] == {"given": 0, "of": 1}
    assert test["actors"]["link_precision"]["right"] == 4 and test["actors"]["junk"] == 0
    overall = report.figures()
    assert overall["articles"] == 2
    assert (overall["statements"]["match"]["tp"], overall["statements"]["match"]["system"]) == (5, 7)
    assert (overall["events"]["strict"]["tp"], overall["events"]["strict"]["gold"]) == (3, 5)
    assert overall["actors"]["junk_per_article"] == 2.0


def test_misses_say_where_and_what(report):
    fps = report.misses("statement-fp")
    assert [(m.article, m.snippet) for m in fps] == [
        ("NL_FIX_1", "pledges drones to Finland"),
        ("NL_FIX_1", "accused Norway of acting too slowly"),
    ]
    named, unnamed = report.misses("speaker")
    assert named.detail == "gold person:kari-lund, system unresolved"
    assert unnamed.detail.startswith("gold unnamed, system ")  # a speaker where the text names no one
    (category,) = report.misses("event-category")
    assert "gold YIELD" in category.detail and "system ASSAULT" in category.detail
    assert "[delayed]" in category.snippet
    assert all(len(m.snippet.split()) <= ledger.SNIPPET_WORDS + 1 for m in report.misses())  # + "…"
    t = _text("NL_FIX_1")
    for m in fps:
        assert t[m.start : m.end].split()[0] == m.snippet.split()[0]


def test_snippets_are_at_most_twelve_words():
    text = " ".join(f"w{i}" for i in range(30))
    assert ledger.snippet(text, 0, len(text)) == "w0 w1 w2 w3 w4 w5 … w25 w26 w27 w28 w29"
    start = text.index("w15")
    assert ledger.window(text, start, start + 3).split() == [
        *(f"w{i}" for i in range(9, 15)), "[w15]", *(f"w{i}" for i in range(16, 21))
    ]  # fmt: skip


def test_offset_map_undoes_the_deletions_ingest_makes():
    raw = "Title \n\nTitle \n\nBody text here.\n"
    assert ledger.offset_map("Title \n\nBody text here.", raw)[8] == raw.index("Body")
    two_gaps = "\n\nTitle \n\nTitle \n\nBody text."
    mapped = ledger.offset_map("Title \n\nBody text.", two_gaps)
    assert [two_gaps[mapped[i]] for i in range(5)] == list("Title")
    assert two_gaps[mapped[8]] == "B"
    with pytest.raises(ValueError):
        ledger.offset_map("Tilte", "Title")


def test_gold_in_text_the_reader_drops_is_left_out(report):
    raw = _text("NL_FIX_1")
    stored = raw[: raw.index("\n\n") + 2] + raw[raw.index("OSLO") :]
    assert ledger.unread_ranges(stored, raw) == [_repeated_title(raw)]
    assert ledger.unread_ranges(raw.rstrip(), raw) == [(len(raw.rstrip()), len(raw))]
    (gold,) = ledger.load_gold(GOLD, "dev")
    kept, dropped = ledger.readable_gold(gold.data, [_repeated_title(raw)])
    assert dropped == 1 and len(kept["mentions"]) == len(gold.data["mentions"]) - 1
    assert report.figures("dev")["gold_unread"] == 1
    # scored without the reader's view, the copy in the repeated title is one more gold mention
    plain = ledger.score_article(gold.data, analysis_one())
    assert plain.counts["ln_gold"] == 7 and report.counts("dev")["ln_gold"] == 6


def test_to_file_offsets_moves_every_span():
    raw = _text("NL_FIX_1")
    stored = raw[: raw.index("\n\n") + 2] + raw[raw.index("OSLO") :]  # the repeated title dropped
    title = "Norway pledges drones to Finland"
    statement = _statement(
        "S1", at(stored, "said"), [at(stored, "Norway will")], source=at(stored, "Kari Lund")
    )
    analysis = ArticleAnalysis(
        article=Article.create(stored, title=title, title_span=at(stored, title)),
        statements=[statement],
        mentions=[Mention(span=at(stored, "Sweden"), actor_id="gov:SWE")],
    )
    moved = ledger.to_file_offsets(analysis, raw)
    assert moved.article.text == raw and moved.check_offsets() == []
    assert moved.statements[0].cue.start == raw.index("said")
    assert moved.statements[0].content[0].start == raw.index("Norway will")
    assert moved.mentions[0].span.start == raw.index("Sweden")
    assert moved.article.title_span.start == 0


def _fake_pipeline(monkeypatch):
    analyses = {"NL_FIX_1": analysis_one(), "NL_FIX_2": analysis_two()}

    def fake(golds, data_dir, nlp=None, **_):
        for g in golds:
            raw, article = ledger.read_article(g, data_dir)  # the sha256 check stays real
            yield ledger.Analysed(analyses[g.article], ledger.unread_ranges(article.text, raw))

    monkeypatch.setattr(ledger, "analyze_gold", fake)


def test_cli_prints_each_split_and_writes_json(monkeypatch, tmp_path):
    _fake_pipeline(monkeypatch)
    out = tmp_path / "ledger.json"
    args = ["eval", "ledger", str(GOLD), "--data", str(DATA), "--misses", "1", "--json", str(out)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    text = result.output
    assert "== dev: 1 gold article(s) ==" in text and "== test: 1 gold article(s) ==" in text
    assert "== all: 2 gold article(s) ==" in text
    assert "statements   P 0.667 (4/6)  R 1.000 (4/4)  F1 0.800" in text
    assert "statements   P 0.714 (5/7)  R 1.000 (5/5)  F1 0.833" in text
    assert "speaker right        0.667 (2/3)" in text
    assert "events       strict P 0.250 (1/4)  R 0.333 (1/3)  F1 0.286" in text
    assert "junk 4 of 10 system actors = 4.000 per article" in text
    assert "NL_FIX_1: person:theresa-may @" in text
    assert "-- statement-fp: 2 (first 1) --" in text and "“pledges drones to Finland”" in text
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["splits"]["test"]["statements"]["match"]["f1"] == 1.0
    assert [a["article"] for a in data["articles"]] == ["NL_FIX_1", "NL_FIX_2"]
    # the JSON has every error, not only the first N printed
    assert sum(m["category"] == "statement-fp" for m in data["misses"]) == 2


def test_cli_one_split(monkeypatch):
    _fake_pipeline(monkeypatch)
    result = CliRunner().invoke(app, ["eval", "ledger", str(GOLD), "--data", str(DATA), "--split", "test"])
    assert result.exit_code == 0, result.output
    assert "== test: 1 gold article(s) ==" in result.output and "== dev" not in result.output
    assert "== all" not in result.output


def test_cli_names_the_gold_file_whose_text_changed(monkeypatch, tmp_path):
    _fake_pipeline(monkeypatch)
    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    (data / "NL_FIX_2.txt").write_text(_text("NL_FIX_2").replace("Tuesday", "Monday"), encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", "ledger", str(GOLD), "--data", str(data)])
    assert result.exit_code == 2
    assert "NL_FIX_2.json" in result.output and "not the one the gold was resolved on" in result.output


@pytest.mark.slow
def test_the_real_pipeline_reads_the_article_as_analyze_does_in_file_offsets(nlp):
    golds = ledger.load_gold(GOLD, "dev")
    ((analysis, unread),) = ledger.analyze_gold(golds, DATA, nlp)
    raw = _text("NL_FIX_1")
    assert unread == [_repeated_title(raw), (len(raw) - 1, len(raw))]  # and the final newline
    assert analysis.article.text == raw and analysis.check_offsets() == []
    assert analysis.article.title == "Norway pledges drones to Finland"
    # the repeated title is not analysed: nothing from the pipeline starts in it
    repeat = _repeated_title(raw)
    spans = [m.span for m in analysis.mentions] + [s.cue for s in analysis.statements]
    assert not any(repeat[0] <= s.start < repeat[1] for s in spans)
    score = ledger.score_article(golds[0].data, analysis, unread)
    assert score.counts["st_gold"] == 4 and score.counts["gold_unread"] == 1


def test_check_gold_warns_about_values_no_system_output_can_match():
    (gold,) = ledger.load_gold(GOLD, "dev")
    assert ledger.check_gold(gold) == []
    data = json.loads(json.dumps(gold.data))
    data["events"][0]["status"] = "pledged"
    data["statements"][1]["class"] = "opinion"
    problems = ledger.check_gold(ledger.Gold(gold.path, data))
    assert problems == [
        "NL_FIX_1.json: events[1] status 'pledged' is not one of the six",
        "NL_FIX_1.json: statements[2] class 'opinion' is unknown",
    ]
