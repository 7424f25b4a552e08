"""newsledger as a spaCy user meets it: a saved pipeline loads in a fresh process and gives the same
results; Docs serialise; knowledge (and a user's edits to it) travels with the pipeline and its version;
the layout pipe marks quotations and page furniture once."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.tokens import Doc, DocBin

from newsledger.extract import LISTS
from newsledger.layout import FurnitureRules, find_quotes
from newsledger.model import Article
from newsledger.pipeline import add_components, load_base_model, make_doc, pipeline_version

pytestmark = pytest.mark.slow

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"

# Two articles of our own, with statements, actors, events, cues and page furniture.
TEXTS = [
    "Kyiv says Moscow is stalling\n"
    "KYIV, Ukraine (AP) — Ukraine's foreign minister Dmytro Kuleba said on Monday that Russia was "
    "stalling the talks and called the latest proposal a \"sham\".\n"
    "Don't Miss: Five things to know about the talks\n"
    "“We will not give up a single village,” he told reporters in Kyiv.\n"
    "Britain pledged 12 tanks to Ukraine, according to the Ministry of Defence.\n"
    "Share this article",
    "By Jane Roe, Example News\n"
    "Moscow has warned that the supply of weapons will only prolong the conflict. The Kremlin spokesman "
    "Dmitry Peskov claimed the so-called peace plan was a provocation.\n"
    "Russian forces shelled Kharkiv overnight, officials said.\n"
    "© 2031 Example News. All rights reserved.",
]

EXTENSIONS = list(LISTS) + ["dateline", "speakers"]


def _results(doc: Doc) -> dict:
    """Every extension of ours, as plain data."""
    out = {}
    for name in EXTENSIONS:
        value = getattr(doc._, name)
        out[name] = [v.model_dump(mode="json") for v in value] if name in LISTS else value
    return out


@pytest.fixture(scope="module")
def texts() -> list[str]:
    seeds = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))] if SEEDS.is_dir() else []
    return TEXTS + seeds


@pytest.fixture(scope="module")
def saved(nlp, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("pipeline") / "newsledger"
    nlp.to_disk(path)
    return path


def test_the_example_texts_give_every_kind_of_result(nlp):
    for text in TEXTS:
        doc = nlp(text)
        assert doc._.statements and doc._.actors and doc._.events and doc._.mentions
    assert any(nlp(t)._.cues for t in TEXTS)


def test_saved_pipeline_gives_the_same_results_in_a_fresh_process(nlp, saved, texts, tmp_path):
    (tmp_path / "texts.json").write_text(json.dumps(texts), encoding="utf-8")
    script = (
        "import json, sys, spacy\n"
        "nlp = spacy.load(sys.argv[1])\n"
        "texts = json.load(open(sys.argv[2], encoding='utf-8'))\n"
        f"names = {EXTENSIONS!r}\n"
        "lists = {'statements', 'mentions', 'actors', 'event_actors', 'events', 'cues'}\n"
        "out = []\n"
        "for doc in nlp.pipe(texts):\n"
        "    out.append({n: ([v.model_dump(mode='json') for v in getattr(doc._, n)] if n in lists\n"
        "                    else getattr(doc._, n)) for n in names})\n"
        "json.dump(out, open(sys.argv[3], 'w', encoding='utf-8'))\n"
    )
    result = tmp_path / "out.json"
    # A fresh interpreter, started outside the repository: only the installed package's entry points
    # can tell spaCy where the newsledger factories are.
    subprocess.run(
        [sys.executable, "-c", script, str(saved), str(tmp_path / "texts.json"), str(result)],
        check=True,
        cwd=tmp_path,
        timeout=600,
    )
    fresh = json.loads(result.read_text(encoding="utf-8"))
    here = [_results(doc) for doc in nlp.pipe(texts)]
    assert fresh == here


def test_saved_pipeline_holds_every_pipe_s_knowledge_and_reads_it_from_there(saved):
    for pipe, name in [
        ("newsledger_layout", "furniture.json"),
        ("newsledger_attribution", "attribution.crfsuite"),
        ("newsledger_statements", "cue_verbs.tsv"),
        ("newsledger_actors", "gazetteer/people.json"),
        ("newsledger_events", "event_patterns.json"),
        ("newsledger_events", "plover.joblib"),
        ("newsledger_cues", "lexicons/lexicon_loaded.json"),
    ]:
        assert (saved / pipe / name).is_file(), (pipe, name)
    loaded = spacy.load(saved)
    assert Path(loaded.get_pipe("newsledger_actors").data_dir).parent == saved / "newsledger_actors"
    assert Path(loaded.get_pipe("newsledger_cues").data_dir).parent == saved / "newsledger_cues"
    assert loaded.get_pipe("newsledger_events").plover_path.parent == saved / "newsledger_events"


def test_docbin_round_trip_keeps_every_extension(nlp, texts):
    docs = list(nlp.pipe(texts))
    data = DocBin(docs=docs, store_user_data=True).to_bytes()
    back = list(DocBin(store_user_data=True).from_bytes(data).get_docs(nlp.vocab))
    assert [_results(d) for d in back] == [_results(d) for d in docs]
    assert [d.spans["furniture"].attrs["offsets"] for d in back] == [
        d.spans["furniture"].attrs["offsets"] for d in docs
    ]


def test_doc_to_bytes_round_trips_and_user_data_holds_plain_data(nlp):
    doc = nlp(make_doc(nlp, Article.create(TEXTS[0], published="2031-03-01")))
    back = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert _results(back) == _results(doc)
    assert back._.article == doc._.article and back._.article.published == "2031-03-01"
    assert json.loads(json.dumps(list(doc.user_data.values())))  # no live objects


# -- knowledge and the pipeline version --------------------------------------------------------------
def _user_gazetteer(path: Path, name: str) -> Path:
    path.write_text(
        json.dumps(
            {
                "organisations": [
                    {"id": "group:north-brigade", "name": name, "type": "armed_group", "country": "MDA"}
                ]
            }
        ),
        encoding="utf-8",
    )
    return path


def test_a_user_gazetteer_travels_with_the_saved_pipeline_and_moves_the_version(nlp, tmp_path):
    user = _user_gazetteer(tmp_path / "mine.json", "North Brigade")
    mine = add_components(load_base_model(), config={"newsledger_actors": {"extra_path": str(user)}})
    text = "The North Brigade said it had withdrawn from the village."
    assert "group:north-brigade" in {a.id for a in mine(text)._.actors}
    assert "group:north-brigade" not in {a.id for a in nlp(text)._.actors}
    assert pipeline_version(mine) != pipeline_version(nlp)
    assert pipeline_version(mine) == pipeline_version(mine)

    mine.to_disk(tmp_path / "saved")
    user.unlink()  # the saved pipeline must not need the user's file any more
    loaded = spacy.load(tmp_path / "saved")
    assert "group:north-brigade" in {a.id for a in loaded(text)._.actors}
    assert pipeline_version(loaded) == pipeline_version(mine)

    edited = _user_gazetteer(tmp_path / "mine2.json", "Northern Brigade")
    other = add_components(load_base_model(), config={"newsledger_actors": {"extra_path": str(edited)}})
    assert pipeline_version(other) != pipeline_version(mine)


def test_an_edited_cue_lexicon_moves_the_version_and_is_saved(nlp, tmp_path):
    from newsledger.lexicon.cues import DEFAULT_PATH

    lexicon = tmp_path / "cues.tsv"
    extra = "quip\tneutral\tverb\tspeech\n"
    lexicon.write_text(DEFAULT_PATH.read_text(encoding="utf-8") + extra, encoding="utf-8")
    mine = add_components(
        load_base_model(), ["statements"], config={"newsledger_statements": {"lexicon_path": str(lexicon)}}
    )
    plain = add_components(load_base_model(), ["statements"])
    assert pipeline_version(mine) != pipeline_version(plain)
    text = "The minister quipped that the talks were over."
    assert [s.cue_lemma for s in mine(text)._.statements] == ["quip"]
    mine.to_disk(tmp_path / "saved")
    lexicon.unlink()
    assert [s.cue_lemma for s in spacy.load(tmp_path / "saved")(text)._.statements] == ["quip"]


# -- the pipes as spaCy sees them ---------------------------------------------------------------------
def test_analyze_pipes_reports_no_problems(nlp):
    analysis = nlp.analyze_pipes()
    assert all(not problems for problems in analysis["problems"].values()), analysis["problems"]
    attrs = analysis["attrs"]
    assert "newsledger_statements" in attrs["doc._.statements"]["assigns"]
    assert "newsledger_events" in attrs["doc._.actors"]["requires"]


def test_a_pipeline_without_a_parser_gets_a_clear_error():
    with pytest.raises(ValueError, match="need a dependency parser"):
        add_components(spacy.blank("en"))
    blank = spacy.blank("en")
    blank.add_pipe("newsledger_layout")
    blank.add_pipe("newsledger_statements")
    with pytest.raises(ValueError, match="newsledger_statements needs a dependency parse"):
        blank("Russia said the talks had failed.")


def test_unknown_profile_is_refused():
    from newsledger.pipeline import load_nlp

    with pytest.raises(ValueError, match="unknown pipeline profile 'accurate-ish'; choose from .*fast"):
        load_nlp(profile="accurate-ish")


# -- layout: quotations and page furniture ------------------------------------------------------------
FURNITURE = FurnitureRules.load()


def marks(text: str) -> list[tuple[str, str]]:
    return [(kind, text[s:e]) for s, e, kind, _ in FURNITURE.find(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Don't Miss: Ten things about the war\nThe talks failed.",
            [("teaser", "Don't Miss: Ten things about the war")],
        ),
        ("Also read: Kyiv hits back\nThe talks failed.", [("teaser", "Also read: Kyiv hits back")]),
        ("READ MORE: Why the talks failed", [("teaser", "READ MORE: Why the talks failed")]),
        ("By Jane Roe, Example News\nThe talks failed.", [("byline", "By Jane Roe, Example News")]),
        ("Reporting by Jo Roe; Editing by Al Doe", [("byline", "Reporting by Jo Roe; Editing by Al Doe")]),
        (
            "Share this article\nFollow us on Twitter",
            [("share", "Share this article"), ("share", "Follow us on Twitter")],
        ),
        ("Sign up for our daily newsletter", [("share", "Sign up for our daily newsletter")]),
        ("Advertisement\nThe talks failed.", [("ad", "Advertisement")]),
        ("© 2031 Example News", [("footer", "© 2031 Example News")]),
        ("The square was empty (Photo: Jane Roe/AFP) at dawn.", [("credit", "(Photo: Jane Roe/AFP)")]),
        ("Related: Kyiv hits back", [("related", "Related: Kyiv hits back")]),
        ("MOSCOW, February 11 (Reuters) - Russia said", [("dateline", "MOSCOW, February 11 (Reuters) -")]),
        ("KYIV, Ukraine (AP) — Ukraine said", [("dateline", "KYIV, Ukraine (AP) —")]),
        ("LONDON (Reuters) - Britain said", [("dateline", "LONDON (Reuters) -")]),
    ],
)
def test_furniture_is_marked(text, expected):
    assert marks(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "By Monday, Russian troops had withdrawn from the village.",
        "By contrast, Kyiv said nothing.",
        "Officials said they would read more of the report on Tuesday.",
        "The minister said the related talks would follow.",
        "Britain will share intelligence with Ukraine, the minister said.",
        "The agency (AP) reported that the talks had failed.",
        "UPDATE - the talks have failed.",
        "NATO and the EU said the advertisement campaign was misleading.",
        "He said: “We will follow the talks closely.”",
        "Photographs of the meeting showed the two ministers shaking hands.",
    ],
)
def test_ordinary_sentences_are_not_furniture(text):
    assert marks(text) == []


def test_dateline_metadata_and_no_statement_inside_furniture(nlp):
    doc = nlp(TEXTS[0])
    assert doc._.dateline == {"place": "KYIV, Ukraine", "date": None, "agency": "AP", "start": 29, "end": 49}
    assert TEXTS[0][29:49] == "KYIV, Ukraine (AP) —"
    furniture = doc.spans["furniture"].attrs["offsets"]
    assert [s.label_ for s in doc.spans["furniture"]] == ["dateline", "teaser", "share"]

    def inside(span) -> bool:
        return any(s < span.end and span.start < e for s, e in furniture)

    for s in doc._.statements:
        assert not any(inside(x) for x in [s.cue, *s.content, *([s.source] if s.source else [])])
    for m in doc._.mentions:
        assert not inside(m.span)
    for e in doc._.events:
        assert not inside(e.trigger)
        assert not any(inside(p.span) for p in e.sources + e.targets if p.span)
    for c in doc._.cues:
        assert not inside(c.span)
    kuleba = next(s for s in doc._.statements if s.cue.text == "said")
    assert kuleba.source.text == "Ukraine's foreign minister Dmytro Kuleba"
    dated = nlp(make_doc(nlp, Article.create("MOSCOW, Feb. 11 (Reuters) - Russia said the talks failed.")))
    assert dated._.dateline["date"] == "Feb. 11" and dated._.dateline["agency"] == "Reuters"


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("He said „we have no doubt“ and left.", ["„we have no doubt“"]),
        ("It was a „reduced diet.” Then it ended.", ["„reduced diet.”"]),
        ("They called it «a farce» twice.", ["«a farce»"]),
        ("Russia’s envoy said ‘never’.", ["‘never’"]),
    ],
)
def test_one_definition_of_a_quotation_covers_low_and_angle_quotes(text, quoted):
    assert [text[s:e] for s, e in find_quotes(text)] == quoted


QUOTED = st.lists(
    st.one_of(
        st.sampled_from(['"', "“", "”", "„", "‘", "’", "'", "''", "«", "»", "\n", " ", ", ", ". "]),
        st.text(alphabet="abcXY's ", min_size=1, max_size=8),
    ),
    max_size=30,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(QUOTED)
def test_quotations_never_overlap_and_lie_in_the_text(text):
    quotes = find_quotes(text)
    for (_s1, e1), (s2, _e2) in zip(quotes, quotes[1:], strict=False):
        assert e1 <= s2
    for s, e in quotes:
        assert 0 <= s < e <= len(text)


@settings(max_examples=25, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Russia said the talks had failed.",
                "“We will respond,” the minister told reporters.",
                "Britain pledged 12 tanks to Ukraine.",
                "Don't Miss: Ten things about the war",
                "LONDON (Reuters) - Kyiv warned of new attacks.",
                "According to NATO, the troops 'withdrew' overnight.",
                "By Jane Roe",
                '"It is a "provocation," Peskov claimed.',
            ]
        ),
        min_size=1,
        max_size=5,
    ).map("\n".join)
)
def test_every_span_matches_its_text(nlp, text):
    from newsledger import analyze

    result = analyze(text, nlp=nlp)
    assert result.check_offsets() == []
    doc = nlp(text)
    for name in ("quotations", "paragraphs", "furniture"):
        for s, e in doc.spans[name].attrs["offsets"]:
            assert 0 <= s < e <= len(text)
    quotes = doc.spans["quotations"].attrs["offsets"]
    assert all(e1 <= s2 for (_, e1), (s2, _) in zip(quotes, quotes[1:], strict=False))
