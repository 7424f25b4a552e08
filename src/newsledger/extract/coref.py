"""Within-article resolution: surnames, role nouns and pronouns to the actor they mean.

Only the doc's own mentions are compared (no doc-wide rescans): a surname takes the nearest full name that
ends in it (else the gazetteer's holder of that surname); a role noun ("the Russian Defense Minister", "his
British counterpart") takes the nearest person whose office and country fit, looking back first, then
ahead (headlines and ledes name the role before the person), then the gazetteer's holder on the article's
date; a pronoun takes the best-scored agreeing candidate of the last few sentences, where subjects and the
speakers of earlier statements score higher; "I"/"we" inside a quotation is the quotation's speaker.
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from ..gazetteer import Entry, Gazetteer, slug
from ..layout import QUOTE_MARKS, Furniture, quotations
from ..lexicon.events import country_names, place_countries
from ..model import Actor, Role, Statement
from . import doc_text, opens_fronted
from .mentions import SUBJECT_DEPS, Found, MentionFinder

NON_PERSON = {
    "government",
    "state",
    "military",
    "organisation",
    "international_organisation",
    "media",
    "armed_group",
}
PLURAL_TYPES = NON_PERSON | {"population"}
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_THIS_YEAR = datetime.date.today().year
PRONOUN_WINDOW = 3  # sentences back a pronoun may look
# links from a noun up through its phrase to the clause's verb ("on its cities and infrastructure")
_PHRASE_LINKS = ("pobj", "prep", "dobj", "nmod", "conj", "compound")
_OFFICE_NOUNS = ("ministry", "department")  # a ministry is matched by its office, not by its noun
_SAYING = frozenset({"say", "tell", "state", "add", "warn", "claim"})  # "reported X as saying"
ROLE_WINDOW = 4  # sentences back a bare role noun ("the official") may look


def _is_punct(char: str) -> bool:
    return unicodedata.category(char).startswith("P")


def _one_edit(a: str, b: str) -> bool:
    """Whether `b` is `a` with one letter left out, added or changed (both at least four letters)."""
    if min(len(a), len(b)) < 4 or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def _key(text: str) -> str:
    """A surname as a lookup key: curly apostrophes straightened, possessive dropped."""
    text = text.replace("’", "'")
    return text[:-2] if text.endswith("'s") else text


ID_PREFIX = {
    "person": "person",
    "organisation": "org",
    "media": "media",
    "population": "group",
    "armed_group": "group",
    "government": "org",
    "location": "place",
}


class Resolver:
    """Resolves one doc's `Found` mentions in place and builds its actors."""

    def __init__(
        self,
        doc: Doc,
        gaz: Gazetteer,
        finder: MentionFinder,
        found: list[Found],
        statements: list[Statement],
        date: str | None,
        furniture: Furniture | None = None,
    ) -> None:
        self.doc, self.gaz, self.finder, self.found = doc, gaz, finder, found
        self.furniture = furniture  # page furniture: no mention is found inside it
        self.statements = statements
        self.date = date
        self._era: str | None = None
        self._title_place_cache: dict[tuple[int, int], set[str]] = {}
        self._contents_cache: dict[int, list[tuple[int, int]]] = {}
        self._by_end: dict[int, list[Found]] | None = None
        self.actors: dict[str, Actor] = {}
        self.gender: dict[str, str] = {}
        self.offices: dict[str, set[str]] = defaultdict(set)  # offices seen in this doc's titles
        self.countries: dict[str, set[str]] = defaultdict(set)
        self.parties: dict[str, str] = {}
        self.count: Counter[str] = Counter()
        starts = [s.start for s in doc.sents] if doc.has_annotation("SENT_START") else [0]
        self.sent_starts = starts
        self.source_tokens: set[int] = set()
        for st in statements:
            if st.source:
                span = doc.char_span(st.source.start, st.source.end, alignment_mode="expand")
                if span is not None:
                    self.source_tokens.update(range(span.start, span.end))
        self._speaking: set[str] = set()
        self._source_of: Statement | None = None  # the statement whose source is being resolved
        self._added: list[Found] = []  # names first read as sources (`_add_name`)
        self._lone: dict[int, Found] = {}  # unknown lone names left without an actor, by token
        self._token_starts: list[int] | None = None
        self.text = doc_text(doc)  # Doc.text is rebuilt from the tokens on every access
        self.by_last: dict[str, list[tuple[int, str]]] = {}
        self.recent: dict[str, list[tuple[int, str]]] = {}  # surnames resolved so far, in text order
        self.found_starts = [g.start for g in found]
        self.quotes = quotations(doc)  # the layout's, in text order and not overlapping
        self.quote_starts = [q[0] for q in self.quotes]
        self.quote_ends = [q[1] for q in self.quotes]
        # "they", "them", ...: the lexicon's plural pronouns that are not the speaker's own.
        self._third_plural = {
            w for w, info in finder.pronouns.items() if info.get("number") == "pl" and not info.get("speaker")
        }

    # -- small helpers ---------------------------------------------------------------------------------
    def sent(self, i: int) -> int:
        return bisect_right(self.sent_starts, i) - 1

    def ensure(self, actor_id: str, *, name: str | None = None, atype: str | None = None) -> Actor:
        actor = self.actors.get(actor_id)
        if actor is None:
            known = self.gaz.actor(actor_id)
            if known is not None:
                actor = known.model_copy(deep=True)
            else:
                name = name or self._ministry_name(actor_id) or actor_id.split(":", 1)[-1]
                actor = Actor(id=actor_id, name=name, type=atype or "organisation")
            self.actors[actor_id] = actor
            if actor_id in self.gaz.gender:
                self.gender[actor_id] = self.gaz.gender[actor_id]
        return actor

    def _ministry_name(self, actor_id: str) -> str | None:
        """A readable name for a country's ministry the gazetteer does not list ("org:chn-foreign-ministry":
        "Foreign Ministry of China"), not its id."""
        iso, _, rest = actor_id.removeprefix("org:").partition("-")
        if len(iso) != 3 or not rest.endswith("-ministry") or f"state:{iso.upper()}" not in self.gaz.actors:
            return None
        office = rest.removesuffix("-ministry").replace("-", " ")
        return f"{office.capitalize()} Ministry of {self.gaz.country_name(iso.upper())}"

    def atype(self, actor_id: str | None) -> str | None:
        actor = self.actors.get(actor_id or "")
        return actor.type if actor else None

    def _link(self, f: Found, actor_id: str | None) -> None:
        f.actor = actor_id
        if actor_id:
            self.count[actor_id] += 1

    # -- the passes ------------------------------------------------------------------------------------
    def run(self) -> None:
        for f in self.found:
            if f.kind == "name" and f.atype == "person" and not f.actor and self._particle(f):
                f.kind = "surname"  # "Van Susteren": read as the surname of someone named in full
                f.entries = self._gaz_surname(_key(self.doc[f.end - 1].text))
        for f in self.found:
            if f.kind in ("surname", "role", "pronoun") or f.location:
                continue
            if f.actor:
                if f.entries:  # a seat shared by several bodies: the one the doc names
                    named = {g.actor for g in self.found if g.actor}
                    f.actor = next((e.ref for e in f.entries if e.ref in named), f.actor)
                self.ensure(f.actor, name=f.name)  # a name for ids the gazetteer lacks ("org:europe")
            elif f.name and f.atype and f.atype != "location":
                f.actor = self._unknown(f)
            if f.actor:
                self.count[f.actor] += 1
                if f.gender and self.atype(f.actor) == "person":
                    self.gender.setdefault(f.actor, f.gender)
        self._short_names()
        self._surnames()
        self._org_surnames()
        self._titles()
        self.found_starts = [g.start for g in self.found]
        for f in self.found:
            if f.kind == "role":
                self._source_of = self._sourced_by(f)
                if f.atype == "person":
                    self._link(f, self.resolve_role(f))
                elif (member := self._member_of(f)) is not None:
                    self._link(f, member or None)  # "the diplomats in the Russian foreign ministry"
                else:  # a named body no earlier mention settles is one of its own, unless it is only a
                    # ministry's office ("the Defense Ministry"): every state has one, so no actor rather
                    # than one actor for all of them. A "Department of Justice" is the US one by its name.
                    words = {t.lower_ for t in self.doc[f.start : f.end]}
                    office_only = bool(f.office) and "ministry" in words and "department" not in words
                    unknown = self._unknown(f) if f.name and not office_only else None
                    self._link(f, self.resolve_body(f) or unknown)
        for f in self.found:
            if f.kind == "pronoun":
                self._source_of = self._sourced_by(f)
                self._link(f, self.resolve_pronoun(f))
                self._learn_gender(f)
        self._source_of = None

    def _names_a_body(self, g: Found) -> bool:
        """Whether a person's name only modifies a body noun ("the Biden administration", "Trump
        officials"): the person is not there to be "the official" or "the president" later."""
        tok = self.doc[g.root]
        head = tok.head
        return (
            g.kind in ("name", "surname")
            and tok.dep_ == "compound"
            and head.i == g.end
            and bool({head.lower_, head.lemma_.lower()} & set(self.finder.leader_body_nouns))
        )

    def _leader_body(self, g: Found) -> str | None:
        """ "the Biden administration", "Trump officials", "the Putin regime": a person's name that only
        modifies a body noun names that person's country's body there (docs/annotation.md); the name
        stays a mention of the person, but a later "the administration" is the body."""
        head = self.doc[g.root].head
        if not g.actor or not self._names_a_body(g) or self.atype(g.actor) != "person":
            return None
        country = self.actors[g.actor].country if g.actor in self.actors else None
        kind = self.finder.body_nouns.get(head.lower_) or self.finder.body_nouns.get(head.lemma_.lower())
        if not country or kind not in ("government", "military"):
            return None
        return self.ensure(f"{'gov' if kind == 'government' else 'mil'}:{country}").id

    def _short_names(self) -> None:
        """ "the Post" after "The Washington Post", "Wells" after "Wells Fargo": a one-word form is the
        outlet or organisation named in full before it whose name ends (an outlet) or opens with that word,
        not another body of that short name nor a new one. A known organisation's own name stays itself
        ("NATO" after "the NATO Parliamentary Assembly")."""
        named: list[str] = []
        for f in self.found:
            actor = self.actors.get(f.actor or "")
            if actor is None or actor.type not in ("media", "organisation", "government"):
                continue
            words = [t.text for t in self.doc[f.start : f.end] if t.lower_ != "the"]
            if len(words) == 1 and actor.type != "government" and (actor.type == "media" or not actor.known):
                fuller = {a for a in named if a != f.actor and self._shortens(words[0], self.actors[a])}
                if len(fuller) == 1:
                    self.count[f.actor] -= 1
                    self._link(f, fuller.pop())
                    continue
            if len(actor.name.split()) > 1 and actor.id not in named:
                named.append(actor.id)

    @staticmethod
    def _shortens(word: str, actor: Actor) -> bool:
        name = [w for w in actor.name.split() if w.lower() != "the"]
        if actor.type == "media":
            return name[-1] == word
        if len(name) == 2 and name[1] == word and country_names().get(name[0].lower()):
            return True  # "Treasury Secretary Janet Yellen" after "the US Treasury": the country's body
        return actor.type == "organisation" and len(name) > 1 and name[0] == word

    def _sourced_by(self, f: Found) -> Statement | None:
        """The statement whose source `f` heads, if any (its own content then names no candidate)."""
        if f.root not in self.source_tokens:
            return None
        char = self.doc[f.root].idx
        for st in self.statements:
            if st.source and st.source.start <= char < st.source.end:
                return st
        return None

    def _unknown(self, f: Found) -> str:
        """An actor for a name the gazetteer lacks, unless it is a known name with a middle initial."""
        name = f.name or ""
        if f.atype == "person":
            bare = re.sub(r"\s+[A-Z]\.(?=\s)", "", name)  # "John F. Kerry" -> "John Kerry"
            known = [e.ref for e in self.gaz.phrases.get(bare, ()) if e.kind == "person"]
            spelt = self.gaz.people_spelt(bare)  # "Vladimir Soloviev" is the gazetteer's Solovyov
            known = known or self._misspelt(bare) or (spelt if len(spelt) == 1 else [])
            if known:
                self.ensure(known[0])
                self._alias(known[0], name)
                return known[0]
            named = self._named_here(name)
            if named:  # "Anna Lindqvist" after "Anna K. Lindqvist": one person, however spelt
                self._alias(named, name)
                return named
        bare = re.sub(r"\s+[A-Z]\.(?=\s)", "", name) if f.atype == "person" else name
        # the id leaves middle initials out, so one person is one id in articles that spell the initial
        # and in those that do not ("Anna K. Lindqvist" and "Anna Lindqvist": person:anna-lindqvist)
        actor_id = f"{ID_PREFIX.get(f.atype or '', 'org')}:{slug(bare)}"
        self.ensure(actor_id, name=name, atype=f.atype)
        if bare != name:
            self._alias(actor_id, bare)
        return actor_id

    def _named_here(self, name: str) -> str | None:
        """The one person of this article not in the gazetteer whose name or alias this full name
        spells another way (a middle initial, a transliteration)."""
        key = self.gaz.name_key(name)
        if " " not in key:
            return None
        same = {
            a.id
            for a in self.actors.values()
            if a.type == "person"
            and not a.known
            and any(self.gaz.name_key(n) == key for n in (a.name, *a.aliases))
        }
        return same.pop() if len(same) == 1 else None

    def _misspelt(self, name: str) -> list[str]:
        """The gazetteer person whose surname this name ends in and whose given name it misspells by one
        letter ("Emanuel Macron" -> Emmanuel Macron), or whose given name it has and whose surname it
        misspells ("Josep Borell"): one actor per person, whatever the spelling."""
        words = name.split()
        if len(words) < 2:
            return []
        given = words[0]
        out = []
        for e in self._gaz_surname(_key(words[-1])):
            full = (self.gaz.actor(e.ref).name if self.gaz.actor(e.ref) else "").split()
            if len(full) >= 2 and full[0] != given and _one_edit(full[0].lower(), given.lower()):
                out.append(e.ref)
        if not out and len(words) == 2 and len(words[1]) >= 5:
            # "Josep Borell": the given name right and the surname one letter off
            for ref, surname in self.gaz.surname.items():
                full = (self.gaz.actor(ref).name if self.gaz.actor(ref) else "").split()
                if full[:1] == [given] and _one_edit(surname.lower(), words[1].lower()):
                    out.append(ref)
        return out if len(out) == 1 else []

    def _alias(self, actor_id: str, text: str) -> None:
        actor = self.actors[actor_id]
        if text != actor.name and text not in actor.aliases:
            actor.aliases.append(text)

    def _surnames(self) -> None:
        """Surnames to the person they name in this article (then the gazetteer, then a new person)."""
        by_last: dict[str, list[tuple[int, str]]] = defaultdict(list)
        # "Li Hui ... Li's visit": a two-word name that opens with no known given name may put the family
        # name first; its first word names the person when no name here ends in it
        by_first: dict[str, list[tuple[int, str]]] = defaultdict(list)
        for f in self.found:
            if f.kind == "name" and f.actor and self.atype(f.actor) == "person" and f.end - f.start > 1:
                words = self.doc[f.start : f.end].text.split()
                keys = {_key(words[-1]), _key(self.gaz.surname.get(f.actor, ""))}
                for key in keys - {""}:
                    by_last[key].append((f.start, f.actor))
                if len(words) == 2 and words[0] not in self.gaz.given_names:
                    by_first[_key(words[0])].append((f.start, f.actor))
        self.by_last = by_last
        self._more_surnames(by_last)
        for f in self.found:
            if f.kind != "surname":
                continue
            text = self.doc[f.start : f.end].text
            key = _key(self.doc[f.end - 1].text if self._particle(f) else text)
            pick = self._surname_pick(by_last, key, f)
            if pick is None and key not in by_last:
                pick = self._surname_pick(by_first, key, f)
            if pick is None:
                known = [e.ref for e in f.entries if self._gender_ok(e.ref, f.gender, gaz=True)]
                dated = [k for k in known if self._in_office(k)]
                pick = (dated or known or [None])[0]
            if pick is None and f.end - f.start == 1 and len(text) >= 5:
                pick = self._misspelt_surname(text)  # "Borell said" after "Josep Borrell", "Soloviev"
            if pick is None:
                pick = self._family_member(f) or self._first_name(f)
            if pick is None:
                if not self._named_person(f):
                    f.actor = None  # "Manuel", "Easter", "Simplistic": one capitalised word is no one yet
                    self._lone[f.root] = f  # unless it is later read as a speaker (`_adhoc`)
                    continue
                pick = f"person:{slug(text)}"
                self.ensure(pick, name=text, atype="person")
            else:
                self.ensure(pick)
            if f.gender and pick not in self.gaz.gender:
                self.gender.setdefault(pick, f.gender)
            self._link(f, pick)
            f.atype = "person"
            self.recent.setdefault(key, []).append((f.start, pick))

    def _org_surnames(self) -> None:
        """ "Senator Whitlow's campaign ... Whitlow said", NER calling the second "Whitlow" an ORG: an
        organisation of up to three words the gazetteer does not know is the one person named before it
        whose name ends in those words, not a new body; a sentence's capital does not count ("Ursula von
        der Leyen ... Von der Leyen noted")."""
        for f in self.found:
            actor = self.actors.get(f.actor or "")
            if f.kind != "name" or f.end - f.start > 3 or actor is None or actor.known:
                continue
            if actor.type != "organisation":
                continue
            words = self.doc[f.start : f.end].text.lower()
            people = {
                g.actor
                for g in self.found
                if g.end <= f.start
                and g.actor
                and self.atype(g.actor) == "person"
                and f" {self.doc[g.start : g.end].text.lower()}".endswith(f" {words}")
            }
            if len(people) == 1:
                self.count[f.actor] -= 1
                self._link(f, people.pop())
                f.atype = "person"

    def _first_name(self, f: Found) -> str | None:
        """ "our comrade Bogdan Syrotiuk ... frame Bogdan": a lone word that is the given name of exactly
        one person named in full before it is that person (one id across name forms)."""
        if f.end - f.start != 1:
            return None
        word = self.doc[f.start].text
        people = {
            g.actor
            for g in self.found
            if g.end <= f.start
            and g.kind == "name"
            and g.end - g.start > 1
            and g.actor
            and self.atype(g.actor) == "person"
            and self.doc[g.start].text == word
        }
        return people.pop() if len(people) == 1 else None

    def _particle(self, f: Found) -> bool:
        """A name of two or more words that opens with a surname particle ("van der Leyen")."""
        return f.end - f.start > 1 and self.doc[f.start].lower_ in self.finder.surname_particles

    def _family_member(self, f: Found) -> str | None:
        """ "Konstantin Ivanov's son Dmitry": a given name beside a kin noun whose owner is a person named
        in full takes the owner's surname (one id per person across name forms)."""
        root = self.doc[f.root]
        if f.end - f.start != 1 or root.text not in self.gaz.given_names:
            return None
        kin = root.head if root.dep_ == "appos" else None
        if kin is None or kin.lower_ not in self.finder.family_nouns or kin.i > root.i:
            return None
        owner = next((c for c in kin.lefts if c.dep_ == "poss"), None)
        g = next((g for g in self.found if owner is not None and g.start <= owner.i < g.end), None)
        if g is None or not g.actor or self.atype(g.actor) != "person":
            return None
        full = self.actors[g.actor].name.split()
        if len(full) < 2:
            return None
        name = f"{root.text} {full[-1]}"
        actor_id = f"person:{slug(name)}"
        self.ensure(actor_id, name=name, atype="person")
        return actor_id

    def _named_person(self, f: Found) -> bool:
        """Whether a lone unknown name is a person's: the source of a statement, or given a title,
        honorific or role apposition ("MEP Smith", "Mr. Smith", "Smith, the spokesman")."""
        if any(i in self.source_tokens for i in range(f.start, f.end)):
            return True
        if f.gender is not None or f.title:
            return True
        root = self.doc[f.root]
        if f.start > 0 and self._title_word(self.doc[f.start - 1]):
            return True
        return any(c.dep_ == "appos" and c.lower_ in self.finder.role_nouns for c in root.rights)

    def _title_word(self, tok) -> bool:
        """A title right before a name: a role noun or honorific, or a capitalised word of an office
        ("Foreign Minister", "MEP"); not "of" or "state" from inside an office's name."""
        low = tok.lower_
        if low in self.finder.role_nouns or low in self.finder.honorifics:
            return True
        return tok.text[:1].isupper() and low in self.finder.title_words

    def _surname_pick(self, by_last: dict, key: str, f: Found) -> str | None:
        """The nearest full name if it is close, else the article's first-named holder of the surname
        (a bare "Clinton" in a story about Hillary Clinton is her, even after "Bill Clinton" once)."""
        cands = [(pos, a) for pos, a in by_last.get(key, ()) if self._gender_ok(a, f.gender)]
        before = sorted(c for c in cands if c[0] < f.start)
        chain = [
            (pos, a) for pos, a in self.recent.get(key, ()) if pos < f.start and self._gender_ok(a, f.gender)
        ]
        if before:
            last_pos, last = max([before[-1], *chain[-1:]])
            if self.sent(f.start) - self.sent(last_pos) <= 1 or self._same_paragraph(last_pos, f.start):
                return last
            return before[0][1]
        after = sorted(c for c in cands if c[0] >= f.end)
        known = [a for _, a in after if a in self.gaz.actors]
        return (known or [a for _, a in after] or [None])[0]

    def _same_paragraph(self, i: int, j: int) -> bool:
        return "\n" not in self.text[self.doc[i].idx : self.doc[j].idx]

    def _more_surnames(self, by_last: dict) -> None:
        """Proper nouns that repeat a surname named in full elsewhere but that NER missed or mistyped
        ("Stumpf said", "DuVernay" as ORG, "PENCE:" in a transcript)."""
        covered: dict[int, Found] = {}
        for f in self.found:
            for i in range(f.start, f.end):
                covered[i] = f
        added = []
        # surnames named in full, spelt to meet their transliterations ("Vorobiev" for "Vorobyov")
        spelt = {self.gaz.name_key(key): key for key in by_last if len(key) >= 5}
        for tok in self.doc:
            # the tagger reads a foreign surname opening a sentence as a common noun ("Timmermans said"):
            # a capitalised noun counts when it repeats a surname named in full in this article
            noun = tok.pos_ == "NOUN" and tok.is_title and _key(tok.text) in by_last
            if tok.pos_ != "PROPN" and not tok.text.isupper() and not noun:
                continue
            if self.furniture and self.furniture.overlaps(tok.idx, tok.idx + len(tok)):
                continue  # a caption's "Pavel Ivanov, 52, was found dead" names no one in the report
            if tok.ent_type_ in ("DATE", "TIME"):
                continue  # "the talks end in May" beside "Theresa May": a month, not her surname
            key = _key(tok.text if not tok.text.isupper() or len(tok) < 3 else tok.text.title())
            if key not in by_last and len(key) >= 5 and tok.is_title:
                key = spelt.get(self.gaz.name_key(key), key)
            if key not in by_last and not (tok.text.isupper() and len(tok) > 2 and self._gaz_surname(key)):
                continue
            f = covered.get(tok.i)
            if f is None:
                added.append(
                    Found(
                        tok.i, tok.i + 1, "surname", ner=tok.ent_type_ or None, entries=self._gaz_surname(key)
                    )
                )
            elif (
                (f.end - f.start == 1 or f.end - f.start == 2 and self._particle(f) and f.end == tok.i + 1)
                and f.kind in ("name", "other")
                and not (f.actor and self.gaz.actor(f.actor))
            ):
                f.kind, f.location, f.actor, f.atype = "surname", False, None, "person"
                f.entries = self._gaz_surname(key)
        if added:
            self.found.extend(added)
            self.found.sort(key=lambda g: g.start)

    def _gaz_surname(self, key: str) -> list[Entry]:
        return [e for e in self.gaz.phrases.get(key, ()) if e.kind == "surname"]

    def _learn_gender(self, f: Found) -> None:
        """ "he" resolved to a person of unknown gender tells us the gender."""
        if f.actor and f.gender in ("m", "f") and self.atype(f.actor) == "person":
            self.gender.setdefault(f.actor, f.gender)

    def _in_office(self, person_id: str) -> bool:
        for _, _, start, end in self.gaz.offices.get(person_id, ()):
            if self.date is None or ((not start or start <= self.date) and (not end or end >= self.date)):
                return True
        return False

    def _gender_ok(self, actor_id: str, gender: str | None, gaz: bool = False) -> bool:
        if gender not in ("m", "f"):
            return True
        have = self.gaz.gender.get(actor_id) if gaz else self.gender.get(actor_id)
        return have in (None, gender)

    def _titles(self) -> None:
        for f in self.found:
            if not f.actor or self.atype(f.actor) != "person":
                continue
            actor = self.actors[f.actor]
            if f.office:
                self.offices[f.actor].add(f.office)
            if f.party:
                self.parties.setdefault(f.actor, f.party)
            if f.country:
                self.countries[f.actor].add(f.country)
                if not actor.known and actor.country is None:
                    actor.country = f.country
            if (
                f.title
                and not actor.known
                and not f.counterpart
                and not any(r.title == f.title for r in actor.roles)
            ):
                actor.roles.append(Role(title=f.title, country=f.country))

    # -- role nouns ------------------------------------------------------------------------------------
    def _fits(self, actor_id: str, f: Found, *, office: bool = True) -> bool:
        actor = self.actors.get(actor_id)
        if actor is None or actor.type != "person":
            return False
        if (
            f.country
            and ":" not in f.country
            and actor.country != f.country
            and (f.country not in self.countries[actor_id])
        ):
            return False
        if not self._gender_ok(actor_id, f.gender):
            return False
        if self.doc[f.root].lower_ in self.finder.private_roles and self._in_office(actor_id):
            return False  # "the renowned banker" is not the president in office (a candidate may be one)
        if self.doc[f.root].lower_ in self.finder.public_roles and self._described_private(actor_id, f):
            return False  # "the senior official" is not the man the article called "the billionaire"
        party = self.parties.get(actor_id) or self.gaz.party.get(actor_id)
        if f.party and party != f.party and (party or office):
            return False  # the first, strict pass wants the party known; the second allows it unknown
        if office and f.office:
            where = f.where or f.country
            date = None if f.former else self.date
            return f.office in self.offices[actor_id] or self.gaz.holds(actor_id, f.office, where, date)
        # "the Prime Minister said after meeting President Zelensky": not Zelensky
        return not (f.office and self._other_offices_only(actor_id, f.office))

    def _places_in(self, tokens) -> set[str]:
        """Names of places (not countries) among `tokens`: "Kyiv" of "Kyiv regional governor"."""
        units = ("region", "oblast", "province", "city", "district", "governor", "mayor", "administration")
        return {
            self.gaz.place_variants.get(t.text, t.text)  # "Kiev" and "Kyiv" are one place
            for t in tokens
            if t.text[:1].isupper()
            and t.is_alpha  # not an abbreviation ("R-Fla.") that may name the place spelt out elsewhere
            and not {"country", "adjective", "demonym"} & set(self.finder._kinds(t.text))
            and (
                t.ent_type_ in ("GPE", "LOC")
                or t.text in self.gaz.place_variants
                # "the governor of the northern region of Eastwick", whatever NER called the name
                or (t.pos_, t.dep_, t.head.lower_) == ("PROPN", "pobj", "of") and t.head.head.lower_ in units
            )
        }

    def _role_places(self, f: Found) -> set[str]:
        """The places a role's own phrase names: "the governor of the northern region of Eastwick"."""
        return self._places_in(self.doc[f.root].subtree)

    def _other_place(self, actor_id: str | None, f: Found) -> bool:
        """Whether the person the article titled for one place ("Jan Nowak, Kyiv regional governor")
        is offered for the same role of another place ("the governor of the Mykolaiv region"): no."""
        wanted = self._role_places(f) if f.office else set()
        if not wanted or not actor_id:
            return False
        theirs: set[str] = set()
        for g in self.found:
            if g.actor != actor_id or g is f or g.kind not in ("name", "surname", "role"):
                continue
            if g.kind != "role":
                theirs |= self._title_places(g)
            elif g.actor:
                theirs |= self._role_places(g)
        return bool(theirs) and not theirs & wanted

    def _title_places(self, g: Found) -> set[str]:
        """The places a name's title words and apposition name ("Jan Nowak, Kyiv regional governor")."""
        key = (g.start, g.end)
        if key not in self._title_place_cache:
            root = self.doc[g.root]
            titled = [t for c in root.children if c.dep_ == "appos" for t in c.subtree]
            titled += [t for t in root.lefts if t.dep_ in ("compound", "amod", "nmod") and t.i < g.start]
            self._title_place_cache[key] = self._places_in(titled)
        return self._title_place_cache[key]

    def _titled_here(self, g: Found, f: Found) -> bool:
        """ "the governor of Russia's Krasnodar region said ... Governor Jan Nowak said": someone the
        gazetteer does not know, whom the article titles with the role's office and gives no country, fits
        a role with a country when named in the next sentence (the lede names the role first)."""
        actor_id = g.actor or ""
        actor = self.actors.get(actor_id)
        return (
            actor is not None
            and self.gaz.actor(actor_id) is None
            and 0 <= self.sent(g.start) - self.sent(f.start) <= 1
            and actor.type == "person"
            and actor.country is None
            and not self.countries[actor_id]
            and bool(f.office)
            and f.office in self.offices[actor_id]
            and self._fits(actor_id, replace(f, country=None), office=True)
        )

    def _other_offices_only(self, actor_id: str, office: str) -> bool:
        """Whether this article titles the person only by another office of government that one person
        does not hold with this one (lexicon single_holder_offices): even the loose fit of a role noun,
        which lets a person of unknown office be "the minister", never makes the man it calls "President
        Zelensky" the prime minister. A senator may be "the nominee", so other offices never exclude;
        nor do the gazetteer's offices, as an office-holder's other roles go unlisted there."""
        single = self.gaz.lexicon.get("single_holder_offices", ())
        known = self.offices[actor_id]
        return office in single and bool(known) and all(k in single and k != office for k in known)

    def _described_private(self, actor_id: str, f: Found) -> bool:
        """Whether the article described this person, before `f`, by a private role ("the billionaire")."""
        return any(
            g.actor == actor_id and g.kind == "role" and self.doc[g.root].lower_ in self.finder.private_roles
            for g in self.found
            if g.end <= f.start
        )

    def _party(self, actor_id: str) -> str | None:
        return self.parties.get(actor_id) or self.gaz.party.get(actor_id)

    def resolve_role(self, f: Found) -> str | None:
        """ "the minister": the nearest fitting person before, else after, else the gazetteer's holder;
        "an expert" brings in someone new: only a person first named right after."""
        if self._indefinite(self.doc[f.root], f):
            return self._introduced_after(f) or self._described_again(f)
        k = bisect_left(self.found_starts, f.end)  # the mention right after the role, if any
        titled = self.found[k] if k < len(self.found) and self.found[k].start == f.end else None
        if titled is not None and titled.kind == "name" and self.atype(titled.actor) == "person":
            return titled.actor  # "Medinsky and Deputy Foreign Minister Mikhail Galuzin": the title's name
        again = self._role_again(f)
        if again is not None:
            return again[0]
        unnamed = self._unnamed_before(f)
        if unnamed is not None:
            return unnamed or None
        holder = self._holder_after_place(f.root, self.doc[f.root].right_edge.i + 1)
        if holder is not None:  # "The Governor of the Eastwick Region Vyacheslav Petrenko"
            return holder
        owner = self._owner(f)
        # "Scholz's spokesman", "his chief of staff": someone of theirs, never the nearest other person
        # named before ("Scholz met Macron. Scholz's spokesman said": not Macron); only one named with the
        # role ("his spokesman, Steffen Hebestreit"). Kin, allies and counterparts may be named before.
        owned = (
            owner is not None
            and self.atype(owner) == "person"
            and f.atype == "person"
            and not f.counterpart  # "his counterpart": the other party, named before
            and self.doc[f.root].lower_ not in self.finder.family_nouns
            and self.doc[f.root].lemma_.lower() not in self.finder.relation_nouns
        )
        named = [
            g
            for g in self.found
            if g.actor
            and g.kind in ("name", "surname")
            and g is not f
            and g.actor != owner
            and not self._in_own_content(g)
            and not self._co_argument(g, f)
            and not self._in_role_phrase(g, f)
            and not self._host(g)
            and not self._counterpart_of(g, f)
            and not (f.office is None and self._names_a_body(g))  # "the president" may lead it
            and not (f.office is None and f.root in self.source_tokens and self._reported_on(g))
            and not (f.root not in self.source_tokens and self._reports(g, f))
            and not self._other_place(g.actor, f)
        ]
        here = self.sent(f.start)
        specific = bool(f.office or f.country)
        # "the deputy foreign minister" is not the foreign minister: no office fit, no gazetteer holder
        deputy = any(t.lower_ in self.finder.deputy_words for t in self.doc[f.start : f.end])
        for strict in (True, False) if (f.office or f.party) and not deputy else (False,):
            before = [g for g in named if g.end <= f.start and self._fits(g.actor, f, office=strict)]
            before = [] if owned else before
            if not strict or not specific:
                before = [g for g in before if here - self.sent(g.start) <= ROLE_WINDOW]
            if not strict and f.party:  # "the Democratic nominee": someone known to be a Democrat first
                before = [g for g in before if self._party(g.actor) == f.party] or before
            if before:
                # "Lavrov met his Turkish counterpart Hakan Fidan. The minister said": the one "his" means
                before = [g for g in before if not self._counterpart(g)] or before
                best = max(before, key=lambda g: (self._subject(g) and self.sent(g.start) == here, g.start))
                if not strict and self._coordinated_other(best, before):
                    titled = self._titled_with(f, before)
                    if titled is not None:  # "Foreign Minister Kuleba and Foreign Secretary Cleverly ...
                        return titled  # the minister said": the one whose title has the noun
                    return None  # "Whitlow and Ames are running. The candidate said": either of them
                return best.actor
            after = [
                g
                for g in named
                if g.start >= f.end
                and (self._fits(g.actor, f, office=strict) or strict and self._titled_here(g, f))
            ]
            # a loose fit named later is the role only in its own sentence or in the headline and lede,
            # which name the role before the person; in the body the next sentence is often someone else
            lede = here <= 2 and self.sent(after[0].start) - here <= 1 if after else False
            if after and (strict and specific or self.sent(after[0].start) == here or lede):
                return after[0].actor
            many = f.office in self.gaz.lexicon.get("many_holder_offices", ())
            if strict and f.office and (f.where or f.country and not many):
                # "the Russian president", "the FBI director" have one holder; "the Russian ambassador"
                # has a hundred, so the gazetteer's one listed ambassador (to the UN) is no answer for it
                when = self.date or self.era()
                holders = self.gaz.holders(f.office, f.where or f.country, when)
                holders = [h for h in holders if self._gender_ok(h, f.gender, gaz=True)]
                holders = self._titled_holders(f, holders) if len(holders) > 1 else holders
                if len(holders) == 1 or (holders and when):
                    self.ensure(holders[0])
                    return holders[0]
        return self._speaker_described(f)

    def _titled_holders(self, f: Found, holders: list[str]) -> list[str]:
        """Holders of one office at one time ("the Russian foreign ministry spokesperson": Zakharova, not
        Peskov; "the Russian President's Press Secretary": Peskov): those whose listed title shares the
        most words with the role phrase, not counting the office's own words or country words; all of them
        when no title shares a word."""
        phrases = self.gaz.office_phrases.items()
        office_words = {w for phrase, o in phrases if o == f.office for w in phrase.split()}
        words = {
            t.lemma_.lower()
            for t in self.doc[f.start : f.end]
            if t.is_alpha and not t.is_stop and self.finder.country_of(t) is None
        } - office_words

        def fit(holder: str) -> int:
            actor = self.gaz.actors.get(holder)
            titles = [r.title for r in actor.roles] if actor is not None else []
            fits = (len(words & {w.lower() for w in re.findall(r"[A-Za-z]+", t)}) for t in titles)
            return max(fits, default=0)

        scores = {h: fit(h) for h in holders}
        best = max(scores.values())
        return [h for h in holders if scores[h] == best] if best else holders

    def era(self) -> str | None:
        """An undated article's likely date, for the holder of an office it names by role only ("the
        Ukrainian president" in a text that names no president): mid-year of the year its dates name
        most often (the latest of equals), none later than this year; None when it names no year."""
        if self._era is None:
            years = Counter(
                int(y)
                for e in self.doc.ents
                if e.label_ == "DATE"
                for y in _YEAR.findall(e.text)
                if 1990 <= int(y) <= _THIS_YEAR
            )
            best = max(years.items(), key=lambda kv: (kv[1], kv[0]), default=None)
            self._era = f"{best[0]}-07-01" if best else ""
        return self._era or None

    def _speaker_described(self, f: Found) -> str | None:
        """ "Jan Nowak, a defence analyst, said ... he added ... The analyst also noted": a definite role
        noun as a source, with no one fitting named within the last sentences, is the nearest earlier
        speaker when the article gave that person this noun before (in a statement's source or a role
        mention) and nobody else has spoken since."""
        current = self._source_of
        head = self.doc[f.root]
        if current is None or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.lefts):
            return None
        earlier = self._earlier_speakers()
        if not earlier:
            return None
        st = earlier[-1]
        span = self.doc.char_span(st.source.start, st.source.end, alignment_mode="expand")
        if span is None or self.sent(f.start) - self.sent(span.start) > ROLE_WINDOW:
            return None
        speaker = st.speaker
        if self.atype(speaker) != "person" or not self._fits(speaker, f, office=False):
            return None
        if self._other_place(speaker, f):
            return None  # "Jan Nowak, Kyiv regional governor, said ... The governor of Mykolaiv said"
        lemma = head.lemma_.lower()
        for other in self.statements:
            if other.speaker != speaker or other.source is None or other.source.end > current.source.start:
                continue
            said = self.doc.char_span(other.source.start, other.source.end, alignment_mode="expand")
            if said is not None and any(t.lemma_.lower() == lemma and t.i != head.i for t in said):
                return speaker  # "Jan Nowak, a defence analyst, said"
        for g in self.found:
            if g.actor != speaker or g.end > f.start:
                continue
            for t in self.doc[max(g.start - 3, 0) : g.end]:
                # "Defence Minister Jan Nowak", "the analyst" read as him: a title the name carries
                if t.lemma_.lower() == lemma and (g.start <= t.i < g.end or g.start <= t.head.i < g.end):
                    return speaker
        return None

    def _role_again(self, f: Found) -> tuple[str | None] | None:
        """ "Putin met the envoy. The envoy said ...": a role noun repeated within a few sentences is the
        one read before, unresolved too when it was (never the other party of the first sentence).
        None when there is no such earlier mention."""
        here, word = self.sent(f.start), self.doc[f.root].lemma_.lower()
        for g in reversed(self.found):
            if g.start >= f.start or g.kind != "role" or here - self.sent(g.start) > ROLE_WINDOW:
                continue
            if self.doc[g.root].lemma_.lower() == word and g.atype == f.atype and g.office == f.office:
                if g.actor is None and g.root in self.source_tokens:
                    continue  # a source read before its pronoun speakers were: its statement may say who
                between = [
                    h for h in self.found
                    if g.end <= h.start < f.start and h.kind in ("name", "surname") and h.actor
                    and h.actor != g.actor and self._fits(h.actor, f)
                ]  # fmt: skip
                return None if between else (g.actor,)  # someone new named since may be the role now
        return None

    def _in_role_phrase(self, g: Found, f: Found) -> bool:
        """Whether `g` is named inside a prepositional phrase of the role `f` itself: "the lawyer for
        Ivan Petrov", "an aide to Kowalski", "the wife of the minister" are never Petrov, Kowalski or the
        minister. A name in apposition to the role ("the spokesman, Jan Nowak,") is not in such a phrase,
        nor one right after the body that ends the phrase ("Secretary General of Amnesty International
        Agnes Dupont": the holder's name after the full title, which the parser hangs on the body)."""
        tok, through_prep = self.doc[g.root], False
        if tok.dep_ == "appos" or tok.i <= f.root:
            return False
        before = self.doc[g.start - 1]
        if before.ent_type_ in ("ORG", "GPE", "NORP", "FAC") and self.doc[g.start].ent_iob_ == "B":
            return False
        if any(h.actor and self.atype(h.actor) != "person" for h in self._ending_at(g.start)):
            return False
        for _ in range(12):
            if tok.i == f.root:
                return through_prep
            if tok.head.i == tok.i:
                return False
            through_prep = through_prep or tok.dep_ == "prep"
            tok = tok.head
        return False

    def _titled_with(self, f: Found, fitting: list[Found]) -> str | None:
        """The one person among `fitting` whose title in this article holds the role's noun ("Foreign
        Minister Kuleba" for "the minister", beside "Foreign Secretary Cleverly"); None if not one."""
        noun = self.doc[f.root].lower_
        people = {g.actor for g in fitting if g.title and noun in g.title.lower().split()}
        return people.pop() if len(people) == 1 else None

    def _coordinated_other(self, best: Found, fitting: list[Found]) -> bool:
        """Whether another person who fits the role is coordinated with the one picked ("Senator Whitlow
        and Governor Ames") or is the other party of its verb ("Marchuk met Koval"): nothing in the text
        tells which of the two a role noun means."""
        a = self.doc[best.root]
        for g in fitting:
            if g.actor == best.actor:
                continue
            b = self.doc[g.root]
            if (a.dep_ == "conj" and a.head.i == b.i) or (b.dep_ == "conj" and b.head.i == a.i):
                return True
            args = ("nsubj", "dobj", "pobj")
            if a.dep_ in args and b.dep_ in args and self._verb_of(a) == self._verb_of(b):
                return True  # "Marchuk met Koval in Geneva. The diplomat said": either of the two
        return False

    @staticmethod
    def _verb_of(tok: Token) -> int:
        """The verb an argument belongs to, through a preposition ("met with Koval")."""
        if tok.dep_ == "pobj" and tok.head.dep_ == "prep":
            return tok.head.head.i
        return tok.head.i

    def _host(self, g: Found) -> bool:
        """Whether `g` is named as the host of a programme ("on Anderson Cooper's show", "in an interview
        with Jane Doe"): the interviewer, not the guest a role noun nearby describes (lexicon
        programme_nouns)."""
        nouns = self.gaz.lexicon.get("programme_nouns", ())
        tok = self.doc[g.root]
        if tok.dep_ == "poss":
            return tok.head.lemma_.lower() in nouns
        if tok.dep_ == "pobj" and tok.head.lower_ in ("with", "by", "to") and tok.head.head.i != tok.head.i:
            return tok.head.head.lemma_.lower() in nouns
        return False

    def _counterpart(self, g: Found) -> bool:
        """Whether `g` is named as someone's counterpart ("his Turkish counterpart Hakan Fidan"): the
        other side of whom "his" means, who is the more likely referent of a role noun both fit."""
        if g.start == 0 or self.doc[g.start - 1].lemma_.lower() != "counterpart":
            return False
        return any(t.lower_ in ("his", "her") for t in self.doc[max(g.start - 4, 0) : g.start - 1])

    def _counterpart_of(self, g: Found, f: Found) -> bool:
        """ "After talks with his Turkish counterpart Hakan Fidan, the top diplomat said": the subject `f`
        is the one "his" means in its own sentence, never the counterpart (though Fidan fits too)."""
        return (
            self._counterpart(g)
            and self.sent(g.start) == self.sent(f.start)
            and self.doc[f.root].dep_ in SUBJECT_DEPS
            and g.start < f.start
        )

    def _co_argument(self, g: Found, f: Found) -> bool:
        """Two arguments of one verb are two parties ("Putin met the envoy": the envoy is not Putin); so are
        two subjects the parser hangs on one verb with a comma between ("After meeting Rafael Grossi, the
        president said"; not "the spokeswoman for the group Olha Marchuk told", one long subject)."""
        a, b = self.doc[g.root], self.doc[f.root]
        args = ("nsubj", "nsubjpass", "dobj", "iobj", "dative")
        if a.head.i != b.head.i or a.dep_ not in args or b.dep_ not in args or a.i == b.i:
            return False
        lo, hi = sorted((a.i, b.i))
        return a.dep_ != b.dep_ or any(t.text == "," for t in self.doc[lo:hi])

    def _owner(self, f: Found) -> str | None:
        """Whose role it is: "Scholz's spokesman", "his chief of staff" is someone else than Scholz."""
        for c in self.doc[f.root].lefts:
            if c.dep_ != "poss":
                continue
            for g in self.found:
                if g.start <= c.i < g.end and g is not f and not g.start <= f.root < g.end:
                    return g.actor
            info = self.finder.pronouns.get(c.lower_)
            if info is not None and not info.get("speaker"):
                # "his spokesman": the role's own phrase holds the pronoun; whom it means is not the role
                pronoun = Found(c.i, c.i + 1, "pronoun", gender=info.get("gender"))
                pronoun.number = info.get("number") or "sg"
                return self.resolve_pronoun(pronoun)
        return None

    def _member_of(self, f: Found) -> str | None:
        """The body a group's own phrase places it in ("the diplomats in the Russian foreign ministry",
        "officials of the alliance"): they speak for it, whoever spoke last; "" for officials placed in
        a town whose country the gazetteer does not know (no actor)."""
        for prep in self.doc[f.root].rights:
            if prep.dep_ != "prep" or prep.lower_ not in self.finder.member_prepositions:
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                g = next((g for g in self.found if g.start <= obj.i < g.end and g is not f), None)
                if g is not None and g.location:
                    # "officials in Kyiv": the government seated there
                    return self._seat_government(f, self.doc[g.start : g.end].text)
                if g is None and obj.pos_ == "PROPN" and prep.lower_ == "in":
                    # "authorities in Kursk", the town no mention: by its name, if the gazetteer knows it
                    return self._seat_government(f, self.doc[obj.left_edge.i : obj.i + 1].text)
                body = g.actor if g is not None else None
                if body and (f.office or "").startswith("ministry:") and f.office != "ministry:":
                    return self._ministry_of(f.office, body)  # "the defence ministry in Moscow"
                if body and self.atype(body) not in (None, "person"):
                    return body
        return None

    def _seat_government(self, f: Found, name: str) -> str | None:
        """The government of a place that is a country's capital or a city no side disputes, for a bare
        "officials"/"authorities" there (lexicon seat_members); not diplomats, who may be anyone's, nor a
        group that names its own side ("Western officials in Kyiv")."""
        head = self.doc[f.root]
        if head.lower_ not in self.finder.seat_members or any(
            c.dep_ in ("amod", "compound", "poss", "nmod") for c in head.lefts
        ):
            return None
        name = self.gaz.place_variants.get(name, name)
        iso = self.finder.settled_places.get(name) or (
            place_countries().get(name.lower()) if name in self.gaz.capitals else None
        )
        # "Authorities in Kursk said" with the place's country unknown: "" (no actor), not the body
        # named last, which is often the other side's
        return self.ensure(f"gov:{iso}").id if iso else ""

    def resolve_body(self, f: Found) -> str | None:
        """ "the government" / "the campaign": the nearest earlier body of that type."""
        want = {
            "government": {"government", "state"},
            "military": {"military"},
            "media": {"media"},
            "international_organisation": {"international_organisation"},  # "the bloc", "the alliance"
        }.get(f.atype or "", {"organisation", "international_organisation", "armed_group"})
        office = (f.office or "").startswith("ministry:") or self.doc[f.root].lower_ in _OFFICE_NOUNS
        ahead = self._same_noun_in_lede(f) if self._in_title(f) and not office else None
        if ahead is not None:  # "Officials: US to send rockets" over "... U.S. officials said"
            return ahead
        if (f.office or "").startswith("ministry:") or self.doc[f.root].lower_ == "ministry":
            ministry = self._ministry_before(f)
            if ministry is not None:
                return ministry or None  # "": the other side spoke since, no guess
            lede = self._ministry_in_lede(f)
            if lede is not None:
                return lede
            if f.office and f.office != "ministry:":
                # "Russia expelled two diplomats. The foreign ministry said": that government's ministry;
                # with no body that settles it, the ministry of the country the article was filed from
                # (its forces count: "Russian troops destroyed ... drones of Ukraine's army" names two)
                body = self._nearest_body(f, {"government", "state", "military"}, sure=True)
                return self._ministry_of(f.office, body or self._filed_in("gov"))
            if f.country:
                return self.ensure(f"gov:{f.country}").id
        key = self.finder.body_noun(self.doc[f.root], lemma=False)
        if key in self.finder.state_bodies:
            # one body per state, named once in full: that one, however far back, else the dateline's;
            # never the nearest army named (in war news often the other side's)
            same = [
                g for g in self.found
                if g.end <= f.start and g.actor and key in self.doc[g.start : g.end].text.lower()
            ]
            return same[-1].actor if same else self._filed_in("mil")
        body = self._nearest_body(f, want)
        if body is not None and self.doc[f.root].lower_ in self.finder.enemy_nouns:
            body = self._enemy_of_speaker(f, body, want)
        bare = self.doc[f.root].lower_ in _OFFICE_NOUNS  # which office, the text does not say
        if body is None and f.atype == "government" and not bare:
            # "the government said" in a story filed from Kyiv; not "forces", "troops" ("CAIRO -- Forces
            # loyal to a Libyan commander" are no Egyptian army): state_bodies have their own rule
            body = self._filed_in("gov")
        return body

    def _same_noun_in_lede(self, f: Found) -> str | None:
        """A title's bare body noun ("Officials: US to send rockets") is the first body the lede names
        with the same noun and an owner ("U.S. officials said"), as a headline names a source before the
        lede says whose; not whatever body a link list above the title named last."""
        lemma = self.doc[f.root].lemma_.lower()
        here = self.sent(f.start)
        for g in self.found:
            if g.start < f.end or g.kind == "pronoun" or self.sent(g.start) - here > 5:
                continue
            if g.actor and self.doc[g.root].lemma_.lower() == lemma and g.end - g.start > 1:
                return g.actor
        return None

    def _enemy_of_speaker(self, f: Found, body: str, want: set[str]) -> str | None:
        """ "'... the occupiers do not abandon their attempts,' Voloshyn said": in a quotation, the
        speaker's own side is never "the occupiers" or "the enemy"; the nearest body of the kind of
        another country instead (None if none was named)."""
        if not self._quoted(self.doc[f.start].idx):
            return body
        speaker = self.quote_speaker(f.start)
        own = self._actor_country(speaker) if speaker else None
        if own is None:  # "The Defense Forces control the city. But the occupiers ...": the other one
            char = self.doc[f.start].idx
            opened = (self._quote_around(char) or (char, char))[0]
            named = [g for g in self.found if g.actor and opened <= self.doc[g.start].idx < char]
            own = self._actor_country(named[-1].actor) if named else None
        if own is None or self._actor_country(body) != own:
            return body
        others = [
            g.actor
            for g in self.found
            if g.end <= f.start and g.actor and self.atype(g.actor) in want
            and self._actor_country(g.actor) not in (None, own)
        ]  # fmt: skip
        return others[-1] if others else None

    def _filed_in(self, kind: str) -> str | None:
        """ "MOSCOW, Dec. 24. /TASS/. Russian troops destroyed 100 drones, the Defense Ministry said": a
        national body the article names by its noun alone, with nothing in the text to say whose, is the
        one of the country its dateline files it from (the place, else a national agency's country); not
        from a city where international bodies sit (lexicon hub_places: a Brussels dateline says nothing
        of whose ministry speaks). `kind` "gov" or "mil"; None without such a dateline."""
        line = self.doc._.dateline if self.doc.has_extension("dateline") else None
        if not line:
            return None
        iso = None
        place = (line.get("place") or "").split(",")[0].strip()
        if place:
            name = " ".join(w.capitalize() for w in place.split()) if place.isupper() else place
            name = self.gaz.place_variants.get(name, name)
            if name not in self.finder.hub_places:
                iso = self.finder.settled_places.get(name) or place_countries().get(name.lower())
        elif line.get("agency"):  # no place: a state's own agency (TASS, Ukrinform), not a world wire's
            for e in self.gaz.phrases.get(line["agency"], ()):
                actor = self.gaz.actor(e.ref)
                if actor is not None and actor.type == "media" and actor.agent_of and actor.country:
                    iso = actor.country
                    break
        return self.ensure(f"{kind}:{iso}").id if iso else None

    def _ministry_in_lede(self, f: Found) -> str | None:
        """ "Russian troops liberate Artyomovsk — Defense Ministry": a bare ministry signing the title is
        the first ministry of its office the lede names ("MOSCOW, May 21. /TASS/. ... the Russian Defense
        Ministry reported": within five sentences), as a headline names a source before the lede says
        whose it is; so does a standfirst under the title ("The ministry reported earlier that ...")."""
        if self.sent(f.start) > 1:
            return None
        office = f.office or self.finder.known_ministry(self.doc[f.root]) or "ministry:"
        kind = office.split(":", 1)[1]
        for g in self.found:
            if g.start < f.end or not g.actor or self.sent(g.start) > 5:
                continue
            if self.doc[g.root].lower_ not in ("ministry", "department"):
                continue
            own = (f"mil:{f.country}", f"org:{(f.country or '').lower()}-")
            if f.country and g.actor != own[0] and not g.actor.startswith(own[1]):
                continue  # "– Ukrainian Defence Ministry" is not the Russian one the lede names
            if kind in ("", "defence") and g.actor.startswith("mil:"):
                return g.actor
            if g.actor.endswith("-ministry") and (not kind or g.actor.endswith(f"-{kind}-ministry")):
                return g.actor
        return None

    def _ministry_of(self, office: str, body: str | None) -> str | None:
        """The ministry (`office` "ministry:foreign") of the government `body`; its forces for defence."""
        actor = self.actors.get(body or "")
        if actor is None or actor.type not in ("government", "state", "military") or not actor.country:
            return None
        ministry = self.finder.body_actor(office, actor.country)
        name = f"{actor.country} {office.split(':', 1)[1]} ministry"
        return self.ensure(ministry, name=name, atype="military" if ministry.startswith("mil:") else None).id

    def _nearest_body(self, f: Found, want: set[str], *, sure: bool = False) -> str | None:
        """The body of a wanted type the article names nearest before `f`, as `resolve_body` reads it;
        with `sure`, None when the bodies named lately are of several countries and neither the body
        `f`'s noun named before nor an acting subject settles which."""
        here = self.sent(f.start)
        cands = []
        # "Russia launched 60 missiles at Ukraine, officials said": a body named in what `f` says is
        # what was said about, not whose officials speak (in war news often the other side)
        said = self._contents_of(f)
        for g in self.found:
            if g.end > f.start or not g.actor or here - self.sent(g.start) > ROLE_WINDOW:
                continue
            if any(a <= self.doc[g.start].idx < b for a, b in said):
                continue
            body = self._leader_body(g) if self.atype(g.actor) == "person" else None
            if body is not None and self.atype(body) in want:
                cands.append(replace(g, actor=body, end=g.end + 1))  # "Biden administration"
            elif self.atype(g.actor) in want:
                cands.append(g)
        if not cands or here - self.sent(cands[-1].start) > 1:
            # "a price shock caused by the bloc's choice ..., leaving the EU to ...": nothing of the
            # kind named in this or the last sentence, the one named later in its own sentence
            later = self._named_later(f, want)
            if later is not None or not cands:
                return later
        subjects = [g for g in cands if self.sent(g.start) == here and self._subject(g)]
        # "the administration" after "the Biden administration" and "Kyiv": the body its noun named before
        word = self.doc[f.root].lemma_.lower()
        same = [g for g in cands if self.doc[g.root].lemma_.lower() == word]
        chosen = same or subjects or self._actor_before(cands, here)
        if sure and not chosen and len({self._actor_country(g.actor) for g in cands}) > 1:
            return None  # "… what Ukrainian officials told it. The Ministry of Economics …": no guess
        picked = self.actors[(chosen or cands)[-1].actor]
        if picked.sector == "legislature" and self.doc[f.root].lower_ not in self.finder.legislature_nouns:
            # "the government" after "the Ukrainian parliament": the government the parliament acts for
            while picked.sector == "legislature" and picked.agent_of:  # the Senate -> Congress -> gov
                picked = self.ensure(picked.agent_of)
            return picked.id if picked.sector != "legislature" else None
        return picked.id

    def _actor_before(self, cands: list[Found], here: int) -> list[Found]:
        """ "Russia expelled two Estonian diplomats. The foreign ministry said": when the last body named
        is one acted on (an object), the body that acted in the sentence before (its main verb's active
        subject) is whose ministry speaks, not the nearest one by proximity (often the other side)."""
        last = cands[-1]
        if self.doc[last.root].dep_ in SUBJECT_DEPS:
            return []
        for g in reversed(cands):
            if here - self.sent(g.start) > 1:
                break
            tok = self.doc[g.root]
            verb = tok.head
            if tok.dep_ == "nsubj" and verb.pos_ in ("VERB", "AUX") and verb.dep_ in ("ROOT", "conj"):
                return [g] if self._actor_country(g.actor) != self._actor_country(last.actor) else []
        return []

    def _named_later(self, f: Found, want: set[str]) -> str | None:
        """The first body of a wanted type named after `f` in its own sentence, if any; not one inside
        what `f` is the source of ("the ministry said Kyiv had launched drones": Kyiv is what was
        said about, not whose ministry it is)."""
        here = self.sent(f.start)
        said = self._contents_of(f)
        for g in self.found:
            if g.start < f.end or not g.actor or g.location:
                continue
            if self.sent(g.start) != here:
                return None
            if any(a <= self.doc[g.start].idx < b for a, b in said):
                return None
            if self.atype(g.actor) in want:
                return g.actor
        return None

    def _reports(self, g: Found, f: Found) -> bool:
        """Whether `g` is the source of a statement whose content holds `f`: "a woman and her daughter
        were killed, Governor Jan Nowak said" is not about the governor."""
        char = self.doc[f.start].idx
        return any(a <= char < b for a, b in self._contents_of(g))

    def _contents_of(self, f: Found) -> list[tuple[int, int]]:
        """The content spans of the statements whose source holds `f` (statements do not change while
        the resolver runs, so each answer is kept)."""
        start = self.doc[f.start].idx
        if start not in self._contents_cache:
            self._contents_cache[start] = [
                (c.start, c.end)
                for st in self.statements
                if st.source is not None and st.source.start <= start < st.source.end
                for c in st.content
            ]
        return self._contents_cache[start]

    def _ending_at(self, i: int) -> list[Found]:
        """The mentions that end at token `i` (the mention list is fixed once the passes start)."""
        if self._by_end is None:
            self._by_end = defaultdict(list)
            for h in self.found:
                self._by_end[h.end].append(h)
        return self._by_end.get(i, [])

    def _ministry_before(self, f: Found) -> str | None:
        """ "the ministry", "the Russian ministry", "the Ministry of Finance": the nearest ministry named
        before that fits its country and office (a ministry is named once in full, then by its noun);
        "" when a bare "the ministry" follows another country's actor named since (no guess)."""
        office = (f.office or "ministry:").split(":", 1)[1]
        for g in reversed(self.found):
            if g.start >= f.start or not g.actor:
                continue
            if g.actor.startswith("mil:") and self.doc[g.root].lower_ in ("ministry", "department"):
                # "Russia's defence ministry said ... The ministry added": the armed forces' ministry
                if f.country and g.actor != f"mil:{f.country}" or office not in ("", "defence"):
                    continue
                return g.actor
            if not g.actor.endswith("-ministry"):
                continue
            if f.country and not g.actor.startswith(f"org:{f.country.lower()}-"):
                continue
            if office and not g.actor.endswith(f"-{office}-ministry"):
                continue
            if not f.country and self._other_country_since(g, f):
                return ""  # "the Russian ministry said ... Ukrainian officials said ... The ministry urged"
            return g.actor
        return None

    def _other_country_since(self, g: Found, f: Found) -> bool:
        """Whether the sentence of `f` or the one before names, after `g`, an actor of another country than
        `g`'s: a bare "the ministry" may then be that country's, and a guessed side is worse than none."""
        country = self._actor_country(g.actor)
        here = self.sent(f.start)
        for h in self.found:
            if h.start < g.end or h.start >= f.start or not h.actor or here - self.sent(h.start) > 1:
                continue
            other = self._actor_country(h.actor)
            if other and country and other != country:
                return True
        return False

    # -- pronouns --------------------------------------------------------------------------------------
    def _subject(self, g: Found) -> bool:
        """Whether `g` is a subject, or the name in apposition to one ("His defence minister, Oleksii
        Reznikov, struck a cautious tone": Reznikov is who the sentence is about)."""
        # the phrase's head, not its last word: "the UK Ministry of Defence said" is a subject
        tok = self.doc[g.start : g.end].root if g.end > g.start else self.doc[g.root]
        if tok.dep_ == "appos" and tok.head.i < tok.i:
            tok = tok.head
        return tok.dep_ in SUBJECT_DEPS

    def _quote_before(self, i: int) -> int | None:
        """Where the quotation just before token `i` opens, when only punctuation lies between them
        (the "he" of '..." he said'): the speaker is named before the quotation, not inside it."""
        char = self.doc[i].idx
        k = bisect_right(self.quote_ends, char) - 1
        if k < 0:
            return None
        start, end = self.quotes[k]
        if self.text[end - 1] not in QUOTE_MARKS:
            return None  # left open at its paragraph's end
        between = self.text[end:char]
        if "\n" in between or any(not (c.isspace() or _is_punct(c)) for c in between):
            return None
        # A quotation over several paragraphs reopens each: the part before `i` opens in its paragraph.
        start = max(start, self.text.rfind("\n", 0, end - 1) + 1)
        if self._token_starts is None:
            self._token_starts = [t.idx for t in self.doc]
        return max(bisect_right(self._token_starts, start) - 1, 0)

    def _quoted(self, char: int) -> bool:
        """Whether `char` lies inside one of the layout's quotations."""
        k = bisect_right(self.quote_starts, char) - 1
        return k >= 0 and self.quotes[k][0] <= char < self.quotes[k][1]

    def _reported_on(self, g: Found) -> bool:
        """Whether `g` is named only inside what an earlier statement reports ("Putin is now informed, he
        added. '...,' the official said": the official is the one who added it, not Putin)."""
        char = self.doc[g.start].idx
        return any(
            st.source is not None
            and not st.source.start <= char < st.source.end
            and any(c.start <= char < c.end for c in st.content)
            for st in self.statements
            if st is not self._source_of
        )

    def _in_own_content(self, g: Found) -> bool:
        """Whether `g` lies in what the statement being resolved reports: the source of '"... Macron
        is on the other side," the observer added' is never Macron."""
        st = self._source_of
        if st is None:
            return False
        char = self.doc[g.start].idx
        return any(c.start <= char < c.end for c in st.content)

    def resolve_pronoun(self, f: Found) -> str | None:
        doc = self.doc
        if f.antecedent is not None:
            for g in self.found:
                if g.start <= f.antecedent < g.end and g is not f and g.actor:
                    return g.actor
            head = doc[f.antecedent]
            if head.lower_ in self.finder.role_nouns:
                return self._adhoc(doc[head.left_edge.i : head.i + 1])
            return None
        if f.speaker_pronoun:
            return self.quote_speaker(f.start)
        tok = doc[f.root]
        low = tok.lower_
        if low.endswith(("self", "selves")):
            return self._reflexive(tok)
        if f.gender != "m" and f.gender != "f" and self._says_of_itself(tok):
            return None  # "The air force said it downed 20 drones": it is the air force, whose we cannot say
        if low in ("its", "their") and self._bound_to_thing(tok):
            return None  # "the F-16s had made their first flights": the jets', not the outlet named before
        limit = f.start
        opened = self._quote_before(f.start) if f.kind == "pronoun" else None
        if opened is not None:
            limit = opened
        here = self.sent(limit)
        # a statement's own source outside any quotation is someone named outside quotations
        quoted_ok = self._source_of is None or self._quoted(doc[f.start].idx)
        best: tuple[float, int, str] | None = None
        own_side: str | None = None  # '"... because they invaded our country"': not the speaker's own state
        if low in self._third_plural and self._quoted(doc[f.start].idx):
            own_side = self._actor_country(self.quote_speaker(f.start))
        for n in range(bisect_left(self.found_starts, limit) - 1, -1, -1):
            g = self.found[n]
            dist = here - self.sent(g.start)
            if dist > PRONOUN_WINDOW:
                break
            if not g.actor or g.location or self._in_own_content(g):
                continue
            if quoted_ok is False and self._quoted(self.doc[g.start].idx):
                continue  # '"... Radakin was held in high esteem." He added': the speaker stands outside
            kind = self.atype(g.actor)
            if own_side and kind in NON_PERSON and self._actor_country(g.actor) == own_side:
                continue
            first_person = g.kind == "pronoun" and self._speaker_word(doc[g.root])
            if dist == 0 and first_person and not self._speaker_word(tok):
                continue  # '"We will raise the costs as Putin pursues his war"': "his" is not the speaker
            if low in self._third_plural:
                if kind not in PLURAL_TYPES:
                    continue
            elif f.gender in ("m", "f"):
                if kind != "person" or not self._gender_ok(g.actor, f.gender):
                    continue
            elif f.gender == "n" and (  # "it": only a body close by, else too often a thing or a situation
                kind not in NON_PERSON or dist > 1 or (dist == 1 and not self._subject(g))
                # "Russian soldiers were sent ... It added": not the soldiers ("its offensive" after
                # "Russian troops" may still be their army's)
                or low == "it" and g.number == "pl"
            ):
                continue
            if tok.dep_ in ("dobj", "iobj") and doc[g.root].head.i == tok.head.i:
                continue  # "Trump attacked him": not Trump
            if self._controlled_object(doc[g.root], tok):
                continue  # "Calling Putin an emperor, he ...": he is the one calling, not Putin
            if f.gender == "n" and dist == 0 and tok.dep_ != "poss" and doc[g.root].dep_ == "pobj":
                # "NATO will not fight for Ukraine, though it threatens": not Ukraine; a
                # possessive may still be bound there ("backing for Georgia in its war")
                continue
            score = -1.5 * dist - 0.01 * (limit - g.end)
            if self._subject(g):
                score += 1.0
                root = doc[g.root].head if doc[g.root].dep_ == "appos" else doc[g.root]
                if root.head.dep_ == "ROOT":
                    score += 0.5
                if dist == 0 and root.head.left_edge.i <= tok.i <= root.head.right_edge.i:
                    # "Zelensky has pressed the U.S. as his country faces attacks": the subject of the
                    # clause the pronoun sits in outweighs the speaker of the paragraph before
                    score += 1.0
            if g.root in self.source_tokens:
                score += 1.0
            if g.kind == "pronoun":
                score += 0.3
            if f.gender in ("m", "f"):
                score += 0.5 if self.gender.get(g.actor) == f.gender else -0.5
            score += 0.15 * min(self.count[g.actor], 4)
            if best is None or score > best[0]:
                best = (score, g.start, g.actor)
        if f.gender in ("m", "f") and self._source_of is not None and tok.dep_ == "nsubj":
            unnamed = self._unnamed_source_before(limit, here, best[1] if best else -1, f.gender)
            if unnamed is not None:
                return unnamed or None
        if best is not None and low in self._third_plural and self._group_subject_between(best[1], limit):
            return None
        return best[2] if best else None

    def _speaker_word(self, tok: Token) -> bool:
        """A first-person pronoun (lexicon pronouns with `speaker`): the quotation's speaker."""
        return bool(self.finder.pronouns.get(tok.lower_, {}).get("speaker"))

    def _says_of_itself(self, tok: Token) -> bool:
        """Whether the pronoun is the subject of what a body unresolved in the article says ("the air
        force said it downed 20 drones", "the ministry said they had left"): then it is that body, and
        the actor named before it (often the other side) is not."""
        verb = tok.head
        if tok.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "ccomp":
            return False
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj" and c.i < tok.i), None)
        if subject is None:
            return False
        g = next((g for g in self.found if g.start <= subject.i < g.end and g.kind == "role"), None)
        if g is None or g.actor is not None or g.atype in (None, "person"):
            return False
        return (g.number == "pl") == (tok.lower_ in self._third_plural)

    def _group_subject_between(self, after: int, limit: int) -> bool:
        """ "Lavrov remarked that the Western countries had shown that they want ...": a plural subject
        naming a group of agents (lexicon group_nouns, role and body nouns) that no mention reads as an
        actor, in the pronoun's sentence after the candidate, is what "they" goes back to; so not the
        actor named before it (there Russia, the other side)."""
        first = max(after, self.doc[limit].sent.start if limit < len(self.doc) else after)
        covered = {i for g in self.found if g.actor for i in range(g.start, g.end)}
        nouns = self.finder.group_nouns | set(self.finder.role_nouns) | set(self.finder.body_nouns)
        return any(
            t.dep_ in ("nsubj", "nsubjpass")
            and t.tag_ in ("NNS", "NNPS")
            and t.i not in covered
            and (t.lemma_.lower() in nouns or t.lower_ in nouns)
            for t in self.doc[first:limit]
        )

    def _unnamed_source_before(self, limit: int, here: int, named_at: int, gender: str) -> str | None:
        """ "..., a Pentagon spokesman said. Five had been handed over, he said.": "he" goes on with the
        person an indefinite role noun introduced as the last speaker, in this sentence or the one before,
        when no named person stands between; he speaks for whoever that person spoke for ("" when for no
        one). None when no such source. Before, the pronoun skipped the unnamed speaker and took the last
        named person."""
        doc, roles, last = self.doc, self.finder.role_nouns, None
        for st in self.statements:
            if st.source is None or st is self._source_of:
                continue
            span = doc.char_span(st.source.start, st.source.end, alignment_mode="expand")
            if span is None or span.end > limit or span.start <= named_at or here - self.sent(span.start) > 1:
                continue
            root = span.root
            if root.tag_ != "NN" or root.ent_type_ or not (root.lower_ in roles or self._staff_word(root)):
                continue
            if roles.get(root.lower_) not in (None, gender):
                continue  # "a spokeswoman said ... he said": someone else
            if not any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in root.children):
                continue  # "the commissioner" may well be someone the article has named
            if last is None or span.start > last[0]:
                last = (span.start, st)
        if last is None:
            return None
        return self.speaker_of(last[1]) or ""

    def _reflexive(self, tok: Token) -> str | None:
        """ "help Kyiv defend itself", "Russia wants to protect itself": a reflexive is its clause's
        subject (through subjectless to-infinitives), never a body named further back; None when that
        subject has no actor. Before, "itself" went to NATO two clauses up."""
        verb = tok.head.head if tok.dep_ == "pobj" else tok.head
        for _ in range(4):
            subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None:
                g = next((g for g in self.found if g.start <= subj.i < g.end), None)
                return g.actor if g is not None and g.root != tok.i else None
            if verb.dep_ not in ("xcomp", "ccomp", "advcl") or verb.head.i == verb.i:
                return None
            verb = verb.head
        return None

    @staticmethod
    def _controlled_object(obj: Token, pronoun: Token) -> bool:
        """The object of a participle with no subject of its own that hangs, through subjectless words,
        on the verb the pronoun is the subject of: the participle's understood doer is the pronoun, so
        its object is someone else ("After meeting Putin, he said" / "calling Putin a tsar, he ...")."""
        if pronoun.dep_ not in ("nsubj", "nsubjpass") or obj.dep_ not in ("dobj", "iobj", "oprd"):
            return False
        verb, main = obj.head, pronoun.head
        if verb.tag_ not in ("VBG", "VBN") or verb.i > pronoun.i:
            return False
        t = verb
        for _ in range(8):
            if any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
                return False
            if t.head.i == t.i:
                return False
            t = t.head
            if t.i == main.i:
                return True
        return False

    def quote_speaker(self, i: int) -> str | None:
        """The speaker of the quotation token `i` stands in ("I think we will respond," Shoigu said)."""
        char = self.doc[i].idx
        for st in self.statements:
            if st.source and any(c.start <= char < c.end for c in st.content):
                if st.source.start <= char < st.source.end:
                    continue
                return self.speaker_of(st)
        return self._adjacent_speaker(i)

    def _quote_around(self, char: int) -> tuple[int, int] | None:
        """The (open, end) offsets of the quotation around character `char`, if it stands in one."""
        k = bisect_right(self.quote_starts, char) - 1
        if k < 0 or not self.quotes[k][0] < char < self.quotes[k][1]:
            return None
        return self.quotes[k]

    def _adjacent_speaker(self, i: int) -> str | None:
        """Without statements: the actor named next to the closed quotation around token `i`."""
        char = self.doc[i].idx
        around = self._quote_around(char)
        if around is None:
            return None
        open_at, end = around
        close_at = end - 1
        if self.text[close_at] not in QUOTE_MARKS or "\n" in self.text[char:close_at]:
            return None  # not closed in this paragraph: no closing mark to be named next to
        # A quotation over several paragraphs reopens each: the marks around `i` are in its paragraph.
        open_at = max(open_at, self.text.rfind("\n", 0, char) + 1)
        near = [
            g
            for g in self.found
            if g.actor
            and not g.location
            and g.kind != "pronoun"
            or g.kind == "pronoun"
            and g.actor
            and not g.speaker_pronoun
        ]
        following = [g for g in near if close_at < self.doc[g.start].idx <= close_at + 60]
        if following:
            return following[0].actor
        preceding = [g for g in near if open_at - 80 <= self.doc[g.start].idx < open_at]
        return preceding[-1].actor if preceding else None

    # -- spans and statements --------------------------------------------------------------------------
    def mention_for(self, span: Span) -> Found | None:
        """The resolved mention a span refers to: the one holding its head, else the best inside it."""
        inside = [g for g in self.found if g.start < span.end and span.start < g.end and not g.location]
        head = span.root.i
        for g in inside:
            if g.start <= head < g.end and g.actor:
                return g
        if (
            self.doc[head].lower_ in self.finder.role_nouns
            or self.doc[head].lower_ in self.finder.pronouns
            or self._staff_for(self.doc[head])
        ):
            # "his top general, Chief of Staff Jan Nowak,": the name in apposition is the person
            named = [
                g
                for g in inside
                if g.actor
                and g.kind in ("name", "surname")
                and self.atype(g.actor) == "person"
                and self.doc[g.root].dep_ == "appos"
                and self.doc[g.root].head.i == head
            ]
            if named:
                return named[0]
            tail = self._name_set_off_at_end(span, inside) or self._name_closing_phrase(span, inside)
            if tail is not None:
                return tail
            return None  # "the FBI director" is a person, not the FBI: resolve the role itself
        modifiers = ("compound", "amod", "nmod", "npadvmod")
        if self.doc[head].lemma_.lower() in self.finder.private_roles and all(
            g.end <= head and self.doc[g.root].dep_ in modifiers for g in inside
        ):
            return None  # "a Kremlin-linked blogger": a private person the body only describes
        if self._source_of is not None and self.doc[head].lower_ in self.finder.mandate_nouns:
            return None  # "hawks in Congress said": individuals speak, not the body they sit in
        if (
            self._source_of is not None
            and self.doc[head].lower_ in self.finder.member_nouns
            and inside
            and all(self.atype(g.actor) == "international_organisation" for g in inside if g.actor)
        ):
            return None  # "Two NATO members announced": some members speak, not the bloc
        root = self.doc[head]
        if root.lemma_.lower() in self.finder.relation_nouns:
            # "Putin's loud ally", "a top ally of President Putin": someone the person has, not the person;
            # "His neighbour, Olena Kravets,": the name in apposition is who; "Russia ally Kazakhstan": not
            # Russia, whose ally it is (a body or state named as the noun's modifier)
            inside = [
                g
                for g in inside
                if not (g.actor and self.atype(g.actor) == "person" and g.root != head)
                and not (g.actor and g.end == head and self.doc[g.root].dep_ in ("compound", "poss", "amod"))
                or (self.doc[g.root].dep_ == "appos" and self.doc[g.root].head.i == head)
            ]
        if root.pos_ == "NOUN":
            # "the speculator himself": an intensive pronoun repeats the noun; it names no one else
            inside = [
                g for g in inside if not (g.kind == "pronoun" and self.doc[g.root].lower_.endswith("self"))
            ]
        # "Russia-backed rebels", "Iran-made drones": the name only says who backs or made them
        inside = [g for g in inside if not self._hyphen_modifier(g)]
        people = [g for g in inside if g.actor and self.atype(g.actor) == "person"]
        others = [g for g in inside if g.actor]
        return (people or others or [None])[0]

    def _hyphen_modifier(self, g: Found) -> bool:
        """A name glued by a hyphen to a participle of backing or making (lexicon proxy_participles)."""
        doc, end = self.doc, g.end
        return (
            end + 1 < len(doc)
            and doc[end].text == "-"
            and not doc[end - 1].whitespace_
            and doc[end + 1].lower_ in self.finder.proxy_participles
        )

    def _outlet(self, span: Span) -> str | None:
        """ "Russia's RIA news agency said", "the Polish broadcaster TVP": an outlet named by what it is
        (lexicon outlet_nouns) with a country beside it speaks for itself, never for the country; its
        name inside the phrase when the gazetteer knows it, else "" (unresolved). None when the phrase
        is no outlet with a country ("the agency said": read as usual)."""
        head = span.root
        nouns = set(self.gaz.lexicon.get("outlet_nouns", ()))
        prev = self.doc[head.i - 1] if head.i > span.start else None
        two = f"{prev.lower_} {head.lemma_.lower()}" if prev is not None and prev.dep_ == "compound" else ""
        if head.pos_ != "NOUN" or (head.lemma_.lower() not in nouns and two not in nouns):
            return None
        named = next((g for g in self.found if g.start == span.end and g.actor), None)
        if named is not None and self.atype(named.actor) == "media" and head.i == span.end - 1:
            return named.actor  # "Russian state news agency Tass reported": the name right after the noun
        inside = [g for g in self.found if span.start <= g.start and g.end <= span.end and g.actor]
        if not any(self.atype(g.actor) in ("state", "government", "location") for g in inside):
            return None
        for g in inside:
            if self.atype(g.actor) == "media":
                return g.actor
        for c in span:
            if c.pos_ == "PROPN" and c.i != head.i:
                entries = self.gaz.phrases.get(c.text, [])
                if len(entries) == 1 and entries[0].kind == "org" and entries[0].ref.startswith("media:"):
                    return self.ensure(entries[0].ref).id
        return ""

    def _name_set_off_at_end(self, span: Span, inside: list[Found]) -> Found | None:
        """ "The head of the administration in Zaporizhzhia, Yevgeny Balitsky, said": a person's name
        between commas at the end of a role's phrase is the role's holder, wherever the parser hung it
        (on "Zaporizhzhia" here, so it is no apposition of the role)."""
        head = span.root
        if (
            head.lower_ not in self.finder.role_nouns
            or self._staff_word(head)
            or head.lemma_.lower() in self.finder.relation_nouns
        ):
            return None
        end = span.end
        while end > span.start and self.doc[end - 1].is_punct:
            end -= 1
        for g in inside:
            if not (
                g.actor
                and g.kind in ("name", "surname")
                and self.atype(g.actor) == "person"
                and g.end == end
                and g.start > head.i + 1
                and self.doc[g.start - 1].text == ","
            ):
                continue
            between = range(head.i + 1, g.start - 1)
            if any(self.doc[i].lower_ in self.finder.role_nouns for i in between) or any(
                o is not g and o.actor and self.atype(o.actor) == "person" and o.start in between
                for o in inside
            ):
                return None  # "an aide to the minister, Jan Nowak,": the name may be the minister's
            return g
        return None

    def _name_closing_phrase(self, span: Span, inside: list[Found]) -> Found | None:
        """ "Navy spokesman for operations in the south Dmytro Pletenchuk said": a full name opening with
        a known given name that closes the source right after a common noun in lower case of the role's
        phrase (no comma, preposition, article or title before it: never "the lawyer for Ivan Petrov",
        "an aide to President Zelensky") is the role's holder."""
        end = span.end
        while end > span.start and self.doc[end - 1].is_punct:
            end -= 1
        for g in inside:
            if not (g.actor and self.atype(g.actor) == "person" and g.end == end and g.end - g.start > 1):
                continue
            before = self.doc[g.start - 1]
            if (
                g.start > span.root.i + 1
                and self.doc[g.start].text in self.gaz.given_names
                and before.pos_ in ("NOUN", "PROPN")
                and before.is_lower  # "in the east Serhiy Bondar", never "an aide to President X"
            ):
                return g
        return None

    def resolve_span(self, start_char: int, end_char: int) -> str | None:
        span = self.doc.char_span(start_char, end_char, alignment_mode="expand")
        if span is None or len(span) == 0:
            return None
        if span.root.pos_ == "NOUN" and self._scare_quoted(span):
            return None
        if span.root.lower_ in self.gaz.lexicon.get("media_collectives", ()) and not any(
            g.start <= span.root.i < g.end and g.actor for g in self.found
        ):
            return None  # "U.S. media reported": outlets in general, not the country
        named = self._named_in_apposition(span)
        if named is not None:  # "Ukraine's secret service, the SBU,": the body the apposition names
            return named or None
        possessed = self._possessed(span)
        if possessed is not None:
            return possessed or None
        outlet = self._outlet(span)
        if outlet is not None:
            return outlet or None
        if span.root.lower_ not in self.finder.role_nouns and not any(
            g.start <= span.root.i < g.end and g.kind in ("name", "surname") for g in self.found
        ):
            # "The report went on to claim" after "an FT report added": the earlier report's author, not
            # the nearest organisation named
            repeated = self._repeated_source(span)
            if repeated is not None:
                return repeated or None
        g = self.mention_for(span)
        if g is not None:
            return g.actor
        named = self._named_before(span) or self._titled_appos(span) or self._unmarked_set_off(span)
        if named is not None:
            return named
        return self._adhoc(span)

    def _named_in_apposition(self, span: Span) -> str | None:
        """The known body or person a common noun's apposition names inside the source ("Ukraine's
        secret service, the SBU,"): the name says which, the owner only whose."""
        head = span.root
        if head.pos_ not in ("NOUN", "PROPN"):
            return None
        for c in head.children if head.pos_ == "NOUN" else ():
            if c.dep_ != "appos" or not span.start <= c.i < span.end:
                continue
            g = next((g for g in self.found if g.start <= c.i < g.end), None)
            outlet = head.lemma_.lower() in self.gaz.lexicon.get("outlet_nouns", ())
            if g is None and c.pos_ == "PROPN" and outlet:
                return ""  # "The Telegram channel Harbour-24": one we do not know, not the last outlet named
            if g is not None and g.actor and g.kind not in ("pronoun", "role") and self.gaz.actor(g.actor):
                return g.actor
            person = head.lower_ in self.finder.role_nouns and g is not None and g.kind == "name"
            if person and g.actor and self.atype(g.actor) == "person":
                return g.actor  # "a representative of the directorate, Jan Nowak,": the one named
        if head.lower_ in self.finder.role_nouns or self._staff_word(head):
            # "a representative of the Harbour Intelligence Directorate, Jan Nowak,": the name set off
            # at the end of the role's phrase (the parse may hang it on the body) is its holder
            for g in self.found:
                if not (head.i < g.start and g.end <= span.end) or g.kind != "name" or not g.actor:
                    continue
                between = self.doc[head.i + 1 : g.start]
                if any(t.lower_ in self.finder.role_nouns for t in between):
                    break  # "an aide to the minister, Jan Nowak,": the aide or the minister
                if self.doc[g.start - 1].text == "," and self.atype(g.actor) == "person":
                    return g.actor
            after = self._name_set_off_after(span)
            if after is not None:
                return after
            # "The Governor of the Eastwick Region Vyacheslav Petrenko": a role's phrase ending in a name
            end = span.end
            while end > span.start and self.doc[end - 1].is_punct:
                end -= 1
            return self._holder_after_place(head.i, end)
        return None

    def _bound_to_thing(self, tok: Token) -> bool:
        """Whether a possessive "its"/"their" belongs to its clause's subject, a noun of its number that
        no mention reads as an actor ("the jets made their first flights", "the missile hit its target")."""
        noun = tok.head
        verb = noun.head
        if noun.dep_ not in ("dobj", "attr") or verb.pos_ not in ("VERB", "AUX"):
            # only the verb's own object: "with its anniversary summit" may be anyone's; but "as the
            # country struggles with bombardment on its cities": a state noun subject binds "its"
            return tok.lower_ == "its" and self._state_noun_subject(tok) is not None
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.i >= tok.i or subj.i == noun.i or subj.pos_ not in ("NOUN", "PROPN"):
            return False
        plural = subj.tag_ in ("NNS", "NNPS") or subj.pos_ == "PROPN" and re.search(r"[^s]s$", subj.text)
        if bool(plural) != (tok.lower_ == "their"):
            return False
        return not any(g.start <= subj.i < g.end and g.actor for g in self.found)

    def _state_noun_subject(self, tok: Token) -> Token | None:
        """The subject "the country"/"the nation" of the clause a possessive sits in, through the object
        and preposition phrases between them, when no mention reads it as an actor."""
        head, steps = tok.head, 0
        while head.pos_ not in ("VERB", "AUX") and head.dep_ in _PHRASE_LINKS and steps < 6:
            head, steps = head.head, steps + 1
        if head.pos_ not in ("VERB", "AUX"):
            return None
        subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.i >= tok.i or subj.lower_ not in self.finder.state_nouns:
            return None
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children):
            return None
        return None if any(g.start <= subj.i < g.end and g.actor for g in self.found) else subj

    def _name_set_off_after(self, span: Span) -> str | None:
        """ "Eastland's envoy to the UN, Jan Nowak said": a person's name set off by a comma right
        after a role's phrase that the parse left out of the source, followed by the verb or a comma."""
        end = span.end
        if end + 1 >= len(self.doc) or self.doc[end].text != ",":
            return None
        g = next((g for g in self.found if g.start == end + 1 and g.kind == "name"), None)
        if g is None or not g.actor or self.atype(g.actor) != "person" or g.end >= len(self.doc):
            return None
        nxt = self.doc[g.end]
        return g.actor if nxt.text == "," or nxt.pos_ in ("VERB", "AUX") else None

    def _titled_appos(self, span: Span) -> str | None:
        """ "his top general, Chief of Staff Wieslaw Kukula,": a role whose apposition is an office title
        and a name NER missed; the two capitalised words after the title are the person (a new one)."""
        head = span.root
        if head.lower_ not in self.finder.role_nouns:
            return None
        for c in head.children:
            if c.dep_ != "appos" or c.pos_ != "PROPN" or not c.is_title or not span.start <= c.i < span.end:
                continue
            if any(g.start <= c.i < g.end for g in self.found if g.kind in ("name", "surname")):
                return None
            words = self.doc[c.i - 1 : c.i + 1]
            if c.i - 2 < c.left_edge.i or not self._title_word(self.doc[c.i - 2]):
                return None
            if not all(t.is_alpha and t.is_title and t.pos_ == "PROPN" for t in words):
                return None
            return self._person_named(words)
        return None

    def _unmarked_set_off(self, span: Span) -> str | None:
        """ "The mayor of Odesa, Yevhen Marchenko, said", where NER found no name: two or three capitalised
        words between commas closing a role's phrase, opening with a known given name, are its holder (a
        new person), unless another role noun stands between ("an aide to the minister, Jan Nowak,")."""
        head = span.root
        if head.lower_ not in self.finder.role_nouns or self._staff_word(head):
            return None
        end = span.end
        while end > span.start and self.doc[end - 1].is_punct:
            end -= 1
        for size in (2, 3):
            start = end - size
            if start <= head.i + 1 or self.doc[start - 1].text != ",":
                continue
            words = self.doc[start:end]
            if not all(t.is_alpha and t.is_title and t.pos_ == "PROPN" for t in words):
                continue
            if words[0].text not in self.gaz.given_names:
                continue
            if any(g.start < end and start < g.end for g in self.found):
                return None
            if any(self.doc[i].lower_ in self.finder.role_nouns for i in range(head.i + 1, start - 1)):
                return None
            return self._person_named(words)
        return None

    def _person_named(self, words: Span) -> str:
        """A new person for a name first read here (no mention covered it), and its mention."""
        actor_id = f"person:{slug(words.text)}"
        self.ensure(actor_id, name=words.text, atype="person")
        self._add_name(words.start, words.end, actor_id)
        return actor_id

    def _add_name(self, start: int, end: int, actor_id: str) -> None:
        """A name first read as a statement's source ("said Irish MEP Clare Daly", which NER missed) is a
        mention of its own, unless a mention already covers a word of it."""
        if any(g.start < end and start < g.end for g in [*self.found, *self._added]):
            return
        self._added.append(Found(start, end, "name", actor=actor_id, atype="person"))

    def all_found(self) -> list[Found]:
        """Every mention, with the names first read as sources (kept apart while the passes run)."""
        return sorted([*self.found, *self._added], key=lambda g: g.start)

    def _possessed(self, span: Span) -> str | None:
        """ "Biden's administration", "Putin's goons": a common noun a person owns. A government or
        military body noun is that person's country's body; a group of people named by a plural noun
        is not the person ("" = no speaker); anything else (a report, a spokesperson, a ministry, a
        campaign) is read as usual (None)."""
        head = span.root
        # "the Biden Administration": the body noun in capitals, tagged a proper noun
        capital = head.pos_ == "PROPN" and head.lower_ in self.finder.leader_body_nouns
        if head.pos_ != "NOUN" and not capital or any(g.start <= head.i < g.end for g in self.found):
            return None
        low, lemma = head.lower_, head.lemma_.lower()
        modifier = next((c for c in head.lefts if c.dep_ == "compound" and c.i == head.i - 1), None)
        if modifier is not None:
            # "the Biden administration", "Trump officials": a leader's name as a modifier
            g = next((g for g in self.found if g.start <= modifier.i < g.end and g.end == head.i), None)
            body = self._leader_body(g) if g is not None else None
            if body is not None:
                return body
        usual = self.finder.owner_nouns | set(self.finder.role_nouns) | {"ministry", "department"}
        if low in usual or lemma in usual:
            return None
        owner = next((c for c in head.lefts if c.dep_ == "poss"), None)
        if owner is None:
            return None
        kind = self.finder.body_nouns.get(low) or self.finder.body_nouns.get(lemma)
        g = next((g for g in self.found if g.start <= owner.i < g.end and g.actor), None)
        if g is None and kind == "government":
            return self._leader_office(owner)
        if g is None or self.atype(g.actor) != "person":
            return None
        country = self.actors[g.actor].country
        if kind in ("government", "military") and country:
            return self.ensure(f"{'gov' if kind == 'government' else 'mil'}:{country}").id
        return "" if kind is None and head.tag_ == "NNS" else None

    def _leader_office(self, owner: Token) -> str | None:
        """ "The Finnish president's office said", its holder unknown: the office of a country's single
        holder of a top office (lexicon single_holder_offices, less the ministers of ministry_offices)
        speaks for that country's government."""
        single = self.gaz.lexicon.get("single_holder_offices", ())
        ministers = set(self.gaz.lexicon.get("ministry_offices", {}).values())
        for g in self.found:
            if not g.start <= owner.i < g.end or g.kind != "role" or g.office in ministers:
                continue  # a minister's office speaks for the ministry, which this does not name
            iso = g.country if g.country and ":" not in g.country else None
            if iso and g.office in single:
                return self.ensure(f"gov:{iso}").id
        return None

    def _named_before(self, span: Span) -> str | None:
        """ "As Gressel, the former policymaker, remarked": a definite description right after a name
        and a comma is that name's apposition (the parser often misses it), so it is that actor."""
        head = span.root
        if span.start < 2 or self.doc[span.start].lower_ != "the" or self.doc[span.start - 1].text != ",":
            return None
        if head.lower_ not in self.finder.role_nouns and head.tag_ not in ("NN", "NNS"):
            return None
        closed = span.end >= len(self.doc) or self.doc[span.end].text == ","
        if not closed and opens_fronted(self.doc[span.start - 1]):
            return None  # "After meeting the head of the IAEA, Rafael Grossi, the president said"
        before = span.start - 1
        for g in self.found:
            if g.end != before or not g.actor or g.kind not in ("name", "surname") or g.location:
                continue
            root = self.doc[g.root]
            if root.dep_ == "appos":
                root = root.head  # "after talks with his counterpart Hakan Fidan, the top diplomat"
            if root.dep_ in ("dobj", "pobj") and root.head.lower_ != "as":
                return None  # "After meeting Putin, the president said": the name ends a phrase
            body = head.lower_ in self.finder.body_nouns
            return g.actor if body == (self.atype(g.actor) != "person") else None
        return None

    def _scare_quoted(self, span: Span) -> bool:
        """ "the 'man behind the curtain' seeking ...": a head noun inside a quotation that the span holds
        whole is a figure of speech, not a role; it names no one the article has named."""
        start, end = span.start_char, span.end_char
        k = bisect_right(self.quote_starts, span.root.idx) - 1
        if k < 0:
            return False
        q_start, q_end = self.quotes[k]
        return q_start <= span.root.idx < q_end and start <= q_start and q_end <= end

    def _adhoc(self, span: Span) -> str | None:
        """A span no mention covers (a gold source, say): read its head as a pronoun or role noun."""
        head = span.root
        low = head.lower_
        if span.text in self.finder.not_actor_names:
            return None  # "under Presidential Drawdown Authority (PDA), which pulls ...": a law's power
        f = Found(span.start, span.end, "other")
        f.end = head.i + 1
        if low in self.finder.pronouns:
            info = self.finder.pronouns[low]
            f.kind, f.gender, f.number = "pronoun", info.get("gender"), info.get("number") or "sg"
            f.speaker_pronoun = bool(info.get("speaker"))
            if info.get("relative") and head.head.dep_ == "relcl":
                f.antecedent = head.head.head.i
            elif low in ("who", "whom"):
                return None  # "no information on who launched the drone": a question, no one named
            return self.resolve_pronoun(f) or self._previous_speaker(f)
        staff = self._staff_of(head)
        if staff is not None:
            return staff or None
        body = self._body_staff(head, f)
        if body is not None:
            return body
        if head.lemma_.lower() in self.finder.relation_nouns:
            # "A top ally of President Putin has claimed ... Yevgeny Markov, a television host, ...": someone
            # new whom the report names right after; never the person they are the ally of
            f.kind, f.atype, f.end = "role", "person", span.end
            return self._introduced_after(f) if self._indefinite(head, f) else None
        if low in self.finder.role_nouns or self.gaz.office_of(span.text):
            f.kind, f.atype = "role", "person"
            f.gender = self.finder.role_nouns.get(low)
            self.finder.describe(f, span, head)
            return self.resolve_role(f)
        repeated = self._repeated_source(span)
        if repeated is not None:
            return repeated or None
        key = self.finder.body_noun(head, lemma=False)
        if key is not None:
            f.atype = self.finder.body_nouns[key] or "organisation"
            if f.atype == "population":
                return None  # "people say", "the public believes": a population speaks for no body
            pronouns = self.finder.pronouns
            owner = next(
                (
                    c
                    for c in head.lefts
                    if c.dep_ == "poss" and c.lower_ in pronouns and not pronouns[c.lower_].get("speaker")
                ),
                None,
            )  # "her office", not "my government" (an author's own, read as before)
            if owner is not None:
                # "her office said": the body of the one the pronoun names, never of the last country
                # named; no one when the pronoun names no one
                held = self._adhoc(self.doc[owner.i : owner.i + 1])
                if held is None:
                    return None
                country = self._actor_country(held) if self.atype(held) == "person" else None
                if country and f.atype in ("government", "military"):
                    return self.ensure(f"{'gov' if f.atype == 'government' else 'mil'}:{country}").id
            found = self._member_of(f)
            if found == "":
                return None  # "authorities in <a place whose country is unknown>"
            found = found or self._voice(f)
            if found:
                return found
            picked = self.resolve_body(f)
            if picked and f.atype in ("government", "military") and self._other_side_spoke(f, picked):
                return None  # "Saldo said ... Officials there said": not the Ukrainian officials named before
            return picked
        if head.pos_ == "ADJ" and len(span) == 1 and head.is_title and head.ent_type_ in ("", "PERSON"):
            # "Sabagh reports, ...": a source the parser took for an adjective, a misspelt surname
            return self._misspelt_surname(head.text)
        if head.pos_ == "PROPN" or head.text.isupper():
            key = _key(head.text.title() if head.text.isupper() and len(head) > 2 else head.text)
            pick = self._surname_pick(self.by_last, key, f)
            if pick is None:
                # "Senator Whitlow said ... Whitlow added", NER missing the second: the same surname
                # resolved before (one person only)
                earlier = {a for start, a in self.recent.get(key, ()) if start < head.i}
                pick = earlier.pop() if len(earlier) == 1 else None
            if pick is None:
                known = [e.ref for e in self._gaz_surname(key)]
                pick = ([k for k in known if self._in_office(k)] or known or [None])[0]
            if pick is None and len(span) == 1:
                pick = self._misspelt_surname(key)  # "Hadad said" after "Omar Haddad"
            if pick is not None:
                self.ensure(pick)
                return pick
            if head.lower_ in self.finder.facility_words or head.ent_type_ in ("FAC", "LOC", "GPE"):
                return None  # "The Kerch Bridge was hit": a place or a building, never a new person
            if head.lower_ in self.finder.institution_words:
                return None  # "The Coordination Headquarters stated": a body we do not know, never a person
            lone = self._lone.get(head.i)
            if lone is not None and head.dep_ in ("nsubj", "nsubjpass"):
                # a lone name read as the subject of a source is a person after all ("Oz said")
                text = self.doc[lone.start : lone.end].text
                pick = f"person:{slug(_key(text))}"
                self.ensure(pick, name=_key(text), atype="person")
                self._link(lone, pick)
                return pick
            return self._new_person(span)
        return None

    def _body_staff(self, head: Token, f: Found) -> str | None:
        """ "A Kremlin spokesman said", "a Pentagon spokeswoman": an unnamed staff member whose modifier
        is a body speaks for it (docs/annotation.md); never a person ("a Zelensky aide" is no Zelensky)
        nor a place, and only someone new ("a", no name in apposition)."""
        if not self._staff_word(head) or self._owned(head) or not self._indefinite(head, f):
            return None
        if any(c.dep_ == "appos" for c in head.children):
            return None
        for c in head.lefts:
            if c.dep_ not in ("compound", "amod"):
                continue
            g = next((g for g in self.found if g.start <= c.i < g.end and g.actor and not g.location), None)
            words = self.doc[c.left_edge.i : c.i + 1].text
            actor_id = g.actor if g is not None else self._seat_or_body(words)
            if actor_id is not None and self.atype(actor_id) in (
                "government",
                "military",
                "international_organisation",
                "organisation",
                "media",
                "armed_group",
            ):
                return actor_id
        return None

    def _seat_or_body(self, word: str) -> str | None:
        """The one body a modifier names in the gazetteer ("Kremlin" -> gov:RUS, "Pentagon" -> mil:USA),
        for a staff word the mention finder read together with it as an office ("Kremlin spokesman")."""
        entries = self.gaz.phrases.get(word, [])
        if len(entries) != 1:
            return None
        entry = entries[0]
        if entry.kind == "seat":
            return self.ensure(f"gov:{entry.ref}").id
        if entry.kind == "org":
            return self.ensure(entry.ref).id
        return None

    def _staff_word(self, tok: Token) -> bool:
        """ "spokesman", "aides", "a representative": staff of someone (lexicon staff_roles)."""
        staff = self.gaz.lexicon.get("staff_roles", ())
        return tok.pos_ == "NOUN" and (tok.lower_ in staff or tok.lemma_.lower() in staff)

    @staticmethod
    def _owned(tok: Token) -> bool:
        """Whether a possessive stands before `tok` ("Scholz's", "Sanders’", which the parser may hang
        on it as a case-marked modifier)."""
        return any(
            c.dep_ == "poss" or c.dep_ == "nmod" and any(k.dep_ == "case" for k in c.children)
            for c in tok.lefts
        )

    def _staff_for(self, tok: Token) -> bool:
        """ "a spokesman for ...", "aides to ...": a staff word with the phrase of whom it works for (not
        "Senate aides", "Pentagon spokesmen", whose modifier is the body)."""
        preps = self.gaz.lexicon.get("staff_prepositions", ())
        return self._staff_word(tok) and any(c.dep_ == "prep" and c.lower_ in preps for c in tok.rights)

    def _staff_of(self, head: Token) -> str | None:
        """ "a spokesman for the defence ministry", "an analyst at the institute", "an aide to the
        president": a staff member of a body speaks for it (docs/annotation.md); of a head of state or
        government (lexicon staff_principal_offices) on the article's date, for that government; of
        another person, for that person only when speaking for them is the job (staff_voices: "a
        spokeswoman for the senator"), else "" ("an aide to the senator" is not the senator). None when
        the role names no one it works for."""
        lex = self.gaz.lexicon
        if not self._staff_for(head):
            return None
        if self._owned(head):
            return None  # "Scholz's spokesman": read as a role owned by someone
        for prep in head.rights:
            if prep.dep_ != "prep" or prep.lower_ not in lex.get("staff_prepositions", ()):
                continue
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is None:
                return None
            g = next((g for g in self.found if g.start <= obj.i < g.end and g.actor), None)
            if g is None or g.location:
                return None
            kind = self.atype(g.actor)
            if kind not in ("person", "population", "location", None):
                return g.actor
            if kind != "person":
                return None
            country = self.actors[g.actor].country if g.actor in self.actors else None
            heads = lex.get("staff_principal_offices", ())
            if country and any(self.gaz.holds(g.actor, off, country, self.date) for off in heads):
                return self.ensure(f"gov:{country}").id
            voices = lex.get("staff_voices", ())
            return g.actor if head.lower_ in voices or head.lemma_.lower() in voices else ""
        return None

    def _misspelt_surname(self, word: str) -> str | None:
        """The one person named in the article whose surname this word misspells by one letter or
        transliterates another way ("Soloviev" after "Vladimir Solovyov"); else the one gazetteer person
        whose surname it transliterates."""
        spelt = self.gaz.name_key(word)
        people = {
            a
            for key, named in self.by_last.items()
            if _one_edit(key.lower(), word.lower()) or self.gaz.name_key(key) == spelt
            for _, a in named
            if self.atype(a) == "person"
        }
        if not people:
            people = self.gaz.surnames_spelt(word)
        return people.pop() if len(people) == 1 else None

    @staticmethod
    def _indefinite(head, f: Found) -> bool:
        """ "an intelligence expert", "a senior official", a headline's bare "spy expert": a phrase that
        brings in someone new, so never a person already named. A bare office with its country
        ("Russian Defence Minister says") is the office's holder, read as a role."""
        if head.tag_ not in ("NN", "NNP") or any(c.dep_ == "poss" for c in head.lefts):
            return False
        dets = [c.lower_ for c in head.lefts if c.dep_ == "det"]
        if not dets:
            return not (f.office or f.country or f.where)
        return dets[0] in ("a", "an", "another")

    def _holder_after_place(self, head: int, end: int) -> str | None:
        """A person's name ending (at token `end`) the phrase of the role noun at `head`, right after the
        place the role is of ("the Governor of the Eastwick Region Vyacheslav Petrenko", no comma
        between): the holder, not someone the role is for ("the lawyer for X")."""
        for g in self.found:
            if g.kind != "name" or not g.actor or g.end != end or g.start <= head:
                continue
            if self._after_place_word(g) and self.atype(g.actor) == "person":
                return g.actor
        return None

    def _after_place_word(self, g: Found) -> bool:
        """Whether a name follows the capitalised name of the place or body a role is of, with no comma
        or preposition between ("the Governor of the Belgorod Region Jan Nowak", "the governor of
        Sevastopol Jan Nowak"): then it names the holder, not someone the role is for."""
        before = self.doc[g.start - 1] if g.start > 0 else None
        if before is None or before.lower_ in self.finder.title_words:
            return False  # "an aide to President Jan Nowak": a title of the person the role is for
        return before.lower_ in self.finder.place_unit_words or before.pos_ == "PROPN" and before.is_title

    def _unnamed_before(self, f: Found) -> str | None:
        """ "..., says a U.S. intelligence official. ... the official adds": a definite role noun whose
        noun an earlier statement's source brought in unnamed ("a/an ...") is that source, not a person
        named before it (there Putin, named in what was said); the unnamed one's speaker if the article
        named them after all, "" if not, None when no such source came before."""
        head = self.doc[f.root]
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.lefts):
            return None
        start = head.idx
        current = self._source_of
        for st in sorted(self.statements, key=lambda s: -(s.source.start if s.source else -1)):
            if st is current or st.source is None or st.source.end > start:
                continue
            span = self.doc.char_span(st.source.start, st.source.end, alignment_mode="expand")
            if span is None or len(span) == 0 or span.root.lemma_.lower() != head.lemma_.lower():
                continue
            # "One man in the crowd shouted ... the man said": "one" brings someone in unnamed, as "a" does
            lefts = [c for c in span.root.lefts if c.dep_ == "det" or (c.lower_, c.dep_) == ("one", "nummod")]
            dets = ["a" if c.lower_ == "one" else c.lower_ for c in lefts]
            if dets and dets[0] == "the" and st.speaker is None:
                continue  # "a Pentagon official said ... the official added ...": back to the unnamed one
            if not dets or dets[0] not in ("a", "an"):
                return None  # the nearest source of that noun is a definite one: read as before
            speaker = self.speaker_of(st)
            return speaker if speaker and self.atype(speaker) == "person" else ""
        return None

    def _introduced_after(self, f: Found) -> str | None:
        """The person a news report names right after bringing them in unnamed ("an expert has claimed.
        Writing in The Times, Jan Kowalski said"): the first one named in full in this or the next
        sentence who was not named before."""
        here = self.sent(f.start)
        named = ("name", "surname")  # a role or pronoun read as them before does not count
        earlier = {g.actor for g in self.found if g.start < f.start and g.actor and g.kind in named}
        for g in self.found:
            if g.start < f.end or not g.actor or g.kind != "name" or g.end - g.start < 2:
                continue
            if self._in_own_content(g) or self._in_role_phrase(g, f):
                continue  # "An adviser said the funds protect the group from Viktor Yanukovych"
            if self._reports(g, f):
                continue  # "A woman was killed ..., Governor Jan Nowak said": who reports it, not she
            if self.sent(g.start) - here > 1:
                return None
            if self.atype(g.actor) == "person":
                if g.actor in earlier:
                    return None
                # one the next words bring in ("Jan Kowalski said") or name in the role's own phrase, not
                # an object ("whether Mr Li will meet President Zelensky": the one met)
                head = self.doc[g.start : g.end].root
                # "A woman later identified as X": under the role itself or under a verb it is subject of
                described = any(
                    a.i == f.root or any(c.i == f.root and c.dep_ in SUBJECT_DEPS for c in a.children)
                    for a in head.ancestors
                )
                acted_on = head.dep_ in ("dobj", "pobj", "iobj", "dative", "oprd")
                return g.actor if described or not acted_on else None
        return None

    def _in_title(self, f: Found) -> bool:
        """Whether `f` lies in the article's title (the first sentence when the title is not known)."""
        article = self.doc._.article if self.doc.has_extension("article") else None
        span = getattr(article, "title_span", None)
        if span is not None:
            return self.doc[f.start].idx < span.end
        return self.sent(f.start) == 0

    def _described_again(self, f: Found) -> str | None:
        """An unnamed source described again: "an intelligence expert has claimed" after "an intelligence
        expert wrote" that the report then named is that person; a headline's "spy expert says" is the
        person the first source of the same noun in the body turns out to be."""
        current = self._source_of
        if current is None or current.source is None:
            return None
        head = self.doc[f.root]
        words = {t.lower_ for t in self.doc[f.start : f.end] if t.dep_ in ("amod", "compound")}
        in_title = self._in_title(f)
        others = sorted(
            (st for st in self.statements if st is not current and st.source is not None),
            key=lambda st: st.source.start,
        )
        before = [st for st in others if st.source.end <= current.source.start]
        after = [st for st in others if st.source.start >= current.source.end] if in_title else []
        for st, earlier in [*((st, True) for st in reversed(before)), *((st, False) for st in after)]:
            span = self.doc.char_span(st.source.start, st.source.end, alignment_mode="expand")
            if span is None or len(span) == 0 or span.root.lemma_ != head.lemma_:
                continue
            if earlier and {t.lower_ for t in span if t.dep_ in ("amod", "compound")} != words:
                continue
            speaker = self.speaker_of(st)
            return speaker if speaker and self.atype(speaker) == "person" else None
        return None

    def _earlier_speakers(self) -> list[Statement]:
        """The statements before the one whose source is being resolved, with a speaker, nearest last."""
        current = self._source_of
        if current is None or current.source is None:
            return []
        start = current.source.start
        return [
            st
            for st in self.statements
            if st is not current and st.speaker and st.source is not None and st.source.end <= start
        ]

    def _previous_speaker(self, f: Found) -> str | None:
        """'"...," reports Jan Nowak, quoting at length ... He added, "..."': a "he"/"she" source right
        after the previous statement's content, with no one else named near, is that statement's
        speaker when a person of that gender."""
        if f.gender not in ("m", "f") or f.speaker_pronoun or f.antecedent is not None:
            return None
        earlier = self._earlier_speakers()
        if not earlier:
            return None
        st = earlier[-1]
        if not st.content or self.atype(st.speaker) != "person" or not self._gender_ok(st.speaker, f.gender):
            return None
        end = max(c.end for c in st.content)
        last = self.doc.char_span(end - 1, end, alignment_mode="expand")
        if last is None or not 0 <= self.sent(f.start) - self.sent(last.start) <= 1:
            return None
        return st.speaker

    def _repeated_source(self, span: Span) -> str | None:
        """ "the researchers said" after "researchers at the institute said", "the report claims" after
        "an FT report added": a definite source repeating an earlier source's noun is that source's
        speaker; "" (no one) when a body of another country has spoken since."""
        head = span.root
        if head.tag_ not in ("NN", "NNS") or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in head.lefts
        ):
            return None
        owner_deps = ("amod", "compound", "nmod", "poss")
        if any(c.dep_ in owner_deps and self.finder.country_of(c) for c in head.lefts):
            return None  # "the Emirati foreign ministry" names its own country: no repeat of another's
        between: set[str] = set()  # the countries of those who spoke since
        for st in reversed(self._earlier_speakers()):
            earlier = self.doc.char_span(st.source.start, st.source.end, alignment_mode="expand")
            country = self._actor_country(st.speaker)
            # "the department" after "The US Department of State" (the name's head in capitals)
            if earlier is not None and len(earlier) and earlier.root.lemma_.lower() == head.lemma_.lower():
                # "The Russian ministry said ... Ukrainian officials said ... The ministry urged": the
                # other side spoke since; a guessed side is worse than an open speaker
                side = self.atype(st.speaker) in ("government", "state", "military") or (
                    st.speaker or ""
                ).endswith("-ministry")  # a report or a paper takes no side of a war
                return "" if side and country and between - {country} else st.speaker
            if country:
                between.add(country)
        return None

    def _actor_country(self, actor_id: str | None) -> str | None:
        """The country an actor belongs to (a person's, a body's), when known."""
        actor = self.actors.get(actor_id or "")
        return actor.country if actor is not None else None

    def _voice(self, f: Found) -> str | None:
        """ "officials said" / "the authorities said" as a source: the body of the nearest earlier
        statement's speaker, when it is a government, state or armed force of that kind and spoke within
        the last sentences (the body the article is talking about there, not the nearest country named,
        which is often the other side of the war)."""
        if f.atype not in ("government", "military"):
            return None
        local = self._local_body(f)
        if local is not None:
            return local
        here = self.sent(f.start)
        for st in reversed(self._earlier_speakers()):
            span = self.doc.char_span(st.source.start, st.source.end, alignment_mode="expand")
            if span is None or here - self.sent(span.start) > ROLE_WINDOW:
                return None
            actor = self.actors.get(st.speaker or "")
            if actor is None:
                continue
            if actor.type == f.atype or (f.atype == "government" and actor.type == "state"):
                return actor.id
            if f.atype == "government" and actor.type == "military" and actor.agent_of:
                return actor.agent_of
            return None  # the nearest speaker is someone else: no guess
        return None

    def _other_side_spoke(self, f: Found, picked: str) -> bool:
        """Whether the nearest earlier speaker, within the last sentences, is of another country than the
        body `picked` for a bare "officials" / "the government": the article has moved to that side."""
        here = self.sent(f.start)
        country = self._actor_country(picked)
        for st in reversed(self._earlier_speakers()):
            span = self.doc.char_span(st.source.start, st.source.end, alignment_mode="expand")
            if span is None or here - self.sent(span.start) > ROLE_WINDOW:
                return False
            other = self._actor_country(st.speaker)
            if other:
                return bool(country) and other != country
        return False

    def _local_body(self, f: Found) -> str | None:
        """ "local officials said", "the regional authorities said": the government of the country the
        place named in this sentence, else the last one, lies in ("a blast in a village of the Kharkiv
        region"), when that country is certain: a country, its capital, or a city no side disputes."""
        head = self.doc[f.root]
        if not any(c.lower_ in self.finder.local_modifiers for c in head.children if c.i < head.i):
            return None
        here = self.sent(f.start)
        places = [g for g in self.found if g.location and 0 <= here - self.sent(g.start) <= 1]
        places.sort(key=lambda g: (self.sent(g.start) == here, g.start < f.start, g.start))
        for g in reversed(places):
            name = self.doc[g.start : g.end].text
            name = self.gaz.place_variants.get(name, name)
            iso = self.finder.settled_places.get(name) or place_countries().get(name.lower())
            if iso:
                return self.ensure(f"gov:{iso}").id
        return None

    def _new_person(self, span: Span) -> str | None:
        """A source named in full that no mention covers ("Irish MEP Clare Daly said"): a new person, not
        the nearest known one. Only a run of two to four capitalised proper nouns ending at the head, after
        any title or country words, whose first word is a known given name or follows a title."""
        head = span.root
        first = head.i
        while first > span.start and self.doc[first - 1].pos_ == "PROPN" and self.doc[first - 1].is_title:
            first -= 1
        while first < head.i and (
            self._title_word(self.doc[first]) or self.finder.country_of(self.doc[first]) is not None
        ):
            first += 1
        words = self.doc[first : head.i + 1]
        if not 2 <= len(words) <= 4 or not all(t.is_alpha and t.is_title for t in words):
            return None
        titled = first > 0 and self._title_word(self.doc[first - 1])
        if not titled and words[0].text not in self.gaz.given_names:
            return None
        return self._person_named(words)

    def speaker_of(self, st: Statement) -> str | None:
        if st.source is None or st.id in self._speaking:
            return st.speaker
        self._speaking.add(st.id)
        outer, self._source_of = self._source_of, st
        try:
            st.speaker = self.resolve_span(st.source.start, st.source.end)
            cited = self._cited(st)
            if cited is not None:
                st.speaker = cited or None
        finally:
            self._speaking.discard(st.id)
            self._source_of = outer
        return st.speaker

    def _cited(self, st: Statement) -> str | None:
        """ "Der Spiegel reported, citing officials": the cited originator speaks (docs/annotation.md), the
        outlet only relays; "" when the one cited is no one the article identifies ("citing sources").
        None when the cue cites no one."""
        cue = self.doc.char_span(st.cue.start, st.cue.end, alignment_mode="expand")
        if cue is None:
            return None
        aside = self._aside_before_content(st, cue)
        for tok in cue:
            as_word = tok.head.lower_ == "as" and tok.head.dep_ == "prep"
            said_as = tok.head if tok.tag_ == "VBG" and as_word else None
            obj = next((o for o in said_as.head.children if o.dep_ == "dobj"), None) if said_as else None
            if obj is not None and obj.i < said_as.i:
                # the "saying" of "reported Peskov as saying that ...": Peskov says it
                span = self.doc[obj.left_edge.i : obj.i + 1]
                return self.resolve_span(span.start_char, span.end_char) or ""
            cites = tok.lemma_.lower() in self.finder.cite_verbs
            if self._as_saying(tok) and (cites or self._as_saying(tok, _SAYING)):
                # "Hersh cites an intelligence source as saying ...", "Tass reported Peskov as saying":
                # the one cited speaks ("described NATO as playing a role" cites no one)
                obj = next((o for o in tok.children if o.dep_ == "dobj"), None)
                span = self.doc[obj.left_edge.i : obj.i + 1]
                return self.resolve_span(span.start_char, span.end_char) or ""
            for c in [*tok.children, *aside]:
                if c.tag_ != "VBG" or c.lemma_.lower() not in self.finder.cite_verbs or c.i < tok.i:
                    continue
                obj = next((o for o in c.children if o.dep_ == "dobj"), None)
                if obj is None:
                    continue
                span = self.doc[obj.left_edge.i : obj.right_edge.i + 1]
                cited = self.resolve_span(span.start_char, span.end_char)
                if cited is None and not self._originator(obj):
                    return None  # "said, citing low pay": a reason, the speaker stays
                return cited or ""
        return None

    @staticmethod
    def _as_saying(tok: Token, verbs: frozenset[str] | None = None) -> bool:
        """ "quoted a senior official as saying", "cites a source as saying": an object, then "as" and a
        participle (the verb the object is said to have used; one of `verbs` when given)."""
        obj = next((o for o in tok.children if o.dep_ == "dobj"), None)
        return obj is not None and any(
            c.dep_ == "prep"
            and c.lower_ == "as"
            and c.i > obj.i
            and any(g.tag_ == "VBG" and (verbs is None or g.lemma_.lower() in verbs) for g in c.children)
            for c in tok.children
        )

    def _aside_before_content(self, st: Statement, cue) -> list[Token]:
        """ "TASS reported, citing the ministry, that ...": the parser hangs "citing" on the reported
        clause, so it is no child of the cue; it is a word between the cue and the content after it."""
        after = [c.start for c in st.content if c.start >= st.cue.end]
        if not after:
            return []
        end = min(after)
        words: list[Token] = []
        for t in self.doc[cue.end :]:
            if t.idx >= end:
                break
            words.append(t)
        return words

    def _originator(self, obj: Token) -> bool:
        """Whether the object of "citing" names who or what information comes from (a person, a body, a
        source, a document: "citing officials", "citing a poll") rather than a reason ("citing low pay",
        "citing security concerns")."""
        if obj.pos_ != "NOUN":
            return True  # a name or a pronoun: someone cited
        lemma, low = obj.lemma_.lower(), obj.lower_
        words = set(self.gaz.lexicon.get("cited_originators", ()))
        return (
            lemma in words
            or low in words
            or low in self.finder.role_nouns
            or lemma in self.finder.role_nouns
            or self.finder.body_noun(obj, lemma=False) is not None
            or self._staff_word(obj)
        )

    def all_actors(self) -> list[Actor]:
        """The doc's actors, with the bodies they act for, so that `agent_of` always points to one. An
        actor that no mention or speaker uses is left out: one made up for a name that was then read
        otherwise (an ORG "Gressel" that turned out to be Gustav Gressel's surname), or a known one looked
        up on the way and not taken (a country tried for a role); the events pipe lists any it reaches."""
        used = {f.actor for f in self.all_found() if f.actor}
        used |= {st.speaker for st in self.statements if st.speaker}
        for actor_id in list(self.actors):
            if actor_id not in used:
                del self.actors[actor_id]
        for actor in list(self.actors.values()):
            parent = actor.agent_of
            while parent and parent not in self.actors:
                parent_actor = self.ensure(parent)
                parent = parent_actor.agent_of
        return list(self.actors.values())
