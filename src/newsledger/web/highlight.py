"""Character offsets → highlighted HTML.

Spans from different extractors nest and overlap (a mention inside a statement's content, a cue across a
mention's edge), so the text is cut at every span boundary and each piece becomes one flat `<span>` whose
classes name every layer covering it. Every piece of text is escaped; nothing from the article is markup.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from markupsafe import Markup, escape

from ..store.read import name_from_id


@dataclass(frozen=True)
class Mark:
    """One highlighted span: `cls` names its layer and part (e.g. `l-stmt-cue`), `item` the card it opens."""

    start: int
    end: int
    cls: str
    item: str
    title: str = ""


def highlight(text: str, marks: Iterable[Mark], focus: Iterable[str] = ()) -> Markup:
    """The text as HTML with one `<span class="hl …">` per stretch covered by the same set of marks.

    Marks outside the text are clipped and empty ones dropped; `focus` items get an extra `focus` class.
    """
    n = len(text)
    kept = sorted(
        (m for m in (_clip(m, n) for m in marks) if m is not None),
        key=lambda m: (m.start, -m.end, m.cls, m.item),
    )
    focused = set(focus)
    bounds = sorted({0, n, *(m.start for m in kept), *(m.end for m in kept)})
    out: list[str] = []
    active: list[Mark] = []
    nxt = 0
    anchored = False
    for left, right in zip(bounds, bounds[1:], strict=False):
        active = [m for m in active if m.end > left]
        while nxt < len(kept) and kept[nxt].start <= left:
            if kept[nxt].end > left:
                active.append(kept[nxt])
            nxt += 1
        piece = escape(text[left:right])
        if not active:
            out.append(str(piece))
            continue
        classes = sorted({m.cls for m in active})
        items = list(dict.fromkeys(m.item for m in active))
        anchor = ""
        if focused.intersection(items):
            classes.append("focus")
            if not anchored:  # the first focused piece is where a link to `#focus` lands
                anchor, anchored = ' id="focus"', True
        titles = "\n".join(dict.fromkeys(m.title for m in active if m.title))
        out.append(
            f'<span{anchor} class="hl {escape(" ".join(classes))}" data-items="{escape(" ".join(items))}"'
            f' data-start="{left}" data-end="{right}" title="{escape(titles)}">{piece}</span>'
        )
    return Markup("".join(out))


def _clip(mark: Mark, n: int) -> Mark | None:
    start, end = max(0, mark.start), min(n, mark.end)
    if start >= end:
        return None
    if (start, end) == (mark.start, mark.end):
        return mark
    return Mark(start, end, mark.cls, mark.item, mark.title)


def article_marks(data: dict) -> list[Mark]:
    """Marks for every layer of an article as returned by `store.read.article`."""
    marks: list[Mark] = []
    art = data["article"]
    if art.get("title_start") is not None and art.get("title_end") is not None:
        marks.append(Mark(art["title_start"], art["title_end"], "l-title", "title"))
    for s in data["statements"]:
        item = statement_item(s)
        who = s.get("speaker_name") or s.get("source_text") or "unattributed"
        title = f"Statement ({s['kind']}, {s.get('cue_stance') or 'neutral'}): {who}"
        if s.get("source_start") is not None and s.get("source_end") is not None:
            marks.append(Mark(s["source_start"], s["source_end"], "l-stmt-source", item, title))
        marks.append(Mark(s["cue_start"], s["cue_end"], "l-stmt-cue", item, title))
        for c in s.get("contents", []):
            marks.append(Mark(c["start"], c["end"], "l-stmt-content", item, title))
    for m in data["mentions"]:
        who = m.get("actor_name") or (name_from_id(m["actor_id"]) if m.get("actor_id") else "unresolved")
        marks.append(
            Mark(m["start"], m["end"], "l-actor", f"m-{m['id']}", f"Actor: {who} ({m.get('kind') or 'name'})")
        )
    for e in data["events"]:
        item = f"e-{e['local_id']}"
        title = f"Event: {e['category']}" + (f" / {e['mode']}" if e.get("mode") else "")
        marks.append(Mark(e["trigger_start"], e["trigger_end"], "l-event", item, title))
        for it in e.get("items", []):
            marks.append(Mark(it["start"], it["end"], "l-event-item", item, f"{title}: item {it['name']}"))
        for p in e.get("sources", []) + e.get("targets", []):
            if p.get("start") is not None and p.get("end") is not None:
                role = "source" if p["role"] == "source" else "target"
                marks.append(Mark(p["start"], p["end"], f"l-event-{role}", item, f"{title}: {role}"))
    for c in data["cues"]:
        title = f"Framing cue ({c['category']}): {c['term']}" + (
            f" (alternative: {c['alternative']})" if c.get("alternative") else ""
        )
        marks.append(Mark(c["start"], c["end"], "l-cue", f"c-{c['local_id']}", title))
    return marks


def statement_item(s: dict) -> str:
    return f"s-{s['local_id']}"
