"""Downloads: CSV and JSON of every row a listing matches (streamed), and GEXF for graph tools (Gephi)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from xml.etree import ElementTree as ET

from ..store import read
from .network import Graph


def to_csv(rows: Iterable[dict], columns: Sequence[str]) -> str:
    return "".join(csv_lines(rows, columns))


def csv_lines(rows: Iterable[dict], columns: Sequence[str], batch: int = 200) -> Iterator[str]:
    """CSV text in pieces of `batch` rows, header first, for a streamed response."""
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(columns), extrasaction="ignore", lineterminator="\r\n")
    writer.writeheader()
    for n, row in enumerate(rows, 1):
        writer.writerow({c: _cell(row.get(c)) for c in columns})
        if n % batch == 0:
            yield buf.getvalue()
            buf.seek(0)
            buf.truncate()
    yield buf.getvalue()


Shape = Callable[[dict], dict]


def listing_rows(db_path: Path, listing: read.Listing, shape: Shape | None = None) -> Iterator[dict]:
    """Every row of a listing, on a connection of its own: a streamed response outlives the request's."""
    con = read.connect(db_path)
    try:
        for row in listing.iter_rows(con):
            yield shape(row) if shape else row
    finally:
        con.close()


def json_lines(
    db_path: Path, listing: read.Listing, columns: Sequence[str] | None, shape: Shape | None = None
):
    """`{"total": n, "filters": {...}, "rows": [...]}` written row by row, every matching row included."""
    con = read.connect(db_path)
    try:
        total = listing.count(con)
    finally:
        con.close()
    yield json.dumps({"total": total, "filters": listing.filters}, ensure_ascii=False)[:-1] + ', "rows": [\n'
    first = True
    for row in listing_rows(db_path, listing, shape):
        out = {c: row.get(c) for c in columns} if columns else row
        yield ("" if first else ",\n") + json.dumps(out, ensure_ascii=False)
        first = False
    yield "\n]}\n"


#: A text cell starting with one of these is a formula to a spreadsheet; scraped text must not run as one.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value):
    if isinstance(value, list | dict):
        value = json.dumps(value, ensure_ascii=False)
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value  # OWASP's advice for CSV injection; the JSON download keeps the exact text
    return value


def to_json(data) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1)


def graph_csv(graph: Graph) -> str:
    """Edge list with names, the shape spreadsheet users and most graph tools read."""
    names = {n["id"]: n["label"] for n in graph.nodes}
    rows = [
        {
            "source": e["source"],
            "source_name": names.get(e["source"], ""),
            "target": e["target"],
            "target_name": names.get(e["target"], ""),
            "weight": e["weight"],
            "label": e["label"],
        }
        for e in graph.edges
    ]
    return to_csv(rows, ("source", "source_name", "target", "target_name", "weight", "label"))


def graph_gexf(graph: Graph, description: str) -> str:
    """GEXF 1.3, directed and weighted, node type as an attribute."""
    ns = "http://gexf.net/1.3"
    root = ET.Element("gexf", {"xmlns": ns, "version": "1.3"})
    meta = ET.SubElement(root, "meta")
    ET.SubElement(meta, "creator").text = "newsledger"
    ET.SubElement(meta, "description").text = description
    g = ET.SubElement(root, "graph", {"defaultedgetype": "directed", "mode": "static"})
    attrs = ET.SubElement(g, "attributes", {"class": "node"})
    ET.SubElement(attrs, "attribute", {"id": "type", "title": "type", "type": "string"})
    nodes = ET.SubElement(g, "nodes")
    for n in graph.nodes:
        node = ET.SubElement(nodes, "node", {"id": n["id"], "label": n["label"]})
        values = ET.SubElement(node, "attvalues")
        ET.SubElement(values, "attvalue", {"for": "type", "value": n["type"]})
    edges = ET.SubElement(g, "edges")
    for i, e in enumerate(graph.edges):
        ET.SubElement(
            edges,
            "edge",
            {
                "id": str(i),
                "source": e["source"],
                "target": e["target"],
                "weight": str(e["weight"]),
                "label": e["label"],
            },
        )
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode")
