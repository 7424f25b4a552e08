"""Readers on small fixtures written for these tests: exact titles, text, metadata and skips."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from newsledger.ingest import Skipped, read, read_bytes
from newsledger.ingest.sniff import sniff
from newsledger.model import Article

BODY = "The envoys met for three hours.\n\nNo statement was issued afterwards."


def arts(results) -> list[Article]:
    return [r for r in results if isinstance(r, Article)]


def skips(results) -> list[Skipped]:
    return [r for r in results if isinstance(r, Skipped)]


def one(results) -> Article | Skipped:
    results = list(results)
    assert len(results) == 1, results
    return results[0]


def write(tmp_path: Path, name: str, data: str | bytes) -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


# --- .txt -------------------------------------------------------------------------------------------


def test_txt_header_block_gives_metadata_and_title_line(tmp_path):
    path = write(
        tmp_path,
        "a.txt",
        "Title: Envoys meet in Vienna\nOutlet: The Lakeside Courier\n"
        "URL: https://www.lakeside.example/vienna\nPublished: 3 March 2022\nAuthor: Ana Ruiz\n\n" + BODY,
    )
    article = one(read([path]))
    assert article.title == "Envoys meet in Vienna"
    assert article.text == "Envoys meet in Vienna\n\n" + BODY
    assert article.title_span.start == 0 and article.title_span.text == "Envoys meet in Vienna"
    assert article.outlet == "The Lakeside Courier"
    assert article.url == "https://www.lakeside.example/vienna"
    assert article.published == "2022-03-03"
    assert article.authors == ["Ana Ruiz"]
    assert article.source_file == str(path)
    assert article.notes == []


def test_txt_title_repeated_after_blank_lines_is_dropped_once(tmp_path):
    text = "Envoys meet in Vienna\n\nEnvoys meet in Vienna\n\n" + BODY + "\n\nEnvoys meet in Vienna\n"
    article = one(read([write(tmp_path, "a.txt", text)]))
    assert article.title == "Envoys meet in Vienna"
    assert article.text == "Envoys meet in Vienna\n\n" + BODY + "\n\nEnvoys meet in Vienna"


def test_txt_title_repeated_on_next_line_keeps_file_separator(tmp_path):
    article = one(read([write(tmp_path, "a.txt", "\n  Talks resume\nTalks resume\nThey met again.\n")]))
    assert article.text == "Talks resume\nThey met again."
    assert article.title_span.end == len("Talks resume")


def test_plain_txt_is_stored_as_in_the_file_so_offsets_carry_over(tmp_path):
    raw = "Talks resume; \nEnvoys return.\n\nThe envoys met.  They left.\n"
    article = one(read([write(tmp_path, "a.txt", raw)]))
    assert article.text == raw.rstrip()
    assert (article.title, article.title_span.end) == ("Talks resume;", 13)


def test_txt_header_without_title_uses_first_line_and_url_host_as_outlet(tmp_path):
    text = (
        "URL: https://www.harbour.example/x\nPublished: 2022-04-15\n\nTalks resume\n\nTalks resume\n\n" + BODY
    )
    article = one(read([write(tmp_path, "a.txt", text)]))
    assert article.title == "Talks resume"
    assert article.text == "Talks resume\n\n" + BODY
    assert article.outlet == "harbour.example"
    assert article.published == "2022-04-15"


def test_txt_header_title_not_duplicated_when_body_starts_with_it(tmp_path):
    article = one(read([write(tmp_path, "a.txt", "Title: Talks resume\n\nTalks resume\n\n" + BODY)]))
    assert article.text == "Talks resume\n\n" + BODY


def test_txt_line_endings_normalised_and_bom_removed(tmp_path):
    data = b"\xef\xbb\xbfTalks resume\r\n\r\nThe envoys met.\rThey left.\r\n"
    article = one(read([write(tmp_path, "a.txt", data)]))
    assert article.text == "Talks resume\n\nThe envoys met.\nThey left."
    assert article.notes == []


def test_txt_cp1252_fallback_is_noted(tmp_path):
    data = "Talks resume\n\nThe minister\u2019s aide said \u201cno\u201d.".encode("cp1252")
    article = one(read([write(tmp_path, "a.txt", data)]))
    assert article.text == "Talks resume\n\nThe minister\u2019s aide said \u201cno\u201d."
    assert article.notes == ["decoded as cp1252: not valid UTF-8"]


def test_txt_latin1_fallback_when_cp1252_fails(tmp_path):
    article = one(read([write(tmp_path, "a.txt", b"Talks resume\n\nCaf\xe9 \x81 talks.")]))
    assert article.text == "Talks resume\n\nCaf\xe9 \x81 talks."
    assert article.notes == ["decoded as latin-1: not valid UTF-8 or cp1252"]


def test_txt_paragraph_first_line_is_not_a_title(tmp_path):
    long_line = "The envoys met " + "and talked " * 40
    article = one(read([write(tmp_path, "a.txt", long_line + "\n\nSecond paragraph.")]))
    assert article.title is None and article.title_span is None
    assert article.text.startswith("The envoys met and talked")


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b" \n\t\r\n  ", "empty file"),
        (b"Talks\x00resume", "binary file (NUL bytes)"),
        (bytes(range(1, 9)) * 20 + b"abc", "binary file (mostly control characters)"),
        (b"Title: Talks\nOutlet: Courier\n\n  \n", "no article body found"),
    ],
)
def test_txt_bad_input_is_one_skip_naming_the_file(tmp_path, data, reason):
    path = write(tmp_path, "bad.txt", data)
    assert one(read([path])) == Skipped(str(path), reason)


def test_ambiguous_and_partial_dates(tmp_path):
    a = one(read([write(tmp_path, "a.txt", "Published: 04/05/2022\n\nTalks\n\nBody.")]))
    assert a.published == "2022-04-05"
    assert a.notes == ["ambiguous date '04/05/2022' read as month first"]
    b = one(read([write(tmp_path, "b.txt", "Published: 04.05.2022\n\nTalks\n\nBody.")]))
    assert (b.published, b.notes) == ("2022-05-04", [])
    c = one(read([write(tmp_path, "c.txt", "Published: April 2022\n\nTalks\n\nBody.")]))
    assert c.published == "2022-04"
    d = one(read([write(tmp_path, "d.txt", "Published: soon\n\nTalks\n\nBody.")]))
    assert d.published is None and d.notes == ["published date not understood: 'soon'"]


# --- directories, dispatch ---------------------------------------------------------------------------


def test_directory_reads_sorted_recursively_and_goes_on_after_a_bad_file(tmp_path):
    write(tmp_path, "b/good.txt", "Talks resume\n\n" + BODY)
    write(tmp_path, "a/bad.txt", b"\x00\x01")
    write(tmp_path, "a/picture.png", b"\x89PNG\r\n")
    write(tmp_path, ".hidden/x.txt", "Hidden\n\nNot read.")
    results = list(read([tmp_path]))
    assert results[0] == Skipped(str(tmp_path / "a" / "bad.txt"), "binary file (NUL bytes)")
    assert [a.title for a in arts(results)] == ["Talks resume"]
    assert len(results) == 2


def test_unsupported_or_missing_file_given_explicitly_is_skipped(tmp_path):
    png = write(tmp_path, "picture.png", b"\x89PNG")
    assert one(read([png])) == Skipped(str(png), "unsupported file type")
    assert one(read([tmp_path / "gone.txt"])) == Skipped(str(tmp_path / "gone.txt"), "no such file")


def test_empty_directory_is_reported(tmp_path):
    write(tmp_path, "notes.md", "# not an article")
    assert one(read([tmp_path])) == Skipped(str(tmp_path), "no readable files in directory")


# --- HTML ---------------------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Envoys meet in Vienna | The Lakeside Courier</title>
{site}<link rel="canonical" href="https://www.lakeside.example/world/envoys-vienna">
<meta name="author" content="Ana Ruiz"><meta property="article:published_time" content="2022-03-03T09:00:00Z">
</head><body><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World desk</a></li></ul></nav>
<article><h1>Envoys meet in Vienna</h1>
<p>The envoys of four countries met in Vienna on Thursday for three hours of talks about the harbour.</p>
<p>"We made progress," the Austrian host said, adding that another round would follow next month.</p>
<p>Diplomats from both delegations said the atmosphere had been calm and businesslike throughout.</p>
</article><footer><p>Subscribe to our newsletter today</p><p>All rights reserved.</p></footer>
</body></html>"""


