"""The `newsledger_actors` component: one identity for every person, government, state and organisation.

Writes `doc._.mentions` (every mention with its actor id) and `doc._.actors` (each actor once), and sets
`Statement.speaker` from each statement's source span (the span itself is left as written). Other
components ask `actor_at(doc, start, end)` what a stretch of text refers to.

Decisions (see docs/gazetteer.md): a state's officials, diplomats, authorities and government ("British
officials", "Kremlin officials") are mentions of that government, `gov:XXX`; its forces and defence ministry
are `mil:XXX`, agent of `gov:XXX`; other ministries are `org:<iso>-<office>-ministry` (or the gazetteer's
entry), agent of the government. A country name that acts ("Russia has warned") is its government; one that
undergoes or receives ("weapons to Ukraine") is the state, `state:XXX`; a place where something happens
("arrived in Moscow", "in Ukraine") is a location mention with no actor.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..gazetteer import load_gazetteer
from ..model import Mention, Span
from . import get_list
from .coref import Resolver
from .mentions import MentionFinder

RESOLVER_KEY = "newsledger_actor_resolver"


class ActorsComponent:
    """Gazetteer and matcher are built once here; each doc costs one matcher pass and its own mentions."""

    def __init__(self, nlp: Language, name: str, extra_path: str | None = None) -> None:
        self.name = name
        self.gaz = load_gazetteer(extra_path or None)
        self.finder = MentionFinder(nlp, self.gaz)

    def __call__(self, doc: Doc) -> Doc:
        article = doc._.article
        date = (article.published or "")[:10] or None if article is not None else None
        statements = get_list(doc, "statements")
        found = self.finder.find(doc)
        resolver = Resolver(doc, self.gaz, self.finder, found, statements, date)
        resolver.run()
        for st in statements:
            resolver.speaker_of(st)
            if st.speaker:
                resolver.ensure(st.speaker)
        text = resolver.text
        mentions = get_list(doc, "mentions")
        for f in found:
            if f.actor is None and not f.location:
                continue
            start, end = doc[f.start].idx, doc[f.end - 1].idx + len(doc[f.end - 1])
            mentions.append(
                Mention(span=Span.of(text, start, end), actor_id=f.actor, kind=f.kind, ner_label=f.ner)
            )
        actors = get_list(doc, "actors")
        actors.extend(resolver.all_actors())
        doc.user_data[RESOLVER_KEY] = resolver
        return doc


@Language.factory("newsledger_actors", default_config={"extra_path": ""})
def make_component(nlp: Language, name: str, extra_path: str) -> ActorsComponent:
    """`extra_path`: a user's gazetteer file (docs/gazetteer.md); $NEWSLEDGER_ACTORS is read otherwise."""
    return ActorsComponent(nlp, name, extra_path or None)


def actor_at(doc: Doc, start_char: int, end_char: int) -> str | None:
    """The actor id a span of `doc` refers to, through the mentions the component found (None if none).

    The mention holding the span's syntactic head wins ("Defense Secretary Ben Wallace" -> Wallace)."""
    resolver = doc.user_data.get(RESOLVER_KEY)
    if resolver is not None:
        span = doc.char_span(start_char, end_char, alignment_mode="expand")
        if span is None or len(span) == 0:
            return None
        found = resolver.mention_for(span)
        return found.actor if found is not None else None
    for m in get_list(doc, "mentions"):
        if m.actor_id and m.span.start < end_char and start_char < m.span.end:
            return m.actor_id
    return None


def resolve_span(doc: Doc, start_char: int, end_char: int) -> str | None:
    """Like `actor_at`, but a span no mention covers (a pronoun or role noun) is resolved on the spot."""
    resolver = doc.user_data.get(RESOLVER_KEY)
    if resolver is None:
        return actor_at(doc, start_char, end_char)
    actor_id = resolver.resolve_span(start_char, end_char)
    _publish(doc, resolver, actor_id)
    return actor_id


def _publish(doc: Doc, resolver: Resolver, actor_id: str | None) -> None:
    """An actor first reached after the component ran (a gazetteer office-holder) joins doc._.actors,
    with the bodies it acts for, so every id a later component writes is described."""
    actors = get_list(doc, "actors")
    listed = {a.id for a in actors}
    while actor_id and actor_id not in listed:
        actor = resolver.actors.get(actor_id) or resolver.ensure(actor_id)
        actors.append(actor)
        listed.add(actor_id)
        actor_id = actor.agent_of


def actor_by_id(doc: Doc, actor_id: str):
    """The `model.Actor` for an id on this doc, or None."""
    return next((a for a in get_list(doc, "actors") if a.id == actor_id), None)
