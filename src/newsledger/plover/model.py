"""The classifier's sklearn pipeline and the shipped model's loading.

A linear SVM over three sparse views (parse/lexicon features, character and word n-grams of the words
between the two actors): small, fast on CPU, trainable in seconds, so `train plover` reproduces it.
"""

from __future__ import annotations

import math
from functools import lru_cache
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.pipeline import FeatureUnion, Pipeline
from sklearn.preprocessing import FunctionTransformer
from sklearn.svm import LinearSVC

MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "models" / "plover.joblib"
SEED = 13


def _feats(rows: list[dict]) -> list[list[str]]:
    return [r["feats"] for r in rows]


def _texts(rows: list[dict]) -> list[str]:
    return [r["text"] for r in rows]


def _identity(x: list[str]) -> list[str]:
    return x


def build_pipeline(c: float = 1.0) -> Pipeline:
    """An unfitted classifier; inputs are `features.featurize` dicts."""
    feats = Pipeline(
        [
            ("pick", FunctionTransformer(_feats)),
            ("vec", TfidfVectorizer(analyzer=_identity, sublinear_tf=True, min_df=1)),
        ]
    )
    chars = Pipeline(
        [
            ("pick", FunctionTransformer(_texts)),
            ("vec", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=2)),
        ]
    )
    words = Pipeline(
        [
            ("pick", FunctionTransformer(_texts)),
            ("vec", TfidfVectorizer(ngram_range=(1, 3), sublinear_tf=True)),
        ]
    )
    union = FeatureUnion([("feats", feats), ("chars", chars), ("words", words)])
    return Pipeline([("union", union), ("clf", LinearSVC(C=c, class_weight="balanced", random_state=SEED))])


@lru_cache(maxsize=2)
def load_model(path: str | None = None) -> Pipeline | None:
    """The shipped model, or None when it is missing (the event component then trusts the lexicon)."""
    import joblib

    p = Path(path) if path else MODEL_PATH
    if not p.exists():
        return None
    return joblib.load(p)


def rule_predict(rows: list[dict]) -> list[str]:
    """The lexicon alone (baseline): the category of the governing verb, else of the nearest trigger word."""
    from collections import Counter

    from ..lexicon.events import to_plv

    out = []
    for row in rows:
        feats = row["feats"]
        pick = None
        for prefix in ("LC:", "LxcompC:", "LdobjC:", "PC:", "BC:", "AC:"):
            cats = [f[len(prefix) :] for f in feats if f.startswith(prefix)]
            if cats:
                pick = Counter(cats).most_common(1)[0][0]
                break
        if pick is None:
            cats = [f[3:] for f in feats if f.startswith("SC:")]
            pick = Counter(cats).most_common(1)[0][0] if cats else "ASSAULT"
        out.append(to_plv(pick))
    return out


def _tfidf_row(vec: TfidfVectorizer, analyze, values: object) -> dict[int, float]:
    """One row of `vec.transform`, computed directly (sublinear tf, idf, l2 norm as fitted)."""
    counts: dict[int, int] = {}
    vocab = vec.vocabulary_
    for term in analyze(values):
        j = vocab.get(term)
        if j is not None:
            counts[j] = counts.get(j, 0) + 1
    idf = vec.idf_
    row = {j: (1.0 + math.log(c) if vec.sublinear_tf else float(c)) * idf[j] for j, c in counts.items()}
    norm = math.sqrt(sum(v * v for v in row.values())) or 1.0
    return {j: v / norm for j, v in row.items()}


def fast_scores(model: Pipeline, rows: list[dict]) -> np.ndarray:
    """`model.decision_function(rows)` without sklearn's per-call validation (~20 ms a call): the event
    component asks about one sentence at a time, where that overhead would cost more than the parse."""
    union = model.named_steps["union"]
    clf = model.named_steps["clf"]
    coef, intercept = clf.coef_, clf.intercept_
    out = np.tile(intercept, (len(rows), 1)).astype(float)
    offset = 0
    for _, sub in union.transformer_list:
        pick, vec = sub.steps[0][1], sub.steps[1][1]
        analyze = vec.build_analyzer()
        for r, values in enumerate(pick.func(rows)):
            for j, v in _tfidf_row(vec, analyze, values).items():
                out[r] += coef[:, offset + j] * v
        offset += len(vec.vocabulary_)
    return out
