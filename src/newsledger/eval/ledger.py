"""End-to-end scoring of the whole ledger against the war-news gold (`benchmarks/war_dev/`, issue 11).

The gold (rules in `docs/annotation.md`) gives, per article, character offsets into the article file as
`Path.read_text` reads it. `analyze_gold` runs the pipeline once over all gold articles (one `nlp.pipe`),
reading each file as `newsledger analyze` does and moving every span back to file offsets (ingest drops
a repeated title line, so stored and file offsets can differ); `score_article` is a pure function of a
gold dict and an `ArticleAnalysis`, so a fix can be re-scored without re-reading anything.

Identities: `gov:X` and `state:X` are one country (speakers, parties, links, junk); `mil:X` is its own,
except as an event party, where the armed forces act for their country (docs/annotation.md). System
categories are compared as PLV roots (CONCEDE and RETREAT are YIELD, as in the gold).
Matching is one-to-one, best pair first, so an item found twice is once right and once a false positive.

- statements: a system statement matches a gold one when the cues overlap and the contents share at
  least half of the shorter content's characters (pieces unioned; a gold statement without content is
  matched on the cue). Exact: same cue span and the same content characters. Speaker accuracy over
  matched statements with a named gold speaker (unresolved is wrong); gold null speakers are counted
  apart ("speaker on unnamed": how many got one anyway, each listed as a speaker miss). Classes: said
  (speech, writing) and thought (belief, intention, perception) P/R on matched pairs of the same group;
  class right over matched.
- events: strict when the triggers overlap, the category is the same and both parties match (a gold
  party matches when the system's resolved participants include it; a gold null party only when the
  system has no resolved participant); located on trigger overlap alone, with category, party, status
  (system statuses put in the gold's six by `status_bucket`) and claimed_by (the speaker of the
  system event's statement) accuracy over located pairs.
- transfers: one row per item of an AID event; a row is right when supplier, recipient, item category,
  quantity and status all match; "supplier+recipient+item" ignores quantity and status.
- actors: junk and link precision as `_score_actors` defines them; link recall: gold mentions with an
  overlapping system mention of the right actor.
- furniture: gold furniture spans overlapped by any statement cue, content or source, event trigger
  or participant, actor mention or framing cue.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from ..lexicon.events import to_plv
from ..model import ArticleAnalysis, Span

SPLITS = ("dev", "test")
#: The gold's six statuses (docs/annotation.md) and where each system status falls among them.
GOLD_STATUSES = ("occurred", "ongoing", "planned", "hypothetical", "threatened", "negated")
STATUS_BUCKET = {
    "delivered": "occurred",
    "occurred": "occurred",
    "under way": "ongoing",
    "ongoing": "ongoing",
    "pledged": "planned",
    "approved": "planned",
    "planned": "planned",
    "proposed": "hypothetical",
    "hypothetical": "hypothetical",
    "demanded": "hypothetical",
    "denied": "negated",
    "negated": "negated",
    "threatened": "threatened",
}
#: Statement classes grouped as the issue reads them: what was said or written, and what was thought.
CLASS_GROUPS = {
    "speech": "said",
    "writing": "said",
    "belief": "thought",
    "intention": "thought",
    "perception": "thought",
}
SNIPPET_WORDS = 12
#: Kinds of error `--misses` prints, in this order.
MISS_CATEGORIES = (
    "statement-fp", "statement-fn", "speaker", "event-fp", "event-fn", "event-category", "event-party",
    "event-status", "transfer-fp", "transfer-fn", "junk-actor", "link", "furniture",
)  # fmt: skip

Pair = tuple[int, int]


class GoldError(ValueError):
    """A gold file or its article text cannot be used; the message names the file."""


@dataclass(frozen=True)
class Gold:
    """One resolved gold file (`<ARTICLE>.json`)."""

    path: Path
    data: dict

    @property
    def article(self) -> str:
        return self.data["article"]

    @property
    def split(self) -> str:
        return self.data["split"]


# --- reading ---------------------------------------------------------------------------------------


def load_gold(gold_dir: str | Path, split: str = "all") -> list[Gold]:
    """The resolved gold files of a folder (`*.json`, not the `*.ann.json` sources), sorted by name."""
    if split not in (*SPLITS, "all"):
        raise ValueError(f"split must be one of {', '.join(SPLITS)} or all, not {split!r}")
    folder = Path(gold_dir)
    if not folder.is_dir():
        raise GoldError(f"{folder}: not a folder")
    golds = []
    for path in sorted(folder.glob("*.json")):
        if path.name.endswith(".ann.json"):
            continue
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            raise GoldError(f"{path}: cannot read gold: {error}") from None
        if not isinstance(data, dict) or "article" not in data or "sha256" not in data:
            raise GoldError(f"{path}: not a resolved gold file (no 'article' or 'sha256')")
        if data.get("split") not in SPLITS:
            raise GoldError(f"{path}: split must be one of {', '.join(SPLITS)}, not {data.get('split')!r}")
        if split in ("all", data["split"]):
            golds.append(Gold(path, data))
    return golds


def check_gold(gold: Gold) -> list[str]:
    """Values the scorer cannot match (a status or class outside the rules' vocabulary), as warnings."""
    problems = []
    for i, e in enumerate(gold.data.get("events") or [], 1):
        if e.get("status") not in (*GOLD_STATUSES, None):
            problems.append(f"{gold.path.name}: events[{i}] status {e.get('status')!r} is not one of the six")
    for i, st in enumerate(gold.data.get("statements") or [], 1):
        if st.get("class") not in (*CLASS_GROUPS, None):
            problems.append(f"{gold.path.name}: statements[{i}] class {st.get('class')!r} is unknown")
    return problems


def article_text(gold: Gold, data_dir: str | Path) -> str:
    """The article file's text, checked against the sha256 the gold was resolved on."""
    path = Path(data_dir) / f"{gold.article}.txt"
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise GoldError(f"{gold.path}: cannot read its article {path}: {error.strerror or error}") from None
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    if digest != gold.data["sha256"]:
        raise GoldError(
            f"{gold.path}: the text of {path} is not the one the gold was resolved on "
            f"(sha256 {digest[:12]}… != {gold.data['sha256'][:12]}…): wrong --data, or re-run anchor.py"
        )
    return text


def offset_map(stored: str, raw: str) -> list[int]:
    """For each position of `stored` (and its end), the position in `raw`; `stored` is `raw` minus
    deletions (ingest strips the file and drops a repeated title line). Raises ValueError otherwise."""
    if raw.startswith(stored):
        return list(range(len(stored) + 1))
    prefix = 0
    limit = min(len(stored), len(raw))
    while prefix < limit and stored[prefix] == raw[prefix]:
        prefix += 1
    resume = raw.find(stored[prefix:], prefix)
    if resume >= 0:  # one deletion: the usual case
        positions = [i if i < prefix else i + resume - prefix for i in range(len(stored))]
    else:
        from difflib import SequenceMatcher

        found: list[int | None] = [None] * len(stored)
        for a, b, size in SequenceMatcher(None, stored, raw, autojunk=False).get_matching_blocks():
            found[a : a + size] = range(b, b + size)
        if any(p is None for p in found):
            raise ValueError("the stored text is not the file's text with deletions")
        positions = [p for p in found if p is not None]
    if any(raw[p] != ch for p, ch in zip(positions, stored, strict=True)):
        raise ValueError("the stored text does not align with the file's text")
    return [*positions, positions[-1] + 1 if positions else 0]


def to_file_offsets(analysis: ArticleAnalysis, raw: str) -> ArticleAnalysis:
    """The analysis with every span moved from the stored text to the file's text `raw`."""
    stored = analysis.article.text
    if stored == raw:
        return analysis
    where = offset_map(stored, raw)

    def move(node: Any) -> Any:
        if isinstance(node, dict):
            if set(node) == {"start", "end", "text"}:
                start = where[node["start"]]
                end = where[node["end"] - 1] + 1 if node["end"] > node["start"] else start
                return Span.of(raw, start, end).to_dict()
            return {key: move(value) for key, value in node.items()}
        if isinstance(node, list):
            return [move(value) for value in node]
        return node

    data = move(analysis.to_dict())
    data["article"]["text"] = raw
    return ArticleAnalysis.from_dict(data)


def read_article(gold: Gold, data_dir: str | Path):
    """(file text, Article) with the Article built exactly as `newsledger analyze FILE.txt` builds it."""
    from ..ingest import Skipped, read_file

    raw = article_text(gold, data_dir)
    path = Path(data_dir) / f"{gold.article}.txt"
    result = next(iter(read_file(path)))
    if isinstance(result, Skipped):
        raise GoldError(f"{gold.path}: its article {path} was skipped: {result.reason}")
    return raw, result


def unread_ranges(stored: str, raw: str) -> list[Pair]:
    """The stretches of `raw` that are not in `stored` (what the reader dropped), as (start, end)."""
    if raw.startswith(stored):
        return [(len(stored), len(raw))] if len(raw) > len(stored) else []
    ranges, expected = [], 0
    for pos in offset_map(stored, raw)[:-1]:
        if pos > expected:
            ranges.append((expected, pos))
        expected = pos + 1
    if expected < len(raw):
        ranges.append((expected, len(raw)))
    return ranges


class Analysed(NamedTuple):
    """A gold article's analysis in file offsets, and the file's stretches the reader dropped."""

    analysis: ArticleAnalysis
    unread: list[Pair]


def analyze_gold(
    golds: Sequence[Gold], data_dir: str | Path, nlp=None, *, batch_size: int = 8
) -> Iterator[Analysed]:
    """The pipeline's analysis of each gold article (one pass, in order), in file offsets."""
    from ..pipeline import analyze_articles

    read = [read_article(gold, data_dir) for gold in golds]
    analyses = analyze_articles((article for _, article in read), nlp, batch_size=batch_size)
    for (raw, article), analysis in zip(read, analyses, strict=True):
        yield Analysed(to_file_offsets(analysis, raw), unread_ranges(article.text, raw))


def readable_gold(gold: dict, unread: Sequence[Pair]) -> tuple[dict, int]:
    """(the gold without the items whose cue, trigger or span lies wholly in unread text, how many).

    Ingest drops a title line repeated at the top of the body; gold on that copy cannot be found by
    any system that reads the article as users do, so it is not scored. Furniture stays (unread text
    yields nothing, as furniture should); not-actors stay (nothing can be linked there).
    """
    if not unread:
        return gold, 0

    def lost(span: dict | None) -> bool:
        return span is not None and any(a <= span["start"] and span["end"] <= b for a, b in unread)

    keys = {"statements": "cue", "events": "trigger", "mentions": "span"}
    out, dropped = dict(gold), 0
    for section, key in keys.items():
        rows = gold.get(section) or []
        out[section] = [row for row in rows if not lost(row.get(key))]
        dropped += len(rows) - len(out[section])
    return out, dropped


# --- helpers -------------------------------------------------------------------------------------


def canon(actor_id: str | None) -> str | None:
    """The identity compared: `gov:X` and `state:X` are one country."""
    if actor_id is None:
        return None
    kind, _, rest = actor_id.partition(":")
    return f"country:{rest}" if kind in ("gov", "state") and rest else actor_id


def party(actor_id: str | None) -> str | None:
    """The identity compared for event parties: the armed forces (`mil:X`) act for the country too."""
    if actor_id is not None and actor_id.startswith("mil:"):
        return canon("gov:" + actor_id[4:])
    return canon(actor_id)


def _pair(span: Span | dict | None) -> Pair | None:
    if span is None:
        return None
    if isinstance(span, Span):
        return span.start, span.end
    return int(span["start"]), int(span["end"])


def _overlaps(a: Pair | None, b: Pair | None) -> bool:
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]


