"""Speaker resolution against a gold set: do pronouns, surnames and role nouns reach the right actor?

The gold file (`benchmarks/speakers_dev.tsv`) gives, for attribution sources in PolNeAR articles, the
offsets, the source's own words and the full name meant. Each article is run through the pipeline and the
gold source span is put through the actors resolver (the gold span is the source, so this scores
resolution, not detection). A prediction is right when the resolved actor's name or one of its aliases
equals the gold name, case-insensitively.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language

from ..extract.actors import resolve_span, resolver_for
from ..model import Actor, Article
from ..pipeline import load_nlp, make_doc


@dataclass
class GoldSpeaker:
    article: str
    start: int
    end: int
    source_text: str
    gold: str


@dataclass
class SpeakerResult:
    gold: GoldSpeaker
    actor_id: str | None
    actor_name: str | None
    correct: bool


@dataclass
class SpeakerReport:
    results: list[SpeakerResult] = field(default_factory=list)
    sources_total: int = 0  # all gold sources in the articles read (coverage)
    sources_resolved: int = 0  # ... that resolved to an actor with a name

    @property
    def accuracy(self) -> float:
        return sum(r.correct for r in self.results) / len(self.results) if self.results else 0.0

    @property
    def unresolved(self) -> int:
        return sum(r.actor_id is None for r in self.results)


def read_gold(path: str | Path) -> list[GoldSpeaker]:
    lines = [
        ln for ln in Path(path).read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")
    ]
    rows = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    return [
        GoldSpeaker(r["article"], int(r["start"]), int(r["end"]), r["source_text"], r["gold_actor_name"])
        for r in rows
    ]


def _metadata(data_dir: Path) -> dict[str, dict[str, str]]:
    """PolNeAR's metadata.tsv (one level up from the split), for outlet and publication date."""
    path = data_dir.parent / "metadata.tsv"
    if not path.exists():
        return {}
    with path.open(encoding="utf-8") as fh:
        return {r["filename"]: r for r in csv.DictReader(fh, delimiter="\t")}


def gold_sources(data_dir: Path, article: str) -> Iterator[tuple[int, int]]:
    """Every gold Source span of an article (first annotator's file in sorted order; contiguous only)."""
    files = sorted((data_dir / "attributions").glob(f"{article}_*.ann"))
    if not files:
        return
    for line in files[0].read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and parts[1].startswith("Source ") and ";" not in parts[1]:
            _, start, end = parts[1].split()
            yield int(start), int(end)


def matches(actor: Actor | None, gold: str) -> bool:
    if actor is None:
        return False
    want = gold.casefold()
    return any(name.casefold() == want for name in [actor.name, *actor.aliases])


def evaluate(
    gold_path: str | Path, data_dir: str | Path, *, nlp: Language | None = None, coverage: bool = True
) -> SpeakerReport:
    """Score the gold file; with `coverage`, also count how many of all gold sources in the split's
    articles resolve to a named actor at all."""
    data_dir = Path(data_dir)
    nlp = nlp or load_nlp()
    gold = read_gold(gold_path)
    by_article: dict[str, list[GoldSpeaker]] = {}
    for g in gold:
        by_article.setdefault(g.article, []).append(g)
    articles = sorted(p.stem for p in (data_dir / "text").glob("*.txt")) if coverage else sorted(by_article)
    meta = _metadata(data_dir)
    report = SpeakerReport()

    def docs():
        for name in articles:
            text = (data_dir / "text" / f"{name}.txt").read_text(encoding="utf-8")
            m = meta.get(name, {})
            article = Article.create(
                text, outlet=m.get("publisher"), published=m.get("publication_date"), source_file=name
            )
            yield make_doc(nlp, article)

    for doc in nlp.pipe(docs(), batch_size=8):
        name = doc._.article.source_file
        resolver = resolver_for(doc)
        # The resolver's actors include those resolved since the pipe ran.
        actors = resolver.actors if resolver is not None else {}
        for g in by_article.get(name, []):
            actor_id = resolve_span(doc, g.start, g.end)
            actor = actors.get(actor_id or "")
            report.results.append(
                SpeakerResult(g, actor_id, actor.name if actor else None, matches(actor, g.gold))
            )
        if coverage:
            for start, end in gold_sources(data_dir, name):
                report.sources_total += 1
                actor_id = resolve_span(doc, start, end)
                if actor_id and actor_id in actors and actors[actor_id].type != "location":
                    report.sources_resolved += 1
    return report
