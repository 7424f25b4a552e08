"""Scoring PLOVER root classification: accuracy, macro-F1 and a confusion matrix."""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sklearn.metrics import accuracy_score, f1_score

from ..plover.data import Example


@dataclass
class PloverScores:
    n: int
    accuracy: float
    macro_f1: float
    labels: list[str]
    confusion: dict[tuple[str, str], int]  # (gold, predicted) -> count


def score(gold: Sequence[str], pred: Sequence[str]) -> PloverScores:
    labels = sorted(set(gold) | set(pred))
    return PloverScores(
        n=len(gold),
        accuracy=float(accuracy_score(gold, pred)),
        macro_f1=float(f1_score(gold, pred, labels=sorted(set(gold)), average="macro", zero_division=0)),
        labels=labels,
        confusion=dict(Counter(zip(gold, pred, strict=True))),
    )


def write_predictions(path: str | Path, examples: Sequence[Example], pred: Sequence[str]) -> None:
    """Every input column plus `pred_root`, tab-separated."""
    cols: list[str] = []
    for ex in examples:
        cols.extend(c for c in ex.row if c not in cols)
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter="\t", lineterminator="\n")
        writer.writerow([*cols, "pred_root"])
        for ex, p in zip(examples, pred, strict=True):
            writer.writerow([*(ex.row.get(c, "") for c in cols), p])
