"""Downloads: CSV and JSON of exactly the rows a page shows, and GEXF for graph tools (Gephi)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from xml.etree import ElementTree as ET

from .network import Graph


def to_csv(rows: Iterable[dict], columns: Sequence[str]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(columns), extrasaction="ignore", lineterminator="\r\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({c: _cell(row.get(c)) for c in columns})
    return buf.getvalue()


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
