"""Training, cross-validation and prediction for the PLOVER classifier (fixed seed: reproducible)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
from sklearn.model_selection import StratifiedKFold
from sklearn.pipeline import Pipeline
from spacy.language import Language

from .data import Example
from .features import featurize
from .model import SEED, build_pipeline


def inputs(nlp: Language, examples: Sequence[Example]) -> list[dict]:
    """Parse each sentence once (tagger and parser only) and featurize its marked pair."""
    disable = [
        p for p in ("ner", *(n for n in nlp.pipe_names if n.startswith("newsledger"))) if p in nlp.pipe_names
    ]
    docs = list(nlp.pipe((e.text for e in examples), disable=disable, batch_size=64))
    return featurize(docs, [(e.source, e.target) for e in examples])


def cross_validate(
    rows: Sequence[dict], labels: Sequence[str], folds: int = 5, seed: int = SEED
) -> list[str]:
    """Out-of-fold predictions: train on k-1 stratified folds, predict the held-out one."""
    y = np.asarray(labels)
    pred = np.empty(len(y), dtype=object)
    splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed)
    for train_idx, test_idx in splitter.split(np.zeros(len(y)), y):
        model = build_pipeline().fit([rows[i] for i in train_idx], y[train_idx])
        pred[test_idx] = model.predict([rows[i] for i in test_idx])
    return [str(p) for p in pred]


def fit(rows: Sequence[dict], labels: Sequence[str]) -> Pipeline:
    return build_pipeline().fit(list(rows), np.asarray(labels))


def save(model: Pipeline, path: str | Path) -> Path:
    import joblib

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    joblib.dump(model, path, compress=3)
    return path
