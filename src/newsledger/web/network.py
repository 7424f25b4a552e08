"""Graphs from ledger edges, laid out on the server so the page needs no graph library.

A plain Fruchterman-Reingold layout in numpy, started from a circle so the same ledger always gives the
same picture; the biggest nodes are kept so a large ledger still draws a readable graph.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from ..store.read import name_from_id

KINDS = {
    "quotes": "Who quotes whom: outlet → the speakers it quotes",
    "about": "Who talks about whom: speaker → actors named in what they said",
    "acts": "Who acts on whom: event source → event target",
}


@dataclass
class Graph:
    nodes: list[dict] = field(default_factory=list)  # id, label, type, weight, x, y, r
    edges: list[dict] = field(default_factory=list)  # source, target, weight, label
    width: int = 900
    height: int = 620
    dropped: int = 0  # nodes left out to keep the drawing readable

    def to_dict(self) -> dict:
        return {"nodes": self.nodes, "edges": self.edges, "dropped_nodes": self.dropped}


def _label(node_id: str) -> str:
    """A node's readable label when the ledger has no name for it (never the internal id)."""
    if node_id.startswith("outlet:"):
        return node_id.removeprefix("outlet:")
    return name_from_id(node_id)


def build(edges: list[dict], max_nodes: int = 60, width: int = 900, height: int = 620) -> Graph:
    """Nodes and edges from `store.read.network_edges` rows, with positions and radii for drawing."""
    nodes: dict[str, dict] = {}
    for e in edges:
        for end in ("source", "target"):
            node = nodes.setdefault(
                e[end],
                {
                    "id": e[end],
                    "label": e[f"{end}_name"] or _label(e[end]),
                    "type": e[f"{end}_type"] or "",
                    "weight": 0,
                },
            )
            node["weight"] += e["weight"]
    keep = sorted(nodes.values(), key=lambda n: (-n["weight"], n["id"]))[:max_nodes]
    kept_ids = {n["id"] for n in keep}
    kept_edges = [
        {"source": e["source"], "target": e["target"], "weight": e["weight"], "label": e.get("label") or ""}
        for e in edges
        if e["source"] in kept_ids and e["target"] in kept_ids
    ]
    graph = Graph(nodes=keep, edges=kept_edges, width=width, height=height, dropped=len(nodes) - len(keep))
    _layout(graph)
    return graph


def _layout(graph: Graph, iterations: int = 200) -> None:
    n = len(graph.nodes)
    if n == 0:
        return
    index = {node["id"]: i for i, node in enumerate(graph.nodes)}
    angle = np.linspace(0, 2 * math.pi, n, endpoint=False)
    pos = np.column_stack([np.cos(angle), np.sin(angle)]) * 0.5
    src = np.array([index[e["source"]] for e in graph.edges], dtype=int)
    dst = np.array([index[e["target"]] for e in graph.edges], dtype=int)
    k = 1.6 * math.sqrt(1.0 / n)  # ideal edge length; above the textbook value so hubs' rings spread out
    temp = 0.1
    for _ in range(iterations):
        delta = pos[:, None, :] - pos[None, :, :]
        dist = np.maximum(np.linalg.norm(delta, axis=2), 1e-3)
        force = (delta / dist[:, :, None]) * (k * k / dist)[:, :, None]
        disp = force.sum(axis=1)
        if len(src):
            d = pos[src] - pos[dst]
            dl = np.maximum(np.linalg.norm(d, axis=1), 1e-3)
            pull = d * (dl / k)[:, None]
            np.add.at(disp, src, -pull)
            np.add.at(disp, dst, pull)
        disp -= pos * 0.02  # gentle gravity keeps unconnected parts on screen
        length = np.maximum(np.linalg.norm(disp, axis=1), 1e-9)
        pos += disp / length[:, None] * np.minimum(length, temp)[:, None]
        temp *= 0.97
    lo, hi = pos.min(axis=0), pos.max(axis=0)
    span = np.where(hi - lo < 1e-9, 1.0, hi - lo)
    margin = 70
    scaled = (pos - lo) / span
    top = max(node["weight"] for node in graph.nodes)
    for i, node in enumerate(graph.nodes):
        node["x"] = round(margin + scaled[i, 0] * (graph.width - 2 * margin), 1)
        node["y"] = round(margin / 2 + scaled[i, 1] * (graph.height - margin), 1)
        node["r"] = round(5 + 13 * math.sqrt(node["weight"] / top), 1)
    for e in graph.edges:
        a, b = graph.nodes[index[e["source"]]], graph.nodes[index[e["target"]]]
        # Stop the line at the target's rim so the arrowhead stays visible.
        dx, dy = b["x"] - a["x"], b["y"] - a["y"]
        dl = math.hypot(dx, dy) or 1.0
        e["x1"], e["y1"] = a["x"], a["y"]
        e["x2"], e["y2"] = (
            round(b["x"] - dx / dl * (b["r"] + 3), 1),
            round(b["y"] - dy / dl * (b["r"] + 3), 1),
        )
        e["w"] = round(min(6.0, 1 + math.log2(e["weight"])), 2)
