"""The `newsledger_events` component: PLOVER-coded events with actors, items, place, date and status.

Triggers come from the lexicon (`data/event_patterns.json`) over the dependency parse; where a trigger word
can mean several categories ("strike": ASSAULT or PROTEST) and an actor is found, the learned PLOVER
classifier chooses among them, reading the sentence with the actors marked as in its training data. An event
whose trigger lies inside a statement's content is that speaker's claim (`statement_id`), not the outlet's.
"""

from __future__ import annotations

import bisect
import shutil
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from spacy import parts_of_speech
from spacy.attrs import LEMMA, POS
from spacy.language import Language
from spacy.tokens import Doc, Token

from ..layout import Furniture
from ..lexicon.cues import statement_words
from ..lexicon.events import (
    DATA_DIR,
    DEFAULT_PATTERNS,
    Lexicon,
    Trigger,
    country_names,
    demonym_countries,
    load_lexicon,
    place_countries,
    to_plv,
)
from ..model import Actor, Event, Item, Participant, Span
from . import doc_text, get_list, register_extensions
from .actors import reached, resolve_span
from .dates import normalise_date
from .equipment import build_matcher, find_items, money_items
from .event_args import (
    agent_of,
    date_attachments,
    ent_bounds,
    location_for,
    modality_of,
    participant,
    prep_objects,
    shared_verb,
    subject_of,
    with_conjuncts,
)

#: Categories of an act about another act (a threat, refusal or offer to do something): their target may
#: be the target of the act they are about.
_ABOUT_AN_ACT = frozenset(("THREATEN", "REJECT", "AGREE"))

#: The category of a two-word trigger use that names no event ("fighting for a cause").
NO_EVENT = "NONE"

#: Parts of speech that head a clause.
_CLAUSE_HEADS = ("VERB", "AUX")

#: Dependencies of a noun phrase's head: an event noun the tagger read as an adjective still heads one.
_NOMINAL_ROLES = frozenset(("nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos", "conj", "ROOT"))

#: Categories of physical force, which figurative uses ("hit a snag", "information war") must not reach.
_FORCE = frozenset(("ASSAULT", "THREATEN"))
_TIMES = frozenset(("DATE", "TIME"))  # "pledged aid for this year": a prepositional object that is no party

#: The shipped PLOVER classifier (sklearn is imported only when it is first needed).
PLOVER_MODEL = DATA_DIR / "models" / "plover.joblib"


class EventsComponent:
    """Reads statements and actor mentions; writes `doc._.events` (E1, E2, ... in text order)."""

    def __init__(
        self,
        nlp: Language,
        name: str,
        use_model: bool = True,
        patterns_path: str | None = None,
        plover_path: str | None = None,
    ) -> None:
        self.name = name
        self.use_model = use_model
        self.patterns_path = Path(patterns_path) if patterns_path else DEFAULT_PATTERNS
        self.plover_path = Path(plover_path) if plover_path else PLOVER_MODEL
        self.nlp = nlp
        self.matcher = build_matcher(nlp)
        self._model: object | None = None
        self.lex: Lexicon | None = None
        self.pos_ids = {parts_of_speech.VERB, parts_of_speech.NOUN}

    def initialize(self, get_examples=None, *, nlp: Language | None = None) -> None:
        """Read the trigger lexicon now (else on the first doc; a saved pipeline brings its own)."""
        if self.lex is None:
            self._use(load_lexicon(str(self.patterns_path)))

    def _use(self, lex: Lexicon) -> None:
        self.lex = lex
        strings = self.nlp.vocab.strings
        lemmas = {lemma for lemma, _ in lex.triggers}
        #: Hashes of trigger lemmas in the cases the lemmatizer may give, to skip other tokens unbuilt.
        self.lemma_ids = {strings.add(v) for lemma in lemmas for v in (lemma, lemma.capitalize())}

    @property
    def model(self):
        """The shipped classifier, loaded on first need (importing scikit-learn takes a second or more)."""
        if self._model is None and self.use_model:
            from ..plover.model import load_model

            self._model = load_model(str(self.plover_path)) or False
        return self._model or None

    def __call__(self, doc: Doc) -> Doc:
        self.initialize()
        doc._.events = []
        doc._.event_actors = []
        if not doc.has_annotation("DEP"):
            return doc
        ctx: _Context | None = None
        found: list[Event] = []
        arr = doc.to_array([POS, LEMMA])
        for i, (pos, lemma) in enumerate(arr.tolist()):
            if lemma not in self.lemma_ids:
                continue
            tok = doc[i]
            if (
                pos == parts_of_speech.ADJ
                and tok.dep_ in _NOMINAL_ROLES
                and self.lex.lookup(tok.lemma_.lower(), "NOUN")
            ):
                tok.pos_ = "NOUN"  # "a disastrous counter-offensive": an event noun tagged as adjective
            elif pos not in self.pos_ids:
                continue
            ctx = ctx or _Context(doc, self)
            entries = self.lex.lookup(tok.lemma_.lower(), tok.pos_)
            if entries:
                entries = _fitting(tok, entries)
                if entries and entries[0].category != NO_EVENT:
                    ev = ctx.event(tok, entries)
                    if ev is not None:
                        found.append(ev)
        found = [e for e in found if not self._stopped(doc, e)]
        found = _drop_contained(_drop_repeated_transfers(found))
        found.sort(key=lambda e: (e.trigger.start, e.trigger.end))
        if ctx is not None:
            ctx.fill_belligerents(found)
            ctx.fill_recipients(found)
            ctx.fill_both_sides(found)
            ctx.fill_disputed(found)
        if ctx is not None:
            ctx.unnamed_suppliers(found)
            found = ctx.drop_goods_told_again(found)
            found = ctx.use_for_purpose(found)
            found = ctx.hit_by_attack(found)
            found = ctx.aimed_measures(found)
            found = ctx.reporters_apart(found)
        found = _drop_reported_again(
            [
                e
                for e in found
                if (_resolved(e) or self._accuses_named(doc, e) or self._suffered(doc, e))
                and self._two_sided(e)
            ],
            ctx.verbal if ctx is not None else None,
            ctx.called_current if ctx is not None else None,
            _headline_end(doc),
        )
        if ctx is not None:
            ctx.share_meeting_places(found)
            ctx.embargoes(found)
            found = ctx.drop_goods_nouns(found)
            found = ctx.drop_trips_to_meetings(found)
            found = ctx.threat_told(found)  # once the THREATENs without a party are gone
            found = ctx.warned_of_others(found)
        found = _outside_furniture(doc_text(doc), found, Furniture(doc))
        for n, ev in enumerate(found, 1):
            ev.id = f"E{n}"
        doc._.events = found
        # only the actors a kept event names (a party of an event dropped later is no actor of the doc),
        # with the bodies they act for
        named = {p.actor_id for ev in found for p in (*ev.sources, *ev.targets) if p.actor_id}
        extra = {a.id: a for a in (ctx.extra if ctx is not None else [])}
        keep = {i for i in named if i in extra}
        for i in list(keep):
            parent = extra[i].agent_of
            while parent in extra and parent not in keep:
                keep.add(parent)
                parent = extra[parent].agent_of
        doc._.event_actors = [a for a in extra.values() if a.id in keep]
        return doc

    def _stopped(self, doc: Doc, ev: Event) -> bool:
        """Whether an event phrase names its act only as what stops ("agreed to a halt to air strikes",
        "put an end to attacks"): a noun of event_patterns cessation_nouns before the phrase's last word."""
        span = doc.char_span(ev.trigger.start, ev.trigger.end, alignment_mode="expand")
        return span is not None and len(span) > 2 and any(
            t.lemma_.lower() in self.lex.cessation_nouns and t.pos_ == "NOUN" for t in span[:-1]
        )

    def _accuses_named(self, doc: Doc, ev: Event) -> bool:
        """An accusation that names no accuser at all but names whom it accuses ("allegations that Hungary
        meddled", "Serbia was accused of shelling"): the one accused is identifiable, the source `null`
        (docs/annotation.md: skip only events with neither party)."""
        tok = _doerless_root(doc, ev, self.lex.claim_categories)
        if tok is None:
            return False
        if tok.pos_ == "NOUN":
            return True
        # a verb's subject that names no actor ("the villagers called the army a gang", "the general has
        # alleged that ...") is still an accuser: only a passive with no agent names none
        _, passive = subject_of(tok)
        return passive and agent_of(tok) is None

    def _suffered(self, doc: Doc, ev: Event) -> bool:
        """A use of force told in the passive with no doer named at all ("was found shot dead", "two drones
        were destroyed over Bryansk", "was ousted in 2014") whose victim is identified: the victim is
        checkable, the source `null` (docs/annotation.md: skip only events with neither party)."""
        tok = _doerless_root(doc, ev, self.lex.passive_victim_categories)
        if tok is None or ev.status not in (None, "delivered"):
            return False
        if tok.pos_ != "VERB" or tok.tag_ != "VBN" or agent_of(tok) is not None:
            return False
        return any(c.dep_ == "auxpass" for c in tok.children) or (
            tok.dep_ in ("oprd", "xcomp", "ccomp") and tok.head.lemma_.lower() == "find"
        )

    def _two_sided(self, ev: Event) -> bool:
        """An act that is by nature towards someone (support, agreement, sanctions, accusations, trade,
        requests) is an event only when the article says towards whom ("the aid they backed" says no
        one; "Germany backed Ukraine" does); a request from a state stands alone ("Moscow called for an
        inquiry"). A wrong or guessed party is worse than a missing event (docs/annotation.md)."""
        if any(p.actor_id for p in ev.targets):
            return True
        if ev.category in self.lex.needs_other_side:
            return False
        return ev.category not in self.lex.needs_other_side_unless_state or any(
            _is_state(p.actor_id) for p in ev.sources
        )

    # The trigger lexicon and the PLOVER weights travel with a saved pipeline.
    def to_disk(self, path: str | Path, *, exclude: tuple = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(self.patterns_path, path / "event_patterns.json")
        if self.plover_path.exists():
            shutil.copyfile(self.plover_path, path / "plover.joblib")

    def from_disk(self, path: str | Path, *, exclude: tuple = ()) -> EventsComponent:
        path = Path(path)
        self.patterns_path = path / "event_patterns.json"
        self.plover_path = path / "plover.joblib"
        self._use(load_lexicon(str(self.patterns_path)))
        self._model = None
        return self


def _doerless_root(doc: Doc, ev: Event, categories: frozenset[str]) -> Token | None:
    """The trigger's root token of an event of `categories` that names no source but an identified
    target, the shape both kept source-less events share; None for any other event."""
    if ev.sources or ev.category not in categories or not any(p.actor_id for p in ev.targets):
        return None
    span = doc.char_span(ev.trigger.start, ev.trigger.end, alignment_mode="expand")
    return None if span is None else span.root


def _outside_furniture(text: str, events: list[Event], furniture: Furniture) -> list[Event]:
    """No event triggered in page furniture, and no party, item, place or date taken from it (a party's
    span keeps its part outside it, as a statement's source does)."""
    if not furniture:
        return events

    def keep(span: Span | None) -> bool:
        return span is not None and not furniture.overlaps(span.start, span.end)

    def parties(parts: list[Participant]) -> list[Participant]:
        out = []
        for p in parts:
            if p.span is None or keep(p.span):
                out.append(p)
                continue
            kept = furniture.clip(text, p.span.start, p.span.end)
            if kept is not None:
                out.append(p.model_copy(update={"span": Span.of(text, *kept)}))
        return out

    out = []
    for ev in events:
        if not keep(ev.trigger):
            continue
        ev.sources, ev.targets = parties(ev.sources), parties(ev.targets)
        ev.items = [i for i in ev.items if keep(i.span)]
        ev.location = ev.location if keep(ev.location) else None
        if not keep(ev.date):
            ev.date, ev.date_value = None, None
        out.append(ev)
    return out


#: Clauses that are not part of what a noun phrase names ("a green light to use NATO weapons").
_CLAUSAL = frozenset(("advcl", "ccomp", "xcomp"))


def _phrase(tok: Token, *, of_only: bool = False) -> list[Token]:
    """`tok` and its dependents, leaving out clauses and infinitives: the goods a transfer names. A
    relative or participle clause stays ("weapons that include 20 drones", "a package including tanks").
    With `of_only`, what hangs on a preposition other than "of" is left out too."""
    out, stack = [], [tok]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(
            c for c in t.children
            if c.dep_ not in _CLAUSAL and not _infinitive(c) and not _means_or_agent(c)
            and not (of_only and c.dep_ == "prep" and c.lower_ != "of")
        )  # fmt: skip
    return out


def _named_by(tok: Token) -> list[Token]:
    """The words of a phrase that say what it is: the phrase less what hangs on a preposition other than
    "of" ("40 missiles and 30 drones", "a barrage of drones"; not the mines in "varies from anti-tank
    mines", a misparse of what a verb's object ranges over)."""
    return _phrase(tok, of_only=True)


def _split_first_part(tok: Token) -> list[Token]:
    """The modifiers the parser hung on the first part of a hyphenated word it split ("Ukraine's
    counter-offensive": "Ukraine's" on "counter"): they modify the whole word."""
    doc = tok.doc
    if tok.i < 2 or doc[tok.i - 1].text != "-" or doc[tok.i - 1].whitespace_ or doc[tok.i - 2].whitespace_:
        return []
    return [c for c in doc[tok.i - 2].children if c.i < tok.i - 2]


def _shared_objects(verb: Token) -> list[Token]:
    """The object a verb shares with the verb conjoined after it ("arming and training the Kenyans",
    "invaded and annexed the region"): when the verb has none of its own and the later conjunct, joined by
    "and"/"or" with no subject of its own, has one."""
    for c in verb.children:
        if c.dep_ != "conj" or c.pos_ != "VERB" or c.i < verb.i:
            continue
        if any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children):
            return []
        between = verb.doc[verb.i + 1 : c.i]
        if not between or any(t.dep_ not in ("cc", "punct") for t in between):
            return []  # "fighting in Ukraine and blasting the West": the first verb has its own words
        if [t.lower_ for t in between if t.dep_ == "cc"][-1:] not in (["and"], ["or"]):
            return []
        return [g for g in c.children if g.dep_ == "dobj"]
    return []


def _hyphen_pair(c: Token) -> tuple[Token, Token] | None:
    """Two names joined by a hyphen before an event noun ("Russia-NATO war", "EU-Ukraine summit"), as
    (first, second): the parser hangs the first on the second."""
    if c.dep_ != "compound" or c.pos_ != "PROPN" or c.i < 2 or c.doc[c.i - 1].text != "-":
        return None
    first = c.doc[c.i - 2]
    if first.pos_ != "PROPN" or first.head.i != c.i or first.dep_ != "compound":
        return None
    return first, c


def _means_or_agent(tok: Token) -> bool:
    """The "by X" inside the goods' phrase ("delicacies delivered to their positions by drone",
    "hardware supplied by NATO"): who or what carried them, not what was given."""
    return tok.dep_ == "agent" or (tok.dep_ == "prep" and tok.lower_ == "by")


