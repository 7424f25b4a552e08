"""The `newsledger_actors` component: one identity for every person, government, state and organisation.

Writes `doc._.mentions` (every mention with its actor id), `doc._.actors` (each actor once) and
`doc._.speakers` (statement id -> actor id, from each statement's source span; reading `doc._.statements`
merges them in). Nothing inside page furniture is a mention (a byline or dateline names no actor). Other
pipes ask `actor_at(doc, start, end)` / `resolve_span(doc, start, end)` what a stretch of text refers to:
the pipe keeps each doc's resolver for the later pipes of the same run (not in `doc.user_data`, which holds
plain data only); for a Doc read back from bytes they fall back to `doc._.mentions`.

The gazetteer is this pipe's knowledge: the packaged files plus a user's file (`extra_path`; `load_nlp`
sets it from $NEWSLEDGER_ACTORS when that is set), all of which `to_disk` writes into the saved pipeline.

Decisions (see docs/gazetteer.md): a state's officials, diplomats, authorities and government ("British
officials", "Kremlin officials") are mentions of that government, `gov:XXX`; its forces and defence ministry
are `mil:XXX`, agent of `gov:XXX`; other ministries are `org:<iso>-<office>-ministry` (or the gazetteer's
entry), agent of the government. A country name that acts ("Russia has warned") is its government; one that
undergoes or receives ("weapons to Ukraine") is the state, `state:XXX`; a place where something happens
("arrived in Moscow", "in Ukraine") is a location mention with no actor.
"""

from __future__ import annotations

import shutil
import weakref
from collections import OrderedDict
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from ..gazetteer import GAZETTEER_FILES, Gazetteer, data_file, load_gazetteer
from ..layout import Furniture
from ..model import Actor, Mention, Span
from . import get_list, register_extensions
from .coref import Resolver
from .mentions import MentionFinder

_USER_FILE = "actors_user.json"
# Each doc's resolver, for the later pipes of the same run (events) and for a caller reading the doc
# as `nlp.pipe` yields it; oldest dropped first. A resolver holds its doc, so every entry keeps a whole
# parsed doc alive: 256 of them made a long stream's memory grow by ~0.6 MB an article. Our pipes take
# docs one at a time after the parser, so a doc is read within a batch of the actors pipe seeing it;
# 32 is twice the largest batch the library asks spaCy for.
_RESOLVERS: OrderedDict[int, tuple[weakref.ref[Doc], Resolver]] = OrderedDict()
_KEEP = 32


def resolver_for(doc: Doc) -> Resolver | None:
    """The resolver the actors pipe used on `doc` in this process, if it is still kept."""
    entry = _RESOLVERS.get(id(doc))
    if entry is None or entry[0]() is not doc:
        return None
    return entry[1]


def _keep(doc: Doc, resolver: Resolver) -> None:
    _RESOLVERS[id(doc)] = (weakref.ref(doc), resolver)
    _RESOLVERS.move_to_end(id(doc))
    while len(_RESOLVERS) > _KEEP:
        _RESOLVERS.popitem(last=False)


