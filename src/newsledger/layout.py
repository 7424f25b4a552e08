"""Layout found from the text alone: quotations, paragraphs and page furniture (one definition each).

The `newsledger_layout` pipe (`extract/layout.py`) runs these before the parser and puts the results
on the Doc, so every later pipe (and the attribution model) asks the Doc instead of deciding again:
`doc.spans["quotations"]`, `doc.spans["paragraphs"]`, `doc.spans["furniture"]` (label = kind) and
`doc._.dateline`, each group with the exact character offsets in `attrs["offsets"]` (the spans
themselves are whole tokens, which a quote mark glued to a word would widen).

Quotations are found by scanning quote marks, not the parse (the parser splits long quotes apart):
curly, straight, low („) and angle double quotes, curly and straight single quotes (an apostrophe between
letters never opens or closes one), the doubled straight single quote ('' ... '') of some wire
archives, and the newspaper convention that a quote running over several paragraphs reopens each
paragraph with a quote mark and closes only at its end. A quote left open at the end of a paragraph
(the closing mark lost in scraping) ends there.

Page furniture (`data/furniture.json`): teasers, datelines, bylines, captions, credits, ads, footers,
share prompts and related links, reader-comment threads and closing author bios. A rule may be placed
(only in the first or last lines of the text) or run to the text's end. The text stays in the Doc;
later pipes leave out whatever falls in it.
"""

from __future__ import annotations

import bisect
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.tokens import Doc

DATA_DIR = Path(__file__).resolve().parent / "data"
DEFAULT_FURNITURE = DATA_DIR / "furniture.json"

QUOTATIONS, PARAGRAPHS, FURNITURE = "quotations", "paragraphs", "furniture"
#: Kinds of page furniture (span labels on doc.spans["furniture"]).
FURNITURE_KINDS = ("teaser", "dateline", "byline", "caption", "credit", "ad", "footer", "share", "related")

# One alternation, longest first, so that '' is read as one double mark.
#: Every quote mark a quotation can open or close with.
QUOTE_MARKS = "\"“”‘’'«»„"
# Cyrillic letters that look like Latin ones, as pages mix them into Latin words ("Censor.NЕТ" with a
# Cyrillic Е and Т): read as the Latin letter where a word's spelling is compared.
LATIN_LOOKALIKES = str.maketrans("АВЕКМНОРСТХаеорсух", "ABEKMHOPCTXaeopcyx")
_MARKS = re.compile(r"''|[\"“”‘’'«»„]")
# A low double quote („) is closed by “ (German) or ” (as scraped English often has it).
_DOUBLE_OPEN = {"“": "”", '"': '"', "''": "''", "«": "»", "„": "“"}
_SINGLE_OPEN = {"‘": "’", "'": "'"}
_NEVER_OPEN = {"’", "”", "»"}
_EDGE_PUNCT = set(",;:-–—|•·")


