"""Model predictions as `Statement`s, and the merge with the rule statements.

Merge policy (measured on PolNeAR dev): where a rule statement and a model statement share a cue the
rule statement is kept (its spans are the more exact); complete model statements the rules missed are
added.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..extract.cue_lexicon import CueEntry, load_lexicon
from ..model import Span, Statement, StatementKind
from .model import Predicted

_QUOTES = '"“”'


def _chars(doc: Doc, a: int, b: int) -> tuple[int, int]:
    last = doc[b - 1]
    return doc[a].idx, last.idx + len(last.text)


def _cue_head(doc: Doc, a: int, b: int) -> int:
    for i in range(a, b):
        h = doc[i].head.i
        if h == i or not a <= h < b:
            return i
    return a


def _entry(lemma: str, next_word: str | None) -> CueEntry | None:
    lex = load_lexicon()
    if next_word and lemma in lex.particles and next_word in lex.particles[lemma]:
        return lex.particles[lemma][next_word]
    return lex.verbs.get(lemma) or lex.nouns.get(lemma)


def _kind(doc: Doc, pred: Predicted, lemma: str, contents: list[Span]) -> StatementKind:
    article = doc._.article if doc.has_extension("article") else None
    title = getattr(article, "title_span", None)
    cue_start = doc[pred.cue[0]].idx
    if title is not None and title.start <= cue_start < title.end:
        return "headline"
    if lemma == "according":
        return "according-to"
    quoted = [c for c in contents if c.text[:1] in _QUOTES and c.text[-1:] in _QUOTES]
    if contents and len(quoted) == len(contents):
        return "direct"
    if any(q in c.text for c in contents for q in _QUOTES):
        return "mixed"
    return "indirect"


def to_statements(doc: Doc, preds: list[Predicted]) -> list[Statement]:
    """`Statement`s (method "model") from token-offset predictions; ids M1.. until renumbered."""
    text = doc.text
    out = []
    for n, p in enumerate(preds, 1):
        head = _cue_head(doc, *p.cue)
        lemma = doc[head].lemma_.lower()
        nxt = doc[head + 1].lower_ if head + 1 < p.cue[1] else None
        contents = [Span.of(text, *_chars(doc, a, b)) for a, b in sorted(p.content)]
        entry = _entry(lemma, nxt)
        out.append(
            Statement(
                id=f"M{n}",
                cue=Span.of(text, *_chars(doc, *p.cue)),
                content=contents,
                source=Span.of(text, *_chars(doc, *p.source)) if p.source else None,
                kind=_kind(doc, p, lemma, contents),
                cue_lemma=lemma,
                cue_stance=entry.stance if entry else "unknown",
                statement_class=entry.cls if entry else "speech",
                method="model",
                confidence=None,
            )
        )
    return out


def combine(rules: list[Statement], model: list[Statement]) -> list[Statement]:
    """Rule statements (marked "rules+model" where the model found the same cue), plus each complete
    model statement (source and content found) whose cue no rule cue overlaps.

    On PolNeAR dev the rules' spans are the more exact where both fire; the model's incomplete
    statements the rules did not find are mostly false cues (keeping them costs 0.03 linked F1).
    """
    out = []
    for r in rules:
        if any(r.cue.overlaps(m.cue) for m in model):
            r = r.model_copy(update={"method": "rules+model"})
        out.append(r)
    out += [
        m
        for m in model
        if m.source is not None and m.content and not any(m.cue.overlaps(r.cue) for r in rules)
    ]
    return out
