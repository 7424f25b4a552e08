"""Heads over the encoder's token vectors.

The attribution head is a linear layer (token vector -> BIO tag scores over S / C / Q, the labels of
`attribution.labels`) decoded with Viterbi under BIO constraints: an I-X only after B-X or I-X, so
every span is well formed and its boundaries are chosen for the whole sequence, not token by token.
Tokens without a vector (whitespace) are skipped by the decoder and left O; fragments around them are
joined again by linking, which gives every content piece to its cue.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

HEAD_NAME, HEAD_META = "attribution_head.npz", "attribution_head.json"


def log_softmax(x: np.ndarray) -> np.ndarray:
    x = x - x.max(axis=-1, keepdims=True)
    return x - np.log(np.exp(x).sum(axis=-1, keepdims=True))


def bio_transitions(labels: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """(allowed[prev, cur], allowed_start[cur]) for BIO labels like "O", "B-Q", "I-Q"."""
    n = len(labels)
    allowed = np.ones((n, n), dtype=bool)
    start = np.ones(n, dtype=bool)
    for j, cur in enumerate(labels):
        if not cur.startswith("I-"):
            continue
        start[j] = False
        for i, prev in enumerate(labels):
            allowed[i, j] = prev != "O" and prev[2:] == cur[2:]
    return allowed, start


def viterbi(scores: np.ndarray, allowed: np.ndarray, start: np.ndarray) -> list[int]:
    """Best label path for (n, labels) log-scores, using only allowed transitions.

    Plain Python over the handful of labels: a numpy step costs more in call overhead than the 7 x 7
    sums it does. Labels whose allowed predecessors are the same set share one max per step (under BIO
    every O and B-X may follow anything), and ties go to the lowest index, as numpy's argmax does, so the
    path is the one the (n, k, k) formulation gives."""
    n, k = scores.shape
    if not n:
        return []
    neg = -1e9
    groups: dict[tuple[int, ...], list[int]] = {}
    for j in range(k):
        groups.setdefault(tuple(np.flatnonzero(allowed[:, j]).tolist()), []).append(j)
    plan = list(groups.items())
    rows = scores.tolist()
    best = [v + (0.0 if ok else neg) for v, ok in zip(rows[0], start.tolist(), strict=True)]
    back: list[list[int]] = [[0] * k]
    everyone = tuple(range(k))
    for row in rows[1:]:
        ptr = [0] * k
        new = [0.0] * k
        for prev, cols in plan:
            penalty = 0.0 if prev else neg
            arg = (prev or everyone)[0]
            top = best[arg]
            for i in prev or everyone:
                if best[i] > top:
                    arg, top = i, best[i]
            for j in cols:
                ptr[j] = arg
                new[j] = top + penalty + row[j]
        back.append(ptr)
        best = new
    last = max(range(k), key=lambda j: (best[j], -j))
    path = [last]
    for t in range(n - 1, 0, -1):
        path.append(back[t][path[-1]])
    return path[::-1]


class AttributionHead:
    """Linear weights `W` (hidden x labels) and `b`, and the label names, from `attribution_head.*`."""

    def __init__(self, path: str | Path) -> None:
        path = Path(path)
        self.meta = json.loads((path / HEAD_META).read_text(encoding="utf-8"))
        self.labels: list[str] = list(self.meta["labels"])
        with np.load(path / HEAD_NAME) as data:
            self.W = data["W"].astype(np.float32)
            self.b = data["b"].astype(np.float32)
        self.allowed, self.start = bio_transitions(self.labels)

    def tag(self, vectors: np.ndarray, has_vector: np.ndarray) -> list[str]:
        """BIO labels for every token; tokens where `has_vector` is false are O."""
        out = ["O"] * len(vectors)
        idx = np.flatnonzero(has_vector)
        if not len(idx):
            return out
        scores = log_softmax(vectors[idx] @ self.W + self.b)
        for i, lab in zip(idx, viterbi(scores, self.allowed, self.start), strict=True):
            out[i] = self.labels[lab]
        return out
