"""Score near-duplicate clustering on benchmarks/dedup_set: pairwise precision/recall/F1 per threshold,
and how often the cluster's original is the gold original (the earliest published).

    uv run python benchmarks/dedup_eval.py benchmarks/dedup_set [--thresholds 0.3 0.4 0.5 ...]
"""

from __future__ import annotations

import argparse
import itertools
import json
import time
from pathlib import Path

from newsledger.compare.dedup import DocRef, near_duplicates


def pairs(clusters: dict[str, set[str]]) -> set[frozenset[str]]:
    return {frozenset(p) for members in clusters.values() for p in itertools.combinations(sorted(members), 2)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("set_dir", type=Path)
    ap.add_argument("--thresholds", type=float, nargs="+", default=[0.3, 0.4, 0.5, 0.6, 0.7, 0.8])
    args = ap.parse_args()
    rows = [json.loads(x) for x in (args.set_dir / "articles.jsonl").read_text().splitlines()]
    gold_of = {}
    for line in (args.set_dir / "gold.tsv").read_text().splitlines():
        if line.startswith("#") or line.startswith("id\t"):
            continue
        ident, cluster = line.split("\t")
        gold_of[ident] = cluster
    gold: dict[str, set[str]] = {}
    for ident, cluster in gold_of.items():
        gold.setdefault(cluster, set()).add(ident)
    gold_pairs = pairs(gold)
    published = {r["id"]: r["published"] for r in rows}
    docs = [DocRef(r["id"], r["text"], r["published"], n) for n, r in enumerate(rows)]
    print(f"{len(docs)} articles, {len(gold)} gold clusters, {len(gold_pairs)} gold duplicate pairs")
    print("threshold  P      R      F1     clusters  originals-right  seconds")
    for th in args.thresholds:
        t = time.perf_counter()
        found = near_duplicates(docs, th)
        secs = time.perf_counter() - t
        pred = {c.original: set(c.members) for c in found}
        pp = pairs(pred)
        tp = len(pp & gold_pairs)
        p = tp / len(pp) if pp else 0.0
        r = tp / len(gold_pairs) if gold_pairs else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        # The gold original of a cluster: its earliest published member.
        right = 0
        for c in found:
            gold_members = gold[gold_of[c.original]]
            earliest = min(gold_members, key=lambda i: published[i] or "")
            right += c.original == earliest
        print(f"{th:<9}  {p:.3f}  {r:.3f}  {f:.3f}  {len(found):>8}  {right:>6}/{len(found):<8}  {secs:.2f}")


if __name__ == "__main__":
    main()
