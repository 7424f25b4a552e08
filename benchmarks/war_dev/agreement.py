"""Agreement between two independent annotations of one article (inter-annotator agreement).

EN_UA_DEV_215 is the same article as RU_TEST_00011 with a cut-off second copy of its opening; it was
annotated again in round 3 by someone who did not see the first gold. This script maps the second
annotation's offsets onto the first text and scores the second against the first the way `eval ledger`
scores the system (cues overlap and contents share >= 50% of the shorter; event triggers overlap), so the
figures read as a ceiling for the system's: where two careful people disagree, no system will do better.

Usage: python benchmarks/war_dev/agreement.py --data ../shared/data/war-news \\
           benchmarks/war_dev/RU_TEST_00011.json benchmarks/war_dev/agreement/EN_UA_DEV_215.json
"""

from __future__ import annotations

import argparse
import json
from difflib import SequenceMatcher
from pathlib import Path

from newsledger.eval.ledger import canon


def _mapper(src: str, dst: str):
    """Offsets in `src` -> offsets in `dst`, through the blocks the two texts share (None if unshared)."""
    blocks = SequenceMatcher(None, src, dst, autojunk=False).get_matching_blocks()

    def to_dst(i: int) -> int | None:
        for a, b, size in blocks:
            if a <= i <= a + size:
                return b + (i - a)
        return None

    return to_dst


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _span(d: dict | None, to=None) -> tuple[int, int] | None:
    if not d:
        return None
    if to is None:
        return d["start"], d["end"]
    s, e = to(d["start"]), to(d["end"])
    return None if s is None or e is None else (s, e)


def _content_ok(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> bool:
    if not a or not b:
        return not a and not b
    shared = sum(_overlap(x, y) for x in a for y in b)
    shorter = min(sum(e - s for s, e in a), sum(e - s for s, e in b))
    return shorter > 0 and shared >= 0.5 * shorter


def _pairs(first: list, second: list, key) -> list[tuple[dict, dict]]:
    """Greedy one-to-one matching in text order on `key(x, y)`."""
    used: set[int] = set()
    out = []
    for x in first:
        for j, y in enumerate(second):
            if j not in used and key(x, y):
                used.add(j)
                out.append((x, y))
                break
    return out


def _prf(matched: int, n_first: int, n_second: int) -> str:
    p = matched / n_second if n_second else 0.0
    r = matched / n_first if n_first else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P {p:.3f} R {r:.3f} F1 {f:.3f} ({matched} matched; {n_first} vs {n_second})"


def agreement(first: dict, second: dict, first_text: str, second_text: str) -> dict[str, str]:
    """Scores of `second` against `first` (mapped into `first_text`'s offsets)."""
    to = _mapper(second_text, first_text)
    st1 = [(s, _span(s["cue"]), [_span(c) for c in s["content"]]) for s in first["statements"]]
    st2 = []
    for s in second["statements"]:
        cue = _span(s["cue"], to)
        if cue is not None:  # statements in the extra copy of the opening have no counterpart
            st2.append((s, cue, [p for c in s["content"] if (p := _span(c, to))]))
    matched = _pairs(st1, st2, lambda x, y: _overlap(x[1], y[1]) > 0 and _content_ok(x[2], y[2]))
    named = [(x, y) for x, y in matched if x[0]["speaker"]]
    same = sum(canon(x[0]["speaker"]) == canon(y[0]["speaker"] or "") for x, y in named)
    ev1 = [(e, _span(e["trigger"])) for e in first["events"]]
    ev2 = [(e, t) for e in second["events"] if (t := _span(e["trigger"], to))]
    located = _pairs(ev1, ev2, lambda x, y: _overlap(x[1], y[1]) > 0)

    def parties(x: dict, y: dict) -> bool:
        return all(canon(x.get(k) or "") == canon(y.get(k) or "") for k in ("source", "target"))

    strict = sum(x[0]["category"] == y[0]["category"] and parties(x[0], y[0]) for x, y in located)
    category = sum(x[0]["category"] == y[0]["category"] for x, y in located)
    return {
        "statements": _prf(len(matched), len(st1), len(st2)),
        "speaker agreement": f"{same}/{len(named)} of matched with a named speaker in the first",
        "events located": _prf(len(located), len(ev1), len(ev2)),
        "events strict": _prf(strict, len(ev1), len(ev2)),
        "category agreement": f"{category}/{len(located)} of located",
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, required=True, help="folder with the war-news articles")
    parser.add_argument("first", type=Path, help="resolved gold (.json) of the first annotation")
    parser.add_argument("second", type=Path, help="resolved gold (.json) of the second annotation")
    args = parser.parse_args(argv)
    first, second = (json.loads(p.read_text(encoding="utf-8")) for p in (args.first, args.second))
    texts = [(args.data / f"{g['article']}.txt").read_text(encoding="utf-8") for g in (first, second)]
    for name, figure in agreement(first, second, *texts).items():
        print(f"{name:20} {figure}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
