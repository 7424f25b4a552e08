"""The accurate pipeline (encoder pipes in place of the CRF pipe) and its PolNeAR scores.

`build_nlp` is the "accurate" profile (`data/profiles.json`): the fast one with `newsledger_attribution`
(the CRF) swapped for `newsledger_encoder` + `newsledger_attribution_encoder`; the statements pipe
downstream is unchanged, so the encoder's candidates are merged with the rules as the CRF's are.
`evaluate` scores, in one run, the encoder's statements alone, the full pipeline's (encoder + rules) and
a model-first merge, with the PolNeAR scorer.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language

ENCODER, HEAD = "newsledger_encoder", "newsledger_attribution_encoder"


def build_nlp(model_path: str | Path | None = None, threads: int = 1) -> Language:
    """A fresh "accurate" pipeline (not the cached `load_nlp()` one), its encoder files from `model_path`
    (default: the packaged ones)."""
    from ..pipeline import add_components, env_config, load_base_model

    path = str(model_path) if model_path else None
    config = {**env_config(), ENCODER: {"model_path": path, "threads": threads}, HEAD: {"head_path": path}}
    return add_components(load_base_model("accurate"), config=config, profile="accurate")


#: Rule statement kinds whose spans are exact by construction (quote marks, the headline line).
PRECISE_RULE_KINDS = frozenset({"headline", "direct", "unmarked-quote"})


def model_first(rules: list, model: list) -> list:
    """A merge policy to compare with the shipped one (rules first): the model's statements that have a
    content, except where a rule statement of a precise kind (`PRECISE_RULE_KINDS`) shares the cue,
    plus every rule statement whose cue no model cue overlaps."""
    out = []
    for m in model:
        if not m.content:
            continue
        precise = [r for r in rules if r.kind in PRECISE_RULE_KINDS and r.cue.overlaps(m.cue)]
        out.append(precise[0] if precise else m)
    kept = {id(s) for s in out}
    out += [r for r in rules if id(r) not in kept and not any(r.cue.overlaps(m.cue) for m in model)]
    return out


@dataclass
class Result:
    alone: object  # eval.polnear.Report: the encoder's statements alone
    combined: object  # the full pipeline's statements (encoder candidates merged with the rules)
    model_first: object  # the same candidates merged by `model_first`
    seconds: float
    documents: int


def evaluate(directory: str | Path, nlp: Language, limit: int | None = None, batch_size: int = 8) -> Result:
    from ..attribution.combine import to_statements
    from ..attribution.component import read_candidates
    from ..eval.polnear import Report, article_for, attribution_of, load_gold, score_document
    from ..extract.statement_rules import rule_statements
    from ..extract.statements import outside_furniture
    from ..layout import Furniture
    from ..pipeline import make_doc

    golds = load_gold(directory, limit)
    alone, combined, first = Report(), Report(), Report()
    statements = nlp.get_pipe("newsledger_statements")
    statements.initialize()
    lexicon = statements.lexicon
    started = time.perf_counter()
    docs = nlp.pipe((make_doc(nlp, article_for(g)) for g in golds), batch_size=batch_size)
    for gold, doc in zip(golds, docs, strict=True):
        model = to_statements(doc, read_candidates(doc) or [], lexicon)
        merged = outside_furniture(
            doc.text, model_first(rule_statements(doc, lexicon), model), Furniture(doc)
        )
        for report, stmts in ((alone, model), (combined, doc._.statements), (first, merged)):
            pred = [attribution_of(s, gold.text) for s in stmts]
            score_document(gold.text, gold.attributions, pred, report, gold.loose)
    return Result(alone, combined, first, time.perf_counter() - started, len(golds))


def summary(report) -> dict[str, float]:
    """Exact F1 per role, content overlap F1 and linked F1, rounded to 3 places."""
    s = report.scores
    out = {f"{r}_exact_f1": round(s[f"{r}/exact"].f1, 3) for r in ("source", "cue", "content")}
    out["content_overlap_f1"] = round(s["content/overlap"].f1, 3)
    out["linked_f1"] = round(s["linked"].f1, 3)
    out["linked_exact_f1"] = round(s["linked-exact"].f1, 3)
    return out
