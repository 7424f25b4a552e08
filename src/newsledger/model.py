"""The one data model every stage passes along.

Every extracted item carries `Span`s: 0-based, end-exclusive character offsets into `Article.text`
exactly as stored, so a reader can always check an item against the text it came from. Models are
pydantic so that each one has a JSON round-trip (`to_json` / `from_json`) without hand-written code.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from typing import Literal, Self, get_args

from pydantic import BaseModel, ConfigDict, Field


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")

    def to_json(self) -> str:
        return self.model_dump_json(exclude_none=False)

    @classmethod
    def from_json(cls, data: str | bytes) -> Self:
        return cls.model_validate_json(data)

    def to_dict(self) -> dict:
        return self.model_dump(mode="json")

    @classmethod
    def from_dict(cls, data: dict) -> Self:
        return cls.model_validate(data)


class Span(_Model):
    """A stretch of the article text; `text` is kept so a row can be read without the article."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        """The span of `text[start:end]`, so offsets and text can never disagree."""
        if not 0 <= start <= end <= len(text):
            raise ValueError(f"span {start}:{end} outside a text of {len(text)} characters")
        return cls(start=start, end=end, text=text[start:end])

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end


def normalise_text(text: str) -> str:
    """The text an article id is computed from: NFC, whitespace collapsed, case kept."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def article_id(outlet: str | None, text: str) -> str:
    """Stable id: the same outlet and the same text (modulo whitespace) give the same article."""
    key = f"{(outlet or '').strip().lower()}\n{normalise_text(text)}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


class Article(_Model):
    id: str
    text: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None  # ISO 8601 date or datetime, as precise as the source says
    language: str = "en"
    authors: list[str] = Field(default_factory=list)
    source_file: str | None = None
    # Where the title stands in `text` (the first line for .txt), so headline attributions have offsets.
    title_span: Span | None = None
    # What ingest had to do to read it, e.g. "decoded as cp1252 after UTF-8 failed".
    notes: list[str] = Field(default_factory=list)

    @classmethod
    def create(cls, text: str, *, outlet: str | None = None, **fields) -> Article:
        """An article whose id is derived from outlet and text, unless an `id` is given."""
        ident = fields.pop("id", None) or article_id(outlet, text)
        return cls(id=ident, text=text, outlet=outlet, **fields)


ActorType = Literal[
    "person",
    "government",
    "state",
    "military",
    "organisation",
    "international_organisation",
    "media",
    "armed_group",
    "population",
    "location",
]


class Role(_Model):
    """An office held: "Secretary of State for Defence", GBR, 2019-07-24 to 2023-08-31."""

    title: str
    country: str | None = None  # ISO 3166 alpha-3
    organisation: str | None = None
    start: str | None = None  # ISO date (or year)
    end: str | None = None


class Actor(_Model):
    """One identity across mentions and articles; `id` is stable so articles merge on it.

    Ids: `person:ben-wallace`, `gov:RUS`, `state:UKR`, `mil:RUS`, `igo:nato`, `org:<slug>`, ...
    """

    id: str
    name: str
    type: ActorType
    country: str | None = None
    sector: str | None = None
    roles: list[Role] = Field(default_factory=list)
    aliases: list[str] = Field(default_factory=list)
    # An agent of another actor: "British officials" act for gov:GBR.
    agent_of: str | None = None
    known: bool = False  # True when the actor comes from the gazetteer, not only from NER


MentionKind = Literal[
    "name", "surname", "title", "pronoun", "role", "metonym", "demonym", "group", "acronym", "other"
]


class Mention(_Model):
    span: Span
    actor_id: str | None = None
    kind: MentionKind = "name"
    ner_label: str | None = None


class Entity(_Model):
    """A named entity as spaCy's NER saw it, kept for search and for comparison with actors."""

    span: Span
    label: str


StatementKind = Literal["direct", "indirect", "mixed", "according-to", "headline", "unmarked-quote"]
Stance = Literal["neutral", "distancing", "endorsing", "guilt", "speech-act", "belief", "unknown"]
# The act a cue reports (the cue lexicon's `class` column): said, wrote, believed, intended, perceived.
StatementClass = Literal["speech", "writing", "belief", "intention", "perception"]


class Statement(_Model):
    """Who said what: source (may be absent), cue, content, and the actor the source refers to."""

    id: str
    cue: Span
    content: list[Span]
    source: Span | None = None
    kind: StatementKind = "indirect"
    cue_lemma: str | None = None
    cue_stance: Stance = "neutral"
    statement_class: StatementClass = "speech"
    speaker: str | None = None  # Actor.id
    method: str = "rules"  # "rules", "model", "rules+model"
    confidence: float | None = None


class Participant(_Model):
    actor_id: str | None = None
    span: Span | None = None


class Item(_Model):
    """Equipment or goods in an event: "thousands of anti-tank missiles"."""

    span: Span
    name: str  # canonical equipment name from the data file, else the head text
    category: str | None = None  # anti-tank missiles, air defence, helicopters, ...
    quantity: str | None = None  # as written: "thousands", "12"
    quantity_value: int | None = None  # lower bound when the text gives a number
    unit: str | None = None  # what the quantity counts when not pieces: "rounds", "dollars" (None: pieces)
    provenance: str | None = None  # "Soviet-made", "second-hand"


