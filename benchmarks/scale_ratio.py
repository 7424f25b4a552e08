"""Throughput of `--workers 2` against `--workers 1` on the same articles, as issue 15 asks for it.

Both clusters are started first and warmed on other articles (spawning workers and loading the
pipeline is start-up, not throughput); then the two are timed in alternating order, so a change in
the machine's load hits both alike. Every run writes a fresh ledger, and the ledgers' digests must
agree. Usage (corpus paths as for `newsledger analyze`):

    python benchmarks/scale_ratio.py CORPUS --warm OTHER_ARTICLES [--repeats 2]

e.g. CORPUS = a folder of links to the first 200 PolNeAR train texts by file name, OTHER_ARTICLES
= 16 others. Prints one JSON object: walls, the ratio, per-worker articles/s, CPU per article.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import tempfile
import time

from newsledger.run import analyze_into, ledger_digest
from newsledger.scale.cluster import connect
from newsledger.store import Ledger


def timed(client, sources: list[str], db: str) -> dict:
    with Ledger(db) as ledger:
        began = time.perf_counter()
        report = analyze_into(sources, ledger, client=client)
        wall = time.perf_counter() - began
        digest = json.dumps(ledger_digest(ledger), sort_keys=True)
    return {
        "wall": round(wall, 2),
        "analysed": report.analysed,
        "partitions": report.partitions,
        "cpu_per_article": round(report.cpu_seconds / max(report.analysed, 1), 4),
        "per_worker_articles_per_s": {
            w: round(n / report.worker_seconds[w], 3)
            for w, n in report.workers.items()
            if report.worker_seconds.get(w)
        },
        "load": round(os.getloadavg()[0], 2),
        "digest": digest,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="+")
    parser.add_argument("--warm", nargs="+", required=True, help="other articles, to warm both clusters")
    parser.add_argument("--repeats", type=int, default=2)
    args = parser.parse_args()
    work = tempfile.mkdtemp(prefix="scale-ratio-")
    runs: list[dict] = []
    with contextlib.ExitStack() as stack:
        clients = {n: stack.enter_context(connect(n, dashboard=":0")) for n in (1, 2)}
        for n, client in clients.items():
            with Ledger(f"{work}/warm{n}.db") as ledger:
                analyze_into(args.warm, ledger, client=client, partition_items=4)
        for repeat in range(args.repeats):
            order = (1, 2) if repeat % 2 == 0 else (2, 1)
            for n in order:
                run = timed(clients[n], args.corpus, f"{work}/w{n}-{repeat}.db")
                runs.append({"workers": n, "repeat": repeat, **run})
    walls = {n: sum(r["wall"] for r in runs if r["workers"] == n) for n in (1, 2)}
    per_repeat = [
        round(
            next(r["wall"] for r in runs if r["repeat"] == i and r["workers"] == 1)
            / next(r["wall"] for r in runs if r["repeat"] == i and r["workers"] == 2),
            3,
        )
        for i in range(args.repeats)
    ]
    print(
        json.dumps(
            {
                "ratio": round(walls[1] / walls[2], 3),
                "per_repeat": per_repeat,
                "same_ledgers": len({r["digest"] for r in runs}) == 1,
                "runs": [{k: v for k, v in r.items() if k != "digest"} for r in runs],
            },
            indent=1,
        )
    )


if __name__ == "__main__":
    main()