def _overlap_len(a: Pair, b: Pair) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _chars(spans: Iterable[Pair | None]) -> frozenset[int]:
    return frozenset(i for s in spans if s is not None for i in range(s[0], s[1]))


def snippet(text: str, start: int, end: int, words: int = SNIPPET_WORDS) -> str:
    """At most `words` words of the span (first and last words around an ellipsis when longer)."""
    parts = text[start:end].split()
    if len(parts) <= words:
        return " ".join(parts)
    head = (words - 1) // 2 + (words - 1) % 2
    return " ".join(parts[:head]) + " … " + " ".join(parts[len(parts) - (words - 1 - head) :])


def window(text: str, start: int, end: int, words: int = SNIPPET_WORDS) -> str:
    """The span with words of context on both sides, at most `words` words in all."""
    inner = text[start:end].split()
    if len(inner) >= words:
        return snippet(text, start, end, words)
    before, after = text[max(0, start - 200) : start].split(), text[end : end + 200].split()
    if before and not text[start - 1].isspace():
        before = before[:-1]  # a word cut by the span's start
    if after and end < len(text) and not text[end].isspace():
        after = after[1:]
    room = words - len(inner)
    take_after = min(len(after), room // 2)
    take_before = min(len(before), room - take_after)
    take_after = min(len(after), room - take_before)
    left = " ".join(before[len(before) - take_before :]) if take_before else ""
    right = " ".join(after[:take_after])
    return " ".join(part for part in (left, f"[{text[start:end].strip()}]", right) if part)


def _greedy(n_gold: int, n_sys: int, key: Callable[[int, int], tuple | None]) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, system index), best key first; `key` None means no match."""
    candidates = []
    for g in range(n_gold):
        for s in range(n_sys):
            k = key(g, s)
            if k is not None:
                candidates.append((k, g, s))
    candidates.sort(key=lambda c: (tuple(-x for x in c[0]), c[1], c[2]))
    used_g: set[int] = set()
    used_s: set[int] = set()
    pairs = []
    for _, g, s in candidates:
        if g not in used_g and s not in used_s:
            used_g.add(g)
            used_s.add(s)
            pairs.append((g, s))
    return sorted(pairs)


def _party_set(value: Any) -> frozenset[str]:
    """Gold party (id, null or list of ids) as a set of canonical ids; empty when null."""
    if value is None:
        return frozenset()
    values = value if isinstance(value, list) else [value]
    return frozenset(c for c in (party(v) for v in values) if c)


def _party_ok(gold: frozenset[str], system: frozenset[str]) -> bool:
    """A gold null party matches only an absent or unresolved system party; else any shared id."""
    return not system if not gold else bool(gold & system)


def status_bucket(status: str | None, negated: bool = False) -> str:
    """The gold status a system status stands for (no status: the text asserts it happened)."""
    if negated:
        return "negated"
    return STATUS_BUCKET.get(status or "", "occurred")


def _show(value: Iterable[str] | str | None) -> str:
    if value is None:
        return "-"
    if isinstance(value, str):
        return value
    items = sorted(value)
    return "+".join(items) if items else "-"


# --- scoring -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Miss:
    """One error, for reading: where it is and what the gold and the system said."""

    category: str
    article: str
    start: int
    end: int
    snippet: str
    detail: str

    def to_dict(self) -> dict:
        return dict(self.__dict__)


@dataclass
class ArticleScore:
    """Counts for one article (added up per split) and the errors behind them."""

    article: str
    split: str
    counts: Counter = field(default_factory=Counter)
    misses: list[Miss] = field(default_factory=list)
    junk: list[dict] = field(default_factory=list)

    def miss(self, category: str, text: str, span: Pair, detail: str, *, context: bool = False) -> None:
        """Record an error at `span`: its words, or (`context`) the words around a one-word span."""
        shown = (window if context else snippet)(text, *span)
        self.misses.append(Miss(category, self.article, span[0], span[1], shown, detail))


@dataclass
class _Statement:
    cue: Pair
    content: frozenset[int]  # the characters of all content pieces
    speaker: str | None
    cls: str
    where: Pair  # from the first to the last character of cue and content

    @classmethod
    def of(cls, cue: Pair, pieces: Sequence[Pair], speaker: str | None, kind: str | None) -> _Statement:
        spans = [cue, *pieces]
        where = (min(x[0] for x in spans), max(x[1] for x in spans))
        return cls(cue, _chars(pieces), speaker, kind or "speech", where)


def _gold_statements(gold: dict) -> list[_Statement]:
    return [
        _Statement.of(
            _pair(s["cue"]),
            [p for p in (_pair(c) for c in s.get("content") or []) if p],
            s.get("speaker"),
            s.get("class"),
        )
        for s in gold.get("statements") or []
    ]


def _system_statements(analysis: ArticleAnalysis) -> list[_Statement]:
    # `statement_class` is newer than some stored analyses: absent means speech.
    return [
        _Statement.of(
            _pair(s.cue), [_pair(c) for c in s.content], s.speaker, getattr(s, "statement_class", None)
        )
        for s in analysis.statements
    ]


def content_overlap(gold: frozenset[int], system: frozenset[int]) -> float | None:
    """Shared characters over the shorter content's characters (pieces unioned); None when either is empty."""
    if not gold or not system:
        return None
    return len(gold & system) / min(len(gold), len(system))


