"""Stories: articles about the same happening, grouped across outlets.

Two articles are about the same happening when they use the same words (TF-IDF cosine), name the same
actors and events (Jaccard of actor ids and event signatures) and appear within days of each other.
Near-duplicates are always in the same story. Grouping is average-linkage agglomerative clustering
on 1 - similarity, cut at a threshold measured on the demo corpus (`benchmarks/stories_eval.py`: pairwise
F1 1.0 for thresholds 0.2-0.25 at text weight 0.7, with or without dates, 0.89 at 0.3; 14 articles, 3
stories). The range moves as actors and events improve (more keys dilute the Jaccard): re-measure.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

import numpy as np
from dateutil import parser as dateparser

from ..model import ArticleAnalysis, Event

DEFAULT_THRESHOLD = 0.2
TEXT_WEIGHT = 0.7
MAX_DAYS = 7


@dataclass(frozen=True)
class StoryDoc:
    id: str
    text: str
    outlet: str | None = None
    published: str | None = None
    title: str | None = None
    keys: frozenset[str] = frozenset()  # actor ids and event signatures

    @classmethod
    def from_analysis(cls, a: ArticleAnalysis) -> StoryDoc:
        return cls(
            id=a.article.id,
            text=a.article.text,
            outlet=a.article.outlet,
            published=a.article.published,
            title=a.article.title,
            keys=frozenset(story_keys(a)),
        )


@dataclass
class Story:
    id: str
    article_ids: list[str]
    label: str | None = None
    first_date: str | None = None
    last_date: str | None = None
    similarity: dict[str, float] = field(default_factory=dict)  # member -> mean similarity to the others


def actor_ids(a: ArticleAnalysis) -> set[str]:
    """The actors an article mentions or quotes."""
    return {m.actor_id for m in a.mentions if m.actor_id} | {s.speaker for s in a.statements if s.speaker}


def event_key(ev: Event) -> str:
    """What happened, comparable across articles: PLOVER category and participant actor ids ('?' if none)."""
    src = ",".join(sorted({p.actor_id for p in ev.sources if p.actor_id}))
    tgt = ",".join(sorted({p.actor_id for p in ev.targets if p.actor_id}))
    return f"{ev.category}:{src or '?'}>{tgt or '?'}"


def story_keys(a: ArticleAnalysis) -> set[str]:
    """Who is involved and what happened: actor ids, and events with at least one known party."""
    events = {f"event:{k}" for k in map(event_key, a.events) if not k.endswith(":?>?")}
    return actor_ids(a) | events


def _day(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return dateparser.isoparse(published).date()
    except (ValueError, OverflowError):
        return None


def similarity_matrix(
    docs: Sequence[StoryDoc], *, text_weight: float = TEXT_WEIGHT, max_days: int = MAX_DAYS
) -> np.ndarray:
    """Pairwise story similarity in [0, 1]; 0 for articles more than `max_days` apart."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    n = len(docs)
    if n == 0:
        return np.zeros((0, 0))
    vec = TfidfVectorizer(stop_words="english", sublinear_tf=True, min_df=1)
    tfidf = vec.fit_transform([d.text for d in docs])
    cos = (tfidf @ tfidf.T).toarray()
    jac = np.zeros((n, n))
    days = [_day(d.published) for d in docs]
    for i in range(n):
        for j in range(i + 1, n):
            a, b = docs[i].keys, docs[j].keys
            jac[i, j] = jac[j, i] = len(a & b) / len(a | b) if a and b else 0.0
    sim = text_weight * cos + (1 - text_weight) * jac
    for i in range(n):
        for j in range(i + 1, n):
            if days[i] and days[j] and abs((days[i] - days[j]).days) > max_days:
                sim[i, j] = sim[j, i] = 0.0
    np.fill_diagonal(sim, 1.0)
    return np.clip(sim, 0.0, 1.0)


def cluster_stories(
    docs: Sequence[StoryDoc],
    threshold: float = DEFAULT_THRESHOLD,
    *,
    must_link: Iterable[Iterable[str]] = (),
    min_size: int = 2,
    **weights,
) -> list[Story]:
    """Stories of at least `min_size` articles; groups in `must_link` (near-duplicates) stay together."""
    n = len(docs)
    if n < 2:
        return []
    sim = similarity_matrix(docs, **weights)
    index = {d.id: i for i, d in enumerate(docs)}
    for group in must_link:
        idx = [index[g] for g in group if g in index]
        for i in idx:
            for j in idx:
                sim[i, j] = 1.0
    from sklearn.cluster import AgglomerativeClustering

    labels = AgglomerativeClustering(
        n_clusters=None, metric="precomputed", linkage="average", distance_threshold=1.0 - threshold
    ).fit_predict(1.0 - sim)
    stories = []
    for label in sorted(set(labels)):
        members = [i for i in range(n) if labels[i] == label]
        if len(members) < min_size:
            continue
        members.sort(key=lambda i: (docs[i].published is None, docs[i].published or "", docs[i].id))
        ids = [docs[i].id for i in members]
        dates = sorted(d for d in (docs[i].published for i in members) if d)
        first = docs[members[0]]
        stories.append(
            Story(
                id=cluster_id("story", ids),
                article_ids=ids,
                label=first.title or first.text.strip().split("\n", 1)[0][:120],
                first_date=dates[0] if dates else None,
                last_date=dates[-1] if dates else None,
                similarity={
                    docs[i].id: round(float(np.mean([sim[i, j] for j in members if j != i])), 4)
                    for i in members
                },
            )
        )
    stories.sort(key=lambda s: (s.first_date or "", s.id))
    return stories


def cluster_id(kind: str, article_ids: Iterable[str]) -> str:
    """Stable id from the members, so recomputing unchanged stories keeps their ids."""
    digest = hashlib.sha1("\n".join(sorted(article_ids)).encode()).hexdigest()[:10]
    return f"{kind}-{digest}"
