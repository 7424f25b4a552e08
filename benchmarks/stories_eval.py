"""Score story clustering on an analysed demo corpus against benchmarks/stories_gold.tsv: pairwise
precision/recall/F1 over thresholds and text weights, and the same without dates (a harder test, since
dates alone separate two of the three demo stories).

    uv run newsledger analyze examples --db demo.db
    uv run python benchmarks/stories_eval.py demo.db benchmarks/stories_gold.tsv
"""

from __future__ import annotations

import itertools
import sys
from pathlib import Path

from newsledger.compare.clusters import load_analyses
from newsledger.compare.stories import StoryDoc, cluster_stories
from newsledger.store import Ledger


def pairs(groups) -> set[frozenset[str]]:
    return {frozenset(p) for g in groups for p in itertools.combinations(sorted(g), 2)}


def main(db: Path, gold_path: Path) -> None:
    gold_of = {}
    for line in gold_path.read_text().splitlines():
        if line.startswith("#") or line.startswith("outlet\t"):
            continue
        outlet, day, story = line.split("\t")
        gold_of[(outlet, day)] = story
    with Ledger(db, read_only=True) as ledger:
        analyses = load_analyses(ledger)
    docs = [StoryDoc.from_analysis(a) for a in analyses]
    story = {d.id: gold_of[(d.outlet, (d.published or "")[:10])] for d in docs}
    gold = pairs([[i for i in story if story[i] == s] for s in set(story.values())])
    print(f"{len(docs)} articles, {len(set(story.values()))} gold stories, {len(gold)} gold pairs")
    print("dates  text_w  threshold  P      R      F1     stories")
    for use_dates, tw, th in itertools.product(
        (True, False), (0.5, 0.7, 0.9), (0.1, 0.15, 0.2, 0.25, 0.3, 0.4)
    ):
        ds = docs if use_dates else [StoryDoc(d.id, d.text, d.outlet, None, d.title, d.keys) for d in docs]
        found = cluster_stories(ds, th, text_weight=tw)
        pp = pairs([s.article_ids for s in found])
        tp = len(pp & gold)
        p = tp / len(pp) if pp else 0.0
        r = tp / len(gold)
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{'yes' if use_dates else 'no':<5}  {tw:<6}  {th:<9}  {p:.3f}  {r:.3f}  {f:.3f}  {len(found)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