def _statement_key(g: _Statement, s: _Statement) -> tuple | None:
    """Match when cues overlap and contents share ≥ 50% of the shorter one (cue alone if gold has none)."""
    if not _overlaps(g.cue, s.cue):
        return None
    if not g.content:
        return (0.0, _overlap_len(g.cue, s.cue))
    ratio = content_overlap(g.content, s.content)
    if ratio is None or ratio < 0.5:
        return None
    return (ratio, _overlap_len(g.cue, s.cue))


def _score_statements(gold: dict, analysis: ArticleAnalysis, score: ArticleScore, text: str) -> None:
    gs, ss = _gold_statements(gold), _system_statements(analysis)
    c = score.counts
    c["st_gold"] += len(gs)
    c["st_sys"] += len(ss)
    pairs = _greedy(len(gs), len(ss), lambda g, s: _statement_key(gs[g], ss[s]))
    c["st_match"] += len(pairs)
    exact = _greedy(
        len(gs), len(ss),
        lambda g, s: (1,) if gs[g].cue == ss[s].cue and gs[g].content == ss[s].content else None,
    )  # fmt: skip
    c["st_exact"] += len(exact)
    for st in gs:
        c[f"cls_gold_{CLASS_GROUPS.get(st.cls, 'said')}"] += 1
    for st in ss:
        c[f"cls_sys_{CLASS_GROUPS.get(st.cls, 'said')}"] += 1
    matched_g = {g for g, _ in pairs}
    matched_s = {s for _, s in pairs}
    for g, s in pairs:
        gold_st, sys_st = gs[g], ss[s]
        group_g, group_s = CLASS_GROUPS.get(gold_st.cls, "said"), CLASS_GROUPS.get(sys_st.cls, "said")
        if group_g == group_s:
            c[f"cls_match_{group_g}"] += 1
        c["cls_right"] += gold_st.cls == sys_st.cls
        if gold_st.speaker is None:
            c["sp_unnamed"] += 1
            c["sp_unnamed_given"] += sys_st.speaker is not None
            if sys_st.speaker is not None:  # someone named where the text names no one: a wrong speaker
                score.miss("speaker", text, gold_st.where, f"gold unnamed, system {sys_st.speaker}")
            continue
        c["sp_named"] += 1
        if canon(gold_st.speaker) == canon(sys_st.speaker):
            c["sp_right"] += 1
            continue
        c["sp_unresolved"] += sys_st.speaker is None
        detail = f"gold {gold_st.speaker}, system {sys_st.speaker or 'unresolved'}"
        score.miss("speaker", text, gold_st.where, detail)
    for g, st in enumerate(gs):
        if g not in matched_g:
            score.miss("statement-fn", text, st.where, _statement_text(st, text))
    for s, st in enumerate(ss):
        if s not in matched_s:
            score.miss("statement-fp", text, st.where, _statement_text(st, text))