class ActorsComponent:
    """Gazetteer and matcher are built once here; each doc costs one matcher pass and its own mentions."""

    def __init__(self, nlp: Language, name: str, extra_path: str | None = None) -> None:
        self.name = name
        self.nlp = nlp
        self.extra_path = extra_path or None
        self.data_dir: str | None = None  # where the gazetteer files are read from (None: the package)
        self.gaz: Gazetteer | None = None
        self.finder: MentionFinder | None = None

    def initialize(self, get_examples=None, *, nlp: Language | None = None) -> None:
        """Read the gazetteer now (else on the first doc; a saved pipeline brings its own files)."""
        if self.gaz is None:
            self._load(self.extra_path, None)

    def _load(self, extra_path: str | None, data_dir: str | None) -> None:
        self.extra_path, self.data_dir = extra_path, data_dir
        self.gaz = load_gazetteer(extra_path, data_dir)
        self.finder = MentionFinder(self.nlp, self.gaz)

    def __call__(self, doc: Doc) -> Doc:
        self.initialize()
        article = doc._.article
        date = (article.published or "")[:10] or None if article is not None else None
        statements = get_list(doc, "statements")
        furniture = Furniture(doc)
        found = self.finder.find(doc)
        if furniture:
            found = [f for f in found if not furniture.overlaps(doc[f.start].idx, doc[f.end - 1].idx + 1)]
        resolver = Resolver(doc, self.gaz, self.finder, found, statements, date, furniture)
        resolver.run()
        for st in statements:
            resolver.speaker_of(st)
            if st.speaker:
                resolver.ensure(st.speaker)
        text = resolver.text
        mentions = []
        for f in resolver.all_found():
            if f.actor is None and not f.location:
                continue
            start, end = doc[f.start].idx, doc[f.end - 1].idx + len(doc[f.end - 1])
            mentions.append(
                Mention(span=Span.of(text, start, end), actor_id=f.actor, kind=f.kind, ner_label=f.ner)
            )
        doc._.mentions = mentions
        doc._.actors = resolver.all_actors()
        doc._.speakers = {st.id: st.speaker for st in statements if st.speaker}
        _keep(doc, resolver)
        return doc

    def to_disk(self, path: str | Path, *, exclude: tuple = ()) -> None:
        """The gazetteer files this pipe reads, and the user's file when there is one."""
        path = Path(path)
        (path / "gazetteer").mkdir(parents=True, exist_ok=True)
        for name in GAZETTEER_FILES:
            source = Path(self.data_dir) / name if self.data_dir else data_file(name)
            shutil.copyfile(source, path / "gazetteer" / name)
        if self.extra_path:
            shutil.copyfile(self.extra_path, path / _USER_FILE)

    def from_disk(self, path: str | Path, *, exclude: tuple = ()) -> ActorsComponent:
        user = Path(path) / _USER_FILE
        self._load(str(user) if user.exists() else None, str(Path(path) / "gazetteer"))
        return self


register_extensions()


@Language.factory(
    "newsledger_actors",
    default_config={"extra_path": None},
    requires=["token.dep", "token.tag", "doc.ents", "doc._.statements"],
    assigns=["doc.ents", "doc._.mentions", "doc._.actors", "doc._.speakers"],
)
def make_component(nlp: Language, name: str, extra_path: str | None) -> ActorsComponent:
    """`extra_path`: a user's gazetteer file (docs/gazetteer.md), carried into a saved pipeline."""
    return ActorsComponent(nlp, name, extra_path or None)


def actor_at(doc: Doc, start_char: int, end_char: int) -> str | None:
    """The actor id a span of `doc` refers to, through the mentions the component found (None if none).

    The mention holding the span's syntactic head wins ("Defense Secretary Ben Wallace" -> Wallace)."""
    resolver = resolver_for(doc)
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
    resolver = resolver_for(doc)
    if resolver is None:
        return actor_at(doc, start_char, end_char)
    return resolver.resolve_span(start_char, end_char)


def reached(doc: Doc, actor_id: str | None, listed: set[str]) -> list[Actor]:
    """The actors `actor_id` brings that `listed` lacks (a gazetteer office-holder first reached after the
    actors pipe ran, with the bodies it acts for); `listed` is updated. A later pipe keeps these in its
    own list (`doc._.event_actors`), so every id it writes is described without editing `doc._.actors`."""
    resolver = resolver_for(doc)
    out: list[Actor] = []
    while resolver is not None and actor_id and actor_id not in listed:
        actor = resolver.actors.get(actor_id) or resolver.ensure(actor_id)
        out.append(actor)
        listed.add(actor_id)
        actor_id = actor.agent_of
    return out


def actor_by_id(doc: Doc, actor_id: str):
    """The `model.Actor` for an id on this doc, or None."""
    return next((a for a in get_list(doc, "actors") if a.id == actor_id), None)