# -- quotations -------------------------------------------------------------------------------------
def _is_apostrophe(text: str, i: int) -> bool:
    """A single mark with a letter or digit on both sides is part of a word ("don't", "Russia's")."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return before.isalnum() and after.isalnum()


def _can_open(text: str, i: int, width: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + width] if i + width < len(text) else " "
    return (before.isspace() or before in "([{—–-:/") and not after.isspace()


def _can_close(text: str, i: int, width: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + width] if i + width < len(text) else " "
    return not before.isspace() and not after.isalnum()


def find_quotes(text: str) -> list[tuple[int, int]]:
    """Character spans of quotations, quote marks included, in text order and not overlapping."""
    quotes: list[tuple[int, int]] = []
    open_at: int | None = None  # start of the quote being read
    piece = 0  # start of its part in the current paragraph
    closer = ""
    for m in _MARKS.finditer(text):
        i, mark = m.start(), m.group()
        if open_at is not None:
            nl = text.find("\n", piece)
            if nl != -1 and nl < i:
                # Not closed in its paragraph: a quote mark opening the very next paragraph continues
                # it; anything else means the closing mark was lost, so it ends with its paragraph.
                openers = _SINGLE_OPEN if closer in ("’", "'") else _DOUBLE_OPEN
                if mark in openers and not text[nl:i].strip():
                    piece = i
                    continue
                quotes.append((open_at, _paragraph_end(text, piece)))
                open_at = None
        if open_at is None:
            width = len(mark)
            if mark in _NEVER_OPEN or (mark in ("'", "‘") and _is_apostrophe(text, i)):
                continue
            if mark in ("“", "‘", "«", "„") or _can_open(text, i, width):
                open_at = piece = i
                closer = _SINGLE_OPEN.get(mark) or _DOUBLE_OPEN[mark]
            continue
        if closer in ("’", "'"):
            if mark not in ("’", "'") or _is_apostrophe(text, i) or not _can_close(text, i, 1):
                continue
        elif (mark not in ("”", '"', "''", "»") and mark != closer) or not _can_close(text, i, len(mark)):
            continue
        quotes.append((open_at, i + len(mark)))
        open_at = None
    if open_at is not None:
        quotes.append((open_at, _paragraph_end(text, piece)))
    return quotes


def _paragraph_end(text: str, start: int) -> int:
    """The end of the paragraph that `start` lies in, trailing spaces left out."""
    nl = text.find("\n", start)
    end = len(text) if nl == -1 else nl
    while end > start and text[end - 1] in " \t\r\xa0":
        end -= 1
    return end


def find_paragraphs(text: str) -> list[tuple[int, int]]:
    """Each non-blank line, without its surrounding spaces: scraped text puts one paragraph per line."""
    out = []
    for m in re.finditer(r"[^\n]+", text):
        start, end = m.start(), m.end()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            out.append((start, end))
    return out


# -- furniture --------------------------------------------------------------------------------------
#: Rule scopes: "line" (the pattern matches a whole line, at most max_line characters), "match" (only the
#: matched text) and "rest" (from the match to the end of the text: a comment thread, a closing bio).
SCOPES = ("line", "match", "rest")
#: Word lists of furniture.json that patterns name as {PLACEHOLDER} (an alternation, longest first).
_LISTS = {
    "AGENCY": "agencies",
    "MONTH": "months",
    "PROFESSION": "professions",
    "FINITE": "finite_verbs",
    "NOT_NAME": "not_name_words",
    "OUTLET": "outlets",
    "DATELINE_PLACE": "dateline_places",
}


@dataclass(frozen=True)
class FurnitureRule:
    kind: str
    scope: str  # one of SCOPES
    pattern: re.Pattern[str]
    # Where a match may start, counted in the text's non-blank lines that earlier marks have not wholly
    # covered, repeats left out: not among the first `skip_lines`, among the first `head_lines`, among
    # the last `tail_lines`.
    head_lines: int | None = None
    tail_lines: int | None = None
    skip_lines: int = 0

    @property
    def placed(self) -> bool:
        return self.head_lines is not None or self.tail_lines is not None or self.skip_lines > 0


def _alternation(words: list[str]) -> str:
    """The words longest first; an empty list matches nothing."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)"


def _lines_left(text: str, found: list[tuple[int, int, str, re.Match[str]]]) -> list[tuple[int, int]]:
    """The non-blank lines that no mark found so far covers wholly, each once: a line that repeats an
    earlier one (the headline printed twice) is left out."""
    spans = sorted((s, e) for s, e, _, _ in found)
    left, seen = [], set()
    for start, end in find_paragraphs(text):
        if text[start:end] in seen:
            continue
        seen.add(text[start:end])
        covered, pos = False, start
        for s, e in spans:
            if s > pos:
                break
            pos = max(pos, e)
            if pos >= end:
                covered = True
                break
        if not covered:
            left.append((start, end))
    return left


_SHAPE_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_STAMP_TOKEN = re.compile(r"[^\W\d_]+\.?|\d+|\S")
_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}\b|\d{1,4}[./-]\d{1,2}[./-]\d{2,4}")
_WHOLE = re.compile(r"(?P<date>.+)", re.DOTALL)
_SENTENCE_END = tuple('.!?"”’)')


def _one_stop(line: str) -> str:
    """The line without one full stop at its end: some archives close every line with one, headlines
    and link lists too ("Senator Wins Vote On Budget.")."""
    return line[:-1] if line.endswith(".") and not line.endswith("..") else line