def _statement_text(st: _Statement, text: str) -> str:
    return f"cue {text[st.cue[0] : st.cue[1]]!r}, speaker {st.speaker or '-'}, {st.cls}"


@dataclass
class _Event:
    trigger: Pair
    category: str
    sources: frozenset[str]
    targets: frozenset[str]
    status: str
    claimed_by: str | None
    items: list[dict]


def _gold_events(gold: dict) -> list[_Event]:
    return [
        _Event(
            _pair(e["trigger"]),
            str(e.get("category") or "").upper(),
            _party_set(e.get("source")),
            _party_set(e.get("target")),
            e.get("status") or "occurred",
            canon(e.get("claimed_by")),
            [
                {
                    "category": (it.get("category") or "").strip().lower() or None,
                    "quantity": it.get("quantity"),
                }
                for it in e.get("items") or []
            ],
        )  # fmt: skip
        for e in gold.get("events") or []
    ]


def _system_events(analysis: ArticleAnalysis) -> list[_Event]:
    speakers = {s.id: s.speaker for s in analysis.statements}
    out = []
    for e in analysis.events:
        claimed = canon(speakers.get(e.statement_id)) if e.statement_id else None
        out.append(
            _Event(
                _pair(e.trigger), to_plv(e.category.upper()),
                frozenset(c for c in (party(p.actor_id) for p in e.sources) if c),
                frozenset(c for c in (party(p.actor_id) for p in e.targets) if c),
                status_bucket(e.status, e.negated), claimed,
                [
                    {"category": (it.category or "").strip().lower() or None, "quantity": it.quantity_value}
                    for it in e.items
                ],
            )
        )  # fmt: skip
    return out


