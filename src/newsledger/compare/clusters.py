"""Duplicate and story clusters over a ledger's analyses: computed here, stored by `store.clusters`
(which holds the SQL; its readers are re-exported for the CLI and the comparison report)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..model import ArticleAnalysis
from ..store.clusters import (  # noqa: F401  (re-exported)
    ClusterRow,
    cluster_members,
    connection,
    load_analyses,
    replace_clusters,
    stored_clusters,
)
from .dedup import DEFAULT_THRESHOLD as DUP_THRESHOLD
from .dedup import DocRef, DuplicateCluster, near_duplicates
from .stories import DEFAULT_THRESHOLD as STORY_THRESHOLD
from .stories import Story, StoryDoc, cluster_id, cluster_stories


@dataclass
class Clustering:
    duplicates: list[DuplicateCluster]
    stories: list[Story]


def compute(
    analyses: Sequence[ArticleAnalysis],
    *,
    dup_threshold: float = DUP_THRESHOLD,
    story_threshold: float = STORY_THRESHOLD,
) -> Clustering:
    refs = [
        DocRef(a.article.id, a.article.text, a.article.published, order) for order, a in enumerate(analyses)
    ]
    dups = near_duplicates(refs, dup_threshold)
    docs = [StoryDoc.from_analysis(a) for a in analyses]
    stories = cluster_stories(docs, story_threshold, must_link=[list(c.members) for c in dups])
    return Clustering(dups, stories)


def recompute(db, **thresholds: float) -> Clustering:
    """Recompute both kinds of cluster over the whole ledger and replace the stored ones."""
    analyses = load_analyses(db)
    result = compute(analyses, **thresholds)
    published = {a.article.id: a.article.published for a in analyses}
    titles = {a.article.id: a.article.title for a in analyses}
    rows: list[ClusterRow] = []
    for dup in result.duplicates:
        dates = sorted(d for d in (published[m] for m in dup.members) if d)
        members = dup.members.items()
        rows.append(
            (
                cluster_id("dup", dup.members),
                "duplicate",
                titles.get(dup.original),
                dup.original,
                dates,
                members,
            )
        )
    for story in result.stories:
        dates = [story.first_date, story.last_date] if story.first_date else []
        rows.append((story.id, "story", story.label, story.article_ids[0], dates, story.similarity.items()))
    replace_clusters(db, rows)
    return result
