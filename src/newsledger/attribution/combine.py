"""Model predictions as `Statement`s, and the merge with the rule statements.

Merge policy (measured on PolNeAR dev): where a rule statement and a model statement share a cue the
rule statement is kept (its spans are the more exact); complete model statements the rules missed are
added.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..layout import quotations
from ..lexicon.cues import CueEntry, Lexicon, load_lexicon, statement_words
from ..model import Span, Statement, StatementKind
from .model import Predicted


def _chars(doc: Doc, a: int, b: int) -> tuple[int, int]:
    last = doc[b - 1]
    return doc[a].idx, last.idx + len(last.text)


def _cue_head(doc: Doc, a: int, b: int) -> int:
    for i in range(a, b):
        h = doc[i].head.i
        if h == i or not a <= h < b:
            return i
    return a


def _entry(lex: Lexicon, lemma: str, next_word: str | None) -> CueEntry | None:
    if lemma in ("accord", "according") and next_word == "to":
        return lex.preps.get("according to")
    if next_word and lemma in lex.particles and next_word in lex.particles[lemma]:
        return lex.particles[lemma][next_word]
    return lex.verbs.get(lemma) or lex.nouns.get(lemma)


def _kind(
    pred: Predicted, cue_start: int, title: Span | None, lemma: str, contents: list[Span], quotes: _Quotes
) -> StatementKind:
    if title is not None and title.start <= cue_start < title.end:
        return "headline"
    if lemma == "according":
        return "according-to"
    quoted = [c for c in contents if c.start in quotes.starts and c.end in quotes.ends]
    if contents and len(quoted) == len(contents):
        return "direct"
    if any(quotes.overlaps(c) for c in contents):
        return "mixed"
    return "indirect"


class _Quotes:
    """The layout's quotations, asked whether a content starts or ends one, or overlaps one."""

    def __init__(self, doc: Doc) -> None:
        self.spans = quotations(doc)
        self.starts = {s for s, _ in self.spans}
        self.ends = {e for _, e in self.spans}

    def overlaps(self, c: Span) -> bool:
        return any(s < c.end and c.start < e for s, e in self.spans)


def to_statements(doc: Doc, preds: list[Predicted], lexicon: Lexicon | None = None) -> list[Statement]:
    """`Statement`s (method "model") from token-offset predictions; ids M1.. until renumbered. Stance and
    class come from `lexicon` (default: the packaged cue lexicon)."""
    text = doc.text
    lex = lexicon or load_lexicon()
    article = doc._.article
    title = article.title_span if article is not None else None
    quotes = _Quotes(doc)
    out = []
    for n, p in enumerate(preds, 1):
        head = _cue_head(doc, *p.cue)
        lemma = doc[head].lemma_.lower()
        nxt = doc[head + 1].lower_ if head + 1 < p.cue[1] else None
        if lemma == "accord" and nxt == "to":
            lemma = "according"
        contents = [Span.of(text, *_chars(doc, a, b)) for a, b in sorted(p.content)]
        entry = _entry(lex, lemma, nxt)
        out.append(
            Statement(
                id=f"M{n}",
                cue=Span.of(text, *_chars(doc, *p.cue)),
                content=contents,
                source=Span.of(text, *_chars(doc, *p.source)) if p.source else None,
                kind=_kind(p, doc[p.cue[0]].idx, title, lemma, contents, quotes),
                cue_lemma=lemma,
                cue_stance=entry.stance if entry else "unknown",
                statement_class=entry.cls if entry else "speech",
                method="model",
                confidence=None,
            )
        )
    return out


def attributed(doc: Doc | None, m: Statement, lexicon: Lexicon | None = None) -> bool:
    """Whether a model statement reads as an attribution: its cue word is in the cue lexicon, or it is
    a verb with its own subject that introduces a quotation ('"...," she bristled').

    On war news the model's cues outside the lexicon ("is included on", "was buying", "scarring") were
    false 32 times out of 37 (war_dev dev); on PolNeAR dev, where the model was trained, dropping them all
    cost 0.019 source exact F1, keeping the quoted ones with a subject costs 0.009 (0.728 -> 0.719) and
    wins 0.010 content exact F1.
    """
    lex = lexicon or load_lexicon()
    if doc is not None and _other_particle(doc, m):
        return False
    if m.cue_stance != "unknown":
        # A cue the lexicon takes only with a to-infinitive ("plans to go") reports nothing with an
        # object ("plans a visit"), as in the rules.
        entry = lex.verbs.get(m.cue_lemma or "")
        to_inf = bool(m.content) and m.content[0].text.lower().startswith("to ")
        if entry is not None and entry.type == "verb+clause":
            # and one taken only with a clause or a quotation reports nothing with a to-infinitive
            # ("NATO countries continue to ignore ...")
            return not to_inf
        if entry is None or entry.type != "verb+to":
            return True
        return to_inf
    if doc is None or m.kind not in ("direct", "mixed"):
        return False
    span = doc.char_span(m.cue.start, m.cue.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    head = span.root
    return head.pos_ == "VERB" and any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children)


def _other_particle(doc: Doc, m: Statement) -> bool:
    """ "called off the strike", "wrote off the debt", "carried out strikes": with these particles
    (`statement_words.json` other_particle_verbs) the cue verb becomes another verb, which reports
    nothing. The list is short on purpose: PolNeAR counts many particle verbs as cues ("laid out her
    proposals", "backed off some of his proposals")."""
    span = doc.char_span(m.cue.start, m.cue.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    head = span.root
    others = statement_words().other_particle_verbs
    return any(c.dep_ == "prt" and f"{head.lemma_.lower()} {c.lower_}" in others for c in head.children)


def combine(
    rules: list[Statement], model: list[Statement], doc: Doc | None = None, lexicon: Lexicon | None = None
) -> list[Statement]:
    """Rule statements (marked "rules+model" where the model found the same cue), plus each complete
    model statement (source and content found) whose cue no rule cue overlaps and that reads as an
    attribution (`attributed`, with `lexicon` or the packaged one; without `doc`, only cues the lexicon
    knows).

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
        for m in (_in_cue_sentence(doc, m) for m in model)
        if m.source is not None
        and m.content
        and not any(m.cue.overlaps(r.cue) for r in rules)
        and attributed(doc, m, lexicon)
    ]
    return out


def _in_cue_sentence(doc: Doc | None, m: Statement) -> Statement:
    """The model statement without content pieces in another sentence than its cue's that quote no
    one: 'Ukraine did not comment on the claim. Kyiv has used the missiles ... to hit air bases' gave
    "did not comment on" the next sentence's infinitive; a quotation may run on, bare words do not."""
    if doc is None or not m.content:
        return m
    cue = doc.char_span(m.cue.start, m.cue.end, alignment_mode="expand")
    if cue is None or not len(cue):
        return m
    sent = cue[0].sent
    marks = quotations(doc)
    kept = [
        c
        for c in m.content
        if sent.start_char <= c.start < sent.end_char
        or any(s <= c.start < e or c.start <= s < c.end for s, e in marks)
    ]
    return m if len(kept) == len(m.content) else m.model_copy(update={"content": kept})