def _event_text(e: _Event) -> str:
    return f"{e.category} {_show(e.sources)}→{_show(e.targets)} ({e.status})"


def _score_events(gold: dict, analysis: ArticleAnalysis, score: ArticleScore, text: str) -> None:
    ge, se = _gold_events(gold), _system_events(analysis)
    c = score.counts
    c["ev_gold"] += len(ge)
    c["ev_sys"] += len(se)

    def parties(g: _Event, s: _Event) -> tuple[bool, bool]:
        return _party_ok(g.sources, s.sources), _party_ok(g.targets, s.targets)

    def strict(g: int, s: int) -> tuple | None:
        a, b = ge[g], se[s]
        if not _overlaps(a.trigger, b.trigger) or a.category != b.category or not all(parties(a, b)):
            return None
        return (_overlap_len(a.trigger, b.trigger),)

    def located(g: int, s: int) -> tuple | None:
        a, b = ge[g], se[s]
        if not _overlaps(a.trigger, b.trigger):
            return None
        return (a.category == b.category, sum(parties(a, b)), _overlap_len(a.trigger, b.trigger))

    c["ev_strict"] += len(_greedy(len(ge), len(se), strict))
    pairs = _greedy(len(ge), len(se), located)
    c["ev_located"] += len(pairs)
    for g, s in pairs:
        a, b = ge[g], se[s]
        source_ok, target_ok = parties(a, b)
        c["ev_cat_right"] += a.category == b.category
        c["ev_src_right"] += source_ok
        c["ev_tgt_right"] += target_ok
        c["ev_parties_right"] += source_ok and target_ok
        c["ev_status_right"] += a.status == b.status
        c["ev_claim_right"] += a.claimed_by == b.claimed_by
        detail = f"gold {_event_text(a)}; system {_event_text(b)}"
        if a.category != b.category:
            score.miss("event-category", text, a.trigger, detail, context=True)
        if not (source_ok and target_ok):
            score.miss("event-party", text, a.trigger, detail, context=True)
        if a.status != b.status:
            score.miss("event-status", text, a.trigger, detail, context=True)
    found_g, found_s = {g for g, _ in pairs}, {s for _, s in pairs}
    for g, a in enumerate(ge):
        if g not in found_g:
            score.miss("event-fn", text, a.trigger, f"gold {_event_text(a)}", context=True)
    for s, b in enumerate(se):
        if s not in found_s:
            score.miss("event-fp", text, b.trigger, f"system {_event_text(b)}", context=True)
    _score_transfers(ge, se, score, text)


