"""The classifier's sklearn pipeline and the shipped model's loading.

A linear SVM over three sparse views (parse/lexicon features, character and word n-grams of the words
between the two actors): small, fast on CPU, trainable in seconds, so `train plover` reproduces it.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

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

    from ..extract.event_lexicon import to_plv

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