@dataclass(frozen=True)
class Shapes:
    """Furniture known by its shape, not its wording (`shapes` in furniture.json), for page formats no
    rule names: scraped pages keep their link lists, tag rows, time stamps and captions as lines of
    their own, and those lines look like no paragraph of reporting, which is sentences ending in a
    full stop. Each shape counts only the lines no rule has marked wholly.

    - a related-article block: at least `run_lines` consecutive lines after the body has begun, each
      a headline (`min_words` to `max_words` words, Title Case: every word capitalised but the
      `small_words`, no full stop or comma at its end, not numbered, one sentence);
    - a tag or section row: at least three short Title Case items parted by commas, pipes or bullets
      (two after the body has begun when parted by pipes);
    - a time stamp: a line of nothing but dates, times, zones, stamp words and ages ("Updated 10:32 AM
      EST, Mon March 4, 2024", "March 4, 2024 10:32 GMT Updated 2 hours ago"), a month or a clock in it;
    - an outlet's name after a pipe at a line's end ("... | Harbour Gazette"): the tail under the
      headline, the whole line as a link after the body has begun;
    - a caption: a line of a few words with no sentence's end and not in Title Case just above a line
      that a credit or caption rule marked wholly ("Workers at the terminal" / "Photo: Jane Roe");
    - the links under a related-links heading a rule marked ("Related news"): the headline-shaped lines
      right below it, in any case.

    The body begins at the first line of at least `body_words` words that ends as a sentence does;
    a text with no such line gets no shapes. A headline may close with one full stop: some archives
    end every line with one."""

    small_words: frozenset[str]
    stamp_words: frozenset[str]
    age_words: frozenset[str]
    bullets: str
    run_lines: int
    min_words: int
    max_words: int
    body_words: int

    @classmethod
    def from_data(cls, raw: dict[str, Any], months: list[str]) -> Shapes:
        stamp = {w.lower() for w in raw.get("stamp_words", []) + months + raw.get("weekdays", [])}
        stamp |= {w.lower() for w in raw.get("zones", [])}
        return cls(
            frozenset(w.lower() for w in raw.get("small_words", [])),
            frozenset(stamp),
            frozenset(w.lower() for w in raw.get("age_words", [])),
            raw.get("bullets", ""),
            int(raw.get("run_lines", 2)),
            int(raw.get("min_words", 3)),
            int(raw.get("max_words", 16)),
            int(raw.get("body_words", 20)),
        )

    def marks(
        self, text: str, lines: list[tuple[int, int]], found: list[tuple[int, int, str, re.Match[str]]]
    ) -> list[tuple[int, int, str, re.Match[str]]]:
        """Shape marks over `lines` (the non-blank lines no rule covers wholly; `found`: the rules'
        marks)."""
        body = next(
            (i for i, (s, e) in enumerate(lines)
             if len(_SHAPE_WORD.findall(text[s:e])) >= self.body_words and text[s:e].endswith(_SENTENCE_END)),
            None,
        )  # fmt: skip
        if body is None:
            return []
        out: list[tuple[int, int, str, re.Match[str]]] = []

        def mark(start: int, end: int, kind: str) -> None:
            out.append((start, end, kind, _WHOLE.match(text, start, end)))  # type: ignore[arg-type]

        run: list[tuple[int, int]] = []
        for i, (s, e) in enumerate(lines + [(len(text), len(text))]):
            line = text[s:e]
            if i > body and e > s and self.headline(line):
                run.append((s, e))
                continue
            if len(run) >= self.run_lines:
                for a, b in run:
                    mark(a, b, "related")
            run = []
        left = set(lines)
        every = find_paragraphs(text)
        self._under_headings(text, every, left, found, mark)
        for i, (s, e) in enumerate(every[1:], 1):
            credit = any(a <= s and e <= b and k in ("credit", "caption") for a, b, k, _ in found)
            # a credit's line is short ("Photo: Jane Roe"); a wire's long "FILE - ..." caption is a caption
            # of its own, and the line above it (often the title) is none
            credit = credit and len(text[s:e].split()) <= 12
            above = every[i - 1]
            # the text's first paragraph is its title, even with a picture's credit under it
            if credit and i > 1 and above in left and self.caption(text[above[0] : above[1]]):
                mark(above[0], above[1], "caption")
        taken = {a for a, _, _, _ in out}
        for i, (s, e) in enumerate(lines):
            if s in taken:
                continue
            line = text[s:e]
            if self.stamp(line):
                mark(s, e, "dateline")
            elif self.tags(line, after_body=i > body):
                mark(s, e, "related")
            else:
                tail = self.outlet_tail(line)
                if tail is not None:
                    mark(s if i > body else s + tail + 1, e, "related")
        return out

    def _under_headings(self, text: str, every: list[tuple[int, int]], left: set, found: list, mark) -> None:
        """The lines right under a teaser heading that a rule marked wholly ("Related news", "Read also",
        "More on this"): each a headline in any case ("Zelensky calls for more air defence") or a topic
        ("Explore more on these topics" / "Ukraine" / "Russia-Ukraine war"), up to the first line that is
        neither. A heading has no text of its own after a colon."""
        for i, (s, e) in enumerate(every[:-1]):
            heading = text[s:e].strip('"“”').rstrip(": \t")
            if ":" in heading or len(_SHAPE_WORD.findall(heading)) > 5:
                continue
            if not any(a <= s and e <= b and k in ("teaser", "related") for a, b, k, _ in found):
                continue
            for a, b in every[i + 1 :]:
                item = text[a:b]
                if (a, b) not in left or not (
                    self.loose_headline(item) or self.headline(item) or self.topic(item)
                ):
                    break
                mark(a, b, "related")

    def topic(self, line: str) -> bool:
        """A topic link under a topics heading: one to four words, the first capitalised, no sentence's
        end ("Black Sea", "Russia-Ukraine war"); a body line under such a heading is longer or ends as a
        sentence does."""
        line = line.lstrip(self.bullets + " \t")
        if not line or not line[0].isupper() or line[-1] in ".,;:!?\"”’'" or len(line) > 40:
            return False
        return 1 <= len(line.split()) <= 4

    def loose_headline(self, line: str) -> bool:
        """A headline in sentence case or Title Case: a few words, the first capitalised, no sentence's
        end, not numbered, one sentence."""
        line = line.lstrip(self.bullets + " \t")
        if not line or not line[0].isupper() or line[-1] in ".,;:!\"”’'":
            return False
        if re.search(r"[.!?][\"”’]?\s+[A-Z]", line):
            return False
        words = _SHAPE_WORD.findall(line)
        return self.min_words <= len(words) <= self.max_words and len(line) <= 160

    def headline(self, line: str) -> bool:
        """A headline's shape: Title Case, a few words, no sentence's end, not a numbered item."""
        line = _one_stop(line.lstrip(self.bullets + " \t"))
        if not line or line[0].isdigit() or line[-1] in ".,;:!\"”’'":
            return False
        if re.search(r"[.!?][\"”’]?\s+[A-Z]", line):
            return False  # two sentences
        return self._title_case(line, self.min_words, self.max_words)

    def _title_case(self, text: str, least: int, most: int) -> bool:
        words = _SHAPE_WORD.findall(text)
        if not least <= len(words) <= most or len(text) > 160:
            return False
        capitals = long = 0
        for w in words:
            if w[0].isupper():
                capitals += 1
                long += len(w) > 3
            elif w.lower() not in self.small_words:
                return False
        return long >= 2 if least >= 2 else capitals >= 1

    def caption(self, line: str) -> bool:
        """A caption's shape above a credit line: a few words, no sentence's end, not a heading."""
        words = _SHAPE_WORD.findall(line)
        return 3 <= len(words) <= 40 and not line.endswith(_SENTENCE_END + (":",)) and not self.headline(line)

    def stamp(self, line: str) -> bool:
        """Only dates, times, zones and stamp words, with a month, a weekday or a clock among them."""
        if len(line) > 80 or not any(c.isdigit() for c in line):
            return False
        dated = bool(_CLOCK.search(line))
        for tok in _STAMP_TOKEN.findall(line):
            if tok.isdigit() or not tok[0].isalpha():
                continue
            low = tok.lower().rstrip(".")
            if low in self.stamp_words:
                dated = dated or low not in ("on", "at", "by")
                continue
            if low in self.age_words:  # "2 hours ago" may stand in a stamp but dates nothing alone
                continue
            if low in ("am", "pm", "a.m", "p.m", "a", "p", "m"):
                continue
            return False
        return dated

    def tags(self, line: str, *, after_body: bool) -> bool:
        """A row of short capitalised items: "Russia, Ukraine, NATO, Military" after the body has
        begun, "World | Europe | Ukraine" anywhere (a headline may list names with commas)."""
        if any(c.isdigit() or c in ".!?:;\"“”'‘’()" for c in line):
            return False
        piped = "|" in line or "•" in line or "·" in line
        if not (piped or after_body):
            return False
        parts = re.split(r"[ \t]*(?:[,|•·]|[ \t]/[ \t])[ \t]*", line.strip(self.bullets + " \t"))
        items = [x for x in parts if x]
        if len(items) < 3 and not (piped and after_body and len(items) == 2):
            return False
        return all(self._title_case(x, 1, 3) for x in items)

    def outlet_tail(self, line: str) -> int | None:
        """Where " | Outlet Name" starts at the end of a line of at least three words before it."""
        cut = line.rfind(" | ")
        if cut < 0:
            return None
        head, tail = line[:cut], line[cut + 3 :].strip()
        if len(_SHAPE_WORD.findall(head)) < 3 or not tail or len(tail) > 40 or tail[-1:] in ".!?":
            return None
        return cut if self._title_case(tail, 1, 4) else None