def _transfer_rows(events: list[_Event]) -> list[tuple[_Event, dict]]:
    return [(e, item) for e in events if e.category == "AID" for item in e.items]


def _score_transfers(ge: list[_Event], se: list[_Event], score: ArticleScore, text: str) -> None:
    gold_rows, sys_rows = _transfer_rows(ge), _transfer_rows(se)
    c = score.counts
    c["tr_gold"] += len(gold_rows)
    c["tr_sys"] += len(sys_rows)

    def item_ok(g: int, s: int) -> bool:
        (ga, gi), (sa, si) = gold_rows[g], sys_rows[s]
        return (
            _party_ok(ga.sources, sa.sources)
            and _party_ok(ga.targets, sa.targets)
            and gi["category"] == si["category"]
        )

    def full(g: int, s: int) -> tuple | None:
        (ga, gi), (sa, si) = gold_rows[g], sys_rows[s]
        ok = item_ok(g, s) and gi["quantity"] == si["quantity"] and ga.status == sa.status
        return (1,) if ok else None

    pairs = _greedy(len(gold_rows), len(sys_rows), full)
    c["tr_match"] += len(pairs)
    right = _greedy(len(gold_rows), len(sys_rows), lambda g, s: (1,) if item_ok(g, s) else None)
    c["tr_item_right"] += len(right)

    def row(e: _Event, item: dict) -> str:
        what = f"{item['category'] or '-'} ×{item['quantity']}"
        return f"{_show(e.sources)}→{_show(e.targets)} {what} ({e.status})"

    found_g, found_s = {g for g, _ in pairs}, {s for _, s in pairs}
    for g, (e, item) in enumerate(gold_rows):
        if g not in found_g:
            score.miss("transfer-fn", text, e.trigger, f"gold {row(e, item)}", context=True)
    for s, (e, item) in enumerate(sys_rows):
        if s not in found_s:
            score.miss("transfer-fp", text, e.trigger, f"system {row(e, item)}", context=True)


def gold_actor_ids(gold: dict) -> set[str]:
    """Every identity the gold names for the article (actors table, mentions, speakers, parties)."""
    ids: set[str | None] = {canon(a) for a in gold.get("actors") or {}}
    ids |= {canon(m.get("actor")) for m in gold.get("mentions") or []}
    ids |= {canon(s.get("speaker")) for s in gold.get("statements") or []}
    for e in gold.get("events") or []:
        ids |= _party_set(e.get("source")) | _party_set(e.get("target")) | {canon(e.get("claimed_by"))}
    return {i for i in ids if i}


