"""Generic precision / recall / F1 bookkeeping, shared by every scorer in `newsledger.eval`.

Counts are kept apart for the predicted and the gold side (`tp_pred`, `tp_gold`) because overlap
matching is not one-to-one: one long predicted span may overlap two gold spans.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from dataclasses import dataclass


def prf(tp_pred: float, n_pred: float, tp_gold: float, n_gold: float) -> tuple[float, float, float]:
    """P, R and F1; both sides empty scores 1.0 (nothing to find, nothing found)."""
    if n_pred == 0 and n_gold == 0:
        return 1.0, 1.0, 1.0
    p = tp_pred / n_pred if n_pred else 0.0
    r = tp_gold / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


@dataclass
class Score:
    """Accumulates counts over documents; `tp_pred` and `tp_gold` differ only for overlap matching."""

    tp_pred: float = 0
    n_pred: float = 0
    tp_gold: float = 0
    n_gold: float = 0

    def add(self, tp_pred: float, n_pred: float, tp_gold: float | None = None, n_gold: float = 0) -> None:
        self.tp_pred += tp_pred
        self.n_pred += n_pred
        self.tp_gold += tp_pred if tp_gold is None else tp_gold
        self.n_gold += n_gold

    def __iadd__(self, other: Score) -> Score:
        self.add(other.tp_pred, other.n_pred, other.tp_gold, other.n_gold)
        return self

    @property
    def precision(self) -> float:
        return prf(self.tp_pred, self.n_pred, self.tp_gold, self.n_gold)[0]

    @property
    def recall(self) -> float:
        return prf(self.tp_pred, self.n_pred, self.tp_gold, self.n_gold)[1]

    @property
    def f1(self) -> float:
        return prf(self.tp_pred, self.n_pred, self.tp_gold, self.n_gold)[2]

    def as_dict(self) -> dict[str, float]:
        p, r, f = prf(self.tp_pred, self.n_pred, self.tp_gold, self.n_gold)
        return {"p": p, "r": r, "f1": f, "n_pred": self.n_pred, "n_gold": self.n_gold}


def exact_score(pred: Iterable[Hashable], gold: Iterable[Hashable]) -> Score:
    """Set-based exact match: an item counts when the same item is on the other side."""
    p, g = set(pred), set(gold)
    tp = len(p & g)
    return Score(tp, len(p), tp, len(g))
