"""Features for classifying the event that links a marked source and target in a parsed sentence.

Why these: PLOVER categories hinge on the verb that governs both actors ("accused", "called on X to",
"agreed with") and on what it governs (negation, "to"-clauses), so the features follow the dependency path
between the two mentions and add the trigger lexicon's category votes, which carry knowledge the ~1,000
training rows cannot.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from ..lexicon.events import load_lexicon

_MARK = re.compile(r"</?[st]>")

Offsets = tuple[int, int]


def parse_marked(marked: str) -> tuple[str, list[Offsets], list[Offsets]]:
    """Strip `<s>…</s>` / `<t>…</t>` markup: the clean text and the source and target character spans."""
    out: list[str] = []
    pos = 0
    open_at: dict[str, int] = {}
    spans: dict[str, list[Offsets]] = {"s": [], "t": []}
    length = 0
    for m in _MARK.finditer(marked):
        chunk = marked[pos : m.start()]
        out.append(chunk)
        length += len(chunk)
        tag = m.group()
        kind = tag.strip("</>")
        if tag.startswith("</"):
            if kind in open_at:
                spans[kind].append((open_at.pop(kind), length))
        else:
            open_at[kind] = length
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), spans["s"], spans["t"]


def _span(doc: Doc, offsets: Offsets | None) -> Span | None:
    if offsets is None:
        return None
    return doc.char_span(offsets[0], offsets[1], alignment_mode="expand")


def _ancestors(tok: Token) -> list[Token]:
    chain = [tok]
    while chain[-1].head.i != chain[-1].i and len(chain) < 40:
        chain.append(chain[-1].head)
    return chain


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def _useful(tok: Token) -> bool:
    return tok.is_alpha and not tok.is_stop


def sentence_features(
    doc: Doc, source: Offsets | None, target: Offsets | None, sent: Span | None = None
) -> list[str]:
    """Sparse string features for the source -> target relation in `sent` (default: all of `doc`).

    Offsets are into `doc`; passing the sentence of a whole article avoids copying it into its own Doc."""
    lex = load_lexicon()
    sent = sent if sent is not None else doc[:]
    src, tgt = _span(doc, source), _span(doc, target)
    feats: list[str] = []

    def votes(prefix: str, tok: Token) -> None:
        lemma = _lemma(tok)
        feats.append(f"{prefix}:{lemma}")
        for cat in lex.categories(lemma):
            feats.append(f"{prefix}C:{cat}")

    inside = set()
    for sp in (src, tgt):
        if sp is not None:
            inside.update(range(sp.start, sp.end))

    if src is not None and tgt is not None:
        s_chain, t_chain = _ancestors(src.root), _ancestors(tgt.root)
        t_ids = {t.i for t in t_chain}
        lca = next((t for t in s_chain if t.i in t_ids), src.root.sent.root)
        path = [t for t in s_chain[1:] if t.i != lca.i and t.i not in inside]
        path += [t for t in t_chain[1:] if t.i != lca.i and t.i not in inside]
        for tok in path[:8]:
            votes("P", tok)
        feats.append("ORDER:" + ("st" if src.start <= tgt.start else "ts"))
        lo, hi = (src.end, tgt.start) if src.start <= tgt.start else (tgt.end, src.start)
        between = [t for t in doc[lo:hi] if t.i not in inside]
        feats.append(f"SDEP:{src.root.dep_}")
        feats.append(f"TDEP:{tgt.root.dep_}")
        if tgt.root.dep_ == "pobj":
            feats.append(f"TPREP:{_lemma(tgt.root.head)}")
            feats.append(f"TPREPH:{_lemma(tgt.root.head.head)}_{_lemma(tgt.root.head)}")
    else:
        one = src or tgt
        lca = one.root.head if one is not None else sent.root
        between = [t for t in sent if t.i not in inside and (one is None or t.i > one.end - 1)][:6]
        feats.append("ONEMARK")
    votes("L", lca)
    feats.append(f"LPOS:{lca.pos_}")
    for child in lca.children:
        if child.dep_ == "neg":
            feats.append("NEG")
        elif child.dep_ in ("xcomp", "ccomp", "dobj", "prt", "acomp", "attr", "advcl", "nsubjpass"):
            votes(f"L{child.dep_}", child)
            feats.append(f"LD:{_lemma(lca)}_{_lemma(child)}")
            for grand in child.children:
                if grand.dep_ in ("xcomp", "dobj", "prt") and grand.i not in inside:
                    votes(f"L{child.dep_}{grand.dep_}", grand)
                if grand.dep_ == "neg":
                    feats.append("NEG2")
        elif child.dep_ == "aux" and child.tag_ == "MD":
            feats.append(f"MD:{_lemma(child)}")
        elif child.dep_ == "prep":
            feats.append(f"LPREP:{_lemma(lca)}_{_lemma(child)}")
        elif child.dep_ == "auxpass":
            feats.append("PASSIVE")
    for tok in between[:12]:
        if _useful(tok):
            votes("B", tok)
    words = [_lemma(t) for t in between[:12] if t.is_alpha]
    feats.extend(f"BB:{a}_{b}" for a, b in zip(words, words[1:], strict=False))
    last = max((sp.end for sp in (src, tgt) if sp is not None), default=0)
    for tok in doc[max(last, sent.start) : min(last + 6, sent.end)]:
        if _useful(tok):
            votes("A", tok)
    for tok in sent:
        if tok.pos_ in ("VERB", "NOUN") and tok.i not in inside and lex.categories(_lemma(tok)):
            for cat in lex.categories(_lemma(tok)):
                feats.append(f"SC:{cat}")
    return feats


def between_text(doc: Doc, source: Offsets | None, target: Offsets | None, sent: Span | None = None) -> str:
    """The words from the first marked mention to a few words past the second, mentions replaced."""
    text, base = (sent.text, sent.start_char) if sent is not None else (doc.text, 0)
    marks = sorted((m[0] - base, m[1] - base) for m in (source, target) if m is not None)
    if not marks:
        return text.lower()
    src = (source[0] - base, source[1] - base) if source is not None else None
    start = marks[0][0]
    end = min(len(text), marks[-1][1] + 60)
    piece = text[start:end]
    for (a, b), name in sorted(((m, "SRC" if m == src else "TGT") for m in marks), key=lambda x: -x[0][0]):
        piece = piece[: a - start] + f" {name} " + piece[b - start :]
    return piece.lower()


def featurize(docs: Sequence[Doc], marks: Sequence[tuple[Offsets | None, Offsets | None]]) -> list[dict]:
    """Model inputs for parsed sentences and their (source, target) offsets."""
    return [
        {"feats": sentence_features(d, s, t), "text": between_text(d, s, t)}
        for d, (s, t) in zip(docs, marks, strict=True)
    ]