def test_html_main_text_title_and_metadata(tmp_path):
    site = '<meta property="og:site_name" content="The Lakeside Courier">'
    article = one(read([write(tmp_path, "p.html", PAGE.format(site=site))]))
    assert article.title == "Envoys meet in Vienna"
    assert article.text.startswith(
        "Envoys meet in Vienna\n\nThe envoys of four countries met in Vienna on Thursday"
    )
    assert article.text.count("Envoys meet in Vienna") == 1
    assert "World desk" not in article.text and "newsletter" not in article.text
    assert article.outlet == "The Lakeside Courier"
    assert article.url == "https://www.lakeside.example/world/envoys-vienna"
    assert article.published == "2022-03-03"
    assert article.authors == ["Ana Ruiz"]
    assert article.title_span.text == "Envoys meet in Vienna"


def test_html_outlet_falls_back_to_canonical_host(tmp_path):
    article = one(read([write(tmp_path, "p.htm", PAGE.format(site=""))]))
    assert article.outlet == "lakeside.example"


def test_html_declared_charset_is_used_when_bytes_are_not_utf8(tmp_path):
    title = "Послы в Вене"  # "Envoys in Vienna"
    html = PAGE.format(site="").replace('charset="utf-8"', 'charset="koi8-r"')
    html = html.replace("Envoys meet in Vienna", title)
    article = one(read([write(tmp_path, "p.html", html.encode("koi8-r"))]))
    assert article.title == title
    assert article.notes == ["decoded as koi8-r: declared by the document, not valid UTF-8"]