@dataclass
class FurnitureRules:
    """The compiled `furniture.json`; `raw` is the file's data, written back by `to_disk`."""

    raw: dict[str, Any]
    rules: list[FurnitureRule]
    max_line: int
    shapes: Shapes | None = None
    domain_endings: frozenset[str] = frozenset()  # "NET" of "Censor.NET": a web address is one word

    @classmethod
    def from_data(cls, raw: dict[str, Any]) -> FurnitureRules:
        fills = {f"{{{key}}}": _alternation(raw.get(field, [])) for key, field in _LISTS.items()}
        fills["{NAME}"] = raw.get("name", "")
        rules = []
        for rule in raw["rules"]:
            if rule["kind"] not in FURNITURE_KINDS or rule["scope"] not in SCOPES:
                raise ValueError(f"furniture rule: unknown kind or scope in {rule!r}")
            place = {k: rule.get(k) for k in ("head_lines", "tail_lines", "skip_lines")}
            if any(v is not None and (not isinstance(v, int) or v < 0) for v in place.values()):
                raise ValueError(f"furniture rule: a line count that is no count in {rule!r}")
            pattern = rule["pattern"]
            for key, fill in fills.items():
                pattern = pattern.replace(key, fill)
            rules.append(
                FurnitureRule(
                    rule["kind"],
                    rule["scope"],
                    re.compile(pattern, re.MULTILINE),
                    place["head_lines"],
                    place["tail_lines"],
                    place["skip_lines"] or 0,
                )
            )
        shapes = Shapes.from_data(raw["shapes"], raw.get("months", [])) if raw.get("shapes") else None
        endings = frozenset(raw.get("domain_endings", ()))
        return cls(raw, rules, int(raw.get("max_line", 200)), shapes, endings)

    @classmethod
    def load(cls, path: str | Path | None = None) -> FurnitureRules:
        return cls.from_data(json.loads(Path(path or DEFAULT_FURNITURE).read_text(encoding="utf-8")))

    def find(self, text: str) -> list[tuple[int, int, str, re.Match[str]]]:
        """(start, end, kind, match) of every furniture mark, in text order and not overlapping (the
        earlier, then the longer, mark wins). Rules without a place (head_lines, tail_lines,
        skip_lines) run first; then each placed rule in file order, its lines counted without those
        that the marks found before it cover wholly (a copyright line is not the article's last line)
        and without repeats; a placed mark starts in a counted line."""
        found: list[tuple[int, int, str, re.Match[str]]] = []
        for rule in self.rules:
            if not rule.placed:
                found += self._marks(rule, text)
        for rule in self.rules:
            if not rule.placed:
                continue
            lines = _lines_left(text, found)
            starts = [s for s, _ in lines]
            first = rule.skip_lines
            last = len(lines) if rule.head_lines is None else min(len(lines), rule.head_lines)
            if rule.tail_lines is not None:
                first = max(first, len(lines) - rule.tail_lines)
            for mark in self._marks(rule, text):
                i = bisect.bisect_right(starts, mark[0]) - 1
                if first <= i < last and mark[0] < lines[i][1]:
                    found.append(mark)
        if self.shapes is not None:
            found += self.shapes.marks(text, _lines_left(text, found), found)
        found.sort(key=lambda f: (f[0], -f[1]))
        out: list[tuple[int, int, str, re.Match[str]]] = []
        for f in found:
            if not out or f[0] >= out[-1][1]:
                out.append(f)
        return out

    def _marks(self, rule: FurnitureRule, text: str) -> list[tuple[int, int, str, re.Match[str]]]:
        marks = []
        for m in rule.pattern.finditer(text):
            start, end = m.start(), m.end()
            if rule.scope == "line" and end - start > self.max_line:
                continue
            if rule.scope == "rest":
                end = len(text)
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            if start < end:
                marks.append((start, end, rule.kind, m))
        return marks