def _score_actors(gold: dict, analysis: ArticleAnalysis, score: ArticleScore, text: str) -> None:
    """Junk actors and link precision.

    A system actor is junk when no system mention of its identity (its id up to gov/state) overlaps a
    gold mention, and either one of its own mentions overlaps a gold not-actor or furniture span, or
    the gold names no actor with its identity. (An actor on a gold mention of someone else is a wrong
    link, not junk.) Link precision: of the system mentions that overlap a gold mention, the share
    whose actor is that mention's gold actor (up to gov/state; unresolved counts as wrong).
    """
    c = score.counts
    gold_mentions = [(_pair(m["span"]), canon(m.get("actor"))) for m in gold.get("mentions") or []]
    bad = [(_pair(m["span"]), "not-actor") for m in gold.get("not_actors") or []]
    bad += [(_pair(f["span"]), f"furniture:{f.get('kind', '?')}") for f in gold.get("furniture") or []]
    known = gold_actor_ids(gold)
    by_actor: dict[str, list[Pair]] = {}
    for m in analysis.mentions:
        if m.actor_id:
            by_actor.setdefault(m.actor_id, []).append(_pair(m.span))
    on_gold = {
        canon(m.actor_id)
        for m in analysis.mentions
        if m.actor_id and any(_overlaps(_pair(m.span), gm) for gm, _ in gold_mentions)
    }
    c["articles"] += 1
    c["ac_sys"] += len(analysis.actors)
    for actor in analysis.actors:
        if canon(actor.id) in on_gold:
            continue
        spans = by_actor.get(actor.id, [])
        on_bad = next(((sp, why) for sp in spans for b, why in bad if _overlaps(sp, b)), None)
        if on_bad is None and canon(actor.id) in known:
            continue
        c["ac_junk"] += 1
        at = on_bad[0] if on_bad else (spans[0] if spans else None)
        reason = on_bad[1] if on_bad else "unknown to the gold"
        entry = {
            "article": score.article, "actor": actor.id, "name": actor.name, "mentions": len(spans),
            "start": at[0] if at else None, "end": at[1] if at else None, "reason": reason,
        }  # fmt: skip
        score.junk.append(entry)
        detail = f"{actor.id} ({actor.name}): {reason}, {len(spans)} mention(s)"
        score.miss("junk-actor", text, at or (0, 0), detail, context=at is not None)
    for m in analysis.mentions:
        sp = _pair(m.span)
        golds = [actor for gm, actor in gold_mentions if _overlaps(sp, gm)]
        if not golds:
            continue
        c["ln_sys"] += 1
        if canon(m.actor_id) in golds:
            c["ln_right"] += 1
            continue
        c["ln_unresolved"] += m.actor_id is None
        detail = f"gold {_show(golds)}, system {m.actor_id or 'unresolved'}"
        score.miss("link", text, sp, detail, context=True)
    c["ln_gold"] += len(gold_mentions)
    system = [(_pair(m.span), canon(m.actor_id)) for m in analysis.mentions]
    c["ln_gold_found"] += sum(
        any(_overlaps(gm, sp) and actor == ga for sp, actor in system) for gm, ga in gold_mentions
    )


def _item_spans(analysis: ArticleAnalysis) -> list[Pair]:
    """Spans of everything a user sees as an item: statements, events, actor mentions, cues."""
    spans: list[Pair | None] = []
    for s in analysis.statements:
        spans += [_pair(s.cue), _pair(s.source), *(_pair(c) for c in s.content)]
    for e in analysis.events:
        spans += [_pair(e.trigger), *(_pair(p.span) for p in e.sources + e.targets)]
    spans += [_pair(m.span) for m in analysis.mentions]
    spans += [_pair(c.span) for c in analysis.cues]
    return [s for s in spans if s is not None]


def _score_furniture(gold: dict, analysis: ArticleAnalysis, score: ArticleScore, text: str) -> None:
    items = _item_spans(analysis)
    for f in gold.get("furniture") or []:
        sp = _pair(f["span"])
        score.counts["fu_gold"] += 1
        if any(_overlaps(sp, it) for it in items):
            score.counts["fu_hit"] += 1
            score.miss("furniture", text, sp, f"{f.get('kind', '?')} produced items")


def score_article(gold: dict, analysis: ArticleAnalysis, unread: Sequence[Pair] = ()) -> ArticleScore:
    """Counts and errors of one analysis against one gold dict (both in the file's offsets); gold
    items in `unread` text (see `readable_gold`) are left out and counted as `gold_unread`."""
    gold, dropped = readable_gold(gold, unread)
    score = ArticleScore(gold["article"], gold.get("split", "dev"))
    score.counts["gold_unread"] += dropped
    text = analysis.article.text
    _score_statements(gold, analysis, score, text)
    _score_events(gold, analysis, score, text)
    _score_actors(gold, analysis, score, text)
    _score_furniture(gold, analysis, score, text)
    return score


