"""BIO labels between character spans and spaCy tokens, both ways.

Roles are tagged S (source), C (cue) and Q (content). Every fragment of a span starts with B, so the
two quoted halves around "he said" are two Q spans that linking later gives to the same cue.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc

ROLE_TAGS = {"source": "S", "cue": "C", "content": "Q"}
TAG_ROLES = {v: k for k, v in ROLE_TAGS.items()}


def token_labels(doc: Doc, spans: Iterable[tuple[str, tuple[tuple[int, int], ...]]]) -> list[str]:
    """Labels for `doc` from (role, fragments) pairs; a token already labelled keeps its first role."""
    labels = ["O"] * len(doc)
    starts = [t.idx for t in doc]
    ends = [t.idx + len(t.text) for t in doc]
    import bisect

    for role, frags in spans:
        tag = ROLE_TAGS[role]
        for a, b in frags:
            i = bisect.bisect_right(ends, a)  # first token ending after a
            first = True
            while i < len(doc) and starts[i] < b:
                if labels[i] == "O" and not doc[i].is_space:
                    labels[i] = ("B-" if first else "I-") + tag
                    first = False
                i += 1
    return labels


def label_spans(labels: list[str]) -> list[tuple[str, int, int]]:
    """(role, first token, end token) runs; an I- that follows another role starts a new span."""
    out: list[tuple[str, int, int]] = []
    cur: list | None = None
    for i, lab in enumerate(labels):
        if lab == "O":
            if cur:
                out.append(tuple(cur))  # type: ignore[arg-type]
                cur = None
            continue
        bio, tag = lab.split("-", 1)
        role = TAG_ROLES[tag]
        if bio == "B" or cur is None or cur[0] != role:
            if cur:
                out.append(tuple(cur))  # type: ignore[arg-type]
            cur = [role, i, i + 1]
        else:
            cur[2] = i + 1
    if cur:
        out.append(tuple(cur))  # type: ignore[arg-type]
    return out
