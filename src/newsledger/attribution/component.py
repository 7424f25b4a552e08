"""The `newsledger_attribution` pipe: the trained tagger's candidate attributions on `doc.spans`.

Writes three span groups, linked by label (`A1`, `A2`, ... in the tagger's order): `attribution_cue`
(one span per candidate), `attribution_source` (at most one) and `attribution_content` (any number).
The statements pipe reads them and merges them with its rules (see `combine`). The weights
(`attribution.crfsuite` and `attribution.json`, as `newsledger train attribution --out` writes them)
come from `model_path` (default: the packaged ones) and are written by `to_disk`, so a saved
pipeline carries them.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, SpanGroup

from .model import DEFAULT_MODEL, Predicted, Tagger

CUE, SOURCE, CONTENT = "attribution_cue", "attribution_source", "attribution_content"
_SUFFIXES = (".crfsuite", ".json")


def write_candidates(doc: Doc, preds: list[Predicted]) -> None:
    """The tagger's predictions as linked span groups (token offsets, so exact)."""
    cues, sources, contents = [], [], []
    for n, p in enumerate(preds, 1):
        label = f"A{n}"
        cues.append(_span(doc, p.cue, label))
        if p.source is not None:
            sources.append(_span(doc, p.source, label))
        contents += [_span(doc, c, label) for c in p.content]
    doc.spans[CUE] = SpanGroup(doc, name=CUE, spans=cues)
    doc.spans[SOURCE] = SpanGroup(doc, name=SOURCE, spans=sources)
    doc.spans[CONTENT] = SpanGroup(doc, name=CONTENT, spans=contents)


def _span(doc: Doc, span: tuple[int, int], label: str):
    out = doc[span[0] : span[1]]
    out.label_ = label
    return out


def read_candidates(doc: Doc) -> list[Predicted] | None:
    """The candidates back as `Predicted`, in the tagger's order; None when no attribution pipe ran."""
    if CUE not in doc.spans:
        return None
    preds = {s.label_: Predicted(cue=(s.start, s.end)) for s in doc.spans[CUE]}
    for s in doc.spans.get(SOURCE, []):
        preds[s.label_].source = (s.start, s.end)
    for s in doc.spans.get(CONTENT, []):
        preds[s.label_].content.append((s.start, s.end))
    return list(preds.values())


class AttributionComponent:
    """Tags source / cue / content tokens with the CRF and links them into candidates."""

    def __init__(self, nlp: Language, name: str, model_path: str | None = None) -> None:
        self.name = name
        self.model_path = Path(model_path) if model_path else DEFAULT_MODEL
        self.tagger: Tagger | None = None

    def initialize(self, get_examples=None, *, nlp: Language | None = None) -> None:
        """Load the weights now (else on the first doc; a saved pipeline brings its own)."""
        if self.tagger is None:
            self.tagger = Tagger(self.model_path)

    def __call__(self, doc: Doc) -> Doc:
        self.initialize()
        if not doc.has_annotation("DEP"):
            raise ValueError(
                "newsledger_attribution needs a dependency parse: add it after a parser "
                "(newsledger.load_nlp() builds a pipeline that has one)"
            )
        write_candidates(doc, self.tagger.predict(doc))
        return doc

    def to_disk(self, path: str | Path, *, exclude: tuple = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        for suffix in _SUFFIXES:
            shutil.copyfile(self.model_path.with_suffix(suffix), path / f"attribution{suffix}")

    def from_disk(self, path: str | Path, *, exclude: tuple = ()) -> AttributionComponent:
        self.model_path = Path(path) / "attribution"
        self.tagger = Tagger(self.model_path)
        return self


@Language.factory(
    "newsledger_attribution",
    default_config={"model_path": None},
    requires=["token.dep", "token.lemma", "token.tag", "token.is_sent_start"],
    assigns=["doc.spans"],
)
def make_attribution(nlp: Language, name: str, model_path: str | None) -> AttributionComponent:
    """`model_path`: weights without suffix, as `train attribution --out` writes them (default: packaged)."""
    return AttributionComponent(nlp, name, model_path)
