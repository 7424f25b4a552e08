"""Near-duplicates: reprints and wire copy found with MinHash LSH over word shingles.

LSH proposes candidate pairs cheaply (no all-pairs comparison, so it scales to a large ledger); each
candidate is then checked on the exact shingle sets. The check takes the larger of Jaccard and
containment, because a reprint that drops paragraphs or adds boilerplate keeps most of its shingles
inside the original even when the Jaccard of the two falls.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

_WORD = re.compile(r"\w+", re.UNICODE)

#: Chosen on benchmarks/dedup_set (benchmarks/dedup_eval.py): pairwise F1 1.000 at 0.3-0.4, 0.992 at 0.5.
DEFAULT_THRESHOLD = 0.4
SHINGLE = 5
NUM_PERM = 128


@dataclass(frozen=True)
class DocRef:
    """What deduplication needs of an article; `order` breaks ties between equal dates (first read)."""

    id: str
    text: str
    published: str | None = None
    order: int = 0


@dataclass
class DuplicateCluster:
    """Every member is kept; `original` is the earliest published, then the first read."""

    original: str
    members: dict[str, float] = field(default_factory=dict)  # article id -> similarity to the original


def shingles(text: str, k: int = SHINGLE) -> set[str]:
    """Lower-cased word k-grams; a text shorter than k words is one shingle."""
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) <= k:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + k]) for i in range(len(words) - k + 1)}


def similarity(a: set[str], b: set[str]) -> float:
    """max(Jaccard, containment of the smaller set): a shortened reprint still scores high."""
    if not a or not b:
        return 0.0
    inter = len(a & b)
    return max(inter / len(a | b), inter / min(len(a), len(b)))


def _minhash(sh: set[str], num_perm: int):
    from datasketch import MinHash  # seconds to import (scipy): only when clustering

    m = MinHash(num_perm=num_perm, seed=1)
    m.update_batch([s.encode("utf-8") for s in sh])
    return m


def near_duplicates(
    docs: Sequence[DocRef],
    threshold: float = DEFAULT_THRESHOLD,
    *,
    k: int = SHINGLE,
    num_perm: int = NUM_PERM,
    min_words: int = 30,
) -> list[DuplicateCluster]:
    """Clusters of two or more near-identical texts (connected components of verified pairs).

    Texts under `min_words` words are left out: two short briefs share too little to judge.
    """
    sets = {d.id: shingles(d.text, k) for d in docs if len(_WORD.findall(d.text)) >= min_words}
    # LSH at a lower bar than the verification, so that containment-only pairs are still proposed.
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=max(0.1, threshold / 2), num_perm=num_perm)
    hashes = {}
    for ident, sh in sets.items():
        hashes[ident] = _minhash(sh, num_perm)
        lsh.insert(ident, hashes[ident])
    parent = {ident: ident for ident in sets}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for ident in sets:
        for other in lsh.query(hashes[ident]):
            if other != ident and similarity(sets[ident], sets[other]) >= threshold:
                parent[find(ident)] = find(other)
    groups: dict[str, list[DocRef]] = {}
    for d in docs:
        if d.id in sets:
            groups.setdefault(find(d.id), []).append(d)
    clusters = []
    for members in groups.values():
        if len(members) < 2:
            continue
        original = min(members, key=lambda d: (d.published is None, d.published or "", d.order))
        clusters.append(
            DuplicateCluster(
                original=original.id,
                members={d.id: round(similarity(sets[original.id], sets[d.id]), 4) for d in members},
            )
        )
    clusters.sort(key=lambda c: c.original)
    return clusters
