"""Readers for PLOVER-coded sentences: the PLV TSV (`<s>…</s>`, `<t>…</t>`) and the GSR JSON records.

Only the sentence and the marked source/target are read as input; gold labels are kept apart, and other
systems' predictions in the TSV (`root_L*`) are never touched.
"""

from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..lexicon.events import legacy_root, to_plv
from .features import Offsets, parse_marked


@dataclass
class Example:
    text: str
    source: Offsets | None
    target: Offsets | None
    gold: str | None
    row: dict = field(default_factory=dict)  # every input column, for the predictions file


def read_plv(path: str | Path) -> list[Example]:
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    out = []
    for row in rows:
        text, srcs, tgts = parse_marked(row["marked_sentence"])
        gold = row.get("gold_root") or None
        out.append(Example(text, srcs[0] if srcs else None, tgts[0] if tgts else None, gold, row))
    return out


_TAG = re.compile(r"\(([A-Z]+(?:/[A-Z]+)?):\s*")


def parse_gsr_markup(markup: str) -> tuple[str, list[Offsets], list[Offsets]]:
    """Clean text plus source and target spans from GSR markup; a `SRC/TAR` pair is source then target."""
    out: list[str] = []
    length = 0
    stack: list[tuple[str, int]] = []
    spans: dict[str, list[Offsets]] = {"SRC": [], "TAR": [], "SRC/TAR": []}
    i = 0
    while i < len(markup):
        m = _TAG.match(markup, i)
        if m:
            stack.append((m.group(1), length))
            i = m.end()
            continue
        ch = markup[i]
        if ch == ")" and stack:
            tag, start = stack.pop()
            end = length
            while end > start and out and "".join(out)[end - 1 : end].isspace():
                end -= 1
            for part in (tag, *tag.split("/")):
                if part in spans:
                    spans[part].append((start, end))
                    break
            i += 1
            continue
        out.append(ch)
        length += 1
        i += 1
    text = "".join(out)
    both = sorted(spans["SRC/TAR"])
    srcs = sorted(spans["SRC"] + both[:1])
    tgts = sorted(spans["TAR"] + both[1:])
    return text, srcs, tgts


def read_gsr(path: str | Path) -> list[Example]:
    records = json.loads(Path(path).read_text(encoding="utf-8"))
    out = []
    for rec in records:
        info = rec.get("textInfo")
        if not isinstance(info, dict) or "markup" not in info:
            continue
        text, srcs, tgts = parse_gsr_markup(info["markup"])
        gold = to_plv(legacy_root(rec["event"]))
        row = {"id": rec.get("id", ""), "sentence": text, "gold_root": gold, "event": rec["event"]}
        out.append(Example(text, srcs[0] if srcs else None, tgts[0] if tgts else None, gold, row))
    return out


def read_examples(path: str | Path) -> list[Example]:
    """PLV TSV or GSR JSON, told apart by the first character."""
    with open(path, encoding="utf-8") as fh:
        head = fh.read(64).lstrip()
    return read_gsr(path) if head.startswith("[") else read_plv(path)