EventStatus = Literal[
    # where a transfer stands (from the event patterns)
    "planned",
    "pledged",
    "approved",
    "under way",
    "delivered",
    "denied",
    "demanded",
    # how the text presents the event
    "occurred",
    "ongoing",
    "proposed",
    "hypothetical",
    "threatened",
    "negated",
]

#: The vocabularies as tuples, for validation of data files and for filter choices (one definition each).
STATEMENT_KINDS: tuple[str, ...] = get_args(StatementKind)
STANCES: tuple[str, ...] = get_args(Stance)
STATEMENT_CLASSES: tuple[str, ...] = get_args(StatementClass)
EVENT_STATUSES: tuple[str, ...] = get_args(EventStatus)
MENTION_KINDS: tuple[str, ...] = get_args(MentionKind)
ACTOR_TYPES: tuple[str, ...] = get_args(ActorType)


class Event(_Model):
    id: str
    trigger: Span
    category: str  # PLOVER root: AID, CONSULT, ...
    mode: str | None = None
    context: str | None = None
    cameo: str | None = None
    sources: list[Participant] = Field(default_factory=list)
    targets: list[Participant] = Field(default_factory=list)
    items: list[Item] = Field(default_factory=list)
    location: Span | None = None
    date: Span | None = None
    date_value: str | None = None  # ISO date normalised against Article.published
    status: EventStatus | None = None
    negated: bool = False
    modality: str | None = None  # "will", "may", "refused to", ...
    statement_id: str | None = None  # set when the event is a speaker's claim, not the outlet's assertion
    sentence: Span | None = None
    confidence: float | None = None


class Cue(_Model):
    """A framing cue: a word choice, label, hedge or stance that says how the story was told."""

    id: str
    span: Span
    category: str  # place-name, terminology, loaded-label, distancing-verb, hedge, scare-quote, ...
    term: str  # the lexicon entry matched
    alternative: str | None = None  # the neutral or alternative form, where one exists
    explanation: str | None = None
    in_quote: bool = False  # inside a quotation: the speaker's word, not the outlet's
    speaker: str | None = None  # Actor.id when in_quote
    statement_id: str | None = None


class ArticleAnalysis(_Model):
    """Everything newsledger found in one article, as plain data with character offsets."""

    article: Article
    entities: list[Entity] = Field(default_factory=list)
    mentions: list[Mention] = Field(default_factory=list)
    actors: list[Actor] = Field(default_factory=list)
    # Bodies the article's actors act for (`agent_of`) that the article itself never names, speaks for
    # or makes a party: described so every `agent_of` resolves, but no actor *of this article*.
    parents: list[Actor] = Field(default_factory=list)
    statements: list[Statement] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    cues: list[Cue] = Field(default_factory=list)
    sentences: list[Span] = Field(default_factory=list)
    pipeline_version: str | None = None

    def named_actor_ids(self) -> set[str]:
        """The actors the article itself uses: a mention's, a speaker, an event party, a cue's speaker."""
        ids = {m.actor_id for m in self.mentions}
        ids |= {s.speaker for s in self.statements}
        ids |= {p.actor_id for ev in self.events for p in ev.sources + ev.targets}
        ids |= {c.speaker for c in self.cues}
        ids.discard(None)
        return ids  # type: ignore[return-value]

    def parents_apart(self) -> ArticleAnalysis:
        """This analysis with the actors the article never uses moved from `actors` to `parents` (the
        UN of a UNICEF mention): an actor list that a reader takes as "who is in this article"."""
        named = self.named_actor_ids()
        listed = {a.id: a for a in self.actors + self.parents}
        return self.model_copy(
            update={
                "actors": [a for i, a in listed.items() if i in named],
                "parents": [a for i, a in listed.items() if i not in named],
            }
        )

    def check_offsets(self) -> list[str]:
        """Every span whose text does not match the article at its offsets (should be none)."""
        text = self.article.text
        bad: list[str] = []
        for where, span in _spans(self):
            if text[span.start : span.end] != span.text:
                bad.append(f"{where}: {span.start}:{span.end} {span.text!r}")
        return bad


def _spans(analysis: ArticleAnalysis):
    for e in analysis.entities:
        yield "entity", e.span
    for m in analysis.mentions:
        yield "mention", m.span
    for s in analysis.statements:
        yield f"statement {s.id} cue", s.cue
        if s.source:
            yield f"statement {s.id} source", s.source
        for c in s.content:
            yield f"statement {s.id} content", c
    for ev in analysis.events:
        yield f"event {ev.id} trigger", ev.trigger
        for p in ev.sources + ev.targets:
            if p.span:
                yield f"event {ev.id} participant", p.span
        for it in ev.items:
            yield f"event {ev.id} item", it.span
        for sp in (ev.location, ev.date, ev.sentence):
            if sp:
                yield f"event {ev.id}", sp
    for c in analysis.cues:
        yield f"cue {c.id}", c.span
    for s in analysis.sentences:
        yield "sentence", s
