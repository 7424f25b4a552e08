"""Inputs that used to break ingest (issue 14), and the metadata a plain-text file can be given:
a header block, a sidecar `.json`, and the caller's defaults."""

from __future__ import annotations

import json

import pytest

from newsledger.ingest import Skipped, assemble, clean_text, read, read_bytes
from newsledger.model import Article, article_id

BODY = "The foreign minister of Norway said on Monday that talks would resume."


def articles(results) -> list[Article]:
    return [r for r in results if isinstance(r, Article)]


def skips(results) -> list[Skipped]:
    return [r for r in results if isinstance(r, Skipped)]


# -- lone surrogates, bytes, damaged UTF-8 -------------------------------------------------------------


def test_jsonl_lone_surrogate_without_id_does_not_cost_the_lines_after_it(tmp_path):
    path = tmp_path / "batch.jsonl"
    lines = [
        '{"text": "Envoys meet \\ud800 in Geneva. ' + BODY + '"}',  # lone surrogate, no id
        "{not json",
        json.dumps({"text": "Ceasefire holds\nAid workers said the ceasefire held overnight."}),
        json.dumps({"text": "x" * (assemble.MAX_ARTICLE_CHARS + 1)}),
        json.dumps({"text": "Talks end\n" + BODY}),
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    results = list(read([path]))
    assert len(results) == 5
    first, second, third = articles(results)
    assert "\ud800" not in first.text and "Envoys meet \ufffd in Geneva" in first.text
    assert first.notes == ["1 lone surrogate in the text replaced by U+FFFD"]
    assert first.id == article_id(None, first.text)
    assert (second.title, third.title) == ("Ceasefire holds", "Talks end")
    bad_json, too_long = skips(results)
    assert bad_json.item == f"{path}:2"
    assert bad_json.reason.startswith("malformed JSON at line 2, column 2: ")
    assert too_long.item == f"{path}:4"
    assert too_long.reason == (
        f"text is {assemble.MAX_ARTICLE_CHARS + 1:,} characters, over the limit of "
        f"{assemble.MAX_ARTICLE_CHARS:,} for one article: split it into articles"
    )


def test_a_text_file_over_the_length_limit_is_skipped_with_our_message(tmp_path, monkeypatch):
    monkeypatch.setattr(assemble, "MAX_ARTICLE_CHARS", 50)
    path = tmp_path / "long.txt"
    path.write_text("Headline\n\n" + BODY, encoding="utf-8")
    (skip,) = list(read([path]))
    assert skip == Skipped(str(path), f"text is {len(path.read_text()) :,} characters, over the limit of "
                           "50 for one article: split it into articles")  # fmt: skip
    assert "E088" not in skip.reason


def test_clean_text_keeps_length_so_offsets_hold():
    cleaned = clean_text("a\ud800b\udfffc")
    assert cleaned.text == "a\ufffdb\ufffdc" and cleaned.notes == ["2 lone surrogates replaced by U+FFFD"]
    cleaned.text.encode("utf-8")
    assert clean_text("plain").notes == [] and clean_text("plain").text == "plain"


def test_clean_text_decodes_bytes_and_refuses_other_types():
    assert clean_text("Kyiv \u2014 talks".encode()).text == "Kyiv \u2014 talks"
    latin = clean_text("caf\xe9 talks".encode("cp1252"))
    assert latin.text == "caf\xe9 talks" and latin.notes == ["decoded as cp1252: not valid UTF-8"]
    with pytest.raises(TypeError, match="expected text \\(str\\) or bytes, not int"):
        clean_text(42)  # type: ignore[arg-type]


def test_one_bad_byte_in_a_utf8_file_does_not_garble_the_rest(tmp_path):
    good = "Talks resume\n\nThe minister\u2019s aide said \u201cno\u201d \u2014 twice."
    data = good.encode("utf-8")
    cut = data.index(b"aide")
    path = tmp_path / "damaged.txt"
    path.write_bytes(data[:cut] + b"\xff" + data[cut:])
    (article,) = list(read([path]))
    assert "minister\u2019s \ufffdaide said \u201cno\u201d \u2014 twice" in article.text
    assert article.notes == [f"decoded as UTF-8, 1 invalid byte replaced by U+FFFD (first at byte {cut})"]


def test_a_legacy_encoded_file_is_still_read_as_cp1252(tmp_path):
    data = "Talks resume\n\nThe minister\u2019s aide said \u201cno\u201d.".encode("cp1252")
    (article,) = list(read_bytes(data, name="old.txt", reader="text"))
    assert "\u201cno\u201d" in article.text and article.notes == ["decoded as cp1252: not valid UTF-8"]


# -- metadata: header block, sidecar, defaults -----------------------------------------------------------


def test_header_block_date_authors_and_language(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(
        "Title: Envoys meet\nDate: 5 April 2022\nAuthors: A. Writer; B. Reporter\nLanguage: en-GB\n"
        "Outlet: Harbour Gazette\n\n" + BODY,
        encoding="utf-8",
    )
    (article,) = list(read([path]))
    assert (article.title, article.published, article.outlet) == (
        "Envoys meet",
        "2022-04-05",
        "Harbour Gazette",
    )
    assert article.authors == ["A. Writer", "B. Reporter"] and article.language == "en-GB"
    assert article.text == "Envoys meet\n\n" + BODY


def test_sidecar_gives_metadata_and_the_header_block_wins_over_it(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text("Envoys meet\n\n" + BODY, encoding="utf-8")
    sidecar = {"outlet": "Harbour Gazette", "published": "2022-04-05", "url": "https://hg.example/a",
               "authors": "A. Writer", "language": "en", "section": "world"}  # fmt: skip
    (tmp_path / "story.json").write_text(json.dumps(sidecar), encoding="utf-8")
    (article,) = list(read([tmp_path]))  # the .json is not read as an input of its own
    assert (article.outlet, article.published, article.url) == (
        "Harbour Gazette",
        "2022-04-05",
        "https://hg.example/a",
    )
    assert article.authors == ["A. Writer"] and article.title == "Envoys meet"
    assert article.notes == ["sidecar story.json: ignored unknown key 'section'"]
    assert article.id == article_id("Harbour Gazette", article.text)

    story.write_text("Outlet: Valley Courier\n\nEnvoys meet\n\n" + BODY, encoding="utf-8")
    (article,) = list(read([story]))
    assert (article.outlet, article.published) == ("Valley Courier", "2022-04-05")


def test_malformed_sidecar_skips_the_article_with_line_and_column(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text("Envoys meet\n\n" + BODY, encoding="utf-8")
    (tmp_path / "story.json").write_text('{"outlet": "X",\n "published": 2022-04-05}', encoding="utf-8")
    (skip,) = list(read([story]))
    assert skip.item == str(story)
    assert skip.reason == "sidecar story.json: malformed JSON at line 2, column 19: Expecting ',' delimiter"
    (tmp_path / "story.json").write_text("[1, 2]", encoding="utf-8")
    assert list(read([story]))[0].reason == "sidecar story.json is not a JSON object"


def test_defaults_fill_only_what_is_missing(tmp_path):
    (tmp_path / "plain.txt").write_text("Envoys meet\n\n" + BODY, encoding="utf-8")
    (tmp_path / "dated.txt").write_text(
        "Published: 2022-03-01\n\nCeasefire holds\n\n" + BODY, encoding="utf-8"
    )
    lines = [json.dumps({"id": "wire-1", "text": "Talks end\n" + BODY}),
             json.dumps({"outlet": "Own Wire", "text": "Talks go on\n" + BODY})]  # fmt: skip
    (tmp_path / "wire.jsonl").write_text("\n".join(lines), encoding="utf-8")
    dated, plain, with_id, own = read([tmp_path], outlet="Default Daily", published="1 April 2022")
    assert (plain.outlet, plain.published) == ("Default Daily", "2022-04-01")
    assert plain.id == article_id("Default Daily", plain.text)  # as if the file had said so itself
    assert plain.notes == [
        "outlet 'Default Daily' from the defaults given (not in the source)",
        "published date 2022-04-01 from the defaults given (not in the source)",
    ]
    assert (dated.outlet, dated.published) == ("Default Daily", "2022-03-01")
    assert with_id.id == "wire-1" and with_id.outlet == "Default Daily"  # an explicit id is kept
    assert own.outlet == "Own Wire"


def test_a_default_date_that_is_no_date_is_refused_before_reading(tmp_path):
    with pytest.raises(ValueError, match="published date not understood: 'next week-ish'"):
        read([tmp_path / "missing"], published="next week-ish")


def test_a_warc_page_over_the_limit_costs_that_record_only(tmp_path, monkeypatch):
    from test_ingest import make_warc, page

    short = ("https://b.example/two", "text/html", page("Second page"))
    (alone,) = list(read_bytes(make_warc([short]), name="one.warc.gz", reader="warc"))
    monkeypatch.setattr(assemble, "MAX_ARTICLE_CHARS", len(alone.text) + 10)
    more = b"<p>" + b"More words here. " * 40 + b"</p></article>"
    long_page = ("https://a.example/long", "text/html", page("Long page").replace(b"</article>", more))
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(make_warc([long_page, short]))
    skip, second = list(read([path]))
    assert skip.item == f"{path} record 1 (https://a.example/long)"
    assert skip.reason.startswith("text is ") and f"over the limit of {len(alone.text) + 10}" in skip.reason
    assert second.title == "Second page"
