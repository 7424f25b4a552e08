"""Guessing the format of unnamed bytes (stdin), where there is no extension to go by."""

from __future__ import annotations

import re

_HTML = re.compile(rb"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<article[\s>]|<p[\s>]", re.I)
_FEED = re.compile(rb"<rss[\s>]|<feed[\s>]|<rdf:RDF[\s>]", re.I)
_BOM = b"\xef\xbb\xbf"


def sniff(data: bytes) -> str:
    """The reader for `data`: "warc", "jsonl", "feed", "html" or "text" (the default).

    JSONL when the first non-blank character is "{"; a feed or HTML when one of their opening tags
    appears near the top of something that starts with "<"; everything else is text.
    """
    if data.startswith((b"\x1f\x8b", b"WARC/")):
        return "warc"
    head = data.removeprefix(_BOM).lstrip()[:2048]
    if head.startswith(b"{"):
        return "jsonl"
    if head.startswith(b"<"):
        if _FEED.search(head):
            return "feed"
        if _HTML.search(head):
            return "html"
    return "text"
