"""Read every framing cue raised on a folder of .txt articles, and score a verdict list.

    uv run python benchmarks/cues_review.py ../shared/data/polnear/dev/text > /tmp/cues.tsv
    (judge each row: add a column T or F; keep that file outside the repo: it quotes the texts)
    uv run python benchmarks/cues_review.py --score /tmp/cues_judged.tsv

The listing is tab-separated: file, start, end, category, in_quote, term, context (the cue in [[ ]]).
Scoring needs only file, start, end, category and the verdict in the last column.
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

from newsledger.model import Article
from newsledger.pipeline import analyze_articles, load_nlp


def review(folder: Path, limit: int | None) -> None:
    paths = sorted(folder.glob("*.txt"))[:limit]
    articles = [Article.create(p.read_text(encoding="utf-8"), source_file=p.name) for p in paths]
    out = sys.stdout
    out.write("file\tstart\tend\tcategory\tin_quote\tterm\tcontext\n")
    for a in analyze_articles(articles, load_nlp()):
        text = a.article.text
        for c in a.cues:
            s, e = c.span.start, c.span.end
            ctx = f"{text[max(0, s - 120) : s]}[[{text[s:e]}]]{text[e : e + 80]}".replace("\n", " ").replace(
                "\t", " "
            )
            out.write(
                f"{a.article.source_file}\t{s}\t{e}\t{c.category}\t{int(c.in_quote)}\t{c.term}\t{ctx}\n"
            )


def score(path: Path) -> None:
    total: collections.Counter = collections.Counter()
    right: collections.Counter = collections.Counter()
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        cols = line.split("\t")
        category, verdict = cols[3], cols[-1].strip().upper()
        if verdict not in ("T", "F"):
            continue
        total[category] += 1
        right[category] += verdict == "T"
    print("category                  right/judged  precision")
    for cat in sorted(total, key=lambda c: -total[c]):
        print(f"{cat:<24}  {right[cat]:>5}/{total[cat]:<6}  {right[cat] / total[cat]:.3f}")
    n, r = sum(total.values()), sum(right.values())
    print(f"{'all':<24}  {r:>5}/{n:<6}  {r / n:.3f}" if n else "no verdicts")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("folder", type=Path, nargs="?")
    ap.add_argument("--limit", type=int)
    ap.add_argument("--score", type=Path, help="A listing with a verdict (T/F) appended to each row.")
    args = ap.parse_args()
    if args.score:
        score(args.score)
    elif args.folder:
        review(args.folder, args.limit)
    else:
        ap.error("give a folder of .txt articles, or --score FILE")


if __name__ == "__main__":
    main()
