"""Train the attribution tagger from PolNeAR-layout data (`newsledger train attribution`).

Deterministic: documents are parsed and appended in sorted filename order and crfsuite's L-BFGS has
no randomness, so the same data gives the same weights; `seed` is accepted for a stable command
contract and recorded in the metadata (L-BFGS does not use it). The cue-probability table is learnt from
the training split alone.

What was tried, scored on PolNeAR dev (exact-match F1 source / cue / content, then linked F1), model
alone unless said otherwise; figures from 2026-11-21, the rules were changing at the same time:
- CRF, parse features below, L-BFGS 150 iterations (shipped): .710 / .647 / .448, linked .603.
- Same plus nearest-cue direction/distance and cue-constituent edge features, 250 iterations:
  .712 / .642 / .434, linked .607 -- no better and dearer at run time, dropped.
- Shipped features trained on 40 articles only: .624 / .592 / .390 (the data matters).
- Linking: content only within its own sentence .413; within one sentence either side .447 (kept);
  joining content pieces across gaps of up to 2 tokens made no difference, 3 tokens .421.
- Combining (full pipeline): rules alone .693 / .651 / .520, linked .647; model first plus the rules'
  extra statements .719 / .658 / .461, linked .615; rules first plus every extra model statement
  .729 / .662 / .514, linked .657; rules first plus complete (source and content) model statements
  .728 / .671 / .520, linked .691 (shipped). Taking the model's content instead of the rules' where
  both fire lowered content F1 (.479; the shorter of the two .498, the longer .501).
"""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from ..attribution.features import doc_features
from ..attribution.labels import token_labels
from ..eval.polnear import Document, Report, attribution_of, load_gold, score_document

#: crfsuite L-BFGS settings chosen on dev (see the report in `newsledger.attribution.model`).
DEFAULT_PARAMS: dict[str, float | int | bool] = {
    "c1": 0.05,
    "c2": 0.01,
    "max_iterations": 150,
    "feature.possible_transitions": True,
    "feature.minfreq": 2,
}


@dataclass
class Example:
    name: str
    doc: Doc
    labels: list[str]


def parse_documents(golds: list[Document], nlp: Language, batch_size: int = 16) -> list[Doc]:
    """Parse with the same pipeline prefix inference sees (paragraphs before the parser)."""
    return list(nlp.pipe((g.text for g in golds), batch_size=batch_size))


def examples(golds: Iterable[Document], docs: Iterable[Doc]) -> list[Example]:
    out = []
    for gold, doc in zip(golds, docs, strict=True):
        spans = [(role, a.get(role)) for a in gold.attributions for role in ("cue", "source", "content")]
        spans += [(role, frags) for role, fs in gold.loose.items() for frags in fs]
        out.append(Example(gold.name, doc, token_labels(doc, [(r, f) for r, f in spans if f])))
    return out


def cue_probabilities(exs: Iterable[Example], min_count: int = 2) -> dict[str, float]:
    """P(lemma heads a cue) over training tokens, for lemmas heading a cue at least `min_count` times."""
    total: Counter[str] = Counter()
    cue: Counter[str] = Counter()
    for ex in exs:
        for tok in ex.doc:
            lemma = tok.lemma_.lower()
            total[lemma] += 1
            if ex.labels[tok.i].endswith("-C"):
                head = tok.head
                # The cue's syntactic head: the token whose head lies outside the cue span.
                if head.i == tok.i or not ex.labels[head.i].endswith("-C"):
                    cue[lemma] += 1
    return {lm: round(c / total[lm], 4) for lm, c in cue.items() if c >= min_count}


def featurise(exs: Iterable[Example], cue_probs: dict[str, float]) -> list[tuple[list[list[str]], list[str]]]:
    return [(doc_features(ex.doc, cue_probs), ex.labels) for ex in exs]


def train(
    train_dir: str | Path,
    out: str | Path,
    nlp: Language,
    *,
    seed: int = 0,
    params: dict | None = None,
    limit: int | None = None,
    log: Callable[[str], None] = print,
) -> dict:
    """Train on `train_dir` and write `<out>.crfsuite` plus `<out>.json` (cue table, settings)."""
    import pycrfsuite

    started = time.perf_counter()
    golds = load_gold(train_dir, limit)
    exs = examples(golds, parse_documents(golds, nlp))
    log(f"parsed {len(exs)} training articles in {time.perf_counter() - started:.0f} s")
    cue_probs = cue_probabilities(exs)
    data = featurise(exs, cue_probs)
    trainer = pycrfsuite.Trainer(verbose=False)
    for xseq, yseq in data:
        trainer.append(xseq, yseq)
    settings = {**DEFAULT_PARAMS, **(params or {})}
    trainer.set_params(settings)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out.with_suffix(".crfsuite")))
    meta = {
        "version": 1,
        "kind": "crfsuite-bio",
        "seed": seed,
        "params": settings,
        "train_articles": len(exs),
        "cue_probs": dict(sorted(cue_probs.items())),
        "train_seconds": round(time.perf_counter() - started, 1),
    }
    out.with_suffix(".json").write_text(json.dumps(meta, indent=1), encoding="utf-8")
    log(f"trained in {meta['train_seconds']} s -> {out.with_suffix('.crfsuite')}")
    return meta


def evaluate_tagger(dev_dir: str | Path, weights: str | Path, nlp: Language) -> Report:
    """The model alone (no rules) on a PolNeAR split, for model choice."""
    from ..attribution.combine import to_statements
    from ..attribution.model import Tagger

    tagger = Tagger(weights)
    golds = load_gold(dev_dir)
    report = Report()
    for gold, doc in zip(golds, parse_documents(golds, nlp), strict=True):
        pred = [attribution_of(s, gold.text) for s in to_statements(doc, tagger.predict(doc))]
        score_document(gold.text, gold.attributions, pred, report, gold.loose)
    return report