def _infinitive(tok: Token) -> bool:
    """A to-infinitive clause ("a green light to use ..."): what might be done, not what is given."""
    return tok.dep_ in ("acl", "relcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _owners_in(tok: Token) -> list[Token]:
    """The owners named in a trigger's "in X" ("in the US election", "in Ukraine's affairs"): who an act
    of interference is against."""
    return [
        c
        for o in prep_objects(tok, ("in",))
        for c in o.children
        if c.dep_ in ("compound", "amod", "poss", "nmod")
        and (c.ent_type_ in ("GPE", "NORP") or c.pos_ == "PROPN")
    ]


def _as_party(actor_id: str | None) -> str | None:
    """A people acting is its country in an event ("the Russians shelled" is Russia): `pop:X` -> `gov:X`."""
    if actor_id and actor_id.startswith("pop:"):
        return "gov:" + actor_id[4:]
    return actor_id


#: Kinds of actor that act as states: a warning of theirs is a threat even with no addressee named.
_STATE_KINDS = frozenset(("gov", "state", "mil", "igo"))


def _is_state(actor_id: str | None) -> bool:
    return bool(actor_id) and actor_id.split(":", 1)[0] in _STATE_KINDS


def _resolved(ev: Event) -> bool:
    """An event is kept only when the actors pipe resolved who acted: "they attacked the city" with "they"
    unresolved, or "civilians were killed" with no one named, says nothing a reader can check, and a
    wrong or missing actor is worse than a missing event. A transfer of named goods whose text names no
    supplier is kept when it names the recipient ("the delivery of 40 howitzers to Ukraine"): its items
    are what the transfers table reports; one with neither party ("aircraft armed with missiles", "they
    sent tanks" with "they" unresolved) says nothing a reader can check (docs/annotation.md)."""
    if ev.items and not ev.sources:
        return any(p.actor_id for p in ev.targets)
    return any(p.actor_id for p in ev.sources)


def _identity(actor_id: str) -> str:
    """A country is one party whether named as its government, state, forces or people ("Russia invaded",
    "the Russian invasion", "Russian troops invaded")."""
    kind, _, rest = actor_id.partition(":")
    return f"country:{rest}" if kind in ("gov", "state", "mil", "pop") else actor_id


#: Statement classes whose content is the speaker's claim; a belief, intention or perception is not.
CLAIMING_CLASSES = frozenset({"speech", "writing"})


def _drop_reported_again(
    events: list[Event],
    verbal: Callable[[Event], bool] | None = None,
    current: Callable[[Event], bool] | None = None,
    headline_end: int | None = None,
) -> list[Event]:
    """One real event reported twice in an article ("Russia invaded Ukraine in 2022 ... since it invaded")
    is one event: a later event named by the same word (or a derivation), with the same category,
    resolved parties and status, and no place, date or items that tell it apart, is dropped (events are
    in text order). An act told by a verb, or by a noun called current ("Russia's ongoing invasion"), is
    the same act whether told as going on or as done. Items tell reports apart, except a headline's
    from the body's when they name the same goods (`_items_apart`)."""

    def key(e: Event) -> tuple:
        ids = (frozenset(_identity(p.actor_id) for p in ps if p.actor_id) for ps in (e.sources, e.targets))
        # the same word or a derivation of it ("invaded" / "invasion"): its first four letters (of the
        # last word: "launched a barrage" and "launched waves of assaults" are two events)
        told_as_verb = verbal is not None and verbal(e)
        status = None if told_as_verb and e.status == "under way" else e.status
        return (e.category, *ids, status, e.negated, e.trigger.text.lower().split()[-1][:4])

    def headline_present(a: Event, b: Event) -> bool:
        # "Germany sends more Patriots" over "Germany will send two Patriots": a headline's present
        # tense tells a done, going or coming act alike; the body's tense says which
        return (
            headline_end is not None
            and a.trigger.end <= headline_end < b.trigger.start
            and a.status == "under way"
            and verbal is not None
            and verbal(a)
        )

    def same(a: Event, b: Event) -> bool:
        ka, kb = key(a), key(b)
        if ka == kb:
            return True
        # "Fidan met Lavrov ... during his meetings in Moscow", "Washington rejected the proposal ...
        # Washington's rejection": a later report of the act, told as done or going on, that names no more
        # than the first did. Not for attacks: a side's many strikes on places that are no actors are as
        # many events ("the eighth attack on the capital")
        told = ka[3] == kb[3] or {ka[3], kb[3]} <= {"occurred", "ongoing", "under way", None}
        fewer = ka[1] and ka[1] == kb[1] and kb[2] < ka[2] and ka[4:] == kb[4:]
        if ka[0] == kb[0] != "ASSAULT" and fewer and told:
            return True
        if headline_present(a, b) and ka[:-3] + ka[-2:] == kb[:-3] + kb[-2:]:
            return True
        # "Russia's invasion ... Russia's ongoing invasion": the act that began is the one going on
        told = {ka[-3], kb[-3]} == {None, "under way"} and current is not None and (current(a) or current(b))
        return told and ka[:-3] + ka[-2:] == kb[:-3] + kb[-2:]

    def apart(a: Event, b: Event) -> bool:
        places = a.location is not None and b.location is not None and a.location.text != b.location.text
        dates = a.date_value is not None and b.date_value is not None and a.date_value != b.date_value
        if headline_end is not None and a.trigger.end <= headline_end < b.trigger.start:
            return places or dates or _items_apart(a, b)
        return places or dates or bool(a.items or b.items)

    kept: list[Event] = []
    for ev in events:
        first = next((k for k in kept if same(k, ev) and not apart(k, ev)), None)
        if first is None:
            kept.append(ev)
            continue
        if headline_present(first, ev):
            first.status, first.modality = ev.status, ev.modality
        if first.items and ev.items:
            first.items = _with_quantities(first.items, ev.items)
            if first.statement_id is None:
                # the headline drops the attribution the body gives ("... trying to buy ..., according
                # to the minister"): the transfer is the speaker's claim
                first.statement_id = ev.statement_id
    return kept


def _with_quantities(items: list[Item], later: list[Item]) -> list[Item]:
    """The first report's items, each kind without a quantity taking the later report's counted one
    ("drones and armoured vehicles" in a headline, "120 armoured vehicles" in the lede), so the
    transfers table keeps the number."""
    counted = {i.category or i.name: i for i in later if i.quantity_value is not None}
    return [counted.get(i.category or i.name, i) if i.quantity_value is None else i for i in items]


def _headline_end(doc: Doc) -> int | None:
    """Where the article's title ends: its title span, else a first line standing alone (a blank line
    after it, no full stop) in a text analysed without metadata; None when there is none."""
    article = doc._.article
    if article is not None and article.title_span is not None:
        return article.title_span.end
    first, sep, rest = doc_text(doc).partition("\n")
    if sep and rest.startswith("\n") and first.strip() and not first.rstrip().endswith((".", "!", "?")):
        return len(first)
    return None


def _items_apart(a: Event, b: Event) -> bool:
    """Whether the items tell a headline's report and the body's apart. Both with items name one transfer
    when one's kinds of item are among the other's and no kind has two different quantities: a headline
    "approves package of drones and armoured vehicles" and the lede's "drones and 120 armoured vehicles"
    (our demo article gave two AID events). One with items and one without stay apart (an amount of aid
    and a delivery of arms are often two transfers). In the body, "sent tanks ... sent 30 more tanks" are
    two transfers, so there any items keep reports apart."""
    if not a.items and not b.items:
        return False
    if not a.items or not b.items:
        return True
    qa: dict[str, set] = {}
    qb: dict[str, set] = {}
    for items, q in ((a.items, qa), (b.items, qb)):
        for i in items:
            q.setdefault(i.category or i.name, set()).add(i.quantity_value)
    if not (qa.keys() <= qb.keys() or qb.keys() <= qa.keys()):
        return True
    for cat in qa.keys() & qb.keys():
        va, vb = qa[cat] - {None}, qb[cat] - {None}
        if va and vb and va != vb:
            return True
    return False


def _drop_contained(events: list[Event]) -> list[Event]:
    """An event whose trigger lies inside another's longer trigger is part of that one act ("promised"
    in "promised to deliver": the pledged transfer, not an agreement of its own)."""

    def inside(e: Event, o: Event) -> bool:
        a, b = e.trigger, o.trigger
        return o is not e and b.start <= a.start and a.end <= b.end and (b.end - b.start) > (a.end - a.start)

    return [e for e in events if not any(inside(e, o) for o in events)]


def _drop_repeated_transfers(events: list[Event]) -> list[Event]:
    """ "Approved a package of military aid that includes X and Y": "package" and "aid" name one transfer.
    Keep the reading with the most named parties, so the transfers table lists each item once."""

    def parties(e: Event) -> int:
        return len(e.sources) + len(e.targets)

    keep: list[Event] = []
    for ev in events:
        spans = {i.span for i in ev.items}
        twin = None
        if spans:
            twin = next(
                (o for o in events if o is not ev and o.items and spans <= {i.span for i in o.items}
                 and (parties(o), -o.trigger.start) > (parties(ev), -ev.trigger.start)),
                None,
            )  # fmt: skip
        if twin is None:
            keep.append(ev)
    return keep


def _apart(parts: list[Participant], spans: list[Span]) -> list[Participant]:
    """The participants whose words are none of `spans`."""
    return [p for p in parts if p.span is None or not any(p.span.overlaps(s) for s in spans)]


def _same_as_source(p: Participant, sources: list[Participant]) -> bool:
    """A target that is a source again ("defend itself") is no second party."""
    return any(p.span == s.span or (p.actor_id and p.actor_id == s.actor_id) for s in sources)


def _once(parts: list[Participant]) -> list[Participant]:
    """Participants with each resolved actor once: a party reached by two paths (the owner of what was
    said and the doer of the act asked for) is still one party."""
    seen: set[str] = set()
    out: list[Participant] = []
    for p in parts:
        if p.actor_id is not None and p.actor_id in seen:
            continue
        if p.actor_id is not None:
            seen.add(p.actor_id)
        out.append(p)
    return out


def _object_words(tok: Token) -> set[str]:
    """Lemmas in a verb's direct objects' phrases ("increased its front-line troop strength": troop,
    strength; "raising the maximum age of conscription": conscription), and the entity label of an
    object that is a named place ("captured Bakhmut": GPE), so an entry can ask for a place."""
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    labels = {c.ent_type_ for c in objs if c.ent_type_}
    if any(c.pos_ == "PROPN" and c.lower_ in place_countries() for c in objs):
        labels.add("GPE")  # "took Kinshasa": a capital the tagger missed is still a place
    return {t.lemma_.lower() for c in objs for t in _phrase(c)} | labels


def _prep_object_words(tok: Token, preps: frozenset[str] | tuple[str, ...]) -> set[str]:
    """Lemmas in the objects of a verb's prepositions `preps` ("prepared for a long war": war), so an
    entry that asks for a preposition and objects fits only that use ("prepared for talks" is no
    mobilisation)."""
    return {t.lemma_.lower() for g in prep_objects(tok, tuple(preps)) for t in _phrase(g)}


def _labels(tok: Token) -> list[Token]:
    """The nouns a verb says of its object ("called Putin a tyrant"): a predicate noun, or one the parser
    hangs on the object in apposition with "a/an" and no comma between ("called Vladimir Putin a tyrant
    who ...")."""
    out = [c for c in tok.children if c.dep_ == "oprd" and c.pos_ == "NOUN"]
    for o in tok.children:
        if o.dep_ != "dobj":
            continue
        out += [
            a for a in o.rights
            if a.dep_ == "appos" and a.pos_ == "NOUN"
            and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in a.children)
            and not any(t.is_punct for t in o.doc[o.i + 1 : a.i])
        ]  # fmt: skip
    return out


def _fitting(tok: Token, entries: list[Trigger]) -> list[Trigger]:
    """Entries whose particle constraints this token meets ("call on", "cut off")."""
    # a preposition of time ("struck again on Monday", "took place over the weekend") says nothing of
    # what the act is done to, nor is it a two-word verb's particle ("take over")
    timed = {
        c.i for c in tok.children
        if c.dep_ == "prep" and any(g.ent_type_ in ("DATE", "TIME") for g in c.children)
    }  # fmt: skip
    kids = {c.lower_ for c in tok.children if c.dep_ in ("prt", "prep") and c.i not in timed}
    if tok.pos_ == "NOUN":  # a noun's qualifier ("troop movements", "military action", "artillery fire")
        kids |= {c.lemma_.lower() for c in tok.children if c.dep_ in ("amod", "compound")}
    # the second word of a two-word verb may be parsed as an adverb ("shot back at")
    adverbs = {c.lower_ for c in tok.children if c.dep_ == "advmod" and c.i == tok.i + 1}
    # a passive ("was struck by drones") had an object: no intransitive use ("workers struck")
    transitive = any(c.dep_ in ("dobj", "nsubjpass", "auxpass", "agent") for c in tok.children)
    # "demonstrated that it wants war": a clause for object is no intransitive use either
    clausal = any(c.dep_ == "ccomp" for c in tok.children)
    heads = {c.lemma_.lower() for c in tok.children if c.dep_ == "dobj"}
    infinitive = any(c.dep_ == "xcomp" and c.tag_ == "VB" for c in tok.children)
    # "called Putin a tyrant": an object and a noun said of it; "calling it a new chapter" labels a thing
    things = load_lexicon().thing_pronouns
    labelled = (
        transitive
        and bool(_labels(tok))
        and not any(c.dep_ == "dobj" and c.lower_ in things for c in tok.children)
    )
    unless_kids = {c.lower_ for c in tok.children if c.dep_ in ("prt", "prep") and c.i not in timed}
    if tok.pos_ == "NOUN":
        unless_kids |= {c.lemma_.lower() for c in tok.children if c.dep_ in ("amod", "compound")}
    out = []
    for e in entries:
        if e.no_infinitive and infinitive:
            continue
        if e.particle and e.particle not in kids | adverbs:
            continue
        if e.intransitive and (transitive or clausal):
            continue
        if e.not_objects and heads.intersection(e.not_objects):
            continue
        if e.particles and not kids.intersection(e.particles):
            continue
        if e.unless and (unless_kids | adverbs).intersection(e.unless):
            continue
        if e.objects and not (
            _object_words(tok) | (_prep_object_words(tok, e.particles) if e.particles else set())
        ).intersection(e.objects):
            continue
        if e.labels and not labelled:
            continue
        out.append(e)
    two_word = [e for e in out if e.particle]
    labelling = [e for e in out if e.labels]  # "called Sweden a haven for terrorists": no call for
    # "captured the town": an entry asking for that object is the reading ("captured soldiers" is not)
    objected = [e for e in out if e.objects]
    return two_word or labelling or objected or out


