"""Resolve hand-written war-news annotations (anchors) into gold with character offsets.

An annotation file `<ARTICLE>.ann.json` names spans by short anchors instead of offsets, so a person can
write and review it next to the article; this script turns every anchor into `{"start", "end", "text"}`
against the article text and writes `<ARTICLE>.json` (the gold the `eval ledger` command reads). Only
offsets and short snippets (at most 12 words) are written: never the article text.

Anchor syntax (see docs/annotation.md):
- `"Lavrov"`: the span is the whole string;
- `"Foreign Minister [Sergei Lavrov] said"`: the context locates, the brackets mark the span;
- `"[Russia will … its goals]"`: from the first phrase to the nearest following end phrase;
- a trailing `#2` picks the second occurrence of the context in the article;
- `\\[` and `\\]` (in JSON: `"\\\\["`) match literal brackets of the text.
Whitespace in an anchor matches any run of whitespace. Cues, triggers, furniture and mentions must be
unambiguous (or carry `#k`); the other spans of an item (source, content, parties, items) take the
occurrence nearest to the item's cue or trigger.

Usage: python benchmarks/war_dev/anchor.py --data ../shared/data/war-news benchmarks/war_dev/*.ann.json
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from pathlib import Path

ELLIPSIS = re.compile(r"\s*(?:…|\.\.\.)\s*")
MAX_WORDS = 12


class AnchorError(ValueError):
    pass


#: `\[` and `\]` in an anchor stand for literal brackets of the text (editorial insertions).
_LITERAL = {"\\[": "\x01", "\\]": "\x02"}


def _pattern(fragment: str) -> str:
    parts = (re.escape(part).replace("\x01", r"\[").replace("\x02", r"\]") for part in fragment.split())
    return r"\s+".join(parts)


def _split_anchor(anchor: str) -> tuple[str, int | None]:
    match = re.search(r"#(\d+)$", anchor)
    if match:
        return anchor[: match.start()], int(match.group(1))
    return anchor, None


def find_all(text: str, anchor: str) -> list[tuple[int, int]]:
    """Every (start, end) the anchor can denote in `text`, in text order."""
    body, _ = _split_anchor(anchor)
    for escaped, placeholder in _LITERAL.items():
        body = body.replace(escaped, placeholder)
    if body.count("[") > 1 or body.count("]") > 1 or (("[" in body) != ("]" in body)):
        raise AnchorError(f"anchor {anchor!r}: use one [ ] pair at most")
    if "[" in body:
        before, rest = body.split("[", 1)
        inner, after = rest.split("]", 1)
    else:
        before, inner, after = "", body, ""
    pieces = ELLIPSIS.split(inner.strip())
    if len(pieces) > 2 or not all(p.strip() for p in pieces):
        raise AnchorError(f"anchor {anchor!r}: at most one ellipsis, with words on both sides")
    lead = _pattern(before) + (r"\s+" if before != before.rstrip() else "") if before.strip() else ""
    trail = ((r"\s+" if after != after.lstrip() else "") + _pattern(after)) if after.strip() else ""
    head = re.compile(f"(?={lead}({_pattern(pieces[0])}))", flags=re.DOTALL)
    tail = re.compile(_pattern(pieces[-1]) + f"(?={trail})", flags=re.DOTALL) if len(pieces) == 2 else None
    close = re.compile(trail, flags=re.DOTALL)
    hits: list[tuple[int, int]] = []
    for match in head.finditer(text):
        start, end = match.span(1)
        if tail is not None:
            # the end phrase nearest after this start phrase; every start phrase is a candidate
            found = tail.search(text, end)
            if found is None:
                continue
            end = found.end()
        elif trail and not close.match(text, end):
            continue
        if (start, end) not in hits:
            hits.append((start, end))
    return hits


def resolve(text: str, anchor: str, near: int | None = None, *, unique: bool = False) -> tuple[int, int]:
    """One span for an anchor: its `#k` occurrence, the only one, or (when allowed) the nearest to `near`."""
    hits = find_all(text, anchor)
    _, nth = _split_anchor(anchor)
    if not hits:
        raise AnchorError(f"anchor {anchor!r} not found")
    if nth is not None:
        if nth > len(hits):
            raise AnchorError(f"anchor {anchor!r}: only {len(hits)} occurrences")
        return hits[nth - 1]
    if len(hits) == 1:
        return hits[0]
    if unique or near is None:
        raise AnchorError(f"anchor {anchor!r} occurs {len(hits)} times: add context or #k")
    return min(hits, key=lambda h: (abs(h[0] - near), h[0]))


def snippet(text: str, start: int, end: int) -> str:
    words = text[start:end].split()
    if len(words) <= MAX_WORDS:
        return " ".join(words)
    return " ".join(words[:6]) + " … " + " ".join(words[-5:])


def _span(text: str, anchor: str | None, near: int | None = None, *, unique: bool = False) -> dict | None:
    if anchor is None:
        return None
    start, end = resolve(text, anchor, near, unique=unique)
    return {"start": start, "end": end, "text": snippet(text, start, end)}


def resolve_file(ann: dict, text: str) -> dict:
    """The gold dict for one article; raises AnchorError naming the item that failed."""
    out: dict = {
        key: ann.get(key)
        for key in ("article", "split", "annotator", "notes")
        if ann.get(key) is not None
    }
    out["sha256"] = hashlib.sha256(text.encode("utf-8")).hexdigest()
    out["actors"] = ann.get("actors", {})

    def each(section: str, fn) -> list:
        rows = []
        for i, item in enumerate(ann.get(section, []), 1):
            try:
                rows.append(fn(item))
            except AnchorError as error:
                raise AnchorError(f"{section}[{i}]: {error}") from None
        return rows

    out["furniture"] = each(
        "furniture", lambda f: {**f, "span": _span(text, f["span"], unique=True)}
    )
    out["mentions"] = each("mentions", lambda m: {**m, "span": _span(text, m["span"], unique=True)})
    out["not_actors"] = each("not_actors", lambda m: {**m, "span": _span(text, m["span"], unique=True)})

    def statement(s: dict) -> dict:
        cue = _span(text, s["cue"], unique=True)
        near = cue["start"]
        contents = s.get("content") or []
        if isinstance(contents, str):
            contents = [contents]
        return {
            **s,
            "cue": cue,
            "source": _span(text, s.get("source"), near),
            "content": [_span(text, c, near) for c in contents],
        }

    def event(e: dict) -> dict:
        trigger = _span(text, e["trigger"], unique=True)
        near = trigger["start"]
        items = [
            {**it, "span": _span(text, it.get("span"), near)} for it in e.get("items") or []
        ]
        return {
            **e,
            "trigger": trigger,
            "source_span": _span(text, e.get("source_span"), near),
            "target_span": _span(text, e.get("target_span"), near),
            "items": items,
        }

    out["statements"] = each("statements", statement)
    out["events"] = each("events", event)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, required=True, help="folder with the war-news articles")
    parser.add_argument("files", nargs="+", type=Path, help="<ARTICLE>.ann.json files")
    args = parser.parse_args(argv)
    failed = 0
    for path in args.files:
        ann = json.loads(path.read_text(encoding="utf-8"))
        text = (args.data / f"{ann['article']}.txt").read_text(encoding="utf-8")
        try:
            gold = resolve_file(ann, text)
        except AnchorError as error:
            print(f"{path}: {error}", file=sys.stderr)
            failed += 1
            continue
        target = path.with_name(path.name.replace(".ann.json", ".json"))
        target.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        counts = {k: len(gold[k]) for k in ("statements", "events", "mentions", "not_actors", "furniture")}
        print(f"{path.name}: {counts}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