def dateline_of(marks: list[tuple[int, int, str, re.Match[str]]]) -> dict[str, Any] | None:
    """The first dateline's parts as written, with its offsets: plain data for `doc._.dateline`. A
    dateline that names a place wins over an earlier bare time stamp ("Published 24 mins ago")."""
    datelines = [(s, e, m) for s, e, k, m in marks if k == "dateline"]
    placed = [d for d in datelines if d[2].groupdict().get("place")]
    first = (placed or datelines or [None])[0]
    if first is None:
        return None
    start, end, match = first
    groups = match.groupdict()
    return {
        "place": groups.get("place"),
        "date": groups.get("date"),
        "agency": groups.get("agency"),
        "start": start,
        "end": end,
    }


# -- reading what the layout pipe wrote -------------------------------------------------------------
def _offsets(doc: Doc, name: str) -> list[tuple[int, int]] | None:
    if name not in doc.spans:
        return None
    return [tuple(o) for o in doc.spans[name].attrs.get("offsets", [])]  # type: ignore[misc]


def quotations(doc: Doc) -> list[tuple[int, int]]:
    """The quotations' character spans (from the layout pipe; found here for a Doc it has not seen)."""
    found = _offsets(doc, QUOTATIONS)
    return find_quotes(doc.text) if found is None else found