class _Context:
    """Per-doc state: items, dates, statements, resolver; builds one event per trigger token."""

    def __init__(self, doc: Doc, comp: EventsComponent) -> None:
        self.doc = doc
        self.comp = comp
        self.lex = comp.lex
        # the nouns of "both sides", "the warring parties": such a phrase is read off the war
        self.both_sides_nouns = {phrase.split()[-1] for phrase in self.lex.both_sides}
        article = doc._.article
        self.text = doc_text(doc)
        self.published = article.published if article is not None else None
        # The actors pipe's actors, then those first reached here (kept apart: doc._.event_actors).
        self.actors: dict[str, Actor] = {a.id: a for a in get_list(doc, "actors")}
        self.named = frozenset(self.actors)  # the actors the article itself names
        self.extra: list[Actor] = []
        self.items = find_items(doc, [(s, e) for _, s, e in comp.matcher(doc)], self.text)
        for i, item in money_items(doc, self.text).items():
            self.items.setdefault(i, item)
        #: transfer nouns whose goods are the compound before them ("arms deliveries")
        self.goods_compounds: set[int] = set()
        self._goods_before_transfer_nouns()
        self.dates = date_attachments(doc, self.lex)
        self.sents = list(doc.sents)
        self.sent_of: list[int] = [0] * len(doc)
        for k, s in enumerate(self.sents):
            self.sent_of[s.start : s.end] = [k] * (s.end - s.start)
        self.statements = get_list(doc, "statements")

    def _goods_before_transfer_nouns(self) -> None:
        """ "Germany's arms deliveries", "tank shipments to Kyiv": the goods are the words before the
        transfer noun, not the whole phrase it heads (whose owner is the supplier): the item keeps only
        those words, keyed by the last of them."""
        doc = self.doc
        for i, item in list(self.items.items()):
            tok = doc[i]
            if tok.pos_ != "NOUN" or not any(t.transfer for t in self.lex.lookup(tok.lemma_.lower(), "NOUN")):
                continue
            goods = [c for c in tok.lefts if c.dep_ == "compound"]
            if not goods:
                continue
            lo, hi = goods[0].left_edge.i, goods[-1].i + 1
            start, end = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1])
            if not (item.span.start <= start and end <= item.span.end):
                continue
            del self.items[i]
            self.items[hi - 1] = item.model_copy(update={"span": Span.of(self.text, start, end)})
            self.goods_compounds.add(i)

    def resolve(self, doc: Doc, start: int, end: int) -> str | None:
        """The actor a span refers to (through the actors pipe's resolver); actors it reaches that the
        actors pipe had not listed are kept in `extra`."""
        actor_id = _as_party(resolve_span(doc, start, end))
        if actor_id is None:  # "Israeli jets": a country's adjective the actors pipe left as a word
            name = self.text[start:end].lower()
            prefix, dash, rest = name.partition("-")
            if dash and prefix in self.lex.against_prefixes:  # "anti-Russian": Russia
                name = rest
            iso = demonym_countries().get(name)
            span = doc.char_span(start, end, alignment_mode="expand")
            # not a plural people ("Bosnians", "many Ukrainians"): the actors pipe left those out on purpose
            people = span is not None and any(t.tag_ in ("NNS", "NNPS") for t in span)
            actor_id = f"gov:{iso}" if iso and not people else None
            # a country's name in a party's slot ("hit out at Germany"), which the actors pipe may read as
            # a place after a preposition, is that country
            named = country_names().get(name.removeprefix("the "))
            actor_id = actor_id or (self._country_party(named) if named else None)
            # a bloc's adjective on an act ("Western support"): the bloc (event_patterns bloc_adjectives)
            if actor_id is None and span is not None and len(span) == 1 and span[0].pos_ == "ADJ":
                actor_id = self.lex.bloc_adjectives.get(name)
        listed = set(self.actors)
        for actor in reached(doc, actor_id, listed):
            self.actors[actor.id] = actor
            self.extra.append(actor)
        return actor_id

    # -- participants -------------------------------------------------------------------------
    def _parts(
        self, toks: list[Token], transfer: bool = True, people: frozenset[int] = frozenset()
    ) -> list[Participant]:
        """Participants headed by `toks` and their conjuncts; in a transfer, goods are never actors. A
        token in `people` is someone by the act's meaning, whatever its noun."""
        out: list[Participant] = []
        for t in toks:
            for c in with_conjuncts(t):
                if transfer and c.i in self.items:
                    continue
                p = participant(
                    self.doc, self.text, c, self.resolve, self.lex.actor_nouns, person=t.i in people
                )
                if p is None and c.lower_ in self.both_sides_nouns:
                    lo, hi = c.left_edge.i, c.i + 1
                    span = Span.of(self.text, self.doc[lo].idx, c.idx + len(c))
                    if span.text.lower() in self.lex.both_sides and hi - lo <= 3:
                        p = Participant(actor_id=None, span=span)  # "both sides": read off the war later
                if p is not None:
                    refined = self._refined(c, p.actor_id)
                    if refined != p.actor_id:
                        p = p.model_copy(update={"actor_id": refined})
                if p is None or (transfer and any(p.span.overlaps(i.span) for i in self.items.values())):
                    continue
                if p.actor_id is None and c.pos_ == "NOUN" and self.lex.lookup(c.lemma_.lower(), "NOUN"):
                    continue  # "the Minsk agreements were signed": an event noun is not a party
                if not any(q.span == p.span for q in out):
                    out.append(p)
                out += [q for q in self._paired_adjectives(c) if not any(o.span == q.span for o in out)]
        return out

    def _paired_adjectives(self, tok: Token) -> list[Participant]:
        """The second of two conjoined country adjectives on one noun ("talks between Ukrainian and Russian
        delegations", "clashes between Armenian and Azerbaijani troops"): a party of its own, as if the
        noun had been said twice."""
        if tok.pos_ != "NOUN":
            return []
        out: list[Participant] = []
        for a in tok.children:
            if a.dep_ != "amod" or a.lower_ not in demonym_countries():
                continue
            for b in a.conjuncts:
                if b.i > a.i and b.lower_ in demonym_countries():
                    # by its own word: the actors pipe may have linked the whole phrase to the first country
                    actor = self._country_party(demonym_countries()[b.lower_])
                    out.append(Participant(actor_id=actor, span=Span.of(self.text, b.idx, b.idx + len(b))))
        return out

    def _refined(self, tok: Token, actor_id: str | None) -> str | None:
        """The party a participant's words name when the resolver reads them too loosely: "its" on an
        event noun (the nearest body before it), "we"/"our" of a person who holds office in a country
        (that country: "if we help Ukraine", said by a senator), people named by where they are from
        ("officials from the United Kingdom", "member nations of NATO"), and a state's body owned by a
        person ("his country", "his forces": that person's country)."""
        lower = tok.lower_
        if tok.dep_ == "poss" and lower in self.lex.bound_possessives:
            return self._bound_owner(tok) or actor_id
        if tok.pos_ == "PRON" and lower in self.lex.first_person_plural:
            # only a country the article itself names (an MEP's "we" may be the EU rather than their own)
            country = self._person_country(actor_id)
            named = country and any(f"{k}:{country}" in self.named for k in ("gov", "state", "mil"))
            return self._country_party(country) if named else actor_id
        if (
            tok.pos_ in ("NOUN", "ADJ")
            and tok.lower_ in self.lex.relational_nouns
            # "its neighbour"; "Russia ally Kazakhstan" (a state modifying an alliance noun; "the US envoy" is
            # the US's, and "NATO allies" stay the bloc's)
            and any(
                c.dep_ == "poss"
                or c.dep_ == "compound"
                and c.ent_type_ == "GPE"
                and tok.lemma_.lower() in self.lex.alliance_nouns
                for c in tok.children
            )
        ):  # "its neighbour", "his top general, Wieslaw Kukula": not the owner; the name beside it if any
            named = next((c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
            if named is None:
                return None
            lo, hi = ent_bounds(named) if named.ent_iob_ != "O" else (named.i, named.i + 1)
            return self.resolve(self.doc, self.doc[lo].idx, self.doc[hi - 1].idx + len(self.doc[hi - 1]))
        if tok.pos_ != "NOUN":
            return actor_id
        if self._some_members(tok, actor_id):
            return None  # "several EU governments", "some NATO members": not the bloc
        if actor_id is None and tok.lemma_.lower() in self.lex.envoy_nouns:
            # "Russia's ambassador", "the ambassador of Russia": an envoy stands for the state that sent him
            owner = next((c for c in tok.children if c.dep_ == "poss"), None)
            if owner is not None and owner.pos_ == "PROPN":
                lo, hi = ent_bounds(owner) if owner.ent_iob_ != "O" else (owner.i, owner.i + 1)
                who = self.resolve(self.doc, self.doc[lo].idx, self.doc[hi - 1].idx + len(self.doc[hi - 1]))
                if _is_state(who):
                    return who
        if tok.tag_ == "NNS" and tok.lemma_.lower() in self.lex.actor_nouns:
            named = self._named_after(tok)
            if named:
                return named
        if actor_id is None and tok.lemma_.lower() in self.lex.actor_nouns:
            named = self._loyal_to(tok) or self._organ_in(tok)
            if named:
                return named
        if tok.lemma_.lower() in self.lex.owned_state_nouns:
            owner = next((c for c in tok.children if c.dep_ == "poss"), None)
            if owner is not None:
                lo, hi = ent_bounds(owner) if owner.ent_iob_ != "O" else (owner.i, owner.i + 1)
                who = self.resolve(self.doc, self.doc[lo].idx, self.doc[hi - 1].idx + len(self.doc[hi - 1]))
                country = self._person_country(who)
                if country:
                    return self._country_party(country)
        return actor_id

    def _some_members(self, tok: Token, actor_id: str | None) -> bool:
        """A quantified plural of a bloc's members ("several EU governments", "some NATO members", "two
        alliance capitals"): only some of the bloc act, so reading the party as the bloc would be wrong."""
        if not actor_id or not actor_id.startswith(("igo:", "org:")) or tok.tag_ != "NNS":
            return False
        if tok.lower_ not in self.lex.member_nouns and tok.lemma_.lower() not in self.lex.member_nouns:
            return False
        return any(
            c.dep_ in ("det", "amod", "nummod") and c.lower_ in self.lex.partial_quantifiers
            for c in tok.children
        )

    def _person_country(self, actor_id: str | None) -> str | None:
        """The country of a person the article names (a senator's, a president's), if known."""
        if not actor_id or not actor_id.startswith("person:"):
            return None
        actor = self.actors.get(actor_id)
        return actor.country if actor is not None else None

    def _named_after(self, tok: Token) -> str | None:
        """The state or body a plural group noun's "from X" / "of X" names ("officials from the United
        Kingdom and the United States": the first; "the member nations of NATO")."""
        for prep in tok.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("from", "of"):
                continue
            for g in prep.children:
                if g.dep_ != "pobj" or g.pos_ != "PROPN":
                    continue
                lo, hi = ent_bounds(g) if g.ent_iob_ != "O" else (g.i, g.i + 1)
                start, end = self.doc[lo].idx, self.doc[hi - 1].idx + len(self.doc[hi - 1])
                actor_id = self.resolve(self.doc, start, end)
                if actor_id is None:
                    iso = country_names().get(self.text[start:end].lower().removeprefix("the "))
                    actor_id = self._country_party(iso) if iso else None
                if actor_id and not actor_id.startswith(("person:", "media:")):
                    return actor_id
        return None

    def _pobj_party(self, g: Token) -> str | None:
        """The actor a preposition's object names, or the country of a country or capital it names."""
        lo, hi = ent_bounds(g) if g.ent_iob_ != "O" else (g.i, g.i + 1)
        start, end = self.doc[lo].idx, self.doc[hi - 1].idx + len(self.doc[hi - 1])
        actor_id = self.resolve(self.doc, start, end)
        if actor_id is None:
            iso = place_countries().get(self.text[start:end].lower().removeprefix("the "))
            actor_id = self._country_party(iso) if iso else None
        return actor_id

    def _loyal_to(self, tok: Token) -> str | None:
        """Whom a group "loyal to X" acts for ("forces loyal to the general", "fighters loyal to Kiir")."""
        for a in tok.children:
            if a.dep_ == "amod" and a.lower_ in self.lex.loyalty_words:
                for g in prep_objects(a, ("to",)):
                    if g.pos_ == "PROPN":
                        return self._pobj_party(g)
        return None

    def _organ_in(self, tok: Token) -> str | None:
        """The country of a state organ named by where it sits ("police in Lima", "a court in Argentina",
        "authorities in the U.S."): that country's government. Not troops or people, who may be abroad."""
        if tok.lemma_.lower() not in self.lex.state_organ_nouns:
            return None
        for g in prep_objects(tok, ("in",)):
            if g.pos_ != "PROPN":
                continue
            party = self._pobj_party(g)
            if party and party.split(":", 1)[0] in ("gov", "state"):
                return self._country_party(party.split(":", 1)[1])
        return None

    def _trades_goods(self, tok: Token, item_roots: list[Token]) -> bool:
        """What a transfer verb moves is a commodity ("diesel", "LNG", "urea"; the noun a relative clause
        hangs on: "the urea it imports"): a trade, not aid."""
        roots = list(item_roots)
        if tok.dep_ == "relcl":
            roots.append(tok.head)
        return any(t.lemma_.lower() in self.lex.trade_goods or t.lower_ in self.lex.trade_goods
                   for o in roots for t in _phrase(o))  # fmt: skip

    def _goods_maker(self, tok: Token, item_roots: list[Token]) -> list[Token]:
        """The country whose adjective marks the goods a buyer acquires, when no seller is named ("bought
        Russian arms"; "the biggest purchaser of Russian arms, buying guns"): it sold them."""
        phrases, demonyms = list(item_roots), demonym_countries()
        if tok.dep_ == "acl":  # the noun the buying clause describes names the goods ("purchaser of X")
            phrases += prep_objects(tok.head, ("of",))
        for o in phrases:
            for c in o.children:
                if c.dep_ in ("amod", "compound") and c.ent_type_ == "NORP" and c.lower_ in demonyms:
                    return [c]
        return []

    def _bound_owner(self, pron: Token) -> str | None:
        """The body a possessive "its" on an event noun refers to: the nearest noun before it in its
        sentence that names a state or organisation ("backing for Ukraine in its war with Russia",
        "unrest in Iran and its alleged supply of drones"); a country's adjective ("Russian diesel")
        or a person is no owner of "its". None when the sentence names none before it."""
        sent = self.sents[self.sent_of[pron.i]]
        for t in reversed(self.doc[sent.start : pron.i]):
            if t.pos_ != "PROPN" or t.dep_ in ("amod", "compound"):
                continue
            lo, hi = ent_bounds(t) if t.ent_iob_ != "O" else (t.i, t.i + 1)
            start, end = self.doc[lo].idx, self.doc[hi - 1].idx + len(self.doc[hi - 1])
            actor_id = self.resolve(self.doc, start, end)
            if actor_id is None:  # "in Iran": a country named as a place still owns "its" acts
                iso = country_names().get(self.text[start:end].lower().removeprefix("the "))
                actor_id = self._country_party(iso) if iso else None
            if actor_id and not actor_id.startswith(("person:", "media:")):
                return actor_id
            if actor_id:
                return None  # a person is nearer: "its" is not about a body named before them
        return None

    def _items_under(self, toks: list[Token], skip: set[int], clauses: bool = False) -> list[Item]:
        """Items in the phrases `toks` head; in their clauses too when `clauses` ("a package, which
        includes 20 drones"), not for a verb's object ("a green light to use NATO weapons")."""
        seen: dict[int, Item] = {}
        for t in toks:
            for sub in t.subtree if clauses else _phrase(t):
                if sub.i in self.items and sub.i not in skip:
                    seen[sub.i] = self.items[sub.i]
        return [seen[i] for i in sorted(seen)]

    def _recipient_in_goods(self, tok: Token, objs: list[Token]) -> Token | None:
        """ "Poland gave Ukraine 14 jets", "gave Kyiv Storm Shadow missiles": the parser often reads the
        recipient right after the verb as a modifier of the goods. A place name (a state or its capital)
        that opens the verb's only object, goods, and is followed by more of their phrase is the
        recipient; the goods' item then starts after it. ("sent NATO-standard shells": a body's name
        is left alone.)"""
        if len(objs) != 1 or tok.i + 1 >= len(tok.doc):
            return None
        first, obj = tok.doc[tok.i + 1], objs[0]
        if first.pos_ != "PROPN" or first.ent_type_ != "GPE" or first.ent_iob_ != "B":
            return None
        _, hi = ent_bounds(first)
        item = self.items.get(obj.i)
        if item is None or obj.left_edge.i != first.i or hi > obj.i or tok.doc[hi].is_punct:
            return None
        last = tok.doc[hi - 1]
        if last.dep_ not in ("compound", "nmod") or item.span.start > first.idx:
            return None
        start = tok.doc[hi].idx
        self.items[obj.i] = item.model_copy(update={"span": Span.of(self.text, start, item.span.end)})
        return last

    def _carries_goods(self, tok: Token) -> bool:
        """The verb's objects name goods, money or aid ("supplied drones", "offered $5 million"): the
        transfer reading of a verb that has others ("offer": AGREE or AID; "back": SUPPORT or AID)."""
        objs = [c for c in tok.children if c.dep_ in ("dobj", "dative", "nsubjpass")]
        objs += prep_objects(tok, ("with",))
        return any(t.i in self.items for o in objs for t in _phrase(o)) or any(
            o.lemma_.lower() in self.lex.aid_nouns for o in objs
        )

    def event(self, tok: Token, entries: list[Trigger]) -> Event | None:
        if self._ability_only(tok):
            return None  # "the ability to resist": what one can do, not what one did
        if self._unrealized(tok):
            return None  # "if they had sent troops", "he would have sent them": it was not done
        if self._left_undone(tok):
            return None  # "without sending troops", "kept the forces from advancing"
        if self._refused(tok) and not any(e.transfer for e in entries):
            # "refused to apologize", "the refusal to agree": what someone will not do; a refused
            # transfer stays a denied one for the arms ledger ("refused to send tanks")
            return None
        if tok.pos_ == "NOUN":
            if tok.dep_ == "compound":
                return None
            return self._noun_event(tok, entries)
        if tok.tag_ == "VBN" and (
            tok.dep_ == "amod" and self._object_of_act(tok.head)
            # "has delivered promised tanks", parsed as a complement of the first participle
            or tok.dep_ == "xcomp" and tok.i == tok.head.i + 1 and tok.head.tag_ == "VBN"
            and any(e.transfer for e in self.lex.lookup(tok.head.lemma_.lower(), "VERB"))
        ):
            return None  # "delivered promised tanks": the goods the delivery names, no act of its own
        return self._verb_event(tok, entries)

    def _object_of_act(self, noun: Token) -> bool:
        """Whether a noun is the object of a verb the lexicon reads as an event."""
        verb = noun.head
        return (
            noun.dep_ in ("dobj", "nsubjpass")
            and verb.pos_ == "VERB"
            and bool(self.lex.lookup(verb.lemma_.lower(), "VERB"))
        )

    def _ability_only(self, tok: Token) -> bool:
        """An act named only as what someone is able to do: the to-infinitive of a noun of ability ("its
        ability to resist", "the capacity to hold and retake"). No one is said to do it: no real-world act
        (docs/annotation.md: one event per real-world action). A conjunct shares the frame of the first."""
        while tok.dep_ == "conj" and tok.head.i < tok.i and tok.head.pos_ == tok.pos_:
            tok = tok.head
        return (
            tok.pos_ == "VERB"
            and tok.dep_ in ("acl", "xcomp")
            and tok.head.pos_ == "NOUN"
            and tok.head.lemma_.lower() in self.lex.ability_nouns
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
        )

    def _unrealized(self, tok: Token) -> bool:
        """A past act told as contrary to fact: a past condition ("if Minsk had sent its troops") or what
        "would have" been done ("Minsk would have sent them"). It did not happen, so it is no event; a
        denied one is left to the status rules ("if the West had not vetoed": it did veto; "would not have
        won": it may have). A conjunct shares the frame of the first."""
        while tok.dep_ == "conj" and tok.head.i < tok.i and tok.head.pos_ == tok.pos_:
            tok = tok.head
        if tok.pos_ != "VERB" or tok.tag_ != "VBN" or any(c.dep_ == "neg" for c in tok.children):
            return False
        aux = [c for c in tok.children if c.dep_ == "aux"]
        if any(a.lower_ == "would" for a in aux) and any(a.lemma_ == "have" for a in aux):
            return True
        return self._counterfactual(tok)

    def _refused(self, tok: Token) -> bool:
        """The to-infinitive of a verb or noun of refusal ("refuses to apologize", "the refusal to
        agree")."""
        while tok.dep_ == "conj" and tok.head.i < tok.i and tok.head.pos_ == tok.pos_:
            tok = tok.head
        return (
            tok.pos_ == "VERB"
            and tok.dep_ in ("xcomp", "acl")
            and tok.head.lemma_.lower() in self.lex.refusal_words
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
        )

    def _left_undone(self, tok: Token) -> bool:
        """A gerund said not to be done: after "without" ("struck Kharkiv without sending troops") or
        after "from" under a verb that keeps it from happening ("kept the forces from advancing",
        "barred Hungary from vetoing"). A conjunct shares the frame of the first."""
        while tok.dep_ == "conj" and tok.head.i < tok.i and tok.head.pos_ == tok.pos_:
            tok = tok.head
        if tok.pos_ != "VERB" or tok.tag_ != "VBG" or tok.dep_ != "pcomp":
            return False
        prep = tok.head
        if prep.lower_ in self.lex.absence_preps:
            return True
        return prep.lower_ == "from" and prep.head.lemma_.lower() in self.lex.prevention_verbs

    def _with_goods(self, tok: Token, entries: list[Trigger]) -> list[Trigger]:
        """Entries that need weapons or goods as what the word acts with keep only when it has them
        ("used cluster munitions", "the use of drones", "testing missiles")."""
        if not any(e.needs_items for e in entries):
            return entries
        objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")] + prep_objects(tok, ("of",))
        armed = any(
            t.i in self.items and self.items[t.i].category != "money" for o in objs for t in _named_by(o)
        )
        return [e for e in entries if armed or not e.needs_items]

    def _verb_event(self, tok: Token, entries: list[Trigger]) -> Event | None:
        entries = self._with_goods(tok, entries)
        if not entries:
            return None
        entries = self._literal(tok, entries)
        if len({e.transfer for e in entries}) > 1:
            goods = self._carries_goods(tok)
            entries = [e for e in entries if e.transfer == goods]
        if not entries:
            return None
        entry = entries[0]
        if entry.category == "REQUEST" and self._asks_a_question(tok):
            return None  # "asked whether Poland would send troops": a question, no request
        subj, passive = subject_of(tok)
        if subj is None:
            subj, passive = self._holder_of_intention(tok)
        if (
            subj is not None
            and not passive
            and entry.category in _FORCE
            and subj.pos_ == "NOUN"
            and any(e.category in _FORCE for e in self.lex.lookup(subj.lemma_.lower(), "NOUN"))
        ):
            return None  # "the strikes have killed civilians": what the strikes did, not another act
        if (
            tok.tag_ == "VBN"
            and tok.dep_ in ("acl", "advcl", "amod")
            and not any(c.dep_ in ("aux", "auxpass") for c in tok.children)
        ):  # "agreements first signed in 2014": a participle modifying a noun has no subject here
            subj, passive = None, True
        patient = None
        if (
            tok.tag_ == "VBN"
            and tok.dep_ in ("xcomp", "oprd")
            and subj is not None
            and not any(c.dep_ in ("aux", "auxpass") for c in tok.children)
        ):  # "he was found shot dead", "left him wounded": the one found or left is the one shot
            patient, passive = subj, True
        objs = [c for c in tok.children if c.dep_ in ("dobj", "dative")] or _shared_objects(tok)
        if any(self._reciprocal(o) for o in objs):
            # "Kyiv and Moscow blamed each other": each side does it to the other, as an exchange
            objs = [o for o in objs if not self._reciprocal(o)]
            entries = [replace(e, mode="exchange") for e in entries]
            entry = entries[0]
        sources: list[Token] = []
        targets: list[Token] = []
        item_roots: list[Token] = []
        maker: list[Token] = []
        hosts_in: list[Token] = []
        if passive:
            agent = agent_of(tok)
            sources = [agent] if agent is not None else []
            if agent is None and tok.lemma_.lower() in self.lex.summon_verbs:
                # "the ambassador was summoned to the foreign ministry in Tallinn": who summons is where to
                sources = prep_objects(tok, ("to",))
            if subj is not None and (subj.head.i == tok.i or subj is patient):
                # "Russia has been supplied with drones", "Ukraine was given 20 tanks": with the goods named
                # after the verb, the passive subject receives them; otherwise it is the goods
                receives = entry.transfer and bool(objs or prep_objects(tok, ("with",)))
                (item_roots if entry.transfer and not receives else targets).append(subj)
        elif subj is not None:
            sources = [subj]
        if entry.category in self.lex.claim_categories and not entry.transfer:
            # "condemned Western arms deliveries to Iraq", "denounced Germany's strikes": an accusation of
            # an act is against the one who does it, named before the recipient or the place
            targets += [d for o in objs if o.dep_ == "dobj" for d in self._doers_of_act(o)]
        if entry.transfer:
            with_objs = prep_objects(tok, ("with",))
            item_roots += objs + with_objs
            if tok.dep_ == "acl" and tok.head.i in self.items:  # "hardware supplied by NATO"
                item_roots.append(tok.head)
            if (
                tok.dep_ == "relcl"
                and not (entry.buyer or entry.receiver)  # "helicopters it had procured": another transfer
                and (tok.head.i in self.items or self._aid_noun(tok.head))
            ):
                # "the aid the Pentagon sent Ukraine": the goods head the clause, its object receives them
                item_roots.append(tok.head)
                targets += [
                    o for o in objs if o.dep_ == "dobj" and o.pos_ == "PROPN" and not self._has_item(o)
                ]
            if entry.buyer or entry.receiver:
                # "bought shells for Kyiv": the buyer supplies Kyiv; "bought jets from Russia", "Ukraine
                # received tanks from Poland": the seller or giver supplies the subject
                for_whom = prep_objects(tok, ("for",)) or [
                    t
                    for o in item_roots
                    for t in prep_objects(o, ("for",))  # "bought shells for Kyiv"
                ]
                givers = prep_objects(tok, ("from",)) or [
                    t for o in item_roots for t in prep_objects(o, ("from",)) if t.pos_ == "PROPN"
                ]  # "will get 31 tanks from the US": the parse may hang "from" on the goods
                if not givers:  # "received €2 billion in military aid from Germany"
                    sums = prep_objects(tok, ("in",))
                    sums += [n for o in item_roots for n in prep_objects(o, ("in",))]
                    givers = [g for n in sums for g in prep_objects(n, ("from",))]
                maker = [] if givers else self._goods_maker(tok, item_roots)
                if for_whom:
                    targets += for_whom
                elif not passive:
                    # the buyer or receiver is the recipient; with no seller named the supplier stays
                    # unknown rather than the buyer ("Poland is trying to procure artillery")
                    targets += sources
                    sources = givers
            else:
                # "for this year", "for 2025": a time the pledge covers, no recipient
                targets += [t for t in prep_objects(tok, ("to", "into", "for")) if t.ent_type_ not in _TIMES]
                targets += [
                    c for c in tok.children if c.dep_ == "dative" and c.pos_ in ("PROPN", "PRON", "NOUN")
                ]
                if with_objs or entry.needs_target:
                    # "pump Kiev with weapons", "arming Kiev": the object is the recipient
                    targets += [o for o in objs if o.dep_ == "dobj" and not self._has_item(o)]
            if not targets:  # "bought shells for Ukraine", "sent weapons to Kyiv": the recipient on the goods
                targets += [
                    t
                    for o in item_roots
                    for t in prep_objects(o, ("to", "for", "into"))
                    if t.ent_type_ not in _TIMES
                ]
            if not targets and not (entry.buyer or entry.receiver or passive):
                recipient = self._recipient_in_goods(tok, objs)
                if recipient is not None:
                    targets.append(recipient)
        else:
            # what is withdrawn or returned is not a target; who is released or freed is
            if entry.category != "RETREAT" or tok.lemma_.lower() in self.lex.release_verbs:
                targets += [
                    o for o in objs if o.pos_ in ("PROPN", "PRON", "NOUN")
                    # "shoot US missiles into Russia": the weapons a force verb fires are not what it hits,
                    # unless the verb destroys them ("shot down a Russian jet": the jet's owner is hit)
                    and not (entry.category in _FORCE and o.i in self.items and not self._destroys(tok))
                    # "Belarus hosted Russian nuclear weapons": a thing hosted or met is no one met
                    and not (entry.category == "CONSULT" and o.i in self.items)
                    # "will host a new NATO base", "hosts US troops": things or forces hosted are no guests
                    and not (entry.category == "CONSULT" and o.lemma_.lower() in self.lex.hosted_things)
                    # "sent troops to Mali", "recruited Cuban mercenaries": the forces deployed or raised
                    # are the doer's own, not a party; only a named place or state is ("reinforced Poland")
                    and not (
                        entry.category == "MOBILIZE"
                        and (o.lemma_.lower() in self.lex.deployment_objects or o.pos_ == "NOUN")
                    )
                ]  # fmt: skip
                if entry.category in _FORCE and self._destroys(tok):
                    # "shot down 30 of the 35 drones launched by Russia": who sent the weapons hit is hit
                    targets += [
                        a for o in objs for w in [o, *prep_objects(o, ("of",))] for c in w.children
                        if c.dep_ == "acl" and c.tag_ == "VBN"
                        for a in [agent_of(c)] if a is not None
                    ]  # fmt: skip
                if entry.category in _FORCE:  # "fire missiles into Russia", "strikes within Russia"
                    inside = prep_objects(tok, self.lex.force_into_preps)
                    targets += [g for g in inside if g.pos_ == "PROPN"]
                    targets += self._territory_owner(tok)
                if (
                    tok.dep_ == "relcl"
                    and not objs
                    and not passive
                    and subj is not None
                    and subj.head.i == tok.i
                    and subj.tag_ not in ("WDT", "WP")
                    and tok.head.pos_ in ("NOUN", "PROPN")
                ):  # "the Azov fighters they have captured": the noun the clause hangs on is its object
                    targets.append(tok.head)
                if (
                    tok.dep_ == "relcl"
                    and tok.head.pos_ in ("NOUN", "PROPN")
                    and any(o.dep_ == "dobj" and o.tag_ in ("WDT", "WP") for o in objs)
                ):  # "Albania, which Serbia called a rogue state": the relative object is the noun before
                    targets.append(tok.head)
            aimed_at = self.lex.adversary_preps.get(entry.category, ())  # "defend itself against Russia"
            targets += [
                g
                for g in prep_objects(tok, ("with", "on", "against", "upon", "to", "at"))
                if g not in sources and g.head.lower_ not in aimed_at and not self._setting(g, entry.category)
            ]
            if entry.mode == "visit" and entry.needs_target == "place":
                # "arrived in Kyiv on a visit": the place's government hosts whoever comes (a person; kept
                # below only then: "peacekeepers arrived in Juba" is no visit)
                hosts_in = [
                    g
                    for g in prep_objects(tok, ("in",))
                    if g.ent_type_ == "GPE" or g.lower_ in place_countries()
                ]
            # "keeping the channels open to China": the object's predicate carries the addressee
            targets += [g for c in tok.children if c.dep_ == "oprd" for g in prep_objects(c, ("to", "with"))]
            if "against" not in aimed_at:  # "used drones against Kyiv", not "defend its airspace against"
                targets += [t for o in objs for t in prep_objects(o, ("against",))]
            if entry.category in _FORCE:  # "launched 40 missiles and 30 drones at Ukraine": what they fly at
                targets += [
                    t for o in objs for w in with_conjuncts(o) if w.i in self.items
                    for t in prep_objects(w, ("at", "on", *self.lex.force_into_preps))
                ]  # fmt: skip
            # "suspended arms exports to Russia", "recalled its ambassador from Montenegro": whom the thing
            # stopped or withdrawn went to or came from
            hit = [t for o in objs for t in prep_objects(o, ("with", "on", "in", "of", "to", "from"))]
            if entry.category == "COERCE" or self._symmetric(entry):
                # "closed its border with Russia", "resumed trade with Iran": the other side of a shared
                # thing the verb acts on is who it is done to
                targets += [
                    t for o in objs if o.dep_ == "dobj" and o.pos_ == "NOUN"
                    and o.lemma_.lower() not in self.lex.actor_nouns
                    for t in prep_objects(o, ("with",))
                ]  # fmt: skip
            if entry.category == "COERCE":
                # "banned exports of machinery to Russia", "halted gas transit to Hungary": where a trade
                # flow the measure stops goes or comes from is whom it hits
                targets += [
                    t for o in objs if o.dep_ == "dobj" and o.lemma_.lower() in self.lex.trade_flow_nouns
                    for t in [*prep_objects(o, ("to", "from", "into")), *(
                        g for of in prep_objects(o, ("of",)) for g in prep_objects(of, ("to", "from", "into"))
                    )]
                ]  # fmt: skip
            if entry.category == "COERCE":
                # "banned imports of Russian steel": whose trade goods a measure stops is whom it hits
                targets += [
                    t for o in objs if o.dep_ == "dobj"
                    for t in prep_objects(o, ("of",))
                    if any(w.lemma_.lower() in self.lex.trade_goods for w in _phrase(t))
                ]  # fmt: skip
            if entry.category in ("COERCE", "SANCTION"):
                # "seized assets belonging to a tycoon", "froze accounts owned by the bank": the owner
                owners = [
                    t for o in objs if o.dep_ == "dobj" for c in o.children
                    if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in self.lex.ownership_verbs
                    for t in [*prep_objects(c, ("to",)), *[a for a in [agent_of(c)] if a is not None]]
                ]  # fmt: skip
                hit += owners
                if entry.category == "COERCE":
                    targets += owners
            if entry.category == "REJECT" and entry.mode == "meet":
                # "cancelled a planned visit to Beijing", "called off talks with Kyiv": whom the meeting was
                # to be with is whom it is refused to
                targets += [t for o in objs if o.dep_ == "dobj" for t in prep_objects(o, ("to", "with"))]
            if entry.category == "SANCTION" and hit:
                # "cut diplomatic ties with Tehran", "froze $5 billion in Russian assets": the object's
                # phrase names whom the measure hits, not the ties or the money
                targets = [t for t in targets if t not in objs] + hit
            # "attacked Germany's plan", "rejected a call from Kenya": an act on what someone said or
            # decided is towards the one who said it
            targets += self._owners_of_said(objs)
            if entry.target_in:
                targets += _owners_in(tok)
            if entry.category == "RETREAT":
                targets += prep_objects(tok, ("from",))
            if entry.category == "SANCTION":
                # "suspended humanitarian aid to Gaza", "cut military aid to Chile": stopping aid is a
                # sanction on whom it went to
                targets += [
                    t for o in objs if o.dep_ == "dobj" and o.lemma_.lower() in self.lex.aid_nouns
                    for t in prep_objects(o, ("to", "for"))
                ]  # fmt: skip
            if entry.category in ("CONCEDE", "RETREAT"):
                # "lifted sanctions on Iran", "eased its blockade of Qatar": ending a measure yields to
                # whom it was on
                targets += [
                    t for o in objs if o.dep_ == "dobj" and self.lex.lookup(o.lemma_.lower(), "NOUN")
                    for t in prep_objects(o, ("on", "against", "of"))
                ]  # fmt: skip
            if entry.category == "REQUEST":
                # "demanded the withdrawal of Russian troops", "called for the release of prisoners held by
                # Russia": the one asked is the one who would do the act asked for
                asked = [o for o in objs if o.dep_ == "dobj"] + prep_objects(tok, ("for",))
                targets += [d for a in asked for c in with_conjuncts(a) for d in self._act_doers(c)]
                for c in tok.children:
                    if c.dep_ == "ccomp":
                        s, _ = subject_of(c)
                        if s is not None and s.head.i == c.i:
                            targets.append(s)
        items = self._items_under(item_roots, set()) if entry.transfer else []
        src = self._parts(sources, entry.transfer)
        if not src and maker and not passive and targets:
            src = self._parts(maker, False)  # the maker's adjective lies inside the goods' span
        # "arrested the captain of a ship": whom an act on people is done to is someone
        people = frozenset(
            o.i for o in (*objs, *(t for t in targets if t.dep_ == "nsubjpass"))
            if tok.lemma_.lower() in self.lex.captive_words
        )  # fmt: skip
        if hosts_in and any(p.actor_id and p.actor_id.startswith("person:") for p in src):
            targets += hosts_in
        tgt = [p for p in self._parts(targets, entry.transfer, people) if not _same_as_source(p, src)]
        if entry.transfer and not items and self._trades_goods(tok, item_roots):
            # "Ukraine was purchasing diesel from Bulgaria", "started exporting fuel to Ukraine": trade
            # (COOPERATE, docs/annotation.md), from the one who buys or sells to the other side
            if entry.buyer or entry.receiver:
                src, tgt = tgt, src
            if not any(p.actor_id for p in src):
                return None
            mode, cameo = self.lex.trade
            trade = replace(
                entry, category="COOPERATE", mode=mode, cameo=cameo, transfer=False, buyer=False,
                receiver=False, status=None,
            )  # fmt: skip
            return self._finish(tok, [trade], src, tgt, [], self._phase_start(tok, tok))
        if entry.transfer:
            armed = entry.needs_target and any(p.actor_id for p in tgt)  # "arming Kiev": the goods go unsaid
            if not items and not armed and not any(o.lemma_.lower() in self.lex.aid_nouns for o in objs):
                return None
        elif not src and not tgt:
            return None
        if entry.mode in ("visit", "meet"):
            tgt = self._hosts(src, tgt)
            if tok.lemma_.lower() in self.lex.person_visit_verbs and not any(
                p.actor_id and p.actor_id.startswith("person:") for p in src
            ):
                return None  # "the bombers flew to Venezuela": no one visits
        placed = entry.needs_target == "place" and bool(prep_objects(tok, ("in", "at")))
        stated = entry.needs_target == "state" and any(_is_state(p.actor_id) for p in src)
        if entry.needs_target and not placed and not stated and not any(p.actor_id for p in tgt):
            return None  # "met fierce opposition", "received aid": no one met or received
        return self._finish(tok, entries, src, tgt, items, self._phase_start(tok, tok))

    def _light(self, verb: Token) -> bool:
        """A light verb, whose event-noun object names the act its subject does ("launched an attack");
        one of `past_only_light_verbs` only once done ("ordered the expulsion of ten diplomats"; "will
        order an attack" is a guess about an order, not the act planned)."""
        lemma = verb.lemma_.lower()
        if lemma not in self.lex.light_verbs:
            return False
        return lemma not in self.lex.past_only_light_verbs or verb.tag_ in ("VBD", "VBN")

    def _reciprocal(self, o: Token) -> bool:
        """An object that names the doers themselves, each acting on the other ("each other", "one
        another"): the act is between the conjoined doers, like an exchange."""
        dets = [c.lower_ for c in o.children if c.dep_ == "det"]
        return any(f"{d} {o.lower_}" in self.lex.reciprocal_objects for d in dets) or any(
            f"{o.lower_} {d}" in self.lex.reciprocal_objects for d in dets
        )

    def _hosts(self, src: list[Participant], tgt: list[Participant]) -> list[Participant]:
        """The states a visit goes to: a capital the visitor travels to or arrives in is its government
        ("flew to Beijing": gov:CHN), as "visited Kyiv" is; less the visitor's own state ("Zelensky arrived
        in Kyiv" is no visit to Ukraine): a traveller at home hosts no one."""
        home = {self._person_country(p.actor_id) or self._country(p.actor_id) for p in src}
        out = []
        for p in tgt:
            iso = place_countries().get(p.span.text.lower()) if p.actor_id is None else None
            if iso:
                p = p.model_copy(update={"actor_id": self._country_party(iso)})
            if not (_is_state(p.actor_id) and self._country(p.actor_id) in home):
                out.append(p)
        return out

    def _holder_of_intention(self, tok: Token) -> tuple[Token | None, bool]:
        """The doer of a to-infinitive on a noun with no owner that is the object of a verb of making or
        announcing it ("Poland took the decision to deliver howitzers", "Biden made a decision to supply
        Ukraine", "announced a plan to send drones"): that verb's subject; not a verb that opposes it
        ("rejected the plan to send troops": someone else's plan)."""
        noun = tok.head
        if not (
            tok.dep_ == "acl"
            and (
                (tok.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children))
                # "Biden signed a bill providing $61 billion in aid to Ukraine": what the bill gives;
                # "adopted a resolution calling for a ceasefire": what it asks for
                or (
                    tok.tag_ == "VBG"
                    and any(
                        e.transfer or e.category == "REQUEST"
                        for e in self.lex.lookup(tok.lemma_.lower(), "VERB")
                    )
                )
            )
            and noun.pos_ == "NOUN"
            and noun.dep_ == "dobj"
            and noun.head.lemma_.lower() in self.lex.intention_holder_verbs
        ):
            return None, False
        subj, passive = subject_of(noun.head)
        return (subj, False) if subj is not None and not passive else (None, False)

    def _asks_a_question(self, tok: Token) -> bool:
        """A verb whose clause is an indirect question ("asked if the US is ...", "asked whether Poland
        would ...", "asked who fired"): its mark or its first word is a question word."""
        for c in tok.children:
            if c.dep_ != "ccomp" or c.i < tok.i:
                continue
            if any(m.dep_ == "mark" and m.lower_ in self.lex.question_marks for m in c.children):
                return True
            if c.left_edge.tag_ in ("WP", "WRB", "WDT", "WP$"):
                return True
        return False

    def _literal(self, tok: Token, entries: list[Trigger]) -> list[Trigger]:
        """The entries that fit a verb's objects: none when a light verb's object is itself an event
        noun ("imposed sanctions": the sanctions are the event) or a force verb is an idiom ("hit a
        snag"); criticism when a force verb's object is something said or decided ("attacked the plan")."""
        objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        lemmas = {o.lemma_.lower() for o in objs}
        doc, lemma = tok.doc, tok.lemma_.lower()
        if entries[0].labels and any(
            c.lemma_.lower() in self.lex.praise_labels for c in _labels(tok)
        ):  # "called Poland a true friend": praise
            return [replace(entries[0], category="SUPPORT", cameo="051")]
        first = doc[tok.i - 2].lower_ if tok.i >= 2 and doc[tok.i - 1].text == "-" else None
        # "the tanks Germany pledged": goods a relative clause describes are its verb's object
        goods = objs + ([tok.head] if tok.dep_ == "relcl" and not objs and tok.head.i < tok.i else [])
        for rc in self.lex.recodes:
            if lemma in rc["verbs"] and (
                lemmas & rc["objects"]
                or first in rc["prefixes"]
                or (rc["party_object"] and self._names_party(objs))
                or (rc["item_object"] and any(t.i in self.items for o in goods for t in _phrase(o)))
            ):
                # "cancelled the elections": COERCE; "test-fired two missiles": a weapons test, MOBILIZE;
                # "trained Ukrainian soldiers": training troops is aid (docs/annotation.md); "pledged 14
                # tanks": a pledged transfer. The recoded act stands on its own: the base reading's need
                # of a target is not its own ("opened fire on protesters" is an assault whoever they are)
                category, cameo = rc["category"], rc["cameo"]
                transfer, status = rc["transfer"], rc["status"]
                mode = rc.get("mode") or entries[0].mode
                return [
                    replace(
                        entries[0], category=category, cameo=cameo, transfer=transfer, status=status,
                        needs_target=None, mode=mode,
                    )
                ]  # fmt: skip
        if self._light(tok) and any(
            o.pos_ == "NOUN" and self.lex.lookup(o.lemma_.lower(), "NOUN") for o in objs
        ):
            return []
        if (
            self._light(tok)
            and tok.dep_ == "acl"
            and tok.head.pos_ == "NOUN"
            and self.lex.lookup(tok.head.lemma_.lower(), "NOUN")
        ):  # "sanctions a bloc imposed on a state", as a participle: the noun is the act, told once
            return []
        deployed = [  # "sent troops", "sent warships"; not "gave Ukraine its MiG-29 fleet" (a named system)
            o for o in objs
            if o.lemma_.lower() in self.lex.deployment_objects
            and (o.i not in self.items or self.items[o.i].name == self.items[o.i].category)
        ]  # fmt: skip
        if entries[0].transfer and deployed:
            return [
                replace(
                    entries[0], category="MOBILIZE", cameo="154", mode="troops", transfer=False, status=None
                )
            ]
        entries = self._threat_of_force(tok, entries)
        if not any(e.category in _FORCE for e in entries):
            return entries
        if lemmas & self.lex.figurative_objects:
            return []
        if lemmas & self.lex.verbal_objects or lemma in self.lex.verbal_force_verbs and self._said_with(tok):
            return [replace(e, category="ACCUSE", cameo="111", transfer=False) for e in entries[:1]]
        return entries

    def _said_with(self, tok: Token) -> bool:
        """ "Putin attacked the West and said ...", "she slammed Kyiv, saying ...": a person's force verb
        tied to a speech verb by coordination or a participle (lexicon report_verbs, as lemmas)."""
        subj = subject_of(tok)[0]
        if subj is None or not (subj.ent_type_ == "PERSON" or subj.lower_ in ("he", "she")):
            return False  # a person who speaks; troops that "attacked the village and said" attacked
        near = [c for c in tok.children if c.dep_ in ("conj", "advcl")]
        if tok.dep_ == "conj":
            near.append(tok.head)
        return any(t.pos_ == "VERB" and t.lemma_.lower() in self.lex.report_verbs for t in near)

    def _names_party(self, objs: list[Token]) -> bool:
        """A verb's direct object names an actor ("trained Ukrainian soldiers", "trained Kyiv's
        fighters"), not a thing or skill ("trained AI models")."""
        return any(p.actor_id for p in self._parts([o for o in objs if o.dep_ == "dobj"], False))

    def _threat_of_force(self, tok: Token, entries: list[Trigger]) -> list[Trigger]:
        """A promise whose to-infinitive is a use of force ("vowed to destroy", "promises to invade") is a
        threat, not an agreement."""
        if entries[0].category != "AGREE":
            return entries
        for c in tok.children:
            if (
                c.dep_ in ("xcomp", "acl")
                and c.pos_ == "VERB"
                and "ASSAULT" in self.lex.categories(c.lemma_.lower())
            ):
                category, cameo = self.lex.force_threat
                return [replace(entries[0], category=category, cameo=cameo or entries[0].cameo, status=None)]
        return entries

    def _figurative_noun(self, tok: Token, entry: Trigger) -> bool:
        """ "information war", "a charm offensive", "war of words": an ASSAULT noun that names no force."""
        if entry.category not in _FORCE:
            return False
        for c in tok.children:
            if c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in self.lex.figurative_modifiers:
                return True
            if (
                c.dep_ == "prep"
                and c.lower_ == "of"
                and any(
                    g.lemma_.lower() in self.lex.figurative_modifiers for g in c.children if g.dep_ == "pobj"
                )
            ):
                return True
        return False

    def _owners_of_said(self, objs: list[Token]) -> list[Token]:
        """Who said or decided what a verb's objects name: the owner ("Germany's plan") or the one it is
        "by", "from" or "of" ("a request by Kenya", "a call from the UN", "the appeal of two journalists");
        rejecting, accepting or attacking it is towards them."""
        out: list[Token] = []
        for o in objs:
            if o.dep_ not in ("dobj", "pobj") or o.lemma_.lower() not in self.lex.verbal_objects:
                continue
            out += [c for c in o.children if c.dep_ == "poss"]
            out += prep_objects(o, ("by", "from", "of"))
        return out

    def _complement_targets(self, tok: Token, src: list[Participant]) -> list[Participant]:
        """Who a threat, refusal or offer is about when only its to-infinitive names them ("the threat to
        invade Ukraine", "refuses to apologize to Western leaders", "refused to accept a request from
        Chad", "refuses to lift the ban on Cyprus"): that verb's object or addressee, who said what it acts
        on, or whom the measure it acts on is on."""
        for c in tok.children:
            if c.dep_ in ("xcomp", "acl") and c.pos_ == "VERB":
                objs = [o for o in c.children if o.dep_ in ("dobj", "dative")]
                objs += prep_objects(c, ("to", "against", "on", "with"))
                objs += self._owners_of_said(objs)
                # "refuses to lift the ban on Cyprus": whom the measure it acts on is on
                objs += [
                    t for o in objs if o.dep_ == "dobj" and self.lex.lookup(o.lemma_.lower(), "NOUN")
                    for t in prep_objects(o, ("on", "against"))
                ]  # fmt: skip
                found = [p for p in self._parts(objs, False) if p.actor_id and not _same_as_source(p, src)]
                if found:
                    return found
        return []

    def _threatened_party(self, tok: Token, src: list[Participant]) -> list[Participant]:
        """A threat made against whoever its condition names as acting ("threatened to retaliate if
        Ukraine used the munitions", "threatens sanctions if Russia invades"): that clause's subject."""
        heads = [tok, *(c for c in tok.children if c.dep_ in ("xcomp", "ccomp", "acl", "dobj"))]
        for h in heads:
            for c in h.children:
                if c.dep_ == "advcl" and any(
                    m.dep_ == "mark" and m.lower_ in self.lex.conditional_marks for m in c.children
                ):
                    s, passive = subject_of(c)
                    if s is not None and not passive and s.head.i == c.i:
                        parts = self._parts([s], False)
                        found = [p for p in parts if p.actor_id and not _same_as_source(p, src)]
                        if found:
                            return found
        return []

    def _accused(self, tok: Token, src: list[Participant]) -> list[Participant]:
        """Who an accusation is about when it names no one but says what they did ("allegations that
        Russia meddled", "charged that Kyiv had shelled the plant"): the subject of its that-clause."""
        for c in tok.children:
            if (
                c.dep_ in ("ccomp", "acl")
                and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
            ) or (self._content_read_as_relative(tok, c)):
                s, passive = subject_of(c)
                if s is not None and not passive and s.head.i == c.i:
                    found = [p for p in self._parts([s], False) if p.actor_id and not _same_as_source(p, src)]
                    if found:
                        return found
        return []

    def _content_read_as_relative(self, noun: Token, clause: Token) -> bool:
        """ "allegations that Hungary meddled": the parser may read the that-clause of an accusation noun
        as a relative clause with "that" its object; it is the content when its verb names an act
        ("meddled", "intends to interfere"), not when it tells who made the claim ("the allegations that
        Hungary made")."""
        if noun.pos_ != "NOUN" or clause.dep_ != "relcl":
            return False
        if not any(
            t.lower_ == "that" and t.i < clause.i and t.dep_ in ("dobj", "mark") for t in clause.children
        ):
            return False
        verbs = [clause, *(x for x in clause.children if x.dep_ == "xcomp" and x.pos_ == "VERB")]
        return any(
            e.category not in self.lex.claim_categories
            for v in verbs
            for e in self.lex.lookup(v.lemma_.lower(), "VERB")
        )

    def _has_item(self, tok: Token) -> bool:
        return any(t.i in self.items for t in tok.subtree)

    def _aid_noun(self, tok: Token) -> bool:
        """ "aid", or a transfer noun of aid ("a package of aid", "a new aid package")."""
        if tok.lemma_.lower() in self.lex.aid_nouns:
            return True
        if any(c.dep_ == "compound" and c.lemma_.lower() in self.lex.aid_nouns for c in tok.lefts):
            return True
        return any(
            g.dep_ == "pobj" and g.lemma_.lower() in self.lex.aid_nouns
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children
        )

    def _what_was_denied(self, tok: Token) -> bool:
        """'..., a charge Ukraine denied', 'he denied the accusation': a claim noun (`claim_nouns` in
        statement_words.json) that is all of a statement's content stands for an accusation told
        before (that verb's event), no event of its own."""
        if tok.lemma_.lower() not in statement_words().claim_nouns:
            return False  # "Russia denied the attack": the attack is still the event denied
        end = tok.idx + len(tok)
        return any(
            len(st.content) == 1 and st.content[0].end == end and st.content[0].start >= tok.left_edge.idx
            for st in self.statements
        )

    def _noun_event(self, tok: Token, entries: list[Trigger]) -> Event | None:
        entries = self._with_goods(tok, entries)
        if not entries or self._what_was_denied(tok):
            return None
        entries = self._threat_of_force(tok, entries)
        entry = entries[0]
        if self._figurative_noun(tok, entry):
            return None
        outer = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None
        if (
            entry.transfer
            and outer is not None
            and any(t.transfer for t in self.lex.lookup(outer.lemma_.lower(), outer.pos_))
        ):
            return None  # "a package of military aid": the package is the event
        if entry.transfer and self._measures_an_act(tok):
            return None  # "a package of sanctions": the sanctions are the event, nothing is given
        if entry.transfer:
            act = self._compound_act(tok)
            if act is not None:  # "its 12th sanctions package against Russia": a package of sanctions
                entries = [act]
                entry = act
        sources: list[Token] = []
        # "an investigation into Kenya", "an incursion into Chad": what it goes into is what it is on
        preps = ("on", "against", "with", "to", "for", "upon", "toward", "into")
        if entry.category == "RETREAT":
            preps = (*preps, "from")
        elif not entry.transfer:  # "the invasion of Ukraine", "support of Ukraine": the one acted on
            preps = (*preps, "of")
        targets: list[Token] = prep_objects(tok, preps)
        if entry.target_in:
            targets += _owners_in(tok)
        place_named = tok.lemma_.lower() in self.lex.place_named_nouns
        rescued = self._rescued(tok)
        if rescued is not None:  # "Germany came to Ukraine's aid": Ukraine is helped, Germany helps
            targets.append(rescued)
            s_, passive_ = subject_of(tok.head.head)
            if s_ is not None and not passive_:
                sources.append(s_)
        for c in [*tok.children, *_split_first_part(tok)]:
            if rescued is not None and c.i == rescued.i:
                continue
            pair = _hyphen_pair(c)
            if pair is not None and (
                entry.category in self.lex.force_categories or self._symmetric(entry)
            ):  # "the Russia-NATO war": the first side acts on the second; "the Russia-China partnership"
                sources.append(pair[0])
                (sources if self._symmetric(entry) else targets).append(pair[1])
                continue
            if c.dep_ == "amod" and self._against_prefixed(c):
                targets.append(c)  # "anti-Russian sanctions": Russia is what they are against
                continue
            if c.dep_ == "amod" and (c.lower_ in self.lex.against_prefixes or c.text == "-"):
                continue  # the prefix of such an adjective, parsed as a word of its own
            # "Russia's attack", "the Russian offensive", "US strikes" (but not "the Minsk agreements")
            if (
                c.dep_ == "poss"
                or (c.dep_ == "amod" and c.ent_type_ in ("NORP", "ORG"))
                # a country's adjective tagged otherwise or not at all ("last year's Ukrainian offensive")
                or (c.dep_ == "amod" and c.lower_ in demonym_countries())
                or (c.dep_ == "amod" and c.lower_ in self.lex.bloc_adjectives)  # "Western support"
                or (
                    c.dep_ == "compound"
                    and c.ent_type_ in ("GPE", "NORP", "ORG")
                    and entry.category in self.lex.force_categories
                    and not (place_named and c.ent_type_ == "GPE")  # "the Ukraine war" is where, not who
                )
                # "the Arab League meeting", "a NATO summit": the body whose meeting it is holds it
                or (c.dep_ == "compound" and c.ent_type_ == "ORG" and entry.category == "CONSULT")
            ):
                sources.append(c)
            elif c.dep_ == "acl" and c.lemma_.lower() not in self.lex.record_verbs:
                # "a proxy war waged by NATO against Russia" (not "an attack documented by Amnesty")
                a = agent_of(c)
                if a is not None:
                    sources.append(a)
                targets += prep_objects(c, ("against", "on"))
        agent = agent_of(tok)
        if agent is not None:
            sources.append(agent)
        if not sources and tok.lemma_.lower() in self.lex.doer_nouns:
            sources += self._said_of(tok)  # "Britain is a supplier of arms", "Norway, a big donor"
        if not sources:
            sources += self._owned_up_to(tok)  # "Hamas claimed responsibility for the attack"
        if not sources:
            sources += self._blamed_for(tok)  # "Kyiv blamed Moscow for the attack"
        if not sources and tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head.pos_ == "VERB":
            # "Lavrov arrived in Pyongyang for talks with Kim": who comes on a visit for the act does it
            trip = tok.head.head
            if any(e.mode == "visit" for e in self.lex.lookup(trip.lemma_.lower(), "VERB")):
                s_, passive_ = subject_of(trip)
                if s_ is not None and not passive_:
                    sources.append(s_)
        if not sources and self._symmetric(entry):
            sources += prep_objects(tok, ("between",))  # "a deal between Ukraine and Russia"
        if not sources and entry.category != "RETREAT":  # "sanctions and pressure from the West"
            for t in (tok, *tok.conjuncts):
                sources += [g for g in prep_objects(t, ("from",)) if g.i not in self.items]
        if tok.dep_ == "pobj" and tok.head.lower_ == "under" and tok.head.head.pos_ in ("VERB", "AUX"):
            s_, passive_ = subject_of(tok.head.head)  # "the plant came under shelling": the plant is hit
            if s_ is not None and not passive_:
                targets.append(s_)
        arg = tok  # "launched waves of assaults": the verb's object is a measure of the event noun
        if (
            tok.dep_ == "pobj"
            and tok.head.lower_ == "of"
            and tok.head.head.pos_ == "NOUN"
            and tok.head.head.dep_ in ("dobj", "nsubjpass")
            and (
                not self.lex.lookup(tok.head.head.lemma_.lower(), "NOUN")
                or self._measures_an_act(tok.head.head)  # "approved a package of sanctions"
            )
        ):
            arg = tok.head.head
        elif (
            entry.transfer
            and tok.dep_ == "pobj"
            and tok.head.lower_ == "in"
            and tok.head.head.dep_ in ("dobj", "nsubjpass")
            and tok.head.head.i in self.items
            and self.items[tok.head.head.i].category == "money"
        ):  # "approved $1 billion in military aid to Taiwan": the sum is what the verb acts on
            arg = tok.head.head
        head = arg.head
        approved = False
        if head.pos_ == "VERB" and arg.dep_ in ("dobj", "nsubjpass"):
            lemma = head.lemma_.lower()
            if lemma in self.lex.approval_verbs:
                approved = True
            if self._light(head) or lemma in self.lex.approval_verbs or lemma in self.lex.threat_verbs:
                if arg.dep_ == "nsubjpass":
                    a = agent_of(head)
                    if a is not None:
                        sources.append(a)
                elif not sources:
                    s, passive = subject_of(head)
                    if s is not None and not passive:
                        sources.append(s)
                targets += prep_objects(head, ("on", "against", "with", "to", "for", "into"))
        declared = (
            head.pos_ == "VERB" and arg.dep_ == "dobj" and head.lemma_.lower() in self.lex.one_sided_verbs
        )
        one_sided = entry.mode == "ceasefire" and (
            declared
            or any(c.dep_ == "amod" and c.lower_ in self.lex.one_sided_modifiers for c in tok.children)
        )
        if one_sided and declared and not sources:  # "Moscow declared a truce": who declares it stops
            s_, passive_ = subject_of(head)
            if s_ is not None and not passive_:
                sources.append(s_)
        if not targets:
            targets += self._undergoer(tok)
        if entry.transfer:  # "a package of weapons for Kyiv": the recipient hangs off the goods
            for sub in tok.subtree:
                if sub.dep_ == "prep" and sub.lower_ in ("for", "to", "into") and sub.i > tok.i:
                    targets += [g for g in sub.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]
        item_roots = [tok]
        said_with = approved or self._light(head)
        if arg is not tok and arg.i in self.items and said_with:
            item_roots.append(arg)  # "approved $1 billion in aid": the sum is the aid's
        if entry.transfer and head.pos_ == "VERB" and head.lemma_.lower() in self.lex.approval_verbs:
            item_roots.append(head)  # "a package ... has been approved by London, which includes X, Y"
        items = self._items_under(item_roots, {tok.i}, clauses=True) if entry.transfer else []
        src = self._parts(sources, entry.transfer)
        # "the detention of two employees": whom an act on people is done to is someone
        people = frozenset(
            o.i for o in prep_objects(tok, ("of",)) if tok.lemma_.lower() in self.lex.captive_words
        )
        tgt = [p for p in self._parts(targets, entry.transfer, people) if not _same_as_source(p, src)]
        if tok.lemma_.lower() in self.lex.state_force_nouns and any(_is_state(p.actor_id) for p in src):
            # "Kyiv blamed Moscow for the strike": a state does not walk out; its strike is an attack
            entries = [e for e in entries if e.category != "PROTEST"] or entries
            entry = entries[0]
        if not src and not tgt and entry.category in self.lex.claim_categories:
            tgt = self._accused(tok, src)  # "allegations that Hungary meddled": no accuser named
        if one_sided and not any(p.actor_id for p in tgt) and len({p.actor_id for p in src}) <= 1:
            # a ceasefire one side declares with no one it is agreed with: its own halt to fighting
            # (PLOVER RETREAT 'ceasefire'), not an agreement, and it needs no other side ("Sudan and
            # Chad declared a ceasefire" names both sides: their agreement)
            entry = replace(entry, category="RETREAT", needs_target=None)
            entries = [entry]
        if not src and not tgt and not (entry.transfer and items):
            return None
        if entry.transfer and not items and not self._aid_noun(tok):
            return None
        if tok.i in self.goods_compounds and not any(p.actor_id for p in src):
            return None  # "an end to arms shipments": the practice in general unless a supplier is named
        if entry.needs_target and not any(p.actor_id for p in tgt):
            return None  # "a commitment to diplomacy": no one it is made to
        ev = self._finish(tok, entries, src, tgt, items, self._phase_start(tok, arg))
        if approved and ev.category == "AID":
            ev.status = "approved"
        return ev

    def _said_of(self, noun: Token) -> list[Token]:
        """Who a noun is said of: the subject of "be" it is the complement of ("Britain is the main
        supplier"), or the noun it is in apposition to ("Norway, a big donor")."""
        t = noun
        while t.dep_ == "conj" and t.head.pos_ == "NOUN":
            t = t.head  # "a supplier of arms and trainer of troops"
        if t.dep_ == "attr" and t.head.lemma_ == "be":
            subj, passive = subject_of(t.head)
            return [subj] if subj is not None and not passive else []
        if t.dep_ == "appos" and t.head.pos_ in ("PROPN", "NOUN"):
            return [t.head]
        return []

    def _rescued(self, tok: Token) -> Token | None:
        """The owner of a noun of help after "to" on a verb ("came to Ukraine's aid", "rushed to their
        rescue"): the one helped, not the helper."""
        if (
            tok.lemma_.lower() not in self.lex.rescue_nouns
            or tok.dep_ != "pobj"
            or tok.head.lower_ != "to"
            or tok.head.head.pos_ != "VERB"
        ):
            return None
        return next((c for c in tok.children if c.dep_ == "poss"), None)

    def _doers_of_act(self, noun: Token) -> list[Token]:
        """The doer an event noun names by its owner or its country or bloc adjective ("Germany's
        strikes", "Western arms deliveries"); none for another noun."""
        if noun.pos_ != "NOUN" or not self.lex.lookup(noun.lemma_.lower(), "NOUN"):
            return []
        adjectives = demonym_countries().keys() | self.lex.bloc_adjectives.keys()
        return [c for c in noun.children if c.dep_ == "poss" or (c.dep_ == "amod" and c.lower_ in adjectives)]

    def _act_doers(self, noun: Token) -> list[Token]:
        """Who does the act an event noun names, when the noun says it: its owner or country adjective
        ("Russia's withdrawal"), the one who leaves after the "of" of a noun of leaving ("the withdrawal
        of Russian troops"), or whoever holds the captives a release is of ("the release of prisoners held
        by Russia"). For a request's object: the one asked to act."""
        doers = self._doers_of_act(noun)
        if doers or noun.pos_ != "NOUN":
            return doers
        if not any(e.category == "RETREAT" for e in self.lex.lookup(noun.lemma_.lower(), "NOUN")):
            return []
        moved = prep_objects(noun, ("of",))
        if noun.lemma_.lower() not in self.lex.release_verbs:
            return moved
        return [
            a for o in moved for c in o.children if c.dep_ == "acl" and c.tag_ == "VBN"
            for a in [agent_of(c)] if a is not None
        ]  # fmt: skip

    def _territory_owner(self, tok: Token) -> list[Token]:
        """The country whose territory a force act reaches ("struck a radar deeper in Russian territory",
        "strikes on Ukrainian soil"): the adjective or owner on a territory noun in the act's phrase."""
        for t in tok.subtree:
            if t.lemma_.lower() in self.lex.territory_nouns and t.dep_ == "pobj":
                for c in t.children:
                    if (c.dep_ == "amod" and c.lower_ in demonym_countries()) or (
                        c.dep_ == "poss" and c.pos_ == "PROPN"
                    ):
                        return [c]
        return []

    def _undergoer(self, tok: Token) -> list[Token]:
        """Who an act named by a noun is against when only the clause says so: the subject of a verb of
        undergoing it ("Russia has survived U.S. sanctions") or of the clause a "despite" puts it
        before ("Despite sanctions from the West, Iran is still committed")."""
        head = tok.head
        if tok.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in self.lex.undergo_verbs:
            verb = head
        elif tok.dep_ == "pobj" and head.lower_ in self.lex.undergo_preps and head.head.pos_ in _CLAUSE_HEADS:
            verb = head.head
        else:
            return []
        subj, passive = subject_of(verb)
        return [subj] if subj is not None and not passive else []

    def _against_prefixed(self, tok: Token) -> bool:
        """A country's adjective after "anti-" ("anti-Russian sanctions"): the one acted against."""
        doc = self.doc
        if tok.lower_.split("-", 1)[0] in self.lex.against_prefixes and "-" in tok.lower_:
            return True
        return (
            tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ in self.lex.against_prefixes
        )

    def _compound_act(self, tok: Token) -> Trigger | None:
        """The act a transfer noun measures when the act's noun modifies it ("a sanctions package", "the
        new sanctions bundle"): that act's entry (the modifier, a compound, is no event of its own)."""
        for c in tok.lefts:
            if c.dep_ != "compound" or c.pos_ != "NOUN":
                continue
            acts = self.lex.lookup(c.lemma_.lower(), "NOUN")
            if acts and not any(t.transfer for t in acts):
                return acts[0]
        return None

    def _measures_an_act(self, tok: Token) -> bool:
        """A transfer noun whose "of" names an act of another kind ("a package of sanctions"): a measure
        of that act, not a transfer."""
        return any(
            g.pos_ == "NOUN"
            and any(not t.transfer for t in self.lex.lookup(g.lemma_.lower(), "NOUN"))
            and not any(t.transfer for t in self.lex.lookup(g.lemma_.lower(), "NOUN"))
            for g in prep_objects(tok, ("of",))
        )

    def _pledged_by(self, tok: Token) -> bool:
        """A transfer verb that is the to-infinitive of a commitment verb ("pledged to send")."""
        head = tok.head
        return (
            tok.dep_ == "xcomp"
            and head.i < tok.i
            and head.pos_ == "VERB"
            and head.lemma_.lower() in self.lex.pledge_verbs
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
        )

    def _phase_start(self, tok: Token, arg: Token) -> int | None:
        """Where an event noun's trigger starts when a word of phase names the act with it: the verb
        whose object it is ("stepped up shelling", "approved the seventh package of sanctions") or the
        noun whose "of" it follows ("the launch of the military operation"). None: the noun alone."""
        head = arg.head
        if (
            (arg.dep_ == "dobj" or (arg.dep_ == "xcomp" and arg.tag_ == "VBG"))  # "stepped up shelling"
            and head.pos_ == "VERB"
            and head.i < arg.i
            and head.lemma_.lower() in self.lex.phase_verbs
        ):
            return head.idx
        if (
            tok.dep_ == "pobj"
            and tok.head.lower_ == "of"
            and tok.head.head.pos_ == "NOUN"
            and tok.head.head.lemma_.lower() in self.lex.phase_nouns
        ):
            return tok.head.head.idx
        return None

    # -- category, status, context -------------------------------------------------------------
    def _choose(self, tok: Token, entries: list[Trigger], src, tgt) -> Trigger:
        cats = {e.category for e in entries}
        if len(cats) == 1 or not (src or tgt) or self.comp.model is None:
            return entries[0]
        from ..plover.features import between_text, sentence_features
        from ..plover.model import fast_scores

        sent = self.sents[self.sent_of[tok.i]]
        s = (src[0].span.start, src[0].span.end) if src else None
        t = (tgt[0].span.start, tgt[0].span.end) if tgt else None
        rows = [
            {"feats": sentence_features(self.doc, s, t, sent), "text": between_text(self.doc, s, t, sent)}
        ]
        model = self.comp.model
        scores = fast_scores(model, rows)[0]
        classes = list(model.classes_)
        best = max(
            entries,
            key=lambda e: scores[classes.index(to_plv(e.category))] if to_plv(e.category) in classes else -99,
        )
        return best

    def _symmetric(self, entry: Trigger) -> bool:
        """An act between equals: by its category ("Putin and Xi held talks") or by the mode of its
        trigger whatever the category ("Kyiv and Moscow swapped prisoners": each releases to the other)."""
        symmetric = self.lex.symmetric_categories
        return entry.category in symmetric or (entry.mode or "") in symmetric

    def _finish(self, tok: Token, entries, src, tgt, items, span_start: int | None = None) -> Event:
        entry = self._choose(tok, entries, src, tgt)
        # "rejected Zelensky's peace plan", "demanded a Russian withdrawal": one party named twice is one
        src, tgt = _once(src), _once(tgt)
        if not tgt and entry.category in _ABOUT_AN_ACT:
            tgt = self._complement_targets(tok, src)
        if not tgt and entry.category == self.lex.force_threat[0]:
            tgt = self._threatened_party(tok, src)
        if not tgt and entry.category in self.lex.claim_categories:
            tgt = self._accused(tok, src)
        if self._symmetric(entry) and not tgt and len(src) > 1:
            src, tgt = src[:1], src[1:]  # "Putin and Xi held talks": the first named meets the others
        if entry.category == "CONSULT":
            tgt = [self._host(p) for p in tgt]
        text = self.text
        modality, negated, gov = modality_of(tok, self.lex)
        light = tok.head
        if (
            tok.pos_ == "NOUN"
            and tok.dep_ in ("dobj", "nsubjpass")
            and light.pos_ == "VERB"
            and self._light(light)
            and modality is None
            and not negated
        ):  # "Kyiv will not hold talks with Moscow": the light verb's modal and negation are the act's
            modality, negated, gov = modality_of(light, self.lex)
        if negated and self._counterfactual(tok):
            negated, status = False, entry.status  # "if the West had not vetoed": it did veto
        elif self._open_question(tok):
            # "has not yet decided whether to send jets": undecided, neither done nor refused
            negated, status = False, "hypothetical"
        else:
            status = self._status(tok, entry, modality, negated)
        if status == "approved" and entry.category in self.lex.done_when_adopted:
            status = None  # "the bloc's decision to cut off Russian energy": a sanction adopted occurred
        mode, cameo = entry.mode, entry.cameo
        if entry.transfer and entry.mode == "sale" and items and all(i.category == "money" for i in items):
            # "exported $774 million in fuel": trade, not arms (docs/annotation.md: trade is COOPERATE)
            entry, items = replace(entry, category="COOPERATE", transfer=False, status=None), []
            mode, cameo = self.lex.trade
        if entry.category == "AID" and any(
            i.category not in ("protective equipment", "money") for i in items
        ):
            mode, cameo = self.lex.military_aid
        context = None
        if cameo and cameo in self.lex.cameo:
            context = self.lex.cameo[cameo][2]
        loc_tok = location_for(tok)
        location = None
        if loc_tok is not None:
            lo, hi = ent_bounds(loc_tok)
            location = Span.of(text, self.doc[lo].idx, self.doc[hi - 1].idx + len(self.doc[hi - 1]))
        if entry.category == "CONSULT" and location is not None:
            mode = self._visit_mode(location, src + tgt) or mode
            cameo = self.lex.meeting_cameo.get(mode or "", cameo)
        date_ent = self.dates.get(tok.i)
        date = Span.of(text, date_ent.start_char, date_ent.end_char) if date_ent is not None else None
        start = tok.idx if span_start is None else span_start
        if entry.transfer and self._pledged_by(tok):
            start = tok.head.idx  # "pledged to send": one pledged transfer
        end = tok.idx + len(tok)
        prt = next(
            (c for c in tok.children
             if c.i == tok.i + 1 and (c.dep_ == "prt" or (entry.particle and c.lower_ == entry.particle))),
            None,
        )  # fmt: skip
        if prt is not None:
            end = prt.idx + len(prt)
        sent = self.sents[self.sent_of[tok.i]]
        return Event(
            id="",
            trigger=Span.of(text, start, end),
            category=entry.category,
            mode=mode,
            context=context,
            cameo=cameo,
            sources=src,
            targets=tgt,
            items=items,
            location=location,
            date=date,
            date_value=normalise_date(date.text, self.published) if date else None,
            status=status,
            negated=negated,
            modality=modality,
            statement_id=self._statement(tok.idx),
            sentence=Span.of(text, sent.start_char, sent.end_char),
        )

    # -- parties from the article -------------------------------------------------------------
    def _country_party(self, iso: str) -> str:
        """The id the article uses for a country acting or acted on (its government), reached if new."""
        for kind in ("gov", "state"):
            if f"{kind}:{iso}" in self.actors:
                return f"{kind}:{iso}"
        actor_id = f"gov:{iso}"
        for actor in reached(self.doc, actor_id, set(self.actors)):
            self.actors[actor.id] = actor
            self.extra.append(actor)
        return actor_id

    def _wars(self, events: list[Event]) -> dict[str, str]:
        """Each country's enemy in this article: the sides of its force events that name both (most
        often first; at least `war_min_events` of them unless a known war), else a war the lexicon
        knows whose two sides the article both names."""
        cats = self.lex.belligerent_categories
        pairs: dict[frozenset[str], int] = {}
        for ev in events:
            if ev.category not in cats:
                continue
            for s in {self._country(p.actor_id) for p in ev.sources} - {None}:
                for t in {self._country(p.actor_id) for p in ev.targets} - {None, s}:
                    key = frozenset((s, t))
                    pairs[key] = pairs.get(key, 0) + 1
        # a pair read off too few events is no war (one misread event would make a guess everywhere)
        pairs = {k: n for k, n in pairs.items() if n >= self.lex.war_min_events or k in self.lex.wars}
        named = {self._country(a) for a in self.actors} - {None}
        for war in self.lex.wars:
            if war <= named and war not in pairs:
                pairs[war] = 0
        enemy: dict[str, str] = {}
        best: dict[str, int] = {}
        for pair, n in sorted(pairs.items(), key=lambda kv: -kv[1]):
            for side in pair:
                (other,) = pair - {side}
                if side not in best:
                    best[side], enemy[side] = n, other
                elif best[side] == n and enemy[side] != other:
                    enemy[side] = ""  # two wars as likely: no guess
        return {k: v for k, v in enemy.items() if v}

    def fill_belligerents(self, events: list[Event]) -> None:
        """A force event whose clause names only its doer, one side of the article's war, is against the
        other side, as a reader takes it ("Russia's bombing"): docs/annotation.md asks for a party clear
        from the article. Only when the trigger names nothing else it acts on. The doer of an act whose
        victim alone is named ("the invasion of Ukraine", "attacks on hospitals") is not guessed: the gold
        leaves an unnamed attacker null, and a guessed party is worse than a missing one."""
        cats = self.lex.belligerent_categories
        if not any(ev.category in cats for ev in events):
            return
        enemy = self._wars(events)
        if not enemy:
            return
        for ev in events:
            if ev.category not in cats or ev.negated or not ev.sources or ev.targets:
                continue
            tok = self._event_word(ev.trigger)
            if tok is None or self._names_target(tok):
                continue
            sides = {self._country(p.actor_id) for p in ev.sources if p.actor_id} - {None}
            others = {enemy[c] for c in sides if c in enemy}
            if len(sides) == 1 and len(others) == 1:
                ev.targets = [Participant(actor_id=self._country_party(others.pop()))]

    def fill_both_sides(self, events: list[Event]) -> None:
        """An act between equals whose doers are "both sides" or "the two sides" in an article about one
        war ("both sides reached an agreement") is between that war's sides, the side that attacks more
        often in the article first."""
        todo = [
            ev for ev in events
            if ev.category in self.lex.symmetric_categories and not ev.targets
            and len(ev.sources) == 1 and ev.sources[0].actor_id is None and ev.sources[0].span is not None
            and ev.sources[0].span.text.lower() in self.lex.both_sides
        ]  # fmt: skip
        if not todo:
            return
        enemy = self._wars(events)
        pairs = {frozenset((a, b)) for a, b in enemy.items()}
        if len(pairs) != 1:
            return
        attacks: dict[str, int] = {}
        for ev in events:
            if ev.category in self.lex.belligerent_categories:
                for p in ev.sources:
                    c = self._country(p.actor_id)
                    if c:
                        attacks[c] = attacks.get(c, 0) + 1
        first, second = sorted(pairs.pop(), key=lambda c: (-attacks.get(c, 0), c))
        for ev in todo:
            ev.sources = [ev.sources[0].model_copy(update={"actor_id": self._country_party(first)})]
            ev.targets = [Participant(actor_id=self._country_party(second))]

    @staticmethod
    def _setting(obj: Token, category: str) -> bool:
        """A prepositional object that sets the scene rather than naming a party: a building or site
        after "at" for an act that is no use of force ("met Biden at the White House"; "fired at Kyiv"
        and "hit out at Germany" still aim at them), or a noun in "-ing" after "with" that the parser
        made of an absolute clause ("exchanged prisoners, with the Emirates mediating": the mediator is
        no party)."""
        prep = obj.head.lower_
        if prep == "at" and category not in _FORCE and obj.ent_type_ in ("LOC", "FAC"):
            return True
        return (
            prep == "with"
            and obj.tag_ in ("NN", "VBG")
            and obj.lower_.endswith("ing")
            and any(c.dep_ == "compound" and c.ent_type_ for c in obj.children)
        )

    def fill_disputed(self, events: list[Event]) -> None:
        """A rejection of "the allegations" (a definite noun of disputed_nouns, no owner named) answers
        the accusation just made against the one who rejects it ("Sandu accused Moscow of plotting a coup.
        Russia denies the allegations."): its target is that accuser. Only an accusation in the same or
        the two sentences before whose target is the rejecter, so no other earlier speaker is taken."""
        starts: list[int] = []  # sentence offsets, read only when a rejection qualifies
        for ev in events:
            if ev.category != "REJECT" or any(p.actor_id for p in ev.targets) or not ev.sources:
                continue
            src = ev.sources[0].actor_id
            span = self.doc.char_span(ev.trigger.start, ev.trigger.end, alignment_mode="expand")
            if src is None or span is None:
                continue
            if not any(
                o.dep_ == "dobj"
                and o.lemma_.lower() in self.lex.disputed_nouns
                and not any(
                    c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in ("by", "from", "of")
                    for c in o.children
                )
                and any(c.dep_ == "det" and c.lower_ in self.lex.given_determiners for c in o.children)
                for o in span.root.children
            ):
                continue
            starts = starts or [sent.start_char for sent in self.doc.sents]
            here = bisect.bisect_right(starts, ev.trigger.start)
            accusers = [
                a for a in events
                if a.category == "ACCUSE" and a.trigger.start < ev.trigger.start
                and here - bisect.bisect_right(starts, a.trigger.start) <= 2
                and a.sources and a.sources[0].actor_id
                and _identity(a.sources[0].actor_id) != _identity(src)
                and any(p.actor_id and _identity(p.actor_id) == _identity(src) for p in a.targets)
            ]  # fmt: skip
            if accusers:
                ev.targets = [Participant(actor_id=accusers[-1].sources[0].actor_id)]

    def fill_recipients(self, events: list[Event]) -> None:
        """Aid whose clause names no recipient ("the package also includes 20 drones", "hardware supplied
        by NATO") goes where the same supplier's other aid in the article goes, when that is one actor;
        failing that, where all the article's aid goes, when every recipient it names is one party (an
        article about aid to one country) and that party is not the supplier itself."""
        sent: dict[str, set[str]] = {}
        everyone: dict[str, str] = {}  # identity of each recipient named -> the id the article uses
        for ev in events:
            if ev.category == "AID":
                for giver in {p.actor_id for p in ev.sources if p.actor_id}:
                    sent.setdefault(giver, set()).update(p.actor_id for p in ev.targets if p.actor_id)
                for p in ev.targets:
                    if p.actor_id:
                        everyone.setdefault(_identity(p.actor_id), p.actor_id)
        for ev in events:
            if ev.category != "AID" or ev.targets or ev.negated:
                continue
            recipients = {r for p in ev.sources if p.actor_id for r in sent.get(p.actor_id, ())}
            if len(recipients) == 1:
                ev.targets = [Participant(actor_id=recipients.pop())]
            elif not recipients and len(everyone) == 1:
                ((who, actor_id),) = everyone.items()
                if who not in {_identity(p.actor_id) for p in ev.sources if p.actor_id}:
                    ev.targets = [Participant(actor_id=actor_id)]

    def _host(self, p: Participant) -> Participant:
        """A country a meeting or visit goes to is its host ("Blinken's visit to Ukraine"), though the
        actors pipe reads a country after "to" as a place."""
        if p.actor_id or p.span is None:
            return p
        name = p.span.text.lower().removeprefix("the ")
        iso = country_names().get(name)
        return p.model_copy(update={"actor_id": self._country_party(iso)}) if iso else p

    def verbal(self, ev: Event) -> bool:
        """The event is told by a verb, not a noun ("was buying", not "the constant shelling")."""
        tok = self._event_word(ev.trigger)
        return tok is not None and tok.pos_ == "VERB"

    def called_current(self, ev: Event) -> bool:
        """The event is told by a noun an adjective calls current ("Russia's ongoing invasion")."""
        tok = self._event_word(ev.trigger)
        return tok is not None and tok.pos_ == "NOUN" and self._said_current(tok)

    def _event_word(self, trigger: Span) -> Token | None:
        """The trigger word of an event's span: its last word the lexicon lists ("shelling" in "stepped
        up shelling", "cut" in "cut off")."""
        span = self.doc.char_span(trigger.start, trigger.end, alignment_mode="expand")
        if span is None or not len(span):
            return None
        words = [t for t in span if self.lex.lookup(t.lemma_.lower(), t.pos_)]
        return words[-1] if words else span[0]

    def threat_told(self, events: list[Event]) -> list[Event]:
        """ "Medvedev threatened to strike Berlin", "its threat to invade Ukraine": a threat of force is
        one THREATEN event (docs/annotation.md); the attack threatened, under the THREATEN's word, is no
        second event. (With no THREATEN kept, the threatened attack stays the record of the threat; a
        threat of another act, "threatened to send troops", keeps that act, as the gold does.)"""
        threats = [
            tok
            for ev in events
            if ev.category == "THREATEN" and (tok := self._event_word(ev.trigger)) is not None
        ]
        if not threats:
            return events
        out = []
        for ev in events:
            tok = self._event_word(ev.trigger) if ev.category == "ASSAULT" else None
            if tok is not None and (
                (ev.status == "threatened" and any(t.is_ancestor(tok) for t in threats))
                or (  # "the threat to invade": the infinitive of the threat itself, whatever its status
                    tok.dep_ in ("acl", "xcomp")
                    and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
                    and any(t.i == tok.head.i for t in threats)
                )
            ):
                continue
            out.append(ev)
        return out

    def _side(self, actor_id: str | None) -> str | None:
        """The party an actor stands for: its country for a government, state, force, people or a person
        of known country; the actor itself otherwise."""
        if not actor_id:
            return None
        iso = self._person_country(actor_id)
        return f"country:{iso}" if iso else _identity(actor_id)

    def warned_of_others(self, events: list[Event]) -> list[Event]:
        """ "Russia could attack a NATO country, German officials warned": a warning verb whose that-clause
        has another side than the warner's as its subject warns of that side's act, a statement of risk,
        no THREATEN (docs/annotation.md: a threat of force is THREATEN). "Russia warned it would respond"
        and "warned the US that Putin could wipe out its coasts" (a side not known to differ) stay."""
        kept = []
        for ev in events:
            tok = self._event_word(ev.trigger) if ev.category == "THREATEN" else None
            clause = (
                next((c for c in tok.children if c.dep_ == "ccomp"), None)
                if tok is not None and tok.pos_ == "VERB" and tok.lemma_.lower() in self.lex.warning_verbs
                else None
            )
            subj = subject_of(clause)[0] if clause is not None else None
            warner = {self._side(p.actor_id) for p in ev.sources} - {None}
            told = {self._side(p.actor_id) for p in self._parts([subj], False)} - {None} if subj else set()
            if warner and told and not warner & told and all(w.startswith("country:") for w in warner | told):
                continue
            if tok is not None and clause is None and self._warns_of_risk(tok):
                continue
            kept.append(ev)
        return kept

    def reporters_apart(self, events: list[Event]) -> list[Event]:
        """ "Harbourland shelled the port, killing three, Eastwick officials said": whoever reports an
        event in a statement is no party of it by the statement's source words (the parse may hang the
        gerund on the reporting verb); a pronoun inside the content ("he said he met") is another span.
        Only for verbs that only report (lexicon report_verbs): who announces a package or threatens to
        send troops is often its doer ("the Pentagon announced a package", "planned to charge him")."""
        for ev in events:
            word = self._event_word(ev.trigger)
            sources = [
                st.source
                for st in self.statements
                if st.source is not None
                and st.content
                and (st.cue_lemma or "").lower() in self.lex.report_verbs
                and (
                    any(c.start <= ev.trigger.start < c.end for c in st.content)
                    # "..., officials in Eastwick said, killing three": the participle the
                    # parse hangs on the reporting verb
                    or word is not None
                    and word.dep_ == "advcl"
                    and word.head.idx <= st.cue.start < word.head.idx + len(word.head)
                )
            ]
            if not sources:
                continue
            ev.sources, ev.targets = _apart(ev.sources, sources), _apart(ev.targets, sources)
        return events

    def _warns_of_risk(self, tok: Token) -> bool:
        """ "The embassy had warned of an increased risk of attacks", "warned of imminent war": a warning
        verb with no one warned whose 'of'/'about' object is a risk noun (lexicon risk_nouns)."""
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in self.lex.warning_verbs:
            return False
        if any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in tok.children):
            return False
        objs = prep_objects(tok, ("of", "about"))
        return bool(objs) and all(o.lemma_.lower() in self.lex.risk_nouns for o in objs)

    def _by_word(self, events: list[Event]) -> dict[int, Event]:
        """Each event by the index of its trigger word (`_event_word`)."""
        out = {}
        for ev in events:
            tok = self._event_word(ev.trigger)
            if tok is not None:
                out[tok.i] = ev
        return out

    def hit_by_attack(self, events: list[Event]) -> list[Event]:
        """ "Kyiv was hit by a massive Russian drone attack": a passive act whose "by" agent is an event
        noun of the same category tells one event; the verb keeps it (its subject is the target) and
        takes the noun's source when it has none."""
        by_word = self._by_word(events)
        told = set()
        for ev in events:
            tok = self._event_word(ev.trigger)
            if tok is None or tok.pos_ != "VERB":
                continue
            for agent in (c for c in tok.children if c.dep_ == "agent"):
                for noun in (c for c in agent.children if c.dep_ == "pobj"):
                    other = by_word.get(noun.i)
                    if other is None or other is ev or other.category != ev.category:
                        continue
                    ev.sources = ev.sources or other.sources
                    ev.items = ev.items or other.items
                    told.add(id(other))
        return [ev for ev in events if id(ev) not in told]

    def aimed_measures(self, events: list[Event]) -> list[Event]:
        """ "imposed sanctions on 300 entities, targeting Russia's supply chain", "launched 40 drones,
        targeting energy sites": an aim verb (`aim_verbs`) hung on an act says what that act is aimed
        at; it is no second event. The act takes the aim's target when it names none. Hung on a noun
        the lexicon lists only for measures other than force ("sanctions targeting banks"), it is no
        ASSAULT either."""
        kept = []
        for ev in events:
            tok = self._event_word(ev.trigger) if ev.category == "ASSAULT" else None
            if tok is not None and tok.lemma_.lower() in self.lex.aim_verbs and tok.pos_ == "VERB":
                head = tok.head if tok.dep_ in ("advcl", "acl", "relcl", "conj", "xcomp") else None
                act = self._told_by(head, events) if head is not None and head.i != tok.i else None
                if act is None and head is not None and head.pos_ == "VERB":
                    # "widened sanctions on Russia, targeting 300 entities": the act is the verb's object
                    obj = next((c for c in head.children if c.dep_ == "dobj"), None)
                    act = self._told_by(obj, events) if obj is not None else None
                if act is not None and act is not ev:
                    act.targets = act.targets or ev.targets
                    continue
                if head is not None and head.i != tok.i and self._measure_noun(head):
                    continue
            kept.append(ev)
        return kept

    @staticmethod
    def _told_by(tok: Token, events: list[Event]) -> Event | None:
        """The event whose trigger holds `tok`, if any."""
        return next((ev for ev in events if ev.trigger.start <= tok.idx < ev.trigger.end), None)

    def _measure_noun(self, tok: Token) -> bool:
        """A noun the lexicon lists only for events other than force ("sanctions", "embargo")."""
        entries = self.lex.lookup(tok.lemma_.lower(), tok.pos_) if tok.pos_ == "NOUN" else []
        return bool(entries) and all(e.category not in (NO_EVENT, "ASSAULT") for e in entries)

    def use_for_purpose(self, events: list[Event]) -> list[Event]:
        """ "used Iranian drones to attack power plants", "allow Ukraine to use weapons to strike Russia":
        the use of weapons (`instrument_verbs`) and the attack it is for are one ASSAULT, told by the
        attack with its parties; it takes the use's weapons, and its status when it has none."""
        by_word = self._by_word(events)
        used = set()
        for ev in events:
            tok = self._event_word(ev.trigger)
            if ev.category != "ASSAULT" or tok is None or tok.lemma_.lower() not in self.lex.instrument_verbs:
                continue
            purpose = next(
                (
                    by_word[c.i]
                    for c in tok.children
                    if c.dep_ in ("xcomp", "advcl") and c.i in by_word and by_word[c.i].category == "ASSAULT"
                ),
                None,
            )
            if purpose is None:
                continue
            if purpose.status is None:
                purpose.status, purpose.modality, purpose.negated = ev.status, ev.modality, ev.negated
            purpose.items = purpose.items or ev.items
            used.add(id(ev))
        return [ev for ev in events if id(ev) not in used]

    def drop_goods_told_again(self, events: list[Event]) -> list[Event]:
        """ "The US delivered cluster munitions to Ukraine ... Biden's decision to supply Ukraine with the
        munitions": goods named again with a definite determiner and no number ("the munitions", "these
        weapons") are goods already told of; a later transfer of only such goods, to the recipient an
        earlier transfer of that category went to, by no other supplier (none, the same, or a person of
        that country), is that transfer reported again (docs/annotation.md: one event)."""
        kept: list[Event] = []
        for ev in events:
            told = ev.category == "AID" and ev.items and all(self._told_goods(i) for i in ev.items)
            if told and any(self._same_transfer(k, ev) for k in kept):
                continue
            kept.append(ev)
        return kept

    def _told_goods(self, item: Item) -> bool:
        """Goods named with "the/these/those" and no number: goods the article has already told of."""
        if item.quantity or item.category in ("money", None):
            return False
        span = self.doc.char_span(item.span.start, item.span.end, alignment_mode="expand")
        if span is None:
            return False
        root = span.root
        return any(
            c.dep_ == "det" and c.lower_ in self.lex.given_determiners for c in root.children
        ) and not any(c.dep_ == "nummod" for c in root.children)

    def _same_transfer(self, earlier: Event, later: Event) -> bool:
        if earlier.category != "AID" or not earlier.items:
            return False
        if not {i.category for i in later.items} <= {i.category for i in earlier.items} | {"weapons"}:
            return False
        gets = {_identity(p.actor_id) for p in earlier.targets if p.actor_id}
        got = {_identity(p.actor_id) for p in later.targets if p.actor_id}
        if not gets or (got and not got & gets):
            return False
        gives = {_identity(p.actor_id) for p in earlier.sources if p.actor_id}
        for p in later.sources:
            if not p.actor_id:
                continue
            country = self._person_country(p.actor_id)
            if _identity(p.actor_id) not in gives and not (country and f"country:{country}" in gives):
                return False
        return True

    def unnamed_suppliers(self, events: list[Event]) -> None:
        """ "Six countries pledged to send 90 tanks to Moldova": goods for a named recipient from givers
        described by a common noun are a transfer with its supplier unnamed (the table still lists the
        tanks and who gets them); an unresolved pronoun or name ("they sent tanks") is not."""
        for ev in events:
            if ev.category != "AID" or not ev.items or not ev.sources:
                continue
            if any(p.actor_id for p in ev.sources) or not any(p.actor_id for p in ev.targets):
                continue
            heads = [
                self.doc.char_span(p.span.start, p.span.end, alignment_mode="expand")
                for p in ev.sources
                if p.span
            ]
            if heads and all(h is not None and len(h) and h.root.pos_ == "NOUN" for h in heads):
                ev.sources = []

    def drop_goods_nouns(self, events: list[Event]) -> list[Event]:
        """ "received €2 billion in military aid from Germany": "aid" names the goods of the transfer
        "received" reports, not a second one; an itemless aid noun after a transfer with items in its
        sentence, between the same parties, goes."""

        def who(ps: list[Participant]) -> set[str]:
            return {_identity(p.actor_id) for p in ps if p.actor_id}

        out = []
        for ev in events:
            tok = self._token_at(ev.trigger.start)
            twin = None
            if ev.category == "AID" and not ev.items and tok is not None and tok.pos_ == "NOUN":
                twin = next(
                    (
                        o
                        for o in events
                        if o is not ev
                        and o.category == "AID"
                        and o.items
                        and o.trigger.start < ev.trigger.start
                        and (t := self._token_at(o.trigger.start)) is not None
                        and self.sent_of[t.i] == self.sent_of[tok.i]
                        and who(ev.sources) <= who(o.sources)
                        and who(ev.targets) <= who(o.targets)
                    ),
                    None,
                )
            if twin is None:
                out.append(ev)
        return out

    def drop_trips_to_meetings(self, events: list[Event]) -> list[Event]:
        """ "X travelled to Washington for talks with Y", "flew to Kyiv, where he met Zelensky": the trip
        and the meeting are one visit (docs/annotation.md: one event per real-world action); the travel
        verb goes when another CONSULT in its sentence has the same visitor and names whom they met; when
        none does ("arrived in Moscow for a two-day visit"), the trip, which names the host, stays and the
        bare visit word goes."""

        def trip(ev: Event) -> bool:
            tok = self._token_at(ev.trigger.start)
            return (
                tok is not None
                and tok.pos_ == "VERB"
                and ev.category == "CONSULT"
                and any(
                    e.mode == "visit" and e.needs_target == "place"
                    for e in self.lex.lookup(tok.lemma_.lower(), "VERB")
                )
            )

        def hosted(ev: Event) -> bool:
            return any(p.actor_id for p in ev.targets)

        drop: set[int] = set()
        for ev in events:
            who = {p.actor_id for p in ev.sources if p.actor_id}
            if not trip(ev) or not who:
                continue
            sent = self._token_at(ev.trigger.start).sent
            met = [
                o for o in events
                if o is not ev and o.category == "CONSULT" and not trip(o)
                and sent.start_char <= o.trigger.start < sent.end_char
                and who & {p.actor_id for p in o.sources}
            ]  # fmt: skip
            if any(hosted(o) for o in met):
                drop.add(id(ev))
            elif hosted(ev):
                drop |= {id(o) for o in met}
        return [ev for ev in events if id(ev) not in drop]

    def _token_at(self, start: int) -> Token | None:
        span = self.doc.char_span(start, start + 1, alignment_mode="expand")
        return span[0] if span is not None and len(span) else None

    def _owned_up_to(self, tok: Token) -> list[Token]:
        """ "The group claimed responsibility for the attack", "Kyiv took credit for the raid": whoever
        owns up to an act is its doer (a claim: the statement rules give it its speaker)."""
        nouns, verbs = self.lex.responsibility
        prep = tok.head
        if tok.dep_ != "pobj" or prep.lower_ != "for":
            return []
        verb = prep.head.head if prep.head.dep_ == "dobj" else prep.head  # "for" on the noun or the verb
        owned = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in nouns]
        if not owned or verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs:
            return []
        subj, passive = subject_of(verb)
        return [subj] if subj is not None and not passive else []

    def _destroys(self, tok: Token) -> bool:
        """A force verb that hits its weapons object ("destroyed a launcher", "shot down a jet"), with its
        particle when it has one ("shoot down"; "shoot missiles" fires them)."""
        lemma = tok.lemma_.lower()
        prt = next(
            (c.lower_ for c in tok.children if c.dep_ == "prt" or (c.dep_ == "advmod" and c.i == tok.i + 1)),
            None,
        )  # the particle may be parsed as an adverb ("had shot down 30 drones")
        verbs = self.lex.destroy_verbs
        return lemma in verbs or (prt is not None and f"{lemma} {prt}" in verbs)

    def _blamed_for(self, tok: Token) -> list[Token]:
        """ "Kyiv blamed Moscow for the attack", "accused Russia of the strike": whom a verb of blame
        (`blame_verbs`) holds to an act is its doer, as that verb's speaker claims."""
        prep = tok.head
        if tok.dep_ != "pobj" or prep.lower_ not in ("for", "of") or prep.head.pos_ != "VERB":
            return []
        verb = prep.head
        if verb.lemma_.lower() not in self.lex.blame_verbs:
            return []
        return [c for c in verb.children if c.dep_ == "dobj"][:1]

    def _names_target(self, tok: Token) -> bool:
        """The trigger's own words name what it acts on (an object, "on/against/into X", "of X" for a
        noun), an actor or not ("attacks on civilians", "shelled the hospital")."""
        if tok.pos_ == "VERB":  # what it hits with ("used cluster munitions") is not what it hits
            if any(c.dep_ in ("dobj", "dative", "nsubjpass") and c.i not in self.items for c in tok.children):
                return True
            return bool(prep_objects(tok, ("on", "against", "at", "upon", "into")))
        named = prep_objects(tok, ("on", "against", "into", "upon", "at"))
        # "the invasion of Ukraine" names who is hit; "a barrage of drones" names what hits
        named += [o for o in prep_objects(tok, ("of",)) if o.i not in self.items]
        return bool(named)

    def embargoes(self, events: list[Event]) -> None:
        """A ban on a state ("imposed an export ban on Russia", "banned Iran from the games") is an embargo,
        SANCTION (docs/annotation.md: sanctions and embargoes are SANCTION); a ban on anything else (a
        party, a channel, a protest) stays the COERCE of its entry. Words in `embargo_words`."""
        for ev in events:
            if ev.category != "COERCE" or not ev.targets:
                continue
            tok = self._event_word(ev.trigger)
            if tok is None or tok.lemma_.lower() not in self.lex.embargo_words:
                continue
            if all(self._names_state(p) for p in ev.targets):
                ev.category, ev.cameo = "SANCTION", self.lex.embargo_cameo

    def _names_state(self, p: Participant) -> bool:
        """The participant is a state named as such ("Russia", "Moscow") or by its trade goods ("Russian
        oil imports": an embargo hits the state that sells them), not another thing of its ("Pakistani
        newspapers")."""
        if not p.actor_id or p.actor_id.split(":", 1)[0] not in ("gov", "state") or p.span is None:
            return False
        toks = self.doc.char_span(p.span.start, p.span.end, alignment_mode="expand")
        if toks is None or len(toks) == 0:
            return False
        return toks.root.pos_ == "PROPN" or any(t.lemma_.lower() in self.lex.trade_goods for t in toks)

    def share_meeting_places(self, events: list[Event]) -> None:
        """A meeting named without its place ("during his meeting with Wallace") takes the place of a
        CONSULT event in the same article that shares a participant ("Wallace, who arrived in Moscow")."""
        placed = [e for e in events if e.category == "CONSULT" and e.location is not None]
        for ev in events:
            if ev.category != "CONSULT" or ev.location is not None:
                continue
            ids = {p.actor_id for p in ev.sources + ev.targets if p.actor_id}
            other = next((e for e in placed if ids & {p.actor_id for p in e.sources + e.targets}), None)
            if other is not None:
                mode = self._visit_mode(other.location, ev.sources + ev.targets)
                if mode:
                    ev.mode, ev.cameo = mode, self.lex.meeting_cameo.get(mode, ev.cameo)
                    ev.location = other.location

    def _conditional(self, tok: Token) -> bool:
        """The trigger sits in a condition ("if Russia invades", "if there is an attack", "should Ukraine
        persist in retaking them": a mark, or a modal of conditional_marks put before the clause's subject),
        also as a gerund after a preposition ("if Russia persists in attacking")."""
        marks = self.lex.conditional_marks
        t = tok
        for _ in range(5):
            if any(c.dep_ == "mark" and c.lower_ in marks for c in t.children):
                return True
            subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and any(
                c.dep_ == "aux" and c.lower_ in marks and c.i < subj.i for c in t.children
            ):
                return True
            if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("xcomp", "conj", "pcomp"):
                return False
            if t.head.i == t.i:
                return False
            t = t.head
        return False

    def _open_question(self, tok: Token) -> bool:
        """An act in a to-infinitive opened by a question mark word ("decided whether to send", "asked
        if to strike"): what is weighed, not what is done or refused."""
        return (
            tok.pos_ == "VERB"
            and tok.dep_ == "xcomp"
            and any(c.dep_ == "mark" and c.lower_ in self.lex.question_marks for c in tok.children)
        )

    def _consequent(self, tok: Token) -> bool:
        """The trigger is what a condition says would follow ("If NATO sends troops, Russia will strike
        them"): its verb (an event noun's governing verb) has a modal and a clause opened by one of
        conditional_marks. Without the modal ("if they attacked, we retreated") it told what happened."""
        verb = tok if tok.pos_ == "VERB" else tok.head if tok.dep_ in ("dobj", "nsubj", "nsubjpass") else None
        if verb is None or verb.pos_ not in ("VERB", "AUX"):
            return False
        verb = shared_verb(verb)
        marks = self.lex.conditional_marks
        return any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children) and any(
            c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children)
            for c in verb.children
        )

    def _framed(self, tok: Token) -> str | None:
        """The status the words around a trigger give it: a noun whose to-infinitive it is ("the threat
        to invade"), an adjective ("ready to strike", "likely to prevail"), "is to" ("the aim is to
        rebuff": planned), a noun of what may happen with "of" ("the risk of missiles destroying", "the
        risk of an attack"), or, for an event noun, the verb that governs it ("threatened sanctions",
        "could lead to an invasion", "will order an attack"). A conjunct shares the frame of the first
        ("likely to prevail and protect")."""
        while tok.dep_ == "conj" and tok.head.i < tok.i and tok.head.pos_ == tok.pos_:
            tok = tok.head
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
        if (
            tok.pos_ == "VERB"
            and infinitive
            and (
                (tok.dep_ in ("acl", "xcomp") and tok.head.pos_ in ("NOUN", "ADJ"))
                or (tok.dep_ == "advcl" and tok.head.pos_ == "ADJ")  # "likely for Ukraine to prevail"
                # "a reason for Russia to use nuclear weapons", parsed as a relative clause
                or (tok.dep_ == "relcl" and tok.head.pos_ == "NOUN" and any(
                    c.dep_ == "mark" and c.lower_ == "for" for c in tok.children
                ))
            )
        ):
            noun = tok.head.lemma_.lower()
            if noun in self.lex.attempt_nouns:
                return None  # "Putin's campaign to interfere": told as done
            return self.lex.noun_modality.get(noun, "hypothetical")
        if (
            tok.pos_ == "VERB"
            and tok.tag_ == "VBG"
            and any(e.transfer for e in self.lex.lookup(tok.lemma_.lower(), "VERB"))
            and self._holder_of_intention(tok)[0] is not None
        ):  # "signed a bill providing aid": what the decision adopted provides is approved, not done yet
            return self.lex.noun_modality.get(tok.head.lemma_.lower(), "approved")
        if tok.pos_ == "VERB" and infinitive and tok.dep_ == "xcomp" and tok.head.lemma_ == "be":
            return "planned"  # "Biden's aim is to rebuff", "the talks are to resume"
        if tok.pos_ == "VERB" and tok.dep_ == "pcomp":
            return self._after_of(tok)
        if tok.pos_ != "NOUN":
            return None
        t = tok
        for _ in range(3):
            if t.dep_ not in ("dobj", "pobj", "prep", "nsubj", "nsubjpass", "attr") or t.head.i == t.i:
                return None
            if t.dep_ == "prep" and t.lower_ in self.lex.given_preps:
                return None  # "despite sanctions, Iran will grow": the sanctions are a given
            if t.dep_ == "pobj":
                after = self._after_of(t)
                if after:
                    return after
            t = t.head
            if t.pos_ == "VERB":
                break
        if t.pos_ != "VERB":
            return None
        if t.lemma_.lower() in self.lex.threat_verbs:
            return "threatened"
        if t.lemma_.lower() in self.lex.modality and any(
            e.category == "REQUEST" for e in _fitting(t, self.lex.lookup(t.lemma_.lower(), "VERB"))
        ):  # "demanded the withdrawal of Russian troops": asked for, not done
            return self._modal(self.lex.modality[t.lemma_.lower()])
        if tok.dep_ == "nsubj" and any(
            c.dep_ in ("attr", "oprd") and c.lemma_.lower() in self.lex.possibility_nouns for c in t.children
        ):
            return "hypothetical"  # "a Russia-NATO war remains a distant possibility"
        if (
            tok.dep_ in ("nsubj", "nsubjpass")
            and t.lemma_.lower() not in self.lex.occurrence_verbs
            and self._given(tok)
        ) or (
            tok.dep_ == "dobj"
            and self._given(tok)
            and not self._light(t)
            and t.lemma_.lower() not in self.lex.phase_verbs
        ):
            # "current troop movements could lead to war", "his promises to invade must be gauged",
            # "threatened to veto the EU's aid": the modal is about what is done with a known act, not
            # the act ("an invasion could ruin us" is; "will launch the offensive" names the act itself)
            return None
        modality, negated, _ = modality_of(t, self.lex)
        if negated:
            return None
        return self._modal(modality) or (self._framed(t) if t.dep_ in ("acl", "xcomp") else None)

    def _given(self, noun: Token) -> bool:
        """An event noun that names a known act: someone's ("our alliance"), a definite one ("the war") or
        one said to be current ("current troop movements"); not "an invasion", which may be only
        imagined."""
        for c in noun.children:
            if c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in self.lex.given_determiners):
                return True
            if c.dep_ == "amod" and c.lower_ in self.lex.given_modifiers:
                return True
        return False

    def _after_of(self, tok: Token) -> str | None:
        """The status "of" gives what follows it under a noun of what may happen ("the risk of an
        attack": hypothetical) or a noun of modality ("the threat of sanctions": threatened)."""
        prep = tok.head
        if prep.dep_ != "prep" or prep.lower_ != "of" or prep.head.pos_ != "NOUN":
            return None
        noun = prep.head.lemma_.lower()
        if noun in self.lex.possibility_nouns:
            return "hypothetical"
        return self.lex.noun_modality.get(noun)

    def _reported_future(self, tok: Token) -> bool:
        """Whether the act's "would" is a reported "will": its clause is the reported clause of a cue
        verb in the past ("said it would send", "announced that they would not"), inside that
        statement's content; a "would" elsewhere ("it would cripple Russia") stays hypothetical."""
        verb = shared_verb(tok)
        head = verb.head
        if verb.dep_ != "ccomp" or head.tag_ != "VBD" or head.i > verb.i:
            return False
        at = tok.idx
        return any(
            st.cue.start <= head.idx < st.cue.end and any(c.start <= at < c.end for c in st.content)
            for st in self.statements
        )

    def _modal(self, modality: str | None) -> str | None:
        """The status a modality gives ("could": hypothetical, "refused to": denied), if any."""
        if not modality:
            return None
        for key, value in self.lex.status_by_modality.items():
            if modality.endswith(key):
                return value
        return self.lex.status_by_modality.get(modality.split(" ")[0])

    def _attempted(self, tok: Token) -> bool:
        """ "tried to attack", "has attempted to strike", "started exporting": an attempt made or an act
        begun in the past is an act that occurred (docs/annotation.md), not a plan nor one under way."""
        head = tok.head
        verbs = self.lex.attempt_verbs | self.lex.inceptive_verbs
        if tok.dep_ != "xcomp" or head.lemma_.lower() not in verbs:
            return False
        return head.tag_ in ("VBD", "VBN") and not any(
            c.dep_ == "aux" and c.tag_ == "MD" for c in head.children
        )

    @staticmethod
    def _past(verb: Token) -> bool:
        """A verb told in the past: simple past ("bought"), past progressive ("was buying"), past or
        present perfect ("has done", "had sent"); the gold calls such acts occurred, not ongoing."""
        aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        if any(a.tag_ == "MD" for a in aux):
            return False
        if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in aux):
            return True
        return verb.tag_ == "VBN" and any(a.lemma_ == "have" for a in aux)

    def _governor(self, tok: Token) -> Token | None:
        """The finite verb a gerund hangs from, through prepositions and coordination ("has done so by
        training them, plus supplying them": "done")."""
        chain = ("advcl", "xcomp", "acl", "pcomp", "pobj", "prep", "conj", "cc")
        t = tok
        for _ in range(10):
            if t.dep_ not in chain or t.head is t:
                break
            t = t.head
        return t if t is not tok and t.pos_ in ("VERB", "AUX") else None

    def _noun_status(self, tok: Token, entry: Trigger) -> str | None:
        """A noun for a lasting act ("Russia's war", "the bombing", "US support") is ongoing unless a date
        or a past verb places it ("last year's offensive", "launched an offensive"); a length of time
        ("their six-month war") places nothing."""
        if tok.lemma_.lower() not in self.lex.durative_nouns:
            return entry.status
        if tok.i in self.dates and not self._duration(self.dates[tok.i].text):
            return entry.status
        phase = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None
        if phase is not None and phase.lemma_.lower() in self.lex.phase_nouns:
            return entry.status  # "since the launch of the operation": the launch is what is told
        if tok.dep_ == "dobj" and tok.head.tag_ in ("VBD", "VBN"):
            return entry.status
        return "under way"

    def _duration(self, date: str) -> bool:
        """ "six-month", "two-year-long": a length of time, not a point in it."""
        parts = date.lower().split("-")
        return len(parts) > 1 and any(p.rstrip("s") in self.lex.duration_units for p in parts[1:])

    def _counterfactual(self, tok: Token) -> bool:
        """ "if the West had not vetoed the agreement": a past condition denied is an act that happened."""
        return any(c.dep_ == "aux" and c.lower_ == "had" for c in tok.children) and self._conditional(tok)

    def _goes_on(self, tok: Token) -> bool:
        """An act named by a noun whose verb says it goes on: a verb in the present that continues it
        ("continue strikes") or is itself progressive ("forces are conducting attacks")."""
        verb = tok.head
        if tok.dep_ != "dobj" or verb.pos_ != "VERB" or self._past(verb) or verb.tag_ in ("VBD", "VBN"):
            return False
        if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
            return False
        if verb.lemma_.lower() in self.lex.continuing_verbs and verb.tag_ in ("VBP", "VBZ", "VBG"):
            return True
        return verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children)

    def _modifier_status(self, tok: Token) -> str | None:
        """The status an adjective on an event noun gives it ("a scheduled NATO summit": planned; "a
        potential attack": hypothetical), if any."""
        if tok.pos_ != "NOUN":
            return None
        mods = self.lex.modifier_modality
        return next((mods[c.lower_] for c in tok.children if c.dep_ == "amod" and c.lower_ in mods), None)

    def _said_current(self, tok: Token) -> bool:
        """An event noun an adjective calls current ("ongoing Russian aggression", "the continuing
        blockade"): under way, whatever modal governs the clause it sits in ("must not impair the defence
        against ongoing aggression")."""
        return any(c.dep_ == "amod" and c.lower_ in self.lex.given_modifiers for c in tok.children)

    def _status(self, tok: Token, entry: Trigger, modality: str | None, negated: bool) -> str | None:
        if not negated and tok.pos_ == "NOUN" and (self._goes_on(tok) or self._said_current(tok)):
            return "under way"
        told = self._modifier_status(tok)
        if told and not negated:
            return told  # "a scheduled summit", "a possible attack"
        if not negated and (self._conditional(tok) or self._consequent(tok)):
            return "hypothetical"
        if self._attempted(tok):
            modality = None
        if modality == "would" and self._reported_future(tok):
            return "planned"  # "Sweden said it would provide tanks": the speaker's "will", told in the past
        modal = self._modal(modality)
        if modal:
            return modal
        if negated:
            return None
        framed = self._framed(tok)
        if framed:
            return framed
        if tok.tag_ == "VBG" and self._holder_of_intention(tok)[0] is not None:
            return entry.status  # "adopted a resolution calling for a ceasefire": asked by adopting it
        if tok.pos_ == "NOUN":
            return self._noun_status(tok, entry)
        if tok.pos_ == "VERB":
            if tok.lemma_.lower() in self.lex.approval_verbs:
                return "approved"
            first = shared_verb(tok)
            if first is not tok and first.pos_ == "VERB" and first.tag_ == tok.tag_:
                # "is stealing grain, bombing farms and blockading ports": told in the first one's time
                tok = first
            aux = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
            if any(a.lemma_ == "be" for a in aux) and tok.tag_ == "VBG":
                # "In 2022, Ukraine was purchasing diesel": a past progressive occurred; in what someone
                # said ("said Russia was blackmailing the world") it is the speaker's present
                backshifted = tok.dep_ == "ccomp" and tok.head.pos_ == "VERB"
                return entry.status if self._past(tok) and not backshifted else "under way"
            # "with NATO supporting them": a gerund after "with" reads its time off the verb above
            absolute = (
                tok.dep_ == "pcomp" and tok.head.lower_ == "with" and tok.head.head.pos_ in ("VERB", "AUX")
            )
            governor = self._governor(tok) if tok.tag_ == "VBG" else None
            # "despite receiving", "by training": the gerund is told in its governor's tense
            gerund_of = tok.dep_ in ("pcomp", "conj", "acl") and not absolute
            if governor is not None and gerund_of and self._past(governor):
                return entry.status
            if tok.tag_ == "VBG" and (tok.dep_ in ("advcl", "xcomp", "acl") or absolute):
                verb = tok.head.head if absolute else tok.head
                if tok.dep_ == "acl" and verb.dep_ == "attr":  # "has become the biggest buyer, buying"
                    verb = verb.head
                head_tags = {verb.tag_} | {c.tag_ for c in verb.children if c.dep_ == "aux"}
                if head_tags & {"VBD", "VBN"}:
                    return entry.status
                return "under way" if entry.status in (None, "delivered") else entry.status
            if (entry.buyer or entry.receiver) and tok.tag_ in ("VBD", "VBN"):
                return "delivered"
            if entry.status == "delivered" and tok.tag_ not in ("VBD", "VBN"):
                return "planned" if tok.tag_ == "VB" else "under way"
        return entry.status

    def _visit_mode(self, location: Span, parts: list[Participant]) -> str | None:
        """A meeting held in one party's country is a visit; in nobody's, a third-party meeting."""
        countries = [self._country(p.actor_id) for p in parts if p.actor_id]
        loc_country = place_countries().get(location.text.lower())
        if loc_country is None:
            loc_country = self._country(self.resolve(self.doc, location.start, location.end))
        known = {c for c in countries if c}
        if not loc_country or not known:
            return None
        if loc_country in known:
            return "visit" if len(known) > 1 else None
        return "third-party" if len(known) > 1 else "visit"

    def _country(self, actor_id: str | None) -> str | None:
        if not actor_id:
            return None
        actor = self.actors.get(actor_id)
        if actor is not None and actor.country:
            return actor.country
        if ":" in actor_id and len(actor_id.split(":", 1)[1]) == 3 and actor_id.split(":", 1)[1].isupper():
            return actor_id.split(":", 1)[1]
        return None

    def _statement(self, start: int) -> str | None:
        """The speech or writing statement whose content holds the trigger: the event is its speaker's
        claim. What someone believes, intends or perceives ("Kyiv's troops seek to isolate units that have
        advanced") is no claim of an event (docs/annotation.md)."""
        for st in self.statements:
            if st.statement_class not in CLAIMING_CLASSES:
                continue
            if any(c.start <= start < c.end for c in st.content):
                return st.id
        return None


register_extensions()


@Language.factory(
    "newsledger_events",
    default_config={"use_model": True, "patterns_path": None, "plover_path": None},
    requires=["token.dep", "token.lemma", "token.tag", "doc.ents", "doc._.statements", "doc._.actors"],
    assigns=["doc._.events", "doc._.event_actors"],
)
def make_component(
    nlp: Language, name: str, use_model: bool, patterns_path: str | None, plover_path: str | None
) -> EventsComponent:
    """`use_model`: let the learned PLOVER classifier settle ambiguous trigger words; `patterns_path`: a
    trigger lexicon of your own (format of `data/event_patterns.json`); `plover_path`: PLOVER weights
    as `newsledger train plover` writes them. Both default to the packaged files."""
    return EventsComponent(nlp, name, use_model, patterns_path, plover_path)
