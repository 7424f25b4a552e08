"""Long articles in paragraph-bounded chunks, so time grows linearly with length and memory stays flat.

spaCy's parser and our pipes cost more than linearly on one very long Doc (a 1,000,000-character text
took 3 min 53 s and 3.0 GB as one Doc). An article longer than `CHUNK_CHARS` is cut at paragraph breaks
(else line breaks, else sentence ends, else spaces), each chunk is analysed as its own Doc, and the
results are shifted back to the article's offsets and merged: ids renumbered in text order, the
references between them (an event's or a cue's `statement_id`) kept, actors merged by id. What is lost
is only what crosses a cut: a pronoun whose antecedent sits in the previous chunk stays unresolved (a
missing speaker, never a wrong one).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .model import Actor, ArticleAnalysis

#: Articles up to this many characters are one Doc (every real news article); longer ones are chunked.
CHUNK_CHARS = 50_000

#: Where a chunk may end, best first: a blank line, a line break, a sentence end, any space.
_BREAKS = (re.compile(r"\n\s*\n"), re.compile(r"\n"), re.compile(r"[.!?][\"'”’)]*\s"), re.compile(r"\s"))


def chunk_bounds(text: str, limit: int = CHUNK_CHARS) -> list[tuple[int, int]]:
    """(start, end) pairs that cover `text` exactly, each at most `limit` characters where possible."""
    if limit <= 0:
        raise ValueError("limit must be positive")
    bounds: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        cut = 0
        for pattern in _BREAKS:
            # the last break in the second half of the window, so chunks stay large
            ends = [m.end() for m in pattern.finditer(window, limit // 2)]
            if ends:
                cut = ends[-1]
                break
        if cut <= 0:
            cut = limit  # one unbroken run of `limit` characters: cut it where it is
        bounds.append((start, start + cut))
        start += cut
    bounds.append((start, len(text)))
    return bounds


def _shift(value, offset: int, text: str):
    """Every span in a dumped model moved by `offset`, its text read from the whole article."""
    if isinstance(value, dict):
        if value.keys() == {"start", "end", "text"}:
            start, end = value["start"] + offset, value["end"] + offset
            return {"start": start, "end": end, "text": text[start:end]}
        return {key: _shift(item, offset, text) for key, item in value.items()}
    if isinstance(value, list):
        return [_shift(item, offset, text) for item in value]
    return value


def _renumber(items: list[dict], prefix: str, counter: Iterator[int]) -> dict[str, str]:
    mapping: dict[str, str] = {}
    for item in items:
        new = f"{prefix}{next(counter)}"
        mapping[item["id"]] = new
        item["id"] = new
    return mapping


def merge(whole: ArticleAnalysis, parts: list[tuple[int, ArticleAnalysis]]) -> ArticleAnalysis:
    """One analysis of the whole article from the analyses of its chunks, given with their offsets.

    `whole` carries the article and pipeline version; its own lists are ignored.
    """
    text = whole.article.text
    counters = {name: iter(range(1, 1 << 62)) for name in ("S", "E", "C")}
    merged: dict[str, list] = {
        "entities": [], "mentions": [], "statements": [], "events": [], "cues": [], "sentences": []
    }
    actors: dict[str, Actor] = {}
    for offset, part in parts:
        data = _shift(
            part.model_dump(exclude={"article", "actors", "parents", "pipeline_version"}), offset, text
        )
        statement_ids = _renumber(data["statements"], "S", counters["S"])
        _renumber(data["events"], "E", counters["E"])
        _renumber(data["cues"], "C", counters["C"])
        for item in data["events"] + data["cues"]:
            if item.get("statement_id"):
                item["statement_id"] = statement_ids.get(item["statement_id"])
        for key in merged:
            merged[key].extend(data[key])
        for actor in part.actors + part.parents:
            known = actors.get(actor.id)
            if known is None:
                actors[actor.id] = actor
            else:
                aliases = known.aliases + [a for a in actor.aliases if a not in known.aliases]
                actors[actor.id] = known.model_copy(update={"aliases": aliases})
    return ArticleAnalysis.model_validate(
        {
            **merged,
            "article": whole.article.model_dump(),
            "actors": [a.model_dump() for a in actors.values()],
            "pipeline_version": whole.pipeline_version,
        }
    ).parents_apart()  # a body one chunk only reached as a parent may be named in another
