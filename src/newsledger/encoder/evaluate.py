"""The accurate pipeline (encoder pipes in place of the CRF pipe) and its PolNeAR scores.

`build_nlp` is the base model plus our pipes with `newsledger_attribution` (the CRF) swapped for
`newsledger_encoder` + `newsledger_attribution_encoder`; the statements pipe downstream is unchanged, so
the encoder's candidates are merged with the rules exactly as the CRF's are. `evaluate` scores, in one
run, the encoder's statements alone and the full pipeline's (encoder + rules) with the PolNeAR scorer.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language

ENCODER, HEAD, CRF = "newsledger_encoder", "newsledger_attribution_encoder", "newsledger_attribution"


def use_encoder(nlp: Language, model_path: str | Path | None = None, threads: int = 1) -> Language:
    """Swap the CRF attribution pipe of a newsledger pipeline for the encoder pipes (in place)."""
    from . import component  # noqa: F401  (registers the factories)

    if CRF not in nlp.pipe_names:
        raise ValueError(f"{CRF} is not in the pipeline: {', '.join(nlp.pipe_names)}")
    path = str(model_path) if model_path else None
    nlp.add_pipe(ENCODER, before=CRF, config={"model_path": path, "threads": threads})
    nlp.add_pipe(HEAD, before=CRF, config={"head_path": path})
    nlp.remove_pipe(CRF)
    return nlp


def build_nlp(model_path: str | Path | None = None, threads: int = 1) -> Language:
    """A fresh pipeline (not the cached `load_nlp()` one) with the encoder pipes."""
    from ..pipeline import add_components, load_base_model

    return use_encoder(add_components(load_base_model()), model_path, threads)


@dataclass
class Result:
    alone: object  # eval.polnear.Report: the encoder's statements alone
    combined: object  # the full pipeline's statements (encoder candidates merged with the rules)
    seconds: float
    documents: int


def evaluate(directory: str | Path, nlp: Language, limit: int | None = None, batch_size: int = 8) -> Result:
    from ..attribution.combine import to_statements
    from ..attribution.component import read_candidates
    from ..eval.polnear import Report, article_for, attribution_of, load_gold, score_document
    from ..pipeline import make_doc

    golds = load_gold(directory, limit)
    alone, combined = Report(), Report()
    started = time.perf_counter()
    docs = nlp.pipe((make_doc(nlp, article_for(g)) for g in golds), batch_size=batch_size)
    for gold, doc in zip(golds, docs, strict=True):
        own = [attribution_of(s, gold.text) for s in to_statements(doc, read_candidates(doc) or [])]
        full = [attribution_of(s, gold.text) for s in doc._.statements]
        score_document(gold.text, gold.attributions, own, alone, gold.loose)
        score_document(gold.text, gold.attributions, full, combined, gold.loose)
    return Result(alone, combined, time.perf_counter() - started, len(golds))


def summary(report) -> dict[str, float]:
    """Exact F1 per role, content overlap F1 and linked F1, rounded to 3 places."""
    s = report.scores
    out = {f"{r}_exact_f1": round(s[f"{r}/exact"].f1, 3) for r in ("source", "cue", "content")}
    out["content_overlap_f1"] = round(s["content/overlap"].f1, 3)
    out["linked_f1"] = round(s["linked"].f1, 3)
    out["linked_exact_f1"] = round(s["linked-exact"].f1, 3)
    return out
