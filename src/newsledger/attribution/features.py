"""Per-token features for the attribution tagger, read off the spaCy parse.

What makes attribution learnable for a linear-chain CRF is the parse: a content clause hangs under a
cue verb (ccomp, or the quoted part around "he said"), a source is that verb's subject. So besides
the word, lemma, tags and a small window, each token carries the path to the nearest ancestor that is
a likely cue (by a cue-probability table learnt from training data, shipped inside the weights), the
dependency label that path enters the cue by, whether it sits inside quotation marks, and where it
stands in its sentence and paragraph. One pass over the doc; the ancestor walk is bounded.
"""

from __future__ import annotations

from spacy.tokens import Doc

_OPEN_QUOTES = {"“", "‘‘", "``"}
_CLOSE_QUOTES = {"”", "’’", "''"}
_BOTH_QUOTES = {'"'}
_MAX_DEPTH = 8
_KID_DEPS = ("ccomp", "nsubj", "nsubjpass", "dobj", "xcomp", "agent", "prep", "punct")


def cue_bucket(prob: float | None) -> str:
    """Coarse bins of how often a lemma heads a cue in training text, so rare lemmas share weights."""
    if prob is None:
        return "0"
    if prob >= 0.5:
        return "hi"
    if prob >= 0.2:
        return "mid"
    if prob >= 0.05:
        return "lo"
    return "vlo"


def quote_state(doc: Doc) -> list[int]:
    """1 for tokens inside double quotation marks (reset at paragraph breaks), else 0; marks are 2."""
    state: list[int] = []
    inside = False
    prev = None
    for tok in doc:
        t = tok.text
        if prev is not None and ("\n" in prev.whitespace_ or "\n" in prev.text) and tok.is_sent_start:
            inside = False
        prev = tok
        if t in _OPEN_QUOTES:
            inside = True
            state.append(2)
        elif t in _CLOSE_QUOTES:
            inside = False
            state.append(2)
        elif t in _BOTH_QUOTES:
            inside = not inside
            state.append(2)
        else:
            state.append(1 if inside else 0)
    return state


def doc_features(doc: Doc, cue_probs: dict[str, float]) -> list[list[str]]:
    """One feature list per token (crfsuite string features, value 1)."""
    n = len(doc)
    if not n:
        return []
    toks = list(doc)
    lemma = [t.lemma_.lower() for t in toks]
    pos = [t.pos_ for t in toks]
    dep = [t.dep_ for t in toks]
    low = [t.lower_ for t in toks]
    heads = [t.head.i for t in toks]
    cb = [cue_bucket(cue_probs.get(lm)) for lm in lemma]
    strong = [b in ("hi", "mid") for b in cb]
    quotes = [str(q) for q in quote_state(doc)]
    newline_before = [False] * n
    for i in range(1, n):
        prev = toks[i - 1]
        newline_before[i] = "\n" in prev.whitespace_ or "\n" in prev.text
    sent_start = [0] * n
    sent_end = [0] * n
    for sent in doc.sents:
        for i in range(sent.start, sent.end):
            sent_start[i] = sent.start
            sent_end[i] = sent.end
    kids: dict[int, set[str]] = {}
    for i in range(n):
        h = heads[i]
        if h != i and cb[h] != "0" and cb[h] != "vlo":
            kids.setdefault(h, set()).add(dep[i])
    pads = {off: f"{off}pad" for off in (-2, -1, 1, 2)}
    feats: list[list[str]] = []
    for i, tok in enumerate(toks):
        d, b, h = dep[i], cb[i], heads[i]
        f = [
            "b",
            "w=" + low[i],
            "l=" + lemma[i],
            "p=" + pos[i],
            "t=" + tok.tag_,
            "d=" + d,
            "sh=" + tok.shape_[:4],
            "cb=" + b,
            "q=" + quotes[i],
            "cbd=" + b + d,
            "hl=" + lemma[h],
            "hp=" + pos[h],
            "hcb=" + cb[h],
            "dhp=" + d + "|" + pos[h] + "|" + cb[h],
        ]
        if tok.is_title:
            f.append("title")
        ent = tok.ent_type_
        if ent:
            f.append("ent=" + ent)
            f.append("eiob=" + tok.ent_iob_)
        # Nearest likely-cue ancestor, the label the path enters it by, and the depth.
        child, node, depth = i, h, 1
        while not strong[node] and heads[node] != node and depth < _MAX_DEPTH:
            child, node, depth = node, heads[node], depth + 1
        if node != child and strong[node]:
            cd = dep[child]
            f.append("anc=" + cb[node] + cd)
            f.append("ancl=" + lemma[node] + "|" + cd)
            f.append("ancd=" + str(min(depth, 4)))
            f.append("ancside=" + ("L" if child < node else "R") + cd)
        else:
            f.append("anc=none")
        if i in kids:
            k = kids[i]
            for label in _KID_DEPS:
                if label in k:
                    f.append("kid=" + label + b)
        s0, s1 = sent_start[i], sent_end[i]
        f.append("sp=" + ("first" if i == s0 else "last" if i == s1 - 1 else "mid"))
        f.append("sr=" + str(int((i - s0) / max(1, s1 - s0) * 4)))
        if s0 == 0:
            f.append("s0")
        for off in (-2, -1, 1, 2):
            j = i + off
            if 0 <= j < n:
                f.append(f"{off}w=" + low[j])
                f.append(f"{off}p=" + pos[j])
                f.append(f"{off}q=" + quotes[j])
                if off in (-1, 1):
                    f.append(f"{off}d=" + dep[j])
                    f.append(f"{off}cb=" + cb[j])
                    f.append(f"{off}l=" + lemma[j])
                    f.append(f"{off}pp=" + pos[j] + pos[i])
            else:
                f.append(pads[off])
        if i == s0 or newline_before[i]:
            f.append("par" if i == 0 or newline_before[i] else "nopar")
        feats.append(f)
    return feats