def test_html_without_article_body_is_skipped(tmp_path):
    path = write(tmp_path, "nav.html", "<html><body><nav><a href='/'>Home</a></nav></body></html>")
    assert one(read([path])) == Skipped(str(path), "no article body found")


# --- JSONL --------------------------------------------------------------------------------------------


def test_jsonl_lines_blank_lines_and_a_malformed_line(tmp_path):
    lines = [
        json.dumps({"text": BODY, "title": "Talks resume", "outlet": "Courier", "published": "2022-03-03"}),
        "",
        json.dumps({"text": "Talks resume\n\n" + BODY, "title": "Talks resume", "id": "fixed-id"}),
        '{"text": "unterminated',
        json.dumps({"text": "Harbour closes\r\nBoats wait.", "url": "https://www.port.example/a"}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"title": "No text"}),
    ]
    path = write(tmp_path, "batch.jsonl", "\n".join(lines) + "\n")
    results = list(read([path]))
    first, second, third = arts(results)
    assert first.text == "Talks resume\n\n" + BODY and first.title_span.text == "Talks resume"
    assert (first.outlet, first.published) == ("Courier", "2022-03-03")
    assert second.id == "fixed-id" and second.text == "Talks resume\n\n" + BODY
    assert third.title == "Harbour closes" and third.text == "Harbour closes\nBoats wait."
    assert third.outlet == "port.example"
    assert skips(results) == [
        Skipped(f"{path}:4", "malformed JSON at line 4, column 10: Unterminated string starting at"),
        Skipped(f"{path}:6", "line 6 is not a JSON object"),
        Skipped(f"{path}:7", 'line 7 has no "text" string'),
    ]


