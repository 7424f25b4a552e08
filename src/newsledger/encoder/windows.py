"""Wordpieces, paragraph-bounded windows and the wordpiece <-> spaCy token alignment.

Training and inference share these functions, so the vector a head learns from for a token is the one
it sees at run time. The whole text is cut into wordpieces once; windows are ranges of them: whole
paragraphs packed greedily up to `max_len` wordpieces (with [CLS] and [SEP]), and a paragraph longer
than that cut into chunks overlapping by `overlap` wordpieces. Each wordpiece is *owned* by the window
where it sits farthest from an edge, so a token near a chunk's cut takes its vector from the chunk that
saw both sides of it. A spaCy token's vector is that of its first wordpiece (the wordpiece covering its
first character); a token with no wordpiece (whitespace) has none (-1).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

_BREAK = re.compile(r"\n+")


@dataclass(frozen=True)
class Pieces:
    """The wordpieces of one text: vocabulary ids and character offsets (end-exclusive)."""

    ids: np.ndarray  # (n,) int64
    starts: np.ndarray  # (n,) int64
    ends: np.ndarray  # (n,) int64

    def __len__(self) -> int:
        return len(self.ids)


def wordpieces(text: str, tokenizer) -> Pieces:
    """`tokenizer`: a `tokenizers.Tokenizer` without padding or truncation (see `base.load_tokenizer`)."""
    enc = tokenizer.encode(text, add_special_tokens=False)
    offsets = np.asarray(enc.offsets, dtype=np.int64).reshape(-1, 2)
    return Pieces(np.asarray(enc.ids, dtype=np.int64), offsets[:, 0].copy(), offsets[:, 1].copy())


def paragraph_starts(text: str) -> list[int]:
    """Character offsets where paragraphs begin (after each run of line breaks)."""
    return [0] + [m.end() for m in _BREAK.finditer(text) if m.end() < len(text)]


def windows(
    pieces: Pieces, para_starts: Sequence[int], max_len: int = 128, overlap: int = 32
) -> list[tuple[int, int]]:
    """Wordpiece ranges [a, b), each at most `max_len - 2` long, that never split a paragraph unless it
    alone is longer than that (then chunks overlapping by `overlap`)."""
    room = max_len - 2
    if room < 2 or not 0 <= overlap < room:
        raise ValueError("need max_len > 3 and 0 <= overlap < max_len - 2")
    n = len(pieces)
    if not n:
        return []
    para_of = np.searchsorted(np.asarray(para_starts, dtype=np.int64), pieces.starts, side="right")
    cuts = [0, *(np.flatnonzero(np.diff(para_of)) + 1).tolist(), n]
    out: list[tuple[int, int]] = []
    a = None  # start of the window being packed
    for p0, p1 in zip(cuts, cuts[1:], strict=False):
        if p1 - p0 > room:
            if a is not None:
                out.append((a, p0))
                a = None
            step = room - overlap
            s = p0
            while True:
                e = min(s + room, p1)
                out.append((max(p0, e - room), e))
                if e >= p1:
                    break
                s += step
            continue
        if a is None:
            a = p0
        elif p1 - a > room:
            out.append((a, p0))
            a = p0
    if a is not None:
        out.append((a, n))
    return out


def owners(n: int, wins: Sequence[tuple[int, int]]) -> np.ndarray:
    """For each wordpiece, the index of the window it is farthest from an edge in."""
    owner = np.full(n, -1, dtype=np.int64)
    best = np.full(n, -1, dtype=np.int64)
    for k, (a, b) in enumerate(wins):
        idx = np.arange(a, b)
        score = np.minimum(idx - a, b - 1 - idx)
        better = score > best[a:b]
        owner[a:b][better] = k
        best[a:b][better] = score[better]
    return owner


def first_pieces(pieces: Pieces, token_spans: Sequence[tuple[int, int]]) -> np.ndarray:
    """For each (start, end) character span, the first wordpiece overlapping it, or -1."""
    ends = pieces.ends.tolist()
    starts = pieces.starts
    out = np.full(len(token_spans), -1, dtype=np.int64)
    for t, (s, e) in enumerate(token_spans):
        i = bisect.bisect_right(ends, s)  # first piece ending after s
        if i < len(ends) and starts[i] < e:
            out[t] = i
    return out


@dataclass(frozen=True)
class Layout:
    """Everything needed to run the encoder over one text and read token vectors back."""

    pieces: Pieces
    windows: list[tuple[int, int]]
    first: np.ndarray  # (n_tokens,) first wordpiece of each token, -1 for none
    owner: np.ndarray  # (n_pieces,) owning window of each wordpiece

    def token_slots(self) -> tuple[np.ndarray, np.ndarray]:
        """(window index, position inside the window input incl. [CLS]) per token; -1 where none."""
        has = self.first >= 0
        win = np.where(has, self.owner[np.maximum(self.first, 0)], -1)
        starts = np.asarray([a for a, _ in self.windows] or [0], dtype=np.int64)
        pos = np.where(has, self.first - starts[np.maximum(win, 0)] + 1, -1)
        return win, pos


def layout(
    text: str,
    token_spans: Sequence[tuple[int, int]],
    tokenizer,
    max_len: int = 128,
    overlap: int = 32,
) -> Layout:
    pieces = wordpieces(text, tokenizer)
    wins = windows(pieces, paragraph_starts(text), max_len, overlap)
    return Layout(pieces, wins, first_pieces(pieces, token_spans), owners(len(pieces), wins))


def window_inputs(
    lay: Layout, cls_id: int, sep_id: int, order: Sequence[int]
) -> tuple[np.ndarray, np.ndarray]:
    """Padded (ids, attention mask) for the windows in `order`, each [CLS] + pieces + [SEP]."""
    rows = [lay.pieces.ids[a:b] for a, b in (lay.windows[k] for k in order)]
    width = max(len(r) for r in rows) + 2
    ids = np.zeros((len(rows), width), dtype=np.int64)
    mask = np.zeros((len(rows), width), dtype=np.int64)
    for i, r in enumerate(rows):
        ids[i, 0] = cls_id
        ids[i, 1 : len(r) + 1] = r
        ids[i, len(r) + 1] = sep_id
        mask[i, : len(r) + 2] = 1
    return ids, mask
