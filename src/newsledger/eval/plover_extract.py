"""End-to-end event extraction scored on PLOVER-coded sentences (PLV TSV / GSR JSON).

Why: the war-news gold has few articles, so event recall and party assignment are tuned on too little.
Each PLOVER row names one gold event (a source span, a target span, a category); running the normal
pipeline on the plain sentence and asking whether it produced that event measures recall on a wider,
independent sample. The sentences carry more events than the one marked, so events per sentence is only
a proxy for precision.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ..lexicon.events import to_plv
from ..model import Article, ArticleAnalysis, Event, Participant
from ..plover.data import Example
from ..plover.features import Offsets


def _overlaps(parts: Sequence[Participant], gold: Offsets | None) -> bool:
    """A party whose mention span shares a character with the gold span (a party with no span cannot)."""
    if gold is None:
        return False
    return any(p.span is not None and p.span.start < gold[1] and gold[0] < p.span.end for p in parts)


@dataclass
class RowResult:
    """How the pipeline did on one row."""

    example: Example
    events: list[Event]
    category: bool  # some event has the gold category
    located: bool  # some event's source overlaps the gold source and its target the gold target
    located_right: bool  # some located event also has the gold category (strict)
    source_found: bool  # some event's source overlaps the gold source
    target_found: bool  # some event's target overlaps the gold target
    swapped: bool  # some event has the gold target as source and the gold source as target

    @property
    def gold(self) -> str:
        return self.example.gold or ""

    def why(self) -> str:
        """A one-line reason the row is not a strict hit ("" when it is)."""
        if self.located_right:
            return ""
        if not self.events:
            return "no event"
        got = ", ".join(_describe(self.example, e) for e in self.events)
        if self.located:
            return f"located, wrong category: {got}"
        if self.swapped:
            return f"parties swapped: {got}"
        return f"not located: {got}"


def _describe(ex: Example, ev: Event) -> str:
    def names(parts: Sequence[Participant]) -> str:
        return "/".join(
            (p.span.text if p.span else "") + (f"={p.actor_id}" if p.actor_id else "") for p in parts
        )

    return f"{ev.category}[{ev.trigger.text}]({names(ev.sources) or '-'} -> {names(ev.targets) or '-'})"


def score_row(example: Example, analysis: ArticleAnalysis) -> RowResult:
    """Compare the events of one analysed sentence with its gold event."""
    evs = list(analysis.events)
    src, tgt, gold = example.source, example.target, example.gold

    def located(e: Event) -> bool:
        return _overlaps(e.sources, src) and _overlaps(e.targets, tgt)

    def right(e: Event) -> bool:  # the PLV data merges CONCEDE and RETREAT into YIELD
        return to_plv(e.category) == gold

    return RowResult(
        example=example,
        events=evs,
        category=any(right(e) for e in evs),
        located=any(located(e) for e in evs),
        located_right=any(located(e) and right(e) for e in evs),
        source_found=any(_overlaps(e.sources, src) for e in evs),
        target_found=any(_overlaps(e.targets, tgt) for e in evs),
        swapped=any(_overlaps(e.sources, tgt) and _overlaps(e.targets, src) for e in evs),
    )


def _share(n: int, of: int) -> float | None:
    return n / of if of else None


@dataclass
class ExtractReport:
    rows: list[RowResult] = field(default_factory=list)

    def figures(self, rows: Sequence[RowResult] | None = None) -> dict:
        """Counts and shares over `rows` (default: all); a swap counts only where nothing is located."""
        rows = self.rows if rows is None else rows
        n = len(rows)
        located = sum(r.located for r in rows)
        strict = sum(r.located_right for r in rows)
        counts = {
            "rows": n,
            "category": sum(r.category for r in rows),
            "located": located,
            "strict": strict,
            "source": sum(r.source_found for r in rows),
            "target": sum(r.target_found for r in rows),
            "swapped": sum(r.swapped and not r.located for r in rows),
            "no_event": sum(not r.events for r in rows),
            "events": sum(len(r.events) for r in rows),
        }
        return {
            **counts,
            "category_recall": _share(counts["category"], n),
            "located_recall": _share(located, n),
            "category_of_located": _share(strict, located),
            "strict_recall": _share(strict, n),
            "source_recall": _share(counts["source"], n),
            "target_recall": _share(counts["target"], n),
            "events_per_sentence": _share(counts["events"], n),
        }

    def by_category(self) -> dict[str, dict]:
        cats = sorted({r.gold for r in self.rows})
        return {c: self.figures([r for r in self.rows if r.gold == c]) for c in cats}

    def misses(self, category: str) -> list[RowResult]:
        """Rows of this gold category that are no strict hit, in input order."""
        return [r for r in self.rows if r.gold == category and not r.located_right]

    def emitted(self) -> Counter:
        """How many events of each category the pipeline emitted over all rows."""
        return Counter(to_plv(e.category) for r in self.rows for e in r.events)


def analyse_examples(
    examples: Sequence[Example], nlp=None, *, batch_size: int = 32
) -> Iterable[ArticleAnalysis]:
    """The pipeline's analysis of each example's plain sentence (marks removed), in order."""
    from ..pipeline import analyze_articles

    articles = (Article.create(ex.text, id=f"plv{i}") for i, ex in enumerate(examples))
    return analyze_articles(articles, nlp, batch_size=batch_size)


def score_extraction(examples: Sequence[Example], nlp=None) -> ExtractReport:
    """Run the pipeline on every example and score each against its gold event."""
    analyses = analyse_examples(examples, nlp)
    return ExtractReport([score_row(ex, a) for ex, a in zip(examples, analyses, strict=True)])


def format_report(report: ExtractReport, name: str, misses: int = 0) -> list[str]:
    """The figures as lines of text: overall, per gold category, then up to `misses` misses of each."""

    def pct(v: float | None) -> str:
        return "  n/a" if v is None else f"{v:.3f}"

    f = report.figures()
    n = f["rows"]
    lines = [
        f"== {name}: {n} sentence(s), one gold event each ==",
        f"category recall   {pct(f['category_recall'])} ({f['category']}/{n})  an event of the gold category",
        f"located           {pct(f['located_recall'])} ({f['located']}/{n})  source and target overlap gold",
        f"  of located: category {pct(f['category_of_located'])} ({f['strict']}/{f['located']})",
        f"strict recall     {pct(f['strict_recall'])} ({f['strict']}/{n})  located and right category",
        f"source found      {pct(f['source_recall'])} ({f['source']}/{n})   target found"
        f" {pct(f['target_recall'])} ({f['target']}/{n})   swapped {f['swapped']}",
        f"events/sentence   {pct(f['events_per_sentence'])} ({f['events']} events; {f['no_event']} sentences"
        " with none)",
        "",
        f"{'gold':<10} {'rows':>5} {'cat':>6} {'loc':>6} {'strict':>6} {'src':>6} {'tgt':>6} {'none':>5}",
    ]
    for cat, c in report.by_category().items():
        lines.append(
            f"{cat:<10} {c['rows']:>5} {pct(c['category_recall']):>6} {pct(c['located_recall']):>6}"
            f" {pct(c['strict_recall']):>6} {pct(c['source_recall']):>6} {pct(c['target_recall']):>6}"
            f" {c['no_event']:>5}"
        )
    emitted = ", ".join(f"{k} {v}" for k, v in report.emitted().most_common())
    lines.append(f"emitted: {emitted}")
    if misses:
        for cat in report.by_category():
            found = report.misses(cat)
            if not found:
                continue
            lines.append(f"-- {cat}: {len(found)} missed (first {min(misses, len(found))}) --")
            for r in found[:misses]:
                ex = r.example
                s = ex.text[ex.source[0] : ex.source[1]] if ex.source else "-"
                t = ex.text[ex.target[0] : ex.target[1]] if ex.target else "-"
                sid = ex.row.get("sentence_id", "")
                lines.append(f"  [{sid}] <s>{s}</s> <t>{t}</t>  {r.why()}")
    return lines
