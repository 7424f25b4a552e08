"""Build `steppe-herald-crawl.warc.gz` from the pages in `warc_src/`, byte for byte the same each run.

Run from the repository root: `uv run python examples/build_warc.py`. Record ids and dates are
derived from the URLs, not from the clock, so the committed archive only changes when a page does.
The sources end in `.html.in` so that reading `examples/` does not pick them up a second time.
"""

from __future__ import annotations

import io
import uuid
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

HERE = Path(__file__).resolve().parent
OUTPUT = HERE / "steppe-herald-crawl.warc.gz"
CRAWL_DATE = "2022-04-20T10:00:00Z"
#: (source file, target URI) in crawl order.
PAGES = (
    (
        "steppe-herald-moscow-talks.html.in",
        "https://steppeherald.example/world/moscow-talks-end-without-breakthrough",
    ),
    (
        "steppe-herald-kremlin-warning.html.in",
        "https://steppeherald.example/world/kremlin-warns-west-weapons-kiev",
    ),
)
ROBOTS = ("https://steppeherald.example/robots.txt", b"User-agent: *\nDisallow: /admin/\n")


def _headers(url: str, kind: str) -> dict[str, str]:
    return {
        "WARC-Date": CRAWL_DATE,
        "WARC-Record-ID": f"<urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, kind + ' ' + url)}>",
    }


def _response(writer: WARCWriter, url: str, body: bytes, content_type: str) -> None:
    http = StatusAndHeaders(
        "200 OK",
        [("Content-Type", content_type), ("Content-Length", str(len(body)))],
        protocol="HTTP/1.1",
    )
    record = writer.create_warc_record(
        url,
        "response",
        payload=io.BytesIO(body),
        http_headers=http,
        warc_headers_dict=_headers(url, "response"),
    )
    writer.write_record(record)


def build(output: Path = OUTPUT) -> Path:
    with open(output, "wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        info = writer.create_warcinfo_record(
            output.name, {"software": "newsledger examples/build_warc.py", "format": "WARC/1.0"}
        )
        info.rec_headers.replace_header("WARC-Date", CRAWL_DATE)
        info.rec_headers.replace_header("WARC-Record-ID", _headers(output.name, "warcinfo")["WARC-Record-ID"])
        writer.write_record(info)
        _response(writer, ROBOTS[0], ROBOTS[1], "text/plain")
        for source, url in PAGES:
            _response(writer, url, (HERE / "warc_src" / source).read_bytes(), "text/html; charset=utf-8")
    return output


if __name__ == "__main__":
    print(build())
