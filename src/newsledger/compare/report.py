"""Outlet comparison: for one story (or any set of articles), how each outlet told it.

Per outlet (per article when the outlet is unknown): whom it quotes and with which reporting stance,
which events it asserts in its own voice and which it only attributes to a speaker, which framing
cues it uses itself and which it quotes, and what it reports that the other outlets leave out.
`compare(ledger, article_ids)` and `story_report(conn, cluster_id)` return a `Comparison`, plain
pydantic data that the CLI prints and the web app serves as JSON.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from pydantic import BaseModel, Field

from ..model import ArticleAnalysis, Participant, Statement
from ..store.clusters import cluster_members, connection, load_analyses
from .stories import actor_ids, event_key

_PRONOUNS = frozenset(["he", "she", "they", "it", "we", "i", "you", "his", "her", "their"])


class _Data(BaseModel):
    def to_dict(self) -> dict:
        return self.model_dump(mode="json")

    def to_json(self) -> str:
        return self.model_dump_json()


class VoiceSummary(_Data):
    """One speaker as quoted by one outlet."""

    key: str  # actor id, else "source:<source text>"
    name: str
    actor_id: str | None = None
    count: int = 0
    stances: dict[str, int] = Field(default_factory=dict)  # cue_stance -> statements
    cues: list[str] = Field(default_factory=list)  # reporting verbs as written ("claimed", "said")
    statement_ids: list[str] = Field(default_factory=list)  # "<article id>:<statement id>"


class EventSummary(_Data):
    key: str  # category + participant actor ids: how events are matched across outlets
    category: str
    sources: list[str] = Field(default_factory=list)  # names
    targets: list[str] = Field(default_factory=list)
    trigger: str = ""
    count: int = 0
    own_voice: int = 0  # asserted by the outlet
    attributed: int = 0  # only reported as a speaker's claim
    attributed_to: list[str] = Field(default_factory=list)  # speaker names

    @property
    def label(self) -> str:
        return f"{self.category} {', '.join(self.sources) or '?'} → {', '.join(self.targets) or '?'}"


class CueSummary(_Data):
    category: str
    term: str
    alternative: str | None = None
    count: int = 0  # in the outlet's own voice
    quoted: int = 0  # inside quotations / statements: the speakers' words
    quoted_from: list[str] = Field(default_factory=list)
    examples: list[str] = Field(default_factory=list)  # the text as written


class ArticleRef(_Data):
    id: str
    title: str | None = None
    outlet: str | None = None
    published: str | None = None


class OutletReport(_Data):
    outlet: str  # the outlet, or "article <id prefix>" when unknown
    articles: list[ArticleRef]
    voices: list[VoiceSummary]
    events_asserted: list[EventSummary]  # at least once in the outlet's own voice
    events_attributed: list[EventSummary]  # only ever as a speaker's claim
    cues: list[CueSummary]
    only_here_speakers: list[str] = Field(default_factory=list)  # names quoted by no other outlet
    only_here_events: list[str] = Field(default_factory=list)  # events (labels) no other outlet has
    only_here_actors: list[str] = Field(default_factory=list)  # actor names no other outlet mentions


class SharedVoice(_Data):
    """A speaker quoted by more than one outlet, with each outlet's stances side by side."""

    key: str
    name: str
    by_outlet: dict[str, dict[str, int]]  # outlet -> stance -> count
    cues_by_outlet: dict[str, list[str]]


class Comparison(_Data):
    story_id: str | None = None
    article_ids: list[str]
    outlets: list[OutletReport]
    shared_voices: list[SharedVoice] = Field(default_factory=list)
    shared_events: list[str] = Field(default_factory=list)  # event keys every outlet reports


def _group_name(a: ArticleAnalysis) -> str:
    return a.article.outlet or f"article {a.article.id[:8]}"


def _speaker(st: Statement, names: dict[str, str]) -> tuple[str, str, str | None]:
    """(key, display name, actor id) of a statement's speaker."""
    if st.speaker:
        return st.speaker, names.get(st.speaker, st.speaker), st.speaker
    if st.source is None:
        return "source:", "(no source)", None
    text = st.source.text.strip()
    if text.lower() in _PRONOUNS:
        return "source:(pronoun)", f"(unresolved '{text}')", None
    return f"source:{text.lower()}", text, None


def compare_analyses(analyses: Sequence[ArticleAnalysis], story_id: str | None = None) -> Comparison:
    """The comparison itself, on analyses already in memory (what `compare` reads from a ledger)."""
    names: dict[str, str] = {}
    for a in analyses:
        names.update({ac.id: ac.name for ac in a.actors + a.parents})
    groups: dict[str, list[ArticleAnalysis]] = defaultdict(list)
    for a in analyses:
        groups[_group_name(a)].append(a)
    reports = [_outlet_report(name, arts, names) for name, arts in groups.items()]
    actors_by_group = {name: set().union(*map(actor_ids, arts)) for name, arts in groups.items()}
    for rep in reports if len(reports) > 1 else []:
        others = [r for r in reports if r is not rep]
        other_speakers = {v.key for r in others for v in r.voices}
        other_events = {e.key for r in others for e in r.events_asserted + r.events_attributed}
        other_actors = set().union(*(actors_by_group[r.outlet] for r in others))
        rep.only_here_speakers = [v.name for v in rep.voices if v.key not in other_speakers]
        rep.only_here_events = [
            e.label
            for e in rep.events_asserted + rep.events_attributed
            if e.key not in other_events and not e.key.endswith(":?>?")
        ]
        rep.only_here_actors = sorted(names.get(x, x) for x in actors_by_group[rep.outlet] - other_actors)
    return Comparison(
        story_id=story_id,
        article_ids=[a.article.id for a in analyses],
        outlets=reports,
        shared_voices=_shared_voices(reports),
        shared_events=_shared_events(reports),
    )


