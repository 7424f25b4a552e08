"""The shipped attribution tagger: tag source / cue / content tokens, then link them into statements.

Linking relies on the annotation's property that each token belongs to at most one attribution: a
content or source span goes to the cue it is attached to in the parse (either direction), else to the
nearest cue in its sentence, else in its paragraph.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc

from .features import doc_features
from .labels import label_spans

MODELS_DIR = Path(__file__).resolve().parent.parent / "data" / "models"
DEFAULT_MODEL = MODELS_DIR / "attribution"


@dataclass
class Predicted:
    """One predicted attribution in token offsets (end-exclusive)."""

    cue: tuple[int, int]
    source: tuple[int, int] | None = None
    content: list[tuple[int, int]] = field(default_factory=list)
    score: float = 0.0


class Tagger:
    """crfsuite weights plus the cue-probability table the features need."""

    def __init__(self, path: str | Path = DEFAULT_MODEL) -> None:
        import pycrfsuite

        path = Path(path)
        self.meta = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        self.cue_probs: dict[str, float] = self.meta["cue_probs"]
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(path.with_suffix(".crfsuite")))

    def tag(self, doc: Doc) -> list[str]:
        if not len(doc):
            return []
        return list(self._tagger.tag(doc_features(doc, self.cue_probs)))

    def predict(self, doc: Doc) -> list[Predicted]:
        return link(doc, label_spans(self.tag(doc)))


@lru_cache(maxsize=4)
def load_tagger(path: str | None = None) -> Tagger | None:
    """The shipped tagger, loaded once; None when its files are missing (rules-only operation)."""
    p = Path(path) if path else DEFAULT_MODEL
    if not p.with_suffix(".crfsuite").exists() or not p.with_suffix(".json").exists():
        return None
    return Tagger(p)


def _paragraph_ids(doc: Doc) -> list[int]:
    out, pid, prev = [], 0, None
    for tok in doc:
        if prev is not None and ("\n" in prev.whitespace_ or "\n" in prev.text):
            pid += 1
        out.append(pid)
        prev = tok
    return out


def _merge_gaps(doc: Doc, spans: list[tuple[int, int]], max_gap: int) -> list[tuple[int, int]]:
    """Join content pieces of one cue split only by punctuation (the tagger drops a sentence's
    full stop inside a multi-sentence quote) or by at most `max_gap` tokens."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out:
            gap = range(out[-1][1], a)
            if len(gap) <= max_gap or all(doc[i].is_punct or doc[i].is_space for i in gap):
                out[-1] = (out[-1][0], b)
                continue
        out.append((a, b))
    return out


def link(doc: Doc, spans: list[tuple[str, int, int]], reach: int = 1, max_gap: int = 0) -> list[Predicted]:
    """Group role spans into attributions around their cues.

    A span not attached to a cue in the parse goes to the nearest cue in its sentence, else within
    `reach` sentences of the same paragraph, else nowhere (a stray span would spoil a good statement).
    """
    cues = [(a, b) for role, a, b in spans if role == "cue"]
    if not cues:
        return []
    sent_of = [0] * len(doc)
    for k, sent in enumerate(doc.sents):
        for i in range(sent.start, sent.end):
            sent_of[i] = k
    par_of = _paragraph_ids(doc)
    heads = [t.head.i for t in doc]
    cue_at = {}
    for k, (a, b) in enumerate(cues):
        for i in range(a, b):
            cue_at[i] = k
    preds = [Predicted(cue=c) for c in cues]

    def rank(a: int, b: int) -> list[tuple[tuple, int]]:
        """Cue candidates for span [a, b), best first."""
        attached: set[int] = set()
        for i in range(a, b):
            h = heads[i]
            if h in cue_at and not a <= h < b:
                attached.add(cue_at[h])
        for i, k in cue_at.items():
            if a <= heads[i] < b:
                attached.add(k)
        out = []
        for k, (ca, cb) in enumerate(cues):
            dist = ca - b if ca >= b else a - cb if a >= cb else 0
            same_sent = sent_of[ca] == sent_of[a] or sent_of[ca] == sent_of[b - 1]
            same_par = par_of[ca] == par_of[a] or par_of[ca] == par_of[b - 1]
            sent_gap = max(0, sent_of[a] - sent_of[cb - 1], sent_of[ca] - sent_of[b - 1])
            if k not in attached and not (same_par and sent_gap <= reach):
                continue
            out.append(((k not in attached, not same_sent, dist), k))
        out.sort()
        return out

    sources: list[tuple[tuple, int, tuple[int, int]]] = []
    for role, a, b in spans:
        if role == "content":
            ranked = rank(a, b)
            if ranked:
                preds[ranked[0][1]].content.append((a, b))
        elif role == "source":
            for key, k in rank(a, b):
                sources.append((key, k, (a, b)))
    for p in preds:
        p.content = _merge_gaps(doc, sorted(p.content), max_gap)
    sources.sort()
    taken: set[tuple[int, int]] = set()
    for _key, k, span in sources:
        if preds[k].source is None and span not in taken:
            preds[k].source = span
            taken.add(span)
    return preds
