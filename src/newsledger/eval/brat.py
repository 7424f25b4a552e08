"""Read and write BRAT standoff (`.ann`) files as used by PolNeAR attributions.

A span is kept as a tuple of `(start, end)` fragments because BRAT allows discontinuous spans
(`T35<TAB>Content 2103 2168;2170 2425<TAB>...`). Mention texts may contain line breaks, which BRAT
writes verbatim; the continuation lines are skipped on reading since offsets are what count.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

Fragments = tuple[tuple[int, int], ...]

_T_LINE = re.compile(r"^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t?")
_E_LINE = re.compile(r"^(E\d+)\t(.*)$")


@dataclass
class TextBound:
    id: str
    type: str
    fragments: Fragments


@dataclass
class Event:
    id: str
    type: str
    trigger: str | None
    args: list[tuple[str, str]] = field(default_factory=list)  # (role, text-bound id)


@dataclass
class AnnFile:
    textbounds: dict[str, TextBound] = field(default_factory=dict)
    events: list[Event] = field(default_factory=list)


def parse_fragments(spec: str) -> Fragments:
    """`"3 7;9 12"` -> `((3, 7), (9, 12))`."""
    out = []
    for part in spec.split(";"):
        a, b = part.split()
        out.append((int(a), int(b)))
    return tuple(out)


def format_fragments(frags: Fragments) -> str:
    return ";".join(f"{a} {b}" for a, b in frags)


def parse_ann(data: str) -> AnnFile:
    """Text-bound (T) and event (E) lines; notes, relations and continuation lines are ignored."""
    ann = AnnFile()
    for line in data.splitlines():
        m = _T_LINE.match(line)
        if m:
            tid, typ, spec = m.groups()
            ann.textbounds[tid] = TextBound(tid, typ, parse_fragments(spec))
            continue
        m = _E_LINE.match(line)
        if m:
            eid, body = m.groups()
            parts = body.split()
            if not parts:
                continue
            typ, _, trig = parts[0].partition(":")
            ev = Event(eid, typ, trig or None)
            for arg in parts[1:]:
                role, _, ref = arg.partition(":")
                if ref:
                    ev.args.append((role, ref))
            ann.events.append(ev)
    return ann


def read_ann(path: str | Path) -> AnnFile:
    return parse_ann(Path(path).read_text(encoding="utf-8"))


def _mention(text: str, frags: Fragments) -> str:
    # BRAT joins fragment texts with a space; line breaks would break the one-line-per-annotation format.
    return " ".join(text[a:b] for a, b in frags).replace("\n", " ")


class AnnWriter:
    """Builds an `.ann` file line by line, numbering T and E ids as BRAT does."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.lines: list[str] = []
        self._t = 0
        self._e = 0

    def textbound(self, typ: str, frags: Fragments) -> str:
        self._t += 1
        tid = f"T{self._t}"
        self.lines.append(f"{tid}\t{typ} {format_fragments(frags)}\t{_mention(self.text, frags)}")
        return tid

    def event(self, typ: str, trigger: str, args: Iterable[tuple[str, str]]) -> str:
        self._e += 1
        eid = f"E{self._e}"
        body = " ".join([f"{typ}:{trigger}", *(f"{r}:{t}" for r, t in args)])
        self.lines.append(f"{eid}\t{body}")
        return eid

    def render(self) -> str:
        return "".join(line + "\n" for line in self.lines)