# --- feeds --------------------------------------------------------------------------------------------

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>The Lakeside Courier</title><link>https://lakeside.example/</link>
<item><title>Envoys meet in Vienna</title><link>https://lakeside.example/a</link>
<pubDate>Thu, 03 Mar 2022 09:00:00 +0000</pubDate><author>desk@lakeside.example (Ana Ruiz)</author>
<description>Short summary.</description>
<content:encoded><![CDATA[<p>The envoys <b>met</b> for
three hours.</p><p>&ldquo;We made progress,&rdquo; the host said.</p>]]></content:encoded></item>
<item><title>Harbour closes</title><link>https://lakeside.example/b</link>
<description>Boats wait outside the harbour.</description></item>
</channel></rss>"""


def test_rss_items_become_articles_with_html_turned_into_paragraphs(tmp_path):
    path = write(tmp_path, "feed.rss", RSS)
    first, second = arts(read([path]))
    assert first.title == "Envoys meet in Vienna"
    assert first.text == (
        "Envoys meet in Vienna\n\nThe envoys met for three hours.\n\n"
        "\u201cWe made progress,\u201d the host said."
    )
    assert (first.outlet, first.url) == ("The Lakeside Courier", "https://lakeside.example/a")
    assert first.published == "2022-03-03T09:00:00+00:00"
    assert second.text == "Harbour closes\n\nBoats wait outside the harbour."


def test_atom_feed_without_title_takes_outlet_from_link_host(tmp_path):
    atom = """<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
    <link href="https://www.portnews.example/"/><id>urn:x</id><updated>2022-03-04T10:00:00Z</updated>
    <entry><title>Harbour closes</title><link href="https://www.portnews.example/b"/><id>urn:b</id>
    <updated>2022-03-04T10:00:00Z</updated><summary>Boats wait outside the harbour.</summary>
    </entry></feed>"""
    article = one(read([write(tmp_path, "feed.atom", atom)]))
    assert (article.outlet, article.title) == ("portnews.example", "Harbour closes")
    assert article.published == "2022-03-04T10:00:00+00:00"


def test_feed_without_items_and_xml_that_is_no_feed_are_skipped(tmp_path):
    empty = write(tmp_path, "empty.rss", "<rss version='2.0'><channel><title>Quiet</title></channel></rss>")
    assert one(read([empty])) == Skipped(str(empty), "feed has no items")
    other = write(tmp_path, "sitemap.xml", "<urlset><url><loc>https://a.example/</loc></url></urlset>")
    assert one(read([other])) == Skipped(str(other), "not an RSS or Atom feed")


# --- WARC ---------------------------------------------------------------------------------------------


def make_warc(pages: list[tuple[str, str, bytes]], gzip: bool = True) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gzip)
    for url, kind, body in pages:
        http = StatusAndHeaders("200 OK", [("Content-Type", kind)], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http)
        )
    return out.getvalue()


def page(title: str) -> bytes:
    return PAGE.replace("Envoys meet in Vienna", title).format(site="").encode()


def test_warc_html_responses_become_articles(tmp_path):
    data = make_warc(
        [
            ("https://a.example/one", "text/html; charset=utf-8", page("First page")),
            ("https://a.example/logo.png", "image/png", b"\x89PNG\r\n"),
            ("https://b.example/two", "text/html", page("Second page")),
        ]
    )
    path = write(tmp_path, "crawl.warc.gz", data)
    first, second = one_each = list(read([path]))
    assert [a.title for a in one_each] == ["First page", "Second page"]
    assert first.url == "https://a.example/one" and first.source_file == f"{path}#record-1"
    assert second.source_file == f"{path}#record-3"


@pytest.mark.parametrize("gzip", [True, False])
def test_truncated_warc_keeps_records_read_so_far(tmp_path, gzip):
    data = make_warc(
        [
            ("https://a.example/one", "text/html", page("First page")),
            ("https://a.example/two", "text/html", page("Second page")),
        ],
        gzip=gzip,
    )
    path = write(tmp_path, "cut.warc" + (".gz" if gzip else ""), data[: len(data) - 300])
    results = list(read([path]))
    assert [a.title for a in arts(results)] == ["First page"]
    (skip,) = skips(results)
    assert skip.item == str(path)
    assert skip.reason.startswith("truncated WARC: record 2 (https://a.example/two) is ")


def test_not_a_warc_is_skipped(tmp_path):
    path = write(tmp_path, "x.warc", b"hello, this is plain text")
    assert one(read([path])) == Skipped(str(path), "not a WARC file (no WARC/ header or gzip signature)")


# --- stdin --------------------------------------------------------------------------------------------


def test_stdin_sniffs_jsonl_html_and_text():
    jsonl = json.dumps({"text": BODY, "title": "Talks resume"}).encode()
    assert sniff(b"  \n" + jsonl) == "jsonl"
    assert sniff(page("First page")) == "html"
    assert sniff(RSS.encode()) == "feed"
    assert sniff(b"Talks resume\n\nThe <b> tag is not HTML here.") == "text"
    article = one(read(["-"], stdin=io.BytesIO(b"Talks resume\r\n\r\n" + BODY.encode())))
    assert (article.title, article.source_file) == ("Talks resume", "<stdin>")
    assert one(read(["-"], stdin=io.BytesIO(jsonl))).title == "Talks resume"
    assert one(read(["-"], stdin=io.BytesIO(b"{oops}\n"))).item == "<stdin>:1"
    assert one(read(["-"], stdin=io.BytesIO(b""))) == Skipped("<stdin>", "empty file")


# --- ids ----------------------------------------------------------------------------------------------


def test_same_article_twice_and_whitespace_variants_share_an_id(tmp_path):
    a = write(tmp_path, "a.txt", "Outlet: Courier\n\nTalks resume\n\n" + BODY)
    b = write(
        tmp_path, "b.txt", "Outlet: Courier\n\nTalks   resume\r\n\r\n\r\n" + BODY.replace(" ", "  ") + "\n\n"
    )
    c = write(tmp_path, "c.txt", "Outlet: Gazette\n\nTalks resume\n\n" + BODY)
    ids = [r.id for r in read([a, a, b, c])]
    assert ids[0] == ids[1] == ids[2]
    assert ids[3] != ids[0]


def test_read_bytes_rejects_unknown_reader_names():
    with pytest.raises(ValueError):
        list(read_bytes(b"x", name="x", reader="pdf"))
