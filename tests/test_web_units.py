"""The web app's pure parts: offsets → HTML, FTS query quoting, graph layout, downloads, `serve` CLI."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from hypothesis import given
from hypothesis import strategies as st
from markupsafe import Markup

from newsledger.store.read import fts_query
from newsledger.web.export import graph_gexf, to_csv
from newsledger.web.highlight import Mark, highlight
from newsledger.web.network import build


def test_nested_and_overlapping_spans_become_flat_pieces():
    text = "Kyiv said the talks failed."
    marks = [
        Mark(0, 27, "l-stmt-content", "s-S1"),  # the whole sentence
        Mark(0, 4, "l-actor", "m-1", "Actor: Ukraine"),  # nested inside it
        Mark(2, 9, "l-cue", "c-C1"),  # overlaps the mention's end
    ]
    html = highlight(text, marks)
    assert isinstance(html, Markup)
    assert html == (
        '<span class="hl l-actor l-stmt-content" data-items="s-S1 m-1" data-start="0" data-end="2" '
        'title="Actor: Ukraine">Ky</span>'
        '<span class="hl l-actor l-cue l-stmt-content" data-items="s-S1 m-1 c-C1" data-start="2" '
        'data-end="4" title="Actor: Ukraine">iv</span>'
        '<span class="hl l-cue l-stmt-content" data-items="s-S1 c-C1" data-start="4" data-end="9" title="">'
        " said</span>"
        '<span class="hl l-stmt-content" data-items="s-S1" data-start="9" data-end="27" title="">'
        " the talks failed.</span>"
    )


def test_text_titles_and_items_are_escaped():
    text = '<script>alert(1)</script> "><img src=x onerror=alert(2)>'
    html = highlight(text, [Mark(8, 16, "l-actor", 'x" onmouseover="y', '"><b>t</b>')])
    assert "<script>" not in html and "<img" not in html and "<b>" not in html
    assert 'onmouseover="y"' not in html
    assert html.startswith("&lt;script&gt;<span")
    assert "&#34;&gt;&lt;img src=x onerror=alert(2)&gt;" in html


def test_marks_outside_the_text_are_clipped_or_dropped_and_focus_gets_an_anchor():
    text = "Moscow denied it."
    html = highlight(
        text,
        [Mark(7, 13, "l-stmt-cue", "s-S1"), Mark(15, 40, "l-cue", "c-C1"), Mark(30, 40, "l-actor", "m-9")],
        focus=["s-S1"],
    )
    assert (
        '<span id="focus" class="hl l-stmt-cue focus" data-items="s-S1" data-start="7" data-end="13"' in html
    )
    assert 'data-start="15" data-end="17"' in html and "m-9" not in html
    assert html.count('id="focus"') == 1


@given(
    st.text(alphabet="ab<>&\"' \n", max_size=30),
    st.lists(
        st.tuples(st.integers(-3, 35), st.integers(-3, 35), st.sampled_from(["l-a", "l-b"])), max_size=8
    ),
)
def test_highlight_never_changes_the_text(text, spans):
    """Whatever the spans, stripping the markup gives back exactly the escaped text."""
    import re

    marks = [Mark(a, b, cls, f"i{n}") for n, (a, b, cls) in enumerate(spans)]
    html = str(highlight(text, marks))
    assert re.sub(r"<[^>]+>", "", html) == str(Markup.escape(text))


def test_fts_query_quotes_user_input():
    assert fts_query("missiles Kyiv") == '"missiles" "Kyiv"'
    assert fts_query('"prolong the war" arm*') == '"prolong the war" "arm"*'
    assert fts_query('a"b OR (') == '"a""b" "OR" "("'
    assert fts_query("   ") == ""


EDGES = [
    {"source": "a", "source_name": "A", "source_type": "outlet", "target": "b", "target_name": "B",
     "target_type": "person", "weight": 3, "label": "say"},
    {"source": "a", "source_name": "A", "source_type": "outlet", "target": "c", "target_name": "C & Co",
     "target_type": "state", "weight": 1, "label": "claim"},
    {"source": "d", "source_name": "D", "source_type": "outlet", "target": "c", "target_name": "C & Co",
     "target_type": "state", "weight": 1, "label": "say"},
]  # fmt: skip


def test_graph_layout_is_deterministic_and_keeps_the_biggest_nodes():
    g1, g2 = build(EDGES), build(EDGES)
    assert [(n["id"], n["x"], n["y"]) for n in g1.nodes] == [(n["id"], n["x"], n["y"]) for n in g2.nodes]
    assert {n["id"]: n["weight"] for n in g1.nodes} == {"a": 4, "b": 3, "c": 2, "d": 1}
    small = build(EDGES, max_nodes=3)
    assert [n["id"] for n in small.nodes] == ["a", "b", "c"] and small.dropped == 1
    assert [(e["source"], e["target"]) for e in small.edges] == [("a", "b"), ("a", "c")]
    assert build([]).nodes == []


def test_gexf_is_valid_xml_with_escaped_labels():
    root = ET.fromstring(graph_gexf(build(EDGES), "test graph"))
    ns = {"g": "http://gexf.net/1.3"}
    labels = {n.get("id"): n.get("label") for n in root.iterfind(".//g:node", ns)}
    assert labels["c"] == "C & Co"
    weights = sorted(e.get("weight") for e in root.iterfind(".//g:edge", ns))
    assert weights == ["1", "1", "3"]


def test_csv_cells():
    out = to_csv([{"a": None, "b": ["x", "y"], "c": 'say "no"'}], ("a", "b", "c"))
    assert out == 'a,b,c\r\n,"[""x"", ""y""]","say ""no"""\r\n'


