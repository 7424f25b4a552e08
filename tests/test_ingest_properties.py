"""Hostile input: random bytes and random Unicode through every reader never raise.

The readers are called directly, not through `read`, whose last-resort guard would hide a crash.
"""

from __future__ import annotations

import io
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsledger.ingest import NotText, Skipped, clean_text, read
from newsledger.ingest.feed import read_feed_bytes
from newsledger.ingest.html import read_html_bytes
from newsledger.ingest.jsonl import read_jsonl_bytes
from newsledger.ingest.text import read_text_bytes
from newsledger.ingest.warc import read_warc_bytes
from newsledger.model import Article

READERS = {
    "text": read_text_bytes,
    "html": read_html_bytes,
    "jsonl": read_jsonl_bytes,
    "feed": read_feed_bytes,
    "warc": read_warc_bytes,
}
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check(results) -> None:
    for result in results:
        assert isinstance(result, Article | Skipped), result
        if isinstance(result, Skipped):
            assert result.item and result.reason and "\n" not in result.reason
            assert not result.reason.startswith("could not read"), result
            continue
        assert result.text.strip() and "\r" not in result.text
        if result.title_span is not None:
            assert result.text[result.title_span.start : result.title_span.end] == result.title
            assert result.title_span.start == 0


def run_all(data: bytes) -> None:
    for name, reader in READERS.items():
        check(list(reader(data, name=f"fuzz.{name}")))
    check(list(read(["-"], stdin=io.BytesIO(data))))


@FAST
@given(st.binary(max_size=600))
def test_random_bytes(data):
    run_all(data)


@FAST
@given(st.text(max_size=400))
def test_random_unicode(text):
    run_all(text.encode("utf-8"))
    run_all(text.encode("utf-16"))


_words = st.text(st.characters(codec="utf-8"), max_size=80)


@FAST
@given(_words, _words, st.lists(_words, max_size=4))
def test_random_text_inside_each_format(title, body, extra):
    """Random text where each format expects content, so parsing goes past the first byte."""
    paragraphs = "".join(f"<p>{p}</p>" for p in [body, *extra])
    page = f"<html><head><title>{title}</title></head><body><article>{paragraphs}</article></body></html>"
    run_all(page.encode())
    rss = (
        f"<rss version='2.0'><channel><title>{title}</title><item><title>{title}</title>"
        f"<description>{body}</description></item></channel></rss>"
    )
    run_all(rss.encode())
    lines = [json.dumps({"text": body, "title": title, "published": p}) for p in extra]
    run_all("\n".join([*lines, body]).encode())
    run_all(f"Title: {title}\nPublished: {body}\n\n{title}\n\n{title}\n{' '.join(extra)}".encode())


@FAST
@given(
    st.sampled_from([b"WARC/1.0\r\n", b"\x1f\x8b\x08\x00", b"WARC/1.1\r\nWARC-Type: response\r\n"]),
    st.binary(),
)
def test_random_bytes_after_a_warc_signature(prefix, rest):
    check(list(read_warc_bytes(prefix + rest, name="fuzz.warc")))


@FAST
@given(st.binary(max_size=300), st.integers(min_value=0, max_value=2000), st.booleans())
def test_warc_with_random_payload_and_random_cut(payload, cut, gzip):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gzip)
    http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    record = writer.create_warc_record(
        "https://a.example/", "response", payload=io.BytesIO(payload), http_headers=http
    )
    writer.write_record(record)
    data = out.getvalue()
    check(list(read_warc_bytes(data[: min(cut, len(data))], name="cut.warc")))
    check(list(read_warc_bytes(data, name="whole.warc")))


_any_text = st.text(st.characters(codec=None, min_codepoint=0, max_codepoint=0x10FFFF), max_size=60)


@FAST
@given(st.lists(_any_text, min_size=1, max_size=6))
def test_jsonl_every_line_is_its_own_item_whatever_its_text(texts):
    """Lone surrogates (JSON "\\ud800" escapes) and anything else in `text`, no `id`: each line gives
    exactly one result, and the valid line at the end is always stored."""
    lines = [json.dumps({"text": t}) for t in texts] + [json.dumps({"text": "Talks resume in Geneva."})]
    results = list(read_jsonl_bytes("\n".join(lines).encode(), name="fuzz.jsonl"))
    check(results)
    assert len(results) == len(lines)
    assert isinstance(results[-1], Article) and results[-1].text == "Talks resume in Geneva."
    for result in results:
        if isinstance(result, Article):
            result.text.encode("utf-8")  # storable: no lone surrogate survives


@FAST
@given(_any_text)
def test_clean_text_keeps_the_length_and_gives_storable_text(text):
    cleaned = clean_text(text)
    assert len(cleaned.text) == len(text)
    cleaned.text.encode("utf-8")
    assert all(a == b or b == "\ufffd" for a, b in zip(text, cleaned.text, strict=True))
    assert bool(cleaned.notes) == (cleaned.text != text)


@FAST
@given(st.one_of(st.binary(max_size=300), st.binary(max_size=300).map(lambda b: b"\xff\xfe" + b)))
def test_clean_text_of_any_bytes_is_text_or_a_clear_refusal(data):
    try:
        cleaned = clean_text(data)
    except NotText as refusal:  # bytes after a UTF-16 byte order mark that are no UTF-16
        assert str(refusal) == "binary file (invalid utf-16-le after byte order mark)"
    else:
        cleaned.text.encode("utf-8")
