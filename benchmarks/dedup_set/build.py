"""Build the near-duplicate evaluation set from our own demo corpus (examples/), deterministically.

Each demo article gets six edited reprints of the kinds seen in syndicated news: sentences dropped,
words substituted, boilerplate added, truncation, and combinations. Gold clusters: an article with
its reprints, merged with the two reprints the demo corpus already holds (examples/README.md). The
other articles of the same story (other outlets, same happening) are the hard negatives.

    uv run python benchmarks/dedup_set/build.py examples benchmarks/dedup_set
"""

from __future__ import annotations

import json
import random
import re
import sys
from datetime import date, timedelta
from pathlib import Path

from newsledger.ingest import read
from newsledger.model import Article

VERSION = 1
SUBSTITUTIONS = {
    "said": "stated",
    "says": "states",
    "told": "informed",
    "weapons": "arms",
    "government": "administration",
    "minister": "official",
    "officials": "sources",
    "meeting": "talks",
    "country": "nation",
    "defence": "defense",
    "armoured": "armored",
    "also": "additionally",
    "more": "further",
    "would": "will",
    "week": "weekday",
    "support": "backing",
    "deliveries": "shipments",
    "talks": "discussions",
    "warned": "cautioned",
    "sent": "delivered",
    "Ukraine": "Kyiv",
}
HEADER = "REPUBLISHED FROM {outlet} UNDER A CONTENT-SHARING AGREEMENT"
FOOTER = (
    "(Reporting by staff; editing by the international desk.) © 2022 Example Syndicate. All rights reserved."
)
# Known reprints inside the demo corpus (examples/README.md): (outlet, date) of reprint -> of original.
KNOWN = {
    ("Harbour Gazette", "2022-04-15"): ("Eastern Wire", "2022-04-14"),
    ("Harbour Gazette", "2022-04-13"): ("Baltic Observer", "2022-04-12"),
}
_SENT = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”]))\s+(?=[A-Z“\"])")


def sentences(paragraph: str) -> list[str]:
    return _SENT.split(paragraph)


def drop(text: str, rng: random.Random, n: int) -> str:
    paras = text.split("\n")
    slots = [(i, j) for i, p in enumerate(paras[1:], 1) for j, _ in enumerate(sentences(p)) if p.strip()]
    gone = set(rng.sample(slots, min(n, max(0, len(slots) - 2))))
    out = [paras[0]]
    for i, p in enumerate(paras[1:], 1):
        out.append(" ".join(s for j, s in enumerate(sentences(p)) if (i, j) not in gone))
    return "\n".join(out)


def substitute(text: str, rng: random.Random, rate: float) -> str:
    def swap(m: re.Match) -> str:
        w = m.group(0)
        return SUBSTITUTIONS[w] if w in SUBSTITUTIONS and rng.random() < rate else w

    return re.sub(r"\w+", swap, text)


def boilerplate(text: str, outlet: str) -> str:
    return f"{HEADER.format(outlet=outlet.upper())}\n\n{text.strip()}\n\n{FOOTER}\n"


def truncate(text: str, keep: float) -> str:
    paras = [p for p in text.split("\n") if p.strip()]
    return "\n\n".join(paras[: max(2, round(len(paras) * keep))])


def variants(a: Article, rng: random.Random) -> dict[str, str]:
    t, outlet = a.text, a.outlet or "an agency"
    return {
        "drop": drop(t, rng, 2),
        "subst": substitute(t, rng, 0.5),
        "boiler": boilerplate(t, outlet),
        "trunc": truncate(t, 0.6),
        "combo": boilerplate(substitute(drop(t, rng, 2), rng, 0.5), outlet),
        "heavy": truncate(substitute(drop(t, rng, 4), rng, 1.0), 0.7),
    }


def day(published: str | None) -> str:
    return (published or "2022-01-01")[:10]


def main(examples: Path, out_dir: Path) -> None:
    rng = random.Random(20221)
    originals = [a for a in read([examples]) if isinstance(a, Article)]
    originals.sort(key=lambda a: (day(a.published), a.outlet or "", a.id))
    key_of = {(a.outlet, day(a.published)): f"orig{n:02d}" for n, a in enumerate(originals)}
    rows, gold = [], {}
    for n, a in enumerate(originals):
        ident = f"orig{n:02d}"
        known = KNOWN.get((a.outlet or "", day(a.published)))
        cluster = key_of[known] if known else ident
        rows.append({"id": ident, "outlet": a.outlet, "published": a.published, "text": a.text})
        gold[ident] = cluster
        for m, (kind, text) in enumerate(variants(a, rng).items(), 1):
            vid = f"{ident}-{kind}"
            when = (date.fromisoformat(day(a.published)) + timedelta(days=m)).isoformat()
            rows.append({"id": vid, "outlet": f"Reprinter {m}", "published": when, "text": text})
            gold[vid] = cluster
    out_dir.mkdir(parents=True, exist_ok=True)
    with (out_dir / "articles.jsonl").open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with (out_dir / "gold.tsv").open("w", encoding="utf-8") as f:
        f.write(
            f"# dedup_set version {VERSION}: article id -> gold cluster (the original's id)\nid\tcluster\n"
        )
        for k, v in gold.items():
            f.write(f"{k}\t{v}\n")
    print(f"{len(originals)} originals, {len(rows)} articles, {len(set(gold.values()))} gold clusters")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