def test_serve_help_and_missing_ledger(tmp_path):
    from typer.testing import CliRunner

    from newsledger.cli import app

    runner = CliRunner()
    result = runner.invoke(app, ["serve", "--help"])
    assert result.exit_code == 0
    assert "--db" in result.output and "127.0.0.1" in result.output
    missing = runner.invoke(app, ["serve", "--db", str(tmp_path / "none.db")])
    assert missing.exit_code == 3 and "no ledger at" in missing.output  # ExitCode.DATABASE (cli/output.py)


@pytest.mark.parametrize(
    ("url", "expected"),
    [("https://example.org/a?b=1", "https://example.org/a?b=1"), ("javascript:alert(1)", ""), (None, ""),
     ("//evil.example/x", ""), ("data:text/html,x", "")],
)  # fmt: skip
def test_safe_url(url, expected):
    from newsledger.web.app import safe_url

    assert safe_url(url) == expected


def test_timeline_switches_to_weeks_for_long_ranges():
    from newsledger.web.charts import timeline

    short = timeline(
        [{"day": "2024-01-01", "outlet": "A", "n": 2}, {"day": "2024-01-03", "outlet": "B", "n": 1}]
    )
    assert short["unit"] == "day" and [b["day"] for b in short["bars"]] == ["2024-01-01", "2024-01-03"]
    assert [b["h"] for b in short["bars"]] == [150.0, 75.0]
    days = [("2024-01-03", 1), ("2024-01-04", 2), ("2024-12-30", 1)]
    long = timeline([{"day": d, "outlet": "A", "n": n} for d, n in days])
    assert long["unit"] == "week"
    assert [(b["day"], b["until"]) for b in long["bars"]] == [
        ("2024-01-01", "2024-01-07"),
        ("2024-12-30", "2025-01-05"),
    ]
    assert timeline([]) is None


def test_csv_cells_cannot_start_formulas():
    out = to_csv([{"a": "=HYPERLINK(1)", "b": "-2+3", "c": -2}], ("a", "b", "c"))
    assert out.splitlines()[1] == "'=HYPERLINK(1),'-2+3,-2"