def _outlet_report(name: str, arts: list[ArticleAnalysis], names: dict[str, str]) -> OutletReport:
    voices: dict[str, VoiceSummary] = {}
    events: dict[str, EventSummary] = {}
    cues: dict[tuple[str, str, str | None], CueSummary] = {}
    for a in arts:
        speaker_of: dict[str, str] = {}
        for st in a.statements:
            key, shown, actor = _speaker(st, names)
            speaker_of[st.id] = shown
            v = voices.setdefault(key, VoiceSummary(key=key, name=shown, actor_id=actor))
            v.count += 1
            v.stances[st.cue_stance] = v.stances.get(st.cue_stance, 0) + 1
            if st.cue.text not in v.cues:
                v.cues.append(st.cue.text)
            v.statement_ids.append(f"{a.article.id}:{st.id}")
        for ev in a.events:
            key = event_key(ev)
            e = events.setdefault(
                key,
                EventSummary(
                    key=key,
                    category=ev.category,
                    sources=sorted(
                        {names.get(p.actor_id or "", p.span.text if p.span else "?") for p in ev.sources}
                    ),
                    targets=sorted(
                        {names.get(p.actor_id or "", p.span.text if p.span else "?") for p in ev.targets}
                    ),
                    trigger=ev.trigger.text,
                ),
            )
            e.count += 1
            if ev.statement_id:
                e.attributed += 1
                who = speaker_of.get(ev.statement_id)
                if who and who not in e.attributed_to:
                    e.attributed_to.append(who)
            else:
                e.own_voice += 1
        for c in a.cues:
            cs = cues.setdefault(
                (c.category, c.term, c.alternative),
                CueSummary(category=c.category, term=c.term, alternative=c.alternative),
            )
            if c.in_quote:
                cs.quoted += 1
                who = names.get(c.speaker or "", speaker_of.get(c.statement_id or "", "(unknown speaker)"))
                if who not in cs.quoted_from:
                    cs.quoted_from.append(who)
            else:
                cs.count += 1
            if c.span.text not in cs.examples and len(cs.examples) < 3:
                cs.examples.append(c.span.text)
    ev_list = sorted(events.values(), key=lambda e: (-e.count, e.key))
    return OutletReport(
        outlet=name,
        articles=[
            ArticleRef(
                id=a.article.id, title=a.article.title, outlet=a.article.outlet, published=a.article.published
            )
            for a in arts
        ],
        voices=sorted(voices.values(), key=lambda v: (-v.count, v.name)),
        events_asserted=[e for e in ev_list if e.own_voice],
        events_attributed=[e for e in ev_list if not e.own_voice],
        cues=sorted(cues.values(), key=lambda c: (-(c.count + c.quoted), c.category, c.term)),
    )


def _names(participants: Iterable[Participant], names: dict[str, str]) -> list[str]:
    return sorted({names.get(p.actor_id or "", p.span.text if p.span else "?") for p in participants})


def _shared_voices(reports: list[OutletReport]) -> list[SharedVoice]:
    by_key: dict[str, list[tuple[str, VoiceSummary]]] = defaultdict(list)
    for r in reports:
        for v in r.voices:
            if not v.key.startswith("source:"):
                by_key[v.key].append((r.outlet, v))
    shared = [
        SharedVoice(
            key=key,
            name=items[0][1].name,
            by_outlet={outlet: dict(v.stances) for outlet, v in items},
            cues_by_outlet={outlet: list(v.cues) for outlet, v in items},
        )
        for key, items in by_key.items()
        if len(items) > 1
    ]
    return sorted(shared, key=lambda s: (-len(s.by_outlet), s.name))


def _shared_events(reports: list[OutletReport]) -> list[str]:
    if len(reports) < 2:
        return []
    counts = Counter(k for r in reports for k in {e.key for e in r.events_asserted + r.events_attributed})
    return sorted(k for k, n in counts.items() if n == len(reports))


def compare(db, article_ids: Sequence[str], *, story_id: str | None = None) -> Comparison:
    """Compare stored articles (full ids) from a `Ledger` or a sqlite3 connection."""
    analyses = load_analyses(connection(db), article_ids)
    missing = set(article_ids) - {a.article.id for a in analyses}
    if missing:
        raise KeyError(f"no stored analysis for {', '.join(sorted(missing))}")
    return compare_analyses(analyses, story_id=story_id)


def story_report(db, cluster_id: str) -> Comparison:
    """The comparison for a stored story (or duplicate) cluster, by id or unique id prefix."""
    found = cluster_members(db, cluster_id)
    if found is None:
        raise KeyError(f"no single cluster matches {cluster_id!r}")
    ident, members = found
    return compare(db, members, story_id=ident)