def paragraphs(doc: Doc) -> list[tuple[int, int]]:
    found = _offsets(doc, PARAGRAPHS)
    return find_paragraphs(doc.text) if found is None else found


def furniture(doc: Doc) -> list[tuple[int, int]]:
    """Furniture character spans in text order; empty for a Doc the layout pipe has not seen."""
    return _offsets(doc, FURNITURE) or []


class Furniture:
    """Furniture spans with lookups, for pipes that must leave out what falls inside them."""

    def __init__(self, doc: Doc) -> None:
        self.spans = furniture(doc)
        self.starts = [s for s, _ in self.spans]

    def __bool__(self) -> bool:
        return bool(self.spans)

    def covers(self, start: int, end: int) -> bool:
        """Whether `start:end` lies wholly inside one furniture mark."""
        i = bisect.bisect_right(self.starts, start) - 1
        return i >= 0 and self.spans[i][1] >= end

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self.starts, end - 1) - 1
        while i >= 0 and self.spans[i][1] > start:
            if self.spans[i][0] < end:
                return True
            i -= 1
        return False

    def clip(self, text: str, start: int, end: int) -> tuple[int, int] | None:
        """The longest part of `start:end` outside furniture, without edge spaces or punctuation
        ("LONDON (Reuters) - Russia's minister" -> "Russia's minister"); None when nothing is left."""
        pieces, pos = [], start
        for s, e in self.spans:
            if e <= start or s >= end:
                continue
            pieces.append((pos, max(pos, s)))
            pos = max(pos, e)
        pieces.append((pos, end))
        best = None
        for a, b in pieces:
            while a < b and (text[a].isspace() or text[a] in _EDGE_PUNCT):
                a += 1
            while b > a and (text[b - 1].isspace() or text[b - 1] in _EDGE_PUNCT):
                b -= 1
            if a < b and (best is None or b - a > best[1] - best[0]):
                best = (a, b)
        return best