# --- figures -------------------------------------------------------------------------------------


def _ratio(num: float, den: float) -> float | None:
    return num / den if den else None


def _prf(tp: float, n_sys: float, n_gold: float) -> dict:
    p, r = _ratio(tp, n_sys), _ratio(tp, n_gold)
    f1 = None if p is None or r is None else (2 * p * r / (p + r) if p + r else 0.0)
    return {"p": p, "r": r, "f1": f1, "tp": tp, "system": n_sys, "gold": n_gold}


def _acc(num: float, den: float) -> dict:
    return {"value": _ratio(num, den), "right": num, "of": den}


def figures(counts: Counter) -> dict:
    """The issue's figures from summed counts: each ratio with its counts (None: nothing to score)."""
    c = counts
    return {
        "articles": c["articles"],
        "gold_unread": c["gold_unread"],
        "statements": {
            "match": _prf(c["st_match"], c["st_sys"], c["st_gold"]),
            "exact": _prf(c["st_exact"], c["st_sys"], c["st_gold"]),
            "speaker": _acc(c["sp_right"], c["sp_named"]),
            "speaker_unresolved": c["sp_unresolved"],
            # a wrong speaker is worse than a missing one: counted apart from the unresolved
            "speaker_wrong": c["sp_named"] - c["sp_right"] - c["sp_unresolved"],
            "speaker_on_unnamed": {"given": c["sp_unnamed_given"], "of": c["sp_unnamed"]},
            "said": _prf(c["cls_match_said"], c["cls_sys_said"], c["cls_gold_said"]),
            "thought": _prf(c["cls_match_thought"], c["cls_sys_thought"], c["cls_gold_thought"]),
            "class": _acc(c["cls_right"], c["st_match"]),
        },
        "events": {
            "strict": _prf(c["ev_strict"], c["ev_sys"], c["ev_gold"]),
            "located": _prf(c["ev_located"], c["ev_sys"], c["ev_gold"]),
            "category": _acc(c["ev_cat_right"], c["ev_located"]),
            "source": _acc(c["ev_src_right"], c["ev_located"]),
            "target": _acc(c["ev_tgt_right"], c["ev_located"]),
            "parties": _acc(c["ev_parties_right"], c["ev_located"]),
            "status": _acc(c["ev_status_right"], c["ev_located"]),
            "claimed_by": _acc(c["ev_claim_right"], c["ev_located"]),
        },
        "transfers": {
            "rows": _prf(c["tr_match"], c["tr_sys"], c["tr_gold"]),
            "supplier_recipient_item": _acc(c["tr_item_right"], c["tr_gold"]),
        },
        "actors": {
            "system": c["ac_sys"],
            "junk": c["ac_junk"],
            "junk_per_article": _ratio(c["ac_junk"], c["articles"]),
            "link_precision": _acc(c["ln_right"], c["ln_sys"]),
            "link_unresolved": c["ln_unresolved"],
            "link_recall": _acc(c["ln_gold_found"], c["ln_gold"]),
        },
        "furniture": _acc(c["fu_hit"], c["fu_gold"]),
    }


@dataclass
class LedgerReport:
    """Per-article scores; figures per split and overall."""

    articles: list[ArticleScore]

    def counts(self, split: str | None = None) -> Counter:
        total: Counter = Counter()
        for a in self.articles:
            if split is None or a.split == split:
                total.update(a.counts)
        return total

    def splits(self) -> list[str]:
        return [s for s in SPLITS if any(a.split == s for a in self.articles)]

    def figures(self, split: str | None = None) -> dict:
        return figures(self.counts(split))

    def misses(self, category: str | None = None) -> list[Miss]:
        return [m for a in self.articles for m in a.misses if category in (None, m.category)]

    def junk(self) -> list[dict]:
        return [j for a in self.articles for j in a.junk]

    def to_dict(self) -> dict:
        return {
            "overall": self.figures(),
            "splits": {s: self.figures(s) for s in self.splits()},
            "articles": [
                {"article": a.article, "split": a.split, "figures": figures(a.counts), "junk": a.junk}
                for a in self.articles
            ],
            "misses": [m.to_dict() for m in self.misses()],
        }


def evaluate(gold_dir: str | Path, data_dir: str | Path, split: str = "all", nlp=None) -> LedgerReport:
    """Run the pipeline over the gold articles of `split` and score them."""
    golds = load_gold(gold_dir, split)
    analysed = analyze_gold(golds, data_dir, nlp)
    return LedgerReport([score_article(g.data, *a) for g, a in zip(golds, analysed, strict=True)])
